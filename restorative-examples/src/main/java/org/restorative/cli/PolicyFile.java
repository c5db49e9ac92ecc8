package org.restorative.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Violation;
import org.restorative.json.PolicyJson;
import org.restorative.json.PolicyReadResult;
import org.restorative.json.ProblemCode;

/**
 * The {@code --policy} file: read strictly by {@link PolicyJson}, which lists every setting, its
 * type, unit and default in the project's {@code docs/policy-format.md}. Each problem of the file
 * is one line on standard error, with its code, JSON Pointer and message (never a value from the
 * file), and the command then ends with exit code 2.
 */
final class PolicyFile {

  private PolicyFile() {}

  /**
   * Reads a policy file.
   *
   * @param file the file
   * @param err where each problem of the file is printed, one line each
   * @return the policy
   * @throws CommandFailure with exit code 2 if the file cannot be read or holds any problem
   */
  static Policy read(Path file, PrintStream err) {
    String name = "policy file " + file;
    PolicyReadResult result;
    if (Files.isDirectory(file)) {
      // Opened, a directory fails only when read, inside the reader, as if it were malformed JSON.
      throw new CommandFailure(
          RestorativeCommand.UNREADABLE, name + " cannot be read: " + RestorativeCommand.DIRECTORY);
    }
    try (InputStream in = Files.newInputStream(file)) {
      result = PolicyJson.strict().read(in);
    } catch (IOException e) {
      throw new CommandFailure(
          RestorativeCommand.UNREADABLE,
          name + " cannot be read: " + RestorativeCommand.describe(e));
    }
    for (Violation v : result.problems()) {
      err.println(EveryCase.problemLine("restorative: " + name, v));
    }
    if (result.policy().isPresent()) {
      return result.policy().get();
    }
    boolean unknown =
        result.problems().stream().anyMatch(v -> v.is(ProblemCode.JSON_UNKNOWN_PROPERTY));
    int count = result.errors().size();
    throw new CommandFailure(
        RestorativeCommand.UNREADABLE,
        name
            + " is not used: "
            + count
            + (count == 1 ? " problem" : " problems")
            + (unknown ? "; the settings are " + String.join(", ", PolicyJson.settings()) : ""));
  }
}
