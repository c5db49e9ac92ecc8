package org.restorative.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.privacy.PrivacyFixtures.LONDON;
import static org.restorative.core.privacy.PrivacyFixtures.aCompletedCase;
import static org.restorative.core.privacy.PrivacyFixtures.theTrustsKey;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.DutyOfCandourGrade;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.SeverityScale;

/**
 * A trust's own severity grade is the trust's label, free text: shared views keep its scale and
 * drop (or redact) its grade and scale name, while a grade on a national scale, a code, is kept.
 */
class LocalSeverityGradeTest {

  private static final String SENTINEL = "Zq7Sentinel";

  private static RestorativeCase gradedOn(HarmSeverity severity) {
    RestorativeCase c = aCompletedCase();
    return c.withHarms(c.harms().stream().map(h -> h.withSeverity(severity)).toList());
  }

  private static final RestorativeCase LOCAL =
      gradedOn(HarmSeverity.local(SENTINEL + " scale", SENTINEL + " grade"));

  @Test
  void a_pseudonymised_harm_keeps_a_local_scale_but_not_its_grade_or_name() {
    PseudonymisedCase pseudonymised =
        Pseudonymiser.keyed(theTrustsKey()).pseudonymise(LOCAL, LONDON);

    assertThat(pseudonymised.harms())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.severityScale()).contains(SeverityScale.LOCAL))
        .allSatisfy(h -> assertThat(h.severityGrade()).isEmpty());
    assertThat(PrivacyFixtures.allStrings(pseudonymised)).noneMatch(s -> s.contains(SENTINEL));
    assertThat(pseudonymised.toString()).doesNotContain(SENTINEL);
  }

  @Test
  void a_pseudonymised_harm_keeps_a_national_grade_as_its_code() {
    RestorativeCase national = gradedOn(HarmSeverity.dutyOfCandour(DutyOfCandourGrade.MODERATE));

    PseudonymisedCase pseudonymised =
        Pseudonymiser.keyed(theTrustsKey()).pseudonymise(national, LONDON);

    assertThat(pseudonymised.harms())
        .allSatisfy(
            h -> assertThat(h.severityScale()).contains(SeverityScale.DUTY_OF_CANDOUR_REG20))
        .allSatisfy(h -> assertThat(h.severityGrade()).contains("MODERATE"));
  }

  @Test
  void a_redacted_case_marks_a_local_grade_and_scale_name_and_keeps_a_national_grade() {
    RestorativeCase redacted = RedactedView.redactedCopyOf(LOCAL);
    RestorativeCase national = gradedOn(HarmSeverity.dutyOfCandour(DutyOfCandourGrade.MODERATE));

    assertThat(redacted.harms())
        .allSatisfy(
            h ->
                assertThat(h.severity())
                    .contains(HarmSeverity.local(RedactedView.REDACTED, RedactedView.REDACTED)));
    assertThat(PrivacyFixtures.allStrings(redacted)).noneMatch(s -> s.contains(SENTINEL));
    assertThat(RedactedView.redactedCopyOf(national).harms())
        .extracting(h -> h.severity().flatMap(HarmSeverity::dutyOfCandourGrade))
        .containsOnly(Optional.of(DutyOfCandourGrade.MODERATE));
  }

  @Test
  void the_grade_is_classed_for_its_worst_case_free_text() {
    assertThat(FieldSensitivity.of(HarmSeverity.class, "grade")).isEqualTo(Sensitivity.PERSONAL);
    assertThat(FieldSensitivity.of(HarmSeverity.class, "localScale"))
        .isEqualTo(Sensitivity.PERSONAL);
  }
}
