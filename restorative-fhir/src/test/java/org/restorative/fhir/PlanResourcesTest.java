package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.fhir.FhirFixtures.all;
import static org.restorative.fhir.FhirFixtures.readBack;

import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.outcome.ActionStatus;

class PlanResourcesTest {

  private static RestorativeCase first(Predicate<RestorativeCase> holds) {
    return FhirFixtures.cohort().stream()
        .filter(holds)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the cohort holds no such case"));
  }

  @Test
  void risk_assessments_come_back_equal_with_their_findings() {
    RestorativeCase c =
        first(x -> x.riskAssessments().stream().anyMatch(r -> !r.findings().isEmpty()));

    assertThat(readBack(c).riskAssessments()).isEqualTo(c.riskAssessments());
    assertThat(all(FhirBundles.collection(c), RiskAssessment.class))
        .hasSameSizeAs(c.riskAssessments());
  }

  @Test
  void safety_plans_and_agreements_come_back_as_carried() {
    RestorativeCase c = first(x -> !x.safetyPlans().isEmpty() && !x.agreements().isEmpty());
    RestorativeCase back = readBack(c);

    assertThat(back.safetyPlans()).isEqualTo(Carried.view(c).safetyPlans()).isNotEmpty();
    assertThat(back.agreements()).isEqualTo(Carried.view(c).agreements()).isNotEmpty();
    assertThat(all(FhirBundles.collection(c), CarePlan.class))
        .hasSize(c.safetyPlans().size() + c.agreements().size());
  }

  @Test
  void actions_come_back_with_owner_due_date_and_status_history() {
    RestorativeCase c =
        first(x -> x.actions().stream().anyMatch(a -> !a.statusHistory().isEmpty()));

    assertThat(readBack(c).actions()).isEqualTo(Carried.view(c).actions());
    Task task = all(FhirBundles.collection(c), Task.class).get(0);
    assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.PLAN);
    assertThat(task.getBusinessStatus().getCodingFirstRep().getSystem())
        .isEqualTo(CodeSystems.url(ActionStatus.class));
    assertThat(task.getBasedOnFirstRep().getIdentifier().getValue())
        .isEqualTo(c.actions().get(0).agreement().value());
  }

  @Test
  void an_action_without_its_agreement_reports_the_missing_element() {
    RestorativeCase c = first(x -> !x.actions().isEmpty());
    Bundle bundle = FhirBundles.collection(c);
    all(bundle, Task.class).get(0).getBasedOn().clear();

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("FHIR_MISSING_ELEMENT /actions/0/agreement");
  }

  @Test
  void a_risk_assessment_with_an_unknown_risk_level_reports_it_without_the_code() {
    RestorativeCase c =
        first(x -> x.riskAssessments().stream().anyMatch(r -> !r.findings().isEmpty()));
    int index = 0;
    while (c.riskAssessments().get(index).findings().isEmpty()) {
      index++;
    }
    Bundle bundle = FhirBundles.collection(c);
    all(bundle, RiskAssessment.class)
        .get(index)
        .getPredictionFirstRep()
        .getQualitativeRisk()
        .getCodingFirstRep()
        .setCode("SECRET_LEVEL");

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("FHIR_UNKNOWN_CODE /riskAssessments/" + index + "/findings/0/riskLevel");
    assertThat(read.problems()).noneMatch(p -> p.message().contains("SECRET"));
  }
}
