package org.restorative.core.outcome;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessId;
import org.restorative.core.questions.QuestionSetRef;

/**
 * The vocabulary of the outcome tests: a conference on a forensic ward after a patient pushed a
 * nurse during the evening medication round, and the agreement, actions and evaluations that
 * followed.
 */
final class OutcomeFixtures {

  private OutcomeFixtures() {}

  /** A personal text that must never appear in {@code toString()} or a message. */
  static final String SENTINEL = "Zebedee Quince";

  /** The patient on the forensic ward who pushed the nurse. */
  static final PartyId PATIENT_RESPONSIBLE = PartyId.of("party-patient-ward7");

  /** The staff nurse who was pushed. */
  static final PartyId NURSE_HARMED = PartyId.of("party-nurse-ward7");

  /** The patient's sister, supporting him. */
  static final PartyId SISTER_SUPPORTING = PartyId.of("party-sister-of-patient");

  /** The trust, holding the organisational obligations. */
  static final PartyId THE_TRUST = PartyId.of("party-trust");

  /** The post that owns the organisational learning action. */
  static final String WARD_MANAGER = "Ward manager";

  /** The post that watches conduct on the ward. */
  static final String NAMED_NURSE = "Named nurse";

  /** The post that monitors the agreement as a whole. */
  static final String RP_LEAD = "Restorative practice lead";

  static final AgreementId WARD_AGREEMENT = AgreementId.of("agr-ward7-001");
  static final MeetingId WARD_CONFERENCE = MeetingId.of("mtg-ward7-conference");
  static final ProcessId CONFERENCE_PROCESS = ProcessId.of("proc-ward7-conference");
  static final QuestionSetRef AGREEMENT_QUESTIONS = QuestionSetRef.of("AGREEMENT_PHASE_ALL", 1);
  static final ActorId FACILITATOR = ActorId.of("actor-facilitator-lead");

  /** The day of the conference. */
  static final LocalDate CONFERENCE_DAY = LocalDate.of(2025, 3, 12);

  /** When the parties signed, at the end of the conference. */
  static final Instant SIGNED_AT = Instant.parse("2025-03-12T15:20:00Z");

  /** When the agreement was written up. */
  static final Instant WRITTEN_UP_AT = Instant.parse("2025-03-12T15:45:00Z");

  /** The day the apology letter is due: two weeks after the conference. */
  static final LocalDate APOLOGY_DUE = LocalDate.of(2025, 3, 26);

  // ---- people agreeing

  /** A party's written, signed and uncoerced agreement at the end of the conference. */
  static PartyAgreement aSignedAgreementBy(PartyId party) {
    return new PartyAgreement.Builder()
        .party(party)
        .agreed(true)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .at(SIGNED_AT)
        .signatureRef("scan-" + party.value())
        .freelyGiven(true)
        .build();
  }

  /** A party who was asked and did not agree. */
  static PartyAgreement aRefusalBy(PartyId party) {
    return new PartyAgreement.Builder().party(party).agreed(false).build();
  }

  // ---- monitoring and confidentiality

  /** The agreement's monitoring: the restorative practice lead reviews it monthly for a quarter. */
  static Monitoring aMonthlyReviewByTheLead() {
    return new Monitoring.Builder()
        .monitor(PartyOrRole.role(RP_LEAD))
        .method(MonitoringMethod.REVIEW_MEETING)
        .addReviewDates(
            LocalDate.of(2025, 4, 12), LocalDate.of(2025, 5, 12), LocalDate.of(2025, 6, 12))
        .build();
  }

  /** The ward's clinical team, as a recipient. */
  static Recipient theWardClinicalTeam() {
    return Recipient.organisation(RecipientType.CLINICAL_TEAM, "Ward 7 clinical team");
  }

  /** Copies to both principals; the clinical team may see it; nothing for the tribunal. */
  static ConfidentialityTerms copiesToBothSharedWithTheClinicalTeam() {
    return new ConfidentialityTerms.Builder()
        .addCopiesTo(NURSE_HARMED, PATIENT_RESPONSIBLE)
        .addMayBeSharedWith(theWardClinicalTeam())
        .note("Not to be included in tribunal reports without both parties' consent.")
        .build();
  }

