package org.restorative.core.metrics;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.internal.Invariants;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.rules.Policy;

/**
 * The standard measures of a cohort of cases (domain brief §7.6, §9), each as defined by its {@link
 * StandardMetric}: proportions with their counts, day summaries, proportions per role, and the
 * referral funnel.
 *
 * <p>Count a cohort with a {@link Tally}: it keeps counters and, for the day measures, how many
 * cases took each number of days, so its memory does not grow with the cohort (a few thousand
 * different day counts at most, in practice) and the cases themselves are never kept; the medians
 * are exact. The result does not depend on the order the cases were added in. Nor are cases matched
 * by id: a case added twice is counted twice, so give each case once (its latest record).
 *
 * <pre>{@code
 * CohortMetrics.Tally tally = CohortMetrics.tally(ZoneId.of("Europe/London"));
 * cases.forEach(tally::add);
 * CohortMetrics metrics = tally.result();
 * Proportion victimsSatisfied =
 *     metrics.byRole(StandardMetric.SATISFIED_BY_ROLE).get(PartyRole.PERSON_HARMED);
 * }</pre>
 *
 * <p>Tallies merge: a cohort split into parts — by one thread, by many threads, or by the map steps
 * of a cluster — can be counted one tally per part, and the tallies merged with {@link
 * Tally#merge(Tally)} in any order give exactly the measures of one tally fed every case.
 *
 * <pre>{@code
 * // one tally per thread, merged at the end
 * CohortMetrics.Tally all = CohortMetrics.tally(zone);
 * for (CohortMetrics.Tally part : tallies) {
 *   all.merge(part);
 * }
 * CohortMetrics metrics = all.result();
 * }</pre>
 *
 * <p>A {@code CohortMetrics} is immutable and thread-safe; a {@code Tally} is neither.
 */
public final class CohortMetrics {

  private static final StandardMetric[] METRICS = StandardMetric.values();
  private static final PartyRole[] ROLES = PartyRole.values();
  private static final FunnelStage[] STAGES = FunnelStage.values();

  private final ZoneId zone;
  private final long referrals;
  private final Map<StandardMetric, Proportion> proportions;
  private final Map<StandardMetric, Map<PartyRole, Proportion>> byRole;
  private final Map<StandardMetric, DaySummary> days;
  private final List<FunnelStep> funnel;

  private CohortMetrics(
      ZoneId zone,
      long referrals,
      Map<StandardMetric, Proportion> proportions,
      Map<StandardMetric, Map<PartyRole, Proportion>> byRole,
      Map<StandardMetric, DaySummary> days,
      List<FunnelStep> funnel) {
    this.zone = zone;
    this.referrals = referrals;
    this.proportions = Collections.unmodifiableMap(proportions);
    this.byRole = Collections.unmodifiableMap(byRole);
    this.days = Collections.unmodifiableMap(days);
    this.funnel = List.copyOf(funnel);
  }

  /**
   * A tally that reads dates in the standard policy's zone ({@link Policy#DEFAULT_ZONE_ID}).
   *
   * @return an empty tally
   */
  public static Tally tally() {
    return tally(Policy.standard().zone());
  }

  /**
   * A tally that reads dates in the given time zone.
   *
   * @param zone the time zone for day counts
   * @return an empty tally
   */
  public static Tally tally(ZoneId zone) {
    return new Tally(zone);
  }

  /**
   * The measures of no cases, dates read in the standard policy's zone ({@link
   * Policy#DEFAULT_ZONE_ID}): every count zero, every rate and day statistic empty.
   *
   * @return the empty measures
   */
  public static CohortMetrics empty() {
    return empty(Policy.standard().zone());
  }

  /**
   * The measures of no cases: every count zero, every rate and day statistic empty.
   *
   * @param zone the time zone for day counts
   * @return the empty measures
   */
  public static CohortMetrics empty(ZoneId zone) {
    return tally(zone).result();
  }

  /**
   * The measures of the given cases.
   *
   * @param cases the cohort, in any order
   * @param zone the time zone for day counts
   * @return the measures
   */
  public static CohortMetrics of(Iterable<RestorativeCase> cases, ZoneId zone) {
    return tally(zone).addAll(cases).result();
  }

  /**
   * The time zone the day counts were read in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * How many cases were counted: the base of every case measure.
   *
   * @return the referrals
   */
  public long referrals() {
    return referrals;
  }

