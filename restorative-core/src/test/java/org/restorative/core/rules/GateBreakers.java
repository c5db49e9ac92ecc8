package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.AGREEMENT_AGREED;
import static org.restorative.core.rules.StandardCode.CASE_OWNER_ALLOCATED;
import static org.restorative.core.rules.StandardCode.INTERVENTION_ARRANGED;
import static org.restorative.core.rules.StandardCode.INTERVENTION_HELD;
import static org.restorative.core.rules.StandardCode.PROCESS_CHOSEN;
import static org.restorative.core.rules.StandardCode.PROCESS_PARTICIPANTS_NAMED;
import static org.restorative.core.rules.StandardCode.REFERRAL_ACCEPTED;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ContactMode;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.StopReason;

/**
 * Breakers for the stage gates of the domain brief §1.2: each takes a valid synthetic case past the
 * gate and takes away the one record the gate needs.
 */
final class GateBreakers {

  private GateBreakers() {}

  static List<Breaker> all() {
    return List.of(
        Breaker.of(REFERRAL_ACCEPTED, Stage.ASSESSMENT, GateBreakers::referralNeverAccepted),
        Breaker.of(CASE_OWNER_ALLOCATED, Stage.ASSESSMENT, GateBreakers::nobodyOwnsTheCase),
        Breaker.of(PROCESS_CHOSEN, Stage.PREPARATION, GateBreakers::everyProcessHalted),
        Breaker.of(
            PROCESS_PARTICIPANTS_NAMED,
            Stage.PREPARATION,
            GateBreakers::theResponsibleSideLeftOutOfTheProcess),
        Breaker.of(INTERVENTION_ARRANGED, Stage.INTERVENTION, GateBreakers::everyMeetingCalledOff),
        Breaker.of(
            INTERVENTION_HELD, Stage.OUTCOME_AGREEMENT, GateBreakers::theMeetingOnlyAdjourned),
        Breaker.of(AGREEMENT_AGREED, Stage.FOLLOW_UP, GateBreakers::agreementLeftADraft));
  }

  /** The referral records no acceptance. */
  private static Optional<RestorativeCase> referralNeverAccepted(RestorativeCase c) {
    return Optional.of(c.withReferral(c.referral().withAcceptedAt(Optional.empty())));
  }

  /** No case owner on the referral, and no facilitator allocated yet. */
  private static Optional<RestorativeCase> nobodyOwnsTheCase(RestorativeCase c) {
    return Optional.of(
        c.withReferral(c.referral().withCaseOwner(Optional.empty())).withFacilitators(List.of()));
  }

  /** Every process of a case in preparation halted, though nobody withdrew. */
  private static Optional<RestorativeCase> everyProcessHalted(RestorativeCase c) {
    if (c.processes().isEmpty() || c.processes().stream().anyMatch(RestorativeProcess::isEnded)) {
      return Optional.empty();
    }
    return Optional.of(
        c.withProcesses(
            c.processes().stream()
                .map(p -> p.endedAs(ProcessStatus.HALTED, p.chosenAt()))
                .toList()));
  }

  /** A process that brings the parties together names no one on the responsible side. */
  private static Optional<RestorativeCase> theResponsibleSideLeftOutOfTheProcess(
      RestorativeCase c) {
    Set<PartyId> responsible = new HashSet<>();
    for (Party party : c.parties()) {
      if (party.role().isResponsible()) {
        responsible.add(party.id());
      }
    }
    if (c.processes().size() != 1
        || c.processes().get(0).type().contactMode() == ContactMode.NONE
        || c.parties().stream().anyMatch(p -> p.role().isHarmed() && p.role().isResponsible())) {
      return Optional.empty();
    }
    Set<PartyId> leftOut = new HashSet<>(responsible);
    for (Party party : c.parties()) {
      if (party.principal().filter(responsible::contains).isPresent()) {
        leftOut.add(party.id());
      }
    }
    RestorativeProcess process = c.processes().get(0);
    RestorativeProcess without =
        process.withParticipants(
            process.participants().stream().filter(p -> !leftOut.contains(p)).toList());
    return Optional.of(c.withProcesses(List.of(without)));
  }

  /** Every meeting of a case in intervention is called off before it was held. */
  private static Optional<RestorativeCase> everyMeetingCalledOff(RestorativeCase c) {
    boolean meets =
        c.processes().stream()
            .anyMatch(p -> !p.isEnded() && p.type().contactMode() != ContactMode.INDIRECT);
    boolean notYetHeld =
        !c.meetings().isEmpty()
            && c.meetings().stream()
                .allMatch(
                    m ->
                        m.status() == MeetingStatus.SCHEDULED
                            || m.status() == MeetingStatus.PLANNED);
    if (!meets || !notYetHeld || !c.messages().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(c.withMeetings(c.meetings().stream().map(GateBreakers::calledOff).toList()));
  }

  private static Meeting calledOff(Meeting meeting) {
    return meeting.withStatus(MeetingStatus.ABANDONED).withStopReason(StopReason.SAFETY);
  }

  /** The only meetings were adjourned, not held, and the process did not conclude. */
  private static Optional<RestorativeCase> theMeetingOnlyAdjourned(RestorativeCase c) {
    if (!c.messages().isEmpty()
        || c.meetings().stream().noneMatch(m -> m.status() == MeetingStatus.HELD)) {
      return Optional.empty();
    }
    List<Meeting> meetings =
        c.meetings().stream()
            .map(
                m ->
                    m.status() == MeetingStatus.HELD
                        ? m.withStatus(MeetingStatus.ADJOURNED)
                            .withStopReason(StopReason.PARTY_WITHDREW)
                        : m)
            .toList();
    List<RestorativeProcess> processes =
        c.processes().stream()
            .map(
                p ->
                    p.status() == ProcessStatus.CONCLUDED
                        ? p.withStatus(ProcessStatus.IN_PROGRESS).withEndedAt(Optional.empty())
                        : p)
            .toList();
    return Optional.of(c.withMeetings(meetings).withProcesses(processes));
  }

  /** The case went through the outcome-agreement stage but its agreement stayed a draft. */
  private static Optional<RestorativeCase> agreementLeftADraft(RestorativeCase c) {
    boolean wentThrough =
        c.history().stream()
            .anyMatch(e -> e.toStage().filter(to -> to == Stage.OUTCOME_AGREEMENT).isPresent());
    if (!wentThrough || c.agreements().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        c.withAgreements(
            c.agreements().stream().map(a -> a.withStatus(AgreementStatus.DRAFT)).toList()));
  }
}
