package org.restorative.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.Pseudonymiser;
import org.restorative.core.rules.Policy;
import org.restorative.json.PseudonymisedCaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restorative pseudonymise --key-file KEY FILE...}: the pseudonymised view of case records
 * ({@link Pseudonymiser}) as NDJSON, one case per line, in restorative-json's {@link
 * PseudonymisedCaseJson} form (format {@code restorative-pseudonymised-case}, version 1): keyed
 * pseudonyms for the case and its people, months for dates, age bands for dates of birth, codes
 * kept, names and free text dropped.
 *
 * <p>The key file's bytes, all of them, are the HMAC key: at least {@value
 * Pseudonymiser#MINIMUM_KEY_BYTES} bytes, such as 32 random bytes ({@code head -c 32 /dev/urandom >
 * KEY}). The same key gives the same pseudonym to the same person in every file and on every run.
 * The key is never printed, not even in part.
 *
 * <p>The output is still personal data under UK GDPR, since whoever holds the key can re-identify
 * the people in it: every line starts with a {@code notice} saying so, and the command says it once
 * on standard error.
 */
@Command(
    name = "pseudonymise",
    mixinStandardHelpOptions = true,
    versionProvider = RestorativeCommand.Version.class,
    description = {
      "Writes the pseudonymised view of case records as NDJSON (one case per line): keyed"
          + " pseudonyms (HMAC-SHA256) for cases and people, months for dates, age bands for dates"
          + " of birth, codes kept, names and free text dropped.",
      "The output is still personal data under UK GDPR: whoever holds the key can re-identify the"
          + " people in it. Keep the key apart from the output.",
      "Exit code 0 when every record was read and written; 2 when the key or an input or a record"
          + " cannot be read (the other cases are still written; the summary says how many were"
          + " not); 3 only for a defect of the tool. pseudonymise checks no rules, so it never exits"
          + " 1."
    })
final class PseudonymiseCommand implements Callable<Integer> {

  /** The largest key file read: a larger one is almost certainly not a key. */
  static final int MAXIMUM_KEY_BYTES = 64 * 1024;

  @ParentCommand private @Nullable RestorativeCommand root;

  @Option(
      names = "--key-file",
      paramLabel = "KEY",
      required = true,
      description =
          "A file whose bytes are the secret key, at least "
              + Pseudonymiser.MINIMUM_KEY_BYTES
              + " bytes (for example: head -c 32 /dev/urandom > KEY). The same key gives the same"
              + " pseudonyms across files and runs.")
  private @Nullable Path keyFile;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = Policy.DEFAULT_ZONE_ID,
      converter = ZoneConverter.class,
      description =
          "The time zone in which moments fall into months and the referral day is taken for age"
              + " bands. Default: ${DEFAULT-VALUE}.")
  private ZoneId zone = Policy.standard().zone();

  @Mixin private CaseFilesOption records = new CaseFilesOption();

  @Mixin private OutputOption outputOption = new OutputOption();

  @Mixin private ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    if (root == null || keyFile == null) {
      throw new IllegalStateException(
          "pseudonymise runs as a subcommand of restorative, with a key");
    }
    RestorativeCommand command = root;
    Path output = outputOption.output();
    List<String> files = records.files();
    if (output != null) {
      refuseToOverwrite(output, keyFile, files);
    }
    Pseudonymiser pseudonymiser = pseudonymiser(keyFile);
    command.err().println("restorative pseudonymise: " + PseudonymisedCase.NOTICE);
    PseudonymisedCaseJson json = PseudonymisedCaseJson.strict();
    long[] written = new long[1];
    EveryCase.Counts read =
        CaseLines.write(
            command,
            files,
            records.lenient(),
            threads.threads(),
            output,
            c ->
                new CaseLines.Line(
                    json.writeLine(pseudonymiser.pseudonymise(c, zone)), () -> written[0]++));
    command
        .err()
        .println(
            "restorative pseudonymise: "
                + written[0]
                + (written[0] == 1 ? " case" : " cases")
                + " written"
                + (output != null ? " to " + output : "")
                + read.notHandled());
    return read.exitCode(0);
  }

  /** Reads the key; any failure names the file and never shows a byte of it. */
  static Pseudonymiser pseudonymiser(Path keyFile) {
    byte[] key;
    try (InputStream in = Files.newInputStream(keyFile)) {
      key = in.readNBytes(MAXIMUM_KEY_BYTES + 1);
    } catch (IOException e) {
      throw new CommandFailure(
          RestorativeCommand.UNREADABLE,
          "cannot read the key file " + keyFile + ": " + RestorativeCommand.describe(e, keyFile));
    }
    try {
      if (key.length < Pseudonymiser.MINIMUM_KEY_BYTES) {
        throw new CommandFailure(
            RestorativeCommand.UNREADABLE,
            "the key file "
                + keyFile
                + " is too short: "
                + key.length
                + (key.length == 1 ? " byte" : " bytes")
                + "; a key must be at least "
                + Pseudonymiser.MINIMUM_KEY_BYTES
                + " bytes, such as 32 random bytes (head -c 32 /dev/urandom > KEY)");
      }
      if (key.length > MAXIMUM_KEY_BYTES) {
        throw new CommandFailure(
            RestorativeCommand.UNREADABLE,
            "the key file "
                + keyFile
                + " is over "
                + MAXIMUM_KEY_BYTES
                + " bytes: is it the key? A key of 32 random bytes is enough");
      }
      return Pseudonymiser.keyed(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * Refuses an output that is the key file or one of the inputs: opening it for writing would empty
   * it before it is read, losing the key or the records.
   */
  static void refuseToOverwrite(Path output, Path keyFile, List<String> files) {
    if (Files.exists(output) && CaseLines.sameFile(output, keyFile)) {
      throw new CommandFailure(
          RestorativeCommand.UNREADABLE,
          "the output " + output + " is the key file; nothing written");
    }
    CaseLines.refuseToOverwrite(output, files);
  }
}
