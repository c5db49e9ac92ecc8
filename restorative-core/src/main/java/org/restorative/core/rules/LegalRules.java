package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CLINICAL_INFO_NOT_SHARED_TO_HARMED;
import static org.restorative.core.rules.StandardCode.CONTACT_RESTRICTIONS_RESPECTED;
import static org.restorative.core.rules.StandardCode.DETAINED_PATIENT_LEAVE_GRANTED;
import static org.restorative.core.rules.StandardCode.RESTRICTED_PATIENT_LEAVE_APPROVED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.ContactRestrictionType;
import org.restorative.core.harm.Harm;
import org.restorative.core.party.Escort;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.Message;
import org.restorative.core.process.VenueType;
import org.restorative.core.rules.CheckContext.Indexed;

/**
 * Rules 33–36 of the domain brief §8: detention, leave and legal constraints (brief §2.3, §3.3, §3.8).
 */
final class LegalRules {

  private LegalRules() {}

  static List<Rule> rules() {
    return List.of(
        aRestrictedPatientNeedsMinistryOfJusticeApprovedLeave(),
        aDetainedPatientNeedsLeaveToLeaveTheWard(),
        noMeetingOrMessageBreaksAContactRestriction(),
        clinicalFactsReachTheHarmedOnlyWithConfidentialityLifted());
  }

  /** Rule 33. */
  static Rule aRestrictedPatientNeedsMinistryOfJusticeApprovedLeave() {
    return Rule.of(
            RESTRICTED_PATIENT_LEAVE_APPROVED.name(),
            Severity.ERROR,
            Stage.PREPARATION,
            "Mental Health Act 1983 s17 and s41; Mental Health Law Online, Leave of absence and"
                + " Ministry of Justice; MoJ Mental Health Casework Section, Section 17 leave guidance"
                + " (2014)",
            "A detained restricted patient who attends a meeting on hospital grounds or off site has"
                + " s17 leave valid on the day that covers the place, approved by the Secretary of State"
                + " for Justice when off site (or for ground leave when the trust's orders say so), and"
                + " is escorted when the leave says so.",
            context ->
                leaveFindings(
                    context,
                    Party::isRestrictedPatient,
                    venue ->
                        venue == VenueType.OFF_SITE
                            || context.policy().groundLeaveNeedsSecretaryOfState()))
        .withPolicyParameters("groundLeaveNeedsSecretaryOfState");
  }

  /** Rule 34. */
  static Rule aDetainedPatientNeedsLeaveToLeaveTheWard() {
    return Rule.of(
        DETAINED_PATIENT_LEAVE_GRANTED.name(),
        Severity.ERROR,
        Stage.PREPARATION,
        "Mental Health Act 1983 s17; Mental Health Law Online, Leave of absence; British Journal of"
            + " Nursing, Leave of absence under the Mental Health Act 1983",
        "A detained patient who is not restricted and attends a meeting on hospital grounds or off site"
            + " has s17 leave granted by the responsible clinician, valid on the day, that covers the"
            + " place, and is escorted when the leave says so.",
        context -> leaveFindings(context, party -> !party.isRestrictedPatient(), venue -> false));
  }

  /**
   * The leave check shared by rules 33 and 34: for each meeting in scope with a start whose venue
   * needs leave, each detained attendee the rule is about needs a leave authorisation valid on the
   * meeting day, of a type that covers the venue, approved by the Secretary of State when required, and
   * an escort when the leave is escorted.
   */
  private static List<Finding> leaveFindings(
      CheckContext context,
      Predicate<Party> concerns,
      Predicate<VenueType> needsSecretaryOfState) {
    List<Finding> findings = new ArrayList<>();
    for (Indexed<Meeting> indexed : context.meetingsInScope()) {
      Meeting meeting = indexed.value();
      VenueType venue = meeting.venue().type();
      if (meeting.startAt().isEmpty() || !venue.requiresLeave()) {
        continue;
      }
      LocalDate day = context.dateOf(meeting.startAt().get());
      boolean secretaryOfState = needsSecretaryOfState.test(venue);
      List<Attendee> attendees = meeting.attendees();
      for (int j = 0; j < attendees.size(); j++) {
        Attendee attendee = attendees.get(j);
        Optional<Party> party = context.party(attendee.party());
        if (party.isEmpty() || !party.get().isDetained() || !concerns.test(party.get())) {
          continue;
        }
        String path = Pointer.of("meetings", indexed.index(), "attendees", j);
        leaveProblem(party.get(), attendee, venue, day, secretaryOfState)
            .ifPresent(message -> findings.add(Finding.at(path, message)));
      }
    }
    return findings;
  }

