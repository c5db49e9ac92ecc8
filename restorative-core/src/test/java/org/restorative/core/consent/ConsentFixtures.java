package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.Medium;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessType;

/**
 * The consent package's test vocabulary: a detained patient who hit a staff nurse on a forensic
 * ward, the nurse, a supporter, the facilitator who takes their consent and the psychiatrist who
 * assesses the patient's capacity.
 */
final class ConsentFixtures {

  /** A personal text that must never appear in a {@code toString()} or a message. */
  static final String ZEBEDEE = "Zebedee Quince";

  static final PartyId THE_PATIENT = PartyId.of("p-patient");
  static final PartyId THE_NURSE = PartyId.of("p-nurse");
  static final PartyId THE_NURSES_SUPPORTER = PartyId.of("p-supporter");
  static final PartyId A_CHILD = PartyId.of("p-child");

  static final ActorId THE_FACILITATOR = ActorId.of("a-facilitator");
  static final ActorId THE_PSYCHIATRIST = ActorId.of("a-psychiatrist");
  static final ActorId THE_SAFEGUARDING_LEAD = ActorId.of("a-safeguarding-lead");
  static final ProfessionalId THE_INTERPRETER = ProfessionalId.of("pro-interpreter");
  static final MeetingId THE_CONFERENCE = MeetingId.of("m-conference");

  /** When the patient gave consent. */
  static final Instant GIVEN_AT = Instant.parse("2025-03-03T10:00:00Z");

  private ConsentFixtures() {}

  /** A moment the given number of days after consent was given. */
  static Instant daysAfterConsent(int days) {
    return GIVEN_AT.plus(Duration.ofDays(days));
  }

  /** A moment the given number of days before consent was given. */
  static Instant daysBeforeConsent(int days) {
    return GIVEN_AT.minus(Duration.ofDays(days));
  }

  /** The trust's conference leaflet, version 3, covering every topic. */
  static InformationProvided theConferenceLeaflet() {
    return InformationProvided.of("RJ-LEAFLET-CONF", "3", EnumSet.allOf(InformationTopic.class));
  }

  /** The patient's treating clinical team, as a named recipient. */
  static Recipient theClinicalTeam() {
    return Recipient.organisation(RecipientType.CLINICAL_TEAM, "Forensic ward clinical team");
  }

  /** The police, as a named recipient. */
  static Recipient thePolice() {
    return Recipient.organisation(RecipientType.POLICE, "Thames Valley Police");
  }

  /** A voluntariness check confirming the patient does not think leave or tribunal depend on it. */
  static VoluntarinessCheck aConfirmedVoluntarinessCheck() {
    return new VoluntarinessCheck.Builder()
        .checkedAt(GIVEN_AT)
        .confirmed(true)
        .note("Said taking part will not change leave or the tribunal")
        .build();
  }

  /**
   * A builder of the patient's participation consent to the given process type in any medium,
   * obtained by the facilitator at {@link #GIVEN_AT}; status and method are left for the test to
   * set.
   */
  static Consent.Builder aParticipationConsentFor(ProcessType processType) {
    return new Consent.Builder()
        .id(ConsentId.of("c-participation"))
        .party(THE_PATIENT)
        .kind(ConsentKind.PARTICIPATION)
        .participation(ParticipationScope.of(processType))
        .obtainedAt(GIVEN_AT)
        .obtainedBy(THE_FACILITATOR)
        .informationProvided(theConferenceLeaflet())
        .capacityBasis(CapacityBasis.presumed())
        .confidentialityLimitsExplained(true)
        .reviewDueOn(LocalDate.of(2025, 6, 3));
  }

  /** The patient's written participation consent to the given process type, in any medium. */
  static Consent consentGivenFor(ProcessType processType) {
    return aParticipationConsentFor(processType)
        .status(ConsentStatus.GIVEN)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .build();
  }

  /**
   * Written consent of a detained patient to a face-to-face conference, in person, with a confirmed
   * voluntariness check and an interpreter.
   */
  static Consent writtenConsentOfADetainedPatientToAConference() {
    return new Consent.Builder()
        .id(ConsentId.of("c-conference"))
        .party(THE_PATIENT)
        .kind(ConsentKind.PARTICIPATION)
        .participation(ParticipationScope.of(ProcessType.FACE_TO_FACE_CONFERENCE, Medium.IN_PERSON))
        .status(ConsentStatus.GIVEN)
        .obtainedAt(GIVEN_AT)
        .obtainedBy(THE_FACILITATOR)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .informationProvided(theConferenceLeaflet())
        .capacityBasis(CapacityBasis.assessed(CapacityAssessmentId.of("ca-1")))
        .voluntariness(aConfirmedVoluntarinessCheck())
        .confidentialityLimitsExplained(true)
        .interpreter(THE_INTERPRETER)
        .reviewDueOn(LocalDate.of(2025, 6, 3))
        .build();
  }

