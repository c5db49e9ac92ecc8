package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.ConsentCapacityFixtures.AS_OF;
import static org.restorative.core.rules.ConsentCapacityFixtures.aHeldMeetingWithADoubtedCapacityPatient;
import static org.restorative.core.rules.ConsentCapacityFixtures.firstCase;
import static org.restorative.core.rules.ConsentCapacityFixtures.meetingStart;
import static org.restorative.core.rules.ConsentCapacityFixtures.participationConsent;
import static org.restorative.core.rules.ConsentCapacityFixtures.partyIndex;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessType;

/**
 * The moments and indices a check context works out for the rules: which party sits where, whether
 * a consent was in force or a party had withdrawn at a moment, when a meeting is judged, which
 * meetings are in scope, and which main-line stage a paused or closed case stands for.
 */
class CheckContextMomentsTest {

  private static final ActorId ADMIN = ActorId.of("staff-rp-admin");
  private final RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
  private final Meeting meeting = held.meetings().get(0);
  private final Instant start = meetingStart(held);
  private final ProcessType type = held.processes().get(0).type();
  private final PartyId patient =
      held.parties().stream()
          .filter(p -> p.reasonToDoubtCapacity() && meeting.isAttendedBy(p.id()))
          .map(Party::id)
          .findFirst()
          .orElseThrow();

  private CheckContext context(RestorativeCase c) {
    return CheckContext.of(c, Policy.standard(), AS_OF);
  }

  @Test
  void aPartyIsFoundAtItsPlaceInTheListAndAStrangerNowhere() {
    assertThat(context(held).partyIndex(patient))
        .isEqualTo(OptionalInt.of(partyIndex(held, patient)));
    assertThat(context(held).partyIndex(PartyId.of("no-such-party"))).isEmpty();
  }

  @Test
  void aConsentIsActiveFromWhenItWasObtainedUntilItIsWithdrawn() {
    Consent given = participationConsent(held, patient);
    Instant obtained = given.obtainedAt().orElseThrow();
    Instant confirmed = given.lastConfirmedAt().orElseThrow();
    assertThat(CheckContext.wasActiveAt(given, obtained)).isTrue();
    assertThat(CheckContext.wasActiveAt(given, obtained.minusSeconds(1))).isFalse();
    assertThat(context(held).isConsentInForce(given, type, obtained.minusSeconds(1))).isFalse();
    assertThat(context(held).isConsentInForce(given, type, obtained)).isTrue();

    Instant withdrawnAt = confirmed.plus(Duration.ofHours(1));
    Consent withdrawn =
        new Consent.Builder()
            .from(given)
            .status(ConsentStatus.WITHDRAWN)
            .withdrawal(
                new Withdrawal.Builder()
                    .party(patient)
                    .at(withdrawnAt)
                    .scope(WithdrawalScope.WHOLE_PROCESS)
                    .build())
            .build();
    assertThat(CheckContext.wasActiveAt(withdrawn, withdrawnAt.minusSeconds(1))).isTrue();
    assertThat(CheckContext.wasActiveAt(withdrawn, withdrawnAt)).isFalse();
    assertThat(CheckContext.wasActiveAt(given.withStatus(ConsentStatus.EXPIRED), confirmed))
        .isFalse();
  }

  @Test
  void aConsentNeverObtainedIsNeverInvalidated() {
    Consent draft =
        participationConsent(held, patient)
            .withStatus(ConsentStatus.DRAFT)
            .withReconfirmations(List.of())
            .withObtainedAt(Optional.empty());
    assertThat(context(held).findingInvalidating(draft, type, AS_OF)).isEmpty();
    assertThat(context(held).isConsentInForce(draft, type, AS_OF)).isFalse();
  }

