package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.process.Medium;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.rules.Pointer;

/**
 * Family B, processes: each restorative process chosen for the case as a FHIR Procedure, and each
 * preparation contact as an Encounter.
 *
 * <p>R4 defines a Procedure as an action performed on, with, by or for a patient, counselling among
 * its examples: the nearest resource to a restorative process, which the parties take part in. Its
 * code is the process type (code system {@code process-type}); its status is the process's status,
 * one to one ({@code PLANNED} preparation, {@code IN_PROGRESS} in-progress, {@code CONCLUDED}
 * completed, {@code HALTED} stopped); its performed period runs from the moment the process was
 * chosen, its preparation being part of it, to its end; its performers are the participants, since
 * R4's Procedure.performer takes a Patient, a RelatedPerson or an Organization
 * (Encounter.participant takes none of them). A CarePlan would record an intention, not the process
 * and how it ended; a Basic would lose the status, period and performers. The subject, required in
 * R4, is the first participant written as a Patient; a process between members of staff has no
 * patient, and the reference then carries only a data-absent reason, as the EpisodeOfCare's does.
 *
 * <p>A preparation contact is a contact between a facilitator and one participant, as a meeting is
 * between several: an Encounter, told apart from meetings by its identifier's system. Its class,
 * required in R4, is the medium (code system {@code medium}: R4's classes are care settings, none
 * of which says a telephone call or a letter); it is finished, being recorded once it took place;
 * the facilitator is the participant, and the party the {@code party} extension and, when written
 * as a Patient, the subject.
 */
final class ProcessResources {

  private ProcessResources() {}

