package org.restorative.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.Place;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.ArrangedAdjustment;
import org.restorative.core.process.AttendanceStatus;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.StopReason;
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;
import org.restorative.core.rules.Pointer;

/**
 * Family B, meetings and indirect messages: each meeting as an Encounter, each message (a letter, a
 * shuttle message) as a Communication.
 *
 * <p>An Encounter's class is required in R4 and its value set is about health care settings
 * (ambulatory, inpatient, virtual): none says where a restorative meeting happens, so the class is
 * the venue's type, a coding of the library's {@code venue-type} code system (the binding is
 * extensible). R4's Encounter.participant takes practitioners and related persons only, so the
 * parties who attend are {@code attendee} extensions (party, escorted, attendance); the first who
 * is written as a Patient is also the Encounter's subject. Facilitators and professionals are
 * participants.
 *
 * <p>The Mental Health Act legal status is not written on the Encounter: UK Core's LegalStatus
 * extension describes one patient's status on admission or discharge, in the NHS Data Dictionary's
 * classification, while the model holds each party's current section on the party (see {@link
 * MentalHealthActExtension}).
 */
final class MeetingResources {

  private MeetingResources() {}

  static final String MEETING = "meeting";
  static final String MESSAGE = "message";
  static final String PROCESS = "process";
  static final String PLACE = "place";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.meetings().size(); i++) {
      writeMeeting(a, c.meetings().get(i), Pointer.of("meetings", i));
    }
    for (int i = 0; i < c.messages().size(); i++) {
      writeMessage(a, c.messages().get(i), Pointer.of("messages", i));
    }
  }

  /**
   * The Encounter of a meeting with what the ordinary and the pseudonymised Bundle share: the
   * status, the venue's type as class and the medium.
   */
  static Encounter encounter(MeetingStatus status, VenueType venue, Medium medium) {
    Encounter encounter = new Encounter();
    encounter.setStatus(status(status));
    Ext.add(encounter.getExtension(), "meeting-status", CodeSystems.coding(status));
    encounter.setClass_(CodeSystems.coding(venue));
    Ext.add(encounter.getExtension(), "medium", CodeSystems.coding(medium));
    return encounter;
  }

  private static void writeMeeting(Assembly a, Meeting meeting, String path) {
    Encounter encounter = encounter(meeting.status(), meeting.venue().type(), meeting.medium());
    encounter.addIdentifier(Assembly.identifier(MEETING, meeting.id().value()));
    List<Extension> ext = encounter.getExtension();
    Ext.add(ext, PROCESS, Assembly.identifier(PROCESS, meeting.process().value()));
    encounter.setEpisodeOfCare(
        List.of(a.reference(CaseResources.CASE, a.restorativeCase().id().value())));
    meeting
        .startAt()
        .ifPresent(
            t -> encounter.getPeriod().setStartElement(Times.dateTime(t, path + "/startAt")));
    meeting
        .endAt()
        .ifPresent(t -> encounter.getPeriod().setEndElement(Times.dateTime(t, path + "/endAt")));
    Venue venue = meeting.venue();
    if (venue.description().isPresent() || venue.place().isPresent()) {
      Reference location = encounter.addLocation().getLocation();
      venue.description().ifPresent(location::setDisplay);
      venue.place().ifPresent(p -> location.setIdentifier(Assembly.identifier(PLACE, p.code())));
    }
    a.firstPatient(meeting.attendeeParties()).ifPresent(p -> encounter.setSubject(a.party(p)));
    for (Attendee attendee : meeting.attendees()) {
      Extension x = Ext.complex(ext, "attendee");
      Ext.add(x.getExtension(), "party", a.party(attendee.party()));
      Ext.add(x.getExtension(), "escorted", new BooleanType(attendee.escorted()));
      Ext.add(x.getExtension(), "attendance", CodeSystems.coding(attendee.attendance()));
    }
    for (FacilitatorId facilitator : meeting.facilitators()) {
      encounter
          .addParticipant()
          .setIndividual(a.reference(PartyResources.FACILITATOR, facilitator.value()));
    }
    for (ProfessionalId professional : meeting.professionals()) {
      encounter
          .addParticipant()
          .setIndividual(a.reference(PartyResources.PROFESSIONAL, professional.value()));
    }
    for (ArrangedAdjustment adjustment : meeting.adjustments()) {
      Extension x = Ext.complex(ext, "arranged-adjustment");
      Ext.add(x.getExtension(), "party", a.party(adjustment.party()));
      Ext.add(x.getExtension(), "type", CodeSystems.coding(adjustment.type()));
      adjustment
          .provider()
          .ifPresent(
              p ->
                  Ext.add(
                      x.getExtension(),
                      "provider",
                      a.reference(PartyResources.PROFESSIONAL, p.value())));
    }
    meeting.stopReason().ifPresent(s -> Ext.add(ext, "stop-reason", CodeSystems.coding(s)));
    Ext.text(ext, "notes", meeting.notes());
    a.add(MEETING, meeting.id().value(), encounter);
  }

  /** The nearest FHIR status: a meeting adjourned or abandoned did take place, in part. */
  private static EncounterStatus status(MeetingStatus status) {
    return switch (status) {
      case PLANNED, SCHEDULED -> EncounterStatus.PLANNED;
      case IN_PROGRESS -> EncounterStatus.INPROGRESS;
      case HELD, ADJOURNED, ABANDONED -> EncounterStatus.FINISHED;
    };
  }

  private static void writeMessage(Assembly a, Message message, String path) {
    Communication communication = new Communication();
    communication.addIdentifier(Assembly.identifier(MESSAGE, message.id().value()));
    communication.setStatus(status(message.status()));
    List<Extension> ext = communication.getExtension();
    Ext.add(ext, "message-status", CodeSystems.coding(message.status()));
    Ext.add(ext, PROCESS, Assembly.identifier(PROCESS, message.process().value()));
    communication.addAbout(a.reference(CaseResources.CASE, a.restorativeCase().id().value()));
    communication.setSender(a.party(message.sender()));
    message.recipients().forEach(p -> communication.addRecipient(a.party(p)));
    communication.addMedium(new CodeableConcept(CodeSystems.coding(message.medium())));
    Ext.add(ext, "round", new PositiveIntType(message.round()));
    Ext.add(ext, "drafted-at", Times.dateTime(message.draftedAt(), path + "/draftedAt"));
    message
        .review()
        .ifPresent(
            r -> {
              Extension x = Ext.complex(ext, "review");
              Ext.add(
                  x.getExtension(),
                  "reviewer",
                  a.reference(PartyResources.FACILITATOR, r.reviewer().value()));
              Ext.add(
                  x.getExtension(),
                  "reviewed-at",
                  Times.dateTime(r.reviewedAt(), path + "/review/reviewedAt"));
              Ext.add(x.getExtension(), "decision", CodeSystems.coding(r.decision()));
            });
    message
        .deliveredAt()
        .ifPresent(t -> communication.setSentElement(Times.dateTime(t, path + "/deliveredAt")));
    message.content().ifPresent(t -> communication.addPayload().setContent(new StringType(t)));
    a.add(MESSAGE, message.id().value(), communication);
  }

  private static CommunicationStatus status(MessageStatus status) {
    return switch (status) {
      case MESSAGE_DRAFTED, MESSAGE_REVIEWED_BY_FACILITATOR -> CommunicationStatus.PREPARATION;
      case MESSAGE_DELIVERED -> CommunicationStatus.COMPLETED;
      case WITHHELD -> CommunicationStatus.NOTDONE;
    };
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (Encounter encounter : r.withId(Encounter.class, MEETING, Encounter::getIdentifier)) {
      readMeeting(r, encounter, Pointer.of("meetings", i++)).ifPresent(c::addMeetings);
    }
    i = 0;
    for (Communication communication :
        r.withId(Communication.class, MESSAGE, Communication::getIdentifier)) {
      readMessage(r, communication, Pointer.of("messages", i++)).ifPresent(c::addMessages);
    }
  }

  static List<Identifier> practitionerIds(Resource resource) {
    return resource instanceof Practitioner p ? p.getIdentifier() : List.of();
  }

  static Optional<ProcessId> process(Reading r, List<Extension> ext, String path) {
    if (Ext.one(ext, PROCESS).isEmpty()) {
      r.missing(path, "process identifier");
      return Optional.empty();
    }
    return r.identifierExt(ext, PROCESS, path)
        .flatMap(id -> r.id(List.of(id), PROCESS, ProcessId::of, path));
  }

  static Optional<FacilitatorId> facilitator(Reading r, Reference reference, String path) {
    return r.target(
        reference,
        PartyResources.FACILITATOR,
        MeetingResources::practitionerIds,
        FacilitatorId::of,
        path);
  }

  static Optional<ProfessionalId> professional(Reading r, Reference reference, String path) {
    return r.target(
        reference,
        PartyResources.PROFESSIONAL,
        MeetingResources::practitionerIds,
        ProfessionalId::of,
        path);
  }

  static Optional<PartyId> partyExt(Reading r, List<Extension> ext, String name, String path) {
    if (Ext.one(ext, name).isEmpty()) {
      r.missing(path, "party reference");
      return Optional.empty();
    }
    return r.referenceExt(ext, name, path).flatMap(reference -> r.party(reference, path));
  }

  private static Optional<Meeting> readMeeting(Reading r, Encounter encounter, String path) {
    List<Extension> ext = encounter.getExtension();
    Meeting.Builder meeting = new Meeting.Builder();
    r.id(encounter.getIdentifier(), MEETING, MeetingId::of, path + "/id").ifPresent(meeting::id);
    process(r, ext, path + "/process").ifPresent(meeting::process);
    meeting.status(
        r.requiredCodeExt(
            ext, "meeting-status", MeetingStatus.class, path + "/status", MeetingStatus.PLANNED));
    r.optionalInstant(encounter.getPeriod().getStartElement(), path + "/startAt")
        .ifPresent(meeting::startAt);
    r.optionalInstant(encounter.getPeriod().getEndElement(), path + "/endAt")
        .ifPresent(meeting::endAt);
    Venue.Builder venue = new Venue.Builder();
    r.code(VenueType.class, encounter.getClass_(), path + "/venue/type").ifPresent(venue::type);
    if (encounter.hasLocation()) {
      Reference location = encounter.getLocationFirstRep().getLocation();
      Reading.value(location.getDisplayElement()).ifPresent(venue::description);
      if (location.hasIdentifier()) {
        r.id(List.of(location.getIdentifier()), PLACE, Place::of, path + "/venue/place")
            .ifPresent(venue::place);
      }
    }
    r.build(venue::build, path + "/venue").ifPresent(meeting::venue);
    meeting.medium(
        r.requiredCodeExt(ext, "medium", Medium.class, path + "/medium", Medium.values()[0]));
    int n = 0;
    for (Extension x : Ext.all(ext, "attendee")) {
      String at = path + "/attendees/" + n++;
      Optional<PartyId> party = partyExt(r, x.getExtension(), "party", at + "/party");
      AttendanceStatus attendance =
          r.requiredCodeExt(
              x.getExtension(),
              "attendance",
              AttendanceStatus.class,
              at + "/attendance",
              AttendanceStatus.EXPECTED);
      party.ifPresent(
          p ->
              meeting.addAttendees(
                  new Attendee.Builder()
                      .party(p)
                      .escorted(r.boolExt(x.getExtension(), "escorted", at + "/escorted"))
                      .attendance(attendance)
                      .build()));
    }
    for (Encounter.EncounterParticipantComponent participant : encounter.getParticipant()) {
      Optional<Resource> resource = r.resolve(participant.getIndividual(), path + "/facilitators");
      if (resource.isEmpty()) {
        continue;
      }
      List<Identifier> ids = practitionerIds(resource.get());
      if (Reading.idValue(ids, PartyResources.FACILITATOR).isPresent()) {
        r.id(ids, PartyResources.FACILITATOR, FacilitatorId::of, path + "/facilitators")
            .ifPresent(meeting::addFacilitators);
      } else if (Reading.idValue(ids, PartyResources.PROFESSIONAL).isPresent()) {
        r.id(ids, PartyResources.PROFESSIONAL, ProfessionalId::of, path + "/professionals")
            .ifPresent(meeting::addProfessionals);
      } else {
        r.problem(
            FhirProblemCode.FHIR_BROKEN_REFERENCE,
            path + "/facilitators",
            "the participant is not a facilitator or professional of the case");
      }
    }
    n = 0;
    for (Extension x : Ext.all(ext, "arranged-adjustment")) {
      String at = path + "/adjustments/" + n++;
      Optional<PartyId> party = partyExt(r, x.getExtension(), "party", at + "/party");
      Optional<AdjustmentType> type =
          r.codeExt(x.getExtension(), "type", AdjustmentType.class, at + "/type");
      if (type.isEmpty()) {
        r.missing(at + "/type", "code");
      }
      Optional<ProfessionalId> provider =
          r.referenceExt(x.getExtension(), "provider", at + "/provider")
              .flatMap(ref -> professional(r, ref, at + "/provider"));
      if (party.isPresent() && type.isPresent()) {
        meeting.addAdjustments(
            new ArrangedAdjustment.Builder()
                .party(party.get())
                .type(type.get())
                .provider(provider)
                .build());
      }
    }
    r.codeExt(ext, "stop-reason", StopReason.class, path + "/stopReason")
        .ifPresent(meeting::stopReason);
    r.text(ext, "notes", path + "/notes").ifPresent(meeting::notes);
    return r.build(meeting::build, path);
  }

  private static Optional<Message> readMessage(
      Reading r, Communication communication, String path) {
    List<Extension> ext = communication.getExtension();
    Message.Builder message = new Message.Builder();
    r.id(communication.getIdentifier(), MESSAGE, MessageId::of, path + "/id")
        .ifPresent(message::id);
    process(r, ext, path + "/process").ifPresent(message::process);
    if (communication.hasSender()) {
      r.party(communication.getSender(), path + "/from").ifPresent(message::sender);
    } else {
      r.missing(path + "/from", "sender");
    }
    for (Reference recipient : communication.getRecipient()) {
      r.party(recipient, path + "/to").ifPresent(message::addRecipients);
    }
    Optional<Medium> medium =
        communication.hasMedium()
            ? r.code(Medium.class, communication.getMediumFirstRep(), path + "/medium")
            : Optional.empty();
    if (!communication.hasMedium()) {
      r.missing(path + "/medium", "medium");
    }
    medium.ifPresent(message::medium);
    if (Ext.one(ext, "round").isEmpty()) {
      r.missing(path + "/round", "round");
    }
    r.extValue(ext, "round", PositiveIntType.class, path + "/round")
        .ifPresent(n -> message.round(n.getValue()));
    message.status(
        r.requiredCodeExt(
            ext,
            "message-status",
            MessageStatus.class,
            path + "/status",
            MessageStatus.MESSAGE_DRAFTED));
    Optional<Instant> drafted = r.instantExt(ext, "drafted-at", path + "/draftedAt");
    if (drafted.isPresent()) {
      message.draftedAt(drafted.get());
    } else if (Ext.one(ext, "drafted-at").isEmpty()) {
      r.missing(path + "/draftedAt", "time drafted");
    }
    Optional<Extension> review = Ext.one(ext, "review");
    if (review.isPresent()) {
      List<Extension> x = review.get().getExtension();
      Optional<FacilitatorId> reviewer =
          r.referenceExt(x, "reviewer", path + "/review/reviewer")
              .flatMap(ref -> facilitator(r, ref, path + "/review/reviewer"));
      Optional<Instant> at = r.instantExt(x, "reviewed-at", path + "/review/reviewedAt");
      Optional<ReviewDecision> decision =
          r.codeExt(x, "decision", ReviewDecision.class, path + "/review/decision");
      if (reviewer.isPresent() && at.isPresent() && decision.isPresent()) {
        message.review(MessageReview.of(reviewer.get(), at.get(), decision.get()));
      } else {
        r.missing(path + "/review", "review's reviewer, time or decision");
      }
    }
    r.optionalInstant(communication.getSentElement(), path + "/deliveredAt")
        .ifPresent(message::deliveredAt);
    if (communication.hasPayload()
        && communication.getPayloadFirstRep().getContent() instanceof StringType text) {
      Reading.value(text).ifPresent(message::content);
    }
    return r.build(message::build, path);
  }
}