  @Test
  void aPartyHasWithdrawnFromAMeetingOnlyByItsOwnWithdrawalMadeByThenThatReachesTheMeeting() {
    Instant before = start.minus(Duration.ofHours(1));
    PartyId other =
        held.parties().stream()
            .map(Party::id)
            .filter(p -> !p.equals(patient))
            .findFirst()
            .orElseThrow();
    Withdrawal whole = withdrawal(patient, before, WithdrawalScope.WHOLE_PROCESS).build();

    assertThat(withdrawnAtStart(whole)).isTrue();
    assertThat(
            context(held.withWithdrawals(List.of(whole)))
                .hadWithdrawnFrom(patient, meeting, before.minusSeconds(1)))
        .isFalse();
    assertThat(withdrawnAtStart(withdrawal(other, before, WithdrawalScope.WHOLE_PROCESS).build()))
        .isFalse();
    assertThat(
            withdrawnAtStart(
                withdrawal(patient, before, WithdrawalScope.MEETING).meeting(meeting.id()).build()))
        .isTrue();
    Meeting another = meeting.withId(MeetingId.of("another-meeting"));
    Withdrawal fromAnother =
        withdrawal(patient, before, WithdrawalScope.MEETING).meeting(another.id()).build();
    assertThat(
            context(held.with(another).withWithdrawals(List.of(fromAnother)))
                .hadWithdrawnFrom(patient, meeting, start))
        .isFalse();
    assertThat(
            withdrawnAtStart(
                withdrawal(patient, before, WithdrawalScope.PROCESS_TYPE)
                    .processType(type)
                    .build()))
        .isTrue();
    ProcessType anotherType =
        Arrays.stream(ProcessType.values()).filter(t -> t != type).findFirst().orElseThrow();
    assertThat(
            withdrawnAtStart(
                withdrawal(patient, before, WithdrawalScope.PROCESS_TYPE)
                    .processType(anotherType)
                    .build()))
        .isFalse();
  }

  private static Withdrawal.Builder withdrawal(PartyId party, Instant at, WithdrawalScope scope) {
    Withdrawal.Builder builder = new Withdrawal.Builder();
    builder.party(party).at(at).scope(scope);
    return builder;
  }

  private boolean withdrawnAtStart(Withdrawal withdrawal) {
    return context(held.withWithdrawals(List.of(withdrawal)))
        .hadWithdrawnFrom(patient, meeting, start);
  }

  @Test
  void aMeetingIsJudgedAtItsStartOnceStartedAndOtherwiseAtTheMomentOfChecking() {
    assertThat(context(held).judgedAt(meeting)).isEqualTo(start);
    Instant earlier = start.minus(Duration.ofDays(1));
    assertThat(CheckContext.of(held, Policy.standard(), earlier).judgedAt(meeting))
        .isEqualTo(earlier);
    Meeting unstarted = meeting.withStartAt(Optional.empty()).withEndAt(Optional.empty());
    assertThat(context(held).judgedAt(unstarted)).isEqualTo(AS_OF);
  }

  @Test
  void plannedMeetingsAreInScopeFromInterventionAndAbandonedOnesNever() {
    RestorativeCase c =
        held.withMeetings(
            List.of(
                meeting,
                meeting.withId(MeetingId.of("m-planned")).withStatus(MeetingStatus.PLANNED),
                meeting.withId(MeetingId.of("m-abandoned")).withStatus(MeetingStatus.ABANDONED),
                meeting.withId(MeetingId.of("m-scheduled")).withStatus(MeetingStatus.SCHEDULED)));
    assertThat(context(c).meetingsInScope())
        .extracting(CheckContext.Indexed::index)
        .containsExactly(0, 1, 3);
    // The held meeting shows the intervention, whatever stage is checked: planned ones are in
    // scope.
    assertThat(
            CheckContext.forEntry(c, Stage.PREPARATION, Policy.standard(), AS_OF).meetingsInScope())
        .extracting(CheckContext.Indexed::index)
        .containsExactly(0, 1, 3);
    RestorativeCase notYetHeld =
        c.withMeetings(
                c.meetings().stream()
                    .map(
                        m ->
                            m.status() == MeetingStatus.HELD
                                ? m.withStatus(MeetingStatus.SCHEDULED).withEndAt(Optional.empty())
                                : m)
                    .toList())
            .withAgreements(
                c.agreements().stream().map(a -> a.withStatus(AgreementStatus.DRAFT)).toList());
    assertThat(
            CheckContext.forEntry(notYetHeld, Stage.PREPARATION, Policy.standard(), AS_OF)
                .meetingsInScope())
        .extracting(CheckContext.Indexed::index)
        .containsExactly(0, 3);
  }

