package org.restorative.core.assessment;

/**
 * A matter considered in a risk and strengths assessment (domain brief §1.2 S1 activity 4, after
 * the Scottish Policy and Practice Framework [SCOT-FW §20.1–20.4]). The assessment is dynamic, and
 * weighs the risks of taking part against the risks of not taking part. The framework's list was
 * cut off after "physical or learning disability"; {@link #SAFEGUARDING} is added from the brief's
 * sensitivity and vulnerability activity.
 */
public enum RiskDomain {
  /** The harm and its impact. */
  HARM_AND_IMPACT,
  /** The outcomes the person wants. */
  OUTCOMES_WANTED,
  /** The stage of any criminal justice process. */
  JUSTICE_PROCESS_STAGE,
  /** Feelings, attitudes and behaviours. */
  FEELINGS_ATTITUDES_BEHAVIOURS,
  /** The person's motivation to take part. */
  MOTIVATION,
  /** Substance use. */
  SUBSTANCE_USE,
  /** Mental health and mental state. */
  MENTAL_HEALTH,
  /** Physical or learning disability. */
  PHYSICAL_OR_LEARNING_DISABILITY,
  /** The risks of taking part. */
  RISK_OF_TAKING_PART,
  /** The risks of not taking part. */
  RISK_OF_NOT_TAKING_PART,
  /** Safeguarding of adults and children. */
  SAFEGUARDING
}
