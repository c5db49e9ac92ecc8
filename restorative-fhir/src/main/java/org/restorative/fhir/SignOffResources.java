package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Provenance;
import org.restorative.core.assessment.SignOffDecision;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.assessment.SignOffSubject;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Pointer;

/**
 * Family B, sign-offs: each case supervisor's sign-off as a FHIR Provenance targeting the
 * EpisodeOfCare, as the history's events do, and kept apart from them: its activity is what was
 * signed off (code system {@code sign-off-subject}, where an event's is a {@code case-event-type}),
 * and it names its id in a {@code sign-off-id} extension where an event names its own in {@code
 * event-id} (R4's Provenance has no identifier). A Provenance records who answered for an activity
 * and when, which is what a sign-off is; the supervisor is its agent, the moment signed its
 * recorded time, the decision and the notes the library's extensions.
 */
final class SignOffResources {

  private SignOffResources() {}

  static void write(Assembly a) {
    List<SupervisorSignOff> signOffs = a.restorativeCase().signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      writeSignOff(a, signOffs.get(i), Pointer.of("signOffs", i));
    }
  }

  private static void writeSignOff(Assembly a, SupervisorSignOff signOff, String path) {
    Provenance provenance = new Provenance();
    provenance.addTarget(a.reference(CaseResources.CASE, a.restorativeCase().id().value()));
    provenance.setRecordedElement(Times.instant(signOff.signedAt(), path + "/signedAt"));
    provenance
        .addAgent()
        .setWho(a.reference(PartyResources.PROFESSIONAL, signOff.supervisor().value()));
    provenance.setActivity(new CodeableConcept(CodeSystems.coding(signOff.subject())));
    List<Extension> ext = provenance.getExtension();
    Ext.add(
        ext, "sign-off-id", Assembly.identifier(ActionResources.SIGN_OFF, signOff.id().value()));
    Ext.add(ext, "decision", CodeSystems.coding(signOff.decision()));
    Ext.text(ext, "notes", signOff.notes());
    a.add(ActionResources.SIGN_OFF, signOff.id().value(), provenance);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (Provenance provenance : r.all(Provenance.class)) {
      if (Ext.one(provenance.getExtension(), "sign-off-id").isPresent()) {
        readSignOff(r, provenance, Pointer.of("signOffs", i++)).ifPresent(c::addSignOffs);
      }
    }
  }

  private static Optional<SupervisorSignOff> readSignOff(
      Reading r, Provenance provenance, String path) {
    List<Extension> ext = provenance.getExtension();
    SupervisorSignOff.Builder signOff = new SupervisorSignOff.Builder();
    r.identifierExt(ext, "sign-off-id", path + "/id")
        .flatMap(id -> r.id(List.of(id), ActionResources.SIGN_OFF, SignOffId::of, path + "/id"))
        .ifPresent(signOff::id);
    if (provenance.hasAgent() && provenance.getAgentFirstRep().hasWho()) {
      MeetingResources.professional(r, provenance.getAgentFirstRep().getWho(), path + "/supervisor")
          .ifPresent(signOff::supervisor);
    } else {
      r.missing(path + "/supervisor", "agent");
    }
    r.requiredInstant(provenance.getRecordedElement(), path + "/signedAt", "recorded")
        .ifPresent(signOff::signedAt);
    r.code(SignOffSubject.class, provenance.getActivity(), path + "/subject")
        .ifPresent(signOff::subject);
    signOff.decision(
        r.requiredCodeExt(
            ext,
            "decision",
            SignOffDecision.class,
            path + "/decision",
            SignOffDecision.NOT_APPROVED));
    r.text(ext, "notes", path + "/notes").ifPresent(signOff::notes);
    return r.build(signOff::build, path);
  }
}