  @Test
  void aPausedCaseStandsForTheStageItWasPausedFrom() {
    // A pause the case does not hold names no stage: its agreement shows the outcome agreement.
    assertThat(held.agreements()).anyMatch(a -> a.status() != AgreementStatus.DRAFT);
    assertThat(CheckContext.forEntry(held, Stage.PAUSED, Policy.standard(), AS_OF).mainLineStage())
        .isEqualTo(Stage.OUTCOME_AGREEMENT);
    RestorativeCase paused =
        new RestorativeCase.Builder()
            .from(held)
            .stage(Stage.PAUSED)
            .pause(
                new Pause.Builder()
                    .pausedFrom(Stage.FOLLOW_UP)
                    .reason(PauseReason.values()[0])
                    .since(start)
                    .build())
            .build();
    assertThat(
            CheckContext.forEntry(paused, Stage.PAUSED, Policy.standard(), AS_OF).mainLineStage())
        .isEqualTo(Stage.FOLLOW_UP);
    assertThat(context(paused).mainLineStage()).isEqualTo(Stage.FOLLOW_UP);
    assertThat(
            CheckContext.forEntry(paused, Stage.CLOSED_WITHDRAWN, Policy.standard(), AS_OF)
                .mainLineStage())
        .isEqualTo(Stage.FOLLOW_UP);
    assertThat(
            CheckContext.forEntry(held, Stage.CLOSED_WITHDRAWN, Policy.standard(), AS_OF)
                .mainLineStage())
        .isEqualTo(Stage.FOLLOW_UP);
    assertThat(
            CheckContext.forEntry(held, Stage.CLOSED_COMPLETED, Policy.standard(), AS_OF)
                .mainLineStage())
        .isEqualTo(Stage.CLOSURE);
    assertThat(
            CheckContext.forEntry(held, Stage.CLOSED_PARTIAL, Policy.standard(), AS_OF)
                .mainLineStage())
        .isEqualTo(Stage.CLOSURE);
  }

  @Test
  void aClosedCaseStandsForTheStageItWasClosedFromFollowingAPauseBack() {
    RestorativeCase closed = firstCase(Stage.CLOSED_WITHDRAWN, k -> true);
    assertThat(mainLineStageAfter(closed)).isEqualTo(Stage.REFERRAL);
    assertThat(mainLineStageAfter(closed, move(Stage.FOLLOW_UP, Stage.CLOSED_WITHDRAWN)))
        .isEqualTo(Stage.FOLLOW_UP);
    assertThat(
            mainLineStageAfter(
                closed,
                move(Stage.PREPARATION, Stage.PAUSED),
                move(Stage.PAUSED, Stage.CLOSED_WITHDRAWN)))
        .isEqualTo(Stage.PREPARATION);
    assertThat(
            mainLineStageAfter(
                closed,
                move(Stage.ASSESSMENT, Stage.PAUSED),
                move(Stage.INTERVENTION, Stage.FOLLOW_UP),
                move(Stage.PAUSED, Stage.CLOSED_WITHDRAWN)))
        .isEqualTo(Stage.ASSESSMENT);
    assertThat(
            mainLineStageAfter(
                closed,
                move(Stage.ASSESSMENT, Stage.CLOSED_NOT_PROCEEDING),
                move(Stage.PREPARATION, Stage.PAUSED)))
        .isEqualTo(Stage.ASSESSMENT);
    assertThat(
            mainLineStageAfter(
                closed,
                move(Stage.ASSESSMENT, Stage.CLOSED_NOT_PROCEEDING),
                move(Stage.CLOSED_NOT_PROCEEDING, Stage.CLOSED_WITHDRAWN)))
        .isEqualTo(Stage.ASSESSMENT);
    assertThat(
            mainLineStageAfter(
                closed,
                move(Stage.PREPARATION, Stage.PAUSED),
                move(Stage.CLOSED_NOT_PROCEEDING, Stage.CLOSED_WITHDRAWN)))
        .isEqualTo(Stage.REFERRAL);
    assertThat(
            mainLineStageAfter(
                closed,
                move(Stage.PREPARATION, Stage.PAUSED),
                move(Stage.PAUSED, Stage.PAUSED),
                move(Stage.PAUSED, Stage.CLOSED_WITHDRAWN)))
        .isEqualTo(Stage.PREPARATION);
  }

  private int events;

  private CaseEvent move(Stage from, Stage to) {
    events++;
    return new CaseEvent.Builder()
        .id(EventId.of("ev-moment-" + events))
        .at(AS_OF.minus(Duration.ofDays(100 - events)))
        .by(ADMIN)
        .type(CaseEventType.STAGE_CHANGED)
        .fromStage(from)
        .toStage(to)
        .build();
  }

  private static Stage mainLineStageAfter(RestorativeCase closed, CaseEvent... history) {
    return CheckContext.of(closed.withHistory(List.of(history)), Policy.standard(), AS_OF)
        .mainLineStage();
  }
}
