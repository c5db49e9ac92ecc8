package org.restorative.json;

import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.CareContext;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.ConflictDeclaration;
import org.restorative.core.party.ConflictKind;
import org.restorative.core.party.CpdRecord;
import org.restorative.core.party.CriminalResponsibility;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.Escort;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.party.SpeakingRole;
import org.restorative.core.party.Spokesperson;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.party.TrainingRecord;
import org.restorative.core.party.VcsRoute;
import org.restorative.core.party.VcsStatus;
import org.restorative.core.party.VictimContactScheme;
import org.restorative.core.party.VulnerabilityFlag;

/** The JSON forms of the {@code party} package. */
final class PartyFormats {

  private PartyFormats() {}

  static final ObjectFormat<MentalHealthActStatus, MentalHealthActStatus.Builder>
      MENTAL_HEALTH_ACT_STATUS =
          ObjectFormat.of(
                  "MentalHealthActStatus",
                  MentalHealthActStatus.Builder::new,
                  MentalHealthActStatus.Builder::build)
              .required(
                  "section",
                  Codecs.code(MhaStatus.class),
                  MentalHealthActStatus::section,
                  MentalHealthActStatus.Builder::section)
              .defaulted(
                  "restricted",
                  Codecs.BOOLEAN,
                  MentalHealthActStatus::restricted,
                  MentalHealthActStatus.Builder::restricted)
              .optional(
                  "since",
                  Codecs.DATE,
                  MentalHealthActStatus::since,
                  MentalHealthActStatus.Builder::since)
              .flag(
                  "orderNamesUnit",
                  MentalHealthActStatus::orderNamesUnit,
                  MentalHealthActStatus.Builder::orderNamesUnit);

  static final ObjectFormat<LeaveAuthorisation, LeaveAuthorisation.Builder> LEAVE_AUTHORISATION =
      ObjectFormat.of(
              "LeaveAuthorisation",
              LeaveAuthorisation.Builder::new,
              LeaveAuthorisation.Builder::build)
          .required(
              "type",
              Codecs.code(LeaveType.class),
              LeaveAuthorisation::type,
              LeaveAuthorisation.Builder::type)
          .required(
              "escort",
              Codecs.code(Escort.class),
              LeaveAuthorisation::escort,
              LeaveAuthorisation.Builder::escort)
          .required(
              "authorisedBy",
              Codecs.code(LeaveAuthority.class),
              LeaveAuthorisation::authorisedBy,
              LeaveAuthorisation.Builder::authorisedBy)
          .required(
              "validFrom",
              Codecs.DATE,
              LeaveAuthorisation::validFrom,
              LeaveAuthorisation.Builder::validFrom)
          .required(
              "validTo",
              Codecs.DATE,
              LeaveAuthorisation::validTo,
              LeaveAuthorisation.Builder::validTo)
          .many(
              "conditions",
              Codecs.TEXT,
              LeaveAuthorisation::conditions,
              LeaveAuthorisation.Builder::addAllConditions)
          .personal()
          .optional(
              "purpose",
              Codecs.TEXT,
              LeaveAuthorisation::purpose,
              LeaveAuthorisation.Builder::purpose)
          .personal()
          .distinct(
              "places",
              Codecs.PLACE,
              LeaveAuthorisation::places,
              LeaveAuthorisation.Builder::addAllPlaces)
          .personal()
          .distinct(
              "noContactWith",
              Ids.PARTY,
              LeaveAuthorisation::noContactWith,
              LeaveAuthorisation.Builder::addAllNoContactWith)
          .inTimeOrder(Codecs.DATE, "validFrom", "validTo");

  static final ObjectFormat<DischargeCondition, DischargeCondition.Builder> DISCHARGE_CONDITION =
      ObjectFormat.of(
              "DischargeCondition",
              DischargeCondition.Builder::new,
              DischargeCondition.Builder::build)
          .required(
              "type",
              Codecs.code(DischargeConditionType.class),
              DischargeCondition::type,
              DischargeCondition.Builder::type)
          .optional(
              "protectedParty",
              Ids.PARTY,
              DischargeCondition::protectedParty,
              DischargeCondition.Builder::protectedParty)
          .optional(
              "description",
              Codecs.TEXT,
              DischargeCondition::description,
              DischargeCondition.Builder::description)
          .personal()
          .optional(
              "since", Codecs.DATE, DischargeCondition::since, DischargeCondition.Builder::since)
          .optional(
              "place", Codecs.PLACE, DischargeCondition::place, DischargeCondition.Builder::place)
          .personal()
          .optional(
              "permittedException",
              Codecs.TEXT,
              DischargeCondition::permittedException,
              DischargeCondition.Builder::permittedException)
          .personal();