  private static Optional<String> leaveProblem(
      Party party, Attendee attendee, VenueType venue, LocalDate day, boolean secretaryOfState) {
    List<LeaveAuthorisation> covering =
        party.leaveAuthorisations().stream()
            .filter(leave -> leave.isValidOn(day) && covers(leave.type(), venue))
            .toList();
    if (covering.isEmpty()) {
      return Optional.of(
          "A detained attendee has no leave valid on the meeting day that covers the venue.");
    }
    List<LeaveAuthorisation> approved =
        covering.stream()
            .filter(leave -> !secretaryOfState || leave.isApprovedBySecretaryOfState())
            .toList();
    if (approved.isEmpty()) {
      return Optional.of(
          "The leave of a restricted attendee is not approved by the Secretary of State for"
              + " Justice.");
    }
    boolean escortRespected =
        approved.stream().anyMatch(leave -> leave.escort() != Escort.ESCORTED || attendee.escorted());
    return escortRespected
        ? Optional.empty()
        : Optional.of("The attendee's leave is escorted leave but the attendee is not escorted.");
  }

  /** Community leave covers the grounds as well as places off site; ground leave only the grounds. */
  private static boolean covers(LeaveType type, VenueType venue) {
    return switch (venue) {
      case HOSPITAL_GROUNDS -> type == LeaveType.GROUND || type == LeaveType.COMMUNITY;
      case OFF_SITE -> type == LeaveType.COMMUNITY;
      case ON_WARD, ONLINE -> true;
    };
  }

  /** Rule 35. */
  static Rule noMeetingOrMessageBreaksAContactRestriction() {
    return Rule.of(
        CONTACT_RESTRICTIONS_RESPECTED.name(),
        Severity.ERROR,
        Stage.PREPARATION,
        "GOV.UK, Make a victim representation to the Mental Health Tribunal (no-contact conditions"
            + " and exclusion zones); MAPPA guidance, Mental Health; van Denderen et al. 2020",
        "While a contact restriction without a permitted exception is active, no direct meeting brings"
            + " the protected and the restricted party together (for an exclusion zone: the restricted"
            + " party does not attend a direct meeting off site), and no message is delivered from one"
            + " to the other.",
        LegalRules::contactRestrictionFindings);
  }

  private static List<Finding> contactRestrictionFindings(CheckContext context) {
    // Index once: the direct meetings in scope by attendee, the delivered messages by sender.
    Map<PartyId, List<Indexed<Meeting>>> meetingsByAttendee = new HashMap<>();
    for (Indexed<Meeting> indexed : context.meetingsInScope()) {
      if (context.isDirect(indexed.value())) {
        for (Attendee attendee : indexed.value().attendees()) {
          meetingsByAttendee.computeIfAbsent(attendee.party(), p -> new ArrayList<>()).add(indexed);
        }
      }
    }
    Map<PartyId, List<Message>> deliveredBySender = new HashMap<>();
    for (Message message : context.restorativeCase().messages()) {
      if (message.isDelivered() && message.deliveredAt().isPresent()) {
        deliveredBySender.computeIfAbsent(message.from(), p -> new ArrayList<>()).add(message);
      }
    }
    List<Finding> findings = new ArrayList<>();
    List<Harm> harms = context.restorativeCase().harms();
    for (int h = 0; h < harms.size(); h++) {
      List<ContactRestriction> restrictions = harms.get(h).contactRestrictions();
      for (int r = 0; r < restrictions.size(); r++) {
        ContactRestriction restriction = restrictions.get(r);
        if (restriction.hasPermittedException()) {
          continue;
        }
        String path = Pointer.of("harms", h, "contactRestrictions", r);
        for (Indexed<Meeting> indexed :
            meetingsByAttendee.getOrDefault(restriction.restrictedParty(), List.of())) {
          Meeting meeting = indexed.value();
          LocalDate day = context.dateOf(meeting.startAt().orElse(context.asOf()));
          if (restriction.isActiveOn(day) && breaches(restriction, meeting)) {
            findings.add(
                Finding.at(
                    path,
                    restriction.type() == ContactRestrictionType.EXCLUSION_ZONE
                        ? "A direct meeting off site is attended by a party under an exclusion zone."
                        : "A direct meeting brings together parties a contact restriction keeps"
                            + " apart."));
          }
        }
        if (restriction.type() != ContactRestrictionType.EXCLUSION_ZONE) {
          messageBreaches(context, restriction, restriction.protectedParty(), deliveredBySender)
              .forEach(message -> findings.add(Finding.at(path, message)));
          messageBreaches(context, restriction, restriction.restrictedParty(), deliveredBySender)
              .forEach(message -> findings.add(Finding.at(path, message)));
        }
      }
    }
    return findings;
  }

