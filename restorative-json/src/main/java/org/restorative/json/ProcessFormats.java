package org.restorative.json;

import org.restorative.core.party.AdjustmentType;
import org.restorative.core.process.ArrangedAdjustment;
import org.restorative.core.process.AttendanceStatus;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.StopReason;
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;

/** The JSON forms of the {@code process} package. */
final class ProcessFormats {

  private ProcessFormats() {}

  static final ObjectFormat<Venue, Venue.Builder> VENUE =
      ObjectFormat.of("Venue", Venue.Builder::new, Venue.Builder::build)
          .required("type", Codecs.code(VenueType.class), Venue::type, Venue.Builder::type)
          .optional("description", Codecs.TEXT, Venue::description, Venue.Builder::description)
          .personal()
          .optional("place", Codecs.PLACE, Venue::place, Venue.Builder::place)
          .personal();

  static final ObjectFormat<Attendee, Attendee.Builder> ATTENDEE =
      ObjectFormat.of("Attendee", Attendee.Builder::new, Attendee.Builder::build)
          .required("party", Ids.PARTY, Attendee::party, Attendee.Builder::party)
          .defaulted("escorted", Codecs.BOOLEAN, Attendee::escorted, Attendee.Builder::escorted)
          .defaulted(
              "attendance",
              Codecs.code(AttendanceStatus.class),
              Attendee::attendance,
              Attendee.Builder::attendance);

  static final ObjectFormat<ArrangedAdjustment, ArrangedAdjustment.Builder> ARRANGED_ADJUSTMENT =
      ObjectFormat.of(
              "ArrangedAdjustment",
              ArrangedAdjustment.Builder::new,
              ArrangedAdjustment.Builder::build)
          .required(
              "party", Ids.PARTY, ArrangedAdjustment::party, ArrangedAdjustment.Builder::party)
          .required(
              "type",
              Codecs.code(AdjustmentType.class),
              ArrangedAdjustment::type,
              ArrangedAdjustment.Builder::type)
          .optional(
              "provider",
              Ids.PROFESSIONAL,
              ArrangedAdjustment::provider,
              ArrangedAdjustment.Builder::provider);

  static final ObjectFormat<MessageReview, MessageReview.Builder> MESSAGE_REVIEW =
      ObjectFormat.of("MessageReview", MessageReview.Builder::new, MessageReview.Builder::build)
          .required(
              "reviewer", Ids.FACILITATOR, MessageReview::reviewer, MessageReview.Builder::reviewer)
          .required(
              "reviewedAt",
              Codecs.INSTANT,
              MessageReview::reviewedAt,
              MessageReview.Builder::reviewedAt)
          .required(
              "decision",
              Codecs.code(ReviewDecision.class),
              MessageReview::decision,
              MessageReview.Builder::decision);

  static final ObjectFormat<RestorativeProcess, RestorativeProcess.Builder> RESTORATIVE_PROCESS =
      ObjectFormat.of(
              "RestorativeProcess",
              RestorativeProcess.Builder::new,
              RestorativeProcess.Builder::build)
          .required("id", Ids.PROCESS, RestorativeProcess::id, RestorativeProcess.Builder::id)
          .required(
              "type",
              Codecs.code(ProcessType.class),
              RestorativeProcess::type,
              RestorativeProcess.Builder::type)
          .required(
              "medium",
              Codecs.code(Medium.class),
              RestorativeProcess::medium,
              RestorativeProcess.Builder::medium)
          .required(
              "chosenAt",
              Codecs.INSTANT,
              RestorativeProcess::chosenAt,
              RestorativeProcess.Builder::chosenAt)
          .distinct(
              "participants",
              Ids.PARTY,
              RestorativeProcess::participants,
              RestorativeProcess.Builder::addAllParticipants)
          .required(
              "status",
              Codecs.code(ProcessStatus.class),
              RestorativeProcess::status,
              RestorativeProcess.Builder::status)
          .optional(
              "endedAt",
              Codecs.INSTANT,
              RestorativeProcess::endedAt,
              RestorativeProcess.Builder::endedAt)
          .presentExactlyWhen("endedAt", "status", ProcessStatus.class, ProcessStatus::isEnded)
          .inTimeOrder(Codecs.INSTANT, "chosenAt", "endedAt");

