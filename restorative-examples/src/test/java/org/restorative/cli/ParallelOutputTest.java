package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance point of reading on several threads: over a generated cohort with unreadable,
 * invalid and blank lines mixed in, {@code validate}, {@code stats}, {@code export} and {@code
 * pseudonymise} write the same standard output, standard error, files and exit code, byte for byte,
 * with {@code --threads 1} as with {@code --threads 4}.
 */
class ParallelOutputTest {

  private static final int CASES = 2_000;

  @TempDir static Path dir;
  private static Path cohort;
  private static Path clean;
  private static Path key;

  /**
   * A synthetic cohort with lines mixed in that cannot be read (broken JSON, bytes that are not
   * UTF-8, an unsupported version), that are refused strictly and read leniently with a warning (a
   * property the format does not define), blank lines, and a CRLF line end.
   */
  @BeforeAll
  static void aCohortWithBadLinesMixedIn() {
    byte[] synthetic = CommandFixtures.aCohort(CASES, 20_261_207L);
    clean = CommandFixtures.write(dir.resolve("clean.ndjson"), synthetic);
    List<String> lines = new String(synthetic, StandardCharsets.UTF_8).lines().toList();
    Random random = new Random(11);
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      // The first line stays whole, so that standard input is still taken for NDJSON.
      switch (i == 0 ? -1 : random.nextInt(40)) {
        case 0 -> mixed.writeBytes(utf8(line.substring(0, line.length() / 3) + "\n"));
        case 1 -> mixed.writeBytes(utf8("\n  \n"));
        case 2 -> {
          mixed.writeBytes(utf8("{\"format\": \"restorative-case\", \"note\": \""));
          mixed.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
          mixed.writeBytes(utf8("\"}\n"));
        }
        case 3 ->
            mixed.writeBytes(utf8(line.replaceFirst("\"version\": *1", "\"version\": 99") + "\n"));
        case 4 ->
            mixed.writeBytes(utf8(line.replaceFirst("\\{", "{\"unknownProperty\": 1, ") + "\n"));
        case 5 -> mixed.writeBytes(utf8(line + "\r\n"));
        default -> {}
      }
      mixed.writeBytes(utf8(line + "\n"));
    }
    cohort = CommandFixtures.write(dir.resolve("mixed.ndjson"), mixed.toByteArray());
    key =
        CommandFixtures.write(
            dir.resolve("research.key"), utf8("research-key-0123456789abcdefXYZ"));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** What one run left: its exit code, standard output and error, and the files it wrote. */
  private record Outcome(int exitCode, String out, String err, Map<String, String> files) {}

  /**
   * Runs the command with the given number of threads; {@code output}, when given, is a file or
   * folder the command writes, emptied before the run and read after it.
   */
  private static Outcome run(int threads, Path output, String... args) {
    delete(output);
    String[] all = Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--threads";
    all[args.length + 1] = Integer.toString(threads);
    Run run = Run.of(all);
    return new Outcome(run.exitCode, run.out(), run.err, contents(output));
  }

