package org.restorative.fhir;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.AdverseEvent.AdverseEventActuality;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.restorative.core.party.PartyRole;
import org.restorative.core.privacy.PseudonymisedAction;
import org.restorative.core.privacy.PseudonymisedAgreement;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.PseudonymisedEvaluation;
import org.restorative.core.privacy.PseudonymisedHarm;
import org.restorative.core.privacy.PseudonymisedMeeting;
import org.restorative.core.privacy.PseudonymisedParty;
import org.restorative.core.privacy.PseudonymisedProcess;
import org.restorative.core.rules.Pointer;

/**
 * Core's pseudonymised view of a case as a FHIR Bundle of type {@code collection}, in the ordinary
 * Bundle's resources and with its mapping classes' code: the case as an EpisodeOfCare, each party
 * as a Patient (a supporter or representative of a person as a RelatedPerson), each harm as an
 * AdverseEvent, each process as a Procedure, each meeting as an Encounter, each outcome agreement
 * as a CarePlan, each action as a Task and each evaluation as a QuestionnaireResponse of the
 * evaluation form — with keyed pseudonyms as identifiers (system {@code
 * urn:restorative:fhir:id:pseudonym}), months ({@code YYYY-MM}, a FHIR dateTime of month precision)
 * instead of moments, and no names, dates of birth or free text: only what the view holds. A
 * party's Mental Health Act section and whether they are a restricted patient are the ordinary
 * Bundle's {@code mental-health-act} extension, without the parts the view does not hold (since
 * when, whether the order names the unit).
 *
 * <p>Where R4 requires an element the view does not hold, the Bundle says so rather than filling it
 * with something else. A Procedure's and a CarePlan's subject, required in R4, carry only the
 * data-absent reason {@code masked}: the view keeps no participants of a process and no party
 * agreements. The view's processes, meetings, agreements, actions and evaluations have no id of
 * their own, so their resources have no identifier (their full URLs are by position); a meeting's
 * facilitators, whom the view holds only as pseudonyms, are logical references
 * (Reference.identifier) to Practitioners; an action's owner is a party's resource or the post as a
 * display, and names no agreement, which the view does not link it to.
 *
 * <p>The Bundle carries the security label {@code PSEUDED}, and its EpisodeOfCare the view's notice
 * that it is still personal data under UK GDPR (extension {@code notice}). The view's history is
 * named there as not carried (extension {@code not-carried}, a JSON Pointer into the pseudonymised
 * form, {@code /history/N}): the ordinary Bundle's history is Provenance, whose {@code recorded} is
 * an R4 instant — to the second, with a time zone — and whose agent's {@code who} is required; the
 * view holds only the event's month and no actor, and a month written as an instant would state a
 * moment that never happened.
 */
final class PseudonymisedBundle {

  private PseudonymisedBundle() {}

  /** The identifier system of pseudonyms: {@code urn:restorative:fhir:id:pseudonym}. */
  static final String PSEUDONYM = "pseudonym";

  /** The data-absent reason of an element the view withholds. */
  private static final String MASKED = "masked";

  static final String SECURITY_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