  /**
   * The proportion for a case or action measure, or for an evaluation measure with every role
   * pooled.
   *
   * @param metric a measure of kind {@link MetricKind#PROPORTION} or {@link MetricKind#BY_ROLE}
   * @return its numerator and denominator
   * @throws IllegalArgumentException for a {@link MetricKind#DAYS} measure
   */
  public Proportion proportion(StandardMetric metric) {
    Invariants.require(
        metric.kind() != MetricKind.DAYS,
        "metric " + metric + " counts days: ask days(metric) instead");
    return Objects.requireNonNull(proportions.get(metric));
  }

  /**
   * The day summary for a day measure.
   *
   * @param metric a measure of kind {@link MetricKind#DAYS}
   * @return its summary
   * @throws IllegalArgumentException for any other kind of measure
   */
  public DaySummary days(StandardMetric metric) {
    Invariants.require(
        metric.kind() == MetricKind.DAYS,
        "metric " + metric + " is not a day measure: ask proportion(metric) instead");
    return Objects.requireNonNull(days.get(metric));
  }

  /**
   * The proportion for an evaluation measure, per participant role at the time of the evaluation.
   *
   * @param metric a measure of kind {@link MetricKind#BY_ROLE}
   * @return every role, in the order of {@link PartyRole}, with its numerator and denominator (0 of
   *     0 for a role nobody held)
   * @throws IllegalArgumentException for any other kind of measure
   */
  public Map<PartyRole, Proportion> byRole(StandardMetric metric) {
    Invariants.require(
        metric.kind() == MetricKind.BY_ROLE,
        "metric " + metric + " is not counted by role: ask proportion(metric) instead");
    return Objects.requireNonNull(byRole.get(metric));
  }

  /**
   * An evaluation measure pooled over some roles, such as every harmed role.
   *
   * @param metric a measure of kind {@link MetricKind#BY_ROLE}
   * @param roles the roles to pool
   * @return the sum of their numerators over the sum of their denominators
   * @throws IllegalArgumentException for any other kind of measure
   */
  public Proportion pooled(StandardMetric metric, Set<PartyRole> roles) {
    Proportion sum = Proportion.of(0, 0);
    for (Map.Entry<PartyRole, Proportion> entry : byRole(metric).entrySet()) {
      if (roles.contains(entry.getKey())) {
        sum = sum.plus(entry.getValue());
      }
    }
    return sum;
  }

  /**
   * The referral funnel: referral, contact, consent, meeting, agreement, fulfilled, in that order.
   *
   * @return one step per {@link FunnelStage}
   */
  public List<FunnelStep> funnel() {
    return funnel;
  }

  /**
   * Whether another value holds the same measures read in the same time zone.
   *
   * @param other the other value
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CohortMetrics that
        && zone.equals(that.zone)
        && referrals == that.referrals
        && proportions.equals(that.proportions)
        && byRole.equals(that.byRole)
        && days.equals(that.days)
        && funnel.equals(that.funnel);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(zone, referrals, proportions, byRole, days, funnel);
  }

  /**
   * A short summary: the counts only, never any record's content.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "CohortMetrics{zone="
        + zone
        + ", referrals="
        + referrals
        + ", proportions="
        + proportions
        + ", days="
        + days
        + "}";
  }

  /**
   * Counts cases one at a time into the counters of a {@link CohortMetrics}, keeping no case. Not
   * thread-safe: use one tally per thread, and {@link #merge(Tally) merge} them at the end. A tally
   * fed part of a cohort merged with tallies fed the rest gives exactly the measures of one tally
   * fed every case, whatever the parts and the order of the merges.
   */
  public static final class Tally {

    private final ZoneId zone;
    private long cases;
    private final long[] numerators = new long[METRICS.length];
    private final long[] denominators = new long[METRICS.length];
    private final long[][] roleNumerators = new long[METRICS.length][ROLES.length];
    private final long[][] roleDenominators = new long[METRICS.length][ROLES.length];
    private final DayCounts[] dayCounts = new DayCounts[METRICS.length];
    private final long[] reached = new long[STAGES.length];
    private final long[] reachedInOrder = new long[STAGES.length];

    private Tally(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      for (StandardMetric metric : METRICS) {
        if (metric.kind() == MetricKind.DAYS) {
          dayCounts[metric.ordinal()] = new DayCounts();
        }
      }
    }