  // ---- agreements

  /** A draft agreement from the ward conference, signed by the given parties. */
  static OutcomeAgreement anAgreementSignedBy(PartyId... parties) {
    OutcomeAgreement.Builder builder =
        new OutcomeAgreement.Builder()
            .id(WARD_AGREEMENT)
            .meeting(WARD_CONFERENCE)
            .process(CONFERENCE_PROCESS)
            .createdAt(WRITTEN_UP_AT)
            .status(AgreementStatus.AGREED);
    Arrays.stream(parties).forEach(p -> builder.addPartyAgreement(aSignedAgreementBy(p)));
    return builder.build();
  }

  /**
   * The full agreement after the conference on the forensic ward: signed by the nurse and the
   * patient, monitored monthly, shared with the clinical team, with the agreement-phase questions.
   */
  static OutcomeAgreement theWardConferenceAgreement() {
    return new OutcomeAgreement.Builder()
        .id(WARD_AGREEMENT)
        .meeting(WARD_CONFERENCE)
        .process(CONFERENCE_PROCESS)
        .createdAt(WRITTEN_UP_AT)
        .status(AgreementStatus.IN_MONITORING)
        .addPartyAgreements(
            aSignedAgreementBy(NURSE_HARMED), aSignedAgreementBy(PATIENT_RESPONSIBLE))
        .monitoring(aMonthlyReviewByTheLead())
        .confidentiality(copiesToBothSharedWithTheClinicalTeam())
        .questionSet(AGREEMENT_QUESTIONS)
        .notes("Both agreed the medication round was the flashpoint.")
        .build();
  }

  // ---- actions

  /** The patient's written apology to the nurse, due on a day, checked by the named nurse. */
  static Action anApologyLetterDueOn(LocalDate dueOn) {
    return new Action.Builder()
        .id(ActionId.of("act-apology-letter"))
        .agreement(WARD_AGREEMENT)
        .type(ActionType.APOLOGY_WRITTEN)
        .description("Write a letter of apology to the nurse, with help from the OT if wanted.")
        .owner(PartyOrRole.party(PATIENT_RESPONSIBLE))
        .addBeneficiary(NURSE_HARMED)
        .dueOn(dueOn)
        .monitoringMethod(MonitoringMethod.EVIDENCE_PROVIDED)
        .monitor(PartyOrRole.role(NAMED_NURSE))
        .successCriteria("The nurse receives the letter through the facilitator.")
        .build();
  }

  /** The patient's commitment about conduct at the medication hatch, reviewed monthly. */
  static Action aWardCommitmentReviewedMonthly() {
    return new Action.Builder()
        .id(ActionId.of("act-ward-conduct"))
        .agreement(WARD_AGREEMENT)
        .type(ActionType.BEHAVIOURAL_COMMITMENT)
        .description("Wait behind the line at the medication hatch and ask staff if upset.")
        .owner(PartyOrRole.party(PATIENT_RESPONSIBLE))
        .addBeneficiaries(NURSE_HARMED)
        .reviewOn(LocalDate.of(2025, 4, 12))
        .monitoringMethod(MonitoringMethod.WARD_OBSERVATION)
        .monitor(PartyOrRole.role(NAMED_NURSE))
        .build();
  }

  /** The organisational learning action owned by the "Ward manager" role. */
  static Action aLearningActionOwnedByTheWardManager() {
    return new Action.Builder()
        .id(ActionId.of("act-medication-round-staffing"))
        .agreement(WARD_AGREEMENT)
        .type(ActionType.ORGANISATIONAL_LEARNING_ACTION)
        .description("Staff the evening medication round so that no nurse is alone at the hatch.")
        .owner(PartyOrRole.role(WARD_MANAGER))
        .addBeneficiaries(NURSE_HARMED, PATIENT_RESPONSIBLE)
        .dueOn(LocalDate.of(2025, 6, 12))
        .monitoringMethod(MonitoringMethod.ORGANISATIONAL_REPORT)
        .monitor(PartyOrRole.role(RP_LEAD))
        .build();
  }

