package org.restorative.core.harm;

/**
 * A type of harm suffered; one harm may be of several types (domain brief §2.3). "Prolonged
 * psychological harm" comes from the Duty of Candour [DUTY-CANDOUR]; the rest is practice consensus
 * [PC].
 */
public enum HarmType {
  /** Physical injury or pain. */
  PHYSICAL,
  /** Psychological or emotional harm, such as fear, distress or trauma. */
  PSYCHOLOGICAL_EMOTIONAL,
  /** Sexual harm. */
  SEXUAL,
  /** Loss of or damage to money or property. */
  FINANCIAL_PROPERTY,
  /** Damage to relationships and trust, such as between a patient and the ward team. */
  RELATIONAL_TRUST,
  /** Harm to a person's or an organisation's reputation. */
  REPUTATIONAL_ORGANISATIONAL,
  /** Discriminatory or hate-motivated harm. */
  DISCRIMINATORY_HATE
}
