package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.cli.CommandFixtures.EXCEPTION;
import static org.restorative.cli.CommandFixtures.SENTINEL;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;
import org.restorative.json.NdjsonReader;
import org.restorative.json.ReadResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded mutation run: synthetic records, written with {@link CaseJson} and the sentinel planted
 * in their free text, are mutated byte by byte (a byte or a token deleted, inserted, replaced or
 * duplicated, a key swapped with its value, two records spliced) and value by value (extreme
 * numbers and moments, strings and keys holding the sentinel), one mutant a line, and batched into
 * NDJSON files that each command reads once. Through the library and every command: no exception,
 * no exit code 3, no stack trace, the sentinel in no output; every line the library reads writes
 * and reads back equal; and the commands check, count and write exactly the lines the library
 * reads.
 */
class MutationRunTest {

  static final long SEED = 9_2026_1206L;
  static final int MUTANTS = 10_000;
  static final int BATCHES = 2;
  static final int RECORDS = 120;

  private static final byte[] KEY =
      "mutation-run-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The free-text properties of the format, where the sentinel is planted. */
  static final Set<String> FREE_TEXT =
      Set.of(
          "answer",
          "authority",
          "causalLinkRationale",
          "comments",
          "content",
          "description",
          "detail",
          "evidence",
          "evidenceNotes",
          "holderOfResponsibility",
          "impairment",
          "justification",
          "methodReason",
          "name",
          "narrative",
          "note",
          "notes",
          "otherContext",
          "permittedException",
          "preferredName",
          "pronouns",
          "rationale",
          "reasonForDoubt",
          "reasonToDoubtCapacityRationale",
          "risks",
          "strengths",
          "successCriteria",
          "summary");

  @TempDir Path dir;

  /** How a mutant was made. */
  enum Operator {
    DELETE_BYTE,
    INSERT_BYTE,
    REPLACE_BYTE,
    DUPLICATE_BYTE,
    DELETE_TOKEN,
    DUPLICATE_TOKEN,
    SWAP_KEY_AND_VALUE,
    SPLICE,
    EXTREME_NUMBER,
    EXTREME_MOMENT,
    SENTINEL_STRING,
    SENTINEL_KEY
  }

  record Mutant(int index, Operator operator, byte[] line) {}

  // ------------------------------------------------------------------ the records

  /**
   * The stages of the records, every stage once and the early ones, whose records are small, more
   * often, so that ten thousand mutants read in seconds.
   */
  static final List<Stage> STAGES =
      Stream.concat(
              Stream.of(Stage.values()),
              Stream.of(Stage.REFERRAL, Stage.ASSESSMENT, Stage.CLOSED_NOT_PROCEEDING)
                  .flatMap(
                      stage -> Stream.of(stage, stage, stage, stage, stage, stage, stage, stage)))
          .toList();

