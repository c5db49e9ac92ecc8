package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/** The practice's vocabulary for the party tests: realistic parties, leave, facilitators. */
final class PartyFixtures {

  private PartyFixtures() {}

  /** A personal text that must never appear in a {@code toString()}. */
  static final String SENTINEL_NAME = "Zebedee Quince";

  /** A date of birth that must never appear in a {@code toString()}. */
  static final LocalDate SENTINEL_DATE_OF_BIRTH = LocalDate.of(1987, 11, 23);

  /** The day the tests look at the case. */
  static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

  static final PartyId HARMED = PartyId.of("party-harmed-1");
  static final PartyId RESPONSIBLE = PartyId.of("party-responsible-1");
  static final PartyId SUPPORTER = PartyId.of("party-supporter-1");
  static final ActorId WARD_MANAGER = ActorId.of("actor-ward-manager");

  /** A nurse assaulted on the ward, who has opted in to the Victim Contact Scheme. */
  static Party aPersonHarmed() {
    return new Party.Builder()
        .id(HARMED)
        .role(PartyRole.PERSON_HARMED)
        .personType(PersonType.STAFF_MEMBER)
        .name("Alex Morgan")
        .preferredName("Alex")
        .pronouns("she/her")
        .dateOfBirth(LocalDate.of(1990, 3, 14))
        .language("English")
        .addVulnerabilityFlag(VulnerabilityFlag.TRAUMA_HISTORY)
        .victimContactScheme(VictimContactScheme.of(VcsStatus.OPTED_IN, VcsRoute.VLO))
        .build();
  }