  private static Map<String, String> contents(Path output) {
    Map<String, String> files = new TreeMap<>();
    if (Files.isRegularFile(output)) {
      files.put(output.getFileName().toString(), CommandFixtures.read(output));
    } else if (Files.isDirectory(output)) {
      try (Stream<Path> each = Files.list(output)) {
        each.forEach(f -> files.put(f.getFileName().toString(), CommandFixtures.read(f)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static void delete(Path output) {
    try {
      if (Files.isDirectory(output)) {
        try (Stream<Path> each = Files.list(output)) {
          for (Path f : each.toList()) {
            Files.delete(f);
          }
        }
      }
      Files.deleteIfExists(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the command on one thread and on four, and requires the same outcome, byte for byte. */
  private static Outcome sameOnOneAndFourThreads(Path output, String... args) {
    Outcome one = run(1, output, args);
    Outcome four = run(4, output, args);
    assertThat(four.exitCode()).as("exit code").isEqualTo(one.exitCode());
    assertThat(four.out()).as("standard output").isEqualTo(one.out());
    assertThat(four.err()).as("standard error").isEqualTo(one.err());
    assertThat(four.files()).as("files written").isEqualTo(one.files());
    return one;
  }

  private Path nothing() {
    return dir.resolve("nothing-written");
  }

  @Test
  void validate_prints_the_same_lines_in_the_same_order_on_any_number_of_threads() {
    Outcome text = sameOnOneAndFourThreads(nothing(), "validate", cohort.toString());
    assertThat(text.exitCode()).isEqualTo(RestorativeCommand.UNREADABLE);
    assertThat(text.out()).contains("JSON_MALFORMED", "JSON_INVALID_ENCODING");
    assertThat(text.err()).contains("could not be read");
    Outcome json =
        sameOnOneAndFourThreads(
            nothing(), "validate", "--format", "json", "--lenient", cohort.toString());
    assertThat(json.out()).contains("\"severity\":\"WARNING\"");
    Outcome fromStdin = sameOnOneAndFourThreadsOnStandardInput("validate", "-");
    assertThat(fromStdin.out()).isEqualTo(text.out().replace(cohort.toString(), "<stdin>"));
    Outcome cleanRun = sameOnOneAndFourThreads(nothing(), "validate", clean.toString());
    assertThat(cleanRun.exitCode()).isIn(RestorativeCommand.OK, RestorativeCommand.ERRORS_FOUND);
  }

  private static Outcome sameOnOneAndFourThreadsOnStandardInput(String... args) {
    byte[] stdin;
    try {
      stdin = Files.readAllBytes(cohort);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Run> runs = new ArrayList<>();
    for (String threads : new String[] {"1", "4"}) {
      String[] all = Arrays.copyOf(args, args.length + 2);
      all[args.length] = "--threads";
      all[args.length + 1] = threads;
      runs.add(Run.withInput(stdin, all));
    }
    assertThat(runs.get(1).exitCode).isEqualTo(runs.get(0).exitCode);
    assertThat(runs.get(1).out()).isEqualTo(runs.get(0).out());
    assertThat(runs.get(1).err).isEqualTo(runs.get(0).err);
    return new Outcome(runs.get(0).exitCode, runs.get(0).out(), runs.get(0).err, Map.of());
  }

  @Test
  void stats_counts_the_same_with_one_tally_per_thread_merged() {
    for (String format : new String[] {"text", "json", "csv"}) {
      Outcome stats =
          sameOnOneAndFourThreads(
              dir.resolve("funnel.svg"),
              "stats",
              "--format",
              format,
              "--chart",
              dir.resolve("funnel.svg").toString(),
              cohort.toString());
      assertThat(stats.exitCode()).isEqualTo(RestorativeCommand.UNREADABLE);
      assertThat(stats.files()).containsKey("funnel.svg");
    }
    Outcome lenient = sameOnOneAndFourThreads(nothing(), "stats", "--lenient", cohort.toString());
    assertThat(lenient.err()).contains("WARNING");
    Outcome cleanRun =
        sameOnOneAndFourThreads(nothing(), "stats", "--format", "json", clean.toString());
    assertThat(cleanRun.exitCode()).isEqualTo(RestorativeCommand.OK);
    assertThat(cleanRun.out()).contains("\"cases\" : " + CASES);
  }

  @Test
  void export_writes_the_same_rows_in_the_same_order_on_any_number_of_threads() {
    Path tables = dir.resolve("tables");
    Outcome export =
        sameOnOneAndFourThreads(tables, "export", "--csv", tables.toString(), cohort.toString());
    assertThat(export.exitCode()).isEqualTo(RestorativeCommand.UNREADABLE);
    assertThat(export.files()).containsKeys("cases.csv", "parties.csv", "evaluations.csv");
    assertThat(export.files().get("cases.csv").lines()).hasSizeGreaterThan(CASES / 2);
  }

  @Test
  void pseudonymise_writes_the_same_lines_in_the_same_order_on_any_number_of_threads() {
    Outcome toStdout =
        sameOnOneAndFourThreads(
            nothing(),
            "pseudonymise",
            "--key-file",
            key.toString(),
            "--lenient",
            cohort.toString());
    assertThat(toStdout.out().lines()).hasSizeGreaterThan(CASES);
    Path shared = dir.resolve("shared.ndjson");
    Outcome toFile =
        sameOnOneAndFourThreads(
            shared,
            "pseudonymise",
            "--key-file",
            key.toString(),
            "-o",
            shared.toString(),
            cohort.toString());
    assertThat(toFile.exitCode()).isEqualTo(RestorativeCommand.UNREADABLE);
    assertThat(toFile.files().get("shared.ndjson").lines()).hasSizeGreaterThan(CASES / 2);
  }

  @Test
  void the_four_commands_that_read_every_record_say_what_threads_does_in_their_help() {
    for (String command : new String[] {"validate", "stats", "export", "pseudonymise"}) {
      Run run = Run.of(command, "--help");
      assertThat(run.exitCode).isZero();
      assertThat(run.out())
          .as(command)
          .contains("--threads=N")
          .contains("default: the number of processors")
          .contains("input order");
    }
  }

  @Test
  void threads_out_of_range_are_a_command_line_error() {
    for (String threads : new String[] {"0", "-2", "257", "many"}) {
      Run run = Run.of("stats", "--threads", threads, clean.toString());
      assertThat(run.exitCode).as(threads).isEqualTo(RestorativeCommand.UNREADABLE);
      assertThat(run.err).contains("--threads").contains("must be a whole number from 1 to 256");
      assertThat(run.outBytes).isEmpty();
    }
  }
}
