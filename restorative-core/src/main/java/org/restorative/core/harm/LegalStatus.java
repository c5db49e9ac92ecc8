package org.restorative.core.harm;

/**
 * Where the harm stands in the criminal justice process (domain brief §2.5, practice consensus
 * [PC]).
 *
 * <p>Under the UN Basic Principles a person's participation must not be used as evidence of guilt
 * in later proceedings [UN-BP2002 para 8], so a harm under investigation or awaiting trial needs
 * care.
 */
public enum LegalStatus {
  /** The harm was not reported to the police. */
  NOT_REPORTED_TO_POLICE,
  /** The harm was reported to the police, who took no further action. */
  REPORTED_NO_FURTHER_ACTION,
  /** The police are investigating. */
  UNDER_INVESTIGATION,
  /** The person responsible is charged and awaits trial. */
  CHARGED_AWAITING_TRIAL,
  /** The person responsible was convicted [DVCVA-s36(2)(a)]. */
  CONVICTED,
  /** The person responsible was found not guilty by reason of insanity [DVCVA-s36(2)(b)]. */
  NOT_GUILTY_BY_REASON_OF_INSANITY,
  /**
   * The person responsible was found unfit to plead and to have done the act charged
   * [DVCVA-s36(2)(c)].
   */
  UNFIT_TO_PLEAD_ACT_FOUND,
  /** The person responsible was diverted from prosecution. */
  DIVERTED,
  /** The legal status is not known. */
  UNKNOWN;

  /**
   * Whether this is one of the three court outcomes that give the person harmed statutory rights to
   * information and to make representations under the Domestic Violence, Crime and Victims Act 2004
   * s36(2)(a)–(c) [DVCVA-s36].
   *
   * @return true for {@link #CONVICTED}, {@link #NOT_GUILTY_BY_REASON_OF_INSANITY} and {@link
   *     #UNFIT_TO_PLEAD_ACT_FOUND}
   */
  public boolean triggersVictimRights() {
    return this == CONVICTED
        || this == NOT_GUILTY_BY_REASON_OF_INSANITY
        || this == UNFIT_TO_PLEAD_ACT_FOUND;
  }

  /**
   * Whether criminal proceedings are still open, so that care is needed not to let participation be
   * used as evidence of guilt [UN-BP2002 para 8].
   *
   * @return true for {@link #UNDER_INVESTIGATION} and {@link #CHARGED_AWAITING_TRIAL}
   */
  public boolean isProceedingsPending() {
    return this == UNDER_INVESTIGATION || this == CHARGED_AWAITING_TRIAL;
  }
}
