package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.harm.HarmFixtures.CO_PATIENT;
import static org.restorative.core.harm.HarmFixtures.NURSE;
import static org.restorative.core.harm.HarmFixtures.PATIENT;
import static org.restorative.core.harm.HarmFixtures.SENTINEL;
import static org.restorative.core.harm.HarmFixtures.aWardSeparationPlan;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactRestrictionTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 4, 30);

  @Test
  void a_ward_separation_plan_protects_the_nurse_from_the_patient() {
    ContactRestriction plan = aWardSeparationPlan();

    assertThat(plan.type()).isEqualTo(ContactRestrictionType.WARD_SEPARATION_PLAN);
    assertThat(plan.protectedParty()).isEqualTo(NURSE);
    assertThat(plan.restrictedParty()).isEqualTo(PATIENT);
    assertThat(plan.source()).contains("Willow ward care plan, separation section");
    assertThat(plan.startsOn()).isEqualTo(FIRST_DAY);
    assertThat(plan.endsOn()).contains(LAST_DAY);
    assertThat(plan.hasPermittedException()).isTrue();
  }

  @Test
  void the_restriction_is_active_on_its_first_and_last_day() {
    ContactRestriction plan = aWardSeparationPlan();

    assertThat(plan.isActiveOn(FIRST_DAY)).isTrue();
    assertThat(plan.isActiveOn(LocalDate.of(2026, 3, 20))).isTrue();
    assertThat(plan.isActiveOn(LAST_DAY)).isTrue();
  }

  @Test
  void the_restriction_is_not_active_before_its_first_day_or_after_its_last_day() {
    ContactRestriction plan = aWardSeparationPlan();

    assertThat(plan.isActiveOn(FIRST_DAY.minusDays(1))).isFalse();
    assertThat(plan.isActiveOn(LAST_DAY.plusDays(1))).isFalse();
  }

  @Test
  void a_restraining_order_without_an_end_stays_active() {
    ContactRestriction order =
        aWardSeparationPlan()
            .withType(ContactRestrictionType.RESTRAINING_ORDER)
            .withEndsOn(Optional.empty());

    assertThat(order.isActiveOn(LocalDate.of(2040, 1, 1))).isTrue();
    assertThat(order.isActiveOn(FIRST_DAY.minusDays(1))).isFalse();
  }

  @Test
  void the_restriction_restricts_contact_in_both_directions() {
    ContactRestriction plan = aWardSeparationPlan();

    assertThat(plan.restricts(NURSE, PATIENT)).isTrue();
    assertThat(plan.restricts(PATIENT, NURSE)).isTrue();
  }

  @Test
  void the_restriction_does_not_restrict_anyone_else() {
    ContactRestriction plan = aWardSeparationPlan();

    assertThat(plan.restricts(NURSE, CO_PATIENT)).isFalse();
    assertThat(plan.restricts(CO_PATIENT, PATIENT)).isFalse();
    assertThat(plan.restricts(NURSE, NURSE)).isFalse();
  }

  @Test
  void a_restriction_without_a_permitted_exception_has_none() {
    ContactRestriction strict = aWardSeparationPlan().withPermittedException(Optional.empty());

    assertThat(strict.hasPermittedException()).isFalse();
  }

  @Test
  void a_person_cannot_be_protected_from_themselves() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aWardSeparationPlan().withRestrictedParty(NURSE))
        .withMessageContaining("restrictedParty")
        .withMessageContaining("protectedParty")
        .withMessageNotContaining(NURSE.value());
  }

  @Test
  void the_last_day_cannot_be_before_the_first_day() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aWardSeparationPlan().withEndsOn(FIRST_DAY.minusDays(1)))
        .withMessageContaining("endsOn")
        .withMessageNotContaining("2026");
  }

  @Test
  void a_restriction_of_one_day_is_allowed() {
    ContactRestriction oneDay = aWardSeparationPlan().withEndsOn(FIRST_DAY);

    assertThat(oneDay.isActiveOn(FIRST_DAY)).isTrue();
    assertThat(oneDay.isActiveOn(FIRST_DAY.plusDays(1))).isFalse();
  }

  @Test
  void the_source_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aWardSeparationPlan().withSource(" "))
        .withMessageContaining("source");
  }

  @Test
  void the_permitted_exception_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aWardSeparationPlan().withPermittedException(""))
        .withMessageContaining("permittedException");
  }

  @Test
  void the_permitted_exception_is_redacted_from_the_printed_form() {
    ContactRestriction plan =
        aWardSeparationPlan().withPermittedException("Letters to " + SENTINEL + " via facilitator");

    assertThat(plan.toString())
        .doesNotContain(SENTINEL)
        .contains("permittedException=***")
        .contains("WARD_SEPARATION_PLAN");
  }

  @Test
  void an_extended_plan_changes_only_its_last_day() {
    ContactRestriction original = aWardSeparationPlan();

    ContactRestriction extended = original.withEndsOn(LocalDate.of(2026, 6, 30));

    assertThat(extended.endsOn()).contains(LocalDate.of(2026, 6, 30));
    assertThat(extended).isNotEqualTo(original);
    assertThat(extended.withEndsOn(LAST_DAY)).isEqualTo(original);
  }

  @Test
  void two_equal_plans_are_equal() {
    assertThat(aWardSeparationPlan())
        .isEqualTo(aWardSeparationPlan())
        .hasSameHashCodeAs(aWardSeparationPlan());
  }
}
