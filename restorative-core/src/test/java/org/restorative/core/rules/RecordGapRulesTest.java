package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.StandardCode.DETAINED_PATIENT_LEAVE_GRANTED;
import static org.restorative.core.rules.StandardCode.MEETING_DATED;
import static org.restorative.core.rules.StandardCode.MESSAGE_REVIEWED_BEFORE_DELIVERY;
import static org.restorative.core.rules.StandardCode.REFERRAL_LINKED_TO_HARM;
import static org.restorative.core.rules.StandardCode.RESTRICTED_PATIENT_LEAVE_APPROVED;
import static org.restorative.core.rules.StandardCode.RISK_CONDITIONS_RECORDED;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.StopReason;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * A draft with gaps can be recorded, and the rules say what is missing (issue 8 §5): each gap that
 * the record once refused is reported by its own code at its own path, and only by that code.
 */
class RecordGapRulesTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");
  private static final SyntheticCases SYNTHETIC = SyntheticCases.seeded(20261206L);
  private static final RuleSet STANDARD = RuleSet.standard();
  private static final ActorId LEAD = ActorId.of("staff-rp-lead");

  // ------------------------------------------------------------------ referral linked to a harm

  @Test
  void a_referral_recorded_before_anyone_linked_it_to_a_harm_is_told_it_needs_one() {
    RestorativeCase referred = firstCase(Stage.REFERRAL, k -> true);
    RestorativeCase unlinked = referred.withReferral(referred.referral().withHarms(List.of()));

    assertThat(newFindings(referred, unlinked))
        .containsExactly(code(REFERRAL_LINKED_TO_HARM, "/referral/harms"));
  }

  @Test
  void a_referral_that_names_its_harm_is_linked() {
    RestorativeCase referred = firstCase(Stage.REFERRAL, k -> true);

    assertThat(referred.referral().harms()).isNotEmpty();
    assertThat(codesOf(check(referred))).doesNotContain(REFERRAL_LINKED_TO_HARM.name());
  }

  // ------------------------------------------------------------------ risk conditions

  @Test
  void proceeding_on_conditions_that_were_never_written_down_is_reported_at_the_conditions() {
    RestorativeCase c = firstCase(Stage.PREPARATION, k -> proceeding(k) >= 0);
    int i = proceeding(c);
    RiskAssessment unwritten =
        c.riskAssessments()
            .get(i)
            .withOutcome(RiskOutcome.PROCEED_WITH_CONDITIONS)
            .withConditions(List.of());

    assertThat(newFindings(c, c.with(unwritten)))
        .containsExactly(code(RISK_CONDITIONS_RECORDED, "/riskAssessments/" + i + "/conditions"));
  }

  @Test
  void proceeding_on_written_conditions_or_without_conditions_needs_nothing_more() {
    RestorativeCase c = firstCase(Stage.PREPARATION, k -> proceeding(k) >= 0);
    int i = proceeding(c);
    RiskAssessment written =
        c.riskAssessments()
            .get(i)
            .withOutcome(RiskOutcome.PROCEED_WITH_CONDITIONS)
            .withConditions("Two facilitators present; the session ends if either party asks.");
    RiskAssessment plain =
        c.riskAssessments().get(i).withOutcome(RiskOutcome.PROCEED).withConditions(List.of());

    assertThat(codesOf(check(c.with(written)))).doesNotContain(RISK_CONDITIONS_RECORDED.name());
    assertThat(codesOf(check(c.with(plain)))).doesNotContain(RISK_CONDITIONS_RECORDED.name());
  }

  // ------------------------------------------------------------------ meeting dated

  @Test
  void a_scheduled_meeting_never_dated_is_refused_at_the_gate_of_intervention() {
    RestorativeCase c = firstCase(Stage.INTERVENTION, k -> scheduled(k) >= 0);
    int i = scheduled(c);
    RestorativeCase undated = withMeeting(c, i, c.meetings().get(i).withStartAt(Optional.empty()));

    assertThat(newBlocking(c, undated, Stage.INTERVENTION))
        .containsExactly(code(MEETING_DATED, "/meetings/" + i + "/startAt"));
  }

  @Test
  void a_held_meeting_whose_end_was_not_written_down_is_reported_at_its_end() {
    RestorativeCase c = firstCase(Stage.OUTCOME_AGREEMENT, k -> held(k) >= 0);
    int i = held(c);
    RestorativeCase noEnd = withMeeting(c, i, c.meetings().get(i).withEndAt(Optional.empty()));

    assertThat(newFindings(c, noEnd))
        .containsExactly(code(MEETING_DATED, "/meetings/" + i + "/endAt"));
  }

  @Test
  void a_planned_or_abandoned_meeting_needs_no_date_and_a_dated_one_passes() {
    RestorativeCase c = firstCase(Stage.INTERVENTION, k -> scheduled(k) >= 0);
    int i = scheduled(c);
    Meeting undated = c.meetings().get(i).withStartAt(Optional.empty()).withEndAt(Optional.empty());
    RestorativeCase planned = withMeeting(c, i, undated.withStatus(MeetingStatus.PLANNED));
    RestorativeCase abandoned =
        withMeeting(
            c,
            i,
            undated.withStatus(MeetingStatus.ABANDONED).withStopReason(StopReason.PARTY_WITHDREW));

    assertThat(codesOf(blocking(c, Stage.INTERVENTION))).doesNotContain(MEETING_DATED.name());
    assertThat(codesOf(check(planned))).doesNotContain(MEETING_DATED.name());
    assertThat(codesOf(check(abandoned))).doesNotContain(MEETING_DATED.name());
  }

  @Test
  void an_undated_meeting_is_not_checked_before_the_gate_of_intervention() {
    RestorativeCase c = firstCase(Stage.INTERVENTION, k -> scheduled(k) >= 0);
    int i = scheduled(c);
    RestorativeCase undated = withMeeting(c, i, c.meetings().get(i).withStartAt(Optional.empty()));

    assertThat(codesOf(blocking(undated, Stage.PREPARATION))).doesNotContain(MEETING_DATED.name());
    assertThat(codesOf(blocking(undated, Stage.INTERVENTION))).contains(MEETING_DATED.name());
  }

  @Test
  void
      a_detained_patients_undated_meeting_off_the_ward_is_reported_once_by_the_gate_not_by_leave() {
    RestorativeCase c =
        firstCase(
            Stage.INTERVENTION,
            k ->
                k.meetings().size() == 1
                    && scheduled(k) == 0
                    && detainedAttendeeAwayFromTheWard(k, 0));
    int i = scheduled(c);
    Meeting meeting = c.meetings().get(i);
    RestorativeCase undated = withMeeting(c, i, meeting.withStartAt(Optional.empty()));
    RestorativeCase withoutLeave =
        undated.withParties(
            undated.parties().stream().map(p -> p.withLeaveAuthorisations(List.of())).toList());

    assertThat(newBlocking(c, withoutLeave, Stage.INTERVENTION))
        .containsExactly(code(MEETING_DATED, "/meetings/" + i + "/startAt"));
    assertThat(codesOf(blocking(withoutLeave, Stage.INTERVENTION)))
        .doesNotContain(
            RESTRICTED_PATIENT_LEAVE_APPROVED.name(), DETAINED_PATIENT_LEAVE_GRANTED.name());
  }

  @Test
  void a_withdrawal_abandons_a_meeting_that_was_planned_but_never_dated() {
    RestorativeCase c =
        firstCase(
            Stage.INTERVENTION,
            k -> scheduled(k) >= 0 && k.processes().size() == 1 && harmedParties(k) == 1);
    int i = scheduled(c);
    Meeting planned =
        c.meetings()
            .get(i)
            .withStatus(MeetingStatus.PLANNED)
            .withStartAt(Optional.empty())
            .withEndAt(Optional.empty());
    RestorativeCase draft = withMeeting(c, i, planned);
    Party harmed =
        draft.parties().stream()
            .filter(p -> p.role() == PartyRole.PERSON_HARMED)
            .findFirst()
            .orElseThrow();
    Instant at = AS_OF.minusSeconds(86_400);
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(harmed.id())
            .at(at)
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    RestorativeCase after =
        CaseTransitions.standard().apply(draft, Move.withdrawal(withdrawal), LEAD, at).get();

    assertThat(after.meetings().get(i).status()).isEqualTo(MeetingStatus.ABANDONED);
    assertThat(after.meetings().get(i).startAt()).isEmpty();
    assertThat(codesOf(check(after))).doesNotContain(MEETING_DATED.name());
  }

  // ------------------------------------------------------------------ message reviewed

  @Test
  void a_message_passed_on_after_it_was_returned_for_changes_is_reported_at_its_review() {
    RestorativeCase c = firstCase(Stage.CLOSURE, k -> delivered(k) >= 0);
    int i = delivered(c);
    Message message = c.messages().get(i);
    MessageReview approval = message.review().orElseThrow();
    Message returned =
        message.withReview(
            MessageReview.of(
                approval.reviewer(), approval.reviewedAt(), ReviewDecision.RETURNED_FOR_CHANGES));

    assertThat(newFindings(c, c.with(returned)))
        .containsExactly(code(MESSAGE_REVIEWED_BEFORE_DELIVERY, "/messages/" + i + "/review"));
  }

  @Test
  void a_message_passed_on_with_no_review_at_all_is_reported_at_its_review() {
    RestorativeCase c = firstCase(Stage.CLOSURE, k -> delivered(k) >= 0);
    int i = delivered(c);
    Message unreviewed = c.messages().get(i).withReview(Optional.empty());

    assertThat(newFindings(c, c.with(unreviewed)))
        .containsExactly(code(MESSAGE_REVIEWED_BEFORE_DELIVERY, "/messages/" + i + "/review"));
  }

  @Test
  void a_message_the_facilitator_approved_before_it_was_delivered_passes() {
    RestorativeCase c = firstCase(Stage.CLOSURE, k -> delivered(k) >= 0);

    assertThat(c.messages().get(delivered(c)).review().map(MessageReview::isApproved))
        .contains(true);
    assertThat(codesOf(check(c))).doesNotContain(MESSAGE_REVIEWED_BEFORE_DELIVERY.name());
  }

  // ------------------------------------------------------------------ helpers

  private static List<Violation> check(RestorativeCase c) {
    return STANDARD.check(c, Policy.standard(), AS_OF).errors();
  }

  private static List<Violation> blocking(RestorativeCase c, Stage target) {
    return STANDARD.checkEntry(c, target, Policy.standard(), AS_OF).errors();
  }

  /** The findings of the changed case that the case it came from did not have. */
  private static List<String> newFindings(RestorativeCase before, RestorativeCase after) {
    return difference(check(before), check(after));
  }

  private static List<String> newBlocking(
      RestorativeCase before, RestorativeCase after, Stage target) {
    return difference(blocking(before, target), blocking(after, target));
  }

  private static List<String> difference(List<Violation> before, List<Violation> after) {
    Set<String> old = new HashSet<>(described(before));
    return described(after).stream().filter(v -> !old.contains(v)).toList();
  }

  private static List<String> described(List<Violation> violations) {
    return violations.stream().map(v -> v.code() + " at " + v.path()).toList();
  }

  private static Set<String> codesOf(List<Violation> violations) {
    Set<String> codes = new HashSet<>();
    violations.forEach(v -> codes.add(v.code()));
    return codes;
  }

  private static String code(StandardCode code, String path) {
    return code.name() + " at " + path;
  }

  private static RestorativeCase firstCase(Stage stage, Predicate<RestorativeCase> shape) {
    for (int i = 0; i < 400; i++) {
      RestorativeCase c = SYNTHETIC.caseAt(stage, i);
      if (shape.test(c)) {
        return c;
      }
    }
    throw new AssertionError("no synthetic case of that shape at " + stage);
  }

  private static int proceeding(RestorativeCase c) {
    return indexOf(
        c.riskAssessments(), r -> r.outcome().filter(RiskOutcome::allowsProceeding).isPresent());
  }

  private static int scheduled(RestorativeCase c) {
    return indexOf(
        c.meetings(), m -> m.status() == MeetingStatus.SCHEDULED && m.startAt().isPresent());
  }

  private static int held(RestorativeCase c) {
    return indexOf(c.meetings(), m -> m.status() == MeetingStatus.HELD && m.endAt().isPresent());
  }

  private static int delivered(RestorativeCase c) {
    return indexOf(c.messages(), m -> m.isDelivered() && m.review().isPresent());
  }

  private static long harmedParties(RestorativeCase c) {
    return c.parties().stream().filter(p -> p.role().isHarmed()).count();
  }

  private static boolean detainedAttendeeAwayFromTheWard(RestorativeCase c, int meeting) {
    Meeting m = c.meetings().get(meeting);
    return m.requiresLeave()
        && m.attendees().stream()
            .anyMatch(a -> c.party(a.party()).filter(Party::isDetained).isPresent());
  }

  private static RestorativeCase withMeeting(RestorativeCase c, int index, Meeting changed) {
    return c.with(changed);
  }

  private static <T> int indexOf(List<T> list, Predicate<T> which) {
    for (int i = 0; i < list.size(); i++) {
      if (which.test(list.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
