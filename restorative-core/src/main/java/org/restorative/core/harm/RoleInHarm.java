package org.restorative.core.harm;

/**
 * The part a person played in one harm (domain brief §2.3 {@code involvedPersons}). This is the
 * role in the incident; the role in the restorative case is the party's own role.
 */
public enum RoleInHarm {
  /** The person was harmed. */
  HARMED,
  /** The person is responsible for the harm. */
  RESPONSIBLE,
  /** The person was both harmed and responsible, as in a fight between two patients. */
  BOTH,
  /** The person witnessed the harm. */
  WITNESS,
  /** The person was affected by the harm without being directly harmed, such as another patient. */
  AFFECTED_OTHER;

  /**
   * Whether the person counts as harmed.
   *
   * @return true for {@link #HARMED} and {@link #BOTH}
   */
  public boolean isHarmed() {
    return this == HARMED || this == BOTH;
  }

  /**
   * Whether the person counts as responsible.
   *
   * @return true for {@link #RESPONSIBLE} and {@link #BOTH}
   */
  public boolean isResponsible() {
    return this == RESPONSIBLE || this == BOTH;
  }
}