    /**
     * How many cases have been added.
     *
     * @return the count
     */
    public long count() {
      return cases;
    }

    /**
     * Counts one case.
     *
     * @param restorativeCase the case
     * @return this tally
     */
    public Tally add(RestorativeCase restorativeCase) {
      CaseFlags flags = CaseFlags.of(restorativeCase);
      cases++;
      for (StandardMetric metric : METRICS) {
        switch (caseCount(metric, flags)) {
          case NUMERATOR -> {
            numerators[metric.ordinal()]++;
            denominators[metric.ordinal()]++;
          }
          case DENOMINATOR -> denominators[metric.ordinal()]++;
          case OUTSIDE -> {}
        }
      }
      countActions(restorativeCase);
      countEvaluations(restorativeCase);
      CaseDays.incidentToReferral(restorativeCase, zone)
          .ifPresent(dayCounts[StandardMetric.DAYS_INCIDENT_TO_REFERRAL.ordinal()]::add);
      CaseDays.referralToIntervention(restorativeCase, zone)
          .ifPresent(dayCounts[StandardMetric.DAYS_REFERRAL_TO_INTERVENTION.ordinal()]::add);
      boolean inOrder = true;
      for (FunnelStage stage : STAGES) {
        boolean reachedStage = stage.isReachedBy(flags);
        inOrder &= reachedStage;
        if (reachedStage) {
          reached[stage.ordinal()]++;
        }
        if (inOrder) {
          reachedInOrder[stage.ordinal()]++;
        }
      }
      return this;
    }

    /**
     * Counts every case of a cohort.
     *
     * @param cohort the cases
     * @return this tally
     */
    public Tally addAll(Iterable<RestorativeCase> cohort) {
      for (RestorativeCase restorativeCase : cohort) {
        add(restorativeCase);
      }
      return this;
    }

    /**
     * Adds the counts of another tally to this one, as if every case added to it had been added to
     * this one: merging the tallies of the parts of a cohort, in any order, gives exactly the
     * measures of one tally fed the whole cohort. The other tally is not changed; neither may be in
     * use by another thread while they merge (merge the tallies of worker threads once those
     * threads are done with them). Merging an empty tally changes nothing.
     *
     * @param other a tally counted in the same time zone
     * @return this tally
     * @throws IllegalArgumentException if the other tally reads dates in another time zone
     */
    public Tally merge(Tally other) {
      Invariants.require(
          zone.equals(other.zone), "a tally merges only a tally counted in the same time zone");
      cases += other.cases;
      for (int i = 0; i < METRICS.length; i++) {
        numerators[i] += other.numerators[i];
        denominators[i] += other.denominators[i];
        for (int r = 0; r < ROLES.length; r++) {
          roleNumerators[i][r] += other.roleNumerators[i][r];
          roleDenominators[i][r] += other.roleDenominators[i][r];
        }
        DayCounts mine = dayCounts[i];
        DayCounts theirs = other.dayCounts[i];
        if (mine != null && theirs != null) {
          mine.addAll(theirs);
        }
      }
      for (int i = 0; i < STAGES.length; i++) {
        reached[i] += other.reached[i];
        reachedInOrder[i] += other.reachedInOrder[i];
      }
      return this;
    }

    /**
     * The measures of the cases added so far. The tally can go on counting afterwards.
     *
     * @return the measures
     */
    public CohortMetrics result() {
      Map<StandardMetric, Proportion> proportions = new EnumMap<>(StandardMetric.class);
      Map<StandardMetric, Map<PartyRole, Proportion>> byRole = new EnumMap<>(StandardMetric.class);
      Map<StandardMetric, DaySummary> days = new EnumMap<>(StandardMetric.class);
      for (StandardMetric metric : METRICS) {
        int i = metric.ordinal();
        switch (metric.kind()) {
          case PROPORTION -> proportions.put(metric, Proportion.of(numerators[i], denominators[i]));
          case DAYS -> days.put(metric, dayCounts[i].summary());
          case BY_ROLE -> {
            Map<PartyRole, Proportion> roles = new EnumMap<>(PartyRole.class);
            Proportion all = Proportion.of(0, 0);
            for (PartyRole role : ROLES) {
              Proportion one =
                  Proportion.of(
                      roleNumerators[i][role.ordinal()], roleDenominators[i][role.ordinal()]);
              roles.put(role, one);
              all = all.plus(one);
            }
            byRole.put(metric, Collections.unmodifiableMap(roles));
            proportions.put(metric, all);
          }
        }
      }
      List<FunnelStep> funnel = new ArrayList<>();
      long previous = cases;
      for (FunnelStage stage : STAGES) {
        long inOrder = reachedInOrder[stage.ordinal()];
        funnel.add(
            new FunnelStep.Builder()
                .stage(stage)
                .count(reached[stage.ordinal()])
                .inOrder(inOrder)
                .previousInOrder(previous)
                .referrals(cases)
                .build());
        previous = inOrder;
      }
      return new CohortMetrics(zone, cases, proportions, byRole, days, funnel);
    }