  /** The patient's consent to share their data with the clinical team for safety and risk work. */
  static Consent dataSharingConsentNamingTheClinicalTeam() {
    return new Consent.Builder()
        .id(ConsentId.of("c-data"))
        .party(THE_PATIENT)
        .kind(ConsentKind.DATA_PROCESSING)
        .sharing(
            new SharingScope.Builder()
                .addRecipient(theClinicalTeam())
                .addRecipient(Recipient.party(THE_NURSE))
                .addPurpose(SharingPurpose.DELIVERING_RESTORATIVE_PROCESS)
                .addPurpose(SharingPurpose.SAFETY_AND_RISK_MANAGEMENT)
                .build())
        .status(ConsentStatus.GIVEN)
        .obtainedAt(GIVEN_AT)
        .obtainedBy(THE_FACILITATOR)
        .method(ConsentMethod.WRITTEN_ELECTRONIC)
        .build();
  }

  /** A reconfirmation in writing the given number of days after consent was given. */
  static Reconfirmation reconfirmedDaysLater(int days) {
    return Reconfirmation.of(daysAfterConsent(days), THE_FACILITATOR, ConsentMethod.WRITTEN_SIGNED);
  }

  /** The patient's withdrawal of the given scope, ten days after consent, with no reason. */
  static Withdrawal aWithdrawalFrom(WithdrawalScope scope) {
    Withdrawal.Builder builder =
        new Withdrawal.Builder()
            .party(THE_PATIENT)
            .at(daysAfterConsent(10))
            .scope(scope)
            .recordedBy(THE_FACILITATOR);
    if (scope == WithdrawalScope.PROCESS_TYPE) {
      builder.processType(ProcessType.FACE_TO_FACE_CONFERENCE);
    }
    if (scope == WithdrawalScope.MEETING) {
      builder.meeting(THE_CONFERENCE);
    }
    return builder.build();
  }

  /** The patient's conference consent, withdrawn ten days after it was given. */
  static Consent aWithdrawnConferenceConsent() {
    return aParticipationConsentFor(ProcessType.FACE_TO_FACE_CONFERENCE)
        .status(ConsentStatus.WITHDRAWN)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .withdrawal(aWithdrawalFrom(WithdrawalScope.PROCESS_TYPE))
        .build();
  }

  /** The decision "take part in a face-to-face conference with the nurse and her supporter". */
  static CapacityDecision theDecisionToMeetTheNurse() {
    return new CapacityDecision.Builder()
        .description("Take part in a conference with the nurse and her supporter")
        .processType(ProcessType.FACE_TO_FACE_CONFERENCE)
        .addCounterparty(THE_NURSE)
        .addCounterparty(THE_NURSES_SUPPORTER)
        .build();
  }

  /** A functional test on which the given limbs failed and the others were passed. */
  static FunctionalTest aFunctionalTestFailing(FunctionalLimb... failed) {
    EnumSet<FunctionalLimb> failedLimbs = EnumSet.noneOf(FunctionalLimb.class);
    failedLimbs.addAll(List.of(failed));
    FunctionalTest.Builder builder = new FunctionalTest.Builder();
    builder.understand(findingFor(FunctionalLimb.UNDERSTAND, failedLimbs));
    builder.retain(findingFor(FunctionalLimb.RETAIN, failedLimbs));
    builder.useOrWeigh(findingFor(FunctionalLimb.USE_OR_WEIGH, failedLimbs));
    builder.communicate(findingFor(FunctionalLimb.COMMUNICATE, failedLimbs));
    return builder.build();
  }

  private static LimbFinding findingFor(FunctionalLimb limb, EnumSet<FunctionalLimb> failed) {
    return failed.contains(limb)
        ? LimbFinding.of(Ability.UNABLE, "Could not " + limb + " after help")
        : LimbFinding.of(Ability.ABLE, "Explained it back in own words");
  }

  /**
   * A capacity assessment of the patient for the decision to meet the nurse, with the given
   * outcome: all four limbs passed for {@code HAS_CAPACITY}, "use or weigh" failed because of an
   * identified impairment otherwise.
   */
  static CapacityAssessment aCapacityAssessmentFinding(CapacityOutcome outcome) {
    boolean lacks = outcome == CapacityOutcome.LACKS_CAPACITY;
    CapacityAssessment.Builder builder =
        new CapacityAssessment.Builder()
            .id(CapacityAssessmentId.of("ca-1"))
            .party(THE_PATIENT)
            .decision(theDecisionToMeetTheNurse())
            .assessedAt(daysBeforeConsent(1))
            .assessor(THE_PSYCHIATRIST)
            .reasonForDoubt("Acute psychotic episode last month")
            .addPracticableStep(
                PracticableStep.of(PracticableStepType.SIMPLE_LANGUAGE, "Easy read"))
            .addPracticableStep(PracticableStep.of(PracticableStepType.TIMING))
            .relevantInformationProvided(true)
            .functional(
                lacks
                    ? aFunctionalTestFailing(FunctionalLimb.USE_OR_WEIGH)
                    : aFunctionalTestFailing())
            .outcome(outcome)
            .fluctuating(true)
            .reassessBy(LocalDate.of(2025, 4, 1))
            .notBasedSolelyOnStatus(true)
            .testOrder(TestOrder.FUNCTIONAL_FIRST);
    if (lacks) {
      builder
          .impairmentIdentified(true)
          .impairment("Psychotic disorder, acute phase")
          .causalLinkEstablished(true)
          .causalLinkRationale("Could not weigh the risks because of persecutory beliefs");
    } else {
      builder.impairmentIdentified(false);
    }
    return builder.build();
  }