  static final ObjectFormat<Adjustment, Adjustment.Builder> ADJUSTMENT =
      ObjectFormat.of("Adjustment", Adjustment.Builder::new, Adjustment.Builder::build)
          .required(
              "type", Codecs.code(AdjustmentType.class), Adjustment::type, Adjustment.Builder::type)
          .optional("detail", Codecs.TEXT, Adjustment::detail, Adjustment.Builder::detail)
          .personal();

  static final ObjectFormat<VictimContactScheme, VictimContactScheme.Builder>
      VICTIM_CONTACT_SCHEME =
          ObjectFormat.of(
                  "VictimContactScheme",
                  VictimContactScheme.Builder::new,
                  VictimContactScheme.Builder::build)
              .required(
                  "status",
                  Codecs.code(VcsStatus.class),
                  VictimContactScheme::status,
                  VictimContactScheme.Builder::status)
              .optional(
                  "route",
                  Codecs.code(VcsRoute.class),
                  VictimContactScheme::route,
                  VictimContactScheme.Builder::route)
              .presentOnlyWhen("route", "status", VcsStatus.class, VcsStatus::isEligible);

  static final ObjectFormat<Spokesperson, Spokesperson.Builder> SPOKESPERSON =
      ObjectFormat.of("Spokesperson", Spokesperson.Builder::new, Spokesperson.Builder::build)
          .required("role", Codecs.TEXT, Spokesperson::role, Spokesperson.Builder::role)
          .personal()
          .optional("name", Codecs.TEXT, Spokesperson::name, Spokesperson.Builder::name)
          .personal()
          .optional(
              "authority", Codecs.TEXT, Spokesperson::authority, Spokesperson.Builder::authority)
          .personal();

  static final ObjectFormat<Acknowledgement, Acknowledgement.Builder> ACKNOWLEDGEMENT =
      ObjectFormat.of(
              "Acknowledgement", Acknowledgement.Builder::new, Acknowledgement.Builder::build)
          .required(
              "level",
              Codecs.code(AcknowledgementLevel.class),
              Acknowledgement::level,
              Acknowledgement.Builder::level)
          .required(
              "acknowledgedOn",
              Codecs.DATE,
              Acknowledgement::acknowledgedOn,
              Acknowledgement.Builder::acknowledgedOn)
          .optional(
              "recordedBy",
              Ids.ACTOR,
              Acknowledgement::recordedBy,
              Acknowledgement.Builder::recordedBy)
          .optional("note", Codecs.TEXT, Acknowledgement::note, Acknowledgement.Builder::note)
          .personal()
          .optional(
              "spokesperson",
              SPOKESPERSON,
              Acknowledgement::spokesperson,
              Acknowledgement.Builder::spokesperson);

  static final ObjectFormat<ParentalInvolvement, ParentalInvolvement.Builder> PARENTAL_INVOLVEMENT =
      ObjectFormat.of(
              "ParentalInvolvement",
              ParentalInvolvement.Builder::new,
              ParentalInvolvement.Builder::build)
          .optional(
              "holderOfResponsibility",
              Codecs.TEXT,
              ParentalInvolvement::holderOfResponsibility,
              ParentalInvolvement.Builder::holderOfResponsibility)
          .personal()
          .defaulted(
              "informed",
              Codecs.BOOLEAN,
              ParentalInvolvement::informed,
              ParentalInvolvement.Builder::informed)
          .defaulted(
              "consented",
              Codecs.BOOLEAN,
              ParentalInvolvement::consented,
              ParentalInvolvement.Builder::consented)
          .optional(
              "recordedOn",
              Codecs.DATE,
              ParentalInvolvement::recordedOn,
              ParentalInvolvement.Builder::recordedOn);

