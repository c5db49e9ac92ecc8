package org.restorative.core.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.Setting;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.CareContext;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.CriminalResponsibility;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.SpeakingRole;
import org.restorative.core.party.Spokesperson;
import org.restorative.core.party.VcsRoute;
import org.restorative.core.party.VcsStatus;
import org.restorative.core.party.VictimContactScheme;
import org.restorative.core.party.VulnerabilityFlag;
import org.restorative.core.process.ProcessType;

/**
 * Chooses who is in a synthetic case: the harm context and setting, the process type, and the
 * parties with the attributes that matter in mental-health settings (detention and restriction,
 * capacity, communication needs, age, the victim contact scheme).
 */
final class Casting {

  static final List<HarmContext> CONTEXTS = List.of(HarmContext.values());

  /** The share of each harm context, in the order of {@link #CONTEXTS}. */
  static final int[] CONTEXT_WEIGHTS = {25, 30, 8, 10, 8, 10, 6, 3};

  /**
   * The day ages are counted from: the middle of the synthetic incidents, which fall in 2023-2025.
   */
  private static final LocalDate BASE_DATE = LocalDate.of(2024, 1, 1);

  private Casting() {}

  static Cast cast(SplitMix rng, Function<String, String> ids, int[] contextWeights) {
    HarmContext context = rng.weighted(CONTEXTS, contextWeights);
    return switch (context) {
      case PATIENT_ON_PATIENT -> patientOnPatient(rng, ids);
      case PATIENT_ON_STAFF -> patientOnStaff(rng, ids);
      case STAFF_ON_PATIENT -> staffOnPatient(rng, ids);
      case STAFF_ON_STAFF -> staffOnStaff(rng, ids);
      case PATIENT_ON_FAMILY_CARER -> patientOnFamily(rng, ids);
      case COMMUNITY_OFFENCE -> communityOffence(rng, ids);
      case ORGANISATION_ON_PERSON -> organisationOnPerson(rng, ids);
      case OTHER -> other(rng, ids);
    };
  }

  private static Cast patientOnPatient(SplitMix rng, Function<String, String> ids) {
    Setting setting =
        rng.pick(
            Setting.INPATIENT_ACUTE,
            Setting.PICU,
            Setting.LOW_SECURE,
            Setting.MEDIUM_SECURE,
            Setting.LD_AUTISM_INPATIENT,
            Setting.CAMHS_INPATIENT);
    ProcessType type =
        rng.pick(
            ProcessType.FACE_TO_FACE_CONFERENCE,
            ProcessType.DIRECT_MEETING_NO_SUPPORTERS,
            ProcessType.RESTORATIVE_CONVERSATION,
            ProcessType.RESTORATIVE_CIRCLE,
            ProcessType.SHUTTLE_COMMUNICATION);
    boolean mutual = type != ProcessType.RESTORATIVE_CIRCLE && rng.chance(0.2);
    PartyRole harmedRole =
        mutual ? PartyRole.PERSON_HARMED_AND_RESPONSIBLE : PartyRole.PERSON_HARMED;
    PartyRole responsibleRole =
        mutual ? PartyRole.PERSON_HARMED_AND_RESPONSIBLE : PartyRole.PERSON_RESPONSIBLE;
    Party harmed = patient(rng, ids, harmedRole, setting).build();
    Party responsible = patient(rng, ids, responsibleRole, setting).build();
    Cast cast =
        new Cast(
            HarmContext.PATIENT_ON_PATIENT,
            setting,
            type,
            PartyRelationship.CO_PATIENT,
            mutual,
            harmed,
            responsible);
    if (type == ProcessType.RESTORATIVE_CIRCLE) {
      for (int i = 0; i < rng.between(2, 3); i++) {
        cast.parties.add(patient(rng, ids, PartyRole.COMMUNITY_MEMBER, setting).build());
      }
    }
    maybeSupporter(rng, ids, cast, harmed.id(), PartyRelationship.FAMILY_MEMBER);
    return cast;
  }

