package org.restorative.core.outcome;

/**
 * What an action of an outcome agreement asks for (domain brief §7.2; practice consensus informed
 * by the sources the brief names).
 */
public enum ActionType {
  /** An apology given in person or spoken. */
  APOLOGY_VERBAL,
  /** An apology in writing, such as a letter. */
  APOLOGY_WRITTEN,
  /** Explanations or answers to the questions of the person harmed, often valued over apologies. */
  EXPLANATION_OR_ANSWERS,
  /** Putting something right in kind, such as repairing or replacing damaged property. */
  PRACTICAL_REPARATION,
  /** Paying money towards the harm caused; needs a proportionality check (rule 46). */
  FINANCIAL_REPARATION,
  /** A commitment about future conduct, such as behaviour on the ward. */
  BEHAVIOURAL_COMMITMENT,
  /**
   * No contact, limited contact or future contact; must respect detention, leave and discharge
   * conditions and court orders (brief §3.3, §3.8) and needs a proportionality check (rule 46).
   */
  CONTACT_ARRANGEMENT,
  /** Referral to or support for the person harmed by the organisation. */
  SUPPORT_FOR_HARMED,
  /** A change to the system that let the harm happen (restorative just culture). */
  ORGANISATIONAL_LEARNING_ACTION,
  /** Giving a party information they asked for. */
  INFORMATION_PROVISION,
  /** Something done for the ward or the wider community. */
  COMMUNITY_OR_WARD_ACTION,
  /** A further meeting to review how the agreement is going. */
  REVIEW_MEETING,
  /**
   * Engaging with support or treatment; flagged because treatment must never be made a condition of
   * the agreement (rule 46).
   */
  ENGAGEMENT_WITH_SUPPORT_OR_TREATMENT,
  /** Any other action, described in the action's description. */
  OTHER;

  /**
   * Whether every action of this type needs a recorded case-supervisor proportionality check (rule
   * 46, {@code ACTION_PROPORTIONALITY_REVIEW}), whatever its size.
   *
   * @return true for {@link #FINANCIAL_REPARATION}, {@link #ENGAGEMENT_WITH_SUPPORT_OR_TREATMENT}
   *     and {@link #CONTACT_ARRANGEMENT}
   */
  public boolean needsProportionalityCheck() {
    return this == FINANCIAL_REPARATION
        || this == ENGAGEMENT_WITH_SUPPORT_OR_TREATMENT
        || this == CONTACT_ARRANGEMENT;
  }
}
