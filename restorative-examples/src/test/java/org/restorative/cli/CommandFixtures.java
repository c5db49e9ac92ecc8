package org.restorative.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.json.CaseJson;

/** Records the command-line tests work with: the demonstration case and synthetic cohorts. */
final class CommandFixtures {

  /** The invented names of the demonstration's people, which the tool must never print. */
  static final String[] DEMO_NAMES = {
    "Rowan",
    "Tilsley",
    "Priya",
    "Fenwick",
    "Marcus",
    "Oyelaran",
    "Marchbank",
    "Adeyemi",
    "Whitlow",
    "Greer"
  };

  /**
   * The value the hostile inputs and the mutants plant in names, narratives, notes, places, local
   * severity labels and property names; it must appear in no output.
   */
  static final String SENTINEL = "Zq7Sentinel";

  /**
   * An exception's name in a command's output: "Exception" but for the format's own property {@code
   * permittedException}, which a problem's path may name.
   */
  static final java.util.regex.Pattern EXCEPTION =
      java.util.regex.Pattern.compile("(?<!permitted)Exception");

  /** The demonstration patient's invented date of birth. */
  static final String DEMO_DATE_OF_BIRTH = "1994-07-19";

  private CommandFixtures() {}

  /** The demonstration's final case, as the demo command writes it. */
  static RestorativeCase theClosedDemoCase(Path dir) {
    return CaseJson.strict().read(read(theDemoRecord(dir))).restorativeCase().orElseThrow();
  }

  /** The demonstration's final case record, written by the demo command into a file. */
  static Path theDemoRecord(Path dir) {
    Path file = dir.resolve("demo-case.json");
    Run run = Run.of("demo", "--output", file.toString());
    if (run.exitCode != 0) {
      throw new IllegalStateException("the demo failed: " + run.err);
    }
    return file;
  }

  /** A synthetic cohort as NDJSON, as the synth command writes it. */
  static byte[] aCohort(int cases, long seed) {
    Run run = Run.of("synth", "--cases", Integer.toString(cases), "--seed", Long.toString(seed));
    if (run.exitCode != 0) {
      throw new IllegalStateException("synth failed: " + run.err);
    }
    return run.outBytes;
  }

  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
