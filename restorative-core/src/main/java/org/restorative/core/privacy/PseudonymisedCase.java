package org.restorative.core.privacy;

import java.time.YearMonth;
import java.util.List;
import org.immutables.value.Value;
import org.restorative.core.casefile.Stage;
import org.restorative.core.internal.Invariants;

/**
 * A case as a researcher, auditor or trainer may see it: keyed pseudonyms instead of people, months
 * instead of dates, age bands instead of dates of birth, codes instead of words. Made by {@link
 * Pseudonymiser#pseudonymise(org.restorative.core.casefile.RestorativeCase, java.time.ZoneId)}.
 *
 * <p>It holds no name, no date of birth, no free text and no exact date. It is still personal data:
 * whoever holds the key can compute the same pseudonyms from the case records and so re-identify
 * the people in it (ICO anonymisation and pseudonymisation guidance). Every pseudonymised case
 * carries {@link #NOTICE} to say so, and the notice cannot be changed.
 */
@Value.Immutable
public abstract class PseudonymisedCase implements WithPseudonymisedCase {

  /** The notice every pseudonymised case carries. */
  public static final String NOTICE =
      "Pseudonymised, not anonymous: this is still personal data under UK GDPR, because whoever holds"
          + " the key can re-identify the people in it.";

  PseudonymisedCase() {}

  /**
   * The statement that this is still personal data; always {@link #NOTICE}.
   *
   * @return the notice
   */
  @Value.Default
  public String notice() {
    return NOTICE;
  }

  /**
   * The case's keyed pseudonym.
   *
   * @return the pseudonym, such as {@code C-K3V7Q2M9X4D8B6TA}
   */
  public abstract String casePseudonym();

  /**
   * The case's stage.
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * The month the referral was received.
   *
   * @return the month
   */
  public abstract YearMonth referredIn();

  /**
   * The harms the case responds to.
   *
   * @return the harms
   */
  public abstract List<PseudonymisedHarm> harms();

  /**
   * The parties, in the case's order.
   *
   * @return the parties
   */
  public abstract List<PseudonymisedParty> parties();

  /**
   * The restorative processes chosen.
   *
   * @return the processes
   */
  public abstract List<PseudonymisedProcess> processes();

  /**
   * The meetings.
   *
   * @return the meetings
   */
  public abstract List<PseudonymisedMeeting> meetings();

  /**
   * The outcome agreements.
   *
   * @return the agreements
   */
  public abstract List<PseudonymisedAgreement> agreements();

  /**
   * The actions of the agreements.
   *
   * @return the actions
   */
  public abstract List<PseudonymisedAction> actions();

  /**
   * The participants' evaluations.
   *
   * @return the evaluations
   */
  public abstract List<PseudonymisedEvaluation> evaluations();

  /**
   * The case's history, oldest first.
   *
   * @return the history
   */
  public abstract List<PseudonymisedEvent> history();

  @Value.Check
  void check() {
    Invariants.require(
        notice().equals(NOTICE), "pseudonymised case notice must be the fixed notice");
    Invariants.nonBlank(casePseudonym(), "pseudonymised case casePseudonym");
    Invariants.unique(parties(), PseudonymisedParty::pseudonym, "pseudonymised case parties");
  }

  /** Builds a {@link PseudonymisedCase}. */
  public static final class Builder extends ImmutablePseudonymisedCase.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
