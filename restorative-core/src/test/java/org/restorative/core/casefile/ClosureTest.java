package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.casefile.CaseFixtures.CLOSED_AT;
import static org.restorative.core.casefile.CaseFixtures.CLOSURE_SUMMARY;
import static org.restorative.core.casefile.CaseFixtures.aClosureAs;
import static org.restorative.core.casefile.CaseFixtures.assertRejected;
import static org.restorative.core.casefile.CaseFixtures.attributesThatDiffer;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosureTest {

  // Building

  @Test
  void a_case_closed_as_not_proceeding_records_when_why_and_a_summary() {
    Closure closure = aClosureAs(Stage.CLOSED_NOT_PROCEEDING);
    assertThat(closure.closedAt()).isEqualTo(CLOSED_AT);
    assertThat(closure.notProceedingReason())
        .contains(NotProceedingReason.CLINICAL_CONTRAINDICATION);
    assertThat(closure.summary()).contains(CLOSURE_SUMMARY);
  }

  @Test
  void a_completed_case_has_no_not_proceeding_reason() {
    assertThat(aClosureAs(Stage.CLOSED_COMPLETED).notProceedingReason()).isEmpty();
  }

  @Test
  void a_case_closed_because_a_party_withdrew_needs_neither_a_reason_nor_a_summary() {
    Closure withdrawn = new Closure.Builder().closedAt(CLOSED_AT).build();
    assertThat(withdrawn.notProceedingReason()).isEmpty();
    assertThat(withdrawn.summary()).isEmpty();
  }

  // Checks

  @Test
  void a_summary_must_not_be_blank_when_given() {
    assertRejected(() -> aClosureAs(Stage.CLOSED_PARTIAL).withSummary(" "), "closure summary");
    assertRejected(() -> aClosureAs(Stage.CLOSED_PARTIAL).withSummary(""), "closure summary");
  }

  // Copies and equality

  @Test
  void recording_the_reason_changes_only_the_reason() {
    Closure closure = aClosureAs(Stage.CLOSED_NOT_PROCEEDING);
    Closure corrected = closure.withNotProceedingReason(NotProceedingReason.RISK_UNMANAGEABLE);
    assertThat(attributesThatDiffer(Closure.class, closure, corrected))
        .containsExactly("notProceedingReason");
  }

  @Test
  void removing_the_summary_changes_only_the_summary() {
    Closure closure = aClosureAs(Stage.CLOSED_COMPLETED);
    Closure bare = closure.withSummary(Optional.empty());
    assertThat(attributesThatDiffer(Closure.class, closure, bare)).containsExactly("summary");
  }

  @Test
  void equal_closures_are_equal_and_hash_alike() {
    Closure one = aClosureAs(Stage.CLOSED_NOT_PROCEEDING);
    Closure other = aClosureAs(Stage.CLOSED_NOT_PROCEEDING);
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(aClosureAs(Stage.CLOSED_COMPLETED));
  }

  // Redaction

  @Test
  void the_summary_is_never_printed() {
    String printed = aClosureAs(Stage.CLOSED_NOT_PROCEEDING).toString();
    assertThat(printed)
        .doesNotContain(CLOSURE_SUMMARY)
        .contains("***")
        .contains("CLINICAL_CONTRAINDICATION");
  }

  // Reasons

  @Test
  void the_not_proceeding_reasons_are_the_codes_of_the_brief() {
    assertThat(Arrays.stream(NotProceedingReason.values()).map(NotProceedingReason::name))
        .containsExactly(
            "NO_ACKNOWLEDGEMENT",
            "HARMED_DECLINED",
            "RESPONSIBLE_DECLINED",
            "RISK_UNMANAGEABLE",
            "NOT_IN_INTERESTS_OF_PARTIES",
            "LACKS_CAPACITY_NOT_EXPECTED_TO_REGAIN",
            "CONTACT_PROHIBITED",
            "CLINICAL_CONTRAINDICATION",
            "PARTY_UNCONTACTABLE",
            "PARTY_DECEASED",
            "LEGAL_PROCEEDINGS_CONFLICT",
            "SAFEGUARDING",
            "SERVICE_CAPACITY",
            "OUT_OF_SCOPE",
            "DUPLICATE");
  }

  @Test
  void working_with_one_party_is_a_process_type_not_a_reason_for_not_proceeding() {
    assertThat(Arrays.stream(NotProceedingReason.values()).map(NotProceedingReason::name))
        .noneMatch(name -> name.contains("SINGLE_PARTY"));
  }
}
