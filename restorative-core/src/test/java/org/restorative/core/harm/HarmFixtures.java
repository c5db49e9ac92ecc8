package org.restorative.core.harm;

import java.time.Instant;
import java.time.LocalDate;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;

/** The vocabulary of harm records that the harm tests are written in. */
final class HarmFixtures {

  /** A personal text no toString may ever show. */
  static final String SENTINEL = "Zebedee Quince";

  /** The staff nurse assaulted on the ward. */
  static final PartyId NURSE = PartyId.of("p-nurse-ward-3");

  /** The detained patient who assaulted the nurse. */
  static final PartyId PATIENT = PartyId.of("p-patient-ward-3");

  /** A healthcare assistant who saw the assault. */
  static final PartyId HCA_WITNESS = PartyId.of("p-hca-ward-3");

  /** A co-patient upset by what happened. */
  static final PartyId CO_PATIENT = PartyId.of("p-co-patient-ward-3");

  static final Instant ASSAULT_AT = Instant.parse("2026-03-01T14:20:00Z");

  static final LocalDate REPORTED_ON = LocalDate.of(2026, 3, 1);

  private HarmFixtures() {}

  static ExternalIncidentRef aPoliceCrimeReference() {
    return ExternalIncidentRef.of("Police crime reference", "CR-2026-004512");
  }

  static ExternalIncidentRef aTrustIncidentReport() {
    return ExternalIncidentRef.of("Trust incident reporting system", "W-118204");
  }

  static Occurrence anExactOccurrence() {
    return Occurrence.of(ASSAULT_AT, OccurrencePrecision.EXACT);
  }

  static HarmSeverity aModerateNrlsGrade() {
    return HarmSeverity.nrls(NrlsGrade.MODERATE);
  }

  /** The ward's plan keeping the patient away from the nurse while the case is worked. */
  static ContactRestriction aWardSeparationPlan() {
    return new ContactRestriction.Builder()
        .type(ContactRestrictionType.WARD_SEPARATION_PLAN)
        .protectedParty(NURSE)
        .restrictedParty(PATIENT)
        .source("Willow ward care plan, separation section")
        .startsOn(LocalDate.of(2026, 3, 2))
        .endsOn(LocalDate.of(2026, 4, 30))
        .permittedException("Indirect contact through the restorative facilitator")
        .build();
  }

  /** A patient-on-staff assault on a medium secure ward, reported to the police. */
  static Harm aPatientOnStaffAssault() {
    return new Harm.Builder()
        .id(HarmId.of("h-2026-031"))
        .addExternalIncidentRef(aTrustIncidentReport())
        .addExternalIncidentRef(aPoliceCrimeReference())
        .occurred(anExactOccurrence())
        .reportedOn(REPORTED_ON)
        .setting(Setting.MEDIUM_SECURE)
        .context(HarmContext.PATIENT_ON_STAFF)
        .addType(HarmType.PHYSICAL)
        .addType(HarmType.PSYCHOLOGICAL_EMOTIONAL)
        .severity(HarmSeverity.local("Trust violence and aggression grading", "V3"))
        .legalStatus(LegalStatus.UNDER_INVESTIGATION)
        .addContactRestriction(aWardSeparationPlan())
        .addInvolvedPerson(InvolvedPerson.of(NURSE, RoleInHarm.HARMED))
        .addInvolvedPerson(InvolvedPerson.of(PATIENT, RoleInHarm.RESPONSIBLE))
        .addInvolvedPerson(InvolvedPerson.of(HCA_WITNESS, RoleInHarm.WITNESS))
        .relationship(PartyRelationship.STAFF_PATIENT)
        .ongoingCoexistence(true)
        .narrative("During the evening medication round the patient punched the nurse twice.")
        .build();
  }

  /** Harm of a kind the brief does not name, described in free text. */
  static Harm aHarmOfAnotherKind(String description) {
    return new Harm.Builder()
        .id(HarmId.of("h-2026-052"))
        .occurred(anExactOccurrence())
        .setting(Setting.LOW_SECURE)
        .context(HarmContext.OTHER)
        .otherContext(description)
        .addType(HarmType.PSYCHOLOGICAL_EMOTIONAL)
        .addInvolvedPerson(InvolvedPerson.of(CO_PATIENT, RoleInHarm.HARMED))
        .build();
  }

  /** A restraint injury to a patient, a patient safety incident under the Duty of Candour. */
  static Harm aRestraintInjury() {
    return new Harm.Builder()
        .id(HarmId.of("h-2026-044"))
        .occurred(Occurrence.of(ASSAULT_AT, OccurrencePrecision.DAY))
        .setting(Setting.PICU)
        .context(HarmContext.STAFF_ON_PATIENT)
        .addType(HarmType.PHYSICAL)
        .severity(HarmSeverity.dutyOfCandour(DutyOfCandourGrade.MODERATE))
        .legalStatus(LegalStatus.NOT_REPORTED_TO_POLICE)
        .addInvolvedPerson(InvolvedPerson.of(PATIENT, RoleInHarm.HARMED))
        .addInvolvedPerson(InvolvedPerson.of(NURSE, RoleInHarm.RESPONSIBLE))
        .relationship(PartyRelationship.STAFF_PATIENT)
        .dutyOfCandour(DutyOfCandour.notifiedAs("DoC-2026-017"))
        .build();
  }
}
