package org.restorative.core.metrics;

/**
 * The steps of the referral funnel, in order: referral, contact, consent, meeting, agreement,
 * fulfilled (domain brief §7.6 referral conversion; §9 intention to treat). Each step is the case
 * flag of the same meaning and counts as the numerator of its {@link #metric()}.
 */
public enum FunnelStage {
  /** Every case: {@link CaseFlags#referred()}. */
  REFERRAL(StandardMetric.REFERRALS),
  /** A preparation contact with a principal party: {@link CaseFlags#contacted()}. */
  CONTACT(StandardMetric.CONTACT_MADE),
  /** A principal party's consent once obtained: {@link CaseFlags#consented()}. */
  CONSENT(StandardMetric.CONSENT_OBTAINED),
  /** A meeting held: {@link CaseFlags#meetingHeld()}; indirect processes never reach this step. */
  MEETING(StandardMetric.MEETING_HELD),
  /** An outcome agreement reached: {@link CaseFlags#agreementReached()}. */
  AGREEMENT(StandardMetric.AGREEMENT_REACHED),
  /** The agreement completed in full: {@link CaseFlags#agreementFulfilled()}. */
  FULFILLED(StandardMetric.AGREEMENT_COMPLETED);

  private final StandardMetric metric;

  FunnelStage(StandardMetric metric) {
    this.metric = metric;
  }

  /**
   * The measure whose numerator this step counts.
   *
   * @return the measure
   */
  public StandardMetric metric() {
    return metric;
  }

  /**
   * Whether a case reached this step, whatever it did at the others.
   *
   * @param flags the case's flags
   * @return true when the step's flag is set
   */
  public boolean isReachedBy(CaseFlags flags) {
    return switch (this) {
      case REFERRAL -> flags.referred();
      case CONTACT -> flags.contacted();
      case CONSENT -> flags.consented();
      case MEETING -> flags.meetingHeld();
      case AGREEMENT -> flags.agreementReached();
      case FULFILLED -> flags.agreementFulfilled();
    };
  }
}
