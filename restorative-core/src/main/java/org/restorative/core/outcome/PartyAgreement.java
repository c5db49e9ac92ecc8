package org.restorative.core.outcome;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;

/**
 * One party's record of agreeing, or not agreeing, to an outcome agreement (domain brief §7.1,
 * {@code agreementRecord}).
 *
 * <p>Every principal party and every action owner must document their free and informed consent to
 * the outcome (SCOT-FW §24.2); agreements are signed by all (PETOMCLAREN). An agreement can become
 * {@link AgreementStatus#AGREED} only when each of them has a recorded, uncoerced agreement (rule
 * 42).
 */
@Value.Immutable
public abstract class PartyAgreement implements WithPartyAgreement {

  PartyAgreement() {}

  /**
   * The party whose agreement this records.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * Whether the party agreed to the outcome agreement.
   *
   * @return true when the party agreed
   */
  public abstract boolean agreed();

  /**
   * How the agreement was recorded.
   *
   * @return the method, such as signed in writing, if recorded
   */
  public abstract Optional<ConsentMethod> method();

  /**
   * When the party agreed.
   *
   * @return the moment of agreeing; present whenever {@link #agreed()} is true
   */
  public abstract Optional<Instant> at();

  /**
   * A reference to the signature, such as the scanned signed copy in the records system.
   *
   * @return the reference, if there is one
   */
  public abstract Optional<String> signatureRef();

  /**
   * Whether the party was recorded as agreeing freely, without coercion: in particular without
   * believing that leave, discharge, a tribunal or employment depends on it (SCOT-FW §24.2).
   *
   * @return true when recorded as uncoerced; false by default
   */
  @Value.Default
  public boolean freelyGiven() {
    return false;
  }

  /**
   * Whether this is a recorded, uncoerced agreement, as rule 42 ({@code
   * OUTCOME_AGREED_BY_ALL_PARTIES}) requires.
   *
   * @return true when the party agreed and it was recorded as freely given
   */
  public boolean isFreeAgreement() {
    return agreed() && freelyGiven();
  }

  /**
   * A party's agreement given at a moment by a method, recorded as freely given.
   *
   * @param party the party
   * @param method how it was recorded
   * @param at when the party agreed
   * @return the record of agreement
   */
  public static PartyAgreement of(PartyId party, ConsentMethod method, Instant at) {
    return new Builder().party(party).agreed(true).method(method).at(at).freelyGiven(true).build();
  }

  @Value.Check
  void check() {
    Invariants.require(
        !agreed() || at().isPresent(), "party agreement at must be set when agreed is true");
    Invariants.nonBlank(signatureRef(), "party agreement signatureRef");
  }

  /** Builds a {@link PartyAgreement}. */
  public static final class Builder extends ImmutablePartyAgreement.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
