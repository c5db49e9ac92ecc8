package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.ModelReflection.accessors;
import static org.restorative.core.rules.ModelReflection.elementOf;
import static org.restorative.core.rules.ModelReflection.isModel;
import static org.restorative.core.rules.ModelReflection.isMoment;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.rules.ModelReflection.Moment;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Rule 48 ({@code DATES_IN_ORDER}) names every moment of the model by hand. This test keeps that
 * list from drifting: every date and instant the model holds is classed here, and a new one fails
 * the build until it is classed — checked by the rule ("nothing recorded in the future"), or a date
 * that rightly looks ahead. Then each checked moment found in generated cases at every stage is
 * pushed past the moment of checking, and the rule must report it at exactly its pointer; each
 * moment that looks ahead is pushed too, and the rule must stay silent about it.
 */
class DatesInOrderCoverageTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");
  private static final Instant LATER = AS_OF.plus(Duration.ofDays(400));

  /** How many generated cases are searched for moments, besides one at each stage. */
  private static final int COHORT = 300;

  /** How many times each kind of moment is pushed: enough to meet it in different places. */
  private static final int ENOUGH = 5;

  /** How rule 48 treats a moment of the model. */
  private enum Treatment {
    /** Must not lie after the moment of checking. */
    CHECKED,
    /** A date set ahead on purpose: a due, review or reassessment date, or a period of validity. */
    LOOKS_AHEAD,
    /** Checked only for a meeting that took place; a planned or called-off one may lie ahead. */
    CHECKED_WHEN_THE_MEETING_TOOK_PLACE
  }

  private static final Map<String, Treatment> MOMENTS = moments();

  private static Map<String, Treatment> moments() {
    Map<String, Treatment> moments = new TreeMap<>();
    for (String checked :
        List.of(
            "Acknowledgement.acknowledgedOn",
            "Action.harmedInformedAt",
            "CapacityAssessment.assessedAt",
            "CaseEvent.at",
            "ClinicalConsultation.consultedAt",
            "Closure.closedAt",
            "CompetenceAssessment.assessedAt",
            "ConflictDeclaration.declaredAt",
            "Consent.obtainedAt",
            "Disclosure.disclosedAt",
            "Evaluation.completedAt",
            "Evaluation.offeredAt",
            "Facilitator.lastObservedPracticeOn",
            "Facilitator.lastSupervisionOn",
            "Harm.reportedOn",
            "MentalHealthActStatus.since",
            "Message.deliveredAt",
            "Message.draftedAt",
            "MessageReview.reviewedAt",
            "Occurrence.end",
            "Occurrence.start",
            "OutcomeAgreement.createdAt",
            "ParentalInvolvement.recordedOn",
            "Party.dateOfBirth",
            "PartyAgreement.at",
            "Pause.since",
            "PauseDecision.decidedAt",
            "PreparationContact.at",
            "QuestionSetUse.usedAt",
            "Reconfirmation.at",
            "Referral.acceptedAt",
            "Referral.receivedAt",
            "RestorativeProcess.chosenAt",
            "RestorativeProcess.endedAt",
            "RiskAssessment.completedAt",
            "RiskAssessment.startedAt",
            "SafeguardingConcern.raisedAt",
            "SafetyPlan.agreedAt",
            "StatusChange.at",
            "SupervisorSignOff.signedAt",
            "TrainingRecord.completedOn",
            "VoluntarinessCheck.checkedAt",
            "Withdrawal.at")) {
      moments.put(checked, Treatment.CHECKED);
    }
    for (String ahead :
        List.of(
            "Action.dueOn",
            "Action.reviewOn",
            "CapacityAssessment.reassessBy",
            "Consent.reviewDueOn",
            "ContactRestriction.endsOn",
            "ContactRestriction.startsOn",
            "DischargeCondition.since",
            "LeaveAuthorisation.validFrom",
            "LeaveAuthorisation.validTo",
            "Monitoring.reviewDates",
            "Pause.reviewOn",
            "RiskAssessment.reviewBy")) {
      moments.put(ahead, Treatment.LOOKS_AHEAD);
    }
    moments.put("Meeting.startAt", Treatment.CHECKED_WHEN_THE_MEETING_TOOK_PLACE);
    moments.put("Meeting.endAt", Treatment.CHECKED_WHEN_THE_MEETING_TOOK_PLACE);
    return moments;
  }

  // ------------------------------------------------------------------ the model's moments

  /** Every date or instant attribute of a value type reachable from the case, as Type.attribute. */
  private static Set<String> momentsOfTheModel() {
    Set<String> found = new TreeSet<>();
    collect(RestorativeCase.class, new HashSet<>(), found);
    return found;
  }

  private static void collect(Class<?> type, Set<Class<?>> seen, Set<String> found) {
    if (!seen.add(type)) {
      return;
    }
    for (Method accessor : accessors(type)) {
      Class<?> element = elementOf(accessor);
      if (isMoment(element)) {
        found.add(type.getSimpleName() + "." + accessor.getName());
      } else if (isModel(element)) {
        collect(element, seen, found);
      }
    }
  }

  @Test
  void every_date_and_instant_of_the_model_is_classed_for_rule_48() {
    Set<String> model = momentsOfTheModel();

    assertThat(model)
        .as(
            "a moment of the model that rule 48 (DATES_IN_ORDER) does not know: check it in"
                + " LifecycleRules.nothingRecordedInTheFuture (and closedAfterEverythingElse) or say"
                + " why it looks ahead, then class it here")
        .containsExactlyInAnyOrderElementsOf(MOMENTS.keySet());
  }

  // ------------------------------------------------------------------ pushed into the future

  @Test
  void
      each_moment_pushed_past_the_moment_of_checking_is_reported_at_its_pointer_unless_it_looks_ahead() {
    RuleSet rule = RuleSet.of(List.of(LifecycleRules.datesInOrder()));
    Map<String, Integer> exercised = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    List<RestorativeCase> cases = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      cases.add(SyntheticCases.seeded(48).caseAt(stage, 0));
    }
    SyntheticCases.seeded(48).cohort(COHORT).forEach(cases::add);
    cases.add(withWhatTheGeneratorLeavesOut(SyntheticCases.seeded(48).caseAt(Stage.FOLLOW_UP, 0)));
    for (RestorativeCase c : cases) {
      Set<String> before = pathsOf(rule, c);
      for (Moment p : ModelReflection.moments(c)) {
        if (exercised.getOrDefault(p.attribute(), 0) >= ENOUGH) {
          continue;
        }
        Optional<RestorativeCase> pushed =
            p.with(p.type() == Instant.class ? LATER : LATER.atZone(ZoneOffset.UTC).toLocalDate());
        if (pushed.isEmpty()) {
          continue;
        }
        exercised.merge(p.attribute(), 1, Integer::sum);
        boolean reported = pathsOf(rule, pushed.get()).contains(p.pointer());
        if (before.contains(p.pointer()) || reported != expected(p)) {
          wrong.add(c.id().value() + " " + p.attribute() + " at " + p.pointer() + ": " + reported);
        }
      }
    }

    assertThat(wrong).as("moments the rule treats otherwise than classed").isEmpty();
    assertThat(exercised.keySet())
        .as("every moment the rule checks is found in some generated case")
        .containsAll(
            MOMENTS.entrySet().stream()
                .filter(e -> e.getValue() != Treatment.LOOKS_AHEAD)
                .map(Map.Entry::getKey)
                .toList());
  }

  /**
   * A case with the moments the generator never records: a harm over a period, a Mental Health Act
   * status with its start, parental involvement, a safeguarding concern, a reviewed message and a
   * draft (whose drafting can be pushed ahead alone).
   */
  static RestorativeCase withWhatTheGeneratorLeavesOut(RestorativeCase c) {
    Instant last = c.history().get(c.history().size() - 1).at();
    LocalDate earlier =
        LocalDate.ofInstant(c.referral().receivedAt(), ZoneOffset.UTC).minusDays(30);
    Harm harm = c.harms().get(0);
    Instant from = harm.occurred().start();
    Party party = c.parties().get(0);
    Party other = c.parties().get(1);
    return c.with(
            harm.withOccurred(
                Occurrence.of(from, from.plus(Duration.ofHours(1)), harm.occurred().precision())))
        .with(
            party
                .withMentalHealthAct(MentalHealthActStatus.of(MhaStatus.S3).withSince(earlier))
                .withParentalInvolvement(
                    new ParentalInvolvement.Builder().recordedOn(earlier).build()))
        .with(
            new SafeguardingConcern.Builder()
                .id(SafeguardingConcernId.of("sg-coverage"))
                .raisedAt(last)
                .raisedBy(ActorId.of("staff-coverage"))
                .addAbout(party.id())
                .build())
        .with(
            new Message.Builder()
                .id(MessageId.of("message-coverage"))
                .process(c.processes().get(0).id())
                .sender(party.id())
                .addRecipients(other.id())
                .medium(Medium.WRITTEN)
                .round(1)
                .status(MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR)
                .draftedAt(last.minus(Duration.ofDays(2)))
                .review(
                    MessageReview.of(
                        c.facilitators().get(0).id(),
                        last.minus(Duration.ofDays(1)),
                        ReviewDecision.APPROVED))
                .build())
        .with(
            new Message.Builder()
                .id(MessageId.of("message-coverage-draft"))
                .process(c.processes().get(0).id())
                .sender(party.id())
                .addRecipients(other.id())
                .medium(Medium.WRITTEN)
                .round(2)
                .status(MessageStatus.MESSAGE_DRAFTED)
                .draftedAt(last)
                .build());
  }

  private static boolean expected(Moment p) {
    return switch (MOMENTS.get(p.attribute())) {
      case CHECKED -> true;
      case LOOKS_AHEAD -> false;
      case CHECKED_WHEN_THE_MEETING_TOOK_PLACE -> {
        MeetingStatus status = ((Meeting) p.holder()).status();
        yield status == MeetingStatus.HELD
            || status == MeetingStatus.ADJOURNED
            || (status == MeetingStatus.IN_PROGRESS && p.attribute().equals("Meeting.startAt"));
      }
    };
  }

  private static Set<String> pathsOf(RuleSet rule, RestorativeCase c) {
    Set<String> paths = new HashSet<>();
    rule.check(c, Policy.standard(), AS_OF).violations().forEach(v -> paths.add(v.path()));
    return paths;
  }
}
