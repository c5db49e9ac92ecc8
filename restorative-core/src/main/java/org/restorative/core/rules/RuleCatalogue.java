package org.restorative.core.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.restorative.core.casefile.Stage;

/**
 * Writes a rule set's catalogue as Markdown, from the rules' own metadata: code, severity, the
 * stage it applies from, its kind, what it requires, its source, what it cannot check from the
 * record and the policy settings it reads; then the settings no source fixes, which a trust must
 * choose, with what each rule does while they are unset; then the policy's other settings with
 * their values. The project's {@code docs/rules.md} is this catalogue for the standard rules and
 * the standard policy, and a test keeps it current; a trust can publish its own.
 */
public final class RuleCatalogue {

  private RuleCatalogue() {}

  /**
   * The catalogue of a rule set under a policy, as Markdown.
   *
   * @param rules the rule set
   * @param policy the policy whose settings are listed
   * @param title the document's title
   * @return the Markdown text, ending with a newline
   */
  public static String markdown(RuleSet rules, Policy policy, String title) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append(
        "Generated from the rule set's own metadata by `RuleCatalogue.markdown`; do not edit by"
            + " hand.\n\n");
    md.append(
        "A rule applies from the stage named and at every later stage of the main line. A paused"
            + " case is checked as the stage it was paused from; a closed case as the stage it was"
            + " closed from (closure, for a completed or partial close). Every case is checked as"
            + " the furthest stage its parts show it reached when its stage or history says less"
            + " (an agreement agreed shows the outcome agreement; a meeting begun or a message"
            + " delivered, the intervention; a meeting given a date, preparation): a case moved"
            + " back, resumed into assessment, or recorded at a stage that lags what it holds is"
            + " still checked against every rule of what it holds. Paths are JSON Pointers"
            + " into the case record. *Guarantee* rules are also promises of the transition"
            + " functions (`CaseTransitions`), checked on a snapshot too.\n\n");
    md.append(
        "The fidelity of each rule to its source is in three columns: *Requires* says what it checks,"
            + " *Gates* the stage entries at which it is checked (and every check of a case at that"
            + " stage or later), and *Cannot check from the record* any part of its source that the"
            + " record does not show, which stays a matter of practice; an empty cell there means"
            + " the record shows all that the source asks.\n\n");
    md.append(
        "| # | Code | Severity | Gates | Kind | Requires | Source | Cannot check from the record"
            + " | Policy settings |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    List<Rule> list = rules.rules();
    for (int i = 0; i < list.size(); i++) {
      Rule rule = list.get(i);
      md.append("| ")
          .append(i + 1)
          .append(" | `")
          .append(rule.code().name())
          .append("` | ")
          .append(rule.severity())
          .append(" | ")
          .append(gates(rule.appliesFrom()))
          .append(" | ")
          .append(rule.kind() == RuleKind.GUARANTEE ? "Guarantee" : "Check")
          .append(" | ")
          .append(cell(rule.meaning()))
          .append(" | ")
          .append(cell(rule.source()))
          .append(" | ")
          .append(cell(rule.limitations()))
          .append(" | ")
          .append(
              rule.policyParameters().stream()
                  .sorted()
                  .map(p -> "`" + p + "`")
                  .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    md.append("\n## Transition codes\n\n");
    md.append("| Code | Meaning |\n|---|---|\n");
    md.append(
        "| `ILLEGAL_TRANSITION` | The stage model (domain brief §1.4) does not allow the move. |\n");
    md.append(
        "| `TERMINAL_STATUS_IMMUTABLE` | Any move of a closed case; a reopening is a new case. |\n");
    md.append(
        "| `DATES_IN_ORDER` | A move, a withdrawal or a stop included, dated before the last event of"
            + " the case's history, at the place of the event it would add; one at the same moment"
            + " is in order, as the rule judges the history. A withdrawal dated after the moment it"
            + " is recorded, at the place it would take (`/withdrawals/N/at`); one dated at that"
            + " moment is in order. A close (as withdrawn, as not proceeding, or through the gate)"
            + " dated before a part the case records later, at `/closure/closedAt`, as the rule"
            + " reports the closed case: the rule decides which parts may follow a closure, and a"
            + " close at the moment of the latest part is in order. |\n");
    md.append(
        "| `NOT_PROCEEDING_REASON_REQUIRED` | A pause or a decision not to proceed without a"
            + " reason. |\n");
    md.append(
        "| `WITHDRAWAL_REFERENCE_UNKNOWN` | A withdrawal names a party or a meeting the case does"
            + " not hold; any other withdrawal recorded in time order is accepted (domain brief"
            + " §1.5). |\n");
    md.append("\n## Settings your trust must choose\n\n");
    md.append(
        "No source gives a number for these settings (domain brief §8 rules 5, 13 and 46; §10 item"
            + " 6), and for rule 5 the brief says there is no default, so the standard policy leaves"
            + " them all unset. Each rule still checks what it can without the number; set the"
            + " number in your trust's `Policy` (or policy file) to have the rule check it too.\n\n");
    md.append("| Setting | Rule | What the rule does when your trust sets none | Value |\n");
    md.append("|---|---|---|---|\n");
    mustChoose(
        md,
        "consentReconfirmationWindow",
        StandardCode.CONSENT_RECONFIRMED_BEFORE_MEETING,
        "Asks for a reconfirmation (or consent first given) after the attendee's last preparation"
            + " contact and before the meeting, however long before it; a meeting still to come is"
            + " judged at the gate into intervention.",
        policy.consentReconfirmationWindow());
    mustChoose(
        md,
        "capacityReassessmentWindow",
        StandardCode.CAPACITY_CURRENT_BEFORE_MEETING,
        "Asks, for an attendee whose capacity fluctuates, for a fresh finding of capacity or a"
            + " reconfirmation of consent after their last preparation contact, however long before"
            + " the meeting; the checks after a change in mental state need no number.",
        policy.capacityReassessmentWindow());
    mustChoose(
        md,
        "proportionalityAmountThreshold",
        StandardCode.ACTION_PROPORTIONALITY_REVIEW,
        "No action needs the proportionality check for its amount; financial reparation needs it"
            + " whatever the amount.",
        policy.proportionalityAmountThreshold());
    mustChoose(
        md,
        "proportionalityHoursThreshold",
        StandardCode.ACTION_PROPORTIONALITY_REVIEW,
        "No action needs the proportionality check for its hours.",
        policy.proportionalityHoursThreshold());
    mustChoose(
        md,
        "proportionalityDurationThreshold",
        StandardCode.ACTION_PROPORTIONALITY_REVIEW,
        "No action needs the proportionality check for how long it runs.",
        policy.proportionalityDurationThreshold());
    md.append("\n## Policy settings\n\n");
    md.append("| Setting | Value |\n|---|---|\n");
    setting(md, "zone", policy.zone());
    setting(md, "supervisionInterval", policy.supervisionInterval());
    setting(md, "observedPracticeInterval", policy.observedPracticeInterval());
    setting(md, "minimumFacilitatorLevel", policy.minimumFacilitatorLevel());
    setting(md, "sensitiveCaseFacilitatorLevel", policy.sensitiveCaseFacilitatorLevel());
    setting(md, "treatingTeamConflictSeverity", policy.treatingTeamConflictSeverity());
    setting(md, "coFacilitationWhenSensitive", policy.coFacilitationWhenSensitive());
    setting(md, "questionCatalogue", policy.questionCatalogue().sets().size() + " question sets");
    return md.toString();
  }

  private static String gates(Stage from) {
    return from == Stage.REFERRAL ? "every stage" : from + " and later";
  }

  private static void setting(StringBuilder md, String name, Object value) {
    md.append("| `").append(name).append("` | ").append(cell(value.toString())).append(" |\n");
  }

  private static void mustChoose(
      StringBuilder md, String name, StandardCode rule, String unset, Optional<?> value) {
    md.append("| `")
        .append(name)
        .append("` | `")
        .append(rule.name())
        .append("` | ")
        .append(cell(unset))
        .append(" | ")
        .append(value.map(v -> cell(v.toString())).orElse("not set"))
        .append(" |\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