  private static boolean breaches(ContactRestriction restriction, Meeting meeting) {
    if (restriction.type() == ContactRestrictionType.EXCLUSION_ZONE) {
      return meeting.venue().type() == VenueType.OFF_SITE;
    }
    return meeting.attendees().stream()
        .anyMatch(a -> a.party().equals(restriction.protectedParty()));
  }

  private static List<String> messageBreaches(
      CheckContext context,
      ContactRestriction restriction,
      PartyId sender,
      Map<PartyId, List<Message>> deliveredBySender) {
    PartyId other =
        sender.equals(restriction.protectedParty())
            ? restriction.restrictedParty()
            : restriction.protectedParty();
    List<String> breaches = new ArrayList<>();
    for (Message message : deliveredBySender.getOrDefault(sender, List.of())) {
      LocalDate day = context.dateOf(message.deliveredAt().orElseThrow());
      if (message.isAddressedTo(other) && restriction.isActiveOn(day)) {
        breaches.add("A message was delivered between parties a contact restriction keeps apart.");
      }
    }
    return breaches;
  }

  /** Rule 36. */
  static Rule clinicalFactsReachTheHarmedOnlyWithConfidentialityLifted() {
    return Rule.of(
        CLINICAL_INFO_NOT_SHARED_TO_HARMED.name(),
        Severity.ERROR,
        Stage.REFERRAL,
        "Help for Victims Q144 (leave is confidential medical information); St George's, the"
            + " common-law duty of confidentiality",
        "Clinical, leave or discharge information about a patient disclosed to a party in a harmed role"
            + " or to their supporter or representative rests on the patient's consent to lift"
            + " confidentiality (a data-processing consent is not enough) or on a recorded lawful"
            + " basis. A consent that is missing, not the subject's or not a sharing consent is rule"
            + " DISCLOSURE_HAS_BASIS.",
        context -> {
          List<Finding> findings = new ArrayList<>();
          List<Disclosure> disclosures = context.restorativeCase().disclosures();
          for (int i = 0; i < disclosures.size(); i++) {
            Disclosure disclosure = disclosures.get(i);
            if (!isClinical(disclosure.items()) || !reachesHarmedSide(context, disclosure)) {
              continue;
            }
            Optional<ConsentKind> kind =
                disclosure.consent().flatMap(context::consent).map(Consent::kind);
            if (kind.filter(k -> k.isSharing() && k != ConsentKind.DISCLOSURE_CONFIDENTIALITY)
                .isPresent()) {
              findings.add(
                  Finding.at(
                      Pointer.of("disclosures", i),
                      "Clinical or leave information reached the harmed side on a consent that does"
                          + " not lift confidentiality."));
            }
          }
          return findings;
        })
        .withLimitations(
            "Clinical facts that reach the person harmed without a logged disclosure (in a"
                + " letter, at a meeting) cannot be seen; the rule reads the disclosure log.");
  }

  private static boolean isClinical(Set<DisclosedItem> items) {
    return items.contains(DisclosedItem.CLINICAL_INFORMATION)
        || items.contains(DisclosedItem.LEAVE_OR_DISCHARGE);
  }

  /**
   * Whether the recipient is a party in a harmed role, or the supporter or representative of one,
   * other than the subject and the subject's own supporters.
   */
  private static boolean reachesHarmedSide(CheckContext context, Disclosure disclosure) {
    if (disclosure.recipient().type() != RecipientType.PARTY) {
      return false;
    }
    Optional<Party> recipient = disclosure.recipient().party().flatMap(context::party);
    if (recipient.isEmpty() || recipient.get().id().equals(disclosure.subject())) {
      return false;
    }
    if (recipient.get().role().isHarmed()) {
      return true;
    }
    return recipient
        .get()
        .principal()
        .filter(principal -> !principal.equals(disclosure.subject()))
        .flatMap(context::party)
        .filter(principal -> principal.role().isHarmed())
        .isPresent();
  }
}
