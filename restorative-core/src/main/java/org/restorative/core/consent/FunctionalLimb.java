package org.restorative.core.consent;

/** The four limbs of the functional test of capacity (domain brief §4.5, MCA 2005 s3(1)(a)–(d)). */
public enum FunctionalLimb {
  /** Understand the information relevant to the decision (s3(1)(a)). */
  UNDERSTAND,
  /** Retain that information; retaining it only briefly is enough (s3(1)(b), s3(3)). */
  RETAIN,
  /** Use or weigh that information as part of deciding (s3(1)(c)). */
  USE_OR_WEIGH,
  /** Communicate the decision by any means (s3(1)(d)). */
  COMMUNICATE
}
