package org.restorative.fhir;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentStatus;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskAssessmentId;
import org.restorative.core.assessment.RiskDomain;
import org.restorative.core.assessment.RiskLevel;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;
import org.restorative.core.rules.Pointer;

/**
 * Family B, risk assessments: each as a FHIR RiskAssessment. Its status is {@code preliminary}
 * while the assessment is in progress and {@code final} once completed; the period runs from its
 * start to its completion; the assessor is the performer. Each party's finding is a prediction: the
 * risk level as the qualitative risk, the risks as the rationale, the party and the strengths as
 * extensions. The subject, required in R4, is the first party assessed who is written as a Patient,
 * or a reference with a data-absent reason when none is.
 */
final class RiskAssessmentResources {

  private RiskAssessmentResources() {}

  static final String RISK_ASSESSMENT = "risk-assessment";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.riskAssessments().size(); i++) {
      writeAssessment(a, c.riskAssessments().get(i), Pointer.of("riskAssessments", i));
    }
  }

  /** The first of the parties written as a Patient, or a reference that says it is unknown. */
  static Reference subject(Assembly a, Collection<PartyId> parties) {
    Optional<PartyId> patient = a.firstPatient(parties);
    if (patient.isPresent()) {
      return a.party(patient.get());
    }
    Reference absent = new Reference();
    absent.addExtension(CaseResources.DATA_ABSENT_REASON, new CodeType("unknown"));
    return absent;
  }

  private static void writeAssessment(Assembly a, RiskAssessment assessment, String path) {
    org.hl7.fhir.r4.model.RiskAssessment resource = new org.hl7.fhir.r4.model.RiskAssessment();
    resource.addIdentifier(Assembly.identifier(RISK_ASSESSMENT, assessment.id().value()));
    resource.setStatus(
        assessment.status() == AssessmentStatus.COMPLETED
            ? RiskAssessmentStatus.FINAL
            : RiskAssessmentStatus.PRELIMINARY);
    resource.setSubject(subject(a, assessment.coveredParties()));
    Period period =
        new Period().setStartElement(Times.dateTime(assessment.startedAt(), path + "/startedAt"));
    assessment
        .completedAt()
        .ifPresent(t -> period.setEndElement(Times.dateTime(t, path + "/completedAt")));
    resource.setOccurrence(period);
    assessment
        .assessor()
        .ifPresent(f -> resource.setPerformer(a.reference(PartyResources.FACILITATOR, f.value())));
    List<Extension> ext = resource.getExtension();
    assessment.processTypes().forEach(t -> Ext.add(ext, "process-type", CodeSystems.coding(t)));
    for (AttendeeFinding finding : assessment.findings()) {
      RiskAssessmentPredictionComponent prediction = resource.addPrediction();
      Ext.add(prediction.getExtension(), "party", a.party(finding.party()));
      prediction.setQualitativeRisk(new CodeableConcept(CodeSystems.coding(finding.riskLevel())));
      finding.risks().ifPresent(prediction::setRationale);
      finding
          .strengths()
          .ifPresent(s -> Ext.add(prediction.getExtension(), "strengths", new StringType(s)));
    }
    assessment.domainsConsidered().forEach(d -> Ext.add(ext, "risk-domain", CodeSystems.coding(d)));
    assessment.outcome().ifPresent(o -> Ext.add(ext, "risk-outcome", CodeSystems.coding(o)));
    assessment.conditions().forEach(x -> Ext.add(ext, "condition", new StringType(x)));
    assessment
        .reviewBy()
        .ifPresent(d -> Ext.add(ext, "review-by", Times.date(d, path + "/reviewBy")));
    a.add(RISK_ASSESSMENT, assessment.id().value(), resource);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (org.hl7.fhir.r4.model.RiskAssessment resource :
        r.withId(
            org.hl7.fhir.r4.model.RiskAssessment.class,
            RISK_ASSESSMENT,
            org.hl7.fhir.r4.model.RiskAssessment::getIdentifier)) {
      readAssessment(r, resource, Pointer.of("riskAssessments", i++))
          .ifPresent(c::addRiskAssessments);
    }
  }

  private static Optional<RiskAssessment> readAssessment(
      Reading r, org.hl7.fhir.r4.model.RiskAssessment resource, String path) {
    List<Extension> ext = resource.getExtension();
    RiskAssessment.Builder assessment = new RiskAssessment.Builder();
    r.id(resource.getIdentifier(), RISK_ASSESSMENT, RiskAssessmentId::of, path + "/id")
        .ifPresent(assessment::id);
    if (resource.getStatus() == null) {
      r.missing(path + "/status", "status");
    } else if (resource.getStatus() == RiskAssessmentStatus.FINAL) {
      assessment.status(AssessmentStatus.COMPLETED);
    } else if (resource.getStatus() == RiskAssessmentStatus.PRELIMINARY) {
      assessment.status(AssessmentStatus.IN_PROGRESS);
    } else {
      r.problem(
          FhirProblemCode.FHIR_INVALID_VALUE,
          path + "/status",
          "the status is neither preliminary nor final");
    }
    if (resource.hasOccurrencePeriod()) {
      Period period = resource.getOccurrencePeriod();
      r.requiredInstant(period.getStartElement(), path + "/startedAt", "period")
          .ifPresent(assessment::startedAt);
      r.optionalInstant(period.getEndElement(), path + "/completedAt")
          .ifPresent(assessment::completedAt);
    } else {
      r.missing(path + "/startedAt", "period");
    }
    if (resource.hasPerformer()) {
      MeetingResources.facilitator(r, resource.getPerformer(), path + "/assessor")
          .ifPresent(assessment::assessor);
    }
    assessment.addAllProcessTypes(
        r.codeExts(ext, "process-type", ProcessType.class, path + "/processTypes"));
    int n = 0;
    for (RiskAssessmentPredictionComponent prediction : resource.getPrediction()) {
      String at = path + "/findings/" + n++;
      Optional<PartyId> party =
          MeetingResources.partyExt(r, prediction.getExtension(), "party", at + "/party");
      Optional<RiskLevel> level =
          r.code(RiskLevel.class, prediction.getQualitativeRisk(), at + "/riskLevel");
      if (party.isPresent() && level.isPresent()) {
        assessment.addFindings(
            new AttendeeFinding.Builder()
                .party(party.get())
                .riskLevel(level.get())
                .risks(Reading.value(prediction.getRationaleElement()))
                .strengths(r.stringExt(prediction.getExtension(), "strengths", at + "/strengths"))
                .build());
      }
    }
    assessment.addAllDomainsConsidered(
        r.codeExts(ext, "risk-domain", RiskDomain.class, path + "/domainsConsidered"));
    r.codeExt(ext, "risk-outcome", RiskOutcome.class, path + "/outcome")
        .ifPresent(assessment::outcome);
    for (StringType text : r.extValues(ext, "condition", StringType.class, path + "/conditions")) {
      assessment.addConditions(text.getValue());
    }
    r.dateExt(ext, "review-by", path + "/reviewBy").ifPresent(assessment::reviewBy);
    return r.build(assessment::build, path);
  }

  /** A logical reference to a part of the case that is no resource of its own: its identifier. */
  static Reference logical(String kind, String id) {
    return new Reference().setIdentifier(Assembly.identifier(kind, id));
  }

  /** The part a logical reference names, read with its id type's constructor. */
  static <T> Optional<T> logical(
      Reading r,
      Reference reference,
      String kind,
      java.util.function.Function<String, T> of,
      String path) {
    if (!reference.hasIdentifier()) {
      r.missing(path, kind + " identifier");
      return Optional.empty();
    }
    Identifier identifier = reference.getIdentifier();
    return r.id(List.of(identifier), kind, of, path);
  }
}
