package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;

/** The vocabulary of the process tests: realistic processes, meetings and letters. */
final class ProcessFixtures {

  private ProcessFixtures() {}

  /** A sentinel personal text that must never appear in {@code toString()} or a message. */
  static final String ZEBEDEE = "Zebedee Quince";

  static final Instant CHOSEN_AT = Instant.parse("2025-03-03T09:00:00Z");
  static final Instant PREPARED_AT = Instant.parse("2025-03-10T14:00:00Z");
  static final Instant MEETING_STARTS_AT = Instant.parse("2025-04-02T10:00:00Z");
  static final Instant MEETING_ENDS_AT = Instant.parse("2025-04-02T11:30:00Z");
  static final Instant LETTER_DRAFTED_AT = Instant.parse("2025-03-12T16:00:00Z");
  static final Instant LETTER_REVIEWED_AT = Instant.parse("2025-03-13T11:00:00Z");
  static final Instant LETTER_DELIVERED_AT = Instant.parse("2025-03-14T15:00:00Z");

  static PartyId aPersonHarmed() {
    return PartyId.of("party-harmed-nurse");
  }

  /** The person responsible: a patient on a s37/41 restriction order. */
  static PartyId aRestrictedPatient() {
    return PartyId.of("party-responsible-patient");
  }

  static PartyId aSupporterOfTheHarmed() {
    return PartyId.of("party-supporter-colleague");
  }

  static FacilitatorId aLeadFacilitator() {
    return FacilitatorId.of("facilitator-lead");
  }

  static FacilitatorId aCoFacilitator() {
    return FacilitatorId.of("facilitator-co");
  }

  static ProfessionalId anIntermediary() {
    return ProfessionalId.of("professional-intermediary");
  }

  static ProcessId aConferenceId() {
    return ProcessId.of("process-conference");
  }

  static ProcessId aLetterExchangeId() {
    return ProcessId.of("process-letters");
  }

  /** A face-to-face conference in progress between a nurse and the patient who assaulted her. */
  static RestorativeProcess aConference() {
    return new RestorativeProcess.Builder()
        .id(aConferenceId())
        .type(ProcessType.FACE_TO_FACE_CONFERENCE)
        .medium(Medium.IN_PERSON)
        .chosenAt(CHOSEN_AT)
        .addParticipants(aPersonHarmed(), aRestrictedPatient(), aSupporterOfTheHarmed())
        .status(ProcessStatus.IN_PROGRESS)
        .build();
  }

  /** A letter exchange that concluded once the letter was delivered. */
  static RestorativeProcess aConcludedLetterExchange() {
    return new RestorativeProcess.Builder()
        .id(aLetterExchangeId())
        .type(ProcessType.LETTER_EXCHANGE)
        .medium(Medium.WRITTEN)
        .chosenAt(CHOSEN_AT)
        .addParticipants(aPersonHarmed(), aRestrictedPatient())
        .status(ProcessStatus.CONCLUDED)
        .endedAt(LETTER_DELIVERED_AT)
        .build();
  }

  /** A first preparation meeting with the restricted patient on the ward. */
  static PreparationContact aPreparationContactWithThePatient() {
    return new PreparationContact.Builder()
        .id(PreparationContactId.of("prep-1"))
        .party(aRestrictedPatient())
        .process(aConferenceId())
        .at(PREPARED_AT)
        .medium(Medium.IN_PERSON)
        .by(aLeadFacilitator())
        .addTopics(
            PreparationTopic.PROCESS_EXPLAINED,
            PreparationTopic.RIGHT_TO_WITHDRAW,
            PreparationTopic.ACCIDENTAL_MEETING)
        .notes("Talked through how he would manage meeting the nurse on the corridor.")
        .build();
  }

  /** The education centre on the hospital grounds: ground leave is needed. */
  static Venue theEducationCentre() {
    return Venue.of(VenueType.HOSPITAL_GROUNDS, "Education centre, room 2");
  }

