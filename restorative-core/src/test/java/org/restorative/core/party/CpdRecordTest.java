package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.cpd;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CpdRecordTest {

  @Test
  void a_year_of_cpd_records_its_hours_and_the_rjc_approved_part() {
    CpdRecord record = cpd(2024, "12.5", "6.5");
    assertThat(record.year()).isEqualTo(2024);
    assertThat(record.hours()).isEqualByComparingTo("12.5");
    assertThat(record.rjcApprovedHours()).isEqualByComparingTo("6.5");
  }

  @Test
  void a_year_without_cpd_has_zero_hours() {
    CpdRecord none = cpd(2020, "0", "0");
    assertThat(none.hours()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void all_hours_may_be_rjc_approved() {
    assertThat(cpd(2024, "16", "16.0").rjcApprovedHours()).isEqualByComparingTo("16");
  }

  @Test
  void the_year_must_be_a_plausible_calendar_year_and_the_message_does_not_repeat_it() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> cpd(1899, "6", "3"))
        .withMessageContaining("year")
        .withMessageNotContaining("1899");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> cpd(10000, "6", "3"))
        .withMessageContaining("year")
        .withMessageNotContaining("10000");
    assertThat(cpd(1900, "6", "3").year()).isEqualTo(1900);
    assertThat(cpd(9999, "6", "3").year()).isEqualTo(9999);
  }

  @Test
  void hours_cannot_be_negative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> cpd(2024, "-1.5", "0"))
        .withMessageContaining("hours")
        .withMessageNotContaining("1.5");
  }

  @Test
  void rjc_approved_hours_cannot_be_negative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> cpd(2024, "6", "-0.5"))
        .withMessageContaining("rjcApprovedHours")
        .withMessageNotContaining("0.5");
  }

  @Test
  void rjc_approved_hours_cannot_exceed_the_hours_done() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> cpd(2024, "6", "7.25"))
        .withMessageContaining("rjcApprovedHours")
        .withMessageNotContaining("7.25");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    CpdRecord original = cpd(2024, "12.5", "6.5");

    CpdRecord nextYear = original.withYear(2025);
    assertThat(nextYear.year()).isEqualTo(2025);
    onlyThatAttributeChanged(original, nextYear, c -> c.withYear(original.year()));

    CpdRecord more = original.withHours(new BigDecimal("14"));
    assertThat(more.hours()).isEqualByComparingTo("14");
    onlyThatAttributeChanged(original, more, c -> c.withHours(original.hours()));

    CpdRecord fewerApproved = original.withRjcApprovedHours(new BigDecimal("3"));
    assertThat(fewerApproved.rjcApprovedHours()).isEqualByComparingTo("3");
    onlyThatAttributeChanged(
        original, fewerApproved, c -> c.withRjcApprovedHours(original.rjcApprovedHours()));
  }

  @Test
  void equal_records_are_equal_and_share_a_hash_code() {
    assertThat(cpd(2024, "12.5", "6.5"))
        .isEqualTo(cpd(2024, "12.5", "6.5"))
        .hasSameHashCodeAs(cpd(2024, "12.5", "6.5"));
    assertThat(cpd(2024, "12.5", "6.5")).isNotEqualTo(cpd(2023, "12.5", "6.5"));
  }
}
