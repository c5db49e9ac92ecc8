package org.restorative.core.privacy;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.CareContext;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.VulnerabilityFlag;

/**
 * A party in a {@link PseudonymisedCase}: a keyed pseudonym in place of the person, with their
 * role, age band and the codes research needs. No name, no date of birth, no free text.
 */
@Value.Immutable
public abstract class PseudonymisedParty implements WithPseudonymisedParty {

  PseudonymisedParty() {}

  /**
   * The party's keyed pseudonym, the same in every case pseudonymised with the same key.
   *
   * @return the pseudonym, such as {@code P-7M2QK4XD9A3B5TZC}
   */
  public abstract String pseudonym();

  /**
   * The party's role in the case.
   *
   * @return the role
   */
  public abstract PartyRole role();

  /**
   * Whether the party is a patient, staff member, family member, member of the public or
   * organisation.
   *
   * @return the person type
   */
  public abstract PersonType personType();

  /**
   * The pseudonym of the party a supporter supports or a representative represents.
   *
   * @return the principal's pseudonym, when the party has a principal
   */
  public abstract Optional<String> principal();

  /**
   * The age band on the day of referral, from the date of birth or the recorded band; never the
   * date.
   *
   * @return the age band, when known
   */
  public abstract Optional<AgeBand> ageBand();

  /**
   * The Mental Health Act section or status, when recorded.
   *
   * @return the section
   */
  public abstract Optional<MhaStatus> mhaSection();

  /**
   * Whether the patient is a restricted patient.
   *
   * @return true when restricted; false by default
   */
  @Value.Default
  public boolean restricted() {
    return false;
  }

  /**
   * Where a patient is in the service.
   *
   * @return the care context, when recorded
   */
  public abstract Optional<CareContext> careContext();

  /**
   * The party's communication needs.
   *
   * @return the needs
   */
  public abstract Set<CommunicationNeed> communicationNeeds();

  /**
   * The party's vulnerability flags.
   *
   * @return the flags
   */
  public abstract Set<VulnerabilityFlag> vulnerabilityFlags();

  @Value.Check
  void check() {
    Invariants.nonBlank(pseudonym(), "pseudonymised party pseudonym");
    Invariants.nonBlank(principal(), "pseudonymised party principal");
    Invariants.require(
        !restricted() || mhaSection().isPresent(),
        "pseudonymised party restricted requires an mhaSection");
  }

  /** Builds a {@link PseudonymisedParty}. */
  public static final class Builder extends ImmutablePseudonymisedParty.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
