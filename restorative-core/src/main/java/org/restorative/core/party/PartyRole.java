package org.restorative.core.party;

import java.util.Collection;

/**
 * The role a party holds in a case (domain brief §3.1). The codes are neutral on purpose (brief
 * §0.2): sources say "victim/offender", "harmed/harmer" or "first/second victim", and each trust
 * sets its own display labels.
 *
 * <p>Facilitators ({@link FacilitatorRole}) and professionals ({@link ProfessionalRole}) are not
 * parties: a facilitator must not also hold a party role (brief Rule 26, SCOT-GUID2017 B).
 */
public enum PartyRole {
  /**
   * The person harmed; can be a bereaved relative standing in (Victims' Code definition of victim).
   */
  PERSON_HARMED,
  /** The person who caused the harm. */
  PERSON_RESPONSIBLE,
  /**
   * A person both harmed and responsible, as in mutual harm between patients; each acknowledges
   * their own part.
   */
  PERSON_HARMED_AND_RESPONSIBLE,
  /**
   * A parent, guardian, nominated family spokesperson or close relative who represents the person
   * harmed (Victims' Code definition of victim); always linked to the party represented.
   */
  REPRESENTATIVE_OF_HARMED,
  /** A supporter of one principal party (brief Rule 28; IIRP script). */
  SUPPORTER,
  /**
   * A member of the ward community, a witness or a team member affected by the harm (IIRP circles).
   */
  AFFECTED_OTHER,
  /** A member of the wider community taking part, as in a circle (IIRP circles). */
  COMMUNITY_MEMBER,
  /** A member of staff involved in a patient-safety incident who is also hurt (RJC checklist). */
  SECOND_VICTIM,
  /**
   * The trust or another organisation as a party that holds obligations, such as systemic fixes.
   */
  ORGANISATION;

  /**
   * Whether the role is one of a person harmed.
   *
   * @return true for {@link #PERSON_HARMED}, {@link #PERSON_HARMED_AND_RESPONSIBLE} and {@link
   *     #SECOND_VICTIM}
   */
  public boolean isHarmed() {
    return this == PERSON_HARMED || this == PERSON_HARMED_AND_RESPONSIBLE || this == SECOND_VICTIM;
  }

  /**
   * Whether the role is one of a person responsible for harm, who is asked to acknowledge their
   * part.
   *
   * @return true for {@link #PERSON_RESPONSIBLE} and {@link #PERSON_HARMED_AND_RESPONSIBLE}
   */
  public boolean isResponsible() {
    return this == PERSON_RESPONSIBLE || this == PERSON_HARMED_AND_RESPONSIBLE;
  }

  /**
   * Whether the role makes its holder a principal party: one whose agreement an outcome needs and
   * whom a supporter can support.
   *
   * @return true for the harmed and responsible roles and for {@link #REPRESENTATIVE_OF_HARMED}
   */
  public boolean isPrincipal() {
    return isHarmed() || isResponsible() || this == REPRESENTATIVE_OF_HARMED;
  }

  /**
   * Whether parties in these roles make up both sides of a harm: someone harmed and someone
   * responsible (rule 2; domain brief §1.5). A {@link #PERSON_HARMED_AND_RESPONSIBLE} counts for
   * both sides only when there are two or more of them, as in mutual harm between patients; one
   * alone stands for one side, and needs a party of the other side in another role. Rule 2 and the
   * halting of a process when a party withdraws both ask this question.
   *
   * @param roles the roles of the parties, one entry per party
   * @return true when both sides are present
   */
  public static boolean formBothSides(Collection<PartyRole> roles) {
    long mutual = 0;
    boolean harmed = false;
    boolean responsible = false;
    for (PartyRole r : roles) {
      if (r == PERSON_HARMED_AND_RESPONSIBLE) {
        mutual++;
      } else {
        harmed |= r.isHarmed();
        responsible |= r.isResponsible();
      }
    }
    return mutual >= 2 || (harmed && responsible) || (mutual == 1 && (harmed || responsible));
  }

  /**
   * Whether a party in this role must name the party they support or represent (brief Rule 28).
   *
   * @return true for {@link #SUPPORTER} and {@link #REPRESENTATIVE_OF_HARMED}
   */
  public boolean needsPrincipal() {
    return this == SUPPORTER || this == REPRESENTATIVE_OF_HARMED;
  }
}
