package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.metrics.CohortMetrics;
import org.restorative.core.party.Party;
import org.restorative.core.privacy.Pseudonymiser;
import org.restorative.core.privacy.RedactedView;
import org.restorative.core.rules.ModelReflection.Moment;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * A case built in code may hold any date or instant {@code java.time} holds: {@link LocalDate#MAX}
 * for a leave without end, {@link Instant#MIN} from a conversion gone wrong. Each moment the
 * generated cases hold is set, one at a time, to each end of its type's range, and the rules, the
 * planner, the cohort metrics, the redacted view and the pseudonymiser must take the case as they
 * take it with the moment just inside that end, instead of throwing {@link
 * java.time.DateTimeException}: the same findings, moves, metrics, age bands and pseudonymised
 * case.
 */
class MomentsBeyondTheCalendarTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Pseudonymiser PSEUDONYMISER = Pseudonymiser.keyed(new byte[16]);

  /** How many times each moment is set to each end: enough to meet it in different places. */
  private static final int ENOUGH = 8;

  /** An end of a moment's range, and the moment just inside it that it is compared with. */
  private record End(String name, Object value, Object inside) {}

  private static final List<End> INSTANT_ENDS =
      List.of(
          new End("Instant.MIN", Instant.MIN, Instant.parse("-999999999-01-01T12:00:00Z")),
          new End("Instant.MAX", Instant.MAX, Instant.parse("+999999999-12-31T12:00:00Z")));

  private static final List<End> DATE_ENDS =
      List.of(
          new End("LocalDate.MIN", LocalDate.MIN, LocalDate.MIN.plusDays(1)),
          new End("LocalDate.MAX", LocalDate.MAX, LocalDate.MAX.minusDays(1)));

  /** What each user of a case makes of it, by name. */
  private static final Map<String, Function<RestorativeCase, Object>> USES = uses();

  private static Map<String, Function<RestorativeCase, Object>> uses() {
    Map<String, Function<RestorativeCase, Object>> uses = new TreeMap<>();
    uses.put(
        "rules",
        c ->
            CheckedAsOfAnyInstantTest.findings(
                RuleSet.standard().check(c, Policy.standard(), AS_OF)));
    uses.put(
        "planner",
        c -> CheckedAsOfAnyInstantTest.options(CaseTransitions.standard().options(c, AS_OF)));
    uses.put("metrics", c -> CohortMetrics.of(List.of(c), LONDON));
    uses.put(
        "redacted view",
        c ->
            RedactedView.redactedCopyOf(c, LONDON).parties().stream().map(Party::ageBand).toList());
    uses.put("pseudonymiser", c -> PSEUDONYMISER.pseudonymise(c, LONDON));
    return uses;
  }

  @Test
  void a_moment_at_an_end_of_its_range_is_taken_as_one_just_inside_it() {
    List<RestorativeCase> cases = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      cases.add(SyntheticCases.seeded(9).caseAt(stage, 0));
    }
    SyntheticCases.seeded(9).cohort(60).forEach(cases::add);
    cases.add(
        DatesInOrderCoverageTest.withWhatTheGeneratorLeavesOut(
            SyntheticCases.seeded(9).caseAt(Stage.FOLLOW_UP, 0)));
    Map<String, Integer> exercised = new TreeMap<>();
    Set<String> attributes = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (RestorativeCase c : cases) {
      for (Moment m : ModelReflection.moments(c)) {
        attributes.add(m.attribute());
        for (End end : m.type() == Instant.class ? INSTANT_ENDS : DATE_ENDS) {
          String tried = m.attribute() + " at " + end.name();
          if (exercised.getOrDefault(tried, 0) >= ENOUGH) {
            continue;
          }
          Optional<RestorativeCase> atTheEnd = m.with(end.value());
          Optional<RestorativeCase> inside = m.with(end.inside());
          if (atTheEnd.isEmpty() || inside.isEmpty()) {
            continue;
          }
          exercised.merge(tried, 1, Integer::sum);
          USES.forEach(
              (use, made) -> {
                String what = use + ": " + tried + " (" + c.id().value() + m.pointer() + ")";
                try {
                  if (!made.apply(atTheEnd.get()).equals(made.apply(inside.get()))) {
                    wrong.add(what + " differs from just inside");
                  }
                } catch (RuntimeException e) {
                  wrong.add(what + " throws " + e.getClass().getSimpleName());
                }
              });
        }
      }
    }

    assertThat(wrong).as("uses of a case that fail at the ends of a moment's range").isEmpty();
    assertThat(exercised.keySet().stream().map(tried -> tried.split(" at ")[0]).distinct())
        .as(
            "every moment the cases hold is set to an end somewhere (some, such as a meeting's end,")
        .as("are refused at one end by a structural check of their value)")
        .containsExactlyInAnyOrderElementsOf(attributes);
    assertThat(exercised)
        .as("both ends of most moments")
        .hasSizeGreaterThan(attributes.size() * 3 / 2);
  }
}
