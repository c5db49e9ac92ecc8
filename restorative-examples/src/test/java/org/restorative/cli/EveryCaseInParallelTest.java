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
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.json.CaseJson;

/**
 * {@link EveryCase} on several threads: what a worker throws for one record is handled in that
 * record's turn, exactly as on one thread — a defect skips the record in one line, a failure the
 * command raises on purpose ends the reading after the records before it.
 */
class EveryCaseInParallelTest {

  private static final String SECRET = "Zq7-secret-in-a-message";

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private RestorativeCommand command;
  private Path cohort;
  private List<String> ids;

  @BeforeEach
  void setUp() throws IOException {
    command =
        new RestorativeCommand(
            Clock.fixed(Run.NOW, ZoneOffset.UTC),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            () -> false);
    cohort = CommandFixtures.write(dir.resolve("cohort.ndjson"), CommandFixtures.aCohort(60, 12));
    try (var lines =
        CaseJson.strict()
            .readNdjson(
                new ByteArrayInputStream(
                    CommandFixtures.read(cohort).getBytes(StandardCharsets.UTF_8)))) {
      ids =
          lines.stream().map(l -> l.result().restorativeCase().orElseThrow().id().value()).toList();
    }
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String lines(List<String> ids) {
    return ids.stream().map(id -> id + System.lineSeparator()).collect(Collectors.joining());
  }

  /** A case's id printed in its turn, after its preparation ran the given check on a worker. */
  private EveryCase.CaseWork printing(java.util.function.Consumer<RestorativeCase> onWorker) {
    return c -> {
      onWorker.accept(c);
      String id = c.id().value();
      return () -> command.out().println(id);
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void a_record_whose_preparation_throws_is_skipped_in_its_turn_and_the_others_are_handled(
      int threads) {
    String failing = ids.get(6);

    EveryCase.Counts counts =
        EveryCase.read(
            command,
            List.of(cohort.toString()),
            false,
            threads,
            printing(
                c -> {
                  if (c.id().value().equals(failing)) {
                    throw new IllegalStateException(SECRET);
                  }
                }));

    assertThat(out()).isEqualTo(lines(ids.stream().filter(id -> !id.equals(failing)).toList()));
    assertThat(counts).isEqualTo(new EveryCase.Counts(0, 1));
    assertThat(err())
        .isEqualTo(
            cohort
                + ":7: internal error (IllegalStateException); record skipped, please report it"
                + " with the command line used"
                + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void a_failure_raised_on_purpose_while_preparing_ends_the_reading_after_the_records_before_it(
      int threads) {
    String failing = ids.get(4);

    assertThatThrownBy(
            () ->
                EveryCase.read(
                    command,
                    List.of(cohort.toString()),
                    false,
                    threads,
                    printing(
                        c -> {
                          if (c.id().value().equals(failing)) {
                            throw new CommandFailure(RestorativeCommand.UNREADABLE, "planted");
                          }
                        })))
        .isInstanceOf(CommandFailure.class)
        .hasMessage("planted");
    assertThat(out()).isEqualTo(lines(ids.subList(0, 4)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void an_output_that_fails_in_its_turn_ends_the_reading_as_a_command_failure(int threads) {
    String failing = ids.get(9);

    assertThatThrownBy(
            () ->
                EveryCase.read(
                    command,
                    List.of(cohort.toString()),
                    false,
                    threads,
                    c -> {
                      String id = c.id().value();
                      return () -> {
                        if (id.equals(failing)) {
                          throw new UncheckedIOException(new IOException("disk full"));
                        }
                        command.out().println(id);
                      };
                    }))
        .isInstanceOf(CommandFailure.class)
        .hasMessageStartingWith("cannot write: ");
    assertThat(out()).isEqualTo(lines(ids.subList(0, 9)));
  }
}
