package org.restorative.core.rules;

import static org.restorative.core.rules.LateBreakers.dateOf;
import static org.restorative.core.rules.LateBreakers.detainedAttendees;
import static org.restorative.core.rules.LateBreakers.firstPerson;
import static org.restorative.core.rules.LateBreakers.inScope;
import static org.restorative.core.rules.LateBreakers.isDirect;
import static org.restorative.core.rules.LateBreakers.plus;
import static org.restorative.core.rules.LateBreakers.replaced;
import static org.restorative.core.rules.LateBreakers.withParty;
import static org.restorative.core.rules.StandardCode.CONTACT_RESTRICTIONS_RESPECTED;
import static org.restorative.core.rules.StandardCode.DETAINED_PATIENT_LEAVE_GRANTED;
import static org.restorative.core.rules.StandardCode.RESTRICTED_PATIENT_LEAVE_APPROVED;
import static org.restorative.core.rules.StandardCode.RISK_REVIEWED_AFTER_CHANGE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.ContactRestrictionType;
import org.restorative.core.harm.Harm;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.Escort;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.Place;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.VenueType;

/**
 * Breakers for the law's conditions (rules 20 and 33–35 as issue 8 §4 reads them): the patient's
 * order names the unit, a remanded patient's leave lacks the court, leave names another place, a
 * party's own discharge or leave condition forbids the contact, an exclusion zone covers the venue
 * by place, a letter is approved for delivery under a bail condition, and a change of status goes
 * unreviewed before intervention.
 */
final class LegalBreakers {

  private static final ZoneId ZONE = Policy.standard().zone();

  private LegalBreakers() {}

  static List<Breaker> all() {
    return List.of(
        Breaker.of(
            RESTRICTED_PATIENT_LEAVE_APPROVED,
            Stage.INTERVENTION,
            LegalBreakers::restrictedPatientsOrderNamesTheUnit),
        Breaker.of(
            DETAINED_PATIENT_LEAVE_GRANTED,
            Stage.INTERVENTION,
            LegalBreakers::remandedPatientOnLeaveWithoutTheCourt),
        Breaker.of(
            DETAINED_PATIENT_LEAVE_GRANTED,
            Stage.INTERVENTION,
            LegalBreakers::leaveNamesAnotherPlace),
        Breaker.of(
            CONTACT_RESTRICTIONS_RESPECTED,
            Stage.INTERVENTION,
            LegalBreakers::dischargeConditionForbidsTheMeeting),
        Breaker.of(
            CONTACT_RESTRICTIONS_RESPECTED,
            Stage.INTERVENTION,
            LegalBreakers::meetingWithinAnExclusionZone),
        Breaker.of(
            CONTACT_RESTRICTIONS_RESPECTED,
            Stage.INTERVENTION,
            LegalBreakers::leaveForbidsContactWithAnotherAttendee),
        Breaker.of(
            CONTACT_RESTRICTIONS_RESPECTED,
            Stage.INTERVENTION,
            LegalBreakers::replyApprovedUnderABailCondition),
        Breaker.of(
            RISK_REVIEWED_AFTER_CHANGE,
            Stage.INTERVENTION,
            LegalBreakers::sectionChangedBeforeInterventionUnreviewed));
  }

  /** A meeting in scope with a start, at a venue a detained patient needs leave for. */
  private record DatedMeeting(int index, Meeting meeting, LocalDate day) {}

