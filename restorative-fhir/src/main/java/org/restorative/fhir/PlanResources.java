package org.restorative.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.restorative.core.assessment.SafetyMeasure;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SafetyPlanId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.ConfidentialityTerms;
import org.restorative.core.outcome.Monitoring;
import org.restorative.core.outcome.MonitoringMethod;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.rules.Pointer;

/**
 * Family B, plans: each safety plan and each outcome agreement as a FHIR CarePlan with intent
 * {@code plan}, told apart by its category (code system {@code plan-kind}) and its identifier's
 * system. The meeting a plan belongs to is the CarePlan's encounter, a logical reference by the
 * meeting's identifier; the subject, required in R4, is the first party concerned who is written as
 * a Patient, or a reference with a data-absent reason. A safety plan's measures and an agreement's
 * party agreements, monitoring and confidentiality terms are the library's extensions: R4's
 * CarePlan activities need a status and a kind these do not have. An agreement a later one
 * supersedes is named by the later one's {@code replaces}.
 */
final class PlanResources {

  private PlanResources() {}

  static final String SAFETY_PLAN = "safety-plan";
  static final String AGREEMENT = "agreement";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.safetyPlans().size(); i++) {
      writeSafetyPlan(a, c, c.safetyPlans().get(i), Pointer.of("safetyPlans", i));
    }
    for (int i = 0; i < c.agreements().size(); i++) {
      writeAgreement(a, c.agreements().get(i), Pointer.of("agreements", i));
    }
  }

  private static CarePlan plan(PlanKind kind) {
    CarePlan plan = new CarePlan();
    plan.setIntent(CarePlanIntent.PLAN);
    plan.addCategory(new CodeableConcept(CodeSystems.coding(kind)));
    return plan;
  }

  /**
   * The CarePlan of an outcome agreement with what the ordinary and the pseudonymised Bundle share:
   * the category, the status and the exact status as the {@code agreement-status} extension.
   */
  static CarePlan agreement(AgreementStatus status) {
    CarePlan plan = plan(PlanKind.OUTCOME_AGREEMENT);
    plan.setStatus(status(status));
    Ext.add(plan.getExtension(), "agreement-status", CodeSystems.coding(status));
    return plan;
  }

  private static void writeSafetyPlan(
      Assembly a, RestorativeCase c, SafetyPlan safetyPlan, String path) {
    CarePlan plan = plan(PlanKind.SAFETY_PLAN);
    plan.addIdentifier(Assembly.identifier(SAFETY_PLAN, safetyPlan.id().value()));
    plan.setStatus(CarePlanStatus.ACTIVE);
    List<PartyId> attendees =
        c.meetings().stream()
            .filter(m -> m.id().equals(safetyPlan.meeting()))
            .findFirst()
            .map(Meeting::attendeeParties)
            .map(List::copyOf)
            .orElse(List.of());
    plan.setSubject(RiskAssessmentResources.subject(a, attendees));
    plan.setEncounter(
        RiskAssessmentResources.logical(MeetingResources.MEETING, safetyPlan.meeting().value()));
    plan.setCreatedElement(Times.dateTime(safetyPlan.agreedAt(), path + "/agreedAt"));
    safetyPlan
        .measures()
        .forEach(m -> Ext.add(plan.getExtension(), "safety-measure", CodeSystems.coding(m)));
    safetyPlan.notes().ifPresent(n -> plan.addNote().setText(n));
    a.add(SAFETY_PLAN, safetyPlan.id().value(), plan);
  }

  private static CarePlanStatus status(AgreementStatus status) {
    return switch (status) {
      case DRAFT -> CarePlanStatus.DRAFT;
      case AGREED, IN_MONITORING -> CarePlanStatus.ACTIVE;
      case COMPLETED, PARTIALLY_COMPLETED, NOT_COMPLETED -> CarePlanStatus.COMPLETED;
      case VARIED, SUPERSEDED -> CarePlanStatus.REVOKED;
    };
  }

  private static void writeAgreement(Assembly a, OutcomeAgreement agreement, String path) {
    CarePlan plan = agreement(agreement.status());
    plan.addIdentifier(Assembly.identifier(AGREEMENT, agreement.id().value()));
    List<Extension> ext = plan.getExtension();
    plan.setSubject(
        RiskAssessmentResources.subject(
            a, agreement.partyAgreements().stream().map(PartyAgreement::party).toList()));
    agreement
        .meeting()
        .ifPresent(
            m ->
                plan.setEncounter(
                    RiskAssessmentResources.logical(MeetingResources.MEETING, m.value())));
    agreement
        .process()
        .ifPresent(
            p ->
                Ext.add(
                    ext,
                    MeetingResources.PROCESS,
                    Assembly.identifier(MeetingResources.PROCESS, p.value())));
    plan.setCreatedElement(Times.dateTime(agreement.createdAt(), path + "/createdAt"));
    for (int j = 0; j < agreement.partyAgreements().size(); j++) {
      PartyAgreement party = agreement.partyAgreements().get(j);
      String at = path + "/partyAgreements/" + j + "/at";
      Extension x = Ext.complex(ext, "party-agreement");
      Ext.add(x.getExtension(), "party", a.party(party.party()));
      Ext.add(x.getExtension(), "agreed", new BooleanType(party.agreed()));
      party.method().ifPresent(m -> Ext.add(x.getExtension(), "method", CodeSystems.coding(m)));
      party.at().ifPresent(t -> Ext.add(x.getExtension(), "at", Times.dateTime(t, at)));
      party
          .signatureRef()
          .ifPresent(s -> Ext.add(x.getExtension(), "signature-ref", new StringType(s)));
      Ext.add(x.getExtension(), "freely-given", new BooleanType(party.freelyGiven()));
    }
    agreement
        .monitoring()
        .ifPresent(
            m -> {
              Extension x = Ext.complex(ext, "monitoring");
              Ext.add(x.getExtension(), "monitor", partyOrRole(a, m.monitor()));
              Ext.add(x.getExtension(), "method", CodeSystems.coding(m.method()));
              for (int k = 0; k < m.reviewDates().size(); k++) {
                Ext.add(
                    x.getExtension(),
                    "review-date",
                    Times.date(m.reviewDates().get(k), path + "/monitoring/reviewDates/" + k));
              }
            });
    agreement
        .confidentiality()
        .ifPresent(
            terms -> {
              Extension x = Ext.complex(ext, "confidentiality");
              terms.copiesTo().forEach(p -> Ext.add(x.getExtension(), "copies-to", a.party(p)));
              for (Recipient recipient : terms.mayBeSharedWith()) {
                Extension y = Ext.complex(x.getExtension(), "may-be-shared-with");
                Ext.add(y.getExtension(), "type", CodeSystems.coding(recipient.type()));
                recipient.party().ifPresent(p -> Ext.add(y.getExtension(), "party", a.party(p)));
                recipient
                    .organisation()
                    .ifPresent(o -> Ext.add(y.getExtension(), "organisation", new StringType(o)));
              }
              Ext.text(x.getExtension(), "note", terms.note());
            });
    agreement
        .questionSet()
        .ifPresent(
            q -> {
              Extension x = Ext.complex(ext, "question-set");
              Ext.add(x.getExtension(), "id", new StringType(q.id().value()));
              Ext.add(x.getExtension(), "version", new IntegerType(q.version()));
            });
    agreement
        .supersedes()
        .ifPresent(s -> plan.addReplaces(RiskAssessmentResources.logical(AGREEMENT, s.value())));
    agreement.notes().ifPresent(n -> plan.addNote().setText(n));
    a.add(AGREEMENT, agreement.id().value(), plan);
  }

  /** A party as a reference to its resource; a role, which names no one, as a display only. */
  static Reference partyOrRole(Assembly a, PartyOrRole who) {
    return who.party()
        .map(a::party)
        .orElseGet(() -> new Reference().setDisplay(who.role().orElseThrow()));
  }

  static Optional<PartyOrRole> partyOrRole(Reading r, Reference reference, String path) {
    if (Reading.has(reference.getReferenceElement_())) {
      return r.party(reference, path + "/party").map(PartyOrRole::party);
    }
    Optional<String> role = Reading.value(reference.getDisplayElement());
    if (role.isPresent()) {
      return Optional.of(PartyOrRole.role(role.get()));
    }
    r.missing(path, "party or role");
    return Optional.empty();
  }

  static Optional<PartyOrRole> partyOrRoleExt(
      Reading r, List<Extension> ext, String name, String path) {
    return r.referenceExt(ext, name, path).flatMap(reference -> partyOrRole(r, reference, path));
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int s = 0;
    int g = 0;
    for (CarePlan plan : r.all(CarePlan.class)) {
      if (Reading.idValue(plan.getIdentifier(), SAFETY_PLAN).isPresent()) {
        readSafetyPlan(r, plan, Pointer.of("safetyPlans", s++)).ifPresent(c::addSafetyPlans);
      } else if (Reading.idValue(plan.getIdentifier(), AGREEMENT).isPresent()) {
        readAgreement(r, plan, Pointer.of("agreements", g++)).ifPresent(c::addAgreements);
      }
    }
  }

  private static Optional<SafetyPlan> readSafetyPlan(Reading r, CarePlan plan, String path) {
    SafetyPlan.Builder safetyPlan = new SafetyPlan.Builder();
    r.id(plan.getIdentifier(), SAFETY_PLAN, SafetyPlanId::of, path + "/id")
        .ifPresent(safetyPlan::id);
    if (plan.hasEncounter()) {
      RiskAssessmentResources.logical(
              r, plan.getEncounter(), MeetingResources.MEETING, MeetingId::of, path + "/meeting")
          .ifPresent(safetyPlan::meeting);
    } else {
      r.missing(path + "/meeting", "encounter");
    }
    created(r, plan, path + "/agreedAt").ifPresent(safetyPlan::agreedAt);
    safetyPlan.addAllMeasures(
        r.codeExts(plan.getExtension(), "safety-measure", SafetyMeasure.class, path + "/measures"));
    r.note(plan.getNote(), path + "/notes").ifPresent(safetyPlan::notes);
    return r.build(safetyPlan::build, path);
  }

  private static Optional<Instant> created(Reading r, CarePlan plan, String path) {
    return r.requiredInstant(plan.getCreatedElement(), path, "time created");
  }

  private static Optional<OutcomeAgreement> readAgreement(Reading r, CarePlan plan, String path) {
    List<Extension> ext = plan.getExtension();
    OutcomeAgreement.Builder agreement = new OutcomeAgreement.Builder();
    r.id(plan.getIdentifier(), AGREEMENT, AgreementId::of, path + "/id").ifPresent(agreement::id);
    agreement.status(
        r.requiredCodeExt(
            ext,
            "agreement-status",
            AgreementStatus.class,
            path + "/status",
            AgreementStatus.DRAFT));
    if (plan.hasEncounter()) {
      RiskAssessmentResources.logical(
              r, plan.getEncounter(), MeetingResources.MEETING, MeetingId::of, path + "/meeting")
          .ifPresent(agreement::meeting);
    }
    if (Ext.one(ext, MeetingResources.PROCESS).isPresent()) {
      MeetingResources.process(r, ext, path + "/process").ifPresent(agreement::process);
    }
    created(r, plan, path + "/createdAt").ifPresent(agreement::createdAt);
    int n = 0;
    for (Extension x : Ext.all(ext, "party-agreement")) {
      String at = path + "/partyAgreements/" + n++;
      List<Extension> parts = x.getExtension();
      Optional<PartyId> party = MeetingResources.partyExt(r, parts, "party", at + "/party");
      PartyAgreement.Builder one =
          new PartyAgreement.Builder()
              .agreed(r.boolExt(parts, "agreed", at + "/agreed"))
              .freelyGiven(r.boolExt(parts, "freely-given", at + "/freelyGiven"))
              .signatureRef(r.stringExt(parts, "signature-ref", at + "/signatureRef"));
      r.codeExt(parts, "method", ConsentMethod.class, at + "/method").ifPresent(one::method);
      r.instantExt(parts, "at", at + "/at").ifPresent(one::at);
      if (party.isPresent()) {
        one.party(party.get());
        r.build(one::build, at).ifPresent(agreement::addPartyAgreements);
      }
    }
    Optional<Extension> monitoring = Ext.one(ext, "monitoring");
    if (monitoring.isPresent()) {
      List<Extension> parts = monitoring.get().getExtension();
      String at = path + "/monitoring";
      Optional<PartyOrRole> monitor = partyOrRoleExt(r, parts, "monitor", at + "/monitor");
      Optional<MonitoringMethod> method =
          r.codeExt(parts, "method", MonitoringMethod.class, at + "/method");
      Monitoring.Builder m = new Monitoring.Builder();
      for (Type date : r.extValues(parts, "review-date", Type.class, at + "/reviewDates")) {
        r.date(date, at + "/reviewDates").ifPresent(m::addReviewDates);
      }
      if (monitor.isPresent() && method.isPresent()) {
        r.build(m.monitor(monitor.get()).method(method.get())::build, at)
            .ifPresent(agreement::monitoring);
      } else {
        r.missing(at, "monitor or method");
      }
    }
    Optional<Extension> confidentiality = Ext.one(ext, "confidentiality");
    if (confidentiality.isPresent()) {
      List<Extension> parts = confidentiality.get().getExtension();
      String at = path + "/confidentiality";
      ConfidentialityTerms.Builder terms = new ConfidentialityTerms.Builder();
      for (Reference reference :
          r.extValues(parts, "copies-to", Reference.class, at + "/copiesTo")) {
        r.party(reference, at + "/copiesTo").ifPresent(terms::addCopiesTo);
      }
      int k = 0;
      for (Extension shared : Ext.all(parts, "may-be-shared-with")) {
        String where = at + "/mayBeSharedWith/" + k++;
        List<Extension> y = shared.getExtension();
        Optional<RecipientType> type = r.codeExt(y, "type", RecipientType.class, where + "/type");
        if (type.isEmpty()) {
          r.missing(where + "/type", "code");
        } else if (type.get() == RecipientType.PARTY) {
          MeetingResources.partyExt(r, y, "party", where + "/party")
              .ifPresent(p -> terms.addMayBeSharedWith(Recipient.party(p)));
        } else {
          Optional<String> organisation = r.stringExt(y, "organisation", where + "/organisation");
          if (organisation.isPresent()) {
            terms.addMayBeSharedWith(Recipient.organisation(type.get(), organisation.get()));
          } else {
            r.missing(where + "/organisation", "recipient organisation");
          }
        }
      }
      r.text(parts, "note", at + "/note").ifPresent(terms::note);
      r.build(terms::build, at).ifPresent(agreement::confidentiality);
    }
    Optional<Extension> questionSet = Ext.one(ext, "question-set");
    if (questionSet.isPresent()) {
      List<Extension> parts = questionSet.get().getExtension();
      Optional<String> id = r.stringExt(parts, "id", path + "/questionSet/id");
      Optional<IntegerType> version =
          r.extValue(parts, "version", IntegerType.class, path + "/questionSet/version");
      if (id.isPresent() && version.isPresent()) {
        int v = version.get().getValue();
        Optional<QuestionSetRef> ref =
            r.parse(id.get(), value -> QuestionSetRef.of(value, v), path + "/questionSet");
        ref.ifPresent(agreement::questionSet);
      } else if (Ext.one(parts, "id").isEmpty() || Ext.one(parts, "version").isEmpty()) {
        r.missing(path + "/questionSet", "question set's id or version");
      }
    }
    if (plan.hasReplaces()) {
      RiskAssessmentResources.logical(
              r, plan.getReplacesFirstRep(), AGREEMENT, AgreementId::of, path + "/supersedes")
          .ifPresent(agreement::supersedes);
    }
    r.note(plan.getNote(), path + "/notes").ifPresent(agreement::notes);
    return r.build(agreement::build, path);
  }
}
