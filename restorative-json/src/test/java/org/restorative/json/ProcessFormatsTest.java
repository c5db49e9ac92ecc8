package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.json.FormatRoundTrip.assertReadsBack;
import static org.restorative.json.FormatRoundTrip.write;
import static org.restorative.json.OneObjectChanged.assertBothAccept;
import static org.restorative.json.OneObjectChanged.assertBothRefuse;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.StopReason;
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;
import org.restorative.core.synthetic.SyntheticCases;

class ProcessFormatsTest {

  private static List<RestorativeCase> cases;

  @BeforeAll
  static void cohort() {
    cases = SyntheticCases.seeded(7L).cohort(300).collect(Collectors.toList());
  }

  @Test
  void processesOfSyntheticCasesRoundTrip() {
    assertRoundTrips(ProcessFormats.RESTORATIVE_PROCESS, RestorativeCase::processes);
  }

  @Test
  void preparationContactsOfSyntheticCasesRoundTrip() {
    assertRoundTrips(ProcessFormats.PREPARATION_CONTACT, RestorativeCase::preparationContacts);
  }

  @Test
  void meetingsOfSyntheticCasesRoundTrip() {
    assertRoundTrips(ProcessFormats.MEETING, RestorativeCase::meetings);
  }

  @Test
  void messagesOfSyntheticCasesRoundTrip() {
    assertRoundTrips(ProcessFormats.MESSAGE, RestorativeCase::messages);
  }

  @Test
  void aMeetingWithEveryAttributeRoundTrips() {
    PartyId harmed = PartyId.of("P-1");
    PartyId responsible = PartyId.of("P-2");
    Meeting meeting =
        new Meeting.Builder()
            .id(MeetingId.of("M-1"))
            .process(ProcessId.of("PR-1"))
            .status(MeetingStatus.ADJOURNED)
            .startAt(Instant.parse("2025-05-02T10:00:00Z"))
            .endAt(Instant.parse("2025-05-02T10:40:00Z"))
            .venue(
                Venue.of(VenueType.HOSPITAL_GROUNDS, "Family room, Willow House")
                    .withPlace(Place.of("hospital/willow-house")))
            .medium(Medium.IN_PERSON)
            .addAttendees(
                Attendee.of(harmed),
                new Attendee.Builder()
                    .party(responsible)
                    .escorted(true)
                    .attendance(AttendanceStatus.LEFT_EARLY)
                    .build())
            .addFacilitators(FacilitatorId.of("F-1"), FacilitatorId.of("F-2"))
            .addProfessionals(ProfessionalId.of("PRO-1"))
            .addAdjustments(
                ArrangedAdjustment.of(
                    responsible, AdjustmentType.INTERPRETER_BOOKED, ProfessionalId.of("PRO-1")),
                ArrangedAdjustment.of(harmed, AdjustmentType.BREAKS))
            .stopReason(StopReason.DISTRESS)
            .notes("Adjourned after forty minutes; both parties want to resume.")
            .build();

    String text = write(ProcessFormats.MEETING, meeting);

    assertThat(text)
        .contains(
            "\"startAt\"",
            "\"endAt\"",
            "\"description\"",
            "\"place\":\"hospital/willow-house\"",
            "\"escorted\":true",
            "\"attendance\":\"LEFT_EARLY\"",
            "\"facilitators\"",
            "\"professionals\"",
            "\"provider\"",
            "\"stopReason\":\"DISTRESS\"",
            "\"notes\"");
    assertReadsBack(ProcessFormats.MEETING, meeting, text);
  }

  @Test
  void aMessageWithEveryAttributeRoundTrips() {
    Message message =
        new Message.Builder()
            .id(MessageId.of("MSG-1"))
            .process(ProcessId.of("PR-2"))
            .sender(PartyId.of("P-2"))
            .addRecipients(PartyId.of("P-1"), PartyId.of("P-3"))
            .medium(Medium.WRITTEN)
            .round(2)
            .status(MessageStatus.MESSAGE_DELIVERED)
            .draftedAt(Instant.parse("2025-06-01T12:00:00Z"))
            .review(
                MessageReview.of(
                    FacilitatorId.of("F-1"),
                    Instant.parse("2025-06-03T09:15:00Z"),
                    ReviewDecision.APPROVED))
            .deliveredAt(Instant.parse("2025-06-04T14:00:00Z"))
            .content("I am sorry for what happened on the ward.")
            .build();

    String text = write(ProcessFormats.MESSAGE, message);

    assertThat(text)
        .contains(
            "\"from\":\"P-2\"",
            "\"to\":[\"P-1\",\"P-3\"]",
            "\"round\":2",
            "\"review\":{",
            "\"deliveredAt\"",
            "\"content\"");
    assertReadsBack(ProcessFormats.MESSAGE, message, text);
  }

