package org.restorative.core.consent;

/**
 * The order in which the two stages of the capacity test were considered (domain brief §4.5). The
 * 2022 draft revised MCA Code of Practice puts the functional test first and the causal link to an
 * impairment second, correcting the current Code's order; either order can be recorded.
 */
public enum TestOrder {
  /**
   * Functional test (MCA 2005 s3) first, then the impairment and causal link (s2(1)); the draft
   * Code.
   */
  FUNCTIONAL_FIRST,
  /** Impairment first, then the functional test; the order of the current Code. */
  IMPAIRMENT_FIRST
}