    private void countActions(RestorativeCase restorativeCase) {
      int i = StandardMetric.ACTIONS_COMPLETED.ordinal();
      for (Action action : restorativeCase.actions()) {
        ActionStatus status = action.status();
        if (status == ActionStatus.COMPLETED
            || status == ActionStatus.PARTIALLY_COMPLETED
            || status == ActionStatus.NOT_COMPLETED) {
          denominators[i]++;
          if (status == ActionStatus.COMPLETED) {
            numerators[i]++;
          }
        }
      }
    }

    private void countEvaluations(RestorativeCase restorativeCase) {
      for (Evaluation evaluation : onePerParty(restorativeCase.evaluations())) {
        int role = evaluation.roleAtTime().ordinal();
        for (StandardMetric metric : METRICS) {
          Count count = evaluationCount(metric, evaluation);
          if (count != Count.OUTSIDE) {
            roleDenominators[metric.ordinal()][role]++;
          }
          if (count == Count.NUMERATOR) {
            roleNumerators[metric.ordinal()][role]++;
          }
        }
      }
    }
  }

  /** Where one record falls for one measure. */
  private enum Count {
    OUTSIDE,
    DENOMINATOR,
    NUMERATOR
  }

  private static Count count(boolean inDenominator, boolean inNumerator) {
    if (!inDenominator) {
      return Count.OUTSIDE;
    }
    return inNumerator ? Count.NUMERATOR : Count.DENOMINATOR;
  }

  /** Where a case falls for a case measure; the definitions are those of {@link StandardMetric}. */
  private static Count caseCount(StandardMetric metric, CaseFlags flags) {
    return switch (metric) {
      case REFERRALS -> count(true, flags.referred());
      case CONTACT_MADE -> count(true, flags.contacted());
      case CONSENT_OBTAINED -> count(true, flags.consented());
      case PROCESS_DIRECT -> count(true, flags.processMode() == ProcessMode.DIRECT);
      case PROCESS_INDIRECT -> count(true, flags.processMode() == ProcessMode.INDIRECT);
      case PROCESS_NONE -> count(true, flags.processMode() == ProcessMode.NONE);
      case MEETING_HELD -> count(true, flags.meetingHeld());
      case INTERVENTION_DELIVERED -> count(true, flags.interventionDelivered());
      case AGREEMENT_REACHED -> count(true, flags.agreementReached());
      case AGREEMENT_COMPLETED -> fulfilment(flags, AgreementFulfilment.COMPLETED);
      case AGREEMENT_PARTIAL -> fulfilment(flags, AgreementFulfilment.PARTIALLY_COMPLETED);
      case AGREEMENT_NOT_COMPLETED -> fulfilment(flags, AgreementFulfilment.NOT_COMPLETED);
      case CLOSED_COMPLETED -> count(true, flags.stage() == Stage.CLOSED_COMPLETED);
      case CLOSED_PARTIAL -> count(true, flags.stage() == Stage.CLOSED_PARTIAL);
      case CLOSED_NOT_PROCEEDING -> count(true, flags.stage() == Stage.CLOSED_NOT_PROCEEDING);
      case CLOSED_WITHDRAWN -> count(true, flags.stage() == Stage.CLOSED_WITHDRAWN);
      case OPEN -> count(true, !flags.closed());
      case ACTIONS_COMPLETED,
          DAYS_INCIDENT_TO_REFERRAL,
          DAYS_REFERRAL_TO_INTERVENTION,
          EVALUATION_COMPLETED_BY_ROLE,
          SATISFIED_BY_ROLE,
          WOULD_RECOMMEND_BY_ROLE,
          FELT_BETTER_BY_ROLE,
          FELT_WORSE_BY_ROLE ->
          Count.OUTSIDE;
    };
  }

