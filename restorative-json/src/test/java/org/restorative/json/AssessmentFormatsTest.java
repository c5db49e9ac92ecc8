package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.json.FormatRoundTrip.assertReadsBack;
import static org.restorative.json.FormatRoundTrip.write;
import static org.restorative.json.OneObjectChanged.assertBothAccept;
import static org.restorative.json.OneObjectChanged.assertBothRefuse;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.PauseDecision;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskAssessmentId;
import org.restorative.core.assessment.RiskDomain;
import org.restorative.core.assessment.RiskLevel;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;
import org.restorative.core.synthetic.SyntheticCases;

class AssessmentFormatsTest {

  private static List<RestorativeCase> cases;

  @BeforeAll
  static void cohort() {
    cases = SyntheticCases.seeded(7L).cohort(300).collect(Collectors.toList());
  }

  @Test
  void riskAssessmentsOfSyntheticCasesRoundTrip() {
    assertRoundTrips(AssessmentFormats.RISK_ASSESSMENT, RestorativeCase::riskAssessments);
  }

  @Test
  void safetyPlansOfSyntheticCasesRoundTrip() {
    assertRoundTrips(AssessmentFormats.SAFETY_PLAN, RestorativeCase::safetyPlans);
  }

  @Test
  void clinicalConsultationsOfSyntheticCasesRoundTrip() {
    assertRoundTrips(AssessmentFormats.CLINICAL_CONSULTATION, RestorativeCase::consultations);
  }

  @Test
  void supervisorSignOffsOfSyntheticCasesRoundTrip() {
    assertRoundTrips(AssessmentFormats.SUPERVISOR_SIGN_OFF, RestorativeCase::signOffs);
  }

  @Test
  void safeguardingConcernsOfSyntheticCasesRoundTrip() {
    assertRoundTrips(AssessmentFormats.SAFEGUARDING_CONCERN, RestorativeCase::safeguardingConcerns);
  }

  @Test
  void aRiskAssessmentWithEveryAttributeRoundTrips() {
    PartyId harmed = PartyId.of("P-1");
    PartyId responsible = PartyId.of("P-2");
    RiskAssessment assessment =
        new RiskAssessment.Builder()
            .id(RiskAssessmentId.of("RA-1"))
            .assessor(FacilitatorId.of("F-1"))
            .startedAt(Instant.parse("2025-03-01T09:00:00Z"))
            .completedAt(Instant.parse("2025-03-10T16:30:00Z"))
            .status(AssessmentStatus.COMPLETED)
            .addProcessTypes(ProcessType.FACE_TO_FACE_CONFERENCE, ProcessType.LETTER_EXCHANGE)
            .addFindings(
                new AttendeeFinding.Builder()
                    .party(harmed)
                    .riskLevel(RiskLevel.MEDIUM)
                    .risks("Anxious about meeting in the ward.")
                    .strengths("Clear about what she wants to say.")
                    .build(),
                AttendeeFinding.of(responsible, RiskLevel.LOW))
            .addDomainsConsidered(
                RiskDomain.HARM_AND_IMPACT, RiskDomain.MENTAL_HEALTH, RiskDomain.SAFEGUARDING)
            .outcome(RiskOutcome.PROCEED_WITH_CONDITIONS)
            .addConditions("Meet off the ward.", "A nurse stays in the room.")
            .reviewBy(LocalDate.parse("2025-04-10"))
            .build();

    String text = write(AssessmentFormats.RISK_ASSESSMENT, assessment);

    assertThat(text)
        .contains(
            "\"assessor\"",
            "\"completedAt\"",
            "\"findings\"",
            "\"risks\"",
            "\"strengths\"",
            "\"domainsConsidered\"",
            "\"outcome\"",
            "\"conditions\"",
            "\"reviewBy\":\"2025-04-10\"");
    assertReadsBack(AssessmentFormats.RISK_ASSESSMENT, assessment, text);
  }

