package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ActionTypeTest {

  @Test
  void the_action_types_are_those_of_the_brief() {
    assertThat(Arrays.stream(ActionType.values()).map(Enum::name))
        .containsExactly(
            "APOLOGY_VERBAL",
            "APOLOGY_WRITTEN",
            "EXPLANATION_OR_ANSWERS",
            "PRACTICAL_REPARATION",
            "FINANCIAL_REPARATION",
            "BEHAVIOURAL_COMMITMENT",
            "CONTACT_ARRANGEMENT",
            "SUPPORT_FOR_HARMED",
            "ORGANISATIONAL_LEARNING_ACTION",
            "INFORMATION_PROVISION",
            "COMMUNITY_OR_WARD_ACTION",
            "REVIEW_MEETING",
            "ENGAGEMENT_WITH_SUPPORT_OR_TREATMENT",
            "OTHER");
  }

  @Test
  void money_treatment_and_contact_always_need_a_proportionality_check() {
    assertThat(Arrays.stream(ActionType.values()).filter(ActionType::needsProportionalityCheck))
        .containsExactlyInAnyOrder(
            ActionType.FINANCIAL_REPARATION,
            ActionType.ENGAGEMENT_WITH_SUPPORT_OR_TREATMENT,
            ActionType.CONTACT_ARRANGEMENT);
  }

  @Test
  void an_apology_needs_no_proportionality_check_by_its_type() {
    assertThat(ActionType.APOLOGY_WRITTEN.needsProportionalityCheck()).isFalse();
    assertThat(ActionType.ORGANISATIONAL_LEARNING_ACTION.needsProportionalityCheck()).isFalse();
  }

  @Test
  void monitoring_methods_include_ward_observation_and_organisational_reports() {
    assertThat(MonitoringMethod.values())
        .containsExactly(
            MonitoringMethod.CHECK_IN_WITH_PARTIES,
            MonitoringMethod.REVIEW_MEETING,
            MonitoringMethod.EVIDENCE_PROVIDED,
            MonitoringMethod.WARD_OBSERVATION,
            MonitoringMethod.ORGANISATIONAL_REPORT,
            MonitoringMethod.OTHER);
  }
}