  private static Cast patientOnStaff(SplitMix rng, Function<String, String> ids) {
    Setting setting =
        rng.pick(
            Setting.MEDIUM_SECURE,
            Setting.MEDIUM_SECURE,
            Setting.LOW_SECURE,
            Setting.HIGH_SECURE,
            Setting.PICU,
            Setting.INPATIENT_ACUTE);
    ProcessType type =
        rng.pick(
            ProcessType.FACE_TO_FACE_CONFERENCE,
            ProcessType.FACE_TO_FACE_CONFERENCE,
            ProcessType.DIRECT_MEETING_NO_SUPPORTERS,
            ProcessType.LETTER_EXCHANGE,
            ProcessType.RECORDED_MESSAGE,
            ProcessType.SINGLE_PARTY_RESTORATIVE_WORK,
            ProcessType.GROUP_VICTIM_AWARENESS_PROGRAMME);
    Party responsible = patient(rng, ids, PartyRole.PERSON_RESPONSIBLE, setting).build();
    Party harmed = staff(rng, ids, PartyRole.PERSON_HARMED).build();
    Cast cast =
        new Cast(
            HarmContext.PATIENT_ON_STAFF,
            setting,
            type,
            PartyRelationship.STAFF_PATIENT,
            false,
            harmed,
            responsible);
    maybeSupporter(rng, ids, cast, harmed.id(), PartyRelationship.COLLEAGUE);
    return cast;
  }

  private static Cast staffOnPatient(SplitMix rng, Function<String, String> ids) {
    Setting setting = rng.pick(Setting.INPATIENT_ACUTE, Setting.PICU, Setting.LD_AUTISM_INPATIENT);
    ProcessType type =
        rng.pick(
            ProcessType.FACE_TO_FACE_CONFERENCE,
            ProcessType.RESTORATIVE_CONVERSATION,
            ProcessType.VIDEO_MEETING);
    Party harmed = patient(rng, ids, PartyRole.PERSON_HARMED, setting).build();
    Party responsible = staff(rng, ids, PartyRole.PERSON_RESPONSIBLE).build();
    Cast cast =
        new Cast(
            HarmContext.STAFF_ON_PATIENT,
            setting,
            type,
            PartyRelationship.STAFF_PATIENT,
            false,
            harmed,
            responsible);
    maybeSupporter(rng, ids, cast, harmed.id(), PartyRelationship.FAMILY_MEMBER);
    return cast;
  }

  private static Cast staffOnStaff(SplitMix rng, Function<String, String> ids) {
    ProcessType type =
        rng.pick(
            ProcessType.DIRECT_MEETING_NO_SUPPORTERS,
            ProcessType.FACE_TO_FACE_CONFERENCE,
            ProcessType.VIDEO_MEETING,
            ProcessType.RESTORATIVE_CONVERSATION);
    Setting setting = rng.pick(Setting.WORKPLACE_NON_CLINICAL, Setting.INPATIENT_ACUTE);
    Party harmed = staff(rng, ids, PartyRole.PERSON_HARMED).build();
    Party responsible = staff(rng, ids, PartyRole.PERSON_RESPONSIBLE).build();
    Cast cast =
        new Cast(
            HarmContext.STAFF_ON_STAFF,
            setting,
            type,
            PartyRelationship.COLLEAGUE,
            false,
            harmed,
            responsible);
    maybeSupporter(rng, ids, cast, harmed.id(), PartyRelationship.COLLEAGUE);
    return cast;
  }

  private static Cast patientOnFamily(SplitMix rng, Function<String, String> ids) {
    Setting setting = Setting.PATIENT_HOME;
    ProcessType type =
        rng.pick(
            ProcessType.FACE_TO_FACE_CONFERENCE,
            ProcessType.LETTER_EXCHANGE,
            ProcessType.SHUTTLE_COMMUNICATION);
    Party harmed =
        layPerson(rng, ids, PartyRole.PERSON_HARMED, PersonType.FAMILY_MEMBER_OR_CARER).build();
    Party responsible =
        forensicPatient(rng, ids, harmed.id(), CriminalResponsibility.DIMINISHED).build();
    Cast cast =
        new Cast(
            HarmContext.PATIENT_ON_FAMILY_CARER,
            setting,
            type,
            PartyRelationship.FAMILY_MEMBER,
            false,
            harmed,
            responsible);
    maybeSupporter(rng, ids, cast, harmed.id(), PartyRelationship.FAMILY_MEMBER);
    return cast;
  }

  private static Cast communityOffence(SplitMix rng, Function<String, String> ids) {
    ProcessType type =
        rng.pick(
            ProcessType.LETTER_EXCHANGE,
            ProcessType.SHUTTLE_COMMUNICATION,
            ProcessType.RECORDED_MESSAGE,
            ProcessType.FACE_TO_FACE_CONFERENCE);
    Party harmed =
        layPerson(rng, ids, PartyRole.PERSON_HARMED, PersonType.MEMBER_OF_PUBLIC)
            .victimContactScheme(VictimContactScheme.of(VcsStatus.OPTED_IN, VcsRoute.VLO))
            .build();
    Party responsible = forensicPatient(rng, ids, harmed.id(), CriminalResponsibility.FULL).build();
    Cast cast =
        new Cast(
            HarmContext.COMMUNITY_OFFENCE,
            Setting.PUBLIC_PLACE,
            type,
            PartyRelationship.STRANGER,
            false,
            harmed,
            responsible);
    return cast;
  }

