package org.restorative.core.outcome;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessId;
import org.restorative.core.questions.QuestionSetRef;

/**
 * The outcome agreement the parties reach at the end of a restorative meeting or an indirect
 * process (domain brief §7.1): each party's agreement, how it is monitored and who may see it. Its
 * actions are {@link Action} values that name it by {@link AgreementId}.
 *
 * <p>An outcome agreement is not legally binding, but it can be referred to if further harm happens
 * (PETOMCLAREN). It must be agreed freely by all parties (SCOT-FW §24.2), be proportionate,
 * realistic, forward-looking and not punitive, and be compatible with detention, leave and
 * discharge conditions (brief §7.3); those are rules, not structural checks. Varying an agreement
 * makes a new version, agreed afresh, that names the one it replaces in {@link #supersedes()}.
 */
@Value.Immutable
public abstract class OutcomeAgreement implements WithOutcomeAgreement {

  OutcomeAgreement() {}

  /**
   * The agreement's identifier.
   *
   * @return the id
   */
  public abstract AgreementId id();

  /**
   * The meeting at which the agreement was reached, for a direct process.
   *
   * @return the meeting, if any
   */
  public abstract Optional<MeetingId> meeting();

  /**
   * The restorative process the agreement belongs to.
   *
   * @return the process, if recorded
   */
  public abstract Optional<ProcessId> process();

  /**
   * When the agreement was first written down.
   *
   * @return the moment of creation
   */
  public abstract Instant createdAt();

  /**
   * Where the agreement stands.
   *
   * @return the status
   */
  public abstract AgreementStatus status();

  /**
   * Each party's record of agreeing or not agreeing: every principal party and every action owner
   * (rule 42).
   *
   * @return the records, at most one per party
   */
  public abstract List<PartyAgreement> partyAgreements();

  /**
   * How the agreement as a whole is monitored (RJC Service Provider Code A).
   *
   * @return the monitoring, if arranged
   */
  public abstract Optional<Monitoring> monitoring();

  /**
   * Who gets a copy and with whom the agreement may be shared (SCOT-FW §24.3).
   *
   * @return the terms, if recorded
   */
  public abstract Optional<ConfidentialityTerms> confidentiality();

  /**
   * The question set and version used to reach the agreement, such as the agreement-phase
   * questions.
   *
   * @return the question set used, if any
   */
  public abstract Optional<QuestionSetRef> questionSet();

  /**
   * The earlier agreement this version replaces, when the parties varied it.
   *
   * @return the replaced agreement, never this agreement itself
   */
  public abstract Optional<AgreementId> supersedes();

  /**
   * The facilitator's notes on the agreement.
   *
   * @return the notes, if any
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  /**
   * The record of a party's agreement.
   *
   * @param party the party
   * @return the party's record, if one is held
   */
  public Optional<PartyAgreement> agreementOf(PartyId party) {
    return partyAgreements().stream().filter(a -> a.party().equals(party)).findFirst();
  }

  /**
   * Whether a party agreed to the agreement.
   *
   * @param party the party
   * @return true when the party's record says they agreed
   */
  public boolean hasAgreed(PartyId party) {
    return agreementOf(party).filter(PartyAgreement::agreed).isPresent();
  }

  /**
   * The parties who agreed, in the order their records are held.
   *
   * @return the parties whose record says they agreed, unmodifiable
   */
  public Set<PartyId> agreedParties() {
    Set<PartyId> parties = new LinkedHashSet<>();
    partyAgreements().stream().filter(PartyAgreement::agreed).forEach(a -> parties.add(a.party()));
    return Collections.unmodifiableSet(parties);
  }

  /**
   * Whether the agreement has come to an end.
   *
   * @return true when its status is terminal
   */
  public boolean isTerminal() {
    return status().isTerminal();
  }

  @Value.Check
  void check() {
    Invariants.unique(
        partyAgreements(), PartyAgreement::party, "outcome agreement partyAgreements");
    Invariants.require(
        supersedes().filter(id()::equals).isEmpty(),
        "outcome agreement supersedes must not name the agreement itself");
    Invariants.nonBlank(notes(), "outcome agreement notes");
  }

  /** Builds an {@link OutcomeAgreement}. */
  public static final class Builder extends ImmutableOutcomeAgreement.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