  @Test
  void aSafeguardingConcernWithItsPauseDecisionRoundTrips() {
    SafeguardingConcern concern =
        new SafeguardingConcern.Builder()
            .id(SafeguardingConcernId.of("SG-1"))
            .raisedAt(Instant.parse("2025-03-05T10:00:00Z"))
            .raisedBy(ActorId.of("A-1"))
            .addAbout(PartyId.of("P-1"), PartyId.of("P-4"))
            .referralRef("LA-2025-0042")
            .description("A concern about the home, disclosed in preparation.")
            .pauseDecision(
                new PauseDecision.Builder()
                    .decidedAt(Instant.parse("2025-03-05T15:00:00Z"))
                    .pause(false)
                    .rationale("The enquiry does not touch the restorative work.")
                    .decidedBy(ActorId.of("A-2"))
                    .build())
            .build();

    String text = write(AssessmentFormats.SAFEGUARDING_CONCERN, concern);

    assertThat(text).contains("\"about\":[\"P-1\",\"P-4\"]", "\"pause\":false", "\"rationale\"");
    assertReadsBack(AssessmentFormats.SAFEGUARDING_CONCERN, concern, text);
  }

  @Test
  void declaredPropertiesAreTheAbstractAccessorsOfTheModelTypes() {
    assertMapsEveryAccessor(AssessmentFormats.ATTENDEE_FINDING, AttendeeFinding.class);
    assertMapsEveryAccessor(AssessmentFormats.PAUSE_DECISION, PauseDecision.class);
    assertMapsEveryAccessor(AssessmentFormats.RISK_ASSESSMENT, RiskAssessment.class);
    assertMapsEveryAccessor(AssessmentFormats.SAFETY_PLAN, SafetyPlan.class);
    assertMapsEveryAccessor(AssessmentFormats.CLINICAL_CONSULTATION, ClinicalConsultation.class);
    assertMapsEveryAccessor(AssessmentFormats.SUPERVISOR_SIGN_OFF, SupervisorSignOff.class);
    assertMapsEveryAccessor(AssessmentFormats.SAFEGUARDING_CONCERN, SafeguardingConcern.class);
  }

  @Test
  void freeTextIsMarkedPersonal() {
    assertThat(personal(AssessmentFormats.ATTENDEE_FINDING)).containsExactly("risks", "strengths");
    assertThat(personal(AssessmentFormats.PAUSE_DECISION)).containsExactly("rationale");
    assertThat(personal(AssessmentFormats.RISK_ASSESSMENT)).containsExactly("conditions");
    assertThat(personal(AssessmentFormats.SAFETY_PLAN)).containsExactly("notes");
    assertThat(personal(AssessmentFormats.CLINICAL_CONSULTATION)).containsExactly("notes");
    assertThat(personal(AssessmentFormats.SUPERVISOR_SIGN_OFF)).containsExactly("notes");
    assertThat(personal(AssessmentFormats.SAFEGUARDING_CONCERN)).containsExactly("description");
  }

  private static <T> void assertRoundTrips(
      ObjectFormat<T, ?> format, Function<RestorativeCase, List<T>> values) {
    List<T> all =
        cases.stream().flatMap(c -> values.apply(c).stream()).collect(Collectors.toList());
    assertThat(all).isNotEmpty();
    for (T value : all) {
      assertReadsBack(format, value, write(format, value));
    }
  }

  private static void assertMapsEveryAccessor(ObjectFormat<?, ?> format, Class<?> type) {
    Set<String> accessors =
        Arrays.stream(type.getDeclaredMethods())
            .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
            .map(Method::getName)
            .collect(Collectors.toSet());
    Set<String> declared =
        format.properties().stream().map(ObjectFormat.Property::name).collect(Collectors.toSet());
    assertThat(declared).as(type.getSimpleName()).isEqualTo(accessors);
  }

  private static List<String> personal(ObjectFormat<?, ?> format) {
    return format.properties().stream()
        .filter(ObjectFormat.Property::personal)
        .map(ObjectFormat.Property::name)
        .collect(Collectors.toList());
  }

  @Test
  void aRiskAssessmentHoldsCompletedAtAndOutcomeExactlyWhenCompletedForReaderAndSchema() {
    String golden = "closed-partial.json";
    String at = "/riskAssessments/0";
    assertBothRefuse(golden, at, a -> a.remove("completedAt"));
    assertBothRefuse(golden, at, a -> a.remove("outcome"));
    assertBothRefuse(golden, at, a -> a.put("status", "IN_PROGRESS"));
    assertBothAccept(
        golden, at, a -> a.put("status", "IN_PROGRESS").remove(List.of("completedAt", "outcome")));
  }
}