  static Bundle of(PseudonymisedCase view) {
    Bundle bundle = new Bundle().setType(BundleType.COLLECTION);
    bundle.setIdentifier(Assembly.identifier(PSEUDONYM, view.casePseudonym()));
    bundle.getMeta().addSecurity(SECURITY_SYSTEM, "PSEUDED", "pseudonymized");
    Map<String, Boolean> isPatient = new HashMap<>();
    for (PseudonymisedParty party : view.parties()) {
      isPatient.put(party.pseudonym(), !isRelatedPerson(party, view));
    }

    EpisodeOfCare episode = new EpisodeOfCare();
    episode.addIdentifier(Assembly.identifier(PSEUDONYM, view.casePseudonym()));
    episode.setStatus(CaseResources.status(view.stage()));
    Ext.add(episode.getExtension(), "case-stage", CodeSystems.coding(view.stage()));
    episode.getPeriod().setStartElement(Times.month(view.referredIn(), "/referredIn"));
    Optional<PseudonymisedParty> patient =
        view.parties().stream()
            .filter(p -> isPatient.getOrDefault(p.pseudonym(), false))
            .filter(p -> p.role().name().startsWith("PERSON_HARMED"))
            .findFirst()
            .or(
                () ->
                    view.parties().stream()
                        .filter(p -> isPatient.getOrDefault(p.pseudonym(), false))
                        .findFirst());
    episode.setPatient(
        patient
            .map(p -> reference(view, p.pseudonym()))
            .orElseGet(() -> CaseResources.absent("not-applicable")));
    add(bundle, view, "case", view.casePseudonym(), episode);

    for (PseudonymisedParty party : view.parties()) {
      Resource resource;
      List<Extension> ext;
      Identifier identifier = Assembly.identifier(PSEUDONYM, party.pseudonym());
      if (isPatient.getOrDefault(party.pseudonym(), false)) {
        Patient p = new Patient();
        p.addIdentifier(identifier);
        ext = p.getExtension();
        party
            .principal()
            .ifPresent(x -> Ext.add(p.getExtension(), "principal", reference(view, x)));
        resource = p;
      } else {
        RelatedPerson p = new RelatedPerson();
        p.addIdentifier(identifier);
        p.setPatient(reference(view, party.principal().orElseThrow()));
        ext = p.getExtension();
        resource = p;
      }
      Ext.add(ext, "party-role", CodeSystems.coding(party.role()));
      Ext.add(ext, "person-type", CodeSystems.coding(party.personType()));
      party.ageBand().ifPresent(b -> Ext.add(ext, "age-band", CodeSystems.coding(b)));
      party.mhaSection().ifPresent(s -> MentalHealthActExtension.write(ext, s, party.restricted()));
      party.careContext().ifPresent(c -> Ext.add(ext, "care-context", CodeSystems.coding(c)));
      party
          .communicationNeeds()
          .forEach(n -> Ext.add(ext, "communication-need", CodeSystems.coding(n)));
      party
          .vulnerabilityFlags()
          .forEach(f -> Ext.add(ext, "vulnerability-flag", CodeSystems.coding(f)));
      add(bundle, view, "party", party.pseudonym(), resource);
    }

    for (int i = 0; i < view.harms().size(); i++) {
      PseudonymisedHarm harm = view.harms().get(i);
      AdverseEvent event = new AdverseEvent();
      event.setActuality(AdverseEventActuality.ACTUAL);
      event.setSubject(CaseResources.absent(MASKED));
      harm.types().forEach(t -> event.addCategory(new CodeableConcept(CodeSystems.coding(t))));
      event.setDateElement(Times.month(harm.occurredIn(), Pointer.of("harms", i, "occurredIn")));
      List<Extension> ext = event.getExtension();
      Ext.add(ext, "setting", CodeSystems.coding(harm.setting()));
      Ext.add(ext, "harm-context", CodeSystems.coding(harm.context()));
      if (harm.severityScale().isPresent()) {
        Extension severity = Ext.complex(ext, "severity");
        Ext.add(severity.getExtension(), "scale", CodeSystems.coding(harm.severityScale().get()));
        harm.severityGrade()
            .ifPresent(g -> Ext.add(severity.getExtension(), "grade", new StringType(g)));
      }
      harm.sensitiveFlags().forEach(f -> Ext.add(ext, "sensitive-flag", CodeSystems.coding(f)));
      Ext.add(ext, "legal-status", CodeSystems.coding(harm.legalStatus()));
      add(bundle, view, "harm", Integer.toString(i), event);
    }

    for (int i = 0; i < view.processes().size(); i++) {
      PseudonymisedProcess process = view.processes().get(i);
      Procedure procedure =
          ProcessResources.procedure(process.type(), process.status(), process.medium());
      procedure.setSubject(CaseResources.absent(MASKED));
      procedure.setPerformed(
          new Period()
              .setStartElement(
                  Times.month(process.chosenIn(), Pointer.of("processes", i, "chosenIn"))));
      add(bundle, view, "process", Integer.toString(i), procedure);
    }

    for (int i = 0; i < view.meetings().size(); i++) {
      PseudonymisedMeeting meeting = view.meetings().get(i);
      Encounter encounter =
          MeetingResources.encounter(meeting.status(), meeting.venueType(), meeting.medium());
      encounter.addEpisodeOfCare(new Reference(fullUrl(view, "case", view.casePseudonym())));
      String at = Pointer.of("meetings", i, "month");
      meeting.month().ifPresent(m -> encounter.getPeriod().setStartElement(Times.month(m, at)));
      meeting.attendees().stream()
          .filter(p -> isPatient.getOrDefault(p, false))
          .findFirst()
          .ifPresent(p -> encounter.setSubject(reference(view, p)));
      for (String attendee : meeting.attendees()) {
        Extension x = Ext.complex(encounter.getExtension(), "attendee");
        Ext.add(x.getExtension(), "party", reference(view, attendee));
      }
      for (String facilitator : meeting.facilitators()) {
        encounter
            .addParticipant()
            .setIndividual(
                new Reference()
                    .setType("Practitioner")
                    .setIdentifier(Assembly.identifier(PSEUDONYM, facilitator)));
      }
      add(bundle, view, "meeting", Integer.toString(i), encounter);
    }

    for (int i = 0; i < view.agreements().size(); i++) {
      PseudonymisedAgreement agreement = view.agreements().get(i);
      CarePlan plan = PlanResources.agreement(agreement.status());
      plan.setSubject(CaseResources.absent(MASKED));
      plan.setCreatedElement(Times.month(agreement.month(), Pointer.of("agreements", i, "month")));
      add(bundle, view, "agreement", Integer.toString(i), plan);
    }

    for (int i = 0; i < view.actions().size(); i++) {
      PseudonymisedAction action = view.actions().get(i);
      Task task = ActionResources.task(action.type(), action.status());
      action.ownerPseudonym().ifPresent(p -> task.setOwner(reference(view, p)));
      action.ownerRole().ifPresent(r -> task.setOwner(new Reference().setDisplay(r)));
      add(bundle, view, "action", Integer.toString(i), task);
    }

    for (int i = 0; i < view.evaluations().size(); i++) {
      PseudonymisedEvaluation evaluation = view.evaluations().get(i);
      QuestionnaireResponse response =
          QuestionnaireResources.evaluation(
              reference(view, evaluation.party()),
              evaluation.uptake(),
              evaluation.role(),
              evaluation.completedProcess(),
              evaluation.satisfaction(),
              evaluation.wouldRecommend(),
              evaluation.feltAfter());
      add(bundle, view, "evaluation", Integer.toString(i), response);
    }

    List<Extension> caseExt = episode.getExtension();
    Ext.add(caseExt, "notice", new StringType(PseudonymisedCase.NOTICE));
    notCarried(caseExt, "history", view.history().size());
    return bundle;
  }

