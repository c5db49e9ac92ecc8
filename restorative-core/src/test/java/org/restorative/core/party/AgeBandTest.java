package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

  private static final LocalDate BORN = LocalDate.of(2009, 7, 10);

  @Test
  void the_day_before_the_16th_birthday_is_still_a_child() {
    assertThat(AgeBand.at(BORN, LocalDate.of(2025, 7, 9))).isEqualTo(AgeBand.CHILD_UNDER_16);
  }

  @Test
  void on_the_16th_birthday_a_child_becomes_a_young_person() {
    assertThat(AgeBand.at(BORN, LocalDate.of(2025, 7, 10))).isEqualTo(AgeBand.YOUNG_PERSON_16_17);
  }

  @Test
  void the_day_before_the_18th_birthday_is_still_a_young_person() {
    assertThat(AgeBand.at(BORN, LocalDate.of(2027, 7, 9))).isEqualTo(AgeBand.YOUNG_PERSON_16_17);
  }

  @Test
  void on_the_18th_birthday_a_young_person_becomes_an_adult() {
    assertThat(AgeBand.at(BORN, LocalDate.of(2027, 7, 10))).isEqualTo(AgeBand.ADULT);
  }

  @Test
  void a_newborn_is_a_child() {
    assertThat(AgeBand.at(BORN, BORN)).isEqualTo(AgeBand.CHILD_UNDER_16);
  }

  @Test
  void a_leap_day_baby_turns_16_on_the_leap_day_of_a_leap_year() {
    LocalDate leapDay = LocalDate.of(2008, 2, 29);
    assertThat(AgeBand.at(leapDay, LocalDate.of(2024, 2, 28))).isEqualTo(AgeBand.CHILD_UNDER_16);
    assertThat(AgeBand.at(leapDay, LocalDate.of(2024, 2, 29)))
        .isEqualTo(AgeBand.YOUNG_PERSON_16_17);
  }

  @Test
  void a_leap_day_baby_turns_18_on_the_first_of_march_of_a_common_year() {
    LocalDate leapDay = LocalDate.of(2008, 2, 29);
    assertThat(AgeBand.at(leapDay, LocalDate.of(2026, 2, 28)))
        .isEqualTo(AgeBand.YOUNG_PERSON_16_17);
    assertThat(AgeBand.at(leapDay, LocalDate.of(2026, 3, 1))).isEqualTo(AgeBand.ADULT);
  }

  @Test
  void a_day_before_birth_has_no_band_and_the_message_does_not_leak_the_date_of_birth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgeBand.at(BORN, BORN.minusDays(1)))
        .withMessageContaining("dateOfBirth")
        .withMessageNotContaining("2009")
        .withMessageNotContaining("2009-07-10");
  }

  @Test
  void the_mental_capacity_act_applies_from_16() {
    assertThat(AgeBand.CHILD_UNDER_16.usesMentalCapacityAct()).isFalse();
    assertThat(AgeBand.YOUNG_PERSON_16_17.usesMentalCapacityAct()).isTrue();
    assertThat(AgeBand.ADULT.usesMentalCapacityAct()).isTrue();
  }

  @Test
  void gillick_competence_applies_under_16_only() {
    assertThat(AgeBand.CHILD_UNDER_16.usesGillickCompetence()).isTrue();
    assertThat(AgeBand.YOUNG_PERSON_16_17.usesGillickCompetence()).isFalse();
    assertThat(AgeBand.ADULT.usesGillickCompetence()).isFalse();
  }

  @Test
  void children_and_young_people_are_under_18() {
    assertThat(AgeBand.CHILD_UNDER_16.isUnder18()).isTrue();
    assertThat(AgeBand.YOUNG_PERSON_16_17.isUnder18()).isTrue();
    assertThat(AgeBand.ADULT.isUnder18()).isFalse();
  }
}
