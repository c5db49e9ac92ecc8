package org.restorative.core.party;

/**
 * A kind of conflict of interest a facilitator declares (domain brief §3.7, Rule 26; RJC-PR2020
 * Impartiality). Being a party or supporter, a witness or a party's line manager rules a
 * facilitator out; membership of a party's treating team is a configurable error or warning.
 */
public enum ConflictKind {
  /** The facilitator is a party or a supporter in the case. */
  PARTY_OR_SUPPORTER,
  /** The facilitator witnessed the harm. */
  WITNESS_TO_HARM,
  /** The facilitator line-manages a party. */
  LINE_MANAGER_OF_PARTY,
  /** The facilitator is in a party's treating team. */
  TREATING_TEAM_MEMBER,
  /** The facilitator has a personal relationship with a party. */
  PERSONAL_RELATIONSHIP,
  /** Another conflict, described in its detail. */
  OTHER
}