  private static Cast organisationOnPerson(SplitMix rng, Function<String, String> ids) {
    Setting setting =
        rng.pick(Setting.INPATIENT_ACUTE, Setting.CRISIS_HOME_TREATMENT, Setting.CMHT);
    Party harmed =
        layPerson(rng, ids, PartyRole.PERSON_HARMED, PersonType.FAMILY_MEMBER_OR_CARER).build();
    // the trust answers for the harm either as the person responsible or in the organisation's own
    // role; either way it acknowledges through the person who speaks for it (rule 1)
    Party trust =
        new Party.Builder()
            .id(PartyId.of(ids.apply("party")))
            .role(rng.chance(0.5) ? PartyRole.ORGANISATION : PartyRole.PERSON_RESPONSIBLE)
            .personType(PersonType.ORGANISATION)
            .name("The trust")
            .build();
    Cast cast =
        new Cast(
            HarmContext.ORGANISATION_ON_PERSON,
            setting,
            ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW,
            PartyRelationship.ORGANISATION,
            false,
            harmed,
            trust);
    cast.spokesperson =
        Optional.of(
            rng.pick(
                Spokesperson.of("Director of Nursing", "Delegated by the trust board"),
                Spokesperson.of("Medical Director", "Executive lead for patient safety"),
                Spokesperson.of(
                    "Head of Patient Safety",
                    "Named in the learning response's terms of reference")));
    Party secondVictim = staff(rng, ids, PartyRole.SECOND_VICTIM).build();
    cast.parties.add(secondVictim);
    return cast;
  }

  private static Cast other(SplitMix rng, Function<String, String> ids) {
    Setting setting = rng.pick(Setting.INPATIENT_ACUTE, Setting.LOW_SECURE);
    ProcessType type =
        rng.pick(ProcessType.RESTORATIVE_CIRCLE, ProcessType.RESTORATIVE_CONVERSATION);
    Party harmed = staff(rng, ids, PartyRole.PERSON_HARMED).build();
    Party responsible = patient(rng, ids, PartyRole.PERSON_RESPONSIBLE, setting).build();
    Cast cast =
        new Cast(
            HarmContext.OTHER,
            setting,
            type,
            PartyRelationship.CO_PATIENT,
            false,
            harmed,
            responsible);
    if (type == ProcessType.RESTORATIVE_CIRCLE) {
      cast.parties.add(patient(rng, ids, PartyRole.AFFECTED_OTHER, setting).build());
    }
    return cast;
  }

  // ---------------------------------------------------------------- people

  private static Party.Builder patient(
      SplitMix rng, Function<String, String> ids, PartyRole role, Setting setting) {
    boolean secure =
        setting == Setting.LOW_SECURE
            || setting == Setting.MEDIUM_SECURE
            || setting == Setting.HIGH_SECURE;
    boolean camhs = setting == Setting.CAMHS_INPATIENT;
    MhaStatus section;
    if (secure) {
      section =
          rng.pick(
              MhaStatus.S37_41, MhaStatus.S37_41, MhaStatus.S47_49, MhaStatus.S37, MhaStatus.S3);
    } else if (camhs) {
      section = rng.pick(MhaStatus.S3, MhaStatus.INFORMAL);
    } else {
      section = rng.pick(MhaStatus.S3, MhaStatus.S3, MhaStatus.S2, MhaStatus.INFORMAL);
    }
    Party.Builder patient =
        person(rng, ids, role, PersonType.PATIENT, camhs ? 14 : 19, camhs ? 17 : 68)
            .careContext(secure ? CareContext.FORENSIC_INPATIENT : CareContext.INPATIENT)
            .mentalHealthAct(MentalHealthActStatus.of(section));
    if (rng.chance(0.3)) {
      patient
          .reasonToDoubtCapacity(true)
          .reasonToDoubtCapacityRationale("Fluctuating mental state reported by the ward team");
    }
    if (setting == Setting.LD_AUTISM_INPATIENT || rng.chance(0.2)) {
      patient
          .addCommunicationNeed(CommunicationNeed.AUTISM)
          .addCommunicationNeed(CommunicationNeed.PROCESSING_TIME)
          .addAdjustment(Adjustment.of(AdjustmentType.EXTRA_PROCESSING_TIME))
          .addAdjustment(Adjustment.of(AdjustmentType.QUIET_ENVIRONMENT, "Low-light side room"));
    }
    if (rng.chance(0.1)) {
      patient
          .addCommunicationNeed(CommunicationNeed.EASY_READ)
          .addCommunicationNeed(CommunicationNeed.LEARNING_DISABILITY)
          .addAdjustment(Adjustment.of(AdjustmentType.EASY_READ_MATERIALS));
    }
    if (rng.chance(0.25)) {
      patient.addVulnerabilityFlag(
          rng.pick(VulnerabilityFlag.TRAUMA_HISTORY, VulnerabilityFlag.SELF_HARM_RISK));
    }
    return patient;
  }

