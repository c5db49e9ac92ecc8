package org.restorative.core.outcome;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;

/**
 * Who receives a copy of an outcome agreement and with whom it may be shared (domain brief §7.1,
 * {@code confidentialityTerms}).
 *
 * <p>Sharing an outcome outside the participants, for example with the clinical team, HR, the
 * police, a tribunal or a Victim Liaison Officer, needs the consent of all parties unless there is
 * another lawful basis (SCOT-FW §24.3; rule 41, {@code OUTCOME_SHARING_NEEDS_ALL_PARTIES}). These
 * terms record what the parties agreed; the rule checks it.
 */
@Value.Immutable
public abstract class ConfidentialityTerms implements WithConfidentialityTerms {

  ConfidentialityTerms() {}

  /**
   * The parties who receive a copy of the agreement.
   *
   * @return the parties given a copy
   */
  public abstract Set<PartyId> copiesTo();

  /**
   * The recipients the parties agreed the agreement may be shared with.
   *
   * @return the recipients, each named once
   */
  public abstract List<Recipient> mayBeSharedWith();

  /**
   * Anything else the parties agreed about confidentiality, in their words.
   *
   * @return the note, if any
   */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * Whether the terms allow sharing with a recipient.
   *
   * @param recipient the recipient asked about
   * @return true when the recipient is among those the agreement may be shared with
   */
  public boolean allowsSharingWith(Recipient recipient) {
    return mayBeSharedWith().contains(recipient);
  }

  /**
   * Whether the terms allow sharing beyond the parties of the case, which needs all parties'
   * consent (rule 41).
   *
   * @return true when any recipient is not a party of the case
   */
  public boolean allowsSharingOutsideParticipants() {
    return mayBeSharedWith().stream().anyMatch(r -> r.type() != RecipientType.PARTY);
  }

  @Value.Check
  void check() {
    Invariants.unique(mayBeSharedWith(), r -> r, "confidentiality terms mayBeSharedWith");
    Invariants.nonBlank(note(), "confidentiality terms note");
  }

  /** Builds a {@link ConfidentialityTerms}. */
  public static final class Builder extends ImmutableConfidentialityTerms.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