  @Test
  void anAttendeeWithoutItsDefaultsReadsAsTheModelsDefaults() {
    ReadContext context = new ReadContext(false);

    assertThat(ProcessFormats.ATTENDEE.read(CaseJson.tree("{\"party\":\"P-1\"}"), context))
        .contains(Attendee.of(PartyId.of("P-1")));
    assertThat(context.problems()).isEmpty();
    assertThat(write(ProcessFormats.ATTENDEE, Attendee.of(PartyId.of("P-1"))))
        .isEqualTo("{\"party\":\"P-1\",\"escorted\":false,\"attendance\":\"EXPECTED\"}");
  }

  @Test
  void declaredPropertiesAreTheAccessorsOfTheModelTypes() {
    assertMapsEveryAccessor(ProcessFormats.VENUE, Venue.class);
    assertMapsEveryAccessor(ProcessFormats.ATTENDEE, Attendee.class, "escorted", "attendance");
    assertMapsEveryAccessor(ProcessFormats.ARRANGED_ADJUSTMENT, ArrangedAdjustment.class);
    assertMapsEveryAccessor(ProcessFormats.MESSAGE_REVIEW, MessageReview.class);
    assertMapsEveryAccessor(ProcessFormats.RESTORATIVE_PROCESS, RestorativeProcess.class);
    assertMapsEveryAccessor(ProcessFormats.PREPARATION_CONTACT, PreparationContact.class);
    assertMapsEveryAccessor(ProcessFormats.MEETING, Meeting.class);
    assertMapsEveryAccessor(ProcessFormats.MESSAGE, Message.class);
  }

  @Test
  void freeTextIsMarkedPersonal() {
    assertThat(personal(ProcessFormats.VENUE)).containsExactly("description", "place");
    assertThat(personal(ProcessFormats.ATTENDEE)).isEmpty();
    assertThat(personal(ProcessFormats.ARRANGED_ADJUSTMENT)).isEmpty();
    assertThat(personal(ProcessFormats.MESSAGE_REVIEW)).isEmpty();
    assertThat(personal(ProcessFormats.RESTORATIVE_PROCESS)).isEmpty();
    assertThat(personal(ProcessFormats.PREPARATION_CONTACT)).containsExactly("notes");
    assertThat(personal(ProcessFormats.MEETING)).containsExactly("notes");
    assertThat(personal(ProcessFormats.MESSAGE)).containsExactly("content");
  }

  private static <T> void assertRoundTrips(
      ObjectFormat<T, ?> format, Function<RestorativeCase, List<T>> values) {
    List<T> all =
        cases.stream().flatMap(c -> values.apply(c).stream()).collect(Collectors.toList());
    assertThat(all).isNotEmpty();
    for (T value : all) {
      assertReadsBack(format, value, write(format, value));
    }
  }

  /**
   * The abstract accessors, plus the named {@code @Value.Default} ones (not visible at run time).
   */
  private static void assertMapsEveryAccessor(
      ObjectFormat<?, ?> format, Class<?> type, String... defaults) {
    Set<String> accessors =
        Stream.concat(
                Arrays.stream(type.getDeclaredMethods())
                    .filter(
                        m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
                    .map(Method::getName),
                Arrays.stream(defaults))
            .collect(Collectors.toSet());
    Set<String> declared =
        format.properties().stream()
            .map(p -> FormatCoverageTest.attribute(type.getSimpleName(), p.name()))
            .collect(Collectors.toSet());
    assertThat(declared).as(type.getSimpleName()).isEqualTo(accessors);
  }

  private static List<String> personal(ObjectFormat<?, ?> format) {
    return format.properties().stream()
        .filter(ObjectFormat.Property::personal)
        .map(ObjectFormat.Property::name)
        .collect(Collectors.toList());
  }

  @Test
  void aMessageHoldsDeliveredAtExactlyWhenDeliveredForReaderAndSchema() {
    String golden = "closed-partial.json";
    String at = "/messages/0";
    assertBothRefuse(golden, at, m -> m.remove("deliveredAt"));
    assertBothRefuse(golden, at, m -> m.put("status", "MESSAGE_REVIEWED_BY_FACILITATOR"));
    assertBothAccept(
        golden, at, m -> m.put("status", "MESSAGE_REVIEWED_BY_FACILITATOR").remove("deliveredAt"));
  }

  @Test
  void aReviewedOrWithheldMessageHoldsItsReviewForReaderAndSchema() {
    String golden = "closed-partial.json";
    String at = "/messages/0";
    assertBothRefuse(
        golden,
        at,
        m ->
            m.put("status", "MESSAGE_REVIEWED_BY_FACILITATOR")
                .remove(List.of("deliveredAt", "review")));
    assertBothRefuse(
        golden, at, m -> m.put("status", "WITHHELD").remove(List.of("deliveredAt", "review")));
    assertBothAccept(
        golden,
        at,
        m -> m.put("status", "MESSAGE_DRAFTED").remove(List.of("deliveredAt", "review")));
  }
}
