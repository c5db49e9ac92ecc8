package org.restorative.core.harm;

/**
 * A flag that makes a case sensitive or complex, calling for particular care, an advanced
 * facilitator and a case supervisor's sign-off (domain brief §2.3, rule 22). The first five are
 * named in the RJC Service Provider Code of Practice, section D [RJC-SPCoP D]; the others are
 * practice consensus [PC].
 */
public enum SensitiveFlag {
  /** Sexual violence [RJC-SPCoP D]. */
  SEXUAL_VIOLENCE,
  /** Domestic abuse [RJC-SPCoP D]. */
  DOMESTIC_ABUSE,
  /** Stalking [RJC-SPCoP D]. */
  STALKING,
  /** Human trafficking [RJC-SPCoP D]. */
  HUMAN_TRAFFICKING,
  /** Child sexual exploitation [RJC-SPCoP D]. */
  CHILD_SEXUAL_EXPLOITATION,
  /** Hate crime [PC]. */
  HATE_CRIME,
  /** Homicide or a death [PC]. */
  HOMICIDE_OR_DEATH,
  /** Serious violence [PC]. */
  SERIOUS_VIOLENCE
}
