package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.ACTION_HAS_DUE_DATE;
import static org.restorative.core.rules.StandardCode.ACTION_HAS_MONITORING;
import static org.restorative.core.rules.StandardCode.ACTION_HAS_OWNER;
import static org.restorative.core.rules.StandardCode.ACTION_PROPORTIONALITY_REVIEW;
import static org.restorative.core.rules.StandardCode.ADJUSTMENTS_IN_PLACE;
import static org.restorative.core.rules.StandardCode.CLINICAL_INFO_NOT_SHARED_TO_HARMED;
import static org.restorative.core.rules.StandardCode.CLOSURE_REQUIRES_TERMINAL_ACTIONS;
import static org.restorative.core.rules.StandardCode.CONSENT_WITHDRAWAL_STOPS_SHARING;
import static org.restorative.core.rules.StandardCode.CONTACT_RESTRICTIONS_RESPECTED;
import static org.restorative.core.rules.StandardCode.DATES_IN_ORDER;
import static org.restorative.core.rules.StandardCode.DETAINED_PATIENT_LEAVE_GRANTED;
import static org.restorative.core.rules.StandardCode.DISCLOSURE_HAS_BASIS;
import static org.restorative.core.rules.StandardCode.DISCLOSURE_LOGGED;
import static org.restorative.core.rules.StandardCode.DISCLOSURE_MINIMUM_NECESSARY;
import static org.restorative.core.rules.StandardCode.EVALUATION_OFFERED_AT_CLOSURE;
import static org.restorative.core.rules.StandardCode.HARMED_PARTY_INFORMED_OF_COMPLETION;
import static org.restorative.core.rules.StandardCode.INTERPRETER_INDEPENDENT;
import static org.restorative.core.rules.StandardCode.NOT_PROCEEDING_REASON_REQUIRED;
import static org.restorative.core.rules.StandardCode.OUTCOME_AGREED_BY_ALL_PARTIES;
import static org.restorative.core.rules.StandardCode.OUTCOME_SHARING_NEEDS_ALL_PARTIES;
import static org.restorative.core.rules.StandardCode.PREPARATION_CONTACT_PER_ATTENDEE;
import static org.restorative.core.rules.StandardCode.QUESTION_SET_VERSION_RECORDED;
import static org.restorative.core.rules.StandardCode.RESTRICTED_PATIENT_LEAVE_APPROVED;
import static org.restorative.core.rules.StandardCode.SAFEGUARDING_CONCERN_PAUSES;
import static org.restorative.core.rules.StandardCode.SUPPORTER_AGREED_IN_PREPARATION;
import static org.restorative.core.rules.StandardCode.SUPPORTER_ASSESSED_AND_CONSENTED;
import static org.restorative.core.rules.StandardCode.TERMINAL_STATUS_IMMUTABLE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.RiskLevel;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityBasis;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.SharingScope;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.ContactRestrictionType;
import org.restorative.core.harm.Harm;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.outcome.StatusChange;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Escort;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.party.SpeakingRole;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.ContactMode;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;

/** Breakers for rules 29 to 55. */
final class LateBreakers {

  private static final ActorId RECORDER = ActorId.of("staff-records-officer");

  /** The processes in which supporters take part (brief §6): a conference and a circle. */
  private static final Set<ProcessType> WITH_SUPPORTERS =
      EnumSet.of(ProcessType.FACE_TO_FACE_CONFERENCE, ProcessType.RESTORATIVE_CIRCLE);

  private LateBreakers() {}

