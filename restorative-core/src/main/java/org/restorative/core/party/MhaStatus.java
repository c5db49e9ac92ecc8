package org.restorative.core.party;

/**
 * A patient's legal status under the Mental Health Act 1983, which decides who authorises leave to
 * attend a meeting and how the person harmed is kept informed (domain brief §3.3; MHA-SUMMARY,
 * MHLO-LEAVE, MHLO-MOJ, HFV-Q144). Whether a restriction order or direction applies is also held on
 * {@link MentalHealthActStatus#restricted()}.
 */
public enum MhaStatus {
  /** Not detained: an informal patient (s131); leave is a matter of ward policy only. */
  INFORMAL,
  /** Admission for assessment, up to 28 days and not renewable (s2); leave by the RC under s17. */
  S2,
  /** Admission for treatment, 6 months, renewable (s3); leave by the RC under s17. */
  S3,
  /** Emergency admission, up to 72 hours (s4); practice would defer restorative work. */
  S4,
  /**
   * Holding power of the doctor or approved clinician in charge of an inpatient's treatment
   * (s5(2)).
   */
  S5_2,
  /** Nurse's holding power, up to 6 hours (s5(4)). */
  S5_4,
  /** Removal to a place of safety under a warrant (s135). */
  S135,
  /**
   * Removal by the police to a place of safety (s136). Since the Policing and Crime Act 2017 the
   * power applies anywhere except a private dwelling, not only in a public place.
   */
  S136,
  /**
   * Remand to hospital for a report (s35); proceedings pending. Leave needs the court's agreement,
   * not the responsible clinician's alone.
   */
  S35,
  /**
   * Remand to hospital for treatment (s36); proceedings pending. Leave needs the court's agreement,
   * not the responsible clinician's alone.
   */
  S36,
  /**
   * Interim hospital order (s38); proceedings pending. Leave needs the court's agreement, not the
   * responsible clinician's alone.
   */
  S38,
  /**
   * Hospital order without restriction (s37). After a specified violent or sexual offence the
   * victim is still referred to the Victim Contact Scheme and first contacted by a probation VLO
   * (Victims' Code Right 11); since 3 November 2008 the hospital managers give the victim the
   * information about the patient and take their representations (DH-2008-VICTIMS).
   */
  S37,
  /**
   * Hospital order with a restriction order (s37/41); s17 leave needs the Secretary of State for
   * Justice's consent, and the Victim Contact Scheme runs through a VLO.
   */
  S37_41,
  /** Hospital and limitation direction (s45A); a restricted patient. */
  S45A,
  /** Transfer of a sentenced prisoner to hospital without restriction direction (s47). */
  S47,
  /**
   * Transfer of a sentenced prisoner with a restriction direction (s47/49); a restricted patient.
   */
  S47_49,
  /**
   * Transfer of a remand or unsentenced prisoner with a restriction direction (s48/49); a
   * restricted patient, proceedings pending.
   */
  S48_49,
  /** Community treatment order (s17A); not detained, CTO conditions apply. */
  CTO_S17A,
  /**
   * A restricted patient discharged with conditions, such as no contact or an exclusion zone, who
   * can be recalled (s42(3)).
   */
  CONDITIONALLY_DISCHARGED,
  /** Guardianship (s7); not detained in hospital. */
  GUARDIANSHIP_S7,
  /**
   * A Mental Capacity Act deprivation of liberty authorisation (DoLS or LPS), not an MHA section.
   */
  DOLS_OR_LPS;

  /**
   * Whether the status detains the patient in hospital or a place of safety: the holding powers,
   * police powers, admissions, remands and hospital orders and transfers. Such a patient needs s17
   * leave (or the equivalent) to attend a meeting off the ward (brief Rules 33, 34).
   *
   * @return false for {@link #INFORMAL}, {@link #CTO_S17A}, {@link #CONDITIONALLY_DISCHARGED},
   *     {@link #GUARDIANSHIP_S7} and {@link #DOLS_OR_LPS}; true otherwise
   */
  public boolean isDetained() {
    return switch (this) {
      case INFORMAL, CTO_S17A, CONDITIONALLY_DISCHARGED, GUARDIANSHIP_S7, DOLS_OR_LPS -> false;
      default -> true;
    };
  }

  /**
   * Whether the status itself means the patient is a restricted patient, so that the Secretary of
   * State for Justice's consent is needed for s17 leave and the Victim Contact Scheme runs through
   * a VLO (MHLO-MOJ, HFV-Q144, brief Rule 33).
   *
   * @return true for {@link #S37_41}, {@link #S45A}, {@link #S47_49}, {@link #S48_49} and {@link
   *     #CONDITIONALLY_DISCHARGED}
   */
  public boolean impliesRestriction() {
    return switch (this) {
      case S37_41, S45A, S47_49, S48_49, CONDITIONALLY_DISCHARGED -> true;
      default -> false;
    };
  }

  /**
   * Whether leave of absence needs the agreement of the court that remanded the patient or made the
   * interim order, and not the responsible clinician's alone: s17 does not apply to patients
   * remanded under s35 or s36 or under an interim hospital order (s38), so the court decides
   * (Mental Health Act 1983 Code of Practice (2015) chapter 27; brief §3.3 "court restrictions may
   * apply" [R]).
   *
   * @return true for {@link #S35}, {@link #S36} and {@link #S38}
   */
  public boolean leaveNeedsTheCourt() {
    return switch (this) {
      case S35, S36, S38 -> true;
      default -> false;
    };
  }

  /**
   * Whether practice would usually defer restorative work: emergency admission and the short
   * holding and police powers (the brief's "Defer", a practice consensus).
   *
   * @return true for {@link #S4}, {@link #S5_2}, {@link #S5_4}, {@link #S135} and {@link #S136}
   */
  public boolean usuallyDefer() {
    return switch (this) {
      case S4, S5_2, S5_4, S135, S136 -> true;
      default -> false;
    };
  }
}