  private static boolean isRelatedPerson(PseudonymisedParty party, PseudonymisedCase view) {
    if (party.principal().isEmpty() || !party.role().needsPrincipal()) {
      return false;
    }
    String principal = party.principal().get();
    return view.parties().stream()
        .anyMatch(
            p ->
                p.pseudonym().equals(principal)
                    && p.role() != PartyRole.ORGANISATION
                    && !p.role().needsPrincipal());
  }

  /** Names each part of a list as not carried, by its JSON Pointer into the pseudonymised form. */
  private static void notCarried(List<Extension> ext, String list, int size) {
    for (int i = 0; i < size; i++) {
      Ext.add(ext, Assembly.NOT_CARRIED, new StringType(Pointer.of(list, i)));
    }
  }

  private static String fullUrl(PseudonymisedCase view, String kind, String id) {
    String name = view.casePseudonym() + "\u0000pseudonymised\u0000" + kind + "\u0000" + id;
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private static Reference reference(PseudonymisedCase view, String pseudonym) {
    return new Reference(fullUrl(view, "party", pseudonym));
  }

  private static void add(
      Bundle bundle, PseudonymisedCase view, String kind, String id, Resource resource) {
    bundle.addEntry().setFullUrl(fullUrl(view, kind, id)).setResource(resource);
  }
}
