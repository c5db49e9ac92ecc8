package org.restorative.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.ReferralSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmId;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.rules.Pointer;

/**
 * Family A, the case itself: the case as an EpisodeOfCare (its id, stage, referral, pause, closure
 * and links to a reopened case) and its history as one Provenance per event, in order.
 *
 * <p>EpisodeOfCare's status is the nearest FHIR status of the stage (planned at referral, on hold
 * while paused, finished once closed, active otherwise); the exact stage is the {@code case-stage}
 * extension. EpisodeOfCare needs a patient: the first party harmed who is written as a Patient,
 * else the first Patient; with none, the reference carries only the data-absent-reason extension.
 */
final class CaseResources {

  private CaseResources() {}

  static final String CASE = "case";
  static final String EVENT = "event";
  static final String DATA_ABSENT_REASON =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    EpisodeOfCare episode = new EpisodeOfCare();
    episode.addIdentifier(Assembly.identifier(CASE, c.id().value()));
    episode.setStatus(status(c.stage()));
    List<Extension> ext = episode.getExtension();
    Ext.add(ext, "case-stage", CodeSystems.coding(c.stage()));
    episode.setPatient(patient(a, c));
    Referral referral = c.referral();
    episode
        .getPeriod()
        .setStartElement(Times.dateTime(referral.receivedAt(), "/referral/receivedAt"));
    Ext.add(ext, "referral-source", CodeSystems.coding(referral.source()));
    referral
        .harms()
        .forEach(h -> Ext.add(ext, "referral-harm", a.reference(HarmResources.HARM, h.value())));
    referral
        .acceptedAt()
        .ifPresent(
            t -> Ext.add(ext, "referral-accepted-at", Times.dateTime(t, "/referral/acceptedAt")));
    referral.caseOwner().ifPresent(o -> episode.setCareManager(Assembly.actor(o)));
    Ext.text(ext, "referral-notes", referral.notes());
    c.pause()
        .ifPresent(
            pause -> {
              Extension p = Ext.complex(ext, "pause");
              Ext.add(p.getExtension(), "paused-from", CodeSystems.coding(pause.pausedFrom()));
              Ext.add(p.getExtension(), "reason", CodeSystems.coding(pause.reason()));
              Ext.add(p.getExtension(), "since", Times.dateTime(pause.since(), "/pause/since"));
              pause
                  .reviewOn()
                  .ifPresent(
                      d ->
                          Ext.add(p.getExtension(), "review-on", Times.date(d, "/pause/reviewOn")));
            });
    c.closure()
        .ifPresent(
            closure -> {
              episode
                  .getPeriod()
                  .setEndElement(Times.dateTime(closure.closedAt(), "/closure/closedAt"));
              Extension p = Ext.complex(ext, "closure");
              Ext.add(
                  p.getExtension(),
                  "closed-at",
                  Times.dateTime(closure.closedAt(), "/closure/closedAt"));
              closure
                  .notProceedingReason()
                  .ifPresent(
                      r ->
                          Ext.add(
                              p.getExtension(), "not-proceeding-reason", CodeSystems.coding(r)));
              Ext.text(p.getExtension(), "summary", closure.summary());
            });
    c.reopenedFrom()
        .ifPresent(id -> Ext.add(ext, "reopened-from", Assembly.identifier(CASE, id.value())));
    c.reopenedAs()
        .ifPresent(id -> Ext.add(ext, "reopened-as", Assembly.identifier(CASE, id.value())));
    a.addCase(c.id().value(), episode);
  }

  /** The history, one Provenance per event in order; written last, after what it is about. */
  static void writeHistory(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.history().size(); i++) {
      writeEvent(a, c.history().get(i), Pointer.of("history", i));
    }
  }

  static EpisodeOfCareStatus status(Stage stage) {
    if (stage == Stage.REFERRAL) {
      return EpisodeOfCareStatus.PLANNED;
    }
    if (stage == Stage.PAUSED) {
      return EpisodeOfCareStatus.ONHOLD;
    }
    return stage.isClosed() ? EpisodeOfCareStatus.FINISHED : EpisodeOfCareStatus.ACTIVE;
  }

  private static Reference patient(Assembly a, RestorativeCase c) {
    List<PartyId> harmed = new ArrayList<>();
    for (Harm harm : c.harms()) {
      harmed.addAll(harm.harmedParties());
    }
    c.parties().stream()
        .filter(p -> p.role().name().startsWith("PERSON_HARMED"))
        .map(Party::id)
        .forEach(harmed::add);
    c.parties().stream().map(Party::id).forEach(harmed::add);
    return a.firstPatient(harmed).map(a::party).orElseGet(() -> absent("not-applicable"));
  }

  /** A reference that names no one, with the data-absent reason ({@code masked}, ...) why not. */
  static Reference absent(String reason) {
    Reference absent = new Reference();
    absent.addExtension(DATA_ABSENT_REASON, new CodeType(reason));
    return absent;
  }

  private static void writeEvent(Assembly a, CaseEvent event, String path) {
    Provenance provenance = new Provenance();
    provenance.addTarget(a.reference(CASE, a.restorativeCase().id().value()));
    provenance.setRecordedElement(Times.instant(event.at(), path + "/at"));
    provenance.addAgent().setWho(Assembly.actor(event.by()));
    provenance.getActivity().addCoding(CodeSystems.coding(event.type()));
    List<Extension> ext = provenance.getExtension();
    Ext.add(ext, "event-id", Assembly.identifier(EVENT, event.id().value()));
    event.fromStage().ifPresent(s -> Ext.add(ext, "from-stage", CodeSystems.coding(s)));
    event.toStage().ifPresent(s -> Ext.add(ext, "to-stage", CodeSystems.coding(s)));
    event.pauseReason().ifPresent(r -> Ext.add(ext, "pause-reason", CodeSystems.coding(r)));
    event
        .notProceedingReason()
        .ifPresent(r -> Ext.add(ext, "not-proceeding-reason", CodeSystems.coding(r)));
    event.party().ifPresent(p -> Ext.add(ext, "party", a.party(p)));
    Ext.text(ext, "note", event.note());
    a.add(EVENT, event.id().value(), provenance);
  }

  // Reading.

  static Optional<EpisodeOfCare> episode(Reading r) {
    return r.withId(EpisodeOfCare.class, CASE, EpisodeOfCare::getIdentifier).stream().findFirst();
  }

  static void read(Reading r, EpisodeOfCare episode, RestorativeCase.Builder c) {
    List<Extension> ext = episode.getExtension();
    r.id(episode.getIdentifier(), CASE, CaseId::of, "/id").ifPresent(c::id);
    c.stage(r.requiredCodeExt(ext, "case-stage", Stage.class, "/stage", Stage.REFERRAL));
    Referral.Builder referral = new Referral.Builder();
    r.requiredInstant(episode.getPeriod().getStartElement(), "/referral/receivedAt", "period start")
        .ifPresent(referral::receivedAt);
    referral.source(
        r.requiredCodeExt(
            ext,
            "referral-source",
            ReferralSource.class,
            "/referral/source",
            ReferralSource.CLINICAL_TEAM));
    for (Reference ref : r.extValues(ext, "referral-harm", Reference.class, "/referral/harms")) {
      r.target(ref, HarmResources.HARM, HarmResources::identifiers, HarmId::of, "/referral/harms")
          .ifPresent(referral::addHarms);
    }
    r.instantExt(ext, "referral-accepted-at", "/referral/acceptedAt")
        .ifPresent(referral::acceptedAt);
    if (episode.hasCareManager()) {
      r.actor(episode.getCareManager(), "/referral/caseOwner").ifPresent(referral::caseOwner);
    }
    r.text(ext, "referral-notes", "/referral/notes").ifPresent(referral::notes);
    if (!r.hasErrors()) {
      c.referral(referral.build());
    }
    Ext.one(ext, "pause").ifPresent(p -> readPause(r, p.getExtension()).ifPresent(c::pause));
    Ext.one(ext, "closure").ifPresent(p -> readClosure(r, p.getExtension()).ifPresent(c::closure));
    caseId(r, ext, "reopened-from", "/reopenedFrom").ifPresent(c::reopenedFrom);
    caseId(r, ext, "reopened-as", "/reopenedAs").ifPresent(c::reopenedAs);

    int i = 0;
    for (Provenance provenance : r.all(Provenance.class)) {
      if (Ext.one(provenance.getExtension(), "event-id").isPresent()) {
        readEvent(r, provenance, Pointer.of("history", i++)).ifPresent(c::addHistory);
      }
    }
  }

  private static Optional<CaseId> caseId(Reading r, List<Extension> ext, String name, String path) {
    return r.identifierExt(ext, name, path)
        .flatMap(id -> r.id(List.of(id), CASE, CaseId::of, path));
  }

  private static Optional<Pause> readPause(Reading r, List<Extension> ext) {
    Pause.Builder pause = new Pause.Builder();
    pause.pausedFrom(
        r.requiredCodeExt(ext, "paused-from", Stage.class, "/pause/pausedFrom", Stage.REFERRAL));
    pause.reason(
        r.requiredCodeExt(
            ext, "reason", PauseReason.class, "/pause/reason", PauseReason.values()[0]));
    Optional<java.time.Instant> since = r.instantExt(ext, "since", "/pause/since");
    if (since.isEmpty()) {
      r.missing("/pause/since", "since");
      return Optional.empty();
    }
    pause.since(since.get());
    r.dateExt(ext, "review-on", "/pause/reviewOn").ifPresent(pause::reviewOn);
    return r.build(pause::build, "/pause");
  }

  private static Optional<Closure> readClosure(Reading r, List<Extension> ext) {
    Closure.Builder closure = new Closure.Builder();
    Optional<java.time.Instant> at = r.instantExt(ext, "closed-at", "/closure/closedAt");
    if (at.isEmpty()) {
      r.missing("/closure/closedAt", "closed-at");
      return Optional.empty();
    }
    closure.closedAt(at.get());
    r.codeExt(
            ext, "not-proceeding-reason", NotProceedingReason.class, "/closure/notProceedingReason")
        .ifPresent(closure::notProceedingReason);
    r.text(ext, "summary", "/closure/summary").ifPresent(closure::summary);
    return r.build(closure::build, "/closure");
  }

  private static Optional<CaseEvent> readEvent(Reading r, Provenance provenance, String path) {
    List<Extension> ext = provenance.getExtension();
    CaseEvent.Builder event = new CaseEvent.Builder();
    r.identifierExt(ext, "event-id", path + "/id")
        .flatMap(id -> r.id(List.of(id), EVENT, EventId::of, path + "/id"))
        .ifPresent(event::id);
    r.requiredInstant(provenance.getRecordedElement(), path + "/at", "recorded")
        .ifPresent(event::at);
    if (provenance.hasAgent()) {
      r.actor(provenance.getAgentFirstRep().getWho(), path + "/by").ifPresent(event::by);
    } else {
      r.missing(path + "/by", "agent");
    }
    r.code(CaseEventType.class, provenance.getActivity(), path + "/type").ifPresent(event::type);
    r.codeExt(ext, "from-stage", Stage.class, path + "/from").ifPresent(event::fromStage);
    r.codeExt(ext, "to-stage", Stage.class, path + "/to").ifPresent(event::toStage);
    r.codeExt(ext, "pause-reason", PauseReason.class, path + "/pauseReason")
        .ifPresent(event::pauseReason);
    r.codeExt(
            ext, "not-proceeding-reason", NotProceedingReason.class, path + "/notProceedingReason")
        .ifPresent(event::notProceedingReason);
    r.referenceExt(ext, "party", path + "/party")
        .flatMap(ref -> r.party(ref, path + "/party"))
        .ifPresent(event::party);
    r.text(ext, "note", path + "/note").ifPresent(event::note);
    return r.build(event::build, path);
  }
}
