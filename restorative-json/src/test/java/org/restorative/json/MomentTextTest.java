package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Moments are written and read without the general formatter and parser: the text is the one {@link
 * Instant#toString} gives, and reads back as the same instant, over the format's whole range and
 * every length of fraction.
 */
class MomentTextTest {

  @Test
  void a_moment_is_written_as_instant_writes_it_and_read_back_the_same() {
    qt().withFixedSeed(20261207L)
        .withExamples(20_000)
        .forAll(
            longs().between(Codecs.EARLIEST.getEpochSecond(), Codecs.LATEST.getEpochSecond()),
            integers().between(0, 999_999_999),
            integers().between(0, 3))
        .checkAssert(
            (seconds, nanos, precision) -> {
              int kept =
                  switch (precision) {
                    case 0 -> 0;
                    case 1 -> nanos / 1_000_000 * 1_000_000;
                    case 2 -> nanos / 1_000 * 1_000;
                    default -> nanos;
                  };
              Instant moment = Instant.ofEpochSecond(seconds, kept);
              String text = Codecs.momentText(moment);
              assertThat(text).isEqualTo(moment.toString());
              assertThat(Codecs.plainMoment(text)).isEqualTo(moment);
            });
  }

  @Test
  void the_first_and_last_moments_of_the_format_are_written_as_instant_writes_them() {
    for (Instant moment :
        new Instant[] {
          Codecs.EARLIEST,
          Codecs.LATEST,
          Instant.parse("1970-01-01T00:00:00Z"),
          Instant.parse("1969-12-31T23:59:59.999Z"),
          Instant.parse("2024-02-29T12:00:00.000001Z")
        }) {
      assertThat(Codecs.momentText(moment)).isEqualTo(moment.toString());
    }
  }
}
