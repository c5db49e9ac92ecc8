package org.restorative.core.privacy;

/**
 * How sensitive one field of a case record is: the five classes a trust needs to decide who may see
 * it, on which basis, and what a pseudonymised or redacted copy must leave out (domain brief §4.8).
 *
 * <p>A class describes the field on its own. A case record is about people, so every part of it is
 * personal data in the hands of someone who can tell whose case it is; {@link #NONE} only says that
 * the field adds nothing of its own that needs care.
 */
public enum Sensitivity {

  /**
   * Not personal on its own: ids, codes, statuses and moments of acts that reveal neither a
   * person's identity nor their health.
   */
  NONE,

  /**
   * Personal data (UK GDPR Art 4(1)): names, dates of birth, language, free-text narratives and
   * notes, and references that find the person in another system (a police or incident reference, a
   * register number).
   */
  PERSONAL,

  /**
   * Special category data (UK GDPR Art 9(1): health, disability, sex life, racial or ethnic
   * origin), which may be processed only under an Art 9(2) condition and DPA 2018 Sch 1; this class
   * also holds criminal offence data (UK GDPR Art 10, DPA 2018 s10 and s11), which needs a
   * condition of the same kind. Mental Health Act status, care context, communication needs,
   * vulnerability, criminal responsibility and the legal status of the harm are here.
   */
  SPECIAL_CATEGORY,

  /**
   * Clinically confidential: information held under the common-law duty of confidence of the
   * clinical relationship, which applies whatever the person's age or capacity and survives death,
   * and which is shared only with consent or another legal basis and on a strict need-to-know basis
   * (Caldicott principles 2–4). Leave authorisations, discharge conditions, the treating team's
   * advice and the evidence of a capacity assessment are here.
   */
  CLINICAL_CONFIDENTIAL,

  /**
   * A party's own account: what a party said or wrote in the process (answers, messages, their
   * acknowledgement of responsibility, their reason for withdrawing, what they told the facilitator
   * in preparation). Never shown to the other party unless the party has agreed to share it (brief
   * §4.8, Rule 37).
   */
  PARTYS_OWN_ACCOUNT;

  /**
   * Whether the field needs care of its own when the record is shared: every class but {@link
   * #NONE}.
   *
   * @return true for every class except {@link #NONE}
   */
  public boolean isSensitive() {
    return this != NONE;
  }
}