  static final ObjectFormat<PreparationContact, PreparationContact.Builder> PREPARATION_CONTACT =
      ObjectFormat.of(
              "PreparationContact",
              PreparationContact.Builder::new,
              PreparationContact.Builder::build)
          .required(
              "id", Ids.PREPARATION_CONTACT, PreparationContact::id, PreparationContact.Builder::id)
          .required(
              "party", Ids.PARTY, PreparationContact::party, PreparationContact.Builder::party)
          .optional(
              "process",
              Ids.PROCESS,
              PreparationContact::process,
              PreparationContact.Builder::process)
          .required("at", Codecs.INSTANT, PreparationContact::at, PreparationContact.Builder::at)
          .required(
              "medium",
              Codecs.code(Medium.class),
              PreparationContact::medium,
              PreparationContact.Builder::medium)
          .optional("by", Ids.FACILITATOR, PreparationContact::by, PreparationContact.Builder::by)
          .distinct(
              "topics",
              Codecs.code(PreparationTopic.class),
              PreparationContact::topics,
              PreparationContact.Builder::addAllTopics)
          .optional(
              "notes", Codecs.TEXT, PreparationContact::notes, PreparationContact.Builder::notes)
          .personal();

  static final ObjectFormat<Meeting, Meeting.Builder> MEETING =
      ObjectFormat.of("Meeting", Meeting.Builder::new, Meeting.Builder::build)
          .required("id", Ids.MEETING, Meeting::id, Meeting.Builder::id)
          .required("process", Ids.PROCESS, Meeting::process, Meeting.Builder::process)
          .required(
              "status", Codecs.code(MeetingStatus.class), Meeting::status, Meeting.Builder::status)
          .optional("startAt", Codecs.INSTANT, Meeting::startAt, Meeting.Builder::startAt)
          .optional("endAt", Codecs.INSTANT, Meeting::endAt, Meeting.Builder::endAt)
          .required("venue", VENUE, Meeting::venue, Meeting.Builder::venue)
          .required("medium", Codecs.code(Medium.class), Meeting::medium, Meeting.Builder::medium)
          .many("attendees", ATTENDEE, Meeting::attendees, Meeting.Builder::addAllAttendees)
          .distinct(
              "facilitators",
              Ids.FACILITATOR,
              Meeting::facilitators,
              Meeting.Builder::addAllFacilitators)
          .distinct(
              "professionals",
              Ids.PROFESSIONAL,
              Meeting::professionals,
              Meeting.Builder::addAllProfessionals)
          .many(
              "adjustments",
              ARRANGED_ADJUSTMENT,
              Meeting::adjustments,
              Meeting.Builder::addAllAdjustments)
          .optional(
              "stopReason",
              Codecs.code(StopReason.class),
              Meeting::stopReason,
              Meeting.Builder::stopReason)
          .optional("notes", Codecs.TEXT, Meeting::notes, Meeting.Builder::notes)
          .personal()
          .presentOnlyWhen("stopReason", "status", MeetingStatus.class, MeetingStatus::isStopped)
          .inTimeOrder(Codecs.INSTANT, "startAt", "endAt");

  static final ObjectFormat<Message, Message.Builder> MESSAGE =
      ObjectFormat.of("Message", Message.Builder::new, Message.Builder::build)
          .required("id", Ids.MESSAGE, Message::id, Message.Builder::id)
          .required("process", Ids.PROCESS, Message::process, Message.Builder::process)
          .required("from", Ids.PARTY, Message::sender, Message.Builder::sender)
          .atLeastOneDistinct(
              "to", Ids.PARTY, Message::recipients, Message.Builder::addAllRecipients)
          .required("medium", Codecs.code(Medium.class), Message::medium, Message.Builder::medium)
          .required("round", Codecs.INTEGER, Message::round, Message.Builder::round)
          .required(
              "status", Codecs.code(MessageStatus.class), Message::status, Message.Builder::status)
          .required("draftedAt", Codecs.INSTANT, Message::draftedAt, Message.Builder::draftedAt)
          .optional("review", MESSAGE_REVIEW, Message::review, Message.Builder::review)
          .optional(
              "deliveredAt", Codecs.INSTANT, Message::deliveredAt, Message.Builder::deliveredAt)
          .optional("content", Codecs.TEXT, Message::content, Message.Builder::content)
          .personal()
          .presentWhen(
              "review",
              "status",
              MessageStatus.class,
              s ->
                  s == MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR || s == MessageStatus.WITHHELD)
          .presentExactlyWhen(
              "deliveredAt",
              "status",
              MessageStatus.class,
              s -> s == MessageStatus.MESSAGE_DELIVERED)
          .inTimeOrder(Codecs.INSTANT, "draftedAt", "review/reviewedAt")
          .inTimeOrder(Codecs.INSTANT, "review/reviewedAt", "deliveredAt");
}
