package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.Ability;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CapacityDecision;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.CompetenceOutcome;
import org.restorative.core.consent.FunctionalLimb;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.TestOrder;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;
import org.restorative.core.rules.Pointer;

/**
 * Family A, assessments: each capacity assessment (Mental Capacity Act 2005) and each competence
 * assessment (Gillick) as an Observation whose code is a code of the library's {@code
 * assessment-kind} code system and whose value is the outcome. The functional test's findings are
 * components, one per limb (understand, retain, use or weigh, communicate) with the ability as
 * value; the yes-or-no findings are components coded by {@code assessment-finding} with a boolean
 * value. The party assessed is the subject when written as a Patient, else the focus.
 */
final class AssessmentResources {

  private AssessmentResources() {}

  static final String CAPACITY = "capacity-assessment";
  static final String COMPETENCE = "competence-assessment";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.capacityAssessments().size(); i++) {
      writeCapacity(a, c.capacityAssessments().get(i), Pointer.of("capacityAssessments", i));
    }
    for (int i = 0; i < c.competenceAssessments().size(); i++) {
      writeCompetence(a, c.competenceAssessments().get(i), Pointer.of("competenceAssessments", i));
    }
  }

  private static Observation observation(Assembly a, AssessmentKind kind, PartyId party) {
    Observation observation = new Observation();
    observation.setStatus(ObservationStatus.FINAL);
    observation.setCode(new CodeableConcept(CodeSystems.coding(kind)));
    if (a.partyType(party).orElse(null) == ResourceType.Patient) {
      observation.setSubject(a.party(party));
    } else {
      observation.addFocus(a.party(party));
    }
    return observation;
  }

  private static void finding(Observation observation, AssessmentFinding finding, boolean value) {
    observation
        .addComponent()
        .setCode(new CodeableConcept(CodeSystems.coding(finding)))
        .setValue(new BooleanType(value));
  }

  private static void writeCapacity(Assembly a, CapacityAssessment assessment, String path) {
    Observation observation =
        observation(a, AssessmentKind.CAPACITY_ASSESSMENT, assessment.party());
    observation.addIdentifier(Assembly.identifier(CAPACITY, assessment.id().value()));
    observation.setEffective(Times.dateTime(assessment.assessedAt(), path + "/assessedAt"));
    observation.addPerformer(Assembly.actor(assessment.assessor()));
    observation.setValue(new CodeableConcept(CodeSystems.coding(assessment.outcome())));
    List<Extension> ext = observation.getExtension();
    CapacityDecision decision = assessment.decision();
    Extension d = Ext.complex(ext, "capacity-decision");
    Ext.add(d.getExtension(), "description", new StringType(decision.description()));
    decision
        .processType()
        .ifPresent(p -> Ext.add(d.getExtension(), "process-type", CodeSystems.coding(p)));
    decision.counterparties().forEach(p -> Ext.add(d.getExtension(), "counterparty", a.party(p)));
    for (FunctionalLimb limb : FunctionalLimb.values()) {
      Optional<LimbFinding> found = assessment.functional().finding(limb);
      if (found.isPresent()) {
        ObservationComponentComponent component =
            observation
                .addComponent()
                .setCode(new CodeableConcept(CodeSystems.coding(limb)))
                .setValue(new CodeableConcept(CodeSystems.coding(found.get().ability())));
        Ext.text(component.getExtension(), "evidence", found.get().evidence());
      }
    }
    finding(
        observation,
        AssessmentFinding.RELEVANT_INFORMATION_PROVIDED,
        assessment.relevantInformationProvided());
    assessment
        .impairmentIdentified()
        .ifPresent(v -> finding(observation, AssessmentFinding.IMPAIRMENT_IDENTIFIED, v));
    assessment
        .causalLinkEstablished()
        .ifPresent(v -> finding(observation, AssessmentFinding.CAUSAL_LINK_ESTABLISHED, v));
    finding(observation, AssessmentFinding.FLUCTUATING, assessment.fluctuating());
    finding(
        observation,
        AssessmentFinding.NOT_BASED_SOLELY_ON_STATUS,
        assessment.notBasedSolelyOnStatus());
    assessment
        .reassessBy()
        .ifPresent(r -> Ext.add(ext, "reassess-by", Times.date(r, path + "/reassessBy")));
    assessment.testOrder().ifPresent(t -> Ext.add(ext, "test-order", CodeSystems.coding(t)));
    Ext.text(ext, "reason-for-doubt", assessment.reasonForDoubt());
    for (PracticableStep step : assessment.practicableSteps()) {
      Extension x = Ext.complex(ext, "practicable-step");
      Ext.add(x.getExtension(), "type", CodeSystems.coding(step.type()));
      Ext.text(x.getExtension(), "detail", step.detail());
    }
    Ext.text(ext, "impairment", assessment.impairment());
    Ext.text(ext, "causal-link-rationale", assessment.causalLinkRationale());
    a.add(CAPACITY, assessment.id().value(), observation);
  }

  /** A limb's property name in the case-record format. */
  static String limbName(FunctionalLimb limb) {
    return switch (limb) {
      case UNDERSTAND -> "understand";
      case RETAIN -> "retain";
      case USE_OR_WEIGH -> "useOrWeigh";
      case COMMUNICATE -> "communicate";
    };
  }

  private static void writeCompetence(Assembly a, CompetenceAssessment assessment, String path) {
    Observation observation =
        observation(a, AssessmentKind.COMPETENCE_ASSESSMENT, assessment.party());
    observation.addIdentifier(Assembly.identifier(COMPETENCE, assessment.id().value()));
    observation.setEffective(Times.dateTime(assessment.assessedAt(), path + "/assessedAt"));
    observation.addPerformer(Assembly.actor(assessment.assessor()));
    observation.setValue(new CodeableConcept(CodeSystems.coding(assessment.outcome())));
    assessment
        .processType()
        .ifPresent(p -> Ext.add(observation.getExtension(), "process-type", CodeSystems.coding(p)));
    finding(observation, AssessmentFinding.UNDERSTANDS_ISSUES, assessment.understandsIssues());
    finding(
        observation,
        AssessmentFinding.UNDERSTANDS_RISKS_AND_OPTIONS,
        assessment.understandsRisksAndOptions());
    finding(observation, AssessmentFinding.CAN_GIVE_REASONS, assessment.canGiveReasons());
    finding(observation, AssessmentFinding.MATURITY_CONSIDERED, assessment.maturityConsidered());
    assessment.notes().ifPresent(n -> observation.addNote().setText(n));
    a.add(COMPETENCE, assessment.id().value(), observation);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int capacity = 0;
    int competence = 0;
    for (Observation observation : r.all(Observation.class)) {
      if (Reading.idValue(observation.getIdentifier(), CAPACITY).isPresent()) {
        readCapacity(r, observation, Pointer.of("capacityAssessments", capacity++))
            .ifPresent(c::addCapacityAssessments);
      } else if (Reading.idValue(observation.getIdentifier(), COMPETENCE).isPresent()) {
        readCompetence(r, observation, Pointer.of("competenceAssessments", competence++))
            .ifPresent(c::addCompetenceAssessments);
      }
    }
  }

  private static Optional<PartyId> party(Reading r, Observation observation, String path) {
    if (observation.hasSubject()) {
      return r.party(observation.getSubject(), path);
    }
    if (observation.hasFocus()) {
      return r.party(observation.getFocusFirstRep(), path);
    }
    r.missing(path, "subject or focus");
    return Optional.empty();
  }

  private static Optional<java.time.Instant> effective(
      Reading r, Observation observation, String path) {
    if (!Reading.has(observation.getEffective())) {
      r.missing(path, "effective time");
      return Optional.empty();
    }
    return r.instant(observation.getEffective(), path);
  }

  private static Optional<org.restorative.core.party.ActorId> assessor(
      Reading r, Observation observation, String path) {
    if (!observation.hasPerformer()) {
      r.missing(path, "performer");
      return Optional.empty();
    }
    return r.actor(observation.getPerformerFirstRep(), path);
  }

  private static Optional<Boolean> finding(Observation observation, AssessmentFinding finding) {
    String system = CodeSystems.url(AssessmentFinding.class);
    for (ObservationComponentComponent component : observation.getComponent()) {
      if (component.getCode().getCoding().stream()
              .anyMatch(c -> system.equals(c.getSystem()) && finding.name().equals(c.getCode()))
          && component.getValue() instanceof BooleanType value) {
        return Reading.value(value);
      }
    }
    return Optional.empty();
  }

  private static Optional<CapacityAssessment> readCapacity(
      Reading r, Observation observation, String path) {
    CapacityAssessment.Builder assessment = new CapacityAssessment.Builder();
    r.id(observation.getIdentifier(), CAPACITY, CapacityAssessmentId::of, path + "/id")
        .ifPresent(assessment::id);
    party(r, observation, path + "/party").ifPresent(assessment::party);
    effective(r, observation, path + "/assessedAt").ifPresent(assessment::assessedAt);
    assessor(r, observation, path + "/assessor").ifPresent(assessment::assessor);
    if (observation.getValue() instanceof CodeableConcept value) {
      r.code(CapacityOutcome.class, value, path + "/outcome").ifPresent(assessment::outcome);
    } else {
      r.missing(path + "/outcome", "value");
    }
    List<Extension> ext = observation.getExtension();
    Optional<Extension> decision = Ext.one(ext, "capacity-decision");
    Optional<String> description =
        decision.flatMap(
            d -> r.stringExt(d.getExtension(), "description", path + "/decision/description"));
    if (description.isEmpty()) {
      r.missing(path + "/decision/description", "decision");
    } else {
      List<Extension> d = decision.get().getExtension();
      CapacityDecision.Builder built =
          new CapacityDecision.Builder().description(description.get());
      r.codeExt(d, "process-type", ProcessType.class, path + "/decision/processType")
          .ifPresent(built::processType);
      String counterparties = path + "/decision/counterparties";
      for (Reference ref : r.extValues(d, "counterparty", Reference.class, counterparties)) {
        r.party(ref, counterparties).ifPresent(built::addCounterparties);
      }
      assessment.decision(built.build());
    }
    FunctionalTest.Builder functional = new FunctionalTest.Builder();
    for (ObservationComponentComponent component : observation.getComponent()) {
      String limbSystem = CodeSystems.url(FunctionalLimb.class);
      if (component.getCode().getCoding().stream()
          .noneMatch(c -> limbSystem.equals(c.getSystem()))) {
        continue;
      }
      Optional<FunctionalLimb> limb =
          r.code(FunctionalLimb.class, component.getCode(), path + "/functional");
      if (limb.isEmpty()) {
        continue;
      }
      String at = path + "/functional/" + limbName(limb.get());
      if (!(component.getValue() instanceof CodeableConcept value)) {
        r.missing(at + "/ability", "ability");
        continue;
      }
      Optional<Ability> ability = r.code(Ability.class, value, at + "/ability");
      Optional<String> evidence = r.text(component.getExtension(), "evidence", at + "/evidence");
      if (ability.isPresent()) {
        LimbFinding found = LimbFinding.of(ability.get()).withEvidence(evidence);
        switch (limb.get()) {
          case UNDERSTAND -> functional.understand(found);
          case RETAIN -> functional.retain(found);
          case USE_OR_WEIGH -> functional.useOrWeigh(found);
          case COMMUNICATE -> functional.communicate(found);
        }
      }
    }
    assessment.functional(functional.build());
    assessment.relevantInformationProvided(
        finding(observation, AssessmentFinding.RELEVANT_INFORMATION_PROVIDED).orElse(false));
    assessment.impairmentIdentified(finding(observation, AssessmentFinding.IMPAIRMENT_IDENTIFIED));
    assessment.causalLinkEstablished(
        finding(observation, AssessmentFinding.CAUSAL_LINK_ESTABLISHED));
    assessment.fluctuating(finding(observation, AssessmentFinding.FLUCTUATING).orElse(false));
    assessment.notBasedSolelyOnStatus(
        finding(observation, AssessmentFinding.NOT_BASED_SOLELY_ON_STATUS).orElse(false));
    r.dateExt(ext, "reassess-by", path + "/reassessBy").ifPresent(assessment::reassessBy);
    r.text(ext, "reason-for-doubt", path + "/reasonForDoubt").ifPresent(assessment::reasonForDoubt);
    int n = 0;
    for (Extension x : Ext.all(ext, "practicable-step")) {
      String at = path + "/practicableSteps/" + n++;
      PracticableStepType type =
          r.requiredCodeExt(
              x.getExtension(),
              "type",
              PracticableStepType.class,
              at + "/type",
              PracticableStepType.values()[0]);
      assessment.addPracticableSteps(
          PracticableStep.of(type).withDetail(r.text(x.getExtension(), "detail", at + "/detail")));
    }
    r.text(ext, "impairment", path + "/impairment").ifPresent(assessment::impairment);
    r.text(ext, "causal-link-rationale", path + "/causalLinkRationale")
        .ifPresent(assessment::causalLinkRationale);
    r.codeExt(ext, "test-order", TestOrder.class, path + "/testOrder")
        .ifPresent(assessment::testOrder);
    return r.build(assessment::build, path);
  }

  private static Optional<CompetenceAssessment> readCompetence(
      Reading r, Observation observation, String path) {
    CompetenceAssessment.Builder assessment = new CompetenceAssessment.Builder();
    r.id(observation.getIdentifier(), COMPETENCE, CompetenceAssessmentId::of, path + "/id")
        .ifPresent(assessment::id);
    party(r, observation, path + "/party").ifPresent(assessment::party);
    effective(r, observation, path + "/assessedAt").ifPresent(assessment::assessedAt);
    assessor(r, observation, path + "/assessor").ifPresent(assessment::assessor);
    if (observation.getValue() instanceof CodeableConcept value) {
      r.code(CompetenceOutcome.class, value, path + "/outcome").ifPresent(assessment::outcome);
    } else {
      r.missing(path + "/outcome", "value");
    }
    r.codeExt(observation.getExtension(), "process-type", ProcessType.class, path + "/processType")
        .ifPresent(assessment::processType);
    assessment.understandsIssues(
        finding(observation, AssessmentFinding.UNDERSTANDS_ISSUES).orElse(false));
    assessment.understandsRisksAndOptions(
        finding(observation, AssessmentFinding.UNDERSTANDS_RISKS_AND_OPTIONS).orElse(false));
    assessment.canGiveReasons(
        finding(observation, AssessmentFinding.CAN_GIVE_REASONS).orElse(false));
    assessment.maturityConsidered(
        finding(observation, AssessmentFinding.MATURITY_CONSIDERED).orElse(false));
    r.note(observation.getNote(), path + "/notes").ifPresent(assessment::notes);
    return r.build(assessment::build, path);
  }
}