  static List<Breaker> all() {
    return List.of(
        Breaker.of(
            SUPPORTER_ASSESSED_AND_CONSENTED,
            Stage.PREPARATION,
            LateBreakers::supporterLeftOutOfTheRiskAssessment),
        Breaker.of(
            SUPPORTER_AGREED_IN_PREPARATION,
            Stage.INTERVENTION,
            LateBreakers::otherSideNeverToldOfTheSupporter),
        Breaker.of(
            ADJUSTMENTS_IN_PLACE,
            Stage.INTERVENTION,
            LateBreakers::adjustmentsForAnAttendeeNotArranged),
        Breaker.of(
            INTERPRETER_INDEPENDENT, Stage.REFERRAL, LateBreakers::interpreterRelatedToAParty),
        Breaker.of(
            RESTRICTED_PATIENT_LEAVE_APPROVED,
            Stage.INTERVENTION,
            LateBreakers::restrictedPatientOffSiteOnLeaveWithoutMinistryApproval),
        Breaker.of(
            DETAINED_PATIENT_LEAVE_GRANTED,
            Stage.INTERVENTION,
            LateBreakers::detainedPatientMeetsOnTheGroundsWithoutLeave),
        Breaker.of(
            CONTACT_RESTRICTIONS_RESPECTED,
            Stage.INTERVENTION,
            LateBreakers::meetingBreaksANoContactOrder),
        Breaker.of(
            CLINICAL_INFO_NOT_SHARED_TO_HARMED,
            Stage.REFERRAL,
            LateBreakers::leaveToldToTheHarmedOnADataProcessingConsent),
        Breaker.of(
            DISCLOSURE_HAS_BASIS,
            Stage.PREPARATION,
            LateBreakers::disclosedForAPurposeNotConsented),
        Breaker.of(
            DISCLOSURE_MINIMUM_NECESSARY,
            Stage.PREPARATION,
            LateBreakers::disclosureNeitherJustifiedNorMinimal),
        Breaker.of(DISCLOSURE_LOGGED, Stage.PREPARATION, LateBreakers::disclosureLoggedOutOfOrder),
        Breaker.of(
            CONSENT_WITHDRAWAL_STOPS_SHARING,
            Stage.PREPARATION,
            LateBreakers::disclosedAfterSharingWasWithdrawn),
        Breaker.of(
            OUTCOME_SHARING_NEEDS_ALL_PARTIES,
            Stage.FOLLOW_UP,
            LateBreakers::outcomeSharedOnOnePartysConsent),
        Breaker.of(
            OUTCOME_AGREED_BY_ALL_PARTIES,
            Stage.OUTCOME_AGREEMENT,
            LateBreakers::agreementNotFreelyGiven),
        Breaker.of(
            ACTION_HAS_OWNER,
            Stage.OUTCOME_AGREEMENT,
            LateBreakers::actionOwnedByARoleThoughNoOrganisationAgreed),
        Breaker.of(
            ACTION_HAS_DUE_DATE, Stage.OUTCOME_AGREEMENT, LateBreakers::actionWithoutADueDate),
        Breaker.of(
            ACTION_HAS_MONITORING,
            Stage.OUTCOME_AGREEMENT,
            LateBreakers::actionMonitoredByItsOwner),
        Breaker.of(
            ACTION_PROPORTIONALITY_REVIEW,
            Stage.OUTCOME_AGREEMENT,
            LateBreakers::treatmentCommitmentWithoutProportionalityCheck),
        Breaker.of(
            HARMED_PARTY_INFORMED_OF_COMPLETION,
            Stage.FOLLOW_UP,
            LateBreakers::harmedNotToldTheActionWasDone),
        Breaker.of(DATES_IN_ORDER, Stage.REFERRAL, LateBreakers::harmReportedBeforeItOccurred),
        Breaker.of(
            CLOSURE_REQUIRES_TERMINAL_ACTIONS,
            Stage.CLOSED_COMPLETED,
            LateBreakers::closedCompletedWithAnActionOpen),
        Breaker.of(
            QUESTION_SET_VERSION_RECORDED,
            Stage.FOLLOW_UP,
            LateBreakers::heldMeetingWithoutItsQuestionSet),
        Breaker.of(
            TERMINAL_STATUS_IMMUTABLE, Stage.CLOSED_COMPLETED, LateBreakers::closedCaseMovedAgain),
        Breaker.of(
            NOT_PROCEEDING_REASON_REQUIRED, Stage.PAUSED, LateBreakers::pausedWithoutAReason),
        Breaker.of(
            PREPARATION_CONTACT_PER_ATTENDEE,
            Stage.INTERVENTION,
            LateBreakers::attendeeNeverPrepared),
        Breaker.of(
            EVALUATION_OFFERED_AT_CLOSURE, Stage.CLOSURE, LateBreakers::participantNotEvaluated),
        Breaker.of(
            SAFEGUARDING_CONCERN_PAUSES,
            Stage.REFERRAL,
            LateBreakers::safeguardingConcernWithoutPauseDecision));
  }

  // ---------------------------------------------------------------- participants (29–32)

  /**
   * Rule 29: a supporter taking part is not covered by the risk assessment: one already in the case
   * is taken out of its findings, or, in a conference or circle without one, the person harmed
   * brings a supporter who consents but is never assessed.
   */
  private static Optional<RestorativeCase> supporterLeftOutOfTheRiskAssessment(RestorativeCase c) {
    Optional<PartyId> supporter = supporterTakingPart(c);
    if (supporter.isEmpty()) {
      return withAConsentingSupporter(c).map(Added::withSupporter);
    }
    PartyId s = supporter.get();
    return Optional.of(
        c.withRiskAssessments(
            changed(
                c.riskAssessments(),
                r -> true,
                r -> r.withFindings(without(r.findings(), f -> f.party().equals(s))))));
  }