  static final String PREPARATION_CONTACT = "preparation-contact";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.processes().size(); i++) {
      writeProcess(a, c.processes().get(i), Pointer.of("processes", i));
    }
    for (int i = 0; i < c.preparationContacts().size(); i++) {
      writeContact(a, c.preparationContacts().get(i), Pointer.of("preparationContacts", i));
    }
  }

  private static ProcedureStatus status(ProcessStatus status) {
    return switch (status) {
      case PLANNED -> ProcedureStatus.PREPARATION;
      case IN_PROGRESS -> ProcedureStatus.INPROGRESS;
      case CONCLUDED -> ProcedureStatus.COMPLETED;
      case HALTED -> ProcedureStatus.STOPPED;
    };
  }

  private static Optional<ProcessStatus> status(ProcedureStatus status) {
    return switch (status) {
      case PREPARATION -> Optional.of(ProcessStatus.PLANNED);
      case INPROGRESS -> Optional.of(ProcessStatus.IN_PROGRESS);
      case COMPLETED -> Optional.of(ProcessStatus.CONCLUDED);
      case STOPPED -> Optional.of(ProcessStatus.HALTED);
      default -> Optional.empty();
    };
  }

  /**
   * The Procedure of a process with what the ordinary and the pseudonymised Bundle share: the type
   * as code, the status and the medium.
   */
  static Procedure procedure(ProcessType type, ProcessStatus status, Medium medium) {
    Procedure procedure = new Procedure();
    procedure.setStatus(status(status));
    procedure.setCode(new CodeableConcept(CodeSystems.coding(type)));
    Ext.add(procedure.getExtension(), "medium", CodeSystems.coding(medium));
    return procedure;
  }

  private static void writeProcess(Assembly a, RestorativeProcess process, String path) {
    Procedure procedure = procedure(process.type(), process.status(), process.medium());
    procedure.addIdentifier(Assembly.identifier(MeetingResources.PROCESS, process.id().value()));
    procedure.setSubject(
        a.firstPatient(process.participants())
            .map(a::party)
            .orElseGet(() -> CaseResources.absent("not-applicable")));
    Period period =
        new Period().setStartElement(Times.dateTime(process.chosenAt(), path + "/chosenAt"));
    process.endedAt().ifPresent(t -> period.setEndElement(Times.dateTime(t, path + "/endedAt")));
    procedure.setPerformed(period);
    process.participants().forEach(p -> procedure.addPerformer().setActor(a.party(p)));
    a.add(MeetingResources.PROCESS, process.id().value(), procedure);
  }

  private static void writeContact(Assembly a, PreparationContact contact, String path) {
    Encounter encounter = new Encounter();
    encounter.addIdentifier(Assembly.identifier(PREPARATION_CONTACT, contact.id().value()));
    encounter.setStatus(EncounterStatus.FINISHED);
    encounter.setClass_(CodeSystems.coding(contact.medium()));
    encounter.setEpisodeOfCare(
        List.of(a.reference(CaseResources.CASE, a.restorativeCase().id().value())));
    encounter.getPeriod().setStartElement(Times.dateTime(contact.at(), path + "/at"));
    a.firstPatient(List.of(contact.party())).ifPresent(p -> encounter.setSubject(a.party(p)));
    contact
        .by()
        .ifPresent(
            f ->
                encounter
                    .addParticipant()
                    .setIndividual(a.reference(PartyResources.FACILITATOR, f.value())));
    List<Extension> ext = encounter.getExtension();
    Ext.add(ext, "party", a.party(contact.party()));
    contact
        .process()
        .ifPresent(
            p ->
                Ext.add(
                    ext,
                    MeetingResources.PROCESS,
                    Assembly.identifier(MeetingResources.PROCESS, p.value())));
    contact.topics().forEach(t -> Ext.add(ext, "topic", CodeSystems.coding(t)));
    Ext.text(ext, "notes", contact.notes());
    a.add(PREPARATION_CONTACT, contact.id().value(), encounter);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (Procedure procedure :
        r.withId(Procedure.class, MeetingResources.PROCESS, Procedure::getIdentifier)) {
      readProcess(r, procedure, Pointer.of("processes", i++)).ifPresent(c::addProcesses);
    }
    i = 0;
    for (Encounter encounter :
        r.withId(Encounter.class, PREPARATION_CONTACT, Encounter::getIdentifier)) {
      readContact(r, encounter, Pointer.of("preparationContacts", i++))
          .ifPresent(c::addPreparationContacts);
    }
  }

  private static Optional<RestorativeProcess> readProcess(
      Reading r, Procedure procedure, String path) {
    RestorativeProcess.Builder process = new RestorativeProcess.Builder();
    r.id(procedure.getIdentifier(), MeetingResources.PROCESS, ProcessId::of, path + "/id")
        .ifPresent(process::id);
    r.code(ProcessType.class, procedure.getCode(), path + "/type").ifPresent(process::type);
    process.medium(
        r.requiredCodeExt(
            procedure.getExtension(), "medium", Medium.class, path + "/medium", Medium.IN_PERSON));
    if (procedure.getStatus() == null) {
      r.missing(path + "/status", "status");
    } else {
      Optional<ProcessStatus> status = status(procedure.getStatus());
      if (status.isEmpty()) {
        r.problem(
            FhirProblemCode.FHIR_INVALID_VALUE,
            path + "/status",
            "the status is not one a restorative process has");
      }
      status.ifPresent(process::status);
    }
    if (procedure.hasPerformedPeriod()) {
      Period period = procedure.getPerformedPeriod();
      r.requiredInstant(period.getStartElement(), path + "/chosenAt", "performed period")
          .ifPresent(process::chosenAt);
      r.optionalInstant(period.getEndElement(), path + "/endedAt").ifPresent(process::endedAt);
    } else {
      r.missing(path + "/chosenAt", "performed period");
    }
    for (Procedure.ProcedurePerformerComponent performer : procedure.getPerformer()) {
      r.party(performer.getActor(), path + "/participants").ifPresent(process::addParticipants);
    }
    return r.build(process::build, path);
  }

  private static Optional<PreparationContact> readContact(
      Reading r, Encounter encounter, String path) {
    List<Extension> ext = encounter.getExtension();
    PreparationContact.Builder contact = new PreparationContact.Builder();
    r.id(encounter.getIdentifier(), PREPARATION_CONTACT, PreparationContactId::of, path + "/id")
        .ifPresent(contact::id);
    MeetingResources.partyExt(r, ext, "party", path + "/party").ifPresent(contact::party);
    if (Ext.one(ext, MeetingResources.PROCESS).isPresent()) {
      MeetingResources.process(r, ext, path + "/process").ifPresent(contact::process);
    }
    r.requiredInstant(encounter.getPeriod().getStartElement(), path + "/at", "period start")
        .ifPresent(contact::at);
    r.code(Medium.class, encounter.getClass_(), path + "/medium").ifPresent(contact::medium);
    if (encounter.hasParticipant()) {
      MeetingResources.facilitator(
              r, encounter.getParticipantFirstRep().getIndividual(), path + "/by")
          .ifPresent(contact::by);
    }
    contact.addAllTopics(r.codeExts(ext, "topic", PreparationTopic.class, path + "/topics"));
    r.text(ext, "notes", path + "/notes").ifPresent(contact::notes);
    return r.build(contact::build, path);
  }
}