  static final ObjectFormat<TrainingRecord, TrainingRecord.Builder> TRAINING_RECORD =
      ObjectFormat.of("TrainingRecord", TrainingRecord.Builder::new, TrainingRecord.Builder::build)
          .required(
              "level",
              Codecs.code(TrainingLevel.class),
              TrainingRecord::level,
              TrainingRecord.Builder::level)
          .required(
              "completedOn",
              Codecs.DATE,
              TrainingRecord::completedOn,
              TrainingRecord.Builder::completedOn)
          .optional(
              "provider", Codecs.TEXT, TrainingRecord::provider, TrainingRecord.Builder::provider)
          .defaulted(
              "rjcRegisteredProvider",
              Codecs.BOOLEAN,
              TrainingRecord::rjcRegisteredProvider,
              TrainingRecord.Builder::rjcRegisteredProvider);

  static final ObjectFormat<CpdRecord, CpdRecord.Builder> CPD_RECORD =
      ObjectFormat.of("CpdRecord", CpdRecord.Builder::new, CpdRecord.Builder::build)
          .required("year", Codecs.INTEGER, CpdRecord::year, CpdRecord.Builder::year)
          .required("hours", Codecs.DECIMAL, CpdRecord::hours, CpdRecord.Builder::hours)
          .required(
              "rjcApprovedHours",
              Codecs.DECIMAL,
              CpdRecord::rjcApprovedHours,
              CpdRecord.Builder::rjcApprovedHours);

  static final ObjectFormat<DeclaredConflict, DeclaredConflict.Builder> DECLARED_CONFLICT =
      ObjectFormat.of(
              "DeclaredConflict", DeclaredConflict.Builder::new, DeclaredConflict.Builder::build)
          .required(
              "kind",
              Codecs.code(ConflictKind.class),
              DeclaredConflict::kind,
              DeclaredConflict.Builder::kind)
          .optional("party", Ids.PARTY, DeclaredConflict::party, DeclaredConflict.Builder::party)
          .optional(
              "detail", Codecs.TEXT, DeclaredConflict::detail, DeclaredConflict.Builder::detail)
          .personal();

  static final ObjectFormat<ConflictDeclaration, ConflictDeclaration.Builder> CONFLICT_DECLARATION =
      ObjectFormat.of(
              "ConflictDeclaration",
              ConflictDeclaration.Builder::new,
              ConflictDeclaration.Builder::build)
          .required(
              "declaredAt",
              Codecs.INSTANT,
              ConflictDeclaration::declaredAt,
              ConflictDeclaration.Builder::declaredAt)
          .many(
              "conflicts",
              DECLARED_CONFLICT,
              ConflictDeclaration::conflicts,
              ConflictDeclaration.Builder::addAllConflicts);

  static final ObjectFormat<Party, Party.Builder> PARTY =
      ObjectFormat.of("Party", Party.Builder::new, Party.Builder::build)
          .required("id", Ids.PARTY, Party::id, Party.Builder::id)
          .required("role", Codecs.code(PartyRole.class), Party::role, Party.Builder::role)
          .required(
              "personType",
              Codecs.code(PersonType.class),
              Party::personType,
              Party.Builder::personType)
          .optional("name", Codecs.TEXT, Party::name, Party.Builder::name)
          .personal()
          .optional(
              "preferredName", Codecs.TEXT, Party::preferredName, Party.Builder::preferredName)
          .personal()
          .optional("pronouns", Codecs.TEXT, Party::pronouns, Party.Builder::pronouns)
          .personal()
          .optional("dateOfBirth", Codecs.DATE, Party::dateOfBirth, Party.Builder::dateOfBirth)
          .personal()
          .optional("ageBand", Codecs.code(AgeBand.class), Party::ageBand, Party.Builder::ageBand)
          .optional("language", Codecs.TEXT, Party::language, Party.Builder::language)
          .optional("principal", Ids.PARTY, Party::principal, Party.Builder::principal)
          .optional(
              "relationshipToPrincipal",
              Codecs.code(PartyRelationship.class),
              Party::relationshipToPrincipal,
              Party.Builder::relationshipToPrincipal)
          .optional(
              "speakingRole",
              Codecs.code(SpeakingRole.class),
              Party::speakingRole,
              Party.Builder::speakingRole)
          .optional(
              "careContext",
              Codecs.code(CareContext.class),
              Party::careContext,
              Party.Builder::careContext)
          .optional(
              "mentalHealthAct",
              MENTAL_HEALTH_ACT_STATUS,
              Party::mentalHealthAct,
              Party.Builder::mentalHealthAct)
          .many(
              "leaveAuthorisations",
              LEAVE_AUTHORISATION,
              Party::leaveAuthorisations,
              Party.Builder::addAllLeaveAuthorisations)
          .many(
              "dischargeConditions",
              DISCHARGE_CONDITION,
              Party::dischargeConditions,
              Party.Builder::addAllDischargeConditions)
          .defaulted(
              "reasonToDoubtCapacity",
              Codecs.BOOLEAN,
              Party::reasonToDoubtCapacity,
              Party.Builder::reasonToDoubtCapacity)
          .optional(
              "reasonToDoubtCapacityRationale",
              Codecs.TEXT,
              Party::reasonToDoubtCapacityRationale,
              Party.Builder::reasonToDoubtCapacityRationale)
          .personal()
          .distinct(
              "communicationNeeds",
              Codecs.code(CommunicationNeed.class),
              Party::communicationNeeds,
              Party.Builder::addAllCommunicationNeeds)
          .many("adjustments", ADJUSTMENT, Party::adjustments, Party.Builder::addAllAdjustments)
          .distinct(
              "vulnerabilityFlags",
              Codecs.code(VulnerabilityFlag.class),
              Party::vulnerabilityFlags,
              Party.Builder::addAllVulnerabilityFlags)
          .optional(
              "victimContactScheme",
              VICTIM_CONTACT_SCHEME,
              Party::victimContactScheme,
              Party.Builder::victimContactScheme)
          .many(
              "acknowledgements",
              ACKNOWLEDGEMENT,
              Party::acknowledgements,
              Party.Builder::addAllAcknowledgements)
          .optional(
              "criminalResponsibility",
              Codecs.code(CriminalResponsibility.class),
              Party::criminalResponsibility,
              Party.Builder::criminalResponsibility)
          .optional(
              "parentalInvolvement",
              PARENTAL_INVOLVEMENT,
              Party::parentalInvolvement,
              Party.Builder::parentalInvolvement)
          .notBoth("dateOfBirth", "ageBand")
          .presentExactlyWhen("principal", "role", PartyRole.class, PartyRole::needsPrincipal)
          .presentOnlyWith("relationshipToPrincipal", "principal");

