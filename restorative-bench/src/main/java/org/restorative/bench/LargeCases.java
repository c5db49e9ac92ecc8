package org.restorative.bench;

import java.util.ArrayList;
import java.util.List;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskLevel;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.process.AttendanceStatus;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Valid cases of a chosen size: a held restorative circle from the synthetic generator, widened by
 * {@code extra} members of the ward community, each with their own consent, preparation contact,
 * risk finding and place in the circle. The rules see every one of them.
 */
public final class LargeCases {

  private LargeCases() {}

  /**
   * A held circle with {@code extra} more community members.
   *
   * @param extra how many members to add
   * @return the case
   */
  public static RestorativeCase circleWith(int extra) {
    RestorativeCase base = heldCircle();
    Meeting meeting = base.meetings().get(0);
    PartyId template =
        meeting.attendees().stream()
            .map(Attendee::party)
            .filter(
                id -> base.party(id).map(p -> p.role() == PartyRole.COMMUNITY_MEMBER).orElse(false))
            .findFirst()
            .orElseThrow();
    Consent consent =
        base.consentsOf(template).stream()
            .filter(c -> c.kind() == ConsentKind.PARTICIPATION)
            .findFirst()
            .orElseThrow();
    PreparationContact contact =
        base.preparationContacts().stream()
            .filter(p -> p.party().equals(template))
            .findFirst()
            .orElseThrow();
    List<Party> parties = new ArrayList<>(base.parties());
    List<Consent> consents = new ArrayList<>(base.consents());
    List<PreparationContact> contacts = new ArrayList<>(base.preparationContacts());
    List<Attendee> attendees = new ArrayList<>(meeting.attendees());
    List<AttendeeFinding> findings =
        new ArrayList<>(base.riskAssessments().get(last(base)).findings());
    RestorativeProcess process = base.processes().get(0);
    List<PartyId> participants = new ArrayList<>(process.participants());
    for (int i = 0; i < extra; i++) {
      PartyId id = PartyId.of("member-" + i);
      parties.add(
          new Party.Builder()
              .id(id)
              .role(PartyRole.COMMUNITY_MEMBER)
              .personType(PersonType.MEMBER_OF_PUBLIC)
              .build());
      consents.add(
          new Consent.Builder()
              .from(consent)
              .id(ConsentId.of("consent-member-" + i))
              .party(id)
              .build());
      contacts.add(
          new PreparationContact.Builder()
              .from(contact)
              .id(PreparationContactId.of("prep-member-" + i))
              .party(id)
              .build());
      attendees.add(new Attendee.Builder().party(id).attendance(AttendanceStatus.ATTENDED).build());
      findings.add(AttendeeFinding.of(id, RiskLevel.LOW));
      participants.add(id);
    }
    List<RiskAssessment> risks = new ArrayList<>(base.riskAssessments());
    risks.set(last(base), risks.get(last(base)).withFindings(findings));
    return new RestorativeCase.Builder()
        .from(base)
        .parties(parties)
        .consents(consents)
        .preparationContacts(contacts)
        .riskAssessments(risks)
        .processes(List.of(process.withParticipants(participants)))
        .meetings(List.of(meeting.withAttendees(attendees)))
        .build();
  }

  private static int last(RestorativeCase c) {
    return c.riskAssessments().size() - 1;
  }

  private static RestorativeCase heldCircle() {
    SyntheticCases synthetic = SyntheticCases.seeded(1);
    for (int i = 0; i < 10_000; i++) {
      RestorativeCase c = synthetic.caseAt(Stage.INTERVENTION, i);
      boolean circle =
          c.processes().size() == 1
              && c.processes().get(0).type() == ProcessType.RESTORATIVE_CIRCLE
              && c.meetings().size() == 1
              && c.meetings().get(0).status() == MeetingStatus.HELD
              && !c.riskAssessments().isEmpty()
              && c.parties().stream().anyMatch(p -> p.role() == PartyRole.COMMUNITY_MEMBER);
      if (circle) {
        return c;
      }
    }
    throw new IllegalStateException("no held circle among the synthetic cases");
  }
}
