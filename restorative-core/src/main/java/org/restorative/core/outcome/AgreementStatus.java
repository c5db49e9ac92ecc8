package org.restorative.core.outcome;

/**
 * Where an outcome agreement stands in its life (domain brief §7.4).
 *
 * <p>An agreement goes from {@link #DRAFT} to {@link #AGREED} once every party's consent is
 * recorded, then to {@link #IN_MONITORING} while its actions are carried out, and ends in one of
 * the terminal states. Whether it is overdue is never stored: it is derived from its actions.
 */
public enum AgreementStatus {
  /** Being written with the parties; nobody is bound by it yet. */
  DRAFT,
  /** Every party's free and informed agreement is recorded (SCOT-FW §24.2; rule 42). */
  AGREED,
  /** Agreed, and its actions are being carried out and monitored (RJC Service Provider Code A). */
  IN_MONITORING,
  /** Every action was completed. */
  COMPLETED,
  /** Some actions were completed and some were not; closed with reasons (rule 49). */
  PARTIALLY_COMPLETED,
  /** The actions were not completed; closed with reasons, never held against anyone punitively. */
  NOT_COMPLETED,
  /** Changed by the parties: a new version, agreed afresh, names this one as the replaced one. */
  VARIED,
  /** Replaced by a later agreement and no longer in force. */
  SUPERSEDED;

  /**
   * Whether the agreement has come to an end and nothing more is expected of it.
   *
   * @return true for {@link #COMPLETED}, {@link #PARTIALLY_COMPLETED}, {@link #NOT_COMPLETED},
   *     {@link #VARIED} and {@link #SUPERSEDED}
   */
  public boolean isTerminal() {
    return switch (this) {
      case DRAFT, AGREED, IN_MONITORING -> false;
      case COMPLETED, PARTIALLY_COMPLETED, NOT_COMPLETED, VARIED, SUPERSEDED -> true;
    };
  }

  /**
   * Whether the parties are currently working to the agreement.
   *
   * @return true for {@link #AGREED} and {@link #IN_MONITORING}
   */
  public boolean isInForce() {
    return this == AGREED || this == IN_MONITORING;
  }
}
