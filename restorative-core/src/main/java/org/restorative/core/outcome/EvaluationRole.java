package org.restorative.core.outcome;

/**
 * The role the participant held when evaluating (the same constants as {@code PartyRole}, domain
 * brief §3.1), kept so that satisfaction per role stays reproducible if a party's role is later
 * corrected (brief §9: store satisfaction as per-role counts).
 */
public enum EvaluationRole {
  /** The person harmed, or a bereaved relative standing in (Victims' Code definition of victim). */
  PERSON_HARMED,
  /** The person responsible for the harm. */
  PERSON_RESPONSIBLE,
  /** A person both harmed and responsible, as in a mutual patient-on-patient dispute. */
  PERSON_HARMED_AND_RESPONSIBLE,
  /** A parent, guardian, family spokesperson or close relative representing the person harmed. */
  REPRESENTATIVE_OF_HARMED,
  /** A supporter, always linked to one principal party. */
  SUPPORTER,
  /** Someone else affected by the harm, such as a witness. */
  AFFECTED_OTHER,
  /** A member of the ward community or team taking part, as in a circle. */
  COMMUNITY_MEMBER,
  /** A member of staff involved in a patient safety incident who is also hurt (RJC checklist). */
  SECOND_VICTIM,
  /** The trust as a party that holds obligations, such as systemic fixes. */
  ORGANISATION
}
