package org.restorative.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The {@code restorative} command: the library's tools for the people who use it — a demonstration
 * of a case moving through every stage ({@code demo}), checking records ({@code validate}), the
 * standard metrics and the referral funnel of a cohort ({@code stats}), exporting records as CSV
 * for research ({@code export}), writing their pseudonymised view ({@code pseudonymise}), and
 * generating synthetic cohorts ({@code synth}).
 *
 * <pre>{@code
 * ./restorative demo
 * ./restorative synth --cases 2000 --seed 7 --output cohort.ndjson
 * ./restorative validate cohort.ndjson
 * ./restorative stats --chart funnel.svg cohort.ndjson
 * ./restorative export --csv tables cohort.ndjson
 * ./restorative pseudonymise --key-file research.key --output shared.ndjson cohort.ndjson
 * }</pre>
 *
 * <p>Exit codes, the same for every command that reads case records ({@link #exitCode}): 0 when
 * every record was read and no ERROR was found; 1 when every record was read and some ERROR was
 * found (only {@code validate} checks rules, so only it finds one); 2 when some record or input
 * could not be read (a missing file, malformed JSON, a record over a limit, of an unsupported
 * format or refused for its structure, such as a missing property), with the count in the summary
 * line on standard error — and also when a policy or key file is wrong, an output cannot be
 * written, or the command line is wrong; 3 only for a defect of the tool itself. Bad input never
 * prints a stack trace: one line on standard error.
 *
 * <p>The command holds what it takes from the world — the clock, standard input, output and error,
 * and whether standard error is a terminal — so tests run it in-process with their own.
 */
@Command(
    name = "restorative",
    mixinStandardHelpOptions = true,
    versionProvider = RestorativeCommand.Version.class,
    description = {
      "Restorative-practice case records: a demonstration, checking, metrics and the referral"
          + " funnel, CSV export, a pseudonymised view, FHIR R4 Bundles and synthetic data.",
      "Case records are JSON documents of the format restorative-case (one per file) or NDJSON (one"
          + " per line)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Every record was read and no ERROR was found.",
      "1:Every record was read and some ERROR was found (only validate checks rules).",
      "2:Some record or input could not be read (missing file, malformed JSON, a limit, an"
          + " unsupported format, a record refused for its structure), with the count in the"
          + " summary; or a policy or key file is wrong, an output cannot be written, or the"
          + " command line is wrong.",
      "3:A defect of the tool itself (an internal error); please report it. A record the tool"
          + " fails on is skipped with one line, and the other records are still handled."
    },
    footerHeading = "%nEnvironment:%n",
    // One line each, indented under the description as the exit codes are: picocli wraps a long
    // footer line to the margin.
    footer = {
      "  RESTORATIVE_JAVA_OPTS  Java options for the ./restorative launcher, in place",
      "                         of its own (heap, garbage collector, inlining limits),",
      "                         split on spaces; for example",
      "                         RESTORATIVE_JAVA_OPTS='-Xmx2g' for a larger heap.",
      "                         README, \"Performance\", says why the launcher chooses",
      "                         its own."
    })
public final class RestorativeCommand implements Runnable {

  /** Exit code: every record was read and no ERROR was found. */
  public static final int OK = 0;

  /** Exit code: every record was read and at least one violation of severity ERROR was found. */
  public static final int ERRORS_FOUND = 1;

  /**
   * Exit code: some record or input could not be read, an output cannot be written, or the command
   * line, a policy file or a key file is wrong.
   */
  public static final int UNREADABLE = 2;

  /** Exit code: a defect of the tool itself. */
  public static final int INTERNAL_ERROR = 3;

  /**
   * The exit code of a command that read case records, decided here for every command: a defect of
   * the tool outweighs a record or input not read, which outweighs an ERROR found in the records
   * that were.
   *
   * @param unread how many records or inputs could not be read
   * @param errors how many violations of severity ERROR were found in the records read
   * @param defects how many readable records were skipped because the tool failed on them
   * @return {@link #INTERNAL_ERROR}, {@link #UNREADABLE}, {@link #ERRORS_FOUND} or {@link #OK}
   */
  static int exitCode(long unread, long errors, long defects) {
    if (defects > 0) {
      return INTERNAL_ERROR;
    }
    if (unread > 0) {
      return UNREADABLE;
    }
    return errors > 0 ? ERRORS_FOUND : OK;
  }

  private final Clock clock;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final BooleanSupplier errIsTerminal;

  /**
   * The command as a program runs it: the system clock, the process's standard streams, and
   * progress lines when there is a console.
   */
  public RestorativeCommand() {
    this(
        Clock.systemUTC(),
        System.in,
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        RestorativeCommand::consoleIsTerminal);
  }

  /**
   * The command with the world it runs in.
   *
   * @param clock the clock {@code validate} reads when no {@code --as-of} is given
   * @param in standard input, read for the file name {@code -}
   * @param out standard output
   * @param err standard error
   * @param errIsTerminal whether standard error is a terminal, for progress lines
   */
  public RestorativeCommand(
      Clock clock,
      InputStream in,
      PrintStream out,
      PrintStream err,
      BooleanSupplier errIsTerminal) {
    this.clock = clock;
    this.in = in;
    this.out = out;
    this.err = err;
    this.errIsTerminal = errIsTerminal;
  }

  /**
   * Runs the command and exits the process with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    RestorativeCommand command = new RestorativeCommand();
    int code = command.execute(args);
    command.out.flush();
    command.err.flush();
    System.exit(code);
  }

  /**
   * The subcommands, in the order the usage lists them. They are added to a command line in code,
   * not declared on this class, so that a run of one subcommand builds only its own model: picocli
   * builds a subcommand's model from its annotations by reflection, and building all of them took
   * about a fifth of the start-up of {@code validate} on one record.
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          DemoCommand.class,
          ValidateCommand.class,
          StatsCommand.class,
          ExportCommand.class,
          PseudonymiseCommand.class,
          FhirCommand.class,
          SynthCommand.class,
          CommandLine.HelpCommand.class);

  /**
   * Runs the command line given, as {@link #main} does, without exiting: when its first argument
   * names a subcommand, only that subcommand is added to the command line, so its run does not wait
   * for the others' models; otherwise (the usage, the version, the {@code help} subcommand, a name
   * that is no subcommand) all of them are, as {@link #commandLine()} adds them. What the command
   * does, prints and returns is the same either way.
   *
   * @param args the command line
   * @return the exit code
   */
  public int execute(String... args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand != CommandLine.HelpCommand.class
            && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
          return commandLine(List.of(subcommand)).execute(args);
        }
      }
    }
    return commandLine().execute(args);
  }

  /**
   * A picocli command line for this command and all its subcommands, writing help and messages to
   * its output and error streams, and turning every failure into one line on standard error with
   * its exit code.
   *
   * @return the command line; run it with {@code execute(args)}
   */
  public CommandLine commandLine() {
    return commandLine(SUBCOMMANDS);
  }

  private CommandLine commandLine(List<Class<?>> subcommands) {
    CommandLine commandLine = new CommandLine(this);
    // Added before the settings below, which reach only the subcommands already added.
    subcommands.forEach(commandLine::addSubcommand);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          out.flush();
          if (exception instanceof CommandFailure failure) {
            err.println("restorative: " + failure.getMessage());
            return failure.exitCode();
          }
          if (exception instanceof UncheckedIOException io) {
            err.println("restorative: cannot read or write: " + describe(io));
            return UNREADABLE;
          }
          if (exception instanceof JacksonIOException) {
            err.println("restorative: cannot read or write: input or output failed");
            return UNREADABLE;
          }
          // A bug, not bad input: still one line, naming the exception's class only. Its message
          // is not printed: an exception from the platform can quote a value (a date, a number).
          err.println(
              "restorative: internal error ("
                  + exception.getClass().getSimpleName()
                  + "); please report it with the command line used");
          return INTERNAL_ERROR;
        });
    return commandLine;
  }

  @Spec private @Nullable CommandSpec spec;

  /** Without a subcommand: the usage. */
  @Override
  public void run() {
    if (spec != null) {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  Clock clock() {
    return clock;
  }

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  boolean errIsTerminal() {
    return errIsTerminal.getAsBoolean();
  }

  /** Names an unchecked I/O failure by its cause, as {@link #describe(IOException)} does. */
  static String describe(UncheckedIOException e) {
    IOException cause = e.getCause();
    return cause == null ? "input or output failed" : describe(cause);
  }

  /**
   * Whether the process runs at a terminal. Up to JDK 21 a console exists only then; from JDK 22 a
   * console exists with the streams redirected too, and {@code Console.isTerminal()} (JDK 22)
   * tells. It is looked up by name, since the code is built for JDK 17.
   */
  // The null check is what answers up to JDK 21; from JDK 22 isTerminal() answers
  // (SystemConsoleNull).
  @SuppressWarnings("SystemConsoleNull")
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** Names an I/O failure in words, without a stack trace. */
  static String describe(IOException e) {
    String kind =
        switch (e.getClass().getSimpleName()) {
          case "NoSuchFileException", "FileNotFoundException" -> "no such file";
          case "AccessDeniedException" -> "permission denied";
          case "NotDirectoryException" -> "not a directory";
          case "FileAlreadyExistsException" -> "a file is in the way";
          case "DirectoryNotEmptyException" -> "directory not empty";
          case "MalformedInputException", "UnmappableCharacterException" -> "not UTF-8 text";
          default -> "input or output failed";
        };
    return kind;
  }

  /**
   * Names an I/O failure on a file in words, as {@link #describe(IOException)} does, and says when
   * the file is a directory, a failure the platform reports without a class of its own.
   */
  static String describe(IOException e, Path file) {
    return Files.isDirectory(file) ? DIRECTORY : describe(e);
  }

  /** What {@link #describe(IOException, Path)} says of a directory named where a file is wanted. */
  static final String DIRECTORY = "a directory, not a file";

  /** The version, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream stream = Version.class.getResourceAsStream("version.properties")) {
        if (stream != null) {
          properties.load(stream);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"restorative " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
