package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.cli.CommandFixtures.EXCEPTION;
import static org.restorative.cli.CommandFixtures.SENTINEL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.RuleSet;
import org.restorative.core.rules.Violation;
import org.restorative.json.CaseJson;
import org.restorative.json.NdjsonReader;
import org.restorative.json.ReadResult;

/**
 * Every input of the hostile corpus, through the library — strict and lenient reading, NDJSON
 * reading, read-and-check — and through {@code validate}, {@code stats}, {@code export} and {@code
 * pseudonymise}: no exception and no exit code 3, no stack trace, the planted sentinel in no
 * problem, no output and no file written, what the library reads writes and reads back equal, the
 * exit code of the README's table, and the counts of records checked, counted and written equal to
 * the records the corpus says can be read, with the summary saying how many could not.
 */
class HostileInputsTest {

  private static final byte[] KEY =
      "hostile-corpus-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  static Stream<HostileCorpus.Input> inputs() {
    return HostileCorpus.inputs().stream();
  }

  @Test
  void the_corpus_holds_at_least_a_hundred_named_inputs_of_both_kinds() {
    List<HostileCorpus.Input> inputs = HostileCorpus.inputs();

    assertThat(inputs).hasSizeGreaterThanOrEqualTo(100);
    assertThat(inputs).filteredOn(HostileCorpus.Input::ndjson).hasSizeGreaterThanOrEqualTo(20);
    assertThat(inputs).filteredOn(i -> i.expected().read() > 0).isNotEmpty();
    assertThat(inputs).filteredOn(i -> i.expected().refused() > 0).hasSizeGreaterThanOrEqualTo(100);
  }

  /**
   * What the library makes of an input: records read and refused, and whether any read breaks a
   * rule.
   */
  record Library(long read, long refused, boolean ruleErrors) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void the_library_reads_the_input_as_the_corpus_says_without_leaking_or_changing_it(
      HostileCorpus.Input input) {
    Library library = library(input);

    assertThat(new long[] {library.read(), library.refused()})
        .as("%s: records read and refused", input.name())
        .containsExactly(input.expected().read(), input.expected().refused());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void every_command_answers_the_input_with_its_exit_code_its_counts_and_no_leak(
      HostileCorpus.Input input) throws IOException {
    Library library = library(input);
    Path file = Files.write(dir.resolve(input.plainName()), input.bytes());
    Path key = Files.write(dir.resolve("research.key"), KEY);
    Path csv = dir.resolve("csv");
    Path pseudonymised = dir.resolve("pseudonymised.ndjson");
    long read = input.expected().read();
    long refused = input.expected().refused();
    int readingExit = refused > 0 ? 2 : 0;
    String notRead = refused > 0 ? "; " + refused + " could not be read" : "";

    Run validate = Run.of("validate", file.toString());
    answered(input, "validate", validate, refused > 0 ? 2 : library.ruleErrors() ? 1 : 0);
    bounded(input, "validate", validate);
    assertThat(validate.err)
        .as(input.name())
        .contains(
            "restorative validate: " + read + (read == 1 ? " case" : " cases") + " checked as of ")
        .contains(refused > 0 ? notRead : "restorative validate: ");
    if (refused == 0) {
      assertThat(validate.err).as(input.name()).doesNotContain("could not be read");
    }

    Run stats = Run.of("stats", file.toString());
    answered(input, "stats", stats, readingExit);
    bounded(input, "stats", stats);
    assertThat(stats.err)
        .as(input.name())
        .contains(
            "restorative stats: " + read + (read == 1 ? " case" : " cases") + " counted" + notRead);

    Run export = Run.of("export", "--csv", csv.toString(), file.toString());
    answered(input, "export", export, readingExit);
    bounded(input, "export", export, filesUnder(csv).toArray(Path[]::new));
    assertThat(export.err)
        .as(input.name())
        .contains("restorative export: " + read + (read == 1 ? " case" : " cases") + " written to ")
        .contains(refused > 0 ? notRead : "restorative export: ");
    if (Files.exists(csv.resolve("cases.csv"))) {
      assertThat(Files.readAllLines(csv.resolve("cases.csv"), StandardCharsets.UTF_8))
          .as(input.name() + ": cases.csv, header and one row a case")
          .hasSize((int) read + 1);
    }
    for (Path written : filesUnder(csv)) {
      assertThat(Files.readString(written, StandardCharsets.UTF_8))
          .as(input.name() + ": " + written.getFileName())
          .doesNotContain(SENTINEL);
    }

    Run pseudonymise =
        Run.of(
            "pseudonymise",
            "--key-file",
            key.toString(),
            "--output",
            pseudonymised.toString(),
            file.toString());
    answered(input, "pseudonymise", pseudonymise, readingExit);
    bounded(input, "pseudonymise", pseudonymise, pseudonymised);
    assertThat(pseudonymise.err)
        .as(input.name())
        .contains(
            "restorative pseudonymise: "
                + read
                + (read == 1 ? " case" : " cases")
                + " written"
                + " to "
                + pseudonymised
                + notRead);
    if (Files.exists(pseudonymised)) {
      String text = Files.readString(pseudonymised, StandardCharsets.UTF_8);
      assertThat(text).as(input.name() + ": the pseudonymised output").doesNotContain(SENTINEL);
      assertThat(text.lines().count()).as(input.name() + ": pseudonymised lines").isEqualTo(read);
    }

    Path bundles = dir.resolve("bundles.ndjson");
    Run fhir = Run.of("fhir", "--output", bundles.toString(), file.toString());
    answered(input, "fhir", fhir, readingExit);
    assertThat(fhir.err)
        .as(input.name())
        .contains(
            "restorative fhir: "
                + read
                + (read == 1 ? " Bundle" : " Bundles")
                + " written to "
                + bundles
                + "; ");
    if (Files.exists(bundles)) {
      assertThat(Files.readString(bundles, StandardCharsets.UTF_8).lines().count())
          .as(input.name() + ": Bundles")
          .isEqualTo(read);
    }
  }

  /**
   * Output is bounded by its input: at most {@link #OUTPUT_PER_INPUT_BYTE} bytes for each byte
   * read, above a fixed allowance for what any run writes (the data dictionary, the metrics' text,
   * the summary lines). A problem line of about a hundred bytes can stand for two bytes of input
   * (an element of an array), and reading stops listing problems at {@code CaseJson.MAX_PROBLEMS} a
   * record, so the multiple is fixed; an amount or a moment is written as read, never expanded.
   * Over the corpus the most written, past the allowance, is about 5 bytes a byte read.
   */
  static void bounded(HostileCorpus.Input input, String command, Run run, Path... written)
      throws IOException {
    long out = run.outBytes.length + run.err.getBytes(StandardCharsets.UTF_8).length;
    for (Path file : written) {
      if (Files.exists(file)) {
        out += Files.size(file);
      }
    }
    long allowed = OUTPUT_ALLOWANCE + OUTPUT_PER_INPUT_BYTE * (long) input.bytes().length;
    assertThat(out)
        .as("%s through %s: bytes written for %d read", input.name(), command, input.bytes().length)
        .isLessThanOrEqualTo(allowed);
  }

  /** What any run may write whatever its input: the data dictionary, metrics, summaries. */
  static final long OUTPUT_ALLOWANCE = 64 * 1024;

  /** Bytes written for each byte read, at most. */
  static final long OUTPUT_PER_INPUT_BYTE = 8;

  /** No exit code 3, no stack trace, no sentinel, and the expected exit code. */
  static void answered(HostileCorpus.Input input, String command, Run run, int exitCode) {
    String printed = run.out() + run.err;
    String as = input.name() + " through " + command + ": " + abbreviated(run.err);
    assertThat(printed).as(as).doesNotContainPattern(EXCEPTION);
    assertThat(printed)
        .as(as)
        .doesNotContain("\tat ")
        .doesNotContain("internal error")
        .doesNotContain(SENTINEL);
    assertThat(run.exitCode).as(as).isNotEqualTo(3).isEqualTo(exitCode);
  }

  private static String abbreviated(String text) {
    return text.length() > 2_000
        ? text.substring(0, 1_000) + " ... " + text.substring(text.length() - 1_000)
        : text;
  }

  private static List<Path> filesUnder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  /**
   * Runs the input through the library: strict and lenient reading (of a document, or of NDJSON
   * line by line) and read-and-check, asserting no exception escapes, no problem holds the
   * sentinel, and every case read writes and reads back equal.
   */
  static Library library(HostileCorpus.Input input) {
    return LIBRARY.computeIfAbsent(input.name(), name -> readThroughTheLibrary(input));
  }

  /** Each input's reading, done once for both tests. */
  private static final java.util.Map<String, Library> LIBRARY =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Library readThroughTheLibrary(HostileCorpus.Input input) {
    List<ReadResult> strict = new ArrayList<>();
    List<ReadResult> lenient = new ArrayList<>();
    if (input.ndjson()) {
      strict.addAll(ndjson(CaseJson.strict(), input.bytes()));
      lenient.addAll(ndjson(CaseJson.lenient(), input.bytes()));
    } else {
      strict.add(CaseJson.strict().read(input.bytes()));
      lenient.add(CaseJson.lenient().read(input.bytes()));
      ReadResult checked =
          CaseJson.strict()
              .readAndCheck(
                  new String(input.bytes(), StandardCharsets.UTF_8),
                  RuleSet.standard(),
                  Policy.standard(),
                  Run.NOW);
      noSentinel(input, checked);
    }
    long read = 0;
    long refused = 0;
    boolean ruleErrors = false;
    for (ReadResult result : strict) {
      noSentinel(input, result);
      if (result.isRead()) {
        read++;
        RestorativeCase c = result.restorativeCase().get();
        roundTrip(input, c);
        ruleErrors |= RuleSet.standard().check(c, Policy.standard(), Run.NOW).hasErrors();
      } else {
        refused++;
      }
    }
    for (ReadResult result : lenient) {
      noSentinel(input, result);
      result.restorativeCase().ifPresent(c -> roundTrip(input, c));
    }
    return new Library(read, refused, ruleErrors);
  }

  private static List<ReadResult> ndjson(CaseJson json, byte[] bytes) {
    List<ReadResult> results = new ArrayList<>();
    try (NdjsonReader lines = json.readNdjson(new ByteArrayInputStream(bytes))) {
      lines.forEachRemaining(line -> results.add(line.result()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return results;
  }

  private static void noSentinel(HostileCorpus.Input input, ReadResult result) {
    for (Violation problem : result.problems()) {
      assertThat(problem.path() + " " + problem.message())
          .as(input.name() + ": a problem " + problem.code())
          .doesNotContain(SENTINEL);
    }
    assertThat(result.toString()).as(input.name()).doesNotContain(SENTINEL);
  }

  private static void roundTrip(HostileCorpus.Input input, RestorativeCase c) {
    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
    CaseJson.strict().write(c, written);
    ReadResult again = CaseJson.strict().read(written.toByteArray());
    assertThat(again.problems()).as(input.name() + ": reading what was written").isEmpty();
    assertThat(again.restorativeCase()).as(input.name() + ": read back equal").contains(c);
  }
}
