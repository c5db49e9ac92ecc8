package org.restorative.core.consent;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Medium;

/**
 * One entry of the disclosure log: who disclosed whose information, to whom, when, how, what, why
 * and on what basis (domain brief §4.8; rule 39, SCOT-FW §25.2 evidence log). Each disclosure rests
 * on exactly one basis: a consent naming the recipient and purpose, or a recorded lawful basis
 * (rule 37). Entries are never changed once made; a disclosure already made is not reversed by a
 * later withdrawal (domain brief §1.5).
 */
@Value.Immutable
public abstract class Disclosure implements WithDisclosure {

  Disclosure() {}

  /**
   * The log entry's identifier.
   *
   * @return the id
   */
  public abstract DisclosureId id();

  /**
   * The party whose information was disclosed.
   *
   * @return the subject
   */
  public abstract PartyId subject();

  /**
   * Who received the information.
   *
   * @return the recipient
   */
  public abstract Recipient recipient();

  /**
   * When the information was disclosed.
   *
   * @return the moment
   */
  public abstract Instant disclosedAt();

  /**
   * Who disclosed it.
   *
   * @return the actor
   */
  public abstract ActorId by();

  /**
   * How it was disclosed.
   *
   * @return the medium
   */
  public abstract Medium medium();

  /**
   * What kinds of information were disclosed.
   *
   * @return the items; never empty
   */
  public abstract Set<DisclosedItem> items();

  /**
   * Why the information was disclosed (Caldicott principle 1).
   *
   * @return the purpose
   */
  public abstract SharingPurpose purpose();

  /**
   * The consent the disclosure relies on.
   *
   * @return the consent, present only when no lawful basis is recorded; a disclosure made on
   *     neither is still logged, and rule {@code DISCLOSURE_HAS_BASIS} reports it
   */
  public abstract Optional<ConsentId> consent();

  /**
   * The lawful basis the disclosure relies on instead of consent.
   *
   * @return the lawful basis, present only when no consent is recorded
   */
  public abstract Optional<LawfulBasis> lawfulBasis();

  /**
   * Why this much information was necessary (Caldicott principles 2–4; rule 38).
   *
   * @return the justification, if recorded
   */
  @Value.Redacted
  public abstract Optional<String> justification();

  /**
   * Whether the items came from a pre-approved minimum dataset for the purpose (rule 38).
   *
   * @return true when from the minimum dataset; false unless recorded
   */
  @Value.Default
  public boolean fromMinimumDataset() {
    return false;
  }

  /**
   * Whether the disclosure relies on consent, and so must stop once that consent is withdrawn (rule
   * 40).
   *
   * @return true when a consent is named
   */
  public boolean reliesOnConsent() {
    return consent().isPresent();
  }

  /**
   * Whether the disclosure shows it used only the minimum necessary: a justification, or items from
   * a pre-approved minimum dataset (rule 38; Caldicott principles 2–4).
   *
   * @return true when justified or from the minimum dataset
   */
  public boolean isMinimumNecessaryShown() {
    return justification().isPresent() || fromMinimumDataset();
  }

  @Value.Check
  void check() {
    Invariants.require(!items().isEmpty(), "disclosure items must not be empty");
    Invariants.require(
        consent().isEmpty() || lawfulBasis().isEmpty(),
        "disclosure must name at most one of consent and lawfulBasis");
    Invariants.nonBlank(justification(), "disclosure justification");
  }

  /** Builds a {@link Disclosure}. */
  public static final class Builder extends ImmutableDisclosure.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
