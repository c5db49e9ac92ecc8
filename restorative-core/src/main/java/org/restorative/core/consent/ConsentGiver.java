package org.restorative.core.consent;

/**
 * Who gave a consent (domain brief §4.6, §4.7, rule 15). Only the person's own consent counts for
 * participation; the other givers are recorded so that a substitute consent can be recognised and
 * refused.
 */
public enum ConsentGiver {
  /** The person themselves. */
  SELF,
  /** A parent or guardian; never a substitute for a competent child's own consent (§4.7). */
  PARENT_OR_GUARDIAN,
  /** An attorney under a lasting power of attorney. */
  ATTORNEY,
  /** A deputy appointed by the Court of Protection. */
  DEPUTY,
  /** A relative. */
  RELATIVE,
  /** A clinician. */
  CLINICIAN,
  /** A best-interests decision under MCA 2005 s4. */
  BEST_INTERESTS_DECISION;

  /**
   * Whether a consent given this way counts for participation (rule 15: no substitute consent to
   * participate; needs legal review, since RJ is not in the MCA 2005 s27 list).
   *
   * @return true only for {@link #SELF}
   */
  public boolean countsForParticipation() {
    return this == SELF;
  }
}