  private static Optional<DatedMeeting> meetingNeedingLeave(RestorativeCase c, VenueType venue) {
    for (int i = 0; i < c.meetings().size(); i++) {
      Meeting meeting = c.meetings().get(i);
      if (inScope(meeting) && meeting.venue().type() == venue && meeting.startAt().isPresent()) {
        return Optional.of(new DatedMeeting(i, meeting, dateOf(meeting.startAt().get())));
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 33: a restricted patient meets on the hospital grounds (moved there from the ward if need
   * be) on the responsible clinician's ground leave, and their order names the unit, so the
   * Secretary of State must have agreed. Every detained attendee holds ground leave for the day.
   */
  private static Optional<RestorativeCase> restrictedPatientsOrderNamesTheUnit(RestorativeCase c) {
    for (int i = 0; i < c.meetings().size(); i++) {
      Meeting meeting = c.meetings().get(i);
      VenueType venue = meeting.venue().type();
      boolean onSite = venue == VenueType.ON_WARD || venue == VenueType.HOSPITAL_GROUNDS;
      List<Party> detained = detainedAttendees(c, meeting);
      if (!inScope(meeting)
          || !onSite
          || meeting.startAt().isEmpty()
          || detained.stream().noneMatch(Party::isRestrictedPatient)) {
        continue;
      }
      LocalDate day = dateOf(meeting.startAt().get());
      RestorativeCase broken =
          c.with(meeting.withVenue(meeting.venue().withType(VenueType.HOSPITAL_GROUNDS)));
      for (Party patient : detained) {
        boolean escorted = meeting.attendee(patient.id()).orElseThrow().escorted();
        LeaveAuthorisation ground =
            new LeaveAuthorisation.Builder()
                .type(LeaveType.GROUND)
                .escort(escorted ? Escort.ESCORTED : Escort.UNESCORTED)
                .authorisedBy(LeaveAuthority.RC)
                .validFrom(day.minusDays(14))
                .validTo(day.plusDays(14))
                .build();
        Party changed = patient.withLeaveAuthorisations(ground);
        if (patient.isRestrictedPatient()) {
          changed =
              changed.withMentalHealthAct(
                  patient.mentalHealthAct().orElseThrow().withOrderNamesUnit(true));
        }
        broken = withParty(broken, changed);
      }
      return Optional.of(broken);
    }
    return Optional.empty();
  }

  /**
   * Rule 34: a detained, unrestricted patient who meets on the grounds on the responsible
   * clinician's leave turns out to be on an interim hospital order (s38), whose leave the court
   * must agree.
   */
  private static Optional<RestorativeCase> remandedPatientOnLeaveWithoutTheCourt(
      RestorativeCase c) {
    Optional<DatedMeeting> onGrounds = meetingNeedingLeave(c, VenueType.HOSPITAL_GROUNDS);
    if (onGrounds.isEmpty()) {
      return Optional.empty();
    }
    for (Party patient : detainedAttendees(c, onGrounds.get().meeting())) {
      if (!patient.isRestrictedPatient()) {
        return Optional.of(
            withParty(c, patient.withMentalHealthAct(MentalHealthActStatus.of(MhaStatus.S38))));
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 34: the leave of a detained, unrestricted patient who meets on the grounds names a place,
   * and the venue is not in it.
   */
  private static Optional<RestorativeCase> leaveNamesAnotherPlace(RestorativeCase c) {
    Optional<DatedMeeting> onGrounds = meetingNeedingLeave(c, VenueType.HOSPITAL_GROUNDS);
    if (onGrounds.isEmpty()) {
      return Optional.empty();
    }
    for (Party patient : detainedAttendees(c, onGrounds.get().meeting())) {
      if (!patient.isRestrictedPatient() && !patient.leaveAuthorisations().isEmpty()) {
        return Optional.of(
            withParty(
                c,
                patient.withLeaveAuthorisations(
                    patient.leaveAuthorisations().stream()
                        .map(leave -> leave.withPlaces(Place.of("hospital/chapel")))
                        .toList())));
      }
    }
    return Optional.empty();
  }

  /** The harmed and the responsible party, both attending the same direct meeting in scope. */
  private record Together(Party harmed, Party responsible, int meetingIndex, Meeting meeting) {}

  private static Optional<Together> together(RestorativeCase c) {
    Optional<Party> harmed = firstPerson(c, p -> p.role().isHarmed());
    Optional<Party> responsible =
        firstPerson(c, p -> p.role().isResponsible() && !harmed.equals(Optional.of(p)));
    if (harmed.isEmpty() || responsible.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < c.meetings().size(); i++) {
      Meeting m = c.meetings().get(i);
      if (inScope(m)
          && isDirect(c, m)
          && m.isAttendedBy(harmed.get().id())
          && m.isAttendedBy(responsible.get().id())) {
        return Optional.of(new Together(harmed.get(), responsible.get(), i, m));
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 35: the person responsible's own discharge condition forbids contact with the person
   * harmed, with no permitted exception, and they meet.
   */
  private static Optional<RestorativeCase> dischargeConditionForbidsTheMeeting(RestorativeCase c) {
    return together(c)
        .map(
            t ->
                withParty(
                    c,
                    t.responsible()
                        .withDischargeConditions(
                            plus(
                                t.responsible().dischargeConditions(),
                                new DischargeCondition.Builder()
                                    .type(DischargeConditionType.NO_CONTACT)
                                    .protectedParty(t.harmed().id())
                                    .build()))));
  }

  /**
   * Rule 35: the venue of a direct meeting the person responsible attends lies within the exclusion
   * zone of their discharge.
   */
  private static Optional<RestorativeCase> meetingWithinAnExclusionZone(RestorativeCase c) {
    Optional<Together> t = together(c).filter(x -> x.meeting().venue().type() != VenueType.ONLINE);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Meeting meeting = t.get().meeting();
    Meeting placed =
        meeting.withVenue(meeting.venue().withPlace(Place.of("town/north/community-hall")));
    Party responsible = t.get().responsible();
    RestorativeCase moved = c.with(placed);
    return Optional.of(
        withParty(
            moved,
            responsible.withDischargeConditions(
                plus(
                    responsible.dischargeConditions(),
                    new DischargeCondition.Builder()
                        .type(DischargeConditionType.EXCLUSION_ZONE)
                        .place(Place.of("town/north"))
                        .build()))));
  }

  /**
   * Rule 35: the leave a detained patient attends a meeting on forbids contact with another
   * attendee.
   */
  private static Optional<RestorativeCase> leaveForbidsContactWithAnotherAttendee(
      RestorativeCase c) {
    for (Meeting meeting : c.meetings()) {
      if (!inScope(meeting)
          || !isDirect(c, meeting)
          || !meeting.requiresLeave()
          || meeting.startAt().isEmpty()) {
        continue;
      }
      LocalDate day = dateOf(meeting.startAt().get());
      for (Party patient : detainedAttendees(c, meeting)) {
        Optional<PartyId> other =
            meeting.attendeeParties().stream().filter(p -> !p.equals(patient.id())).findFirst();
        List<LeaveAuthorisation> leaves = patient.leaveAuthorisations();
        for (int j = 0; j < leaves.size(); j++) {
          if (other.isPresent() && leaves.get(j).isValidOn(day)) {
            LeaveAuthorisation conditioned = leaves.get(j).withNoContactWith(other.get());
            return Optional.of(
                withParty(c, patient.withLeaveAuthorisations(replaced(leaves, j, conditioned))));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 35: after the last letter was delivered, a bail condition keeps its sender and recipient
   * apart, and the reply is approved for delivery.
   */
  private static Optional<RestorativeCase> replyApprovedUnderABailCondition(RestorativeCase c) {
    Optional<Message> last =
        c.messages().stream()
            .filter(Message::isDelivered)
            .max(Comparator.comparing(m -> m.deliveredAt().orElseThrow()));
    if (last.isEmpty() || last.get().recipients().size() != 1) {
      return Optional.empty();
    }
    Message letter = last.get();
    PartyId replier = letter.recipients().iterator().next();
    Instant delivered = letter.deliveredAt().orElseThrow();
    Instant drafted = delivered.plus(Duration.ofDays(2));
    Message reply =
        new Message.Builder()
            .id(MessageId.of("message-reply-under-bail"))
            .process(letter.process())
            .sender(replier)
            .addRecipients(letter.sender())
            .medium(letter.medium())
            .round(letter.round() + 1)
            .status(MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR)
            .draftedAt(drafted)
            .review(
                MessageReview.of(
                    letter.review().orElseThrow().reviewer(),
                    drafted.plus(Duration.ofDays(1)),
                    ReviewDecision.APPROVED))
            .build();
    Harm harm = c.harms().get(0);
    ContactRestriction bail =
        new ContactRestriction.Builder()
            .type(ContactRestrictionType.BAIL_CONDITION)
            .protectedParty(letter.sender())
            .restrictedParty(replier)
            .source("Bail conditions of the magistrates' court")
            .startsOn(dateOf(delivered).plusDays(1))
            .build();
    return Optional.of(
        c.withMessages(plus(c.messages(), reply))
            .withHarms(
                replaced(
                    c.harms(),
                    0,
                    harm.withContactRestrictions(plus(harm.contactRestrictions(), bail)))));
  }

  /**
   * Rule 20: a party's Mental Health Act status began the day before the case entered intervention,
   * after the first risk assessment, and no assessment was completed between the two.
   */
  private static Optional<RestorativeCase> sectionChangedBeforeInterventionUnreviewed(
      RestorativeCase c) {
    Optional<Instant> entered =
        c.history().stream()
            .filter(e -> e.toStage().filter(to -> to == Stage.INTERVENTION).isPresent())
            .map(CaseEvent::at)
            .findFirst();
    List<Instant> reviews =
        c.riskAssessments().stream()
            .filter(r -> r.status() == AssessmentStatus.COMPLETED)
            .map(RiskAssessment::completedAt)
            .flatMap(Optional::stream)
            .toList();
    if (entered.isEmpty() || reviews.isEmpty()) {
      return Optional.empty();
    }
    LocalDate changedOn = dateOf(entered.get()).minusDays(1);
    Instant changedAt = changedOn.atStartOfDay(ZONE).toInstant();
    boolean afterFirst =
        changedOn.isAfter(dateOf(reviews.stream().min(Comparator.naturalOrder()).orElseThrow()));
    boolean reviewedBetween =
        reviews.stream().anyMatch(at -> !at.isBefore(changedAt) && !at.isAfter(entered.get()));
    Optional<Party> patient = firstPerson(c, p -> p.mentalHealthAct().isPresent());
    if (!afterFirst || reviewedBetween || patient.isEmpty()) {
      return Optional.empty();
    }
    MentalHealthActStatus status = patient.get().mentalHealthAct().orElseThrow();
    return Optional.of(
        withParty(c, patient.get().withMentalHealthAct(status.withSince(changedOn))));
  }
}
