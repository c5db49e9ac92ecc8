package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.restorative.core.rules.StandardCode.CLOSURE_REQUIRES_TERMINAL_ACTIONS;
import static org.restorative.core.rules.StandardCode.DATES_IN_ORDER;
import static org.restorative.core.rules.StandardCode.EVALUATION_OFFERED_AT_CLOSURE;
import static org.restorative.core.rules.StandardCode.NOT_PROCEEDING_REASON_REQUIRED;
import static org.restorative.core.rules.StandardCode.PREPARATION_CONTACT_PER_ATTENDEE;
import static org.restorative.core.rules.StandardCode.QUESTION_SET_VERSION_RECORDED;
import static org.restorative.core.rules.StandardCode.SAFEGUARDING_CONCERN_PAUSES;
import static org.restorative.core.rules.StandardCode.TERMINAL_STATUS_IMMUTABLE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.PauseDecision;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.Consent;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.StatusChange;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.questions.QuestionCatalogue;
import org.restorative.core.questions.QuestionSet;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.questions.QuestionSetStatus;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.QuestionSetUseId;
import org.restorative.core.questions.Response;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Rules 48–55: dates in order, closure, question sets, terminal states, reasons, preparation
 * contacts, evaluation and safeguarding. Each test starts from a realistic synthetic case, breaks
 * one thing, and checks the code, severity and JSON Pointer; its twin shows the same case without
 * the defect passes.
 */
class LifecycleRulesTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final SyntheticCases SYNTHETIC = SyntheticCases.seeded(7);
  private static final RuleSet LIFECYCLE = RuleSet.of(LifecycleRules.rules());

  // ---------------------------------------------------------------- the family

  @Test
  void the_family_holds_rules_48_to_55_in_the_order_of_the_brief() {
    assertThat(LifecycleRules.rules())
        .extracting(r -> r.code().name(), Rule::severity, Rule::appliesFrom)
        .containsExactly(
            tuple("DATES_IN_ORDER", Severity.ERROR, Stage.REFERRAL),
            tuple("CLOSURE_REQUIRES_TERMINAL_ACTIONS", Severity.ERROR, Stage.CLOSURE),
            tuple("QUESTION_SET_VERSION_RECORDED", Severity.WARNING, Stage.PREPARATION),
            tuple("TERMINAL_STATUS_IMMUTABLE", Severity.ERROR, Stage.REFERRAL),
            tuple("NOT_PROCEEDING_REASON_REQUIRED", Severity.ERROR, Stage.REFERRAL),
            tuple("PREPARATION_CONTACT_PER_ATTENDEE", Severity.ERROR, Stage.PREPARATION),
            tuple("EVALUATION_OFFERED_AT_CLOSURE", Severity.WARNING, Stage.CLOSURE),
            tuple("SAFEGUARDING_CONCERN_PAUSES", Severity.WARNING, Stage.REFERRAL));
  }

  @Test
  void terminal_states_and_reasons_are_guarantees_of_the_transitions_as_well_as_checks() {
    assertThat(LifecycleRules.rules())
        .filteredOn(r -> r.kind() == RuleKind.GUARANTEE)
        .extracting(r -> r.code().name())
        .containsExactly("TERMINAL_STATUS_IMMUTABLE", "NOT_PROCEEDING_REASON_REQUIRED");
  }

  @Test
  void the_question_set_rule_reads_the_trusts_catalogue() {
    assertThat(LifecycleRules.questionSetVersionRecorded().policyParameters())
        .containsExactly("questionCatalogue");
  }

  @Test
  void a_completed_case_of_the_synthetic_service_keeps_every_lifecycle_rule() {
    RestorativeCase completed = completedCase();
    assertThat(LIFECYCLE.check(completed, Policy.standard(), AS_OF).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- 48 DATES_IN_ORDER

  @Test
  void a_harm_cannot_be_reported_before_it_happened() {
    RestorativeCase c = completedCase();
    Harm harm = c.harms().get(0);
    LocalDate occurred = dateOf(harm.occurred().start());
    RestorativeCase broken = c.withHarms(harm.withReportedOn(occurred.minusDays(3)));

    assertFindings(broken, DATES_IN_ORDER, tuple("/harms/0/reportedOn", Severity.ERROR));
  }

  @Test
  void a_harm_reported_on_the_day_it_happened_is_in_order() {
    RestorativeCase c = completedCase();
    Harm harm = c.harms().get(0);
    RestorativeCase sameDay = c.withHarms(harm.withReportedOn(dateOf(harm.occurred().start())));

    assertNoFinding(sameDay, DATES_IN_ORDER);
  }

  @Test
  void a_referral_cannot_be_received_before_the_harm_it_names_was_reported() {
    RestorativeCase c = completedCase();
    Harm harm = c.harms().get(0);
    LocalDate received = dateOf(c.referral().receivedAt());
    RestorativeCase broken = c.withHarms(harm.withReportedOn(received.plusDays(2)));

    assertFindings(broken, DATES_IN_ORDER, tuple("/referral/receivedAt", Severity.ERROR));
  }

  @Test
  void a_referral_cannot_be_received_before_the_harm_it_names_happened() {
    RestorativeCase c = completedCase();
    Harm harm = c.harms().get(0);
    Instant afterReferral = c.referral().receivedAt().plus(Duration.ofHours(5));
    RestorativeCase broken =
        c.withHarms(
            harm.withReportedOn(Optional.empty())
                .withOccurred(Occurrence.of(afterReferral, OccurrencePrecision.EXACT)));

    assertFindings(broken, DATES_IN_ORDER, tuple("/referral/receivedAt", Severity.ERROR));
  }

  @Test
  void a_harm_that_came_to_light_later_in_the_case_need_not_precede_the_referral() {
    RestorativeCase c = completedCase();
    Harm first = c.harms().get(0);
    Instant duringTheCase = c.referral().receivedAt().plus(Duration.ofDays(3));
    Harm later =
        first
            .withId(HarmId.of("harm-later"))
            .withOccurred(Occurrence.of(duringTheCase, OccurrencePrecision.EXACT))
            .withReportedOn(dateOf(duringTheCase));
    RestorativeCase withALaterHarm = c.withHarms(first, later);

    assertNoFinding(withALaterHarm, DATES_IN_ORDER);
  }

  @Test
  void a_case_cannot_enter_assessment_before_its_referral_was_received() {
    RestorativeCase c = completedCase();
    int entering = indexOfFirstEventInto(c, Stage.ASSESSMENT);
    Instant late = c.history().get(entering).at().plus(Duration.ofHours(2));
    RestorativeCase broken = c.withReferral(receivedAt(c.referral(), late));

    assertFindings(broken, DATES_IN_ORDER, tuple("/history/" + entering, Severity.ERROR));
  }

  @Test
  void a_case_may_enter_assessment_the_moment_its_referral_is_received() {
    RestorativeCase c = completedCase();
    Instant entered = c.history().get(indexOfFirstEventInto(c, Stage.ASSESSMENT)).at();
    RestorativeCase atOnce = c.withReferral(receivedAt(c.referral(), entered));

    assertNoFinding(atOnce, DATES_IN_ORDER);
  }

  @Test
  void a_consent_cannot_rest_on_a_capacity_assessment_made_after_it() {
    RestorativeCase c = caseWithAssessedCapacity();
    int i = consentResting(c);
    Consent consent = c.consents().get(i);
    RestorativeCase broken =
        withCapacityAssessedAt(c, consent, consent.obtainedAt().get().plus(Duration.ofHours(1)));

    assertFindings(
        broken, DATES_IN_ORDER, tuple("/consents/" + i + "/capacityBasis", Severity.ERROR));
  }

  @Test
  void a_capacity_assessment_made_at_the_moment_of_consent_supports_it() {
    RestorativeCase c = caseWithAssessedCapacity();
    Consent consent = c.consents().get(consentResting(c));
    RestorativeCase sameMoment = withCapacityAssessedAt(c, consent, consent.obtainedAt().get());

    assertNoFinding(sameMoment, DATES_IN_ORDER);
  }

  @Test
  void an_agreement_cannot_be_made_before_the_meeting_it_comes_from() {
    RestorativeCase c = completedCase();
    OutcomeAgreement agreement = c.agreements().get(0);
    Instant start = c.meeting(agreement.meeting().get()).get().startAt().get();
    RestorativeCase broken =
        c.withAgreements(agreement.withCreatedAt(start.minus(Duration.ofHours(1))));

    assertFindings(broken, DATES_IN_ORDER, tuple("/agreements/0/createdAt", Severity.ERROR));
  }

  @Test
  void an_agreement_may_be_made_as_the_meeting_starts() {
    RestorativeCase c = completedCase();
    OutcomeAgreement agreement = c.agreements().get(0);
    Instant start = c.meeting(agreement.meeting().get()).get().startAt().get();
    RestorativeCase atTheStart = c.withAgreements(agreement.withCreatedAt(start));

    assertNoFinding(atTheStart, DATES_IN_ORDER);
  }

  @Test
  void a_case_cannot_be_closed_before_its_last_action_was_completed() {
    RestorativeCase c = completedCase();
    Instant lastCompleted = lastStatusChange(c);
    Closure closure = c.closure().get();
    RestorativeCase broken =
        c.withClosure(closure.withClosedAt(lastCompleted.minus(Duration.ofMinutes(30))));

    assertFindings(broken, DATES_IN_ORDER, tuple("/closure/closedAt", Severity.ERROR));
  }

  @Test
  void an_action_completed_at_the_moment_of_closure_is_in_order() {
    RestorativeCase c = completedCase();
    Instant closedAt = c.closure().get().closedAt();
    Action action = last(c.actions());
    List<StatusChange> changes = action.statusHistory();
    Action completedAtClosure =
        action
            .withStatusHistory(
                replaced(changes, changes.size() - 1, last(changes).withAt(closedAt)))
            .withHarmedInformedAt(closedAt);
    RestorativeCase atClosure = c.with(completedAtClosure);

    assertNoFinding(atClosure, DATES_IN_ORDER);
  }

  @Test
  void feedback_returned_after_closure_does_not_put_the_closure_out_of_order() {
    RestorativeCase c = completedCase();
    int e = firstCompletedEvaluation(c);
    Evaluation evaluation = c.evaluations().get(e);
    Instant weeksLater = c.closure().get().closedAt().plus(Duration.ofDays(21));
    RestorativeCase late = c.with(evaluation.withCompletedAt(weeksLater));

    assertNoFinding(late, DATES_IN_ORDER);
  }

  @Test
  void the_history_of_a_case_runs_forward_in_time() {
    RestorativeCase c = completedCase();
    CaseEvent earlier = c.history().get(1);
    CaseEvent third = c.history().get(2);
    RestorativeCase broken =
        c.withHistory(
            replaced(c.history(), 2, third.withAt(earlier.at().minus(Duration.ofMinutes(1)))));

    assertFindings(broken, DATES_IN_ORDER, tuple("/history/2", Severity.ERROR));
  }

  @Test
  void two_events_recorded_at_the_same_moment_are_in_order() {
    RestorativeCase c = completedCase();
    CaseEvent earlier = c.history().get(1);
    RestorativeCase sameMoment =
        c.withHistory(replaced(c.history(), 2, c.history().get(2).withAt(earlier.at())));

    assertNoFinding(sameMoment, DATES_IN_ORDER);
  }

  @Test
  void nothing_is_recorded_as_done_after_the_moment_of_checking() {
    RestorativeCase c = completedCase();
    int e = firstCompletedEvaluation(c);
    Evaluation evaluation = c.evaluations().get(e);
    RestorativeCase fromTheFuture = c.with(evaluation.withCompletedAt(AS_OF.plusSeconds(60)));

    assertFindings(
        fromTheFuture, DATES_IN_ORDER, tuple("/evaluations/" + e + "/completedAt", Severity.ERROR));
  }

  @Test
  void due_dates_review_dates_and_a_scheduled_meeting_may_lie_ahead() {
    RestorativeCase c = firstCase(Stage.FOLLOW_UP, k -> !k.meetings().isEmpty());
    LocalDate today = dateOf(AS_OF);
    List<Action> ahead =
        c.actions().stream()
            .map(a -> a.withDueOn(today.plusDays(14)).withReviewOn(today.plusDays(28)))
            .toList();
    Meeting held = c.meetings().get(0);
    Meeting next =
        held.withId(MeetingId.of("meeting-review"))
            .withStatus(MeetingStatus.SCHEDULED)
            .withEndAt(Optional.empty())
            .withStartAt(AS_OF.plus(Duration.ofDays(7)))
            .withEndAt(AS_OF.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)));
    RestorativeCase lookingAhead =
        c.withActions(ahead)
            .withMeetings(held, next)
            .withConsents(
                c.consents().stream().map(k -> k.withReviewDueOn(today.plusDays(60))).toList());

    assertNoFinding(lookingAhead, DATES_IN_ORDER);
  }

  @Test
  void a_meeting_recorded_as_held_cannot_start_after_the_moment_of_checking() {
    RestorativeCase c = firstCase(Stage.INTERVENTION, k -> hasMeeting(k, MeetingStatus.HELD));
    Meeting held = c.meetings().get(0);
    Meeting heldInTheFuture =
        held.withEndAt(AS_OF.plus(Duration.ofDays(2))).withStartAt(AS_OF.plus(Duration.ofDays(1)));
    RestorativeCase broken = c.withMeetings(heldInTheFuture);

    assertFindings(
        broken,
        DATES_IN_ORDER,
        tuple("/meetings/0/startAt", Severity.ERROR),
        tuple("/meetings/0/endAt", Severity.ERROR));
  }

  @Test
  void a_meeting_called_off_before_it_began_keeps_the_start_it_was_booked_for() {
    RestorativeCase c = firstCase(Stage.INTERVENTION, k -> hasMeeting(k, MeetingStatus.HELD));
    Meeting held = c.meetings().get(0);
    Meeting calledOff =
        held.withStatus(MeetingStatus.ABANDONED)
            .withEndAt(Optional.empty())
            .withStartAt(AS_OF.plus(Duration.ofDays(1)));
    Meeting stoppedInTheFuture =
        calledOff.withEndAt(AS_OF.plus(Duration.ofDays(1)).plusSeconds(600));

    assertNoFinding(c.withMeetings(calledOff), DATES_IN_ORDER);
    assertFindings(
        c.withMeetings(stoppedInTheFuture),
        DATES_IN_ORDER,
        tuple("/meetings/0/startAt", Severity.ERROR),
        tuple("/meetings/0/endAt", Severity.ERROR));
  }

  // ---------------------------------------------------------------- 49
  // CLOSURE_REQUIRES_TERMINAL_ACTIONS

  @Test
  void a_case_with_an_action_still_open_cannot_be_closed_as_completed() {
    RestorativeCase c = completedCase();
    RestorativeCase broken = c.with(reopened(c.actions().get(1)));

    assertFindings(
        broken, CLOSURE_REQUIRES_TERMINAL_ACTIONS, tuple("/actions/1/status", Severity.ERROR));
  }

  @Test
  void a_case_whose_actions_are_all_finished_may_be_closed_as_completed() {
    assertNoFinding(completedCase(), CLOSURE_REQUIRES_TERMINAL_ACTIONS);
  }

  @Test
  void a_case_with_an_action_only_partly_completed_closes_as_partial_not_as_completed() {
    RestorativeCase c = completedCase();
    RestorativeCase partly = c.with(partlyDone(c.actions().get(1)));
    RestorativeCase partial =
        partly
            .withStage(Stage.CLOSED_PARTIAL)
            .withHistory(
                replaced(
                    c.history(),
                    c.history().size() - 1,
                    last(c.history()).withToStage(Stage.CLOSED_PARTIAL)));

    assertNoFinding(partial, CLOSURE_REQUIRES_TERMINAL_ACTIONS);
    assertFindings(
        partly, CLOSURE_REQUIRES_TERMINAL_ACTIONS, tuple("/actions/1/status", Severity.ERROR));
  }

  @Test
  void follow_up_with_open_actions_cannot_enter_closure_at_all() {
    RestorativeCase followUp = firstCase(Stage.FOLLOW_UP, k -> !k.actions().isEmpty());
    int open =
        IntStream.range(0, followUp.actions().size())
            .filter(i -> !followUp.actions().get(i).isTerminal())
            .findFirst()
            .getAsInt();

    assertThat(entering(followUp, Stage.CLOSURE, CLOSURE_REQUIRES_TERMINAL_ACTIONS))
        .extracting(Violation::path)
        .contains("/actions/" + open + "/status");
  }

  // ---------------------------------------------------------------- 50
  // QUESTION_SET_VERSION_RECORDED

  @Test
  void a_held_meeting_must_record_the_question_set_it_used() {
    RestorativeCase c = completedCase();
    RestorativeCase broken = c.withQuestionSetUses(List.of());

    assertFindings(broken, QUESTION_SET_VERSION_RECORDED, tuple("/meetings/0", Severity.WARNING));
  }

  @Test
  void a_meeting_not_yet_held_need_not_record_a_question_set() {
    RestorativeCase scheduled =
        firstCase(Stage.INTERVENTION, k -> hasMeeting(k, MeetingStatus.SCHEDULED));

    assertThat(scheduled.questionSetUses()).isEmpty();
    assertNoFinding(scheduled, QUESTION_SET_VERSION_RECORDED);
  }

  @Test
  void a_question_set_recorded_must_be_a_version_in_the_trusts_catalogue() {
    RestorativeCase c = completedCase();
    QuestionSetUse use = c.questionSetUses().get(0);
    QuestionSetRef unknownVersion = QuestionSetRef.of(use.questionSet().id(), 9);
    RestorativeCase broken = c.withQuestionSetUses(use.withQuestionSet(unknownVersion));

    assertFindings(
        broken,
        QUESTION_SET_VERSION_RECORDED,
        tuple("/questionSetUses/0/questionSet", Severity.WARNING));
  }

  @Test
  void a_question_set_from_the_standard_catalogue_is_recognised() {
    RestorativeCase c = completedCase();
    QuestionSetUse use = c.questionSetUses().get(0);
    RestorativeCase thorsborne =
        c.withQuestionSetUses(
            use.withQuestionSet(QuestionSetRef.of(QuestionCatalogue.THORSBORNE_RESPONSIBLE, 1))
                .withResponses(List.of()));

    assertNoFinding(thorsborne, QUESTION_SET_VERSION_RECORDED);
  }

  @Test
  void a_reference_only_set_is_reported_at_each_use() {
    RestorativeCase c = completedCase();
    QuestionSetUse use = c.questionSetUses().get(0).withResponses(List.of());
    QuestionSetUse retributive =
        use.withQuestionSet(QuestionSetRef.of(QuestionCatalogue.DEKKER_RETRIBUTIVE_REFERENCE, 1));
    QuestionSetUse summary =
        use.withId(QuestionSetUseId.of("qs-summary"))
            .withQuestionSet(QuestionSetRef.of(QuestionCatalogue.IIRP_CONFERENCE_MODEL_SUMMARY, 1));
    RestorativeCase broken = c.withQuestionSetUses(retributive, summary);

    assertFindings(
        broken,
        QUESTION_SET_VERSION_RECORDED,
        tuple("/questionSetUses/0/questionSet", Severity.WARNING),
        tuple("/questionSetUses/1/questionSet", Severity.WARNING));
  }

  @Test
  void an_agreement_may_not_record_the_agreement_phase_set_until_its_wording_is_checked() {
    RestorativeCase c = completedCase();
    QuestionSetRef agreementPhase = QuestionSetRef.of(QuestionCatalogue.AGREEMENT_PHASE_ALL, 1);
    RestorativeCase recorded =
        c.withAgreements(c.agreements().get(0).withQuestionSet(agreementPhase));
    QuestionSet checked =
        QuestionCatalogue.standard()
            .find(agreementPhase)
            .orElseThrow()
            .withStatus(QuestionSetStatus.ACTIVE);
    Policy checkedForAdults =
        Policy.standard().withQuestionCatalogue(QuestionCatalogue.standard().with(checked));

    assertThat(c.agreements().get(0).questionSet()).isEmpty();
    assertFindings(
        recorded,
        QUESTION_SET_VERSION_RECORDED,
        tuple("/agreements/0/questionSet", Severity.WARNING));
    assertThat(LIFECYCLE.check(recorded, checkedForAdults, AS_OF).codes())
        .doesNotContain(QUESTION_SET_VERSION_RECORDED.name());
  }

  @Test
  void an_agreement_may_not_record_a_set_missing_from_the_catalogue() {
    RestorativeCase c = completedCase();
    RestorativeCase recorded =
        c.withAgreements(
            c.agreements().get(0).withQuestionSet(QuestionSetRef.of("TRUST_AGREEMENT", 1)));

    assertFindings(
        recorded,
        QUESTION_SET_VERSION_RECORDED,
        tuple("/agreements/0/questionSet", Severity.WARNING));
  }

  @Test
  void a_response_to_a_question_recalled_rather_than_checked_is_reported() {
    RestorativeCase c = completedCase();
    QuestionSetUse use = c.questionSetUses().get(0);
    PartyId respondent = c.parties().get(0).id();
    QuestionSetUse script =
        use.withQuestionSet(QuestionSetRef.of(QuestionCatalogue.IIRP_CONFERENCE_SCRIPT, 1))
            .withResponses(
                Response.of(respondent, 1, "What happened, in their words"),
                Response.of(respondent, 4, "Who was affected"),
                Response.of(respondent, 5, "How they were affected"));
    QuestionSetUse verifiedOnly = script.withResponses(script.responses().subList(0, 2));

    assertFindings(
        c.withQuestionSetUses(script),
        QUESTION_SET_VERSION_RECORDED,
        tuple("/questionSetUses/0/responses/2", Severity.WARNING));
    assertNoFinding(c.withQuestionSetUses(verifiedOnly), QUESTION_SET_VERSION_RECORDED);
  }

  // ---------------------------------------------------------------- 51 TERMINAL_STATUS_IMMUTABLE

  @Test
  void a_closed_case_does_not_move_again() {
    RestorativeCase c = completedCase();
    CaseEvent closing = last(c.history());
    CaseEvent reopening =
        new CaseEvent.Builder()
            .id(EventId.of("event-after-closure"))
            .at(closing.at().plus(Duration.ofDays(30)))
            .by(ActorId.of("staff-rp-lead"))
            .type(CaseEventType.STAGE_CHANGED)
            .fromStage(Stage.CLOSED_COMPLETED)
            .toStage(Stage.ASSESSMENT)
            .build();
    List<CaseEvent> history = new ArrayList<>(c.history());
    history.add(reopening);
    RestorativeCase broken = c.withHistory(history);

    assertFindings(
        broken,
        TERMINAL_STATUS_IMMUTABLE,
        tuple("/history/" + (history.size() - 1), Severity.ERROR));
    assertNoFinding(broken, DATES_IN_ORDER);
  }

  @Test
  void a_closed_case_that_was_reopened_as_a_new_case_keeps_its_history_closed() {
    RestorativeCase reopened = completedCase().withReopenedAs(CaseId.of("SYN-REOPENED"));

    assertNoFinding(reopened, TERMINAL_STATUS_IMMUTABLE);
  }

  // ---------------------------------------------------------------- 52
  // NOT_PROCEEDING_REASON_REQUIRED

  @Test
  void a_pause_must_say_why() {
    RestorativeCase paused = firstCase(Stage.PAUSED, k -> true);
    int k = indexOfFirstEventInto(paused, Stage.PAUSED);
    RestorativeCase broken =
        paused.withHistory(
            replaced(
                paused.history(), k, paused.history().get(k).withPauseReason(Optional.empty())));

    assertFindings(broken, NOT_PROCEEDING_REASON_REQUIRED, tuple("/history/" + k, Severity.ERROR));
  }

  @Test
  void a_pause_with_its_reason_is_accepted() {
    assertNoFinding(firstCase(Stage.PAUSED, k -> true), NOT_PROCEEDING_REASON_REQUIRED);
  }

  @Test
  void a_decision_not_to_proceed_must_say_why_in_the_history() {
    RestorativeCase closed = firstCase(Stage.CLOSED_NOT_PROCEEDING, k -> true);
    int k = indexOfFirstEventInto(closed, Stage.CLOSED_NOT_PROCEEDING);
    RestorativeCase broken =
        closed.withHistory(
            replaced(
                closed.history(),
                k,
                closed.history().get(k).withNotProceedingReason(Optional.empty())));

    assertFindings(broken, NOT_PROCEEDING_REASON_REQUIRED, tuple("/history/" + k, Severity.ERROR));
  }

  @Test
  void a_case_closed_as_not_proceeding_must_record_why_at_closure() {
    RestorativeCase closed = firstCase(Stage.CLOSED_NOT_PROCEEDING, k -> true);
    RestorativeCase broken =
        closed.withClosure(closed.closure().get().withNotProceedingReason(Optional.empty()));

    assertFindings(
        broken,
        NOT_PROCEEDING_REASON_REQUIRED,
        tuple("/closure/notProceedingReason", Severity.ERROR));
  }

  @Test
  void a_case_closed_as_not_proceeding_with_its_reason_is_accepted() {
    assertNoFinding(
        firstCase(Stage.CLOSED_NOT_PROCEEDING, k -> true), NOT_PROCEEDING_REASON_REQUIRED);
  }

  @Test
  void the_move_to_not_proceeding_supplies_its_own_reason() {
    RestorativeCase assessing = firstCase(Stage.ASSESSMENT, k -> true);

    assertThat(entering(assessing, Stage.CLOSED_NOT_PROCEEDING, NOT_PROCEEDING_REASON_REQUIRED))
        .isEmpty();
  }

  @Test
  void a_withdrawal_never_needs_a_reason() {
    RestorativeCase withdrawn =
        firstCase(
            Stage.CLOSED_WITHDRAWN,
            k -> k.withdrawals().stream().allMatch(w -> w.reason().isEmpty()));

    assertNoFinding(withdrawn, NOT_PROCEEDING_REASON_REQUIRED);
  }

  // ---------------------------------------------------------------- 53
  // PREPARATION_CONTACT_PER_ATTENDEE

  @Test
  void every_attendee_is_prepared_before_the_meeting() {
    RestorativeCase c = firstCase(Stage.INTERVENTION, k -> hasMeeting(k, MeetingStatus.SCHEDULED));
    PartyId first = c.meetings().get(0).attendees().get(0).party();
    RestorativeCase broken =
        c.withPreparationContacts(
            c.preparationContacts().stream().filter(p -> !p.party().equals(first)).toList());

    assertFindings(
        broken, PREPARATION_CONTACT_PER_ATTENDEE, tuple("/meetings/0/attendees/0", Severity.ERROR));
  }

  @Test
  void a_preparation_contact_after_the_meeting_started_does_not_count() {
    RestorativeCase c = firstCase(Stage.INTERVENTION, k -> hasMeeting(k, MeetingStatus.HELD));
    Meeting meeting = c.meetings().get(0);
    PartyId second = meeting.attendees().get(1).party();
    Instant afterwards = meeting.endAt().get().plus(Duration.ofHours(1));
    List<PreparationContact> contacts =
        c.preparationContacts().stream()
            .map(p -> p.party().equals(second) ? p.withAt(afterwards) : p)
            .toList();
    RestorativeCase broken = c.withPreparationContacts(contacts);

    assertFindings(
        broken, PREPARATION_CONTACT_PER_ATTENDEE, tuple("/meetings/0/attendees/1", Severity.ERROR));
  }

  @Test
  void attendees_each_prepared_before_the_meeting_may_meet() {
    RestorativeCase c = firstCase(Stage.INTERVENTION, k -> hasMeeting(k, MeetingStatus.SCHEDULED));

    assertNoFinding(c, PREPARATION_CONTACT_PER_ATTENDEE);
  }

  // ---------------------------------------------------------------- 54
  // EVALUATION_OFFERED_AT_CLOSURE

  @Test
  void at_closure_every_participant_is_offered_an_evaluation() {
    RestorativeCase c = firstCase(Stage.CLOSURE, k -> k.evaluations().size() >= 2);
    Evaluation missing = c.evaluations().get(1);
    RestorativeCase broken =
        c.withEvaluations(c.evaluations().stream().filter(e -> !e.equals(missing)).toList());
    int p = indexOfParty(c, missing.party());

    assertFindings(broken, EVALUATION_OFFERED_AT_CLOSURE, tuple("/parties/" + p, Severity.WARNING));
  }

  @Test
  void a_case_closed_as_completed_records_an_evaluation_for_every_participant() {
    RestorativeCase c = completedCase();
    Evaluation missing = c.evaluations().get(0);
    RestorativeCase broken = c.withEvaluations(c.evaluations().subList(1, c.evaluations().size()));

    assertFindings(
        broken,
        EVALUATION_OFFERED_AT_CLOSURE,
        tuple("/parties/" + indexOfParty(c, missing.party()), Severity.WARNING));
  }

  @Test
  void a_closure_with_every_participants_evaluation_recorded_is_complete() {
    assertNoFinding(firstCase(Stage.CLOSURE, k -> true), EVALUATION_OFFERED_AT_CLOSURE);
  }

  @Test
  void a_participant_who_declined_feedback_still_has_their_offer_recorded() {
    RestorativeCase c =
        firstCase(Stage.CLOSURE, k -> k.evaluations().stream().anyMatch(e -> !e.isCompleted()));

    assertNoFinding(c, EVALUATION_OFFERED_AT_CLOSURE);
  }

  @Test
  void a_withdrawn_case_is_not_asked_for_evaluations() {
    RestorativeCase withdrawn = firstCase(Stage.CLOSED_WITHDRAWN, k -> k.evaluations().isEmpty());

    assertNoFinding(withdrawn, EVALUATION_OFFERED_AT_CLOSURE);
  }

  // ---------------------------------------------------------------- 55 SAFEGUARDING_CONCERN_PAUSES

  @Test
  void a_safeguarding_concern_needs_a_decision_whether_to_pause() {
    RestorativeCase c = firstCase(Stage.PAUSED, k -> !k.safeguardingConcerns().isEmpty());
    SafeguardingConcern concern = c.safeguardingConcerns().get(0);
    RestorativeCase broken =
        c.withSafeguardingConcerns(concern.withPauseDecision(Optional.empty()));

    assertFindings(
        broken,
        SAFEGUARDING_CONCERN_PAUSES,
        tuple("/safeguardingConcerns/0/pauseDecision", Severity.WARNING));
  }

  @Test
  void a_recorded_decision_not_to_pause_answers_the_concern() {
    RestorativeCase c = firstCase(Stage.PAUSED, k -> !k.safeguardingConcerns().isEmpty());
    SafeguardingConcern concern = c.safeguardingConcerns().get(0);
    PauseDecision carryOn = concern.pauseDecision().get().withPause(false);
    RestorativeCase decided = c.withSafeguardingConcerns(concern.withPauseDecision(carryOn));

    assertNoFinding(decided, SAFEGUARDING_CONCERN_PAUSES);
  }

  // ---------------------------------------------------------------- helpers

  private static RestorativeCase completedCase() {
    return firstCase(
        Stage.CLOSED_COMPLETED,
        k ->
            hasMeeting(k, MeetingStatus.HELD)
                && k.actions().size() >= 2
                && k.agreements().size() == 1
                && k.agreements().get(0).meeting().isPresent()
                && k.evaluations().stream().anyMatch(Evaluation::isCompleted));
  }

  private static RestorativeCase caseWithAssessedCapacity() {
    return firstCase(Stage.CLOSED_COMPLETED, k -> consentRestingOrNone(k) >= 0);
  }

  private static RestorativeCase firstCase(Stage stage, Predicate<RestorativeCase> shape) {
    for (int i = 0; i < 200; i++) {
      RestorativeCase c = SYNTHETIC.caseAt(stage, i);
      if (shape.test(c)) {
        return c;
      }
    }
    throw new AssertionError("no synthetic case of that shape at " + stage);
  }

  private static boolean hasMeeting(RestorativeCase c, MeetingStatus status) {
    return c.meetings().size() == 1 && c.meetings().get(0).status() == status;
  }

  private static int consentResting(RestorativeCase c) {
    int i = consentRestingOrNone(c);
    assertThat(i).isNotNegative();
    return i;
  }

  private static int consentRestingOrNone(RestorativeCase c) {
    for (int i = 0; i < c.consents().size(); i++) {
      if (c.consents().get(i).capacityBasis().flatMap(b -> b.assessment()).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private static RestorativeCase withCapacityAssessedAt(
      RestorativeCase c, Consent consent, Instant at) {
    var named = consent.capacityBasis().get().assessment().get();
    List<CapacityAssessment> assessments =
        c.capacityAssessments().stream()
            .map(a -> a.id().equals(named) ? a.withAssessedAt(at) : a)
            .toList();
    return c.withCapacityAssessments(assessments);
  }

  private static Referral receivedAt(Referral referral, Instant at) {
    return new Referral.Builder().from(referral).receivedAt(at).acceptedAt(at).build();
  }

  private static int indexOfFirstEventInto(RestorativeCase c, Stage stage) {
    for (int k = 0; k < c.history().size(); k++) {
      if (c.history().get(k).toStage().filter(to -> to == stage).isPresent()) {
        return k;
      }
    }
    throw new AssertionError("no event into " + stage);
  }

  private static int indexOfParty(RestorativeCase c, PartyId party) {
    for (int p = 0; p < c.parties().size(); p++) {
      if (c.parties().get(p).id().equals(party)) {
        return p;
      }
    }
    throw new AssertionError("no such party");
  }

  private static int firstCompletedEvaluation(RestorativeCase c) {
    for (int e = 0; e < c.evaluations().size(); e++) {
      if (c.evaluations().get(e).isCompleted()) {
        return e;
      }
    }
    throw new AssertionError("no completed evaluation");
  }

  private static Instant lastStatusChange(RestorativeCase c) {
    return c.actions().stream()
        .flatMap(a -> a.statusHistory().stream())
        .map(s -> s.at())
        .max(Instant::compareTo)
        .orElseThrow();
  }

  /** An action put back to in progress, as if its completion had not been recorded. */
  private static Action partlyDone(Action action) {
    List<StatusChange> history = new ArrayList<>(action.statusHistory());
    StatusChange last = history.remove(history.size() - 1);
    history.add(new StatusChange.Builder().from(last).to(ActionStatus.PARTIALLY_COMPLETED).build());
    return new Action.Builder()
        .from(action)
        .statusHistory(history)
        .status(ActionStatus.PARTIALLY_COMPLETED)
        .build();
  }

  private static Action reopened(Action action) {
    List<StatusChange> history = action.statusHistory();
    return new Action.Builder()
        .from(action)
        .statusHistory(history.subList(0, history.size() - 1))
        .status(ActionStatus.IN_PROGRESS)
        .harmedInformedAt(Optional.empty())
        .evidenceNotes(Optional.empty())
        .build();
  }

  private static <T> List<T> replaced(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private static LocalDate dateOf(Instant moment) {
    return LocalDate.ofInstant(moment, LONDON);
  }

  private static List<Violation> found(RestorativeCase c, StandardCode code) {
    return LIFECYCLE.check(c, Policy.standard(), AS_OF).violations().stream()
        .filter(v -> v.code().equals(code.name()))
        .toList();
  }

  private static List<Violation> entering(RestorativeCase c, Stage target, StandardCode code) {
    return LIFECYCLE.checkEntry(c, target, Policy.standard(), AS_OF).violations().stream()
        .filter(v -> v.code().equals(code.name()))
        .toList();
  }

  private static void assertFindings(
      RestorativeCase c, StandardCode code, org.assertj.core.groups.Tuple... expected) {
    assertThat(found(c, code))
        .extracting(Violation::path, Violation::severity)
        .containsExactly(expected);
  }

  private static void assertNoFinding(RestorativeCase c, StandardCode code) {
    assertThat(found(c, code)).isEmpty();
  }
}
