package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.Pseudonymiser;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.MessageStatus;
import org.restorative.fhir.CaseMoments.Moment;
import org.restorative.json.PseudonymisedCaseJson;
import org.restorative.json.UnwritableValueException;

/**
 * FHIR R4's instant, dateTime and date hold the years 0001 to 9999, as the case-record format does.
 * Each moment of cases that between them hold every moment of the format is set, one at a time, to
 * a value outside those years, and the Bundles refuse the case with a {@link
 * FhirUnwritableValueException} at the moment's pointer in the case record, with the range and
 * without the value; set to the first and last years, and to a year before the Gregorian calendar
 * began, it is written as FHIR writes it and read back equal.
 */
class BundleRangeTest {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

  private static final List<Object> INSTANTS_BEYOND =
      List.of(
          Instant.MIN,
          Instant.MAX,
          Instant.parse("+10000-01-01T00:00:00Z"),
          Instant.parse("-0001-12-31T23:59:59Z"));

  private static final List<Object> DATES_BEYOND =
      List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(10_000, 1, 1), LocalDate.of(0, 12, 31));

  /**
   * Moments of the years FHIR holds, with their text in the Bundle: its first and last, and one of
   * 1500, which a {@code java.util.Date} formats in the Julian calendar.
   */
  private static final Map<Object, String> INSTANTS_WITHIN =
      Map.of(
          Instant.parse("0001-01-01T00:00:00Z"), "\"0001-01-01T00:00:00+00:00\"",
          Instant.parse("1500-03-01T12:00:00Z"), "\"1500-03-01T12:00:00+00:00\"",
          Instant.parse("9999-12-31T23:59:59.999Z"), "\"9999-12-31T23:59:59.999+00:00\"");

  private static final Map<Object, String> DATES_WITHIN =
      Map.of(
          LocalDate.of(1, 1, 1), "\"0001-01-01\"",
          LocalDate.of(1500, 3, 1), "\"1500-03-01\"",
          LocalDate.of(9999, 12, 31), "\"9999-12-31\"");

  /**
   * Cases that between them hold every moment of the case-record format, and those with reviewed
   * messages again with the messages not yet delivered, so that a review may lie at any moment
   * after the drafting (the model keeps it before the delivery).
   */
  private static List<RestorativeCase> cases() {
    List<RestorativeCase> cases = new ArrayList<>();
    cases.add(FhirFixtures.everyAttribute());
    cases.addAll(FhirFixtures.rareParts().values());
    cases.addAll(FhirFixtures.goldenCases().values());
    for (RestorativeCase c : List.copyOf(cases)) {
      RestorativeCase undelivered = reviewedNotDelivered(c);
      if (!undelivered.equals(c)) {
        cases.add(undelivered);
      }
    }
    return cases;
  }

  private static RestorativeCase reviewedNotDelivered(RestorativeCase c) {
    return c.withMessages(
        c.messages().stream()
            .map(
                m ->
                    m.review().filter(MessageReview::isApproved).isPresent()
                        ? new Message.Builder()
                            .from(m)
                            .status(MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR)
                            .deliveredAt(Optional.empty())
                            .build()
                        : m)
            .toList());
  }

  /** A pointer with each index as {@code *}, as the schema's paths are. */
  private static String pattern(String pointer) {
    return pointer.replaceAll("/[0-9]+(?=/|$)", "/*");
  }

  private static String text(Bundle bundle) {
    return JSON.encodeResourceToString(bundle);
  }

  @Test
  void a_moment_or_date_outside_the_years_0001_to_9999_is_refused_at_its_pointer()
      throws IOException {
    Set<String> exercised = new TreeSet<>();
    Set<String> reached = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (RestorativeCase c : cases()) {
      for (Moment m : CaseMoments.of(c)) {
        String pointer = m.pointer();
        for (Object value : m.type() == Instant.class ? INSTANTS_BEYOND : DATES_BEYOND) {
          String tried = pattern(pointer) + " at " + value;
          if (exercised.contains(tried)) {
            continue;
          }
          Optional<RestorativeCase> beyond = m.with(value);
          if (beyond.isEmpty()) {
            continue;
          }
          exercised.add(tried);
          reached.add(pattern(pointer));
          for (Function<RestorativeCase, Bundle> write :
              List.<Function<RestorativeCase, Bundle>>of(
                  FhirBundles::collection, FhirBundles::transaction)) {
            try {
              Bundle written = write.apply(beyond.get());
              if (!FhirBundles.notCarried(written).contains(pointer)) {
                wrong.add(tried + " (" + pointer + ") is written although carried");
              }
            } catch (FhirUnwritableValueException e) {
              if (!e.pointer().equals(pointer)
                  || !e.getMessage().contains(pointer)
                  || !e.getMessage().contains("in the years 0001 to 9999")
                  || showsValue(e.getMessage(), value)) {
                wrong.add(tried + " (" + pointer + ") is refused as: " + e.getMessage());
              }
            } catch (RuntimeException e) {
              wrong.add(tried + " (" + pointer + ") throws " + e.getClass().getSimpleName());
            }
          }
        }
      }
    }

    assertThat(wrong).as("moments beyond FHIR's years not refused at their pointers").isEmpty();
    assertThat(reached)
        .as("every moment of the case-record format is set beyond FHIR's years somewhere")
        .containsExactlyInAnyOrderElementsOf(FhirDocsTest.momentPaths());
  }

  /** Whether a message shows the value, or its year ({@code -0001}, {@code +10000}, ...). */
  private static boolean showsValue(String message, Object value) {
    String text = value.toString();
    String year = text.substring(0, text.indexOf('-', 1));
    String digits = year.replaceFirst("^[+-]", "");
    return message.contains(text)
        || message.contains(year)
        || (digits.length() > 4 && message.contains(digits));
  }

  @Test
  void the_first_and_last_years_are_written_in_the_gregorian_calendar_and_read_back_equal()
      throws IOException {
    Set<String> exercised = new TreeSet<>();
    Set<String> reached = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (RestorativeCase c : cases()) {
      for (Moment m : CaseMoments.of(c)) {
        Map<Object, String> within = m.type() == Instant.class ? INSTANTS_WITHIN : DATES_WITHIN;
        for (Map.Entry<Object, String> value : within.entrySet()) {
          String tried = pattern(m.pointer()) + " at " + value.getKey();
          if (exercised.contains(tried)) {
            continue;
          }
          Optional<RestorativeCase> edge = m.with(value.getKey());
          if (edge.isEmpty()) {
            continue;
          }
          exercised.add(tried);
          reached.add(pattern(m.pointer()));
          try {
            Bundle written = FhirBundles.collection(edge.get());
            String json = text(written);
            FhirReadResult read = FhirBundles.read(JSON.parseResource(Bundle.class, json));
            if (!read.restorativeCase().equals(Optional.of(Carried.view(edge.get())))) {
              wrong.add(tried + " reads back as another case: " + read.errors());
            }
            boolean carried = !Carried.view(edge.get()).equals(Carried.view(c));
            if (carried && !json.contains(value.getValue())) {
              wrong.add(tried + " is not written as " + value.getValue());
            }
          } catch (RuntimeException e) {
            wrong.add(tried + " throws " + e.getClass().getSimpleName());
          }
        }
      }
    }

    assertThat(wrong).as("moments of FHIR's years not written and read back as they are").isEmpty();
    assertThat(reached)
        .as("every moment of the case-record format is set to a year within FHIR's somewhere")
        .containsExactlyInAnyOrderElementsOf(FhirDocsTest.momentPaths());
  }

  @Test
  void a_bundle_written_elsewhere_is_read_in_the_gregorian_calendar_and_within_fhirs_years() {
    RestorativeCase c = FhirFixtures.goldenCases().values().iterator().next();
    Bundle bundle = FhirBundles.collection(c);
    EpisodeOfCare episode = FhirFixtures.all(bundle, EpisodeOfCare.class).get(0);

    episode.getPeriod().setStartElement(new DateTimeType("1500-03-01T12:00:00Z"));
    assertThat(FhirBundles.read(bundle).restorativeCase().map(r -> r.referral().receivedAt()))
        .contains(Instant.parse("1500-03-01T12:00:00Z"));

    episode.getPeriod().setStartElement(new DateTimeType("0000-06-01T12:00:00Z"));
    FhirReadResult yearZero = FhirBundles.read(bundle);
    assertThat(yearZero.restorativeCase()).isEmpty();
    assertThat(yearZero.errors())
        .extracting(v -> v.code(), v -> v.path())
        .containsExactly(tuple(FhirProblemCode.FHIR_INVALID_VALUE.name(), "/referral/receivedAt"));
  }

  // The pseudonymised Bundle: months of a view, taken in a zone.

  private static PseudonymisedCase view() {
    return Pseudonymiser.keyed(new byte[16])
        .pseudonymise(FhirFixtures.everyAttribute(), ZoneId.of("Europe/London"));
  }

  /** A view with every month it holds at one place set to a month, and that place's pointer. */
  private record Place(String pointer, Function<YearMonth, PseudonymisedCase> with) {}

  private static <T> List<T> first(List<T> list, UnaryOperator<T> change) {
    List<T> changed = new ArrayList<>(list);
    changed.set(0, change.apply(changed.get(0)));
    return changed;
  }

  private static List<Place> places(PseudonymisedCase v) {
    return List.of(
        new Place("/referredIn", m -> v.withReferredIn(m)),
        new Place(
            "/harms/0/occurredIn", m -> v.withHarms(first(v.harms(), h -> h.withOccurredIn(m)))),
        new Place(
            "/processes/0/chosenIn",
            m -> v.withProcesses(first(v.processes(), p -> p.withChosenIn(m)))),
        new Place(
            "/meetings/0/month", m -> v.withMeetings(first(v.meetings(), x -> x.withMonth(m)))),
        new Place(
            "/agreements/0/month",
            m -> v.withAgreements(first(v.agreements(), x -> x.withMonth(m)))));
  }

  @Test
  void a_month_outside_the_pseudonymised_forms_years_is_refused_at_its_pointer() {
    for (Place place : places(view())) {
      for (YearMonth month :
          List.of(YearMonth.of(10_001, 1), YearMonth.of(-1, 12), YearMonth.of(999_999_999, 12))) {
        PseudonymisedCase beyond = place.with().apply(month);
        String pointer = pseudonymisedPointer(beyond);

        assertThat(pointer).isEqualTo(place.pointer());
        assertThatThrownBy(() -> FhirBundles.pseudonymised(beyond))
            .isInstanceOf(FhirUnwritableValueException.class)
            .hasMessageContaining(pointer)
            .hasMessageContaining("months in the years 0000 to 10000")
            .satisfies(
                e -> assertThat(((FhirUnwritableValueException) e).pointer()).isEqualTo(pointer))
            .satisfies(
                e -> assertThat(e.getMessage()).doesNotContain(Integer.toString(month.getYear())));
      }
    }
  }

  private static String pseudonymisedPointer(PseudonymisedCase view) {
    try {
      PseudonymisedCaseJson.strict().writeLine(view);
    } catch (UnwritableValueException e) {
      return e.pointer();
    }
    throw new AssertionError("the pseudonymised writer wrote a month outside its range");
  }

  @Test
  void a_month_of_year_0000_or_10000_is_written_as_the_nearest_month_fhir_holds() {
    for (Place place : places(view())) {
      Map<YearMonth, String> written =
          Map.of(
              YearMonth.of(0, 12), "\"0001-01\"",
              YearMonth.of(10_000, 1), "\"9999-12\"",
              YearMonth.of(1, 1), "\"0001-01\"",
              YearMonth.of(9999, 12), "\"9999-12\"");
      written.forEach(
          (month, text) ->
              assertThat(text(FhirBundles.pseudonymised(place.with().apply(month))))
                  .as(place.pointer() + " at " + month)
                  .contains(text));
    }
  }

  @Test
  void a_record_referred_in_the_first_minute_of_year_0001_is_written_in_january_0001() {
    RestorativeCase first = FhirFixtures.everyAttribute();
    first =
        first.withReferral(
            new Referral.Builder()
                .from(first.referral())
                .receivedAt(Instant.parse("0001-01-01T00:00:30Z"))
                .build());
    PseudonymisedCase view =
        Pseudonymiser.keyed(new byte[16]).pseudonymise(first, ZoneId.of("Europe/London"));

    assertThat(view.referredIn()).isEqualTo(YearMonth.of(0, 12));
    assertThat(
            FhirFixtures.all(FhirBundles.pseudonymised(view), EpisodeOfCare.class)
                .get(0)
                .getPeriod()
                .getStartElement()
                .getValueAsString())
        .isEqualTo("0001-01");
  }
}
