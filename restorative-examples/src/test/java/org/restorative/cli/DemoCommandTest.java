package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.PartyId;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.RuleSet;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;

class DemoCommandTest {

  @TempDir Path dir;

  @Test
  void the_demo_walks_the_case_to_closed_completed() {
    RestorativeCase closed = CommandFixtures.theClosedDemoCase(dir);

    assertThat(closed.stage()).isEqualTo(Stage.CLOSED_COMPLETED);
    assertThat(closed.history())
        .extracting(e -> e.toStage().map(Enum::name).orElse("-"))
        .containsExactly(
            "-",
            "ASSESSMENT",
            "PREPARATION",
            "INTERVENTION",
            "OUTCOME_AGREEMENT",
            "FOLLOW_UP",
            "CLOSURE",
            "CLOSED_COMPLETED");
  }

  @Test
  void
      the_closed_case_is_a_restricted_autistic_patient_who_harmed_a_nurse_supported_by_a_colleague() {
    RestorativeCase closed = CommandFixtures.theClosedDemoCase(dir);

    assertThat(closed.party(PartyId.of("p-patient")).orElseThrow().isRestrictedPatient()).isTrue();
    assertThat(closed.party(PartyId.of("p-colleague")).orElseThrow().principal())
        .contains(PartyId.of("p-nurse"));
    assertThat(closed.capacityAssessments()).hasSize(1);
    assertThat(closed.signOffs()).hasSize(1);
    assertThat(closed.party(PartyId.of("p-patient")).orElseThrow().leaveAuthorisations())
        .hasSize(1);
    assertThat(RuleSet.standard().check(closed, Policy.standard(), Run.NOW).violations()).isEmpty();
  }

  @Test
  void the_demo_prints_refusals_with_their_codes_and_paths() {
    Run run = Run.of("demo", "--output", dir.resolve("case.json").toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out())
        .contains("REFUSED")
        .contains("ERROR ILLEGAL_TRANSITION /stage")
        .contains(
            "ERROR RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION /parties/0/acknowledgements")
        .contains("ERROR RESTRICTED_PATIENT_LEAVE_APPROVED /meetings/0/attendees/0")
        .contains("ERROR CLOSURE_REQUIRES_TERMINAL_ACTIONS /actions/1/status")
        .contains("move CLOSURE -> CLOSED_COMPLETED")
        .contains("case.json");
  }

  @Test
  void the_demo_prints_what_a_screen_offers_in_follow_up_and_what_blocks_closure() {
    Run run = Run.of("demo");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out())
        .contains("offer CLOSURE: blocked by CLOSURE_REQUIRES_TERMINAL_ACTIONS")
        .contains("offer PAUSED: open, needs a reason")
        .contains("offer CLOSED_WITHDRAWN: open");
  }

  @Test
  void the_demo_prints_no_name_and_no_date_of_birth() {
    Run run = Run.of("demo", "--output", dir.resolve("case.json").toString());

    assertThat(run.out()).doesNotContain(CommandFixtures.DEMO_NAMES);
    assertThat(run.out()).doesNotContain(CommandFixtures.DEMO_DATE_OF_BIRTH);
    assertThat(CommandFixtures.read(dir.resolve("case.json"))).contains("Rowan Tilsley");
  }

  @Test
  void the_demo_gives_the_same_output_on_every_run() {
    Run first = Run.of("demo");
    Run second = Run.of("demo");

    assertThat(first.exitCode).isZero();
    assertThat(first.outBytes).isEqualTo(second.outBytes);
  }

  @Test
  void without_an_output_file_the_record_follows_the_story_and_reads_back_strictly() {
    String out = Run.of("demo").out();
    String json = out.substring(out.indexOf("\n{\n") + 1);

    ReadResult read = CaseJson.strict().read(json);

    assertThat(read.problems()).isEmpty();
    assertThat(read.restorativeCase().orElseThrow().stage()).isEqualTo(Stage.CLOSED_COMPLETED);
  }
}