  /** A payment towards the nurse's broken glasses, signed off as proportionate. */
  static Action aPaymentForTheBrokenGlassesOf(String pounds) {
    return new Action.Builder()
        .id(ActionId.of("act-glasses"))
        .agreement(WARD_AGREEMENT)
        .type(ActionType.FINANCIAL_REPARATION)
        .description("Pay towards new glasses from personal allowance in four instalments.")
        .owner(PartyOrRole.party(PATIENT_RESPONSIBLE))
        .addBeneficiary(NURSE_HARMED)
        .dueOn(LocalDate.of(2025, 7, 1))
        .monitoringMethod(MonitoringMethod.EVIDENCE_PROVIDED)
        .monitor(PartyOrRole.role(WARD_MANAGER))
        .amount(new BigDecimal(pounds))
        .proportionalityCheck(SignOffId.of("signoff-glasses-proportionality"))
        .build();
  }

  /** A change of an action's status, recorded by the facilitator. */
  static StatusChange movedTo(ActionStatus to, Instant at) {
    return new StatusChange.Builder().to(to).at(at).by(FACILITATOR).build();
  }

  /** The apology letter, started and then sent on a moment. */
  static Action anApologyLetterSentAt(Instant sentAt) {
    return anApologyLetterDueOn(APOLOGY_DUE)
        .withStatus(ActionStatus.COMPLETED)
        .withStatusHistory(
            movedTo(ActionStatus.IN_PROGRESS, Instant.parse("2025-03-17T10:00:00Z")),
            movedTo(ActionStatus.COMPLETED, sentAt));
  }

  // ---- evaluations

  /** The nurse's evaluation, offered a week after and answered a fortnight after the conference. */
  static Evaluation theNursesCompletedEvaluation() {
    return new Evaluation.Builder()
        .id(EvaluationId.of("eval-nurse"))
        .party(NURSE_HARMED)
        .roleAtTime(PartyRole.PERSON_HARMED)
        .uptake(EvaluationUptake.COMPLETED)
        .offeredAt(Instant.parse("2025-03-19T09:00:00Z"))
        .completedAt(Instant.parse("2025-03-26T14:00:00Z"))
        .completedProcess(true)
        .satisfaction(Satisfaction.VERY_SATISFIED)
        .wouldRecommend(true)
        .feltAfter(FeltAfter.BETTER)
        .iesRScore(14)
        .proceduralFairness(5)
        .comments("Felt heard for the first time since it happened.")
        .build();
  }

  /** An evaluation of a party that was never offered. */
  static Evaluation anEvaluationNotOfferedTo(PartyId party, PartyRole role) {
    return new Evaluation.Builder()
        .id(EvaluationId.of("eval-" + party.value()))
        .party(party)
        .roleAtTime(role)
        .uptake(EvaluationUptake.NOT_OFFERED)
        .build();
  }

  // ---- helpers for the tests' own checks

  /**
   * The attributes in which two values of the same type differ, by their generated {@code withX}
   * methods, so that a test can show a copy changed exactly one attribute.
   */
  static Set<String> attributesThatDiffer(Object before, Object after) {
    Class<?> type = valueTypeOf(before);
    Class<?> withInterface =
        Arrays.stream(type.getInterfaces())
            .filter(i -> i.getSimpleName().equals("With" + type.getSimpleName()))
            .findFirst()
            .orElseThrow();
    Set<String> differing = new TreeSet<>();
    for (Method with : withInterface.getDeclaredMethods()) {
      String attribute =
          Character.toLowerCase(with.getName().charAt(4)) + with.getName().substring(5);
      try {
        Method accessor = type.getMethod(attribute);
        if (!Objects.equals(accessor.invoke(before), accessor.invoke(after))) {
          differing.add(attribute);
        }
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError("no accessor for " + attribute, e);
      }
    }
    return differing;
  }

  private static Class<?> valueTypeOf(Object value) {
    Class<?> generated = value.getClass();
    return generated.getSimpleName().startsWith("Immutable")
        ? generated.getSuperclass()
        : generated;
  }
}
