package org.restorative.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.restorative.core.assessment.ConsultationAdvice;
import org.restorative.core.assessment.ConsultationTopic;
import org.restorative.core.assessment.RiskDomain;
import org.restorative.core.assessment.RiskLevel;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.assessment.SafetyMeasure;
import org.restorative.core.assessment.SignOffDecision;
import org.restorative.core.assessment.SignOffSubject;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.ReferralSource;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Ability;
import org.restorative.core.consent.CapacityBasisType;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceOutcome;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.FunctionalLimb;
import org.restorative.core.consent.InformationTopic;
import org.restorative.core.consent.LawfulBasisType;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.TestOrder;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.harm.ContactRestrictionType;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.HarmType;
import org.restorative.core.harm.LegalStatus;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.harm.RoleInHarm;
import org.restorative.core.harm.SensitiveFlag;
import org.restorative.core.harm.Setting;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.MonitoringMethod;
import org.restorative.core.outcome.NotCompletedReason;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.CareContext;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.ConflictKind;
import org.restorative.core.party.CriminalResponsibility;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.Escort;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.party.SpeakingRole;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.party.VcsRoute;
import org.restorative.core.party.VcsStatus;
import org.restorative.core.party.VulnerabilityFlag;
import org.restorative.core.process.AttendanceStatus;
import org.restorative.core.process.Medium;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.StopReason;
import org.restorative.core.process.VenueType;

/**
 * The library's code systems: each model enumeration the mapping uses becomes one CodeSystem,
 * generated from the enumeration (its constants are the codes), with the canonical URL {@code
 * urn:restorative:fhir:CodeSystem:NAME} where NAME is the enumeration's name in kebab case ({@code
 * PartyRole} gives {@code party-role}). This one list drives the codings the mapping writes, the
 * codes it reads back and the CodeSystem resources published with the module.
 */
public final class CodeSystems {

  private CodeSystems() {}

  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          Stage.class,
          ReferralSource.class,
          PauseReason.class,
          NotProceedingReason.class,
          CaseEventType.class,
          PartyRole.class,
          PersonType.class,
          AgeBand.class,
          CareContext.class,
          MhaStatus.class,
          SpeakingRole.class,
          PartyRelationship.class,
          CommunicationNeed.class,
          VulnerabilityFlag.class,
          CriminalResponsibility.class,
          VcsStatus.class,
          VcsRoute.class,
          AdjustmentType.class,
          AcknowledgementLevel.class,
          RecordKind.class,
          LeaveType.class,
          Escort.class,
          LeaveAuthority.class,
          DischargeConditionType.class,
          TrainingLevel.class,
          ConflictKind.class,
          FacilitatorRole.class,
          ProfessionalRole.class,
          ConsentKind.class,
          ConsentStatus.class,
          ConsentMethod.class,
          ConsentGiver.class,
          InformationTopic.class,
          CapacityBasisType.class,
          RecipientType.class,
          SharingPurpose.class,
          DisclosedItem.class,
          LawfulBasisType.class,
          WithdrawalScope.class,
          ProcessType.class,
          Medium.class,
          PreparationTopic.class,
          CapacityOutcome.class,
          CompetenceOutcome.class,
          FunctionalLimb.class,
          Ability.class,
          TestOrder.class,
          PracticableStepType.class,
          AssessmentKind.class,
          AssessmentFinding.class,
          HarmType.class,
          Setting.class,
          HarmContext.class,
          SensitiveFlag.class,
          LegalStatus.class,
          RoleInHarm.class,
          OccurrencePrecision.class,
          SeverityScale.class,
          MeetingStatus.class,
          VenueType.class,
          AttendanceStatus.class,
          StopReason.class,
          MessageStatus.class,
          ReviewDecision.class,
          RiskLevel.class,
          RiskDomain.class,
          RiskOutcome.class,
          PlanKind.class,
          SafetyMeasure.class,
          ConsultationTopic.class,
          ConsultationAdvice.class,
          SignOffSubject.class,
          SignOffDecision.class,
          AgreementStatus.class,
          MonitoringMethod.class,
          ActionStatus.class,
          ActionType.class,
          NotCompletedReason.class,
          ContactRestrictionType.class,
          EvaluationUptake.class,
          Satisfaction.class,
          FeltAfter.class);

  private static final Map<Class<?>, String> URLS = urls();

  private static Map<Class<?>, String> urls() {
    Map<Class<?>, String> urls = new LinkedHashMap<>();
    for (Class<? extends Enum<?>> type : ENUMS) {
      urls.put(type, FhirNames.codeSystem(FhirNames.kebab(type)));
    }
    return urls;
  }

  /**
   * The enumerations that are code systems of the library, in a fixed order.
   *
   * @return the enumerations
   */
  public static List<Class<? extends Enum<?>>> enumerations() {
    return ENUMS;
  }

  /**
   * The canonical URL of an enumeration's code system.
   *
   * @param type the enumeration
   * @return the URL
   * @throws IllegalArgumentException if the enumeration is not one of the library's code systems
   */
  public static String url(Class<?> type) {
    String url = URLS.get(type);
    if (url == null) {
      throw new IllegalArgumentException("not a code system of the library: " + type.getName());
    }
    return url;
  }

  /**
   * The coding of a constant: its code system, its name as code and a display in words.
   *
   * @param constant the constant
   * @return the coding
   */
  public static Coding coding(Enum<?> constant) {
    return new Coding(url(constant.getDeclaringClass()), constant.name(), display(constant));
  }

  /**
   * The constant a code names in an enumeration's code system.
   *
   * @param <E> the enumeration
   * @param type the enumeration
   * @param code the code
   * @return the constant, or empty when the code system defines no such code
   */
  static <E extends Enum<E>> Optional<E> constant(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(code)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * The CodeSystem resources of the library, one per enumeration, complete and active.
   *
   * @return new CodeSystem resources
   */
  public static List<CodeSystem> all() {
    List<CodeSystem> all = new ArrayList<>();
    for (Class<? extends Enum<?>> type : ENUMS) {
      all.add(of(type));
    }
    return all;
  }

  /**
   * The CodeSystem resource of one enumeration.
   *
   * @param type the enumeration
   * @return a new CodeSystem
   */
  public static CodeSystem of(Class<? extends Enum<?>> type) {
    CodeSystem system = new CodeSystem();
    String kebab = FhirNames.kebab(type);
    system.setId(kebab);
    system.setUrl(url(type));
    system.setName(type.getSimpleName());
    system.setTitle("restorative " + kebab.replace('-', ' '));
    system.setStatus(PublicationStatus.ACTIVE);
    system.setExperimental(false);
    system.setPublisher("restorative");
    system.setDescription(
        "The codes of the restorative library's "
            + type.getSimpleName()
            + " enumeration, generated from it.");
    system.setCaseSensitive(true);
    system.setContent(CodeSystemContentMode.COMPLETE);
    Enum<?>[] constants = type.getEnumConstants();
    system.setCount(constants.length);
    for (Enum<?> constant : constants) {
      system.addConcept().setCode(constant.name()).setDisplay(display(constant));
    }
    return system;
  }

  private static String display(Enum<?> constant) {
    String words = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
