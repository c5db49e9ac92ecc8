package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.json.CaseJson;

/**
 * One record the tool fails on never stops the others: the record is reported in one line, without
 * the exception's message, the rest are still handled, and the command ends with exit code 3.
 */
class EveryCaseTest {

  private static final String SECRET = "Zq7-secret-in-a-message";

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private RestorativeCommand command;
  private Path three;

  @BeforeEach
  void setUp() {
    command =
        new RestorativeCommand(
            Clock.fixed(Run.NOW, ZoneOffset.UTC),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            () -> false);
    three = CommandFixtures.write(dir.resolve("three.ndjson"), CommandFixtures.aCohort(3, 11));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_case_the_tool_fails_on_is_skipped_in_one_line_and_the_others_are_still_handled() {
    List<RestorativeCase> handled = new ArrayList<>();
    int[] seen = new int[1];

    EveryCase.Counts counts =
        EveryCase.read(
            command,
            List.of(three.toString()),
            false,
            c -> {
              if (++seen[0] == 2) {
                throw new IllegalStateException(SECRET);
              }
              handled.add(c);
            });

    assertThat(handled).hasSize(2);
    assertThat(counts).isEqualTo(new EveryCase.Counts(0, 1));
    assertThat(err())
        .isEqualTo(
            three
                + ":2: internal error (IllegalStateException); record skipped, please report it"
                + " with the command line used"
                + System.lineSeparator());
    assertThat(counts.exitCode(0)).isEqualTo(RestorativeCommand.INTERNAL_ERROR);
    assertThat(counts.notHandled()).isEqualTo("; 1 skipped by an internal error");
  }

  @Test
  void the_record_sink_of_validate_is_guarded_the_same_way() {
    List<OptionalLong> lines = new ArrayList<>();

    EveryCase.Counts counts =
        EveryCase.read(
            command,
            List.of(three.toString()),
            CaseJson.strict(),
            (input, line, result) -> {
              if (line.equals(OptionalLong.of(1))) {
                throw new ArithmeticException(SECRET);
              }
              lines.add(line);
            });

    assertThat(lines).containsExactly(OptionalLong.of(2), OptionalLong.of(3));
    assertThat(counts).isEqualTo(new EveryCase.Counts(0, 1));
    assertThat(err()).contains(":1: internal error (ArithmeticException); record skipped");
    assertThat(err()).doesNotContain(SECRET);
  }

  @Test
  void
      records_not_read_and_records_skipped_are_both_counted_and_the_defect_decides_the_exit_code() {
    Path mixed =
        CommandFixtures.write(
            dir.resolve("mixed.ndjson"), CommandFixtures.read(three) + "{\"not\": \"a case\"}\n");

    EveryCase.Counts counts =
        EveryCase.read(
            command,
            List.of(mixed.toString()),
            false,
            c -> {
              throw new IllegalArgumentException(SECRET);
            });

    assertThat(counts).isEqualTo(new EveryCase.Counts(1, 3));
    assertThat(counts.notHandled())
        .isEqualTo("; 1 could not be read; 3 skipped by an internal error");
    assertThat(counts.exitCode(5)).isEqualTo(RestorativeCommand.INTERNAL_ERROR);
    assertThat(err()).doesNotContain(SECRET).doesNotContain("\tat ");
  }

  @Test
  void a_failure_the_command_raises_on_purpose_still_ends_the_reading() {
    int[] seen = new int[1];

    assertThatThrownBy(
            () ->
                EveryCase.read(
                    command,
                    List.of(three.toString()),
                    false,
                    c -> {
                      seen[0]++;
                      throw new CommandFailure(RestorativeCommand.UNREADABLE, "cannot write");
                    }))
        .isInstanceOf(CommandFailure.class);
    assertThat(seen[0]).isEqualTo(1);

    seen[0] = 0;
    assertThatThrownBy(
            () ->
                EveryCase.read(
                    command,
                    List.of(three.toString()),
                    false,
                    c -> {
                      seen[0]++;
                      throw new UncheckedIOException(new IOException("disk full"));
                    }))
        .isInstanceOf(CommandFailure.class)
        .hasMessageStartingWith("cannot write: ");
    assertThat(seen[0]).isEqualTo(1);
  }

  @Test
  void every_record_handled_leaves_nothing_to_say() {
    EveryCase.Counts counts = EveryCase.read(command, List.of(three.toString()), false, c -> {});

    assertThat(counts).isEqualTo(new EveryCase.Counts(0, 0));
    assertThat(counts.notHandled()).isEmpty();
    assertThat(counts.exitCode(0)).isEqualTo(RestorativeCommand.OK);
    assertThat(counts.exitCode(2)).isEqualTo(RestorativeCommand.ERRORS_FOUND);
    assertThat(err()).isEmpty();
  }
}