  private static Party.Builder forensicPatient(
      SplitMix rng,
      Function<String, String> ids,
      PartyId victim,
      CriminalResponsibility responsibility) {
    boolean discharged = rng.chance(0.4);
    Party.Builder patient =
        person(rng, ids, PartyRole.PERSON_RESPONSIBLE, PersonType.PATIENT, 21, 60)
            .criminalResponsibility(responsibility);
    if (discharged) {
      patient
          .careContext(CareContext.COMMUNITY_FORENSIC)
          .mentalHealthAct(MentalHealthActStatus.of(MhaStatus.CONDITIONALLY_DISCHARGED))
          .addDischargeCondition(
              new DischargeCondition.Builder()
                  .type(DischargeConditionType.NO_CONTACT)
                  .protectedParty(victim)
                  .description("No direct contact with the person harmed")
                  .permittedException(
                      "Contact through the restorative service with the supervisor's agreement")
                  .build());
    } else {
      patient
          .careContext(CareContext.FORENSIC_INPATIENT)
          .mentalHealthAct(MentalHealthActStatus.of(MhaStatus.S37_41));
    }
    if (rng.chance(0.15)) {
      String language = rng.pick(SyntheticText.LANGUAGES);
      patient
          .language(language)
          .addCommunicationNeed(CommunicationNeed.INTERPRETER)
          .addAdjustment(Adjustment.of(AdjustmentType.INTERPRETER_BOOKED));
    }
    return patient;
  }

  private static Party.Builder staff(SplitMix rng, Function<String, String> ids, PartyRole role) {
    return person(rng, ids, role, PersonType.STAFF_MEMBER, 22, 62);
  }

  private static Party.Builder layPerson(
      SplitMix rng, Function<String, String> ids, PartyRole role, PersonType type) {
    return person(rng, ids, role, type, 18, 80);
  }

  private static Party.Builder person(
      SplitMix rng,
      Function<String, String> ids,
      PartyRole role,
      PersonType type,
      int minAge,
      int maxAge) {
    Party.Builder party =
        new Party.Builder()
            .id(PartyId.of(ids.apply("party")))
            .role(role)
            .personType(type)
            .name(SyntheticText.name(rng));
    LocalDate born = BASE_DATE.minusYears(rng.between(minAge, maxAge)).minusDays(rng.below(365));
    if (rng.chance(0.8)) {
      party.dateOfBirth(born);
    } else {
      party.ageBand(AgeBand.at(born, BASE_DATE));
    }
    if (AgeBand.at(born, BASE_DATE).isUnder18()) {
      // recorded whether the date of birth or only the age band is held (rule 17)
      party.parentalInvolvement(
          new ParentalInvolvement.Builder()
              .holderOfResponsibility("Parent with parental responsibility")
              .informed(true)
              .consented(true)
              .build());
    }
    if (rng.chance(0.3)) {
      party.pronouns(rng.pick(SyntheticText.PRONOUNS));
    }
    return party;
  }

  private static void maybeSupporter(
      SplitMix rng,
      Function<String, String> ids,
      Cast cast,
      PartyId principal,
      PartyRelationship relationship) {
    boolean allowsSupporters =
        cast.processType == ProcessType.FACE_TO_FACE_CONFERENCE
            || cast.processType == ProcessType.RESTORATIVE_CIRCLE;
    if (allowsSupporters && rng.chance(0.6)) {
      Party supporter =
          person(rng, ids, PartyRole.SUPPORTER, PersonType.FAMILY_MEMBER_OR_CARER, 20, 75)
              .principal(principal)
              .relationshipToPrincipal(relationship)
              .speakingRole(rng.pick(SpeakingRole.ACTIVE, SpeakingRole.PRESENCE_ONLY))
              .build();
      cast.parties.add(supporter);
      cast.supporter = Optional.of(supporter.id());
    }
  }
}
