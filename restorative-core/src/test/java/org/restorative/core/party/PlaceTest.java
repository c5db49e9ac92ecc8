package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PlaceTest {

  @Test
  void a_place_contains_itself_and_the_places_within_it() {
    Place town = Place.of("leeds/ls6");
    assertThat(town.contains(Place.of("leeds/ls6"))).isTrue();
    assertThat(town.contains(Place.of("leeds/ls6/community-centre"))).isTrue();
  }

  @Test
  void a_place_does_not_contain_a_wider_place_or_a_neighbour_that_shares_its_start() {
    Place town = Place.of("leeds/ls6");
    assertThat(town.contains(Place.of("leeds"))).isFalse();
    assertThat(town.contains(Place.of("leeds/ls60"))).isFalse();
    assertThat(town.contains(Place.of("york/ls6"))).isFalse();
  }

  @Test
  void a_place_with_an_empty_segment_or_no_text_is_refused_without_echoing_it() {
    assertThatIllegalArgumentException().isThrownBy(() -> Place.of(" "));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Place.of("leeds//home-of-x"))
        .withMessageNotContaining("home-of-x");
    assertThatIllegalArgumentException().isThrownBy(() -> Place.of("/leeds"));
    assertThatIllegalArgumentException().isThrownBy(() -> Place.of("leeds/"));
  }

  @Test
  void a_place_is_never_printed() {
    assertThat(Place.of("leeds/12-acacia-avenue").toString()).doesNotContain("acacia");
  }

  @Test
  void equal_codes_make_equal_places() {
    assertThat(Place.of("leeds/ls6"))
        .isEqualTo(Place.of("leeds/ls6"))
        .hasSameHashCodeAs(Place.of("leeds/ls6"));
  }
}
