package org.restorative.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.json.CaseJson;
import org.restorative.research.Column;
import org.restorative.research.ColumnType;
import org.restorative.research.ResearchTable;
import org.restorative.research.ResearchTables;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz targets for the four commands that read case records — {@code validate}, {@code stats},
 * {@code export} and {@code pseudonymise} — each run in-process over the fuzz input on standard
 * input, where the command decides whether it is one document or NDJSON, exactly as for a user's
 * file. Every readable record of the input then goes through what the command does with it.
 *
 * <p>In every build they run in regression mode over the seeds in {@code CommandsFuzzTestInputs/}
 * (one set for the four); with {@code JAZZER_FUZZ=1} Jazzer mutates them (README, "Fuzzing"). Each
 * target checks the commands' promises:
 *
 * <ul>
 *   <li>the exit code is never 3 (a defect) and standard error never holds a stack trace;
 *   <li>the exit code and the counts in the output agree with the library: every record the reader
 *       accepts is checked, counted, exported or pseudonymised, and every other one is counted as
 *       not read (exit 2);
 *   <li>the sentinel that the target plants for every backtick of the input never comes out — in
 *       {@code export}'s tables only in a column of ids, which the tables carry as they are, and in
 *       {@code pseudonymise}'s output only as the post that owns an action, which it keeps.
 * </ul>
 */
class CommandsFuzzTest {

  /** A made-up name that nothing in the tools' own text holds. */
  static final String SENTINEL = "Zebedee";

  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");
  private static final Pattern CHECKED =
      Pattern.compile(
          "restorative validate: (\\d+) cases? checked as of [^;\n]*(?:; (\\d+) could not be read)?");
  private static final Pattern WRITTEN =
      Pattern.compile(
          "restorative (?:export|pseudonymise): (\\d+) cases? written[^;\n]*(?:; (\\d+) could not be read)?");

  /**
   * The tools' own lines about a defect; a problem line, which starts with the input's name, is not
   * one.
   */
  private static final Pattern INTERNAL_ERROR =
      Pattern.compile("(?m)^restorative[^\n]*internal error");

  private static final Pattern ERROR_LINE = Pattern.compile("(?m)^<stdin>(?::\\d+)?: ERROR ");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path work;

  @FuzzTest
  void validate_answers_every_input(byte[] input) {
    byte[] bytes = expand(input);
    Records records = Records.of(bytes);

    Run run = Run.withInput(bytes, "validate", "-");

    answered(run);
    notLeaked(run.out(), "standard output");
    Matcher summary = CHECKED.matcher(run.err);
    require(summary.find(), "validate printed no summary");
    require(
        Long.parseLong(summary.group(1)) == records.read,
        "validate checked another number of cases");
    require(
        notRead(summary.group(2)) == records.notRead(), "validate counted another number not read");
    int expected =
        records.notRead() > 0
            ? RestorativeCommand.UNREADABLE
            : ERROR_LINE.matcher(run.out()).find()
                ? RestorativeCommand.ERRORS_FOUND
                : RestorativeCommand.OK;
    require(
        run.exitCode == expected, "validate exited " + run.exitCode + " instead of " + expected);
  }

  @FuzzTest
  void stats_answers_every_input(byte[] input) {
    byte[] bytes = expand(input);
    Records records = Records.of(bytes);

    Run run = Run.withInput(bytes, "stats", "--format", "json", "-");

    answered(run);
    notLeaked(run.out(), "standard output");
    JsonNode metrics = JSON.readTree(run.out());
    require(metrics.get("cases").asLong() == records.read, "stats counted another number of cases");
    require(
        metrics.get("unreadable").asLong() == records.notRead(),
        "stats counted another number not read");
    exitsBy(run, records);
  }

  @FuzzTest
  void export_answers_every_input(byte[] input) throws IOException {
    byte[] bytes = expand(input);
    Records records = Records.of(bytes);
    Path tables = work.resolve("tables");

    Run run = Run.withInput(bytes, "export", "--csv", tables.toString(), "-");

    answered(run);
    notLeaked(run.out(), "standard output");
    exitsBy(run, records);
    written(run, "export", records);
    for (ResearchTable table : ResearchTables.ALL) {
      List<List<String>> rows =
          ExportCommandTest.parse(
              Files.readString(tables.resolve(table.file()), StandardCharsets.UTF_8));
      if (table == ResearchTables.CASES) {
        require(rows.size() == 1 + records.read, "cases.csv has another number of rows");
      }
      for (List<String> row : rows.subList(1, rows.size())) {
        require(row.size() == table.columns().size(), table.file() + " has a row of another width");
        for (int i = 0; i < row.size(); i++) {
          Column column = table.columns().get(i);
          require(
              column.type() == ColumnType.ID || !holdsSentinel(row.get(i)),
              "the planted value in " + table.file() + ", column " + column.name());
        }
      }
    }
  }