  /**
   * Rule 30: a supporter comes to a meeting that the other side never talked about in preparation:
   * the topic is taken out of the other side's preparation contacts, or, in a conference or circle
   * without a supporter, the person harmed brings one, consented, assessed and prepared, whom
   * nobody else was told of.
   */
  private static Optional<RestorativeCase> otherSideNeverToldOfTheSupporter(RestorativeCase c) {
    if (supporterTakingPart(c).isEmpty()) {
      return withAConsentingSupporter(c).flatMap(LateBreakers::preparedAndAttending);
    }
    for (Meeting meeting : c.meetings()) {
      Optional<Party> supporter =
          meeting.attendees().stream()
              .map(a -> party(c, a.party()))
              .filter(p -> p.role() == PartyRole.SUPPORTER)
              .findFirst();
      if (!inScope(meeting) || supporter.isEmpty()) {
        continue;
      }
      PartyId principal = supporter.get().principal().orElseThrow();
      Set<PartyId> otherSide =
          meeting.attendeeParties().stream()
              .filter(id -> !id.equals(principal) && party(c, id).role().isPrincipal())
              .collect(Collectors.toSet());
      if (otherSide.isEmpty()) {
        continue;
      }
      return Optional.of(
          c.withPreparationContacts(
              changed(
                  c.preparationContacts(),
                  k -> otherSide.contains(k.party()),
                  LateBreakers::withoutSupportersTopic)));
    }
    return Optional.empty();
  }

  /** Rule 31: an attendee with communication needs has none of their adjustments arranged. */
  private static Optional<RestorativeCase> adjustmentsForAnAttendeeNotArranged(RestorativeCase c) {
    for (int i = 0; i < c.meetings().size(); i++) {
      Meeting meeting = c.meetings().get(i);
      if (!inScope(meeting)) {
        continue;
      }
      for (Attendee attendee : meeting.attendees()) {
        PartyId who = attendee.party();
        boolean arranged = meeting.adjustments().stream().anyMatch(a -> a.party().equals(who));
        if (arranged && !party(c, who).communicationNeeds().isEmpty()) {
          Meeting broken =
              meeting.withAdjustments(without(meeting.adjustments(), a -> a.party().equals(who)));
          return Optional.of(c.with(broken));
        }
      }
    }
    return Optional.empty();
  }

  /** Rule 32: the interpreter engaged for the case is a relative of one of the parties. */
  private static Optional<RestorativeCase> interpreterRelatedToAParty(RestorativeCase c) {
    Professional relative =
        new Professional.Builder()
            .id(ProfessionalId.of("prof-interpreter-relative"))
            .role(ProfessionalRole.INTERPRETER)
            .language("Polish")
            .addRelatedParty(c.parties().get(0).id())
            .build();
    return Optional.of(c.withProfessionals(plus(c.professionals(), relative)));
  }

  // ---------------------------------------------------------------- legal (33–36)

  /**
   * Rule 33: a meeting attended by a restricted patient is moved off site, with community leave for
   * every detained attendee granted by the responsible clinician alone: enough for an unrestricted
   * patient, but the restricted patient's leave lacks the Secretary of State's approval.
   */
  private static Optional<RestorativeCase> restrictedPatientOffSiteOnLeaveWithoutMinistryApproval(
      RestorativeCase c) {
    for (int i = 0; i < c.meetings().size(); i++) {
      Meeting meeting = c.meetings().get(i);
      VenueType venue = meeting.venue().type();
      List<Party> detained = detainedAttendees(c, meeting);
      if (!inScope(meeting)
          || venue == VenueType.ONLINE
          || venue == VenueType.OFF_SITE
          || detained.stream().noneMatch(Party::isRestrictedPatient)) {
        continue;
      }
      LocalDate day = dateOf(meeting.startAt().orElseThrow());
      RestorativeCase broken = c.with(meeting.withVenue(Venue.of(VenueType.OFF_SITE)));
      for (Party patient : detained) {
        boolean escorted =
            meeting.attendees().stream()
                .anyMatch(a -> a.party().equals(patient.id()) && a.escorted());
        LeaveAuthorisation community =
            new LeaveAuthorisation.Builder()
                .type(LeaveType.COMMUNITY)
                .escort(escorted ? Escort.ESCORTED : Escort.UNESCORTED)
                .authorisedBy(LeaveAuthority.RC)
                .validFrom(day.minusDays(14))
                .validTo(day.plusDays(14))
                .purpose("To attend a restorative meeting")
                .build();
        broken =
            withParty(
                broken,
                patient.withLeaveAuthorisations(plus(patient.leaveAuthorisations(), community)));
      }
      return Optional.of(broken);
    }
    return Optional.empty();
  }

