package org.restorative.core.party;

import java.time.LocalDate;
import java.time.Period;
import org.restorative.core.internal.Invariants;

/**
 * A person's age band, which decides the legal test for their decisions (domain brief §3.2, §3.5):
 * the Mental Capacity Act 2005 applies from 16, Gillick competence under 16 (GILLICK), and the
 * Victims' Code gives parents or guardians rights where the victim is under 18 (VC2020-DEF).
 */
public enum AgeBand {
  /** Under 16: Gillick competence applies. */
  CHILD_UNDER_16,
  /** Aged 16 or 17: the Mental Capacity Act applies, and parents or guardians still have rights. */
  YOUNG_PERSON_16_17,
  /** Aged 18 or over. */
  ADULT;

  /**
   * The band of a person born on {@code dateOfBirth}, on the day {@code on}. A person enters a band
   * on their birthday; a person born on 29 February reaches a new age on 1 March in a year that is
   * not a leap year.
   *
   * @param dateOfBirth the date of birth
   * @param on the day of interest; not before the date of birth
   * @return the band on that day
   * @throws IllegalArgumentException if {@code on} is before the date of birth
   */
  public static AgeBand at(LocalDate dateOfBirth, LocalDate on) {
    Invariants.require(!on.isBefore(dateOfBirth), "age band day must not be before dateOfBirth");
    int years = Period.between(dateOfBirth, on).getYears();
    if (years < 16) {
      return CHILD_UNDER_16;
    }
    return years < 18 ? YOUNG_PERSON_16_17 : ADULT;
  }

  /**
   * Whether capacity is judged under the Mental Capacity Act 2005, which applies from 16.
   *
   * @return true for {@link #YOUNG_PERSON_16_17} and {@link #ADULT}
   */
  public boolean usesMentalCapacityAct() {
    return this != CHILD_UNDER_16;
  }

  /**
   * Whether the person's own decision is judged by Gillick competence, as for under-16s.
   *
   * @return true for {@link #CHILD_UNDER_16}
   */
  public boolean usesGillickCompetence() {
    return this == CHILD_UNDER_16;
  }

  /**
   * Whether the person is under 18, so that parents or guardians have rights under the Victims'
   * Code and parental involvement is recorded (brief §3.5).
   *
   * @return true for {@link #CHILD_UNDER_16} and {@link #YOUNG_PERSON_16_17}
   */
  public boolean isUnder18() {
    return this != ADULT;
  }
}
