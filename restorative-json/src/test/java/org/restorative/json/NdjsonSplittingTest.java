package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The splitting of an NDJSON stream into lines: the same lines, numbered the same, whatever the
 * lengths of the lines and however the stream hands over its bytes.
 */
class NdjsonSplittingTest {

  /** Bytes a newline search could mistake for a newline, or miss one among. */
  private static final byte[] ALPHABET = {
    '\n',
    '\r',
    'a',
    '{',
    0x0B,
    0x09,
    0x00,
    (byte) 0x8A,
    (byte) 0x0A ^ 0x01,
    (byte) 0xFF,
    (byte) 0xE2
  };

  @Test
  void the_newline_found_is_the_first_one_a_byte_by_byte_search_finds() {
    qt().withFixedSeed(20261207L)
        .withExamples(2_000)
        .forAll(
            lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 80),
            integers().between(0, 80),
            integers().between(0, 80))
        .checkAssert(
            (letters, a, b) -> {
              byte[] bytes = new byte[letters.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = ALPHABET[letters.get(i)];
              }
              int from = Math.min(Math.min(a, b), bytes.length);
              int to = Math.min(Math.max(a, b), bytes.length);
              int expected = -1;
              for (int i = from; i < to && expected < 0; i++) {
                if (bytes[i] == '\n') {
                  expected = i;
                }
              }
              assertThat(NdjsonReader.newline(bytes, from, to)).isEqualTo(expected);
            });
  }

  @Test
  void lines_are_split_as_the_newlines_divide_the_bytes_however_the_stream_hands_them_over() {
    // Lines up to three times the reader's first buffer, so that lines cross the ends of reads,
    // are moved to the start of the buffer and make it grow; reads of 1 byte to 100 kB.
    qt().withFixedSeed(20261207L)
        .withExamples(60)
        .forAll(
            lists().of(integers().between(0, 200_000)).ofSizeBetween(0, 12),
            longs().all(),
            integers().between(0, 1))
        .checkAssert(
            (lengths, seed, ended) -> {
              Random random = new Random(seed);
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              for (int k = 0; k < lengths.size(); k++) {
                // Most lines short, some long: the length drawn is cut down at random.
                int length = random.nextInt(4) == 0 ? lengths.get(k) : lengths.get(k) % 300;
                for (int i = 0; i < length; i++) {
                  byte b = ALPHABET[1 + random.nextInt(ALPHABET.length - 1)];
                  out.write(b);
                }
                if (k < lengths.size() - 1 || ended == 1) {
                  out.write('\n');
                }
              }
              byte[] bytes = out.toByteArray();
              List<byte[]> expected = splitOnNewlines(bytes);

              List<NdjsonReader.RawLine> split = new ArrayList<>();
              try (NdjsonReader reader =
                  CaseJson.strict().readNdjson(new Trickle(bytes, new Random(seed + 1)))) {
                for (Optional<NdjsonReader.RawLine> raw = reader.nextRaw();
                    raw.isPresent();
                    raw = reader.nextRaw()) {
                  split.add(raw.get());
                }
              } catch (IOException e) {
                throw new AssertionError(e);
              }

              assertThat(split).hasSameSizeAs(expected);
              for (int k = 0; k < split.size(); k++) {
                assertThat(split.get(k).number()).isEqualTo(k + 1L);
                assertThat(split.get(k).tooLong()).isFalse();
                assertThat(Arrays.equals(split.get(k).bytes(), expected.get(k)))
                    .as("line %d", k + 1)
                    .isTrue();
              }
            });
  }

  @Test
  void a_line_longer_than_any_document_can_be_is_skipped_without_its_bytes_and_the_next_is_read()
      throws IOException {
    RestorativeCase c = SyntheticCases.seeded(7).caseNumber(0);
    long tooMany = CaseJson.MAX_DOCUMENT_LENGTH * 4L + 5;
    InputStream stream =
        new SequenceInputStream(
            new Repeated((byte) 'x', tooMany),
            new ByteArrayInputStream(
                ("\n" + CaseJson.strict().writeLine(c)).getBytes(StandardCharsets.UTF_8)));

    try (NdjsonReader reader = CaseJson.strict().readNdjson(stream)) {
      NdjsonReader.RawLine first = reader.nextRaw().orElseThrow();
      assertThat(first.tooLong()).isTrue();
      assertThat(first.bytes()).isEmpty();
      assertThat(NdjsonReader.read(CaseJson.strict(), first).orElseThrow().result().errors())
          .extracting(v -> v.code())
          .containsExactly(ProblemCode.JSON_LIMIT_EXCEEDED.name());

      NdjsonReader.Line second = reader.next();
      assertThat(second.number()).isEqualTo(2L);
      assertThat(second.result().restorativeCase()).contains(c);
      assertThat(reader.hasNext()).isFalse();
    }
  }

  private static List<byte[]> splitOnNewlines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return lines;
  }

  /** A stream that hands over its bytes a few at a time, as a pipe or a socket may. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final Random random;
    private int position;

    Trickle(byte[] bytes, Random random) {
      this.bytes = bytes;
      this.random = random;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position == bytes.length) {
        return -1;
      }
      int most = random.nextInt(3) == 0 ? 1 + random.nextInt(16) : 1 + random.nextInt(100_000);
      int n = Math.min(Math.min(len, most), bytes.length - position);
      System.arraycopy(bytes, position, b, off, n);
      position += n;
      return n;
    }
  }

  /** One byte, a given number of times, without holding them. */
  private static final class Repeated extends InputStream {
    private final byte value;
    private long left;

    Repeated(byte value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }
}