  /**
   * Synthetic records, the sentinel planted in every free-text value, and every other record graded
   * on a local severity scale whose labels hold it.
   */
  static List<String> records() {
    SyntheticCases synthetic = SyntheticCases.seeded(SEED);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      Stage stage = STAGES.get(i % STAGES.size());
      JsonNode tree = MAPPER.readTree(CaseJson.strict().writeLine(synthetic.caseAt(stage, i)));
      plant(tree, i % 2 == 1);
      lines.add(MAPPER.writeValueAsString(tree));
    }
    return lines;
  }

  /**
   * Plants the sentinel in every free-text value; with {@code local}, also grades every harm on a
   * trust's local scale whose grade and scale names, the trust's own text, hold the sentinel.
   */
  private static void plant(JsonNode node, boolean local) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode value = object.get(name);
        if (FREE_TEXT.contains(name) && value.isString()) {
          object.put(name, value.stringValue() + " " + SENTINEL);
        } else if (local && name.equals("severity") && value instanceof ObjectNode severity) {
          severity.put("scale", "LOCAL");
          severity.put("grade", SENTINEL + " amber");
          severity.put("localScale", SENTINEL + " scale");
        } else {
          plant(value, local);
        }
      }
    } else if (node.isArray()) {
      node.values().forEach(v -> plant(v, local));
    }
  }

  // ------------------------------------------------------------------ the mutants

  private static final Pattern TOKEN =
      Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null|[{}\\[\\]:,]");
  private static final Pattern KEY_AND_VALUE =
      Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\":\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern NUMBER = Pattern.compile("(?<=:)-?[0-9][0-9.eE+-]*(?=[,}\\]])");
  private static final Pattern MOMENT = Pattern.compile("\"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[^\"]*)?\"");
  private static final Pattern FREE_TEXT_VALUE =
      Pattern.compile("\"(" + String.join("|", FREE_TEXT) + ")\":\"");
  private static final Pattern ANY_KEY = Pattern.compile("\"[A-Za-z]+\":");

  private static final byte[] INSERTED =
      "\"{}[],:\\ 0-eE.tfn\u0000\t".getBytes(StandardCharsets.UTF_8);
  private static final byte[] HIGH_BYTES = {
    (byte) 0x80, (byte) 0xC0, (byte) 0xE2, (byte) 0xED, (byte) 0xFF
  };

  private static final List<String> NUMBERS =
      List.of(
          "1e2147483648",
          "-1e2147483648",
          "1e-2147483649",
          "1e-400",
          "1e400",
          "1e99999999",
          "999999999999999.999999",
          "1000000000000000",
          "0.0000001",
          "2147483648",
          "-2147483649",
          "1.0",
          "-0",
          "1E+2",
          "0." + "0".repeat(97) + "1",
          "9".repeat(101));

  private static final List<String> MOMENTS =
      List.of(
          "0000-01-01T00:00:00Z",
          "0001-01-01T00:00:00Z",
          "0001-01-01T00:00:00+01:00",
          "9999-12-31T23:59:59.999999999Z",
          "9999-12-31T23:30:00-01:00",
          "+10000-01-01T00:00:00Z",
          "+1000000000-12-31T23:59:59Z",
          "-1000000000-01-01T00:00:00Z",
          "-999999999-01-01T00:00:00Z",
          "2025-02-30T00:00:00Z",
          "2016-12-31T23:59:60Z",
          "2025-01-01T00:00:00",
          "0001-01-01",
          "9999-12-31",
          "0000-01-01",
          "+10000-01-01",
          "2025-02-29");

  private static final List<String> SENTINEL_TEXTS =
      List.of(
          SENTINEL,
          SENTINEL + "\\\"},{\\\"" + SENTINEL,
          SENTINEL + "\\ud800",
          "\\udc00" + SENTINEL,
          SENTINEL + "\\u0000\\u001f",
          "",
          "   ",
          SENTINEL.repeat(2_000));

  static List<Mutant> mutants(List<String> records, Random random) {
    List<Mutant> mutants = new ArrayList<>();
    Operator[] operators = Operator.values();
    for (int i = 0; i < MUTANTS; i++) {
      String record = records.get(random.nextInt(records.size()));
      Operator operator = operators[i % operators.length];
      mutants.add(new Mutant(i, operator, mutate(record, operator, records, random)));
    }
    return mutants;
  }

  private static byte[] mutate(
      String record, Operator operator, List<String> records, Random random) {
    byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
    int at = random.nextInt(bytes.length);
    switch (operator) {
      case DELETE_BYTE -> {
        return concat(slice(bytes, 0, at), slice(bytes, at + 1, bytes.length));
      }
      case INSERT_BYTE -> {
        byte b =
            random.nextInt(4) == 0
                ? HIGH_BYTES[random.nextInt(HIGH_BYTES.length)]
                : INSERTED[random.nextInt(INSERTED.length)];
        return concat(slice(bytes, 0, at), new byte[] {b}, slice(bytes, at, bytes.length));
      }
      case REPLACE_BYTE -> {
        byte[] copy = bytes.clone();
        byte b;
        do {
          b = (byte) random.nextInt(256);
        } while (b == '\n' || b == '\r');
        copy[at] = b;
        return copy;
      }
      case DUPLICATE_BYTE -> {
        return concat(slice(bytes, 0, at + 1), slice(bytes, at, bytes.length));
      }
      case DELETE_TOKEN, DUPLICATE_TOKEN -> {
        List<int[]> tokens = matches(TOKEN, record);
        int[] token = tokens.get(random.nextInt(tokens.size()));
        String before = record.substring(0, token[0]);
        String after = record.substring(token[1]);
        String text = record.substring(token[0], token[1]);
        return utf8(
            operator == Operator.DELETE_TOKEN ? before + after : before + text + text + after);
      }
      case SWAP_KEY_AND_VALUE -> {
        List<int[]> pairs =
            FOUND
                .computeIfAbsent(KEY_AND_VALUE, k -> new java.util.HashMap<>())
                .computeIfAbsent(
                    record,
                    r -> {
                      Matcher m = KEY_AND_VALUE.matcher(r);
                      List<int[]> found = new ArrayList<>();
                      while (m.find()) {
                        found.add(
                            new int[] {
                              m.start(), m.end(), m.start(1), m.end(1), m.start(2), m.end(2)
                            });
                      }
                      return found;
                    });
        int[] p = pairs.get(random.nextInt(pairs.size()));
        return utf8(
            record.substring(0, p[0])
                + "\""
                + record.substring(p[4], p[5])
                + "\":\""
                + record.substring(p[2], p[3])
                + "\""
                + record.substring(p[1]));
      }
      case SPLICE -> {
        byte[] other = records.get(random.nextInt(records.size())).getBytes(StandardCharsets.UTF_8);
        return concat(
            slice(bytes, 0, at), slice(other, random.nextInt(other.length), other.length));
      }
      case EXTREME_NUMBER -> {
        return replaceOne(record, NUMBER, NUMBERS.get(random.nextInt(NUMBERS.size())), random);
      }
      case EXTREME_MOMENT -> {
        return replaceOne(
            record, MOMENT, "\"" + MOMENTS.get(random.nextInt(MOMENTS.size())) + "\"", random);
      }
      case SENTINEL_STRING -> {
        List<int[]> values = matches(FREE_TEXT_VALUE, record);
        int[] value = values.get(random.nextInt(values.size()));
        String text = SENTINEL_TEXTS.get(random.nextInt(SENTINEL_TEXTS.size()));
        return utf8(record.substring(0, value[1]) + text + record.substring(value[1]));
      }
      case SENTINEL_KEY -> {
        String key = random.nextBoolean() ? SENTINEL : "name\\u0000" + SENTINEL;
        return replaceOne(record, ANY_KEY, "\"" + key + "\":", random);
      }
      default -> throw new IllegalArgumentException("every operator is handled");
    }
  }

  private static byte[] replaceOne(String record, Pattern pattern, String with, Random random) {
    List<int[]> found = matches(pattern, record);
    if (found.isEmpty()) {
      return utf8(record);
    }
    int[] one = found.get(random.nextInt(found.size()));
    return utf8(record.substring(0, one[0]) + with + record.substring(one[1]));
  }

  private static final Map<Pattern, Map<String, List<int[]>>> FOUND = new java.util.HashMap<>();

  /** The places a pattern matches in a record, found once a record. */
  private static List<int[]> matches(Pattern pattern, String text) {
    return FOUND
        .computeIfAbsent(pattern, p -> new java.util.HashMap<>())
        .computeIfAbsent(text, t -> find(pattern, t));
  }

  private static List<int[]> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    List<int[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    return found;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  // ------------------------------------------------------------------ the run

  /** What went wrong, by kind, with the mutants' indices and operators. */
  private final Map<String, List<String>> failures = new java.util.TreeMap<>();

  private void fail(String kind, String what) {
    failures.computeIfAbsent(kind, k -> new ArrayList<>()).add(what);
  }

  @Test
  void ten_thousand_mutants_through_the_library_and_every_command() throws IOException {
    long started = System.nanoTime();
    Random random = new Random(SEED);
    List<Mutant> mutants = mutants(records(), random);
    Map<Operator, int[]> byOperator = new EnumMap<>(Operator.class);
    long readTotal = 0;
    long libraryNanos = 0;
    long commandNanos = 0;
    long generated = System.nanoTime();
    int batchSize = (mutants.size() + BATCHES - 1) / BATCHES;
    Path key = Files.write(dir.resolve("mutation.key"), KEY);
    for (int batch = 0; batch < BATCHES; batch++) {
      List<Mutant> lines =
          mutants.subList(batch * batchSize, Math.min(mutants.size(), (batch + 1) * batchSize));
      ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
      for (Mutant mutant : lines) {
        ndjson.writeBytes(mutant.line());
        ndjson.write('\n');
      }
      byte[] bytes = ndjson.toByteArray();
      long libraryStarted = System.nanoTime();
      List<ReadResult> results = ndjsonRead(bytes, batch);
      if (results.size() != lines.size()) {
        fail(
            "NDJSON lines lost or added",
            "batch " + batch + ": " + results.size() + " results for " + lines.size() + " lines");
      }
      long read = 0;
      for (int i = 0; i < Math.min(results.size(), lines.size()); i++) {
        Mutant mutant = lines.get(i);
        boolean readable = library(mutant, results.get(i));
        byOperator.computeIfAbsent(mutant.operator(), o -> new int[2])[readable ? 0 : 1]++;
        if (readable) {
          read++;
        }
      }
      readTotal += read;
      long commandsStarted = System.nanoTime();
      libraryNanos += commandsStarted - libraryStarted;
      commands(
          Files.write(dir.resolve("batch-" + batch + ".ndjson"), bytes),
          key,
          batch,
          read,
          lines.size() - read);
      commandNanos += System.nanoTime() - commandsStarted;
    }
    String counts =
        "seed "
            + SEED
            + ", "
            + mutants.size()
            + " mutants ("
            + mutants.stream().mapToLong(m -> m.line().length).sum() / 1_000_000
            + " MB) of "
            + RECORDS
            + " records in "
            + BATCHES
            + " batches, "
            + readTotal
            + " read; by operator (read, refused): "
            + byOperator.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1])
                .toList()
            + "; "
            + (System.nanoTime() - started) / 1_000_000
            + " ms (generating "
            + (generated - started) / 1_000_000
            + ", library "
            + libraryNanos / 1_000_000
            + ", commands "
            + commandNanos / 1_000_000
            + ")";
    assertThat(mutants).as(counts).hasSizeGreaterThanOrEqualTo(10_000);
    assertThat(failures).as(counts).isEmpty();
    assertThat(readTotal).as(counts).isPositive().isLessThan(mutants.size());
  }

  /** The problems on which a lenient reader may read what a strict one refuses. */
  private static final Set<String> LENIENT_CODES =
      Set.of("JSON_UNKNOWN_PROPERTY", "JSON_DUPLICATE_ELEMENT", "JSON_TOO_MANY_PROBLEMS");

  /**
   * One mutant, read strictly as its NDJSON line, and leniently when that could differ: no sentinel
   * in a problem, and what is read writes and reads back equal. Whether the strict reader reads it.
   */
  private boolean library(Mutant mutant, ReadResult strict) {
    String where = "mutant " + mutant.index() + " (" + mutant.operator() + ")";
    check(where, strict);
    boolean lenientDiffers =
        strict.problems().stream().map(Violation::code).anyMatch(LENIENT_CODES::contains);
    if (lenientDiffers) {
      try {
        check(where, CaseJson.lenient().read(mutant.line()));
      } catch (RuntimeException e) {
        fail("exception while reading", where + ": " + e.getClass().getSimpleName());
      }
    }
    return strict.isRead();
  }

  private void check(String where, ReadResult result) {
    for (Violation problem : result.problems()) {
      if ((problem.path() + problem.message()).contains(SENTINEL)) {
        fail("sentinel in a problem", where + ": " + problem.code());
      }
    }
    result.restorativeCase().ifPresent(c -> roundTrip(where, c));
  }

  private void roundTrip(String where, RestorativeCase c) {
    try {
      String line = CaseJson.strict().writeLine(c);
      ReadResult again = CaseJson.strict().read(line.getBytes(StandardCharsets.UTF_8));
      if (!again.problems().isEmpty()
          || !again.restorativeCase().equals(java.util.Optional.of(c))) {
        fail("round-trip difference", where + ": " + again);
      }
    } catch (RuntimeException e) {
      fail("exception while writing or reading back", where + ": " + e.getClass().getSimpleName());
    }
  }

  /** The batch read as NDJSON, one result a line, each at its line's number. */
  private List<ReadResult> ndjsonRead(byte[] bytes, int batch) {
    List<ReadResult> results = new ArrayList<>();
    try (NdjsonReader lines = CaseJson.strict().readNdjson(new ByteArrayInputStream(bytes))) {
      while (lines.hasNext()) {
        NdjsonReader.Line line = lines.next();
        if (line.number() != results.size() + 1) {
          fail(
              "NDJSON line numbers",
              "batch " + batch + ": line " + line.number() + " after " + results.size());
        }
        results.add(line.result());
      }
    } catch (IOException | RuntimeException e) {
      fail(
          "exception while reading NDJSON", "batch " + batch + ": " + e.getClass().getSimpleName());
    }
    return results;
  }

  private void commands(Path file, Path key, int batch, long read, long refused)
      throws IOException {
    String cases = read + (read == 1 ? " case" : " cases");
    String notRead = refused > 0 ? "; " + refused + " could not be read" : "";
    int exit = refused > 0 ? 2 : 0;

    Run validate = Run.of("validate", file.toString());
    answered(
        batch,
        "validate",
        validate,
        exit,
        "restorative validate: " + cases + " checked as of ",
        notRead);

    Run stats = Run.of("stats", file.toString());
    answered(
        batch, "stats", stats, exit, "restorative stats: " + cases + " counted" + notRead, notRead);

    Path csv = dir.resolve("csv-" + batch);
    Run export = Run.of("export", "--csv", csv.toString(), file.toString());
    answered(
        batch, "export", export, exit, "restorative export: " + cases + " written to ", notRead);
    try (Stream<Path> files = Files.list(csv)) {
      for (Path table : files.toList()) {
        if (Files.readString(table, StandardCharsets.UTF_8).contains(SENTINEL)) {
          fail(
              "sentinel in a file written", "batch " + batch + ": export's " + table.getFileName());
        }
      }
    }
    long rows = Files.readAllLines(csv.resolve("cases.csv"), StandardCharsets.UTF_8).size() - 1;
    if (rows != read) {
      fail(
          "count differs",
          "batch " + batch + ": export wrote " + rows + " case rows, the library read " + read);
    }

    Path out = dir.resolve("pseudonymised-" + batch + ".ndjson");
    Run pseudonymise =
        Run.of(
            "pseudonymise",
            "--key-file",
            key.toString(),
            "--output",
            out.toString(),
            file.toString());
    answered(
        batch,
        "pseudonymise",
        pseudonymise,
        exit,
        "restorative pseudonymise: " + cases + " written to " + out + notRead,
        notRead);
    String written = Files.readString(out, StandardCharsets.UTF_8);
    if (written.contains(SENTINEL)) {
      fail("sentinel in a file written", "batch " + batch + ": pseudonymise's output");
    }
    if (written.lines().count() != read) {
      fail(
          "count differs",
          "batch "
              + batch
              + ": pseudonymise wrote "
              + written.lines().count()
              + " lines, the library read "
              + read);
    }
  }

  private void answered(
      int batch, String command, Run run, int exit, String summary, String notRead) {
    String where = "batch " + batch + " through " + command;
    String printed = run.out() + run.err;
    if (run.exitCode == 3 || printed.contains("internal error")) {
      fail("exit code 3 or an internal error", where + ": " + internalErrors(printed));
    }
    if (EXCEPTION.matcher(printed).find() || printed.contains("\tat ")) {
      fail("stack trace or exception", where);
    }
    if (printed.contains(SENTINEL)) {
      fail(
          "sentinel in output",
          where
              + ": "
              + printed
                  .lines()
                  .filter(l -> l.contains(SENTINEL))
                  .limit(3)
                  .map(l -> l.length() > 200 ? l.substring(0, 200) : l)
                  .toList());
    }
    if (run.exitCode != exit) {
      fail("exit code", where + ": " + run.exitCode + " instead of " + exit);
    }
    if (!run.err.contains(summary) || !run.err.contains(notRead)) {
      fail(
          "count differs",
          where
              + ": expected \""
              + summary
              + "\" in "
              + run.err.lines().filter(l -> l.startsWith("restorative ")).toList());
    }
  }

  private static List<String> internalErrors(String printed) {
    return printed.lines().filter(l -> l.contains("internal error")).limit(5).toList();
  }
}
