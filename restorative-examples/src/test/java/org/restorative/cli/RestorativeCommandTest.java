package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RestorativeCommandTest {

  @Test
  void help_lists_every_subcommand_and_the_exit_codes() {
    Run run = Run.of("--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out())
        .contains("Usage: restorative")
        .contains("demo")
        .contains("validate")
        .contains("stats")
        .contains("export")
        .contains("pseudonymise")
        .contains("fhir")
        .contains("synth")
        .contains("Exit codes:");
  }

  @Test
  void help_names_the_launchers_environment_variable() {
    Run run = Run.of("--help");

    assertThat(run.out()).contains("Environment:").contains("RESTORATIVE_JAVA_OPTS");
    List<String> environment =
        run.out().lines().dropWhile(line -> !line.equals("Environment:")).skip(1).toList();
    assertThat(environment).hasSizeGreaterThan(1);
    assertThat(environment.get(0)).startsWith("  RESTORATIVE_JAVA_OPTS  ");
    assertThat(environment.subList(1, environment.size()))
        .as("continuation lines stand under the description, as the exit codes' do")
        .allMatch(line -> line.isBlank() || line.startsWith(" ".repeat(25)))
        .allMatch(line -> line.length() <= 80);
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "validate", "stats", "export", "pseudonymise", "fhir", "synth"})
  void every_subcommand_has_help(String subcommand) {
    Run run = Run.of(subcommand, "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out()).contains("Usage: restorative " + subcommand);
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "validate", "stats", "export", "pseudonymise", "fhir", "synth"})
  void a_subcommand_built_alone_prints_and_exits_as_among_all_the_others(String subcommand) {
    for (String[] args :
        new String[][] {
          {subcommand, "--help"}, {subcommand, "--no-such-option"}, {subcommand, "missing.ndjson"}
        }) {
      Run alone = Run.of(args);
      Run amongAll = Run.withEverySubcommand(args);

      assertThat(alone.exitCode).isEqualTo(amongAll.exitCode);
      assertThat(alone.out()).isEqualTo(amongAll.out());
      assertThat(alone.err).isEqualTo(amongAll.err);
    }
  }

  @Test
  void the_help_subcommand_prints_the_help_of_the_subcommand_it_names() {
    Run run = Run.of("help", "validate");

    assertThat(run.exitCode).isZero();
    assertThat(run.out()).contains("Usage: restorative validate");
  }

  @Test
  void the_version_is_the_build_version() {
    Run run = Run.of("--version");

    assertThat(run.exitCode).isZero();
    assertThat(run.out()).startsWith("restorative ").doesNotContain("${").doesNotContain("unknown");
  }

  @Test
  void without_a_subcommand_the_usage_is_printed() {
    Run run = Run.of();

    assertThat(run.exitCode).isZero();
    assertThat(run.out()).contains("Usage: restorative");
  }

  @Test
  void an_unknown_subcommand_or_option_exits_2_without_a_stack_trace() {
    Run unknown = Run.of("stats-and-more");
    Run option = Run.of("validate", "--colour", "x.json");

    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(option.exitCode).isEqualTo(2);
    assertThat(unknown.err + option.err).doesNotContain("\tat ");
  }
}
