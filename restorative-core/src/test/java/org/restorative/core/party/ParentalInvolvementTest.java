package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.SENTINEL_NAME;
import static org.restorative.core.party.PartyFixtures.aMotherInformed;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParentalInvolvementTest {

  @Test
  void a_mother_with_parental_responsibility_is_recorded_as_informed() {
    ParentalInvolvement involvement = aMotherInformed();
    assertThat(involvement.holderOfResponsibility()).contains("mother");
    assertThat(involvement.informed()).isTrue();
    assertThat(involvement.consented()).isFalse();
    assertThat(involvement.recordedOn()).contains(LocalDate.of(2025, 5, 20));
  }

  @Test
  void nobody_is_informed_or_has_consented_until_recorded() {
    ParentalInvolvement nothingYet = new ParentalInvolvement.Builder().build();
    assertThat(nothingYet.informed()).isFalse();
    assertThat(nothingYet.consented()).isFalse();
    assertThat(nothingYet.holderOfResponsibility()).isEmpty();
  }

  @Test
  void the_holder_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aMotherInformed().withHolderOfResponsibility(" "))
        .withMessageContaining("holderOfResponsibility");
  }

  @Test
  void the_holder_is_redacted_from_to_string() {
    ParentalInvolvement involvement = aMotherInformed().withHolderOfResponsibility(SENTINEL_NAME);
    assertThat(involvement.toString()).doesNotContain(SENTINEL_NAME).contains("***");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    ParentalInvolvement original = aMotherInformed();

    ParentalInvolvement father = original.withHolderOfResponsibility("father");
    assertThat(father.holderOfResponsibility()).contains("father");
    onlyThatAttributeChanged(
        original, father, c -> c.withHolderOfResponsibility(original.holderOfResponsibility()));

    ParentalInvolvement notInformed = original.withInformed(false);
    assertThat(notInformed.informed()).isFalse();
    onlyThatAttributeChanged(original, notInformed, c -> c.withInformed(true));

    ParentalInvolvement consented = original.withConsented(true);
    assertThat(consented.consented()).isTrue();
    onlyThatAttributeChanged(original, consented, c -> c.withConsented(false));

    ParentalInvolvement later = original.withRecordedOn(LocalDate.of(2025, 5, 27));
    assertThat(later.recordedOn()).contains(LocalDate.of(2025, 5, 27));
    onlyThatAttributeChanged(original, later, c -> c.withRecordedOn(original.recordedOn()));
  }

  @Test
  void equal_involvements_are_equal_and_share_a_hash_code() {
    assertThat(aMotherInformed()).isEqualTo(aMotherInformed()).hasSameHashCodeAs(aMotherInformed());
    assertThat(aMotherInformed()).isNotEqualTo(aMotherInformed().withConsented(true));
  }
}
