package org.restorative.core.synthetic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.internal.Invariants;

/**
 * A seeded, deterministic generator of realistic synthetic restorative cases.
 *
 * <p>Each case is addressed by its index within the seed's cohort, so case 17 of seed 7 is the same
 * case whether it is asked for alone or as part of a cohort, on any machine and any JDK. Cases span
 * every harm context (patient on patient, patient on staff, staff on patient, staff on staff, harm
 * to family, community offences, organisational harm), every process type, mixes of parties with
 * supporters and mutual harm, and mental-health attributes such as detention and restriction,
 * leave, doubted capacity, autism-related communication needs, interpreters and young people.
 *
 * <p>All names, dates and texts are invented. Nothing here reads the clock or the JDK's random
 * number generators.
 *
 * <pre>{@code
 * SyntheticCases synthetic = SyntheticCases.seeded(7);
 * RestorativeCase held = synthetic.caseAt(Stage.FOLLOW_UP, 0);
 * List<RestorativeCase> cohort = synthetic.cohort(500).toList();
 * }</pre>
 */
public final class SyntheticCases {

  /**
   * The share of a cohort in each stage, in the order of {@link #COHORT_STAGES}; chosen to look
   * like a service that has run for a few years (most cases closed, a minority still open).
   */
  private static final int[] COHORT_WEIGHTS = {6, 6, 5, 5, 3, 5, 2, 4, 30, 8, 16, 10};

  /** The stages a cohort is drawn from, weighted by {@link #COHORT_WEIGHTS}. */
  private static final List<Stage> COHORT_STAGES =
      List.of(
          Stage.REFERRAL,
          Stage.ASSESSMENT,
          Stage.PREPARATION,
          Stage.INTERVENTION,
          Stage.OUTCOME_AGREEMENT,
          Stage.FOLLOW_UP,
          Stage.CLOSURE,
          Stage.PAUSED,
          Stage.CLOSED_COMPLETED,
          Stage.CLOSED_PARTIAL,
          Stage.CLOSED_NOT_PROCEEDING,
          Stage.CLOSED_WITHDRAWN);

  private final long seed;
  private final int[] weights;
  private final int[] contextWeights;

  private SyntheticCases(long seed, int[] weights, int[] contextWeights) {
    this.seed = seed;
    this.weights = weights;
    this.contextWeights = contextWeights;
  }

  /**
   * A generator for one seed.
   *
   * @param seed any number; the same seed always gives the same cases
   * @return the generator
   */
  public static SyntheticCases seeded(long seed) {
    return new SyntheticCases(seed, COHORT_WEIGHTS, Casting.CONTEXT_WEIGHTS);
  }

  /**
   * A copy that draws the stages of a cohort with other weights, for a service that closes more or
   * fewer cases, or pauses more. Stages left out are never drawn.
   *
   * @param stageWeights a relative weight per stage; at least one positive, none negative
   * @return the copy
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  public SyntheticCases withStageWeights(Map<Stage, Integer> stageWeights) {
    int[] chosen = new int[COHORT_STAGES.size()];
    int total = 0;
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = stageWeights.getOrDefault(COHORT_STAGES.get(i), 0);
      Invariants.require(chosen[i] >= 0, "stage weights must not be negative");
      total += chosen[i];
    }
    Invariants.require(total > 0, "at least one stage weight must be positive");
    return new SyntheticCases(seed, chosen, contextWeights);
  }

  /**
   * A copy that draws the harm context of each case with other weights, for method work on one kind
   * of harm, such as organisational harm reviewed in a restorative just culture. Contexts left out
   * are never drawn. With the default weights the cases are exactly those of {@link #seeded(long)}.
   *
   * @param contextWeights a relative weight per harm context; at least one positive, none negative
   * @return the copy
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  public SyntheticCases withContextWeights(Map<HarmContext, Integer> contextWeights) {
    int[] chosen = new int[Casting.CONTEXTS.size()];
    int total = 0;
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = contextWeights.getOrDefault(Casting.CONTEXTS.get(i), 0);
      Invariants.require(chosen[i] >= 0, "context weights must not be negative");
      total += chosen[i];
    }
    Invariants.require(total > 0, "at least one context weight must be positive");
    return new SyntheticCases(seed, weights, chosen);
  }

  /**
   * The default share of each harm context among the cases.
   *
   * @return the relative weight of each harm context
   */
  public static Map<HarmContext, Integer> defaultContextWeights() {
    Map<HarmContext, Integer> defaults = new EnumMap<>(HarmContext.class);
    for (int i = 0; i < Casting.CONTEXTS.size(); i++) {
      defaults.put(Casting.CONTEXTS.get(i), Casting.CONTEXT_WEIGHTS[i]);
    }
    return Collections.unmodifiableMap(defaults);
  }

  /**
   * The default share of each stage in a cohort: a service that has run for a few years.
   *
   * @return the relative weight of each stage
   */
  public static Map<Stage, Integer> defaultStageWeights() {
    Map<Stage, Integer> defaults = new EnumMap<>(Stage.class);
    for (int i = 0; i < COHORT_STAGES.size(); i++) {
      defaults.put(COHORT_STAGES.get(i), COHORT_WEIGHTS[i]);
    }
    return Collections.unmodifiableMap(defaults);
  }

  /**
   * The seed of this generator.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The case with the given index, at a stage drawn from the cohort's stage mix.
   *
   * @param index the case's index within the cohort, from 0
   * @return the case
   */
  public RestorativeCase caseNumber(long index) {
    Invariants.require(index >= 0, "index must not be negative");
    SplitMix rng = SplitMix.forIndex(seed, index);
    Stage stage = rng.weighted(COHORT_STAGES, weights);
    return new CaseDraft(rng, caseId(index), contextWeights).buildAt(stage);
  }

  /**
   * The case with the given index, brought to the given stage.
   *
   * @param stage any stage, including {@link Stage#PAUSED} and the closed states
   * @param index the case's index, from 0
   * @return the case, in that stage
   */
  public RestorativeCase caseAt(Stage stage, long index) {
    Invariants.require(index >= 0, "index must not be negative");
    SplitMix rng = SplitMix.forIndex(seed, index ^ ((long) (stage.ordinal() + 1) << 48));
    return new CaseDraft(rng, caseId(index), contextWeights).buildAt(stage);
  }

  /**
   * A cohort: the cases with indices 0 to {@code size - 1}, each at its drawn stage. The stream is
   * lazy, so a large cohort can be written out one case at a time.
   *
   * @param size how many cases
   * @return the cases, in index order
   */
  public Stream<RestorativeCase> cohort(long size) {
    Invariants.require(size >= 0, "size must not be negative");
    return LongStream.range(0, size).mapToObj(this::caseNumber);
  }

  private static CaseId caseId(long index) {
    return CaseId.of(String.format("SYN-%06d", index));
  }
}