  /** A restricted forensic inpatient who has acknowledged the facts and their own part. */
  static Party aPersonResponsible() {
    return new Party.Builder()
        .id(RESPONSIBLE)
        .role(PartyRole.PERSON_RESPONSIBLE)
        .personType(PersonType.PATIENT)
        .name("Sam Carter")
        .ageBand(AgeBand.ADULT)
        .language("Polish")
        .careContext(CareContext.FORENSIC_INPATIENT)
        .mentalHealthAct(aRestrictionOrder())
        .addLeaveAuthorisation(communityLeaveApprovedBySecretaryOfState())
        .addCommunicationNeeds(CommunicationNeed.INTERPRETER, CommunicationNeed.PROCESSING_TIME)
        .addAdjustment(Adjustment.of(AdjustmentType.INTERPRETER_BOOKED))
        .addAdjustment(Adjustment.of(AdjustmentType.TIME_OF_DAY, "appointments after 2pm"))
        .addAcknowledgement(
            Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 4, 1)))
        .addAcknowledgement(
            Acknowledgement.of(AcknowledgementLevel.OWN_PART, LocalDate.of(2025, 4, 15)))
        .criminalResponsibility(CriminalResponsibility.DIMINISHED)
        .build();
  }

  /** A restricted patient (s37/41) on a secure ward. */
  static Party aRestrictedPatient() {
    return aPersonResponsible();
  }

  /** An informal patient on an acute ward, hurt by a fellow patient. */
  static Party anInformalPatient() {
    return new Party.Builder()
        .id(PartyId.of("party-informal-1"))
        .role(PartyRole.PERSON_HARMED)
        .personType(PersonType.PATIENT)
        .careContext(CareContext.INPATIENT)
        .mentalHealthAct(MentalHealthActStatus.of(MhaStatus.INFORMAL))
        .build();
  }

  /** A mother who supports the person harmed and attends as a presence only. */
  static Party aSupporterOf(PartyId principal) {
    return new Party.Builder()
        .id(SUPPORTER)
        .role(PartyRole.SUPPORTER)
        .personType(PersonType.FAMILY_MEMBER_OR_CARER)
        .principal(principal)
        .relationshipToPrincipal(PartyRelationship.FAMILY_MEMBER)
        .speakingRole(SpeakingRole.PRESENCE_ONLY)
        .build();
  }

  /** A 15-year-old visitor harmed on a family visit, whose mother has been told. */
  static Party aChildBornOn(LocalDate dateOfBirth) {
    return new Party.Builder()
        .id(PartyId.of("party-child-1"))
        .role(PartyRole.PERSON_HARMED)
        .personType(PersonType.MEMBER_OF_PUBLIC)
        .dateOfBirth(dateOfBirth)
        .parentalInvolvement(aMotherInformed())
        .build();
  }

  /** A party with every personal text set to a sentinel. */
  static Party aPartyWithSentinelPersonalData() {
    return new Party.Builder()
        .id(PartyId.of("party-sentinel"))
        .role(PartyRole.PERSON_RESPONSIBLE)
        .personType(PersonType.PATIENT)
        .name(SENTINEL_NAME)
        .preferredName("Zebby Q")
        .pronouns("xe/xem")
        .dateOfBirth(SENTINEL_DATE_OF_BIRTH)
        .reasonToDoubtCapacity(true)
        .reasonToDoubtCapacityRationale("believes the ward is a ship at sea")
        .build();
  }

  /** A hospital order with a restriction order, since early 2024. */
  static MentalHealthActStatus aRestrictionOrder() {
    return new MentalHealthActStatus.Builder()
        .section(MhaStatus.S37_41)
        .since(LocalDate.of(2024, 2, 1))
        .build();
  }

  /** First day of the escorted community leave. */
  static final LocalDate LEAVE_FROM = LocalDate.of(2025, 6, 1);

  /** Last day of the escorted community leave. */
  static final LocalDate LEAVE_TO = LocalDate.of(2025, 6, 30);

  /**
   * Escorted community leave in June, approved by the Secretary of State, to attend a conference.
   */
  static LeaveAuthorisation communityLeaveApprovedBySecretaryOfState() {
    return new LeaveAuthorisation.Builder()
        .type(LeaveType.COMMUNITY)
        .escort(Escort.ESCORTED)
        .authorisedBy(LeaveAuthority.RC_AND_SOSJ)
        .validFrom(LEAVE_FROM)
        .validTo(LEAVE_TO)
        .addCondition("two staff escorts")
        .addCondition("no alcohol")
        .purpose("attend restorative conference")
        .build();
  }

  /** Unescorted ground leave granted by the responsible clinician for one day. */
  static LeaveAuthorisation groundLeaveFromTheRcOn(LocalDate day) {
    return new LeaveAuthorisation.Builder()
        .type(LeaveType.GROUND)
        .escort(Escort.UNESCORTED)
        .authorisedBy(LeaveAuthority.RC)
        .validFrom(day)
        .validTo(day)
        .build();
  }

  /** A no-contact discharge condition protecting a party. */
  static DischargeCondition noContactWith(PartyId protectedParty) {
    return new DischargeCondition.Builder()
        .type(DischargeConditionType.NO_CONTACT)
        .protectedParty(protectedParty)
        .description("no direct or indirect contact with the victim")
        .since(LocalDate.of(2024, 9, 1))
        .build();
  }

  /** A mother with parental responsibility who has been informed but has not yet consented. */
  static ParentalInvolvement aMotherInformed() {
    return new ParentalInvolvement.Builder()
        .holderOfResponsibility("mother")
        .informed(true)
        .recordedOn(LocalDate.of(2025, 5, 20))
        .build();
  }

  /** An acknowledgement of remorse recorded by the ward manager. */
  static Acknowledgement remorseRecordedByTheWardManager() {
    return new Acknowledgement.Builder()
        .level(AcknowledgementLevel.REMORSE)
        .acknowledgedOn(LocalDate.of(2025, 5, 2))
        .recordedBy(WARD_MANAGER)
        .note("said sorry in their own words")
        .build();
  }

  /** A year's CPD in decimal hours. */
  static CpdRecord cpd(int year, String hours, String rjcApprovedHours) {
    return CpdRecord.of(year, new BigDecimal(hours), new BigDecimal(rjcApprovedHours));
  }

  /** Intermediate training from an RJC-registered provider. */
  static TrainingRecord intermediateTraining() {
    return new TrainingRecord.Builder()
        .level(TrainingLevel.INTERMEDIATE)
        .completedOn(LocalDate.of(2021, 10, 8))
        .provider("Restorative Training Ltd")
        .rjcRegisteredProvider(true)
        .build();
  }

  /** A declaration, made before preparation, that the facilitator has no conflict. */
  static ConflictDeclaration aDeclarationOfNoConflict() {
    return ConflictDeclaration.none(Instant.parse("2025-05-01T09:00:00Z"));
  }

  /** A supervised, intermediate-trained external lead facilitator with two years of CPD. */
  static Facilitator aTrainedLeadFacilitator() {
    return new Facilitator.Builder()
        .id(FacilitatorId.of("facilitator-1"))
        .role(FacilitatorRole.FACILITATOR_LEAD)
        .name("Jo Patel")
        .addTrainingRecord(TrainingRecord.of(TrainingLevel.FOUNDATION, LocalDate.of(2019, 3, 1)))
        .addTrainingRecord(intermediateTraining())
        .lastSupervisionOn(LocalDate.of(2025, 4, 20))
        .lastObservedPracticeOn(LocalDate.of(2024, 11, 5))
        .addCpd(cpd(2023, "14", "8"))
        .addCpd(cpd(2024, "12.5", "6.5"))
        .rjcRegistration("RJC-0042")
        .external(true)
        .conflictDeclaration(aDeclarationOfNoConflict())
        .build();
  }

  /** A Polish interpreter from an agency, with no connection to any party. */
  static Professional anInterpreter() {
    return new Professional.Builder()
        .id(ProfessionalId.of("professional-interpreter-1"))
        .role(ProfessionalRole.INTERPRETER)
        .name("Ola Nowak")
        .organisation("Language Line")
        .language("Polish")
        .build();
  }

  /**
   * Asserts that a copy differs from the original and that putting back the one changed attribute
   * gives the original again, so that nothing else changed.
   */
  static <T> void onlyThatAttributeChanged(T original, T changed, UnaryOperator<T> restore) {
    assertThat(changed).isNotEqualTo(original);
    assertThat(restore.apply(changed)).isEqualTo(original).hasSameHashCodeAs(original);
  }
}
