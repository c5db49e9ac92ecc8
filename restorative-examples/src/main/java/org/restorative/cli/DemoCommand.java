package org.restorative.cli;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.Harm;
import org.restorative.core.party.Party;
import org.restorative.core.rules.CaseTransitions;
import org.restorative.core.rules.Move;
import org.restorative.core.rules.NextMove;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Report;
import org.restorative.core.rules.RuleSet;
import org.restorative.core.rules.Violation;
import org.restorative.json.CaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restorative demo}: walks one realistic mental-health case through every stage with the
 * standard transitions, printing at each step what the gate says and what changed, and writes the
 * final case as JSON.
 *
 * <p>The story: a patient detained under a hospital order with restrictions (s37/41) on a medium
 * secure ward, with autism-related communication needs, struck a nurse during a noisy medication
 * round. The nurse asks for a restorative conference; a colleague supports her. At each stage the
 * demonstration first tries to move too early and shows the refusal — each reason a code with a
 * JSON Pointer into the record — then adds the records the practice would make and moves on. Every
 * moment is fixed (the clock is never read), so the output is the same on every run. Only ids,
 * codes, stages and moments are printed; the invented names and accounts stay in the record.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = RestorativeCommand.Version.class,
    description = {
      "Walks a restorative conference after an assault on a medium secure ward through every stage,"
          + " showing what each stage's gate refuses and why, then writes the final case record as"
          + " JSON.",
      "Every name, date and text in the case is invented; the output is the same on every run."
    })
final class DemoCommand implements Callable<Integer> {

  @ParentCommand private @Nullable RestorativeCommand root;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the final case record to FILE (default: after the story, on standard output).")
  private @Nullable Path output;

  private final CaseTransitions transitions = CaseTransitions.standard();
  private final RuleSet rules = RuleSet.standard();
  private final Policy policy = Policy.standard();
  private @Nullable PrintStream out;
  private int steps;

