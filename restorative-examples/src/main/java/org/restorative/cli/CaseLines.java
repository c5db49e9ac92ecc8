package org.restorative.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.restorative.core.casefile.RestorativeCase;

/**
 * One line of output per case, for the commands that turn each case into a line ({@code
 * pseudonymise}, {@code fhir}): the line is made on any reading thread and written, with a newline,
 * on the calling thread in the case's turn, to standard output or to a file. Output that cannot be
 * written ends the command ({@link RestorativeCommand#UNREADABLE}).
 */
final class CaseLines {

  private CaseLines() {}

  /**
   * What a case becomes.
   *
   * @param text the line, without its newline
   * @param written what to do once the line is written (counting it), on the calling thread
   */
  record Line(String text, Runnable written) {}

  /**
   * Reads every case of the inputs and writes the line {@code make} makes of each.
   *
   * @param command the running command
   * @param files the inputs
   * @param lenient whether records are read leniently
   * @param threads how many threads read and make lines
   * @param output the file to write, or null for standard output
   * @param make makes a case's line; runs on any reading thread
   * @return what reading came to
   */
  static EveryCase.Counts write(
      RestorativeCommand command,
      List<String> files,
      boolean lenient,
      int threads,
      @Nullable Path output,
      Function<RestorativeCase, Line> make) {
    if (output == null) {
      PrintStream out = command.out();
      EveryCase.Counts read =
          EveryCase.read(
              command,
              files,
              lenient,
              threads,
              c -> {
                Line line = make.apply(c);
                return () -> {
                  if (out.checkError()) {
                    throw closed();
                  }
                  out.print(line.text());
                  out.print('\n');
                  line.written().run();
                };
              });
      out.flush();
      if (out.checkError()) {
        throw closed();
      }
      return read;
    }
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8),
            1 << 16)) {
      return EveryCase.read(
          command,
          files,
          lenient,
          threads,
          c -> {
            Line line = make.apply(c);
            return () -> {
              try {
                out.write(line.text());
                out.write('\n');
              } catch (IOException e) {
                throw cannotWrite(output, e);
              }
              line.written().run();
            };
          });
    } catch (IOException e) {
      throw cannotWrite(output, e);
    }
  }

  /**
   * Refuses an output that is one of the inputs: opening it would empty it before it is read.
   *
   * @param output the output file
   * @param files the inputs
   */
  static void refuseToOverwrite(Path output, List<String> files) {
    if (!Files.exists(output)) {
      return;
    }
    for (String file : files) {
      if (!CaseInput.STANDARD_INPUT.equals(file) && sameFile(output, Path.of(file))) {
        throw new CommandFailure(
            RestorativeCommand.UNREADABLE,
            "the output " + output + " is also an input; nothing written");
      }
    }
  }

  /** Whether two paths name one existing file; false when that cannot be told. */
  static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static CommandFailure closed() {
    return new CommandFailure(
        RestorativeCommand.UNREADABLE, "standard output was closed or cannot be written");
  }

  private static CommandFailure cannotWrite(Path file, IOException e) {
    return new CommandFailure(
        RestorativeCommand.UNREADABLE,
        "cannot write " + file + ": " + RestorativeCommand.describe(e, file));
  }
}
