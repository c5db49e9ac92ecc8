package org.restorative.core.questions;

/** Whom a question set is addressed to (domain brief §5.1). */
public enum Audience {
  /** The person responsible for the harm. */
  PERSON_RESPONSIBLE,
  /** The person harmed. */
  PERSON_HARMED,
  /** A supporter of the person harmed. */
  SUPPORTER_OF_HARMED,
  /** A supporter of the person responsible. */
  SUPPORTER_OF_RESPONSIBLE,
  /** Every participant, observers included. */
  ALL,
  /** The organisation, in a restorative just culture review (brief §6). */
  ORGANISATION
}
