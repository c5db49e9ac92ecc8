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
import java.util.function.BiFunction;
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
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.Escort;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.Place;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.Message;
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;
import org.restorative.core.rules.CheckContext.Indexed;

/**
 * Rules 33–36 of the domain brief §8: detention, leave and legal constraints (brief §2.3, §3.3,
 * §3.8).
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
    return Rule.define(RESTRICTED_PATIENT_LEAVE_APPROVED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Mental Health Act 1983 s17 and s41; Mental Health Law Online, Leave of absence and"
                + " Ministry of Justice; MoJ Mental Health Casework Section, Section 17 leave guidance"
                + " (2014)")
        .meaning(
            "A detained restricted patient who attends a dated meeting on hospital grounds or off site"
                + " has s17 leave valid on the day that covers the venue's kind and place, approved by"
                + " the Secretary of State for Justice (on the hospital grounds only when the patient's"
                + " order names a unit), and is escorted when the leave says so.")
        .check(
            context ->
                leaveFindings(context, Party::isRestrictedPatient, LegalRules::restrictedApproval))
        .withLimitations(
            "A meeting with no start yet is reported by MEETING_DATED at the gate, not here. A"
                + " venue's place is compared with the places a leave names only as the trust codes"
                + " them; a leave that names no place covers every place of its kind. Whether the"
                + " Secretary of State agreed to this meeting, rather than to the leave as recorded, is"
                + " not in the record.");
  }

  /** Rule 34. */
  static Rule aDetainedPatientNeedsLeaveToLeaveTheWard() {
    return Rule.define(DETAINED_PATIENT_LEAVE_GRANTED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Mental Health Act 1983 s17; Mental Health Law Online, Leave of absence; British Journal"
                + " of Nursing, Leave of absence under the Mental Health Act 1983; for s35, s36 and"
                + " s38, Mental Health Act 1983 Code of Practice (2015) chapter 27: s17 leave does not"
                + " apply to them, the court decides (as summarised by Mental Health Law Online)")
        .meaning(
            "A detained patient who is not restricted and attends a dated meeting on hospital grounds"
                + " or off site has s17 leave valid on the day that covers the venue's kind and place,"
                + " agreed by the court for a patient remanded under s35 or s36 or under an interim"
                + " order (s38), and is escorted when the leave says so.")
        .check(
            context ->
                leaveFindings(
                    context, party -> !party.isRestrictedPatient(), LegalRules::courtApproval))
        .withLimitations(
            "A meeting with no start yet is reported by MEETING_DATED at the gate, not here. A"
                + " venue's place is compared with the places a leave names only as the trust codes"
                + " them; a leave that names no place covers every place of its kind.");
  }

  /** Who must have agreed to a leave, and what to say when they have not. */
  private record Approval(Predicate<LeaveAuthority> given, String missing) {}

  /**
   * Rule 33: the Secretary of State for Justice for leave off site, and for leave to the grounds
   * when the order names a unit.
   */
  private static Optional<Approval> restrictedApproval(Party party, VenueType venue) {
    boolean groundsRestricted =
        party
            .mentalHealthAct()
            .filter(MentalHealthActStatus::groundLeaveNeedsSecretaryOfState)
            .isPresent();
    if (venue == VenueType.OFF_SITE || (venue == VenueType.HOSPITAL_GROUNDS && groundsRestricted)) {
      return Optional.of(
          new Approval(
              LeaveAuthority::includesSecretaryOfState,
              "The leave of a restricted attendee is not approved by the Secretary of State for"
                  + " Justice."));
    }
    return Optional.empty();
  }

  /**
   * Rule 34: the court, for a patient remanded under s35 or s36 or under an interim order (s38).
   */
  private static Optional<Approval> courtApproval(Party party, VenueType venue) {
    boolean court =
        party.mentalHealthAct().map(m -> m.section().leaveNeedsTheCourt()).orElse(false);
    return court
        ? Optional.of(
            new Approval(
                LeaveAuthority::includesTheCourt,
                "The leave of an attendee on remand or an interim order is not agreed by the"
                    + " court."))
        : Optional.empty();
  }

  /**
   * The leave check shared by rules 33 and 34: for each dated meeting in scope whose venue needs
   * leave, each detained attendee the rule is about needs a leave authorisation valid on the
   * meeting day, of a type and with places that cover the venue, agreed by whoever the rule
   * requires, and an escort when the leave is escorted.
   */
  private static List<Finding> leaveFindings(
      CheckContext context,
      Predicate<Party> concerns,
      BiFunction<Party, VenueType, Optional<Approval>> approval) {
    List<Finding> findings = new ArrayList<>();
    for (Indexed<Meeting> indexed : context.meetingsInScope()) {
      Meeting meeting = indexed.value();
      Venue venue = meeting.venue();
      if (meeting.startAt().isEmpty() || !venue.requiresLeave()) {
        continue;
      }
      LocalDate day = context.dateOf(meeting.startAt().get());
      List<Attendee> attendees = meeting.attendees();
      for (int j = 0; j < attendees.size(); j++) {
        Attendee attendee = attendees.get(j);
        Optional<Party> party = context.party(attendee.party());
        if (party.isEmpty() || !party.get().isDetained() || !concerns.test(party.get())) {
          continue;
        }
        Optional<String> problem =
            leaveProblem(
                party.get(), attendee, venue, day, approval.apply(party.get(), venue.type()));
        if (problem.isPresent()) {
          findings.add(
              Finding.at(Pointer.of("meetings", indexed.index(), "attendees", j), problem.get()));
        }
      }
    }
    return findings;
  }

  /**
   * What is wrong with a detained attendee's leave for one meeting, if anything: no leave valid on
   * the day that covers the venue; none of those agreed by whoever must agree; or none that
   * respects its escort.
   */
  private static Optional<String> leaveProblem(
      Party party, Attendee attendee, Venue venue, LocalDate day, Optional<Approval> approval) {
    boolean covered = false;
    List<LeaveAuthorisation> leaves = party.leaveAuthorisations();
    for (int k = 0; k < leaves.size(); k++) {
      LeaveAuthorisation leave = leaves.get(k);
      if (!coversTheMeeting(leave, venue, day)) {
        continue;
      }
      covered = true;
      if (approval.isPresent() && !approval.get().given().test(leave.authorisedBy())) {
        continue;
      }
      if (leave.escort() != Escort.ESCORTED || attendee.escorted()) {
        return Optional.empty();
      }
    }
    if (!covered) {
      return Optional.of(
          "A detained attendee has no leave valid on the meeting day that covers the venue.");
    }
    if (approval.isPresent() && !anyApproved(leaves, venue, day, approval.get())) {
      return Optional.of(approval.get().missing());
    }
    return Optional.of("The attendee's leave is escorted leave but the attendee is not escorted.");
  }

  /** Whether a leave is valid on the meeting day and covers the venue's kind and place. */
  private static boolean coversTheMeeting(LeaveAuthorisation leave, Venue venue, LocalDate day) {
    return leave.isValidOn(day)
        && covers(leave.type(), venue.type())
        && leave.coversPlace(venue.place());
  }

  /** Whether any leave that covers the meeting was agreed by whoever must agree. */
  private static boolean anyApproved(
      List<LeaveAuthorisation> leaves, Venue venue, LocalDate day, Approval approval) {
    for (int k = 0; k < leaves.size(); k++) {
      LeaveAuthorisation leave = leaves.get(k);
      if (coversTheMeeting(leave, venue, day) && approval.given().test(leave.authorisedBy())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Community leave covers the grounds as well as places off site; ground leave only the grounds.
   */
  private static boolean covers(LeaveType type, VenueType venue) {
    return switch (venue) {
      case HOSPITAL_GROUNDS -> type == LeaveType.GROUND || type == LeaveType.COMMUNITY;
      case OFF_SITE -> type == LeaveType.COMMUNITY;
      case ON_WARD, ONLINE -> true;
    };
  }

  /** Rule 35. */
  static Rule noMeetingOrMessageBreaksAContactRestriction() {
    return Rule.define(CONTACT_RESTRICTIONS_RESPECTED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "GOV.UK, Make a victim representation to the Mental Health Tribunal (no-contact"
                + " conditions and exclusion zones); MAPPA guidance, Mental Health; van Denderen et"
                + " al. 2020")
        .meaning(
            "While a restriction without a permitted exception is active — a contact restriction of"
                + " the harm (restraining order, bail, discharge or leave condition, ward separation),"
                + " a no-contact or exclusion-zone condition of a party's discharge, or a no-contact"
                + " condition of the leave a patient attends on — no direct meeting brings the"
                + " protected and the restricted party together, the restricted party attends no"
                + " direct meeting at a venue within an exclusion zone, and no message between the two"
                + " is approved for delivery or delivered.")
        .check(LegalRules::contactRestrictionFindings)
        .withLimitations(
            "An exclusion zone is compared with a venue by the trust's place codes: a venue on the"
                + " ward or the hospital grounds with no place recorded is taken to lie outside every"
                + " zone, while an off-site venue or a zone with no place is reported. A leave's"
                + " no-contact condition is read for meetings the patient attends on that leave, not"
                + " for messages. Whether a permitted exception allows this contact is the"
                + " facilitator's reading of its words; the rule checks only that one is recorded.");
  }

  /**
   * One restriction, whatever its source: the path of its record, who it binds and protects, the
   * zone when it is an exclusion zone, the days it is active, whether it also stops messages, and
   * the days a patient is on the leave it belongs to (for a leave's condition).
   */
  private record Bar(
      String path,
      PartyId restricted,
      Optional<PartyId> protectedParty,
      boolean zone,
      Optional<Place> zonePlace,
      Predicate<LocalDate> activeOn,
      boolean stopsMessages,
      boolean onlyOnLeave) {}

  private static List<Bar> bars(CheckContext context) {
    List<Bar> bars = new ArrayList<>();
    List<Harm> harms = context.restorativeCase().harms();
    for (int h = 0; h < harms.size(); h++) {
      List<ContactRestriction> restrictions = harms.get(h).contactRestrictions();
      for (int r = 0; r < restrictions.size(); r++) {
        ContactRestriction restriction = restrictions.get(r);
        if (restriction.hasPermittedException()) {
          continue;
        }
        boolean zone = restriction.type() == ContactRestrictionType.EXCLUSION_ZONE;
        bars.add(
            new Bar(
                Pointer.of("harms", h, "contactRestrictions", r),
                restriction.restrictedParty(),
                Optional.of(restriction.protectedParty()),
                zone,
                restriction.place(),
                restriction::isActiveOn,
                !zone,
                false));
      }
    }
    List<Party> parties = context.restorativeCase().parties();
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      List<DischargeCondition> conditions = party.dischargeConditions();
      for (int j = 0; j < conditions.size(); j++) {
        DischargeCondition condition = conditions.get(j);
        boolean zone = condition.type() == DischargeConditionType.EXCLUSION_ZONE;
        boolean noContact =
            condition.type() == DischargeConditionType.NO_CONTACT
                && condition.protectedParty().isPresent();
        if (condition.permittedException().isPresent() || !(zone || noContact)) {
          continue;
        }
        bars.add(
            new Bar(
                Pointer.of("parties", i, "dischargeConditions", j),
                party.id(),
                condition.protectedParty(),
                zone,
                condition.place(),
                condition::isActiveOn,
                noContact,
                false));
      }
      List<LeaveAuthorisation> leaves = party.leaveAuthorisations();
      for (int j = 0; j < leaves.size(); j++) {
        LeaveAuthorisation leave = leaves.get(j);
        for (PartyId protectedParty : leave.noContactWith()) {
          bars.add(
              new Bar(
                  Pointer.of("parties", i, "leaveAuthorisations", j, "noContactWith"),
                  party.id(),
                  Optional.of(protectedParty),
                  false,
                  Optional.empty(),
                  leave::isValidOn,
                  false,
                  true));
        }
      }
    }
    return bars;
  }

  private static List<Finding> contactRestrictionFindings(CheckContext context) {
    List<Bar> bars = bars(context);
    if (bars.isEmpty()) {
      return List.of();
    }
    // Index once: the direct meetings in scope by attendee, the messages under way by sender.
    Map<PartyId, List<Indexed<Meeting>>> meetingsByAttendee = new HashMap<>();
    for (Indexed<Meeting> indexed : context.meetingsInScope()) {
      if (context.isDirect(indexed.value())) {
        for (Attendee attendee : indexed.value().attendees()) {
          meetingsByAttendee.computeIfAbsent(attendee.party(), p -> new ArrayList<>()).add(indexed);
        }
      }
    }
    Map<PartyId, List<Message>> sentBy = new HashMap<>();
    for (Message message : context.restorativeCase().messages()) {
      if (deliveryDay(context, message).isPresent()) {
        sentBy.computeIfAbsent(message.sender(), p -> new ArrayList<>()).add(message);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Bar bar : bars) {
      for (Indexed<Meeting> indexed :
          meetingsByAttendee.getOrDefault(bar.restricted(), List.of())) {
        Meeting meeting = indexed.value();
        LocalDate day = context.dateOf(meeting.startAt().orElse(context.asOf()));
        if (bar.activeOn().test(day)) {
          meetingBreach(bar, indexed).ifPresent(findings::add);
        }
      }
      if (bar.stopsMessages() && bar.protectedParty().isPresent()) {
        PartyId restricted = bar.restricted();
        PartyId protectedParty = bar.protectedParty().get();
        findings.addAll(messageBreaches(context, bar, restricted, protectedParty, sentBy));
        findings.addAll(messageBreaches(context, bar, protectedParty, restricted, sentBy));
      }
    }
    return findings;
  }

  private static Optional<Finding> meetingBreach(Bar bar, Indexed<Meeting> indexed) {
    Meeting meeting = indexed.value();
    Venue venue = meeting.venue();
    if (bar.onlyOnLeave() && !venue.requiresLeave()) {
      return Optional.empty();
    }
    if (!bar.zone()) {
      return bar.protectedParty().filter(meeting::isAttendedBy).isPresent()
          ? Optional.of(
              Finding.at(
                  bar.path(),
                  "A direct meeting brings together parties a contact restriction keeps apart."))
          : Optional.empty();
    }
    if (venue.type() == VenueType.ONLINE) {
      return Optional.empty();
    }
    if (bar.zonePlace().isEmpty()) {
      return venue.type() == VenueType.OFF_SITE
          ? Optional.of(
              Finding.at(
                  bar.path() + "/place",
                  "An exclusion zone records no place, so an off-site venue cannot be shown to lie"
                      + " outside it."))
          : Optional.empty();
    }
    if (venue.place().isEmpty()) {
      return venue.type() == VenueType.OFF_SITE
          ? Optional.of(
              Finding.at(
                  Pointer.of("meetings", indexed.index(), "venue", "place"),
                  "An off-site venue records no place, so it cannot be shown to lie outside an"
                      + " exclusion zone."))
          : Optional.empty();
    }
    return bar.zonePlace().get().contains(venue.place().get())
        ? Optional.of(
            Finding.at(
                bar.path(),
                "A direct meeting within an exclusion zone is attended by the party it excludes."))
        : Optional.empty();
  }

  /**
   * The day a message's delivery is judged: the day it was delivered, or, for a message the
   * facilitator approved and has not yet passed on, the day of checking (its delivery is
   * scheduled). Drafts and withheld messages are not deliveries.
   */
  private static Optional<LocalDate> deliveryDay(CheckContext context, Message message) {
    return switch (message.status()) {
      case MESSAGE_DELIVERED -> message.deliveredAt().map(context::dateOf);
      case MESSAGE_REVIEWED_BY_FACILITATOR -> Optional.of(context.today());
      case MESSAGE_DRAFTED, WITHHELD -> Optional.empty();
    };
  }

  private static List<Finding> messageBreaches(
      CheckContext context,
      Bar bar,
      PartyId sender,
      PartyId recipient,
      Map<PartyId, List<Message>> sentBy) {
    List<Finding> breaches = new ArrayList<>();
    for (Message message : sentBy.getOrDefault(sender, List.of())) {
      LocalDate day = deliveryDay(context, message).orElseThrow();
      if (message.isAddressedTo(recipient) && bar.activeOn().test(day)) {
        breaches.add(
            Finding.at(
                bar.path(),
                message.isDelivered()
                    ? "A message was delivered between parties a contact restriction keeps apart."
                    : "A message is approved for delivery between parties a contact restriction"
                        + " keeps apart."));
      }
    }
    return breaches;
  }

  /** Rule 36. */
  static Rule clinicalFactsReachTheHarmedOnlyWithConfidentialityLifted() {
    return Rule.define(CLINICAL_INFO_NOT_SHARED_TO_HARMED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "Help for Victims Q144 (leave is confidential medical information); St George's, the"
                + " common-law duty of confidentiality")
        .meaning(
            "Clinical, leave or discharge information about a patient disclosed to a party in a harmed role"
                + " or to their supporter or representative rests on the patient's consent to lift"
                + " confidentiality (a data-processing consent is not enough) or on a recorded lawful"
                + " basis. A consent that is missing, not the subject's or not a sharing consent is rule"
                + " DISCLOSURE_HAS_BASIS.")
        .check(
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