  /**
   * A conference held on the hospital grounds: the restricted patient came escorted, the nurse came
   * with a colleague who left early, an intermediary supported the patient.
   */
  static Meeting aConferenceHeldOnHospitalGrounds() {
    return new Meeting.Builder()
        .id(MeetingId.of("meeting-1"))
        .process(aConferenceId())
        .status(MeetingStatus.HELD)
        .startAt(MEETING_STARTS_AT)
        .endAt(MEETING_ENDS_AT)
        .venue(theEducationCentre())
        .medium(Medium.IN_PERSON)
        .addAttendee(
            new Attendee.Builder()
                .party(aRestrictedPatient())
                .escorted(true)
                .attendance(AttendanceStatus.ATTENDED)
                .build())
        .addAttendee(
            new Attendee.Builder()
                .party(aPersonHarmed())
                .attendance(AttendanceStatus.ATTENDED)
                .build())
        .addAttendee(
            new Attendee.Builder()
                .party(aSupporterOfTheHarmed())
                .attendance(AttendanceStatus.LEFT_EARLY)
                .build())
        .addFacilitators(aLeadFacilitator(), aCoFacilitator())
        .addProfessional(anIntermediary())
        .addAdjustment(
            ArrangedAdjustment.of(
                aRestrictedPatient(), AdjustmentType.INTERMEDIARY, anIntermediary()))
        .addAdjustment(ArrangedAdjustment.of(aRestrictedPatient(), AdjustmentType.BREAKS))
        .notes("Both spoke; the patient apologised in his own words.")
        .build();
  }

  /** The same conference, scheduled but not yet held. */
  static Meeting aScheduledConference() {
    return new Meeting.Builder()
        .id(MeetingId.of("meeting-1"))
        .process(aConferenceId())
        .status(MeetingStatus.SCHEDULED)
        .startAt(MEETING_STARTS_AT)
        .venue(theEducationCentre())
        .medium(Medium.IN_PERSON)
        .addAttendee(new Attendee.Builder().party(aRestrictedPatient()).escorted(true).build())
        .addAttendee(Attendee.of(aPersonHarmed()))
        .addFacilitator(aLeadFacilitator())
        .build();
  }

  /** The facilitator's approval of the patient's letter. */
  static MessageReview anApproval() {
    return MessageReview.of(aLeadFacilitator(), LETTER_REVIEWED_AT, ReviewDecision.APPROVED);
  }

  /** The patient's letter to the nurse, reviewed by the facilitator and delivered. */
  static Message aDeliveredLetter() {
    return new Message.Builder()
        .id(MessageId.of("letter-1"))
        .process(aLetterExchangeId())
        .sender(aRestrictedPatient())
        .addRecipients(aPersonHarmed())
        .medium(Medium.WRITTEN)
        .round(1)
        .status(MessageStatus.MESSAGE_DELIVERED)
        .draftedAt(LETTER_DRAFTED_AT)
        .review(anApproval())
        .deliveredAt(LETTER_DELIVERED_AT)
        .content("I am sorry for what I did on the ward that night.")
        .build();
  }

  /** The patient's letter, written and waiting for the facilitator's review. */
  static Message aDraftLetter() {
    return new Message.Builder()
        .id(MessageId.of("letter-1"))
        .process(aLetterExchangeId())
        .sender(aRestrictedPatient())
        .addRecipients(aPersonHarmed())
        .medium(Medium.WRITTEN)
        .round(1)
        .status(MessageStatus.MESSAGE_DRAFTED)
        .draftedAt(LETTER_DRAFTED_AT)
        .build();
  }

  /** The patient's letter, reviewed with the given decision and standing at the given status. */
  static Message aLetterReviewed(MessageStatus status, ReviewDecision decision) {
    return new Message.Builder()
        .id(MessageId.of("letter-1"))
        .process(aLetterExchangeId())
        .sender(aRestrictedPatient())
        .addRecipients(aPersonHarmed())
        .medium(Medium.WRITTEN)
        .round(1)
        .status(status)
        .draftedAt(LETTER_DRAFTED_AT)
        .review(MessageReview.of(aLeadFacilitator(), LETTER_REVIEWED_AT, decision))
        .build();
  }

  /**
   * Asserts that building a value fails a structural check whose message names the attribute and
   * holds none of the forbidden texts.
   */
  static void assertRejected(ThrowingCallable build, String attribute, String... forbidden) {
    assertThatIllegalArgumentException()
        .isThrownBy(build)
        .withMessageContaining(attribute)
        .satisfies(
            e -> {
              for (String text : forbidden) {
                assertThat(e.getMessage()).doesNotContain(text);
              }
            });
  }
}