  @FuzzTest
  void pseudonymise_answers_every_input(byte[] input) throws IOException {
    byte[] bytes = expand(input);
    Records records = Records.of(bytes);

    Run run = Run.withInput(bytes, "pseudonymise", "--key-file", key().toString(), "-");

    answered(run);
    exitsBy(run, records);
    written(run, "pseudonymise", records);
    List<String> lines = run.out().lines().toList();
    require(lines.size() == records.read, "pseudonymise wrote another number of lines");
    for (String line : lines) {
      JsonNode pseudonymised = JSON.readTree(line);
      require(pseudonymised.isObject(), "pseudonymise wrote a line that is not a JSON object");
      notLeaked(pseudonymised, "");
    }
  }

  /**
   * No string of a pseudonymised case holds the sentinel, except an action's {@code ownerRole}: the
   * post that owns it (such as "Ward manager"), which the pseudonymised view keeps by design.
   */
  private static void notLeaked(JsonNode node, String path) {
    if (node.isString()) {
      require(
          path.matches("/actions/\\d+/ownerRole") || !holdsSentinel(node.asString()),
          "the planted value in the pseudonymised output at " + path.replaceAll("\\d+", "N"));
    }
    for (var property : node.properties()) {
      require(
          !holdsSentinel(property.getKey()),
          "the planted value as a name in the pseudonymised output");
      notLeaked(property.getValue(), path + "/" + property.getKey());
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        notLeaked(node.get(i), path + "/" + i);
      }
    }
  }

  /**
   * How many records of an input the library reads, and how many it cannot, as the tools see them.
   */
  record Records(long read, long all) {
    long notRead() {
      return all - read;
    }

    static Records of(byte[] bytes) {
      long[] counts = new long[2];
      try {
        new CaseInput(CaseInput.STANDARD_INPUT)
            .read(
                new ByteArrayInputStream(bytes),
                CaseJson.strict(),
                (line, result) -> {
                  counts[1]++;
                  if (result.isRead()) {
                    counts[0]++;
                  }
                });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Records(counts[0], counts[1]);
    }
  }

  /** Never exit 3, never a stack trace, and the planted value never on standard error. */
  private static void answered(Run run) {
    require(run.exitCode != RestorativeCommand.INTERNAL_ERROR, "exit 3: " + firstLine(run.err));
    require(!INTERNAL_ERROR.matcher(run.err).find(), "an internal error: " + firstLine(run.err));
    require(!STACK_FRAME.matcher(run.err).find(), "a stack trace on standard error");
    require(!STACK_FRAME.matcher(run.out()).find(), "a stack trace on standard output");
    notLeaked(run.err, "standard error");
  }

  /** The exit code of a command that checks no rules: 2 when a record was not read, else 0. */
  private static void exitsBy(Run run, Records records) {
    int expected = records.notRead() > 0 ? RestorativeCommand.UNREADABLE : RestorativeCommand.OK;
    require(run.exitCode == expected, "exit " + run.exitCode + " instead of " + expected);
  }

  private static void written(Run run, String command, Records records) {
    Matcher summary = WRITTEN.matcher(run.err);
    require(summary.find(), command + " printed no summary");
    require(
        Long.parseLong(summary.group(1)) == records.read,
        command + " wrote another number of cases");
    require(
        notRead(summary.group(2)) == records.notRead(),
        command + " counted another number not read");
  }

  private static long notRead(String count) {
    return count == null ? 0 : Long.parseLong(count);
  }

  private static void notLeaked(String text, String where) {
    require(!holdsSentinel(text), "the planted value on " + where);
  }

  static boolean holdsSentinel(String text) {
    return text.toLowerCase(Locale.ROOT).contains(SENTINEL.toLowerCase(Locale.ROOT));
  }

  /** The input with every backtick replaced by the sentinel. */
  static byte[] expand(byte[] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 16);
    for (byte b : input) {
      if (b == '`') {
        out.writeBytes(SENTINEL.getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  private static Path key() throws IOException {
    Path key = work.resolve("research.key");
    if (!Files.exists(key)) {
      byte[] bytes = new byte[32];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (i * 37 + 11);
      }
      Files.write(key, bytes);
    }
    return key;
  }

  private static String firstLine(String text) {
    return text.lines().filter(l -> INTERNAL_ERROR.matcher(l).find()).findFirst().orElse("");
  }

  private static void require(boolean promise, String broken) {
    if (!promise) {
      throw new AssertionError("Broken promise: " + broken);
    }
  }
}
