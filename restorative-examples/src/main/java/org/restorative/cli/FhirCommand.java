package org.restorative.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.restorative.fhir.FhirBundles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restorative fhir FILE...}: each case record as a FHIR R4 Bundle ({@link FhirBundles}), as
 * NDJSON — one Bundle per line, the FHIR bulk-data convention. A Bundle names what it does not
 * carry in an extension of its EpisodeOfCare; the summary on standard error counts those
 * attributes. HAPI FHIR is loaded only when this command runs ({@link FhirLines}), so the others
 * start as before.
 */
@Command(
    name = "fhir",
    mixinStandardHelpOptions = true,
    versionProvider = RestorativeCommand.Version.class,
    description = {
      "Writes each case record as a FHIR R4 Bundle, as NDJSON (one Bundle per line, the FHIR"
          + " bulk-data convention): the case as EpisodeOfCare, parties as Patient, RelatedPerson"
          + " or Organization, and every other part of the case as the resource docs/fhir.md"
          + " names.",
      "Each Bundle lists, by JSON Pointer, the attributes it does not carry; the summary counts"
          + " them.",
      "Exit code 0 when every record was read and written; 2 when an input or a record cannot be"
          + " read (the other cases are still written) or the output cannot be written; 3 only for"
          + " a defect of the tool. fhir checks no rules, so it never exits 1."
    })
final class FhirCommand implements Callable<Integer> {

  @ParentCommand private @Nullable RestorativeCommand root;

  @Option(
      names = "--transaction",
      description =
          "Write transaction Bundles, each entry a POST, to send to a FHIR server (default:"
              + " collection Bundles).")
  private boolean transaction;

  @Mixin private CaseFilesOption records = new CaseFilesOption();

  @Mixin private OutputOption outputOption = new OutputOption();

  @Mixin private ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    if (root == null) {
      throw new IllegalStateException("fhir runs as a subcommand of restorative");
    }
    RestorativeCommand command = root;
    Path output = outputOption.output();
    List<String> files = records.files();
    if (output != null) {
      CaseLines.refuseToOverwrite(output, files);
    }
    quietLogging();
    FhirLines lines = new FhirLines(transaction);
    long[] written = new long[2];
    EveryCase.Counts read =
        CaseLines.write(
            command,
            files,
            records.lenient(),
            threads.threads(),
            output,
            c -> {
              FhirLines.Line line = lines.line(c);
              return new CaseLines.Line(
                  line.json(),
                  () -> {
                    written[0]++;
                    written[1] += line.notCarried();
                  });
            });
    command
        .err()
        .println(
            "restorative fhir: "
                + written[0]
                + (written[0] == 1 ? " Bundle" : " Bundles")
                + " written"
                + (output != null ? " to " + output : "")
                + "; "
                + written[1]
                + (written[1] == 1 ? " attribute" : " attributes")
                + " not carried (each Bundle lists its own)"
                + read.notHandled());
    return read.exitCode(0);
  }

  /**
   * HAPI logs through SLF4J; with no provider on the class path SLF4J prints a warning on standard
   * error. The no-operation provider of slf4j-api itself is chosen instead, without SLF4J's own
   * note that it was chosen: the tool logs nothing, since a log line could carry personal data. A
   * provider or verbosity the user chose is kept.
   */
  static void quietLogging() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      if (System.getProperty("slf4j.internal.verbosity") == null) {
        System.setProperty("slf4j.internal.verbosity", "WARN");
      }
    }
  }
}