  @Override
  public Integer call() {
    if (root == null) {
      throw new IllegalStateException("demo runs as a subcommand of restorative");
    }
    out = root.out();
    RestorativeCase c = tell();
    String json = CaseJson.strict().write(c);
    PrintStream print = printer();
    if (output != null) {
      try {
        Files.writeString(output, json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CommandFailure(
            RestorativeCommand.UNREADABLE,
            "cannot write " + output + ": " + RestorativeCommand.describe(e, output));
      }
      print.println("The case record (JSON, format restorative-case) is in " + output + ".");
    } else {
      print.println("The case record (JSON, format restorative-case):");
      print.println();
      print.print(json);
    }
    print.flush();
    return RestorativeCommand.OK;
  }

  /** The story, step by step; returns the closed case. */
  private RestorativeCase tell() {
    PrintStream print = printer();
    print.println("restorative demo: a restorative conference after an assault on a secure ward");
    print.println();
    print.println(
        "Every name, date and text in this case is invented. Only ids, codes, stages and");
    print.println("moments are printed here; the names and accounts stay in the case record.");

    RestorativeCase c = DemoCase.referral();
    Harm harm = c.harms().get(0);
    Party patient = c.party(DemoCase.PATIENT).orElseThrow();
    step("Referral", c.referral().receivedAt());
    say("The nurse (" + DemoCase.NURSE + ") was struck during a crowded evening medication round;");
    say("she asks the restorative practice service for a conference with the patient who did it.");
    say(
        "harm "
            + harm.id()
            + ": "
            + harm.context()
            + " in "
            + harm.setting()
            + ", "
            + codes(harm.types())
            + ", sensitive: "
            + codes(harm.sensitiveFlags()));
    say(
        "patient "
            + patient.id()
            + ": "
            + patient.careContext().map(Enum::name).orElse("-")
            + ", "
            + patient.mentalHealthAct().map(m -> m.section().name()).orElse("-")
            + (patient.isRestrictedPatient() ? " (restricted)" : "")
            + ", needs "
            + codes(patient.communicationNeeds()));
    say("supporter " + DemoCase.COLLEAGUE + ": a colleague, supporting " + DemoCase.NURSE + ".");
    say("The case is at stage " + c.stage() + ".");

    step("Straight to preparation?", DemoCase.at("2026-03-10T09:00"));
    say("A move that skips the assessment is refused by the stage model itself.");
    tryTooEarly(c, Move.to(Stage.PREPARATION), DemoCase.at("2026-03-10T09:00"));

    step("Accepting the referral", DemoCase.at("2026-03-11T09:45"));
    say("The service accepts the referral and assigns an external lead facilitator and a");
    say("co-facilitator, who declare no conflict; the supervisor, the patient's responsible");
    say("clinician and the Ministry of Justice caseworker are recorded.");
    c = records(c, DemoCase::acceptReferral);
    c = move(c, Move.to(Stage.ASSESSMENT), DemoCase.at("2026-03-11T09:45"));

    step("Assessment", DemoCase.at("2026-03-12T11:30"));
    say("A face-to-face conference is chosen and the risk assessment begins. Trying to move to");
    say("preparation the next morning shows everything still missing:");
    c = records(c, DemoCase::chooseConference);
    tryTooEarly(c, Move.to(Stage.PREPARATION), DemoCase.at("2026-03-13T09:00"));
    say("Over the next two weeks: the patient acknowledges what happened, up to willingness to");
    say(
        "repair; a psychologist assesses capacity for this decision (there was reason to doubt it)");
    say("with picture cards in a quiet room, and finds it; each person gives informed written");
    say("consent with a voluntariness check; the risk assessment is completed (proceed with");
    say("conditions); the case supervisor approves that this sensitive case proceeds.");
    c = records(c, DemoCase::assess);
    c = move(c, Move.to(Stage.PREPARATION), DemoCase.at("2026-03-25T09:00"));

    step("Preparation", DemoCase.at("2026-03-31T10:00"));
    say("The conference is booked for 2026-04-21 in the therapy centre on the hospital");
    say("grounds; the facilitator prepares the patient and the nurse. Trying to start the");
    say("intervention straight away:");
    c = records(c, DemoCase::bookConference);
    tryTooEarly(c, Move.to(Stage.INTERVENTION), DemoCase.at("2026-04-02T09:00"));
    say("The colleague is prepared too; the responsible clinician is consulted and grants");
    say(
        "escorted ground leave for the day (the patient is restricted), and the risk assessment is");
    say("reviewed after that change; the safety plan is agreed; the patient's adjustments are");
    say(
        "arranged (processing time, a quiet low-light room, a picture plan, breaks); each attendee");
    say("reconfirms consent after their last preparation contact.");
    c = records(c, DemoCase::readyForConference);
    c = move(c, Move.to(Stage.INTERVENTION), DemoCase.at("2026-04-17T09:00"));

    step("The conference", DemoCase.at("2026-04-21T13:00"));
    say("All three attend. The facilitators use the IIRP questions for the person responsible and");
    say("for the person harmed; two breaks are taken.");
    c = records(c, DemoCase::holdConference);
    say("The outcome agreement is written up at the end, but the first draft is incomplete:");
    c = records(c, DemoCase::draftAgreement);
    tryTooEarly(c, Move.to(Stage.OUTCOME_AGREEMENT), DemoCase.at("2026-04-21T15:20"));
    say("The patient's free agreement is recorded, the apology letter gets a due date and the");
    say("signal-card commitment a monitor who is not its owner.");
    c = records(c, DemoCase::completeAgreement);
    c = move(c, Move.to(Stage.OUTCOME_AGREEMENT), DemoCase.at("2026-04-21T15:40"));

    step("Follow-up", DemoCase.at("2026-04-23T14:00"));
    say("Monitoring begins; the patient starts on the letter.");
    c = records(c, DemoCase::startMonitoring);
    c = move(c, Move.to(Stage.FOLLOW_UP), DemoCase.at("2026-04-24T10:00"));

    step("The letter", DemoCase.at("2026-05-01T11:00"));
    say("The apology letter is delivered and the nurse is told. The service would like to move");
    say("the case to closure, but follow-up ends only when every action has ended, and the");
    say("signal-card commitment is still under review:");
    c = records(c, DemoCase::deliverLetter);
    tryTooEarly(c, Move.to(Stage.CLOSURE), DemoCase.at("2026-05-05T10:00"));
    say("What a screen offers from here, and why the rest is closed (the planner):");
    offer(c, DemoCase.at("2026-05-05T10:00"));

    step("Closure", DemoCase.at("2026-06-02T10:00"));
    say("At the review the signal-card commitment has been kept, and the nurse is told; the");
    say("agreement is complete, the process concluded, and every participant is offered an");
    say("evaluation.");
    c = records(c, DemoCase::keepCommitment);
    say("The patient (with an easy-read form) and the nurse complete their evaluations.");
    c = records(c, DemoCase::recordEvaluations);
    c = move(c, Move.to(Stage.CLOSURE), DemoCase.at("2026-06-15T09:00"));
    c = move(c, Move.to(Stage.CLOSED_COMPLETED), DemoCase.at("2026-06-15T10:00"));

    step("Closed", DemoCase.at("2026-06-15T10:00"));
    Report last = rules.check(c, policy, DemoCase.at("2026-06-15T10:00"));
    say(
        "The case is "
            + c.stage()
            + " with "
            + c.history().size()
            + " events in its history. A full check finds "
            + last.errors().size()
            + " errors and "
            + last.warnings().size()
            + " warnings.");
    for (Violation warning : last.warnings()) {
      say("  " + line(warning));
    }
    say("A closed case never moves again:");
    tryTooEarly(c, Move.to(Stage.FOLLOW_UP), DemoCase.at("2026-06-16T10:00"));
    printer().println();
    return c;
  }

  // ------------------------------------------------------------------------------- telling

  private PrintStream printer() {
    if (out == null) {
      throw new IllegalStateException("the demo prints only while it runs");
    }
    return out;
  }

  private void step(String title, Instant at) {
    steps++;
    printer().println();
    printer().printf("%2d. %s (%s)%n", steps, title, at.toString().substring(0, 10));
  }

  private void say(String line) {
    printer().println("    " + line);
  }

  /** Adds records and prints what changed. */
  private RestorativeCase records(RestorativeCase c, UnaryOperator<RestorativeCase> records) {
    RestorativeCase next = records.apply(c);
    for (String change : CaseChanges.between(c, next)) {
      say("  " + change);
    }
    return next;
  }

  /** Tries a move that must be refused, and prints why it was. */
  private void tryTooEarly(RestorativeCase c, Move move, Instant at) {
    Stage target = move.target().orElseThrow();
    Either<Report, RestorativeCase> result = transitions.apply(c, move, DemoCase.LEAD, at);
    if (result.isRight()) {
      throw new IllegalStateException("the demonstration expected a refusal at " + target);
    }
    List<Violation> errors = result.getLeft().errors();
    say(
        "try  "
            + c.stage()
            + " -> "
            + target
            + " at "
            + at
            + ": REFUSED, "
            + errors.size()
            + (errors.size() == 1 ? " error" : " errors"));
    for (Violation error : errors) {
      say("  " + line(error));
    }
  }

  /** Prints every move the stage model allows now, open or with the codes that block it. */
  private void offer(RestorativeCase c, Instant at) {
    for (NextMove next : transitions.options(c, at)) {
      say(
          "  offer "
              + next.target()
              + ": "
              + (next.isOpen() ? "open" : "blocked by " + String.join(", ", next.blockedBy()))
              + (next.needsReason() ? ", needs a reason" : ""));
    }
  }

  /** Makes a move that must pass its gate, and prints the gate's warnings and the event. */
  private RestorativeCase move(RestorativeCase c, Move move, Instant at) {
    Stage target = move.target().orElseThrow();
    Report gate = rules.checkEntry(c, target, policy, at);
    Either<Report, RestorativeCase> result = transitions.apply(c, move, DemoCase.LEAD, at);
    if (result.isLeft()) {
      throw new IllegalStateException(
          "the demonstration's move to "
              + target
              + " was refused: "
              + result.getLeft().errors().stream().map(v -> v.code() + " " + v.path()).toList());
    }
    RestorativeCase moved = result.get();
    List<Violation> warnings = gate.warnings();
    say(
        "move "
            + c.stage()
            + " -> "
            + target
            + " at "
            + at
            + ": done"
            + (warnings.isEmpty() ? ", the gate has no warnings" : ", the gate warns:"));
    for (Violation warning : warnings) {
      say("  " + line(warning));
    }
    for (String change : CaseChanges.between(c, moved)) {
      say("  " + change);
    }
    return moved;
  }

  private static String line(Violation v) {
    return v.severity()
        + " "
        + v.code()
        + " "
        + (v.path().isEmpty() ? "-" : v.path())
        + "  "
        + v.message();
  }

  private static String codes(java.util.Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().reduce((a, b) -> a + ", " + b).orElse("none");
  }
}
