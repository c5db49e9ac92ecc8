package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.DISCLOSURE_HAS_BASIS;
import static org.restorative.core.rules.StandardCode.MEETING_DATED;
import static org.restorative.core.rules.StandardCode.MESSAGE_REVIEWED_BEFORE_DELIVERY;
import static org.restorative.core.rules.StandardCode.REFERRAL_LINKED_TO_HARM;
import static org.restorative.core.rules.StandardCode.RISK_CONDITIONS_RECORDED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.ReviewDecision;

/**
 * Breakers for the record gaps of issue 8 §5: each records a draft with one thing missing that the
 * record once refused outright, and the rule that now reports it is the only new code.
 */
final class RecordGapBreakers {

  private RecordGapBreakers() {}

  static List<Breaker> all() {
    return List.of(
        Breaker.of(
            REFERRAL_LINKED_TO_HARM, Stage.ASSESSMENT, RecordGapBreakers::referralNamesNoHarm),
        Breaker.of(
            RISK_CONDITIONS_RECORDED,
            Stage.PREPARATION,
            RecordGapBreakers::conditionsNotWrittenDown),
        Breaker.of(
            MEETING_DATED, Stage.INTERVENTION, RecordGapBreakers::scheduledMeetingNeverDated),
        Breaker.of(MEETING_DATED, Stage.OUTCOME_AGREEMENT, RecordGapBreakers::heldMeetingWithNoEnd),
        Breaker.of(
            MESSAGE_REVIEWED_BEFORE_DELIVERY,
            Stage.CLOSURE,
            RecordGapBreakers::messageDeliveredAfterBeingReturned),
        Breaker.of(
            DISCLOSURE_HAS_BASIS,
            Stage.PREPARATION,
            RecordGapBreakers::disclosureLoggedWithNoBasis));
  }

  /** Information was shared and logged, but nobody recorded the consent or basis it rested on. */
  private static Optional<RestorativeCase> disclosureLoggedWithNoBasis(RestorativeCase c) {
    return changeFirst(
            c.disclosures(),
            d -> true,
            d -> d.withConsent(Optional.empty()).withLawfulBasis(Optional.empty()))
        .map(c::withDisclosures);
  }

  /** The referral is recorded before anyone linked it to the harm. */
  private static Optional<RestorativeCase> referralNamesNoHarm(RestorativeCase c) {
    return Optional.of(c.withReferral(c.referral().withHarms(List.of())));
  }

  /** The assessment lets the process go ahead on conditions, but nobody wrote them down. */
  private static Optional<RestorativeCase> conditionsNotWrittenDown(RestorativeCase c) {
    return changeFirst(
            c.riskAssessments(),
            r -> r.outcome().filter(RiskOutcome::allowsProceeding).isPresent(),
            r -> r.withOutcome(RiskOutcome.PROCEED_WITH_CONDITIONS).withConditions(List.of()))
        .map(c::withRiskAssessments);
  }

  /** A meeting is scheduled, but its date never made it into the record. */
  private static Optional<RestorativeCase> scheduledMeetingNeverDated(RestorativeCase c) {
    return changeFirst(
            c.meetings(),
            m -> m.status() == MeetingStatus.SCHEDULED && m.startAt().isPresent(),
            m -> m.withStartAt(Optional.empty()))
        .map(c::withMeetings);
  }

  /** A meeting was held, but when it ended was not written down. */
  private static Optional<RestorativeCase> heldMeetingWithNoEnd(RestorativeCase c) {
    return changeFirst(
            c.meetings(),
            m -> m.status() == MeetingStatus.HELD && m.endAt().isPresent(),
            m -> m.withEndAt(Optional.empty()))
        .map(c::withMeetings);
  }

  /** The facilitator returned a letter for changes, and it was passed on all the same. */
  private static Optional<RestorativeCase> messageDeliveredAfterBeingReturned(RestorativeCase c) {
    return changeFirst(
            c.messages(),
            m -> m.isDelivered() && m.review().isPresent(),
            m ->
                m.withReview(
                    MessageReview.of(
                        m.review().get().reviewer(),
                        m.review().get().reviewedAt(),
                        ReviewDecision.RETURNED_FOR_CHANGES)))
        .map(c::withMessages);
  }

  private static <T> Optional<List<T>> changeFirst(
      List<T> items, Predicate<T> applies, Function<T, T> change) {
    for (int i = 0; i < items.size(); i++) {
      if (applies.test(items.get(i))) {
        List<T> changed = new ArrayList<>(items);
        changed.set(i, change.apply(items.get(i)));
        return Optional.of(changed);
      }
    }
    return Optional.empty();
  }
}
