package org.restorative.core.party;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A patient's Mental Health Act section together with whether a restriction order or direction
 * applies (domain brief §3.2 "mhaStatus … plus restricted: boolean", §3.3). Restriction drives
 * leave authority (the Secretary of State for Justice must consent to s17 leave; MHLO-MOJ) and the
 * Victim Contact Scheme route (a VLO; HFV-Q144).
 *
 * <p>This is confidential clinical information: it must not be routed to the person harmed without
 * the patient's consent or another lawful basis (brief §3.8, Rule 36).
 */
@Value.Immutable
public abstract class MentalHealthActStatus implements WithMentalHealthActStatus {

  MentalHealthActStatus() {}

  /**
   * The section or other legal status.
   *
   * @return the status
   */
  public abstract MhaStatus section();

  /**
   * Whether a restriction order or direction applies. Defaults to what the section implies; it must
   * be true when the section implies restriction. Copying with a new section keeps the recorded
   * flag, so set both when moving to a restricted section.
   *
   * @return true for a restricted patient
   */
  @Value.Default
  public boolean restricted() {
    return section().impliesRestriction();
  }

  /**
   * The day the status began, when known.
   *
   * @return the first day of the status
   */
  public abstract Optional<LocalDate> since();

  /**
   * Whether the restriction order or direction names the unit where the patient is detained. Ground
   * leave of a restricted patient is exempt from the Secretary of State for Justice's consent
   * unless the order names a unit (domain brief §0.3 item 5, §3.3; MHLO-MOJ); so when it does,
   * leave to the hospital grounds needs that consent too (rule {@code
   * RESTRICTED_PATIENT_LEAVE_APPROVED}). A fact of this patient's order, not of the trust.
   *
   * @return true when the order names a unit; false by default
   */
  @Value.Default
  public boolean orderNamesUnit() {
    return false;
  }

  /**
   * A status with the restriction its section implies and no start date.
   *
   * @param section the section
   * @return the status
   */
  public static MentalHealthActStatus of(MhaStatus section) {
    return new Builder().section(section).build();
  }

  /**
   * Whether the patient is a restricted patient, whose s17 leave needs the Secretary of State for
   * Justice's consent (brief Rule 33).
   *
   * @return {@link #restricted()}
   */
  public boolean isRestrictedPatient() {
    return restricted();
  }

  /**
   * Whether the section detains the patient.
   *
   * @return {@link MhaStatus#isDetained()} of the section
   */
  public boolean isDetained() {
    return section().isDetained();
  }

  /**
   * Whether the Secretary of State for Justice must consent to leave to the hospital grounds: a
   * restricted patient whose order names a unit (MHLO-MOJ).
   *
   * @return true when {@link #restricted()} and {@link #orderNamesUnit()}
   */
  public boolean groundLeaveNeedsSecretaryOfState() {
    return restricted() && orderNamesUnit();
  }

  @Value.Check
  void check() {
    Invariants.require(
        restricted() || !section().impliesRestriction(),
        "mental health act status restricted must be true when the section implies restriction");
  }

  /** Builds a {@link MentalHealthActStatus}. */
  public static final class Builder extends ImmutableMentalHealthActStatus.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