  static final ObjectFormat<Facilitator, Facilitator.Builder> FACILITATOR =
      ObjectFormat.of("Facilitator", Facilitator.Builder::new, Facilitator.Builder::build)
          .required("id", Ids.FACILITATOR, Facilitator::id, Facilitator.Builder::id)
          .required(
              "role",
              Codecs.code(FacilitatorRole.class),
              Facilitator::role,
              Facilitator.Builder::role)
          .optional("name", Codecs.TEXT, Facilitator::name, Facilitator.Builder::name)
          .personal()
          .many(
              "trainingRecords",
              TRAINING_RECORD,
              Facilitator::trainingRecords,
              Facilitator.Builder::addAllTrainingRecords)
          .optional(
              "lastSupervisionOn",
              Codecs.DATE,
              Facilitator::lastSupervisionOn,
              Facilitator.Builder::lastSupervisionOn)
          .optional(
              "lastObservedPracticeOn",
              Codecs.DATE,
              Facilitator::lastObservedPracticeOn,
              Facilitator.Builder::lastObservedPracticeOn)
          .many("cpd", CPD_RECORD, Facilitator::cpd, Facilitator.Builder::addAllCpd)
          .optional(
              "rjcRegistration",
              Codecs.TEXT,
              Facilitator::rjcRegistration,
              Facilitator.Builder::rjcRegistration)
          .defaulted(
              "external", Codecs.BOOLEAN, Facilitator::external, Facilitator.Builder::external)
          .optional(
              "conflictDeclaration",
              CONFLICT_DECLARATION,
              Facilitator::conflictDeclaration,
              Facilitator.Builder::conflictDeclaration);

  static final ObjectFormat<Professional, Professional.Builder> PROFESSIONAL =
      ObjectFormat.of("Professional", Professional.Builder::new, Professional.Builder::build)
          .required("id", Ids.PROFESSIONAL, Professional::id, Professional.Builder::id)
          .required(
              "role",
              Codecs.code(ProfessionalRole.class),
              Professional::role,
              Professional.Builder::role)
          .optional("name", Codecs.TEXT, Professional::name, Professional.Builder::name)
          .personal()
          .optional(
              "organisation",
              Codecs.TEXT,
              Professional::organisation,
              Professional.Builder::organisation)
          .optional("language", Codecs.TEXT, Professional::language, Professional.Builder::language)
          .distinct(
              "relatedParties",
              Ids.PARTY,
              Professional::relatedParties,
              Professional.Builder::addAllRelatedParties);
}
