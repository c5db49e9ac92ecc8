package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.FACILITATOR_IMPARTIAL;
import static org.restorative.core.rules.StandardCode.FACILITATOR_SUPERVISION_CURRENT;
import static org.restorative.core.rules.StandardCode.FACILITATOR_TRAINED;
import static org.restorative.core.rules.StandardCode.MEETING_HAS_FACILITATOR;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.casefile.Stage;
import org.restorative.core.internal.Dates;
import org.restorative.core.party.ConflictDeclaration;
import org.restorative.core.party.ConflictKind;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.Facilitator;
import org.restorative.core.process.Meeting;
import org.restorative.core.rules.CheckContext.Indexed;

/** Rules 24–27 of the domain brief §8: the facilitator. */
final class FacilitatorRules {

  /** Conflicts that always rule a facilitator out (rule 26). */
  private static final Set<ConflictKind> DISQUALIFYING =
      EnumSet.of(
          ConflictKind.PARTY_OR_SUPPORTER,
          ConflictKind.WITNESS_TO_HARM,
          ConflictKind.LINE_MANAGER_OF_PARTY);

  private FacilitatorRules() {}

  static List<Rule> rules() {
    return List.of(
        leadFacilitatorIsTrained(),
        leadFacilitatorSupervisionIsCurrent(),
        facilitatorsAreImpartial(),
        everyDirectMeetingHasAFacilitator());
  }

  /** Rule 24. */
  static Rule leadFacilitatorIsTrained() {
    return Rule.define(FACILITATOR_TRAINED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source("RJC Practitioner Code B")
        .meaning(
            "A lead facilitator is assigned and holds a training record at or above the policy's"
                + " minimum level (the sensitive-case level is rule SENSITIVE_CASE_ESCALATION).")
        .check(
            context -> {
              Optional<Indexed<Facilitator>> lead = context.leadFacilitator();
              if (lead.isEmpty()) {
                return List.of(
                    Finding.at(Pointer.of("facilitators"), "No lead facilitator is assigned."));
              }
              if (lead.get().value().isTrainedTo(context.policy().minimumFacilitatorLevel())) {
                return List.of();
              }
              return List.of(
                  Finding.at(
                      Pointer.of("facilitators", lead.get().index(), "trainingRecords"),
                      "The lead facilitator has no training record at the minimum level."));
            })
        .withPolicyParameters("minimumFacilitatorLevel")
        .withLimitations(
            "The training provider's RJC registration and the yearly CPD hours of RJC"
                + " Practitioner Code D are recorded but not required.");
  }

  /** Rule 25. */
  static Rule leadFacilitatorSupervisionIsCurrent() {
    return Rule.define(FACILITATOR_SUPERVISION_CURRENT)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC Practitioner Code C: case supervision at least every 12 weeks, observed practice"
                + " at least once a year")
        .meaning(
            "For each meeting the lead facilitator runs, their last case supervision and their last"
                + " observed practice fall within the policy's intervals before the meeting date.")
        .check(
            context -> {
              Optional<Indexed<Facilitator>> lead = context.leadFacilitator();
              if (lead.isEmpty()) {
                return List.of();
              }
              Facilitator facilitator = lead.get().value();
              int i = lead.get().index();
              Period supervision = context.policy().supervisionInterval();
              Period observation = context.policy().observedPracticeInterval();
              // Each lapse is reported once, at the first meeting it affects.
              List<Finding> findings = new ArrayList<>(2);
              boolean supervisionReported = false;
              boolean observationReported = false;
              List<Indexed<Meeting>> meetings = context.meetingsInScope();
              for (int m = 0; m < meetings.size(); m++) {
                Meeting meeting = meetings.get(m).value();
                if (meeting.startAt().isEmpty()
                    || !meeting.facilitators().contains(facilitator.id())) {
                  continue;
                }
                LocalDate meetingOn = context.dateOf(meeting.startAt().get());
                if (!isCurrent(
                        facilitator.lastSupervisionOn(), Dates.before(meetingOn, supervision))
                    && !supervisionReported) {
                  supervisionReported = true;
                  findings.add(
                      Finding.at(
                          Pointer.of("facilitators", i, "lastSupervisionOn"),
                          "The lead facilitator's case supervision is not current for a"
                              + " meeting."));
                }
                LocalDate observedSince = Dates.before(meetingOn, observation);
                if (!isCurrent(facilitator.lastObservedPracticeOn(), observedSince)
                    && !observationReported) {
                  observationReported = true;
                  findings.add(
                      Finding.at(
                          Pointer.of("facilitators", i, "lastObservedPracticeOn"),
                          "The lead facilitator's observed practice is not current for a"
                              + " meeting."));
                }
              }
              return findings;
            })
        .withPolicyParameters("supervisionInterval", "observedPracticeInterval")
        .withLimitations("Whether the supervisor was experienced enough is not recorded.");
  }