  private static Count fulfilment(CaseFlags flags, AgreementFulfilment wanted) {
    return count(
        flags.agreementEnded(), flags.agreementFulfilment().filter(f -> f == wanted).isPresent());
  }

  /**
   * Where a party's evaluation falls for an evaluation measure; the definitions are those of {@link
   * StandardMetric}.
   */
  private static Count evaluationCount(StandardMetric metric, Evaluation evaluation) {
    boolean answeredAfterCompleting = evaluation.isCompleted() && evaluation.completedProcess();
    return switch (metric) {
      case EVALUATION_COMPLETED_BY_ROLE ->
          count(
              evaluation.completedProcess() && evaluation.uptake().wasOffered(),
              evaluation.isCompleted());
      case SATISFIED_BY_ROLE ->
          count(
              answeredAfterCompleting && evaluation.satisfaction().isPresent(),
              evaluation.isSatisfied());
      case WOULD_RECOMMEND_BY_ROLE ->
          count(
              answeredAfterCompleting && evaluation.wouldRecommend().isPresent(),
              evaluation.wouldRecommend().orElse(false));
      case FELT_BETTER_BY_ROLE ->
          count(
              answeredAfterCompleting && evaluation.feltAfter().isPresent(),
              evaluation.feltAfter().filter(f -> f == FeltAfter.BETTER).isPresent());
      case FELT_WORSE_BY_ROLE ->
          count(
              answeredAfterCompleting && evaluation.feltAfter().isPresent(),
              evaluation.feltAfter().filter(f -> f == FeltAfter.WORSE).isPresent());
      default -> Count.OUTSIDE;
    };
  }

  /**
   * One evaluation per party: the party's latest completed evaluation (latest {@code completedAt};
   * on a tie the later record), or, if none is completed, their last record.
   */
  static List<Evaluation> onePerParty(List<Evaluation> evaluations) {
    Map<PartyId, Evaluation> chosen = new LinkedHashMap<>();
    for (Evaluation candidate : evaluations) {
      Evaluation current = chosen.get(candidate.party());
      if (current == null || replaces(candidate, current)) {
        chosen.put(candidate.party(), candidate);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  private static boolean replaces(Evaluation candidate, Evaluation current) {
    if (candidate.isCompleted() != current.isCompleted()) {
      return candidate.isCompleted();
    }
    if (!candidate.isCompleted()) {
      return true;
    }
    return !candidate.completedAt().orElseThrow().isBefore(current.completedAt().orElseThrow());
  }

  /**
   * The day counts of the cases included in one day measure, as how many cases took each number of
   * days: its memory grows with the number of different day counts (a few thousand at most, in
   * practice), not with the cases, so a cohort of millions is counted in flat memory, and the
   * median is exact.
   */
  static final class DayCounts {
    private final TreeMap<Integer, long[]> cases = new TreeMap<>();

    void add(int days) {
      cases.computeIfAbsent(days, d -> new long[1])[0]++;
    }

    /** Adds every count of another; the other may be this one. */
    void addAll(DayCounts other) {
      if (other == this) {
        cases.values().forEach(count -> count[0] *= 2);
        return;
      }
      other.cases.forEach(
          (days, count) -> cases.computeIfAbsent(days, d -> new long[1])[0] += count[0]);
    }

    /** How many different day counts are kept. */
    int distinct() {
      return cases.size();
    }

    DaySummary summary() {
      long count = 0;
      long total = 0;
      for (Map.Entry<Integer, long[]> days : cases.entrySet()) {
        count += days.getValue()[0];
        total += days.getKey() * days.getValue()[0];
      }
      if (count == 0) {
        return DaySummary.ofSorted(new int[0]);
      }
      // The middle one or two of the counts in order: the (count - 1) / 2-th and count / 2-th, from
      // 0.
      long lowMiddle = (count - 1) / 2;
      long highMiddle = count / 2;
      long seen = 0;
      long middleTwice = 0;
      for (Map.Entry<Integer, long[]> days : cases.entrySet()) {
        long before = seen;
        seen += days.getValue()[0];
        if (before <= lowMiddle && lowMiddle < seen) {
          middleTwice += days.getKey();
        }
        if (before <= highMiddle && highMiddle < seen) {
          middleTwice += days.getKey();
          break;
        }
      }
      return DaySummary.of(count, total, cases.firstKey(), cases.lastKey(), middleTwice);
    }
  }
}
