package org.restorative.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.StatusChange;
import org.restorative.core.process.Meeting;
import org.restorative.core.rules.Pointer;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The research tables hold moments and dates of the years 0001 to 9999, as the case-record format
 * does. Each moment and date a table writes or takes a value from, in generated cases that hold it,
 * is set to a value outside those years, and the case gives no rows: a {@link
 * ResearchUnwritableValueException} names the value's JSON Pointer, the table and the column, with
 * the range and without the value, and the writer writes nothing of the case. Set to the first and
 * last moments and days of those years, it is written; a moment of year 0001 that falls on
 * 0000-12-31 in Europe/London is written as on 0001-01-01.
 */
class TablesRangeTest {

  private static final List<Object> INSTANTS_BEYOND =
      List.of(
          Instant.MIN,
          Instant.MAX,
          Instant.parse("+10000-01-01T00:00:00Z"),
          Instant.parse("-0001-12-31T23:59:59Z"));

  private static final List<Object> DATES_BEYOND =
      List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(10_000, 1, 1), LocalDate.of(0, 12, 31));

  /**
   * A moment or date a table writes or takes a value from: its place in the case record, the table
   * and column it goes to, the cases that hold it, and the case with another value there (and in
   * the places the model keeps in order with it, which come later in the row).
   */
  private record Place(
      String name,
      Class<?> type,
      String file,
      String column,
      Predicate<RestorativeCase> holds,
      Function<RestorativeCase, String> pointer,
      BiFunction<RestorativeCase, Object, RestorativeCase> with) {}

  private static <T> int first(List<T> list, Predicate<T> holds) {
    for (int i = 0; i < list.size(); i++) {
      if (holds.test(list.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static <T> List<T> changed(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }

  private static Optional<Harm> firstHarm(RestorativeCase c) {
    return c.referral().harms().stream().findFirst().flatMap(c::harm);
  }

  private static int firstHarmIndex(RestorativeCase c) {
    return c.harms().indexOf(firstHarm(c).orElseThrow());
  }

  private static Referral referral(
      RestorativeCase c, Instant received, Optional<Instant> accepted) {
    return new Referral.Builder()
        .from(c.referral())
        .receivedAt(received)
        .acceptedAt(accepted)
        .build();
  }

  private static Occurrence startingAt(Occurrence o, Instant start) {
    return new Occurrence.Builder().from(o).start(start).end(o.end().map(e -> start)).build();
  }

  private static Meeting startingAt(Meeting m, Instant start) {
    return new Meeting.Builder().from(m).startAt(start).endAt(m.endAt().map(e -> start)).build();
  }

  private static Evaluation offeredAt(Evaluation e, Instant at) {
    return new Evaluation.Builder()
        .from(e)
        .offeredAt(at)
        .completedAt(e.completedAt().map(x -> at))
        .build();
  }

  private static Action endedAt(Action a, Instant at) {
    return a.withStatusHistory(
        a.statusHistory().stream().map((StatusChange s) -> s.withAt(at)).toList());
  }

  private static final Predicate<Meeting> STARTED = m -> m.startAt().isPresent();
  private static final Predicate<Meeting> ENDED = m -> m.endAt().isPresent();
  private static final Predicate<Action> DUE = a -> a.dueOn().isPresent();
  private static final Predicate<Action> REVIEWED = a -> a.reviewOn().isPresent();
  private static final Predicate<Action> ENDED_ACTION = a -> a.terminalAt().isPresent();
  private static final Predicate<Action> INFORMED = a -> a.harmedInformedAt().isPresent();
  private static final Predicate<Evaluation> OFFERED = e -> e.offeredAt().isPresent();
  private static final Predicate<Evaluation> COMPLETED = e -> e.completedAt().isPresent();

  /** Every moment and date the tables write or take a value from. */
  private static final List<Place> PLACES =
      List.of(
          new Place(
              "referral received",
              Instant.class,
              "cases.csv",
              "referral_received_on",
              c -> true,
              c -> "/referral/receivedAt",
              (c, v) ->
                  c.withReferral(
                      referral(c, (Instant) v, c.referral().acceptedAt().map(a -> (Instant) v)))),
          new Place(
              "referral accepted",
              Instant.class,
              "cases.csv",
              "referral_accepted_on",
              c -> c.referral().acceptedAt().isPresent(),
              c -> "/referral/acceptedAt",
              (c, v) ->
                  c.withReferral(referral(c, c.referral().receivedAt(), Optional.of((Instant) v)))),
          new Place(
              "incident",
              Instant.class,
              "cases.csv",
              "incident_on",
              c -> firstHarm(c).isPresent(),
              c -> Pointer.of("harms", firstHarmIndex(c), "occurred", "from"),
              (c, v) ->
                  c.withHarms(
                      changed(
                          c.harms(),
                          firstHarmIndex(c),
                          h -> h.withOccurred(startingAt(h.occurred(), (Instant) v))))),
          new Place(
              "paused",
              Instant.class,
              "cases.csv",
              "paused_on",
              c -> c.pause().isPresent(),
              c -> "/pause/since",
              (c, v) -> c.withPause(c.pause().orElseThrow().withSince((Instant) v))),
          new Place(
              "closed",
              Instant.class,
              "cases.csv",
              "closed_on",
              c -> c.closure().isPresent(),
              c -> "/closure/closedAt",
              (c, v) -> c.withClosure(c.closure().orElseThrow().withClosedAt((Instant) v))),
          new Place(
              "meeting start",
              Instant.class,
              "meetings.csv",
              "start_at",
              c -> first(c.meetings(), STARTED) >= 0,
              c -> Pointer.of("meetings", first(c.meetings(), STARTED), "startAt"),
              (c, v) ->
                  c.withMeetings(
                      changed(
                          c.meetings(),
                          first(c.meetings(), STARTED),
                          m -> startingAt(m, (Instant) v)))),
          new Place(
              "meeting end",
              Instant.class,
              "meetings.csv",
              "end_at",
              c -> first(c.meetings(), ENDED) >= 0,
              c -> Pointer.of("meetings", first(c.meetings(), ENDED), "endAt"),
              (c, v) ->
                  c.withMeetings(
                      changed(
                          c.meetings(),
                          first(c.meetings(), ENDED),
                          m -> m.withEndAt((Instant) v)))),
          new Place(
              "action due",
              LocalDate.class,
              "actions.csv",
              "due_on",
              c -> first(c.actions(), DUE) >= 0,
              c -> Pointer.of("actions", first(c.actions(), DUE), "dueOn"),
              (c, v) ->
                  c.withActions(
                      changed(
                          c.actions(), first(c.actions(), DUE), a -> a.withDueOn((LocalDate) v)))),
          new Place(
              "action review",
              LocalDate.class,
              "actions.csv",
              "review_on",
              c -> first(c.actions(), REVIEWED) >= 0,
              c -> Pointer.of("actions", first(c.actions(), REVIEWED), "reviewOn"),
              (c, v) ->
                  c.withActions(
                      changed(
                          c.actions(),
                          first(c.actions(), REVIEWED),
                          a -> a.withReviewOn((LocalDate) v)))),
          new Place(
              "action ended",
              Instant.class,
              "actions.csv",
              "ended_at",
              c -> first(c.actions(), ENDED_ACTION) >= 0,
              c -> {
                int i = first(c.actions(), ENDED_ACTION);
                int last = c.actions().get(i).statusHistory().size() - 1;
                return Pointer.of("actions", i, "statusHistory", last, "at");
              },
              (c, v) ->
                  c.withActions(
                      changed(
                          c.actions(),
                          first(c.actions(), ENDED_ACTION),
                          a -> endedAt(a, (Instant) v)))),
          new Place(
              "person harmed informed",
              Instant.class,
              "actions.csv",
              "harmed_informed_at",
              c -> first(c.actions(), INFORMED) >= 0,
              c -> Pointer.of("actions", first(c.actions(), INFORMED), "harmedInformedAt"),
              (c, v) ->
                  c.withActions(
                      changed(
                          c.actions(),
                          first(c.actions(), INFORMED),
                          a -> a.withHarmedInformedAt((Instant) v)))),
          new Place(
              "evaluation offered",
              Instant.class,
              "evaluations.csv",
              "offered_on",
              c -> first(c.evaluations(), OFFERED) >= 0,
              c -> Pointer.of("evaluations", first(c.evaluations(), OFFERED), "offeredAt"),
              (c, v) ->
                  c.withEvaluations(
                      changed(
                          c.evaluations(),
                          first(c.evaluations(), OFFERED),
                          e -> offeredAt(e, (Instant) v)))),
          new Place(
              "evaluation completed",
              Instant.class,
              "evaluations.csv",
              "completed_on",
              c -> first(c.evaluations(), COMPLETED) >= 0,
              c -> Pointer.of("evaluations", first(c.evaluations(), COMPLETED), "completedAt"),
              (c, v) ->
                  c.withEvaluations(
                      changed(
                          c.evaluations(),
                          first(c.evaluations(), COMPLETED),
                          e -> e.withCompletedAt((Instant) v)))));

  /** Generated cases of every stage: between them they hold every place. */
  private static final List<RestorativeCase> COHORT = SyntheticCases.seeded(7).cohort(200).toList();

  /** The case with the value at the place, in a few generated cases that hold it. */
  private static List<RestorativeCase> at(Place place, Object value) {
    List<RestorativeCase> cases = new ArrayList<>();
    for (RestorativeCase c : COHORT) {
      if (cases.size() == 3) {
        break;
      }
      if (place.holds().test(c)) {
        try {
          cases.add(place.with().apply(c, value));
        } catch (IllegalArgumentException | IllegalStateException refusedByTheModel) {
          // A structural check keeps the place in order with another: the value cannot stand here.
        }
      }
    }
    return cases;
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
  void a_moment_or_date_outside_the_years_0001_to_9999_gives_no_rows_but_its_pointer()
      throws IOException {
    TreeSet<String> exercised = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (Place place : PLACES) {
      for (Object value : place.type() == Instant.class ? INSTANTS_BEYOND : DATES_BEYOND) {
        for (RestorativeCase c : at(place, value)) {
          exercised.add(place.name() + " at " + value);
          String pointer = place.pointer().apply(c);
          Map<ResearchTable, StringBuilder> out = new LinkedHashMap<>();
          try (ResearchTableWriter writer =
              ResearchTableWriter.of(t -> out.computeIfAbsent(t, x -> new StringBuilder()))) {
            Map<ResearchTable, String> headers = new LinkedHashMap<>();
            out.forEach((t, text) -> headers.put(t, text.toString()));
            try {
              writer.write(c);
              wrong.add(place.name() + " at " + value + " is written");
            } catch (ResearchUnwritableValueException e) {
              String message = e.getMessage();
              if (!e.pointer().equals(pointer)
                  || !message.contains(pointer)
                  || !message.contains(place.file() + ", column " + place.column())
                  || !message.contains("in the years 0001 to 9999")
                  || showsValue(message, value)) {
                wrong.add(place.name() + " at " + value + " is refused as: " + message);
              }
            } catch (RuntimeException e) {
              wrong.add(place.name() + " at " + value + " throws " + e.getClass().getSimpleName());
            }
            Map<ResearchTable, String> after = new LinkedHashMap<>();
            out.forEach((t, text) -> after.put(t, text.toString()));
            if (!after.equals(headers) || writer.cases() != 0) {
              wrong.add(place.name() + " at " + value + " leaves part of the case in the tables");
            }
          }
        }
      }
    }

    assertThat(wrong)
        .as("moments beyond the tables' years not refused at their pointers")
        .isEmpty();
    assertThat(exercised.stream().map(tried -> tried.split(" at ")[0]).distinct())
        .as("every place is set beyond the tables' years")
        .containsExactlyInAnyOrderElementsOf(PLACES.stream().map(Place::name).toList());
    assertThat(exercised)
        .as("both ends of most places (a structural check keeps some in order with another)")
        .hasSizeGreaterThan(PLACES.size() * 3);
  }

  @Test
  void the_tables_of_a_single_case_refuse_it_as_the_writer_does() {
    Place received = PLACES.get(0);
    RestorativeCase c = at(received, Instant.MAX).get(0);

    assertThatThrownBy(() -> ResearchTables.PARTIES.rows(c))
        .isInstanceOf(ResearchUnwritableValueException.class)
        .hasMessageContaining("parties.csv, column age_band")
        .satisfies(
            e ->
                assertThat(((ResearchUnwritableValueException) e).pointer())
                    .isEqualTo("/referral/receivedAt"));
    assertThatThrownBy(() -> ResearchTableWriter.rows(c))
        .isInstanceOf(ResearchUnwritableValueException.class)
        .hasMessageContaining("cases.csv, column referral_received_on");
  }

  private static ResearchTable tableOf(Place place) {
    return ResearchTables.ALL.stream()
        .filter(t -> t.file().equals(place.file()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void
      the_first_and_last_moments_and_days_are_written_a_day_in_year_0000_in_london_as_0001_01_01() {
    // Europe/London kept local mean time, 75 seconds behind UTC, until 1847: the first moment of
    // year 0001 falls on 0000-12-31 there.
    Map<Object, String> instants =
        Map.of(
            Instant.parse("0001-01-01T00:00:00Z"), "0001-01-01",
            Instant.parse("9999-12-31T23:59:59.999999999Z"), "9999-12-31");
    Map<Object, String> dates =
        Map.of(LocalDate.of(1, 1, 1), "0001-01-01", LocalDate.of(9999, 12, 31), "9999-12-31");
    List<String> wrong = new ArrayList<>();
    TreeSet<String> exercised = new TreeSet<>();
    for (Place place : PLACES) {
      ResearchTable table = tableOf(place);
      int column = table.header().indexOf(place.column());
      boolean moment = table.columns().get(column).type() == ColumnType.DATETIME;
      Map<Object, String> edges = place.type() == Instant.class ? instants : dates;
      edges.forEach(
          (value, day) -> {
            for (RestorativeCase c : at(place, value)) {
              exercised.add(place.name());
              try {
                List<String> cells = table.rows(c).stream().map(row -> row.get(column)).toList();
                if (!cells.contains(moment ? value.toString() : day)) {
                  wrong.add(place.name() + " at " + value + " is written as " + cells);
                }
              } catch (RuntimeException e) {
                wrong.add(place.name() + " at " + value + " throws " + e.getClass().getName());
              }
            }
          });
    }

    assertThat(wrong).as("the first and last moments and days not written").isEmpty();
    assertThat(exercised)
        .containsExactlyInAnyOrderElementsOf(PLACES.stream().map(Place::name).toList());
  }
}
