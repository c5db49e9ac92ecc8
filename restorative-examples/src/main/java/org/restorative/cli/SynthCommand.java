package org.restorative.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restorative synth --cases N --seed S}: a synthetic cohort as NDJSON, one case per line,
 * from {@link SyntheticCases}. The same seed and size give the same bytes on any machine; every
 * name, date and text in it is invented.
 */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    versionProvider = RestorativeCommand.Version.class,
    description = {
      "Writes a synthetic cohort as NDJSON (one case per line): cases at every stage, with invented"
          + " names, dates and texts.",
      "The same seed gives the same bytes."
    })
final class SynthCommand implements Callable<Integer> {

  @ParentCommand private @Nullable RestorativeCommand root;

  @Option(
      names = "--cases",
      paramLabel = "N",
      required = true,
      description = "How many cases (0 or more).")
  private long cases;

  @Option(
      names = "--seed",
      paramLabel = "S",
      required = true,
      description = "The seed: any whole number.")
  private long seed;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write (default: standard output).")
  private @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    if (root == null) {
      throw new IllegalStateException("synth runs as a subcommand of restorative");
    }
    if (cases < 0) {
      throw new CommandFailure(RestorativeCommand.UNREADABLE, "--cases must not be negative");
    }
    SyntheticCases synthetic = SyntheticCases.seeded(seed);
    if (output == null) {
      // A PrintStream never throws: stop, rather than generate the rest for nobody, when standard
      // output is closed (a pipe into head) or cannot be written (a full disk).
      PrintStream out = root.out();
      CaseJson.strict().writeNdjson(synthetic.cohort(cases).takeWhile(c -> !out.checkError()), out);
      if (out.checkError()) {
        throw new CommandFailure(
            RestorativeCommand.UNREADABLE, "standard output was closed or cannot be written");
      }
    } else {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
        CaseJson.strict().writeNdjson(synthetic.cohort(cases), file);
      } catch (IOException e) {
        throw new CommandFailure(
            RestorativeCommand.UNREADABLE,
            "cannot write " + output + ": " + RestorativeCommand.describe(e, output));
      }
    }
    return RestorativeCommand.OK;
  }
}
