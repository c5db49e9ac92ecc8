package org.restorative.core.party;

/**
 * The relationship between two people in a case (domain brief §2.2): between the person harmed and
 * the person responsible, or between a supporter and the party they support. An intimate or former
 * partner relationship calls for the domestic-abuse check.
 */
public enum PartyRelationship {
  /** Patients of the same ward or service. */
  CO_PATIENT,
  /** A member of staff and a patient. */
  STAFF_PATIENT,
  /** Colleagues. */
  COLLEAGUE,
  /** A line manager and a member of their team. */
  LINE_MANAGER,
  /** Relatives. */
  FAMILY_MEMBER,
  /** Current partners. */
  INTIMATE_PARTNER,
  /** Former partners. */
  EX_PARTNER,
  /** A carer and the person they care for. */
  CARER,
  /** Neighbours. */
  NEIGHBOUR,
  /** People who know each other. */
  ACQUAINTANCE,
  /** People who did not know each other. */
  STRANGER,
  /** A person and an organisation. */
  ORGANISATION;

  /**
   * Whether the relationship calls for the domestic-abuse check of a sensitive case.
   *
   * @return true for intimate and former partners
   */
  public boolean isIntimate() {
    return this == INTIMATE_PARTNER || this == EX_PARTNER;
  }
}
