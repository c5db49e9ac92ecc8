package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * {@link NdjsonReader#forEachInOrder}: on any number of threads, the same lines, cases and problems
 * as the sequential reader, in input order; exceptions where the sequential loop would meet them;
 * no thread left behind.
 */
class InOrderReadingTest {

  private static final int[] THREADS = {1, 2, 8};

  /**
   * A cohort as NDJSON with hostile lines mixed in: a byte-order mark, broken JSON, blank and
   * whitespace lines, bytes that are not UTF-8, a line over the length limit, CRLF line ends,
   * records of the wrong structure, and no newline at the end.
   */
  static byte[] mixedCohort(int cases, long seed) {
    List<RestorativeCase> cohort = SyntheticCases.seeded(seed).cohort(cases).toList();
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    for (int i = 0; i < cohort.size(); i++) {
      String line = CaseJson.strict().writeLine(cohort.get(i));
      switch (random.nextInt(12)) {
        case 0 -> out.writeBytes(utf8(line.substring(0, line.length() / 2) + "\n"));
        case 1 -> out.writeBytes(utf8("\n   \t\n"));
        case 2 -> {
          out.writeBytes(utf8("{\"format\": \"restorative-case\", \"x\": \""));
          out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
          out.writeBytes(utf8("\"}\n"));
        }
        case 3 -> out.writeBytes(utf8(line + "\r\n"));
        case 4 -> out.writeBytes(utf8("{\"format\": \"restorative-case\", \"version\": 1}\n"));
        default -> {}
      }
      out.writeBytes(utf8(line + "\n"));
    }
    out.writeBytes(utf8("x".repeat(CaseJson.MAX_DOCUMENT_LENGTH + 1) + "\n"));
    out.writeBytes(utf8(CaseJson.strict().writeLine(cohort.get(0))));
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static NdjsonReader reader(byte[] bytes) {
    return CaseJson.strict().readNdjson(new ByteArrayInputStream(bytes));
  }

  private static List<NdjsonReader.Line> sequential(byte[] bytes) throws IOException {
    try (NdjsonReader lines = reader(bytes)) {
      return lines.stream().toList();
    }
  }

  private static List<Thread> workers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(InOrderReading.THREAD_NAME) && t.isAlive())
        .toList();
  }

  @AfterEach
  void no_worker_thread_is_left_behind() {
    assertThat(workers()).isEmpty();
  }

  @Test
  void on_any_number_of_threads_the_lines_cases_and_problems_are_those_of_the_sequential_reader()
      throws IOException {
    byte[] bytes = mixedCohort(400, 11);
    List<NdjsonReader.Line> expected = sequential(bytes);
    assertThat(expected).hasSizeGreaterThan(400);
    assertThat(expected)
        .extracting(line -> line.result().isRead())
        .contains(true, false); // both kinds are there
    for (int threads : THREADS) {
      List<NdjsonReader.Line> read = new ArrayList<>();
      List<String> workedOn = Collections.synchronizedList(new ArrayList<>());
      try (NdjsonReader lines = reader(bytes)) {
        lines.forEachInOrder(
            threads,
            line -> {
              workedOn.add(Thread.currentThread().getName());
              return line;
            },
            read::add);
      }
      assertThat(read).as("%d threads", threads).isEqualTo(expected);
      assertThat(workedOn).hasSameSizeAs(expected);
      if (threads == 1) {
        assertThat(workedOn).containsOnly(Thread.currentThread().getName());
      } else {
        assertThat(workedOn).allMatch(name -> name.startsWith(InOrderReading.THREAD_NAME));
      }
      assertThat(workers()).isEmpty();
    }
  }

  @Test
  void the_lines_already_read_ahead_by_has_next_are_handed_on_first() throws IOException {
    byte[] bytes = mixedCohort(60, 12);
    List<NdjsonReader.Line> expected = sequential(bytes);
    for (int threads : THREADS) {
      List<NdjsonReader.Line> read = new ArrayList<>();
      try (NdjsonReader lines = reader(bytes)) {
        read.add(lines.next());
        assertThat(lines.hasNext()).isTrue();
        lines.forEachInOrder(threads, line -> line, read::add);
        assertThat(lines.hasNext()).isFalse();
      }
      assertThat(read).as("%d threads", threads).isEqualTo(expected);
    }
  }

  /** Thrown by a test's {@code work} on the chosen line. */
  static final class Planted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Planted() {
      super("planted failure");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void an_exception_in_work_on_line_k_arrives_after_every_earlier_line_and_before_any_later_one(
      int threads) throws IOException {
    byte[] bytes = mixedCohort(300, 13);
    List<NdjsonReader.Line> expected = sequential(bytes);
    long k = expected.get(150).number();
    Planted planted = new Planted();
    List<Long> handed = new ArrayList<>();
    try (NdjsonReader lines = reader(bytes)) {
      assertThatThrownBy(
              () ->
                  lines.forEachInOrder(
                      threads,
                      line -> {
                        if (line.number() == k) {
                          throw planted;
                        }
                        return line.number();
                      },
                      handed::add))
          .isSameAs(planted);
    }
    assertThat(handed)
        .isEqualTo(expected.subList(0, 150).stream().map(NdjsonReader.Line::number).toList());
    assertThat(workers()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void an_exception_in_in_order_stops_the_reading_at_once(int threads) throws IOException {
    byte[] bytes = mixedCohort(300, 14);
    IllegalStateException stop = new IllegalStateException("stop");
    AtomicLong workedOn = new AtomicLong();
    List<Long> handed = new ArrayList<>();
    try (NdjsonReader lines = reader(bytes)) {
      assertThatThrownBy(
              () ->
                  lines.forEachInOrder(
                      threads,
                      line -> {
                        workedOn.incrementAndGet();
                        return line.number();
                      },
                      number -> {
                        handed.add(number);
                        if (handed.size() == 3) {
                          throw stop;
                        }
                      }))
          .isSameAs(stop);
    }
    assertThat(handed).hasSize(3);
    long afterwards = workedOn.get();
    assertThat(afterwards).isLessThanOrEqualTo(3L + threads * InOrderReading.LINES_PER_THREAD);
    assertThat(workers()).isEmpty();
    assertThat(workedOn.get()).as("no work after the call").isEqualTo(afterwards);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void closing_the_reader_from_in_order_stops_the_reading_quietly(int threads) throws IOException {
    byte[] bytes = mixedCohort(300, 15);
    List<Long> handed = new ArrayList<>();
    NdjsonReader lines = reader(bytes);
    lines.forEachInOrder(
        threads,
        NdjsonReader.Line::number,
        number -> {
          handed.add(number);
          if (handed.size() == 5) {
            try {
              lines.close();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    assertThat(handed).hasSize(5);
    assertThat(workers()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void a_stream_that_fails_is_reported_after_every_line_read_before_it(int threads) {
    byte[] bytes = mixedCohort(120, 16);
    int failAt = bytes.length / 2;
    List<Long> handed = new ArrayList<>();
    List<Long> expected = new ArrayList<>();
    try (NdjsonReader lines =
        CaseJson.strict().readNdjson(new FailingAfter(new ByteArrayInputStream(bytes), failAt))) {
      assertThatThrownBy(() -> lines.forEachRemaining(line -> expected.add(line.number())))
          .isInstanceOf(UncheckedIOException.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (NdjsonReader lines =
        CaseJson.strict().readNdjson(new FailingAfter(new ByteArrayInputStream(bytes), failAt))) {
      assertThatThrownBy(
              () -> lines.forEachInOrder(threads, NdjsonReader.Line::number, handed::add))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("planted read failure");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(expected).isNotEmpty();
    assertThat(handed).isEqualTo(expected);
  }

  @Test
  void no_more_than_the_window_of_lines_is_read_ahead_of_the_line_handed_on() throws IOException {
    int lineLength = 1_000;
    String line = "{\"n\": \"" + "y".repeat(lineLength - 10) + "\"}\n";
    assertThat(line).hasSize(lineLength);
    byte[] bytes = utf8(line.repeat(6_000));
    for (int threads : new int[] {2, 8}) {
      Counting in = new Counting(new ByteArrayInputStream(bytes));
      List<Long> handed = new ArrayList<>();
      long window = (long) threads * InOrderReading.LINES_PER_THREAD;
      try (NdjsonReader lines = CaseJson.strict().readNdjson(in)) {
        lines.forEachInOrder(
            threads,
            NdjsonReader.Line::number,
            number -> {
              // The lines split so far fit in the window, plus what the reader's buffer holds.
              assertThat(in.read.get())
                  .isLessThanOrEqualTo((number + window) * lineLength + 65_536);
              handed.add(number);
            });
      }
      assertThat(handed).hasSize(6_000);
    }
  }

  @Test
  void the_calling_thread_interrupted_while_it_waits_stops_the_reading_and_keeps_its_status()
      throws IOException {
    byte[] bytes = mixedCohort(50, 17);
    try (NdjsonReader lines = reader(bytes)) {
      Thread.currentThread().interrupt();
      assertThatThrownBy(() -> lines.forEachInOrder(2, NdjsonReader.Line::number, n -> {}))
          .isInstanceOf(CancellationException.class);
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void fewer_than_one_thread_is_refused() throws IOException {
    try (NdjsonReader lines = reader(utf8("{}\n"))) {
      assertThatThrownBy(() -> lines.forEachInOrder(0, line -> line, line -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("threads must be at least 1");
    }
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {
    final AtomicLong read = new AtomicLong();

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        read.addAndGet(n);
      }
      return n;
    }
  }

  /** Fails once a given number of bytes has been read. */
  private static final class FailingAfter extends FilterInputStream {
    private long left;

    FailingAfter(InputStream in, long bytes) {
      super(in);
      this.left = bytes;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException("planted read failure");
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
