package org.restorative.core.consent;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * What a data-processing or disclosure consent covers: the named recipients and the purposes
 * (domain brief §4.3, rule 37). The ICO asks that consent names every controller relying on it;
 * categories are not specific enough (ICO, consent guidance; SCOT-FW §25.2 granular statements and
 * named third parties).
 */
@Value.Immutable
public abstract class SharingScope implements WithSharingScope {

  SharingScope() {}

  /**
   * The recipients the person agreed their information may go to.
   *
   * @return the recipients, in the order recorded; never empty, no recipient twice
   */
  public abstract List<Recipient> recipients();

  /**
   * The purposes the person agreed their information may be used for.
   *
   * @return the purposes; never empty
   */
  public abstract Set<SharingPurpose> purposes();

  /**
   * A scope of one recipient and one purpose.
   *
   * @param recipient the recipient
   * @param purpose the purpose
   * @return the scope
   */
  public static SharingScope of(Recipient recipient, SharingPurpose purpose) {
    return new Builder().addRecipient(recipient).addPurpose(purpose).build();
  }

  /**
   * Whether this scope covers sharing with the given recipient for the given purpose (rule 37).
   *
   * @param recipient the recipient
   * @param purpose the purpose
   * @return true when the recipient is named and the purpose agreed
   */
  public boolean covers(Recipient recipient, SharingPurpose purpose) {
    return recipients().contains(recipient) && purposes().contains(purpose);
  }

  @Value.Check
  void check() {
    Invariants.require(!recipients().isEmpty(), "sharing scope recipients must not be empty");
    Invariants.require(!purposes().isEmpty(), "sharing scope purposes must not be empty");
    Invariants.unique(recipients(), recipient -> recipient, "sharing scope recipients");
  }

  /** Builds a {@link SharingScope}. */
  public static final class Builder extends ImmutableSharingScope.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
