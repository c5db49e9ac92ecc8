package org.restorative.core.metrics;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.internal.Invariants;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.ContactMode;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.RestorativeProcess;

/**
 * The intention-to-treat flags of one case (domain brief §9 reproduction notes): how far the case
 * got, read from its records once, so that a researcher can compare every referred or consented
 * case with the completed ones, as Sherman and Strang's trials did.
 *
 * <p>Each flag is defined exactly as the {@link StandardMetric} of the same name: {@link
 * #contacted()} as {@link StandardMetric#CONTACT_MADE}, {@link #consented()} as {@link
 * StandardMetric#CONSENT_OBTAINED}, and so on. A flag once set stays set whatever happened later: a
 * case whose consent was later withdrawn was still consented. Build one with {@link
 * #of(RestorativeCase)}; the builder is for tests and for flags read back from a research extract.
 */
@Value.Immutable
public abstract class CaseFlags implements WithCaseFlags {

  /** The consent statuses that mean the consent was once obtained. */
  private static final Set<ConsentStatus> OBTAINED =
      EnumSet.of(
          ConsentStatus.GIVEN,
          ConsentStatus.RECONFIRMED,
          ConsentStatus.WITHDRAWN,
          ConsentStatus.EXPIRED,
          ConsentStatus.SUPERSEDED);

  CaseFlags() {}

  /**
   * The case the flags describe.
   *
   * @return the case's id
   */
  public abstract CaseId caseId();

  /**
   * The case's stage when the flags were read.
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * Whether a facilitator had a preparation contact with a principal party ({@link
   * StandardMetric#CONTACT_MADE}).
   *
   * @return true when contact was made; false by default
   */
  @Value.Default
  public boolean contacted() {
    return false;
  }

  /**
   * Whether a party on the harmed side (a harmed role, or the representative of the person harmed)
   * once gave their own consent to take part, as defined for {@link
   * StandardMetric#CONSENT_OBTAINED}.
   *
   * @return true when the harmed side consented; false by default
   */
  @Value.Default
  public boolean harmedSideConsented() {
    return false;
  }

  /**
   * Whether a party on the responsible side once gave their own consent to take part, as defined
   * for {@link StandardMetric#CONSENT_OBTAINED}. A person both harmed and responsible counts on
   * both sides.
   *
   * @return true when the responsible side consented; false by default
   */
  @Value.Default
  public boolean responsibleSideConsented() {
    return false;
  }

  /**
   * Whether a process in which the parties meet was chosen ({@link StandardMetric#PROCESS_DIRECT}).
   *
   * @return true when a direct process was chosen; false by default
   */
  @Value.Default
  public boolean directProcess() {
    return false;
  }

  /**
   * Whether a process in which the parties do not meet was chosen, whether or not a direct one was
   * chosen as well (the measure {@link StandardMetric#PROCESS_INDIRECT} counts only cases with no
   * direct process: see {@link #processMode()}).
   *
   * @return true when an indirect process was chosen; false by default
   */
  @Value.Default
  public boolean indirectProcess() {
    return false;
  }

  /**
   * Whether a meeting was held ({@link StandardMetric#MEETING_HELD}).
   *
   * @return true when a meeting is in status HELD; false by default
   */
  @Value.Default
  public boolean meetingHeld() {
    return false;
  }

  /**
   * Whether a direct or indirect intervention took place ({@link
   * StandardMetric#INTERVENTION_DELIVERED}).
   *
   * @return true when a meeting was held or a message delivered; false by default
   */
  @Value.Default
  public boolean interventionDelivered() {
    return false;
  }

  /**
   * Where the case's outcome agreement stands, as read for {@link
   * StandardMetric#AGREEMENT_COMPLETED}.
   *
   * @return the fulfilment; empty when no agreement was reached
   */
  public abstract Optional<AgreementFulfilment> agreementFulfilment();

  /**
   * Whether the case was referred: always true, since every case record is a referral ({@link
   * StandardMetric#REFERRALS}).
   *
   * @return true
   */
  public boolean referred() {
    return true;
  }

  /**
   * Whether a principal party once gave their own consent to take part ({@link
   * StandardMetric#CONSENT_OBTAINED}).
   *
   * @return true when either side consented
   */
  public boolean consented() {
    return harmedSideConsented() || responsibleSideConsented();
  }

  /**
   * Whether both sides once consented: a party on the harmed side and a party on the responsible
   * side (the same person, when one person is both harmed and responsible).
   *
   * @return true when both sides consented
   */
  public boolean bothSidesConsented() {
    return harmedSideConsented() && responsibleSideConsented();
  }

  /**
   * How the chosen process brings the parties into contact, direct taking precedence over indirect
   * ({@link StandardMetric#PROCESS_DIRECT}, {@link StandardMetric#PROCESS_INDIRECT}, {@link
   * StandardMetric#PROCESS_NONE}).
   *
   * @return the mode
   */
  public ProcessMode processMode() {
    if (directProcess()) {
      return ProcessMode.DIRECT;
    }
    return indirectProcess() ? ProcessMode.INDIRECT : ProcessMode.NONE;
  }

  /**
   * Whether the parties reached an outcome agreement ({@link StandardMetric#AGREEMENT_REACHED}).
   *
   * @return true when an agreement in any status but DRAFT is held
   */
  public boolean agreementReached() {
    return agreementFulfilment().isPresent();
  }

  /**
   * Whether the agreement has ended, completed, partly completed or not completed.
   *
   * @return true when the fulfilment has ended
   */
  public boolean agreementEnded() {
    return agreementFulfilment().filter(AgreementFulfilment::hasEnded).isPresent();
  }

