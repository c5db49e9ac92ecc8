package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.party.PartyId;

/** The checks that values make on themselves when built: each refuses what it must, by name. */
class ValueChecksTest {

  private static final Rule.Check NOTHING = context -> List.of();

  private static Rule.Definition definition() {
    return Rule.define(StandardCode.INTERPRETER_INDEPENDENT)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source("Standard 1")
        .meaning("An interpreter is independent.");
  }

  @Test
  void aRuleAppliesFromAMainLineStageAndHasASourceAndAMeaning() {
    assertThatThrownBy(() -> definition().appliesFrom(Stage.PAUSED).check(NOTHING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule appliesFrom must be a main-line stage");
    assertThatThrownBy(() -> definition().source(" ").check(NOTHING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule source must not be blank");
    assertThatThrownBy(() -> definition().meaning(" ").check(NOTHING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule meaning must not be blank");
    assertThatThrownBy(() -> definition().check(NOTHING).withLimitations(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule limitations must not be blank");
    assertThat(definition().check(NOTHING).withLimitations("Reads dates only.").limitations())
        .isEqualTo("Reads dates only.");
  }

  @Test
  void rulesAreEqualExactlyWhenCodeSeverityStageSourceMeaningAndKindAreEqual() {
    Rule rule = definition().check(NOTHING);
    Rule same = definition().check(context -> List.of(Finding.at("", "Always.")));
    assertThat(rule).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(rule).isNotEqualTo("INTERPRETER_INDEPENDENT");
    assertThat(rule)
        .isNotEqualTo(
            Rule.define(StandardCode.ADJUSTMENTS_IN_PLACE)
                .severity(Severity.ERROR)
                .appliesFrom(Stage.PREPARATION)
                .source("Standard 1")
                .meaning("An interpreter is independent.")
                .check(NOTHING));
    assertThat(rule).isNotEqualTo(rule.withSeverity(Severity.WARNING));
    assertThat(rule).isNotEqualTo(definition().appliesFrom(Stage.ASSESSMENT).check(NOTHING));
    assertThat(rule).isNotEqualTo(definition().source("Standard 2").check(NOTHING));
    assertThat(rule).isNotEqualTo(definition().meaning("Something else.").check(NOTHING));
    assertThat(rule).isNotEqualTo(rule.asGuarantee());
    assertThat(rule.hashCode()).isNotEqualTo(rule.withSeverity(Severity.WARNING).hashCode());
    assertThat(rule).hasToString("Rule{INTERPRETER_INDEPENDENT, ERROR, from PREPARATION}");
  }

  @Test
  void aViolationHasACodeAPointerAMessageAndASource() {
    Violation violation =
        Violation.of(StandardCode.INTERPRETER_INDEPENDENT, Severity.ERROR, "/parties/0", "M.", "S");
    assertThat(violation.is(StandardCode.INTERPRETER_INDEPENDENT)).isTrue();
    assertThatThrownBy(
            () ->
                Violation.of(
                    StandardCode.INTERPRETER_INDEPENDENT, Severity.ERROR, "parties", "M.", "S"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violation path must be a JSON Pointer");
    assertThatThrownBy(
            () ->
                Violation.of(
                    StandardCode.INTERPRETER_INDEPENDENT, Severity.ERROR, "/parties", " ", "S"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violation message must not be blank");
    assertThatThrownBy(
            () ->
                Violation.of(
                    StandardCode.INTERPRETER_INDEPENDENT, Severity.ERROR, "/parties", "M.", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violation source must not be blank");
  }

  @Test
  void aFindingHasAPointerAndAMessage() {
    assertThat(Finding.at("", "Whole case.").path()).isEmpty();
    assertThatThrownBy(() -> Finding.at("parties", "M."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("finding path must be a JSON Pointer");
    assertThatThrownBy(() -> Finding.advisory("/parties", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("finding message must not be blank");
  }

  @Test
  void aMoveHasATargetOrAWithdrawalAndANoteIsNotBlank() {
    assertThatThrownBy(() -> new Move.Builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a move needs a target stage or a withdrawal");
    assertThatThrownBy(() -> new Move.Builder().target(Stage.ASSESSMENT).note(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("move note must not be blank");
  }

  @Test
  void aPolicyRefusesEachNegativeSettingAndAcceptsZero() {
    assertThatThrownBy(
            () -> new Policy.Builder().consentReconfirmationWindow(Duration.ofDays(-1)).build())
        .hasMessage("consentReconfirmationWindow must not be negative");
    assertThatThrownBy(
            () -> new Policy.Builder().capacityReassessmentWindow(Duration.ofDays(-1)).build())
        .hasMessage("capacityReassessmentWindow must not be negative");
    assertThatThrownBy(() -> new Policy.Builder().supervisionInterval(Period.ofDays(-1)).build())
        .hasMessage("supervisionInterval must not be negative");
    assertThatThrownBy(
            () -> new Policy.Builder().observedPracticeInterval(Period.ofDays(-1)).build())
        .hasMessage("observedPracticeInterval must not be negative");
    assertThatThrownBy(
            () ->
                new Policy.Builder().proportionalityAmountThreshold(BigDecimal.valueOf(-1)).build())
        .hasMessage("proportionalityAmountThreshold must not be negative");
    assertThatThrownBy(() -> new Policy.Builder().proportionalityHoursThreshold(-1).build())
        .hasMessage("proportionalityHoursThreshold must not be negative");
    assertThatThrownBy(
            () -> new Policy.Builder().proportionalityDurationThreshold(Period.ofDays(-1)).build())
        .hasMessage("proportionalityDurationThreshold must not be negative");
    Policy zero =
        new Policy.Builder()
            .proportionalityAmountThreshold(BigDecimal.ZERO)
            .proportionalityHoursThreshold(0)
            .build();
    assertThat(zero.proportionalityAmountThreshold()).contains(BigDecimal.ZERO);
    assertThat(zero.proportionalityHoursThreshold()).contains(0);
  }

  @Test
  void aRecipientNamesAPartyOrAnOrganisationNeverBoth() {
    assertThatThrownBy(
            () ->
                new Recipient.Builder()
                    .type(RecipientType.PARTY)
                    .party(PartyId.of("p-1"))
                    .organisation("Ward team")
                    .build())
        .hasMessage("recipient organisation must be set exactly when type is not PARTY");
    assertThatThrownBy(() -> new Recipient.Builder().type(RecipientType.POLICE).build())
        .hasMessage("recipient organisation must be set exactly when type is not PARTY");
    assertThat(
            new Recipient.Builder()
                .type(RecipientType.PARTY)
                .party(PartyId.of("p-1"))
                .build()
                .organisation())
        .isEqualTo(Optional.empty());
  }

  @Test
  void identifiersPrintTheirText() {
    assertThat(ConsentId.of("c-1")).hasToString("c-1");
    assertThat(DisclosureId.of("d-1")).hasToString("d-1");
    assertThat(EventId.of("e-1")).hasToString("e-1");
    assertThat(CapacityAssessmentId.of("ca-1")).hasToString("ca-1");
    assertThat(CompetenceAssessmentId.of("co-1")).hasToString("co-1");
  }

  @Test
  void theBriefNumbersItsFiftyFiveRulesAndNothingElse() {
    assertThat(StandardCode.values()[0].number()).isEqualTo(1);
    assertThat(StandardCode.SAFEGUARDING_CONCERN_PAUSES.number())
        .isEqualTo(StandardCode.SAFEGUARDING_CONCERN_PAUSES.ordinal() + 1);
    assertThat(
            StandardCode.values()[StandardCode.SAFEGUARDING_CONCERN_PAUSES.ordinal() + 1].number())
        .isZero();
  }

  @Test
  void safetyAndParticipantFactoriesBuildTheirRules() {
    List<Rule> safety =
        List.of(
            SafetyRules.riskAssessedBeforeDirectContact(),
            SafetyRules.riskAssessedBeforeAnyMessageIsDelivered(),
            SafetyRules.riskReviewedAfterAChange(),
            SafetyRules.safetyPlanForEveryDirectMeeting(),
            SafetyRules.sensitiveCasesAreEscalated(),
            SafetyRules.treatingTeamConsultedBeforeMeeting());
    assertThat(safety)
        .extracting(Rule::code)
        .containsExactly(
            StandardCode.RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT,
            StandardCode.RISK_ASSESSMENT_FOR_INDIRECT,
            StandardCode.RISK_REVIEWED_AFTER_CHANGE,
            StandardCode.SAFETY_PLAN_FOR_DIRECT_MEETING,
            StandardCode.SENSITIVE_CASE_ESCALATION,
            StandardCode.CLINICAL_TEAM_CONSULTED);
    assertThat(SafetyRules.rules()).containsAll(safety);
    List<Rule> participants =
        List.of(
            ParticipantRules.supporterComesWithTheirPrincipal(),
            ParticipantRules.supportersAreAssessedAndConsented(),
            ParticipantRules.supportersAgreedWithTheOtherSide(),
            ParticipantRules.adjustmentsArrangedForEveryNeed(),
            ParticipantRules.interpretersAreIndependent());
    assertThat(participants)
        .extracting(Rule::code)
        .containsExactly(
            StandardCode.SUPPORTER_LINKED_TO_PARTY,
            StandardCode.SUPPORTER_ASSESSED_AND_CONSENTED,
            StandardCode.SUPPORTER_AGREED_IN_PREPARATION,
            StandardCode.ADJUSTMENTS_IN_PLACE,
            StandardCode.INTERPRETER_INDEPENDENT);
    assertThat(ParticipantRules.rules()).containsAll(participants);
  }
}