  /** Rule 26. */
  static Rule facilitatorsAreImpartial() {
    return Rule.define(FACILITATOR_IMPARTIAL)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC principles of restorative practice (impartiality and conflicts of interest);"
                + " Power, Churchill Fellowship report 2017 (an external facilitator in forensic"
                + " mental health); Practice consensus (the list of conflicts)")
        .meaning(
            "Each facilitator has declared their conflicts of interest for the case and is not a"
                + " party or supporter, a witness to the harm, or a party's line manager; a place"
                + " on a party's treating team is reported at the policy's severity.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Facilitator> facilitators = context.restorativeCase().facilitators();
              boolean treatingTeamIsWarning =
                  context.policy().treatingTeamConflictSeverity() == Severity.WARNING;
              for (int i = 0; i < facilitators.size(); i++) {
                Optional<ConflictDeclaration> declaration =
                    facilitators.get(i).conflictDeclaration();
                if (declaration.isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("facilitators", i, "conflictDeclaration"),
                          "A facilitator has not declared their conflicts of interest."));
                  continue;
                }
                List<DeclaredConflict> conflicts = declaration.get().conflicts();
                for (int c = 0; c < conflicts.size(); c++) {
                  ConflictKind kind = conflicts.get(c).kind();
                  if (DISQUALIFYING.contains(kind)) {
                    findings.add(
                        Finding.at(
                            conflictPath(i, c),
                            "A facilitator has a conflict of interest of kind " + kind + "."));
                  } else if (kind == ConflictKind.TREATING_TEAM_MEMBER) {
                    String message = "A facilitator belongs to a party's treating team.";
                    findings.add(
                        treatingTeamIsWarning
                            ? Finding.advisory(conflictPath(i, c), message)
                            : Finding.at(conflictPath(i, c), message));
                  }
                }
              }
              return findings;
            })
        .withPolicyParameters("treatingTeamConflictSeverity")
        .withLimitations(
            "The rule reads the facilitator's own declaration: a conflict they did not declare"
                + " (a relationship, line management, having witnessed the harm) cannot be seen.");
  }

  /** Rule 27. */
  static Rule everyDirectMeetingHasAFacilitator() {
    return Rule.define(MEETING_HAS_FACILITATOR)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Scottish Government Guidance 2017 B (a co-facilitator in serious or complex cases);"
                + " IIRP, Defining Restorative 5.2 Circles (the circle keeper)")
        .meaning(
            "Every direct meeting and circle has a facilitator or keeper, and at least two in a"
                + " sensitive case when the policy asks for co-facilitation.")
        .check(
            context -> {
              boolean needsTwo =
                  context.policy().coFacilitationWhenSensitive() && context.isSensitive();
              List<Finding> findings = new ArrayList<>();
              List<Indexed<Meeting>> meetings = context.meetingsInScope();
              for (int m = 0; m < meetings.size(); m++) {
                Meeting meeting = meetings.get(m).value();
                if (!context.isDirect(meeting)) {
                  continue;
                }
                int count = meeting.facilitators().size();
                if (count == 0) {
                  findings.add(
                      Finding.at(
                          Pointer.of("meetings", meetings.get(m).index(), "facilitators"),
                          "A direct meeting has no facilitator."));
                } else if (needsTwo && count < 2) {
                  findings.add(
                      Finding.at(
                          Pointer.of("meetings", meetings.get(m).index(), "facilitators"),
                          "A direct meeting in a sensitive case has no co-facilitator."));
                }
              }
              return findings;
            })
        .withPolicyParameters("coFacilitationWhenSensitive")
        .withLimitations(
            "The brief's \"complex\" case has no flag of its own in the record:"
                + " co-facilitation is asked of sensitive cases.");
  }

  /** Whether a dated record is on or after the earliest date that still counts. */
  private static boolean isCurrent(Optional<LocalDate> last, LocalDate earliest) {
    return last.isPresent() && !last.get().isBefore(earliest);
  }

  /** The JSON Pointer of a conflict a facilitator declared. */
  private static String conflictPath(int facilitator, int conflict) {
    return Pointer.of("facilitators", facilitator, "conflictDeclaration", "conflicts", conflict);
  }
}