  /** A Gillick competence assessment of a 14-year-old for a conference, with the given outcome. */
  static CompetenceAssessment aGillickAssessment(CompetenceOutcome outcome) {
    boolean competent = outcome == CompetenceOutcome.COMPETENT;
    return new CompetenceAssessment.Builder()
        .id(CompetenceAssessmentId.of("cg-1"))
        .party(A_CHILD)
        .assessedAt(daysBeforeConsent(2))
        .assessor(THE_FACILITATOR)
        .processType(ProcessType.FACE_TO_FACE_CONFERENCE)
        .understandsIssues(competent)
        .understandsRisksAndOptions(competent)
        .canGiveReasons(competent)
        .maturityConsidered(true)
        .outcome(outcome)
        .notes("Explained what might happen in the room")
        .build();
  }

  /** The facilitator's disclosure of the patient's risk information to the nurse, under consent. */
  static Disclosure aDisclosureUnderConsent() {
    return new Disclosure.Builder()
        .id(DisclosureId.of("d-1"))
        .subject(THE_PATIENT)
        .recipient(Recipient.party(THE_NURSE))
        .disclosedAt(daysAfterConsent(3))
        .by(THE_FACILITATOR)
        .medium(Medium.IN_PERSON)
        .addItem(DisclosedItem.RISK_INFORMATION)
        .purpose(SharingPurpose.SAFETY_AND_RISK_MANAGEMENT)
        .consent(ConsentId.of("c-data"))
        .justification("Only what the nurse needs to feel safe in the room")
        .build();
  }

  /**
   * A disclosure of the patient's identity and narrative to the police on the given lawful basis.
   */
  static Disclosure aDisclosureOnLawfulBasis(LawfulBasisType type) {
    return new Disclosure.Builder()
        .id(DisclosureId.of("d-2"))
        .subject(THE_PATIENT)
        .recipient(thePolice())
        .disclosedAt(daysAfterConsent(4))
        .by(THE_SAFEGUARDING_LEAD)
        .medium(Medium.WRITTEN)
        .addItem(DisclosedItem.IDENTITY)
        .addItem(DisclosedItem.NARRATIVE)
        .purpose(SharingPurpose.SAFEGUARDING)
        .lawfulBasis(LawfulBasis.of(type, "Crime and Disorder Act 1998 s115"))
        .fromMinimumDataset(true)
        .build();
  }

  /**
   * Asserts that a copy differs from the original in exactly one attribute: the named one changed,
   * and every other attribute is equal.
   */
  static <T> void assertOnlyChanged(Class<T> type, T original, T copy, String attribute) {
    List<String> attributes = attributesOf(copy);
    assertThat(attributes).as("attributes of %s", type.getSimpleName()).contains(attribute);
    for (String name : attributes) {
      Object before = read(type, original, name);
      Object after = read(type, copy, name);
      if (name.equals(attribute)) {
        assertThat(after).as(name).isNotEqualTo(before);
      } else {
        assertThat(after).as(name).isEqualTo(before);
      }
    }
  }

  private static List<String> attributesOf(Object value) {
    List<String> names = new ArrayList<>();
    for (Field field : value.getClass().getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
        names.add(field.getName());
      }
    }
    return names;
  }

  private static Object read(Class<?> type, Object value, String attribute) {
    try {
      return type.getMethod(attribute).invoke(value);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new AssertionError("no accessor " + attribute, e);
    } catch (InvocationTargetException e) {
      throw new AssertionError("accessor " + attribute + " failed", e.getCause());
    }
  }

  /**
   * Asserts that building is rejected with a message that names the attribute and contains none of
   * the given texts (the offending values).
   */
  static void assertRejected(ThrowingCallable build, String attribute, String... offendingValues) {
    assertThatIllegalArgumentException()
        .isThrownBy(build)
        .withMessageContaining(attribute)
        .satisfies(
            e -> {
              for (String value : offendingValues) {
                assertThat(e.getMessage()).doesNotContain(value);
              }
            });
  }
}
