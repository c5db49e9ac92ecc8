package org.restorative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.Place;

class IdentifierTest {

  private static final String UNPAIRED =
      "PartyId must be valid Unicode text (no unpaired surrogate)";

  @Test
  void an_id_with_a_lone_surrogate_anywhere_is_refused_without_echoing_it() {
    for (String id :
        new String[] {
          "ann-smith\uD800", // high surrogate at the end
          "ann\uD800-smith", // high surrogate followed by a non-surrogate
          "\uDC00ann-smith", // low surrogate with nothing before it
          "ann-smith\uDC00\uD800", // a pair in the wrong order
          "ann\uD83D\uD83D\uDE00smith" // two highs, only the second paired
        }) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PartyId.of(id))
          .withMessage(UNPAIRED)
          .withMessageNotContaining("ann");
    }
  }

  @Test
  void an_id_with_paired_surrogates_or_other_non_ascii_text_is_accepted_and_survives_utf8() {
    for (String id : new String[] {"p-\uD83D\uDE00", "\uD800\uDC00", "zoë-ø-中", "p-1"}) {
      PartyId party = PartyId.of(id);
      String roundTrip =
          new String(party.value().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      assertThat(roundTrip).isEqualTo(id);
    }
  }

  @Test
  void a_text_is_accepted_exactly_when_it_survives_a_utf8_round_trip() {
    // Any char from a small alphabet that includes both surrogate kinds: an id is accepted if and
    // only
    // if encoding it as UTF-8 and decoding it gives it back, i.e. it is valid Unicode text.
    char[] alphabet = {'a', 'z', '7', '\uD83D', '\uDE00', '\uD800', '\uDFFF', 'é'};
    qt().forAll(integers().between(0, Integer.MAX_VALUE), integers().between(1, 8))
        .checkAssert(
            (seed, length) -> {
              StringBuilder text = new StringBuilder("x");
              int s = seed;
              for (int i = 0; i < length; i++) {
                text.append(alphabet[s % alphabet.length]);
                s /= alphabet.length;
              }
              text.append('x');
              String id = text.toString();
              boolean survives =
                  new String(id.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                      .equals(id);
              assertThat(Identifier.hasUnpairedSurrogate(id)).isEqualTo(!survives);
              if (survives) {
                assertThat(PartyId.of(id).value()).isEqualTo(id);
              } else {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> PartyId.of(id))
                    .withMessage(UNPAIRED);
              }
            });
  }

  @Test
  void a_place_code_is_held_to_the_same_rule() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Place.of("leeds/\uDC00home"))
        .withMessage("Place must be valid Unicode text (no unpaired surrogate)")
        .withMessageNotContaining("home");
    assertThat(Place.of("leeds/\uD83D\uDE00").code()).isEqualTo("leeds/\uD83D\uDE00");
  }
}
