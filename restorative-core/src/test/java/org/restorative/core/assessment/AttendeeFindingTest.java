package org.restorative.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.assessment.AssessmentFixtures.PATIENT;
import static org.restorative.core.assessment.AssessmentFixtures.PATIENTS_SISTER;
import static org.restorative.core.assessment.AssessmentFixtures.SENTINEL;

import org.junit.jupiter.api.Test;

class AttendeeFindingTest {

  private static AttendeeFinding thePatientsFinding() {
    return new AttendeeFinding.Builder()
        .party(PATIENT)
        .riskLevel(RiskLevel.MEDIUM)
        .risks("Agitation when discussing the index offence.")
        .strengths("Acknowledges the assault and wishes to apologise.")
        .build();
  }

  @Test
  void a_supporter_is_assessed_like_a_principal_party() {
    AttendeeFinding sister = AttendeeFinding.of(PATIENTS_SISTER, RiskLevel.LOW);

    assertThat(sister.party()).isEqualTo(PATIENTS_SISTER);
    assertThat(sister.riskLevel()).isEqualTo(RiskLevel.LOW);
    assertThat(sister.risks()).isEmpty();
    assertThat(sister.strengths()).isEmpty();
  }

  @Test
  void a_finding_records_risks_and_strengths() {
    AttendeeFinding finding = thePatientsFinding();

    assertThat(finding.risks()).contains("Agitation when discussing the index offence.");
    assertThat(finding.strengths()).contains("Acknowledges the assault and wishes to apologise.");
  }

  @Test
  void the_risks_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> thePatientsFinding().withRisks(" "))
        .withMessageContaining("risks");
  }

  @Test
  void the_strengths_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> thePatientsFinding().withStrengths(""))
        .withMessageContaining("strengths");
  }

  @Test
  void risks_and_strengths_are_redacted_from_the_printed_form() {
    AttendeeFinding finding =
        thePatientsFinding()
            .withRisks(SENTINEL + " threatened staff last year")
            .withStrengths(SENTINEL + " has a supportive sister");

    assertThat(finding.toString())
        .doesNotContain(SENTINEL)
        .contains("risks=***")
        .contains("strengths=***")
        .contains("MEDIUM");
  }

  @Test
  void a_raised_risk_level_changes_only_the_level() {
    AttendeeFinding original = thePatientsFinding();

    AttendeeFinding raised = original.withRiskLevel(RiskLevel.HIGH);

    assertThat(raised.riskLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(raised).isNotEqualTo(original);
    assertThat(raised.withRiskLevel(RiskLevel.MEDIUM)).isEqualTo(original);
  }

  @Test
  void two_findings_built_alike_are_equal() {
    assertThat(thePatientsFinding())
        .isEqualTo(thePatientsFinding())
        .hasSameHashCodeAs(thePatientsFinding())
        .isNotEqualTo(AttendeeFinding.of(PATIENT, RiskLevel.MEDIUM));
  }
}