  /**
   * Rule 34: a ward meeting of detained, unrestricted patients is moved to the hospital grounds,
   * for which they have no leave.
   */
  private static Optional<RestorativeCase> detainedPatientMeetsOnTheGroundsWithoutLeave(
      RestorativeCase c) {
    for (int i = 0; i < c.meetings().size(); i++) {
      Meeting meeting = c.meetings().get(i);
      List<Party> detained = detainedAttendees(c, meeting);
      if (inScope(meeting)
          && meeting.venue().type() == VenueType.ON_WARD
          && !detained.isEmpty()
          && detained.stream().noneMatch(Party::isRestrictedPatient)) {
        Meeting broken = meeting.withVenue(Venue.of(VenueType.HOSPITAL_GROUNDS));
        return Optional.of(c.with(broken));
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 35: a restraining order with no permitted exception keeps apart the person harmed and the
   * person responsible, who both attend a direct meeting after it started.
   */
  private static Optional<RestorativeCase> meetingBreaksANoContactOrder(RestorativeCase c) {
    Optional<Party> harmed = firstPerson(c, p -> p.role().isHarmed());
    Optional<Party> responsible =
        firstPerson(c, p -> p.role().isResponsible() && !harmed.equals(Optional.of(p)));
    if (harmed.isEmpty() || responsible.isEmpty()) {
      return Optional.empty();
    }
    boolean together =
        c.meetings().stream()
            .anyMatch(
                m ->
                    inScope(m)
                        && isDirect(c, m)
                        && m.attendeeParties().contains(harmed.get().id())
                        && m.attendeeParties().contains(responsible.get().id()));
    if (!together) {
      return Optional.empty();
    }
    Harm harm = c.harms().get(0);
    ContactRestriction order =
        new ContactRestriction.Builder()
            .type(ContactRestrictionType.RESTRAINING_ORDER)
            .protectedParty(harmed.get().id())
            .restrictedParty(responsible.get().id())
            .source("Order of the court")
            .startsOn(dateOf(harm.occurred().start()))
            .build();
    Harm broken = harm.withContactRestrictions(plus(harm.contactRestrictions(), order));
    return Optional.of(c.with(broken));
  }

  /**
   * Rule 36: a patient's leave is told to the person harmed on the patient's data-processing
   * consent, which does not lift confidentiality.
   */
  private static Optional<RestorativeCase> leaveToldToTheHarmedOnADataProcessingConsent(
      RestorativeCase c) {
    Optional<Party> patient =
        firstPerson(c, p -> p.role().isResponsible() && p.personType() == PersonType.PATIENT);
    Optional<Party> harmed =
        firstPerson(c, p -> p.role().isHarmed() && !patient.equals(Optional.of(p)));
    if (patient.isEmpty() || harmed.isEmpty()) {
      return Optional.empty();
    }
    Recipient toHarmed = Recipient.party(harmed.get().id());
    Instant obtained = c.referral().receivedAt().plus(Duration.ofHours(1));
    Consent dataProcessing =
        new Consent.Builder()
            .id(ConsentId.of("consent-data-processing"))
            .party(patient.get().id())
            .kind(ConsentKind.DATA_PROCESSING)
            .sharing(SharingScope.of(toHarmed, SharingPurpose.VICTIM_CONTACT_SCHEME))
            .status(ConsentStatus.GIVEN)
            .obtainedAt(obtained)
            .obtainedBy(RECORDER)
            .method(ConsentMethod.WRITTEN_SIGNED)
            .build();
    Disclosure leave =
        new Disclosure.Builder()
            .id(DisclosureId.of("disclosure-leave"))
            .subject(patient.get().id())
            .recipient(toHarmed)
            .disclosedAt(obtained.plus(Duration.ofHours(1)))
            .by(RECORDER)
            .medium(Medium.WRITTEN)
            .addItem(DisclosedItem.LEAVE_OR_DISCHARGE)
            .purpose(SharingPurpose.VICTIM_CONTACT_SCHEME)
            .consent(dataProcessing.id())
            .fromMinimumDataset(true)
            .build();
    return Optional.of(
        c.withConsents(plus(c.consents(), dataProcessing))
            .withDisclosures(plus(c.disclosures(), leave)));
  }

  // ---------------------------------------------------------------- sharing (37–41)

  /** Rule 37: a disclosure is made for research on a consent to share for another purpose. */
  private static Optional<RestorativeCase> disclosedForAPurposeNotConsented(RestorativeCase c) {
    return firstConsentBasedDisclosure(c)
        .filter(
            i -> {
              Disclosure d = c.disclosures().get(i);
              return !consentOf(c, d).coversSharing(d.recipient(), SharingPurpose.RESEARCH);
            })
        .map(
            i -> {
              Disclosure d = c.disclosures().get(i).withPurpose(SharingPurpose.RESEARCH);
              return c.with(d);
            });
  }

  /** Rule 38: a disclosure is neither justified nor from a minimum dataset. */
  private static Optional<RestorativeCase> disclosureNeitherJustifiedNorMinimal(RestorativeCase c) {
    for (int i = 0; i < c.disclosures().size(); i++) {
      Disclosure d = c.disclosures().get(i);
      if (d.justification().isEmpty()) {
        return Optional.of(c.with(d.withFromMinimumDataset(false)));
      }
    }
    return Optional.empty();
  }

  /** Rule 39: a second disclosure is logged after the first but dated before it. */
  private static Optional<RestorativeCase> disclosureLoggedOutOfOrder(RestorativeCase c) {
    return firstConsentBasedDisclosure(c)
        .map(
            i -> {
              Disclosure first = c.disclosures().get(i);
              Disclosure earlier =
                  first
                      .withId(DisclosureId.of("disclosure-backdated"))
                      .withDisclosedAt(first.disclosedAt().minus(Duration.ofMinutes(1)));
              return c.withDisclosures(plus(c.disclosures(), earlier));
            });
  }

  /** Rule 40: the subject withdrew from information sharing an hour before the disclosure. */
  private static Optional<RestorativeCase> disclosedAfterSharingWasWithdrawn(RestorativeCase c) {
    return firstConsentBasedDisclosure(c)
        .map(
            i -> {
              Disclosure disclosure = c.disclosures().get(i);
              Consent consent = consentOf(c, disclosure);
              Withdrawal withdrawal =
                  new Withdrawal.Builder()
                      .party(disclosure.subject())
                      .at(disclosure.disclosedAt().minus(Duration.ofHours(1)))
                      .scope(WithdrawalScope.INFORMATION_SHARING)
                      .recordedBy(RECORDER)
                      .build();
              return c.withConsents(
                      changed(
                          c.consents(),
                          k -> k.id().equals(consent.id()),
                          k -> k.withdrawnBy(withdrawal)))
                  .withWithdrawals(plus(c.withdrawals(), withdrawal));
            });
  }

  /**
   * Rule 41: after the agreement, it is shared with the recipient of an earlier disclosure on that
   * disclosure's consent alone, though the other parties who agreed it have not consented.
   */
  private static Optional<RestorativeCase> outcomeSharedOnOnePartysConsent(RestorativeCase c) {
    Optional<Disclosure> earlier = firstConsentBasedDisclosure(c).map(c.disclosures()::get);
    Optional<OutcomeAgreement> agreed =
        c.agreements().stream()
            .filter(
                a ->
                    earlier.isPresent()
                        && a.agreedParties().stream()
                            .anyMatch(p -> !p.equals(earlier.get().subject())))
            .findFirst();
    if (agreed.isEmpty()) {
      return Optional.empty();
    }
    Instant after = latest(agreed.get().createdAt(), lastDisclosedAt(c)).plus(Duration.ofDays(1));
    Disclosure outcome =
        earlier
            .get()
            .withId(DisclosureId.of("disclosure-outcome"))
            .withItems(DisclosedItem.OUTCOME_AGREEMENT)
            .withDisclosedAt(after);
    return Optional.of(c.withDisclosures(plus(c.disclosures(), outcome)));
  }

  // ---------------------------------------------------------------- outcome (42–47)

  /** Rule 42: a party's agreement to the outcome is not recorded as freely given. */
  private static Optional<RestorativeCase> agreementNotFreelyGiven(RestorativeCase c) {
    for (int i = 0; i < c.agreements().size(); i++) {
      OutcomeAgreement agreement = c.agreements().get(i);
      if (agreement.status() == AgreementStatus.AGREED && !agreement.partyAgreements().isEmpty()) {
        OutcomeAgreement broken =
            agreement.withPartyAgreements(
                replaced(
                    agreement.partyAgreements(),
                    0,
                    agreement.partyAgreements().get(0).withFreelyGiven(false)));
        return Optional.of(c.with(broken));
      }
    }
    return Optional.empty();
  }

  /** Rule 43: an action is owned by a ward role though no organisation agreed the agreement. */
  private static Optional<RestorativeCase> actionOwnedByARoleThoughNoOrganisationAgreed(
      RestorativeCase c) {
    for (int i = 0; i < c.actions().size(); i++) {
      AgreementId id = c.actions().get(i).agreement();
      Optional<OutcomeAgreement> agreement =
          c.agreement(id).filter(a -> a.status() == AgreementStatus.AGREED);
      boolean organisationAgreed =
          agreement.stream()
              .flatMap(a -> a.agreedParties().stream())
              .map(p -> party(c, p))
              .anyMatch(
                  p ->
                      p.personType() == PersonType.ORGANISATION
                          || p.role() == PartyRole.ORGANISATION);
      if (agreement.isPresent() && !organisationAgreed) {
        Action broken = c.actions().get(i).withOwner(PartyOrRole.role("Ward manager"));
        return Optional.of(c.with(broken));
      }
    }
    return Optional.empty();
  }

  /** Rule 44: an action to be done by a date has its due date removed. */
  private static Optional<RestorativeCase> actionWithoutADueDate(RestorativeCase c) {
    return changeFirstAction(
        c,
        a -> a.dueOn().isPresent() && a.reviewOn().isEmpty(),
        a -> a.withDueOn(Optional.empty()));
  }

  /** Rule 45: an action is monitored by its own owner. */
  private static Optional<RestorativeCase> actionMonitoredByItsOwner(RestorativeCase c) {
    return changeFirstAction(c, a -> true, a -> a.withMonitor(a.owner().orElseThrow()));
  }

  /** Rule 46: a commitment to engage with treatment has no proportionality check. */
  private static Optional<RestorativeCase> treatmentCommitmentWithoutProportionalityCheck(
      RestorativeCase c) {
    return changeFirstAction(
        c,
        a -> a.type() == ActionType.BEHAVIOURAL_COMMITMENT && a.proportionalityCheck().isEmpty(),
        a -> a.withType(ActionType.ENGAGEMENT_WITH_SUPPORT_OR_TREATMENT));
  }

  /** Rule 47: the person harmed is not recorded as told that an action was completed. */
  private static Optional<RestorativeCase> harmedNotToldTheActionWasDone(RestorativeCase c) {
    return changeFirstAction(
        c,
        a -> a.isTerminal() && a.harmedInformedAt().isPresent(),
        a -> a.withHarmedInformedAt(Optional.empty()));
  }

  // ---------------------------------------------------------------- lifecycle (48–55)

  /** Rule 48: the harm is recorded as reported the day before it occurred. */
  private static Optional<RestorativeCase> harmReportedBeforeItOccurred(RestorativeCase c) {
    Harm harm = c.harms().get(0);
    LocalDate dayBefore = dateOf(harm.occurred().start()).minusDays(1);
    return Optional.of(c.with(harm.withReportedOn(dayBefore)));
  }

  /** Rule 49: a case closed as completed has an action whose completion was never recorded. */
  private static Optional<RestorativeCase> closedCompletedWithAnActionOpen(RestorativeCase c) {
    return changeFirstAction(
        c,
        a -> a.isTerminal() && a.statusHistory().size() >= 2,
        a -> {
          List<StatusChange> history = a.statusHistory().subList(0, a.statusHistory().size() - 1);
          return new Action.Builder()
              .from(a)
              .statusHistory(history)
              .status(history.get(history.size() - 1).to())
              .notCompletedReason(Optional.empty())
              .build();
        });
  }

  /** Rule 50: a held meeting does not record the question set it used. */
  private static Optional<RestorativeCase> heldMeetingWithoutItsQuestionSet(RestorativeCase c) {
    return c.meetings().stream()
        .filter(m -> m.status() == MeetingStatus.HELD)
        .findFirst()
        .map(
            held ->
                c.withQuestionSetUses(
                    without(
                        c.questionSetUses(),
                        u -> u.meeting().filter(held.id()::equals).isPresent())));
  }

  /** Rule 51: a day after a case closed as completed, it is moved back to follow-up. */
  private static Optional<RestorativeCase> closedCaseMovedAgain(RestorativeCase c) {
    CaseEvent closing = c.history().get(c.history().size() - 1);
    CaseEvent reopened =
        new CaseEvent.Builder()
            .id(EventId.of("event-moved-after-closure"))
            .at(closing.at().plus(Duration.ofDays(1)))
            .by(closing.by())
            .type(CaseEventType.STAGE_CHANGED)
            .fromStage(c.stage())
            .toStage(Stage.FOLLOW_UP)
            .build();
    return Optional.of(c.withHistory(plus(c.history(), reopened)));
  }

  /** Rule 52: the event that paused the case records no pause reason. */
  private static Optional<RestorativeCase> pausedWithoutAReason(RestorativeCase c) {
    for (int k = 0; k < c.history().size(); k++) {
      CaseEvent event = c.history().get(k);
      if (event.toStage().filter(s -> s == Stage.PAUSED).isPresent()) {
        return Optional.of(
            c.withHistory(replaced(c.history(), k, event.withPauseReason(Optional.empty()))));
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 53: an attendee of a meeting had no preparation contact: a supporter when one attends (so
   * that the other side's talk about supporters is untouched), otherwise the first attendee.
   */
  private static Optional<RestorativeCase> attendeeNeverPrepared(RestorativeCase c) {
    for (Meeting meeting : c.meetings()) {
      if (!inScope(meeting) || meeting.attendees().isEmpty()) {
        continue;
      }
      PartyId who =
          meeting.attendees().stream()
              .map(Attendee::party)
              .filter(id -> party(c, id).role() == PartyRole.SUPPORTER)
              .findFirst()
              .orElse(meeting.attendees().get(0).party());
      return Optional.of(
          c.withPreparationContacts(without(c.preparationContacts(), k -> k.party().equals(who))));
    }
    return Optional.empty();
  }

  /** Rule 54: at closure, one participant has no evaluation record. */
  private static Optional<RestorativeCase> participantNotEvaluated(RestorativeCase c) {
    return c.processes().stream()
        .flatMap(p -> p.participants().stream())
        .findFirst()
        .map(who -> c.withEvaluations(without(c.evaluations(), e -> e.party().equals(who))));
  }

  /** Rule 55: a safeguarding concern is raised and no decision is made whether to pause. */
  private static Optional<RestorativeCase> safeguardingConcernWithoutPauseDecision(
      RestorativeCase c) {
    SafeguardingConcern concern =
        new SafeguardingConcern.Builder()
            .id(SafeguardingConcernId.of("safeguarding-undecided"))
            .raisedAt(c.referral().receivedAt().plus(Duration.ofHours(2)))
            .raisedBy(RECORDER)
            .addAbout(c.parties().get(0).id())
            .referralRef("SG-0001")
            .description("Concern about the person's safety at home")
            .build();
    return Optional.of(c.withSafeguardingConcerns(plus(c.safeguardingConcerns(), concern)));
  }

  // ---------------------------------------------------------------- helpers

  /** A case to which a supporter was added, with the supporter and the principal they support. */
  record Added(RestorativeCase withSupporter, PartyId supporter, PartyId principal) {}

  /** The first supporter taking part in a process of the case, if any. */
  static Optional<PartyId> supporterTakingPart(RestorativeCase c) {
    return c.parties().stream()
        .filter(p -> p.role() == PartyRole.SUPPORTER && takesPart(c, p.id()))
        .map(Party::id)
        .findFirst();
  }

  /**
   * In a conference or circle, the person harmed brings a family member as supporter, who takes
   * part on a participation consent of their own: a copy of the principal's (same scope,
   * information, method and moments), with capacity presumed. Empty when the case has no such
   * process with an active consent of the person harmed.
   */
  static Optional<Added> withAConsentingSupporter(RestorativeCase c) {
    for (int i = 0; i < c.processes().size(); i++) {
      RestorativeProcess process = c.processes().get(i);
      Optional<Consent> principalsConsent =
          c.consents().stream()
              .filter(
                  k ->
                      k.kind() == ConsentKind.PARTICIPATION
                          && k.isActive()
                          && process.participants().contains(k.party())
                          && party(c, k.party()).role() == PartyRole.PERSON_HARMED)
              .findFirst();
      if (!WITH_SUPPORTERS.contains(process.type())
          || process.status() == ProcessStatus.HALTED
          || principalsConsent.isEmpty()) {
        continue;
      }
      PartyId principal = principalsConsent.get().party();
      Party supporter =
          new Party.Builder()
              .id(PartyId.of("party-added-supporter"))
              .role(PartyRole.SUPPORTER)
              .personType(PersonType.FAMILY_MEMBER_OR_CARER)
              .name("Alex Morgan")
              .dateOfBirth(LocalDate.of(1968, 5, 14))
              .principal(principal)
              .relationshipToPrincipal(PartyRelationship.FAMILY_MEMBER)
              .speakingRole(SpeakingRole.PRESENCE_ONLY)
              .build();
      Consent consent =
          new Consent.Builder()
              .from(principalsConsent.get())
              .id(ConsentId.of("consent-added-supporter"))
              .party(supporter.id())
              .capacityBasis(CapacityBasis.presumed())
              .competenceBasis(Optional.empty())
              .voluntariness(Optional.empty())
              .interpreter(Optional.empty())
              .build();
      Set<PartyId> participants = new LinkedHashSet<>(process.participants());
      participants.add(supporter.id());
      RestorativeCase added =
          c.withParties(plus(c.parties(), supporter))
              .withProcesses(replaced(c.processes(), i, process.withParticipants(participants)))
              .withConsents(plus(c.consents(), consent));
      return Optional.of(new Added(added, supporter.id(), principal));
    }
    return Optional.empty();
  }

  /**
   * The added supporter is also covered by each risk assessment that covers their principal, has a
   * preparation contact at the moment of the principal's last one, and attends with the principal
   * each meeting in scope the principal attends. Empty when there is no such contact or meeting.
   */
  static Optional<RestorativeCase> preparedAndAttending(Added added) {
    RestorativeCase c = added.withSupporter();
    PartyId supporter = added.supporter();
    PartyId principal = added.principal();
    Optional<PreparationContact> last =
        c.preparationContacts().stream()
            .filter(k -> k.party().equals(principal))
            .max(Comparator.comparing(PreparationContact::at));
    Predicate<Meeting> withPrincipal = m -> inScope(m) && m.attendeeParties().contains(principal);
    if (last.isEmpty() || c.meetings().stream().noneMatch(withPrincipal)) {
      return Optional.empty();
    }
    PreparationContact prepared =
        last.get().withId(PreparationContactId.of("prep-added-supporter")).withParty(supporter);
    return Optional.of(
        c.withRiskAssessments(
                changed(
                    c.riskAssessments(),
                    r -> r.covers(principal),
                    r ->
                        r.withFindings(
                            plus(r.findings(), AttendeeFinding.of(supporter, RiskLevel.LOW)))))
            .withPreparationContacts(plus(c.preparationContacts(), prepared))
            .withMeetings(
                changed(
                    c.meetings(),
                    withPrincipal,
                    m ->
                        m.withAttendees(plus(m.attendees(), alongside(m, principal, supporter))))));
  }

  /** An attendee who comes with a principal: present or expected as they are, not escorted. */
  static Attendee alongside(Meeting meeting, PartyId principal, PartyId supporter) {
    Attendee with =
        meeting.attendees().stream()
            .filter(a -> a.party().equals(principal))
            .findFirst()
            .orElseThrow();
    return with.withParty(supporter).withEscorted(false);
  }

  static boolean inScope(Meeting meeting) {
    MeetingStatus status = meeting.status();
    return status.isScheduledOrLater() && status != MeetingStatus.ABANDONED;
  }

  static boolean isDirect(RestorativeCase c, Meeting meeting) {
    return c.processes().stream()
        .filter(p -> p.id().equals(meeting.process()))
        .map(p -> p.type().contactMode())
        .anyMatch(mode -> mode != ContactMode.NONE && mode != ContactMode.INDIRECT);
  }

  /** Whether a party takes part in some process that has not been halted. */
  static boolean takesPart(RestorativeCase c, PartyId party) {
    return c.processes().stream()
        .filter(p -> p.status() != ProcessStatus.HALTED)
        .map(RestorativeProcess::participants)
        .anyMatch(participants -> participants.contains(party));
  }

  static List<Party> detainedAttendees(RestorativeCase c, Meeting meeting) {
    return meeting.attendees().stream()
        .map(a -> party(c, a.party()))
        .filter(Party::isDetained)
        .toList();
  }

  /** The first party, not an organisation, that matches. */
  static Optional<Party> firstPerson(RestorativeCase c, Predicate<Party> wanted) {
    return c.parties().stream()
        .filter(p -> p.personType() != PersonType.ORGANISATION && wanted.test(p))
        .findFirst();
  }

  static Party party(RestorativeCase c, PartyId id) {
    return c.party(id).orElseThrow();
  }

  static RestorativeCase withParty(RestorativeCase c, Party changed) {
    return c.withParties(changed(c.parties(), p -> p.id().equals(changed.id()), p -> changed));
  }

  static Optional<Integer> firstConsentBasedDisclosure(RestorativeCase c) {
    for (int i = 0; i < c.disclosures().size(); i++) {
      Optional<ConsentId> consent = c.disclosures().get(i).consent();
      if (consent
          .flatMap(id -> c.consents().stream().filter(k -> k.id().equals(id)).findFirst())
          .isPresent()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  static Consent consentOf(RestorativeCase c, Disclosure disclosure) {
    ConsentId id = disclosure.consent().orElseThrow();
    return c.consents().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
  }

  static Instant lastDisclosedAt(RestorativeCase c) {
    return c.disclosures().stream()
        .map(Disclosure::disclosedAt)
        .max(Instant::compareTo)
        .orElse(Instant.EPOCH);
  }

  static Instant latest(Instant one, Instant other) {
    return one.isAfter(other) ? one : other;
  }

  static Optional<RestorativeCase> changeFirstAction(
      RestorativeCase c, Predicate<Action> which, UnaryOperator<Action> change) {
    for (int i = 0; i < c.actions().size(); i++) {
      if (which.test(c.actions().get(i))) {
        return Optional.of(c.with(change.apply(c.actions().get(i))));
      }
    }
    return Optional.empty();
  }

  static PreparationContact withoutSupportersTopic(PreparationContact contact) {
    Set<PreparationTopic> topics = EnumSet.noneOf(PreparationTopic.class);
    topics.addAll(contact.topics());
    topics.remove(PreparationTopic.SUPPORTERS);
    return contact.withTopics(topics);
  }

  static LocalDate dateOf(Instant moment) {
    return LocalDate.ofInstant(moment, Policy.standard().zone());
  }

  static <T> List<T> replaced(List<T> items, int index, T value) {
    List<T> copy = new ArrayList<>(items);
    copy.set(index, value);
    return copy;
  }

  static <T> List<T> plus(List<T> items, T value) {
    List<T> copy = new ArrayList<>(items);
    copy.add(value);
    return copy;
  }

  static <T> List<T> without(List<T> items, Predicate<? super T> which) {
    return items.stream().filter(which.negate()).toList();
  }

  static <T> List<T> changed(List<T> items, Predicate<? super T> which, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>();
    for (T item : items) {
      copy.add(which.test(item) ? change.apply(item) : item);
    }
    return copy;
  }
}
