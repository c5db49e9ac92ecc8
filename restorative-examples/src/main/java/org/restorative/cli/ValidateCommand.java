package org.restorative.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.restorative.core.casefile.RecordCalendar;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.RuleSet;
import org.restorative.core.rules.Violation;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code restorative validate FILE...}: reads case records and checks each against the standard
 * rules under a policy, as of a moment, printing every problem and violation.
 *
 * <p>Text lines read {@code FILE[:LINE]: SEVERITY CODE PATH MESSAGE}, with {@code -} for the path
 * of the whole case; {@code --format json} prints one JSON object per line with the keys {@code
 * file}, {@code line} (null for a whole document), {@code severity}, {@code code}, {@code path} and
 * {@code message}. Messages never hold a value from the input. A summary goes to standard error.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = RestorativeCommand.Version.class,
    description = {
      "Reads case records (a JSON document, or NDJSON with one case per line) and checks each with"
          + " the standard rules.",
      "Prints each problem as FILE[:LINE]: SEVERITY CODE PATH MESSAGE (PATH is a JSON Pointer; - is"
          + " the whole case).",
      "Exit code 0 when every record was read and no ERROR was found; 1 when every record was read"
          + " and some ERROR was found; 2 when an input or a record cannot be read, including a record"
          + " refused for its structure such as a missing property (the others are still checked; the"
          + " summary says how many were not); 3 only for a defect of the tool."
    })
final class ValidateCommand implements Callable<Integer> {

  /** How results are printed. */
  enum Format {
    /** One line per problem: {@code FILE[:LINE]: SEVERITY CODE PATH MESSAGE}. */
    TEXT,
    /** One JSON object per line. */
    JSON
  }

  private static final long PROGRESS_EVERY = 10_000;
  private static final JsonMapper JSON_LINES = JsonMapper.builder().build();

  @ParentCommand private @Nullable RestorativeCommand root;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description =
          "The moment to check as of, ISO-8601 in UTC in the years 0001 to 9999, such as"
              + " 2026-11-21T09:00:00Z (default: now).")
  private @Nullable Instant asOf;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "A trust's policy: a JSON object of Policy settings, such as"
              + " {\"consentReconfirmationWindow\": \"P14D\", \"supervisionInterval\": \"P8W\"}.")
  private @Nullable Path policyFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (one object per line). Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Mixin private CaseFilesOption records = new CaseFilesOption();

  @Mixin private ThreadsOption threads = new ThreadsOption();

  private RestorativeCommand root() {
    if (root == null) {
      throw new IllegalStateException("validate runs as a subcommand of restorative");
    }
    return root;
  }

  @Override
  public Integer call() {
    RestorativeCommand command = root();
    Policy policy =
        policyFile == null ? Policy.standard() : PolicyFile.read(policyFile, command.err());
    Instant moment = asOf != null ? asOf : command.clock().instant();
    Run run = new Run(command, RuleSet.standard(), policy, moment);
    CaseJson json = records.lenient() ? CaseJson.lenient() : CaseJson.strict();
    EveryCase.Counts read =
        EveryCase.read(command, records.files(), json, threads.threads(), run::check);
    command.out().flush();
    command
        .err()
        .println(
            "restorative validate: "
                + run.cases
                + (run.cases == 1 ? " case" : " cases")
                + " checked as of "
                + moment
                + ": "
                + run.errors
                + (run.errors == 1 ? " error, " : " errors, ")
                + run.warnings
                + (run.warnings == 1 ? " warning" : " warnings")
                + read.notHandled());
    return read.exitCode(run.errors);
  }

  /** The counts and printing of one run. */
  private final class Run {
    private final RestorativeCommand command;
    private final RuleSet rules;
    private final Policy policy;
    private final Instant moment;
    private final boolean progress;
    private long cases;
    private long errors;
    private long warnings;

    Run(RestorativeCommand command, RuleSet rules, Policy policy, Instant moment) {
      this.command = command;
      this.rules = rules;
      this.policy = policy;
      this.moment = moment;
      this.progress = command.errIsTerminal();
    }

    /**
     * Checks one record and formats its lines, on any thread; the step returned counts and prints
     * them, in the record's turn.
     */
    Runnable check(CaseInput input, OptionalLong line, ReadResult result) {
      List<Violation> found = new ArrayList<>(result.problems());
      Optional<RestorativeCase> read = result.restorativeCase();
      if (read.isPresent()) {
        for (Violation violation : rules.check(read.get(), policy, moment).violations()) {
          found.add(violation.withPath(result.pointerInDocument(violation.path())));
        }
      }
      long errorsFound = 0;
      StringBuilder text = new StringBuilder();
      for (Violation violation : found) {
        if (violation.isError()) {
          errorsFound++;
        }
        text.append(format(input, line, violation)).append(System.lineSeparator());
      }
      boolean isCase = read.isPresent();
      long errorsOfRecord = errorsFound;
      long warningsOfRecord = found.size() - errorsFound;
      String printed = text.toString();
      return () -> {
        if (isCase) {
          cases++;
        }
        errors += errorsOfRecord;
        warnings += warningsOfRecord;
        if (!printed.isEmpty()) {
          command.out().print(printed);
        }
        if (progress && line.isPresent() && line.getAsLong() % PROGRESS_EVERY == 0) {
          command.err().println(input.displayName() + ": " + line.getAsLong() + " lines checked");
        }
      };
    }

    /** One problem's line, without its end. */
    private String format(CaseInput input, OptionalLong line, Violation v) {
      if (format == Format.JSON) {
        return jsonLine(input, line, v);
      }
      StringBuilder text = new StringBuilder(input.displayName());
      if (line.isPresent()) {
        text.append(':').append(line.getAsLong());
      }
      text.append(": ")
          .append(v.severity())
          .append(' ')
          .append(v.code())
          .append(' ')
          .append(v.path().isEmpty() ? "-" : oneLine(v.path()))
          .append(' ')
          .append(oneLine(v.message()));
      return text.toString();
    }
  }

  /**
   * A text kept to one line: a path can hold a property name taken from the input, which could hold
   * a line break or another control character.
   */
  static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return line.toString();
  }

  private static String jsonLine(CaseInput input, OptionalLong line, Violation v) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON_LINES.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringProperty("file", input.displayName());
      if (line.isPresent()) {
        json.writeNumberProperty("line", line.getAsLong());
      } else {
        json.writeNullProperty("line");
      }
      json.writeStringProperty("severity", v.severity().name());
      json.writeStringProperty("code", v.code());
      json.writeStringProperty("path", v.path());
      json.writeStringProperty("message", v.message());
      json.writeEndObject();
    }
    return text.toString();
  }

  /**
   * Reads {@code --as-of}: an instant in the years 0001 to 9999, those of the moments a record
   * holds, since the rules count days from it and the platform's dates end before its instants do.
   */
  static final class InstantConverter implements ITypeConverter<Instant> {
    private static final String EXPECTED =
        "must be an ISO-8601 instant in UTC in the years 0001 to 9999, such as"
            + " 2026-11-21T09:00:00Z";

    @Override
    public Instant convert(String value) {
      Instant instant;
      try {
        instant = Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(EXPECTED);
      }
      if (!RecordCalendar.holds(instant)) {
        throw new TypeConversionException(EXPECTED);
      }
      return instant;
    }
  }
}
