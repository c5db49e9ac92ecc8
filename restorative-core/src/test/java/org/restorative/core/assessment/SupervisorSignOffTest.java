package org.restorative.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.assessment.AssessmentFixtures.CASE_SUPERVISOR;
import static org.restorative.core.assessment.AssessmentFixtures.SENTINEL;
import static org.restorative.core.assessment.AssessmentFixtures.aSensitiveCaseSignOff;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupervisorSignOffTest {

  @Test
  void the_case_supervisor_signs_off_a_sensitive_case() {
    SupervisorSignOff signOff = aSensitiveCaseSignOff();

    assertThat(signOff.id()).isEqualTo(SignOffId.of("so-2026-031"));
    assertThat(signOff.supervisor()).isEqualTo(CASE_SUPERVISOR);
    assertThat(signOff.signedAt()).isEqualTo(Instant.parse("2026-03-21T09:00:00Z"));
    assertThat(signOff.subject()).isEqualTo(SignOffSubject.SENSITIVE_CASE_PROCEEDS);
    assertThat(signOff.decision()).isEqualTo(SignOffDecision.APPROVED_WITH_CONDITIONS);
  }

  @Test
  void approval_with_or_without_conditions_is_an_approval() {
    assertThat(aSensitiveCaseSignOff().isApproval()).isTrue();
    assertThat(aSensitiveCaseSignOff().withDecision(SignOffDecision.APPROVED).isApproval())
        .isTrue();
  }

  @Test
  void a_refusal_is_not_an_approval() {
    assertThat(aSensitiveCaseSignOff().withDecision(SignOffDecision.NOT_APPROVED).isApproval())
        .isFalse();
    assertThat(SignOffDecision.NOT_APPROVED.isApproval()).isFalse();
  }

  @Test
  void the_notes_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aSensitiveCaseSignOff().withNotes(" "))
        .withMessageContaining("notes");
  }

  @Test
  void the_notes_are_redacted_from_the_printed_form() {
    SupervisorSignOff signOff =
        aSensitiveCaseSignOff().withNotes(SENTINEL + " has a history of domestic abuse");

    assertThat(signOff.toString())
        .doesNotContain(SENTINEL)
        .contains("notes=***")
        .contains("SENSITIVE_CASE_PROCEEDS");
  }

  @Test
  void a_sign_off_on_another_subject_changes_only_the_subject() {
    SupervisorSignOff original = aSensitiveCaseSignOff();

    SupervisorSignOff other = original.withSubject(SignOffSubject.CO_FACILITATION);

    assertThat(other.subject()).isEqualTo(SignOffSubject.CO_FACILITATION);
    assertThat(other).isNotEqualTo(original);
    assertThat(other.withSubject(SignOffSubject.SENSITIVE_CASE_PROCEEDS)).isEqualTo(original);
  }

  @Test
  void two_sign_offs_built_alike_are_equal() {
    assertThat(aSensitiveCaseSignOff())
        .isEqualTo(aSensitiveCaseSignOff())
        .hasSameHashCodeAs(aSensitiveCaseSignOff());
  }
}
