package org.restorative.cli;

/**
 * A failure the tool reports in one line on standard error, with its exit code, and never as a
 * stack trace: a missing file, a bad policy file, an output that cannot be written.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * A failure.
   *
   * @param exitCode the exit code the command ends with
   * @param message the line printed, without personal values
   */
  CommandFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /**
   * The exit code the command ends with.
   *
   * @return the code
   */
  int exitCode() {
    return exitCode;
  }
}
