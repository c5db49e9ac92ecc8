package org.restorative.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Runs the {@code restorative} command in-process as its {@code main} does ({@code execute}), with
 * a fixed clock, the given standard input, and captured standard output and error.
 */
final class Run {

  /** The moment the tests' clock always reads. */
  static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

  final int exitCode;
  final byte[] outBytes;
  final String err;

  private Run(int exitCode, byte[] outBytes, String err) {
    this.exitCode = exitCode;
    this.outBytes = outBytes;
    this.err = err;
  }

  /** Runs the command with empty standard input. */
  static Run of(String... args) {
    return withInput(new byte[0], args);
  }

  /** Runs the command with the given bytes on standard input. */
  static Run withInput(byte[] stdin, String... args) {
    return withInput(stdin, false, args);
  }

  /** Runs the command, saying whether standard error is a terminal. */
  static Run withInput(byte[] stdin, boolean errIsTerminal, String... args) {
    return run(stdin, errIsTerminal, false, args);
  }

  /**
   * Runs the command through the command line with every subcommand ({@code commandLine()}), not
   * only the one {@code args} names.
   */
  static Run withEverySubcommand(String... args) {
    return run(new byte[0], false, true, args);
  }

  private static Run run(
      byte[] stdin, boolean errIsTerminal, boolean everySubcommand, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RestorativeCommand command =
        new RestorativeCommand(
            Clock.fixed(NOW, ZoneOffset.UTC),
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            () -> errIsTerminal);
    int code = everySubcommand ? command.commandLine().execute(args) : command.execute(args);
    return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** Standard output as text. */
  String out() {
    return new String(outBytes, StandardCharsets.UTF_8);
  }
}
