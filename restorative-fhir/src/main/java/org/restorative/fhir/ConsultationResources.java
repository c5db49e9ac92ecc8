package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.ConsultationAdvice;
import org.restorative.core.assessment.ConsultationId;
import org.restorative.core.assessment.ConsultationTopic;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.PartyId;
import org.restorative.core.rules.Pointer;

/**
 * Family B, clinical consultations: each consultation of a patient's treating team as a FHIR
 * Communication about the EpisodeOfCare, told apart from indirect messages by its identifier's
 * system. R4 defines a Communication as information conveyed from a sender to a recipient: here the
 * member of the treating team consulted is the sender of the advice, sent when consulted. The
 * patient is the subject when written as a Patient (R4's subject takes no other party), else the
 * {@code patient} extension; the topics and the advice are the library's extensions (R4's topic
 * holds one concept, a subject line); the notes are the Communication's note.
 */
final class ConsultationResources {

  private ConsultationResources() {}

  static final String CONSULTATION = "consultation";

  static void write(Assembly a) {
    List<ClinicalConsultation> consultations = a.restorativeCase().consultations();
    for (int i = 0; i < consultations.size(); i++) {
      writeConsultation(a, consultations.get(i), Pointer.of("consultations", i));
    }
  }

  private static void writeConsultation(
      Assembly a, ClinicalConsultation consultation, String path) {
    Communication communication = new Communication();
    communication.addIdentifier(Assembly.identifier(CONSULTATION, consultation.id().value()));
    communication.setStatus(CommunicationStatus.COMPLETED);
    communication.addAbout(a.reference(CaseResources.CASE, a.restorativeCase().id().value()));
    List<Extension> ext = communication.getExtension();
    Optional<PartyId> patient = a.firstPatient(List.of(consultation.patient()));
    if (patient.isPresent()) {
      communication.setSubject(a.party(patient.get()));
    } else {
      Ext.add(ext, "patient", a.party(consultation.patient()));
    }
    communication.setSender(
        a.reference(PartyResources.PROFESSIONAL, consultation.consultee().value()));
    communication.setSentElement(Times.dateTime(consultation.consultedAt(), path + "/consultedAt"));
    consultation.topics().forEach(t -> Ext.add(ext, "topic", CodeSystems.coding(t)));
    Ext.add(ext, "advice", CodeSystems.coding(consultation.advice()));
    consultation.notes().ifPresent(n -> communication.addNote().setText(n));
    a.add(CONSULTATION, consultation.id().value(), communication);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (Communication communication :
        r.withId(Communication.class, CONSULTATION, Communication::getIdentifier)) {
      readConsultation(r, communication, Pointer.of("consultations", i++))
          .ifPresent(c::addConsultations);
    }
  }

  private static Optional<ClinicalConsultation> readConsultation(
      Reading r, Communication communication, String path) {
    List<Extension> ext = communication.getExtension();
    ClinicalConsultation.Builder consultation = new ClinicalConsultation.Builder();
    r.id(communication.getIdentifier(), CONSULTATION, ConsultationId::of, path + "/id")
        .ifPresent(consultation::id);
    if (communication.hasSubject()) {
      r.party(communication.getSubject(), path + "/patient").ifPresent(consultation::patient);
    } else {
      MeetingResources.partyExt(r, ext, "patient", path + "/patient")
          .ifPresent(consultation::patient);
    }
    if (communication.hasSender()) {
      MeetingResources.professional(r, communication.getSender(), path + "/consultee")
          .ifPresent(consultation::consultee);
    } else {
      r.missing(path + "/consultee", "sender");
    }
    r.requiredInstant(communication.getSentElement(), path + "/consultedAt", "time sent")
        .ifPresent(consultation::consultedAt);
    consultation.addAllTopics(r.codeExts(ext, "topic", ConsultationTopic.class, path + "/topics"));
    consultation.advice(
        r.requiredCodeExt(
            ext,
            "advice",
            ConsultationAdvice.class,
            path + "/advice",
            ConsultationAdvice.SUPPORTS_PROCEEDING));
    r.note(communication.getNote(), path + "/notes").ifPresent(consultation::notes);
    return r.build(consultation::build, path);
  }
}
