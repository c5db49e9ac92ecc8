package org.restorative.core.consent;

/**
 * The three different "consents" that the library keeps apart (domain brief §4.1).
 *
 * <p>Consent to take part in a restorative process is not consent to process data, and neither is
 * consent to disclose confidential health information. Each kind has its own law and its own answer
 * to whether another basis can replace it: participation can never rest on anything but the
 * person's own free and informed choice (rule 15), while data processing and disclosure may rest on
 * another lawful basis (UK GDPR Art 6 and 9; the common-law duty of confidentiality).
 */
public enum ConsentKind {
  /**
   * Taking part in a specific restorative process type (RJC principles, voluntarism; RJC Service
   * Provider Code C). No other basis can replace it.
   */
  PARTICIPATION,
  /**
   * Processing personal and special category data (UK GDPR Art 6 and 9; DPA 2018 Sch 1). Consent is
   * only one lawful basis, and is hard to rely on where there is an imbalance of power (ICO).
   */
  DATA_PROCESSING,
  /**
   * Disclosing confidential health information to another party or agency (common-law duty of
   * confidentiality; Caldicott principles). Statute, a court order or an overriding public interest
   * can sometimes justify a disclosure instead.
   */
  DISCLOSURE_CONFIDENTIALITY;

  /**
   * Whether this kind governs the sharing of information, and so is scoped by recipients and
   * purposes rather than by process types.
   *
   * @return true for {@link #DATA_PROCESSING} and {@link #DISCLOSURE_CONFIDENTIALITY}
   */
  public boolean isSharing() {
    return this != PARTICIPATION;
  }

  /**
   * Whether another basis than the person's consent can stand in for this kind (domain brief §4.1).
   *
   * @return false for {@link #PARTICIPATION}, true for the two sharing kinds
   */
  public boolean canBeReplacedByAnotherBasis() {
    return isSharing();
  }
}