  /**
   * Whether the agreement was fulfilled: every current agreement completed ({@link
   * StandardMetric#AGREEMENT_COMPLETED}). A partly completed agreement is not fulfilled.
   *
   * @return true when the fulfilment is COMPLETED
   */
  public boolean agreementFulfilled() {
    return agreementFulfilment().filter(f -> f == AgreementFulfilment.COMPLETED).isPresent();
  }

  /**
   * Whether the case was completed: closed completed or closed partial, the process having been
   * held (the "completed" of an intention-to-treat comparison).
   *
   * @return true for stage CLOSED_COMPLETED or CLOSED_PARTIAL
   */
  public boolean completed() {
    return stage() == Stage.CLOSED_COMPLETED || stage() == Stage.CLOSED_PARTIAL;
  }

  /**
   * Whether the case is closed, in any of the four closed states.
   *
   * @return true when the stage is closed
   */
  public boolean closed() {
    return stage().isClosed();
  }

  /**
   * Reads the flags of a case from its records.
   *
   * @param restorativeCase the case
   * @return its flags
   */
  public static CaseFlags of(RestorativeCase restorativeCase) {
    Map<PartyId, PartyRole> roles = new HashMap<>();
    for (Party party : restorativeCase.parties()) {
      roles.put(party.id(), party.role());
    }
    boolean contacted = false;
    for (PreparationContact contact : restorativeCase.preparationContacts()) {
      PartyRole role = roles.get(contact.party());
      if (role != null && role.isPrincipal()) {
        contacted = true;
        break;
      }
    }
    boolean harmedSide = false;
    boolean responsibleSide = false;
    for (Consent consent : restorativeCase.consents()) {
      PartyRole role = roles.get(consent.party());
      if (role != null && countsAsObtainedParticipation(consent)) {
        harmedSide |= isHarmedSide(role);
        responsibleSide |= role.isResponsible();
      }
    }
    boolean direct = false;
    boolean indirect = false;
    for (RestorativeProcess process : restorativeCase.processes()) {
      ProcessMode mode = modeOf(process, restorativeCase.meetings(), restorativeCase.messages());
      direct |= mode == ProcessMode.DIRECT;
      indirect |= mode == ProcessMode.INDIRECT;
    }
    boolean meetingHeld =
        restorativeCase.meetings().stream().anyMatch(m -> m.status() == MeetingStatus.HELD);
    boolean messageDelivered =
        restorativeCase.messages().stream()
            .anyMatch(m -> m.status() == MessageStatus.MESSAGE_DELIVERED);
    return new Builder()
        .caseId(restorativeCase.id())
        .stage(restorativeCase.stage())
        .contacted(contacted)
        .harmedSideConsented(harmedSide)
        .responsibleSideConsented(responsibleSide)
        .directProcess(direct)
        .indirectProcess(indirect)
        .meetingHeld(meetingHeld)
        .interventionDelivered(meetingHeld || messageDelivered)
        .agreementFulfilment(fulfilmentOf(restorativeCase.agreements()))
        .build();
  }

  private static boolean countsAsObtainedParticipation(Consent consent) {
    return consent.kind() == ConsentKind.PARTICIPATION
        && consent.givenBy() == ConsentGiver.SELF
        && OBTAINED.contains(consent.status());
  }

  private static boolean isHarmedSide(PartyRole role) {
    return role.isHarmed() || role == PartyRole.REPRESENTATIVE_OF_HARMED;
  }

  private static ProcessMode modeOf(
      RestorativeProcess process, List<Meeting> meetings, List<Message> messages) {
    ContactMode contact = process.type().contactMode();
    if (process.isDirect()) {
      return ProcessMode.DIRECT;
    }
    if (process.isIndirect()) {
      return ProcessMode.INDIRECT;
    }
    if (contact != ContactMode.VARIES) {
      return ProcessMode.NONE;
    }
    if (meetings.stream().anyMatch(m -> m.process().equals(process.id()))) {
      return ProcessMode.DIRECT;
    }
    if (messages.stream().anyMatch(m -> m.process().equals(process.id()))) {
      return ProcessMode.INDIRECT;
    }
    return ProcessMode.NONE;
  }

  private static Optional<AgreementFulfilment> fulfilmentOf(List<OutcomeAgreement> agreements) {
    boolean reached = false;
    boolean anyCurrent = false;
    boolean inForce = false;
    boolean allCompleted = true;
    boolean allNotCompleted = true;
    for (OutcomeAgreement agreement : agreements) {
      AgreementStatus status = agreement.status();
      if (status == AgreementStatus.DRAFT) {
        continue;
      }
      reached = true;
      if (status == AgreementStatus.VARIED || status == AgreementStatus.SUPERSEDED) {
        continue;
      }
      anyCurrent = true;
      inForce |= status.isInForce();
      allCompleted &= status == AgreementStatus.COMPLETED;
      allNotCompleted &= status == AgreementStatus.NOT_COMPLETED;
    }
    if (!reached) {
      return Optional.empty();
    }
    if (!anyCurrent || inForce) {
      return Optional.of(AgreementFulfilment.IN_FORCE);
    }
    if (allCompleted) {
      return Optional.of(AgreementFulfilment.COMPLETED);
    }
    return Optional.of(
        allNotCompleted
            ? AgreementFulfilment.NOT_COMPLETED
            : AgreementFulfilment.PARTIALLY_COMPLETED);
  }

  @Value.Check
  void check() {
    Invariants.require(
        !meetingHeld() || interventionDelivered(),
        "case flags interventionDelivered must be set when meetingHeld is set");
  }

  /** Builds {@link CaseFlags}. */
  public static final class Builder extends ImmutableCaseFlags.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
