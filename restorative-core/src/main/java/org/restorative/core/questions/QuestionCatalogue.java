package org.restorative.core.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.restorative.core.internal.Invariants;
import org.restorative.core.process.ProcessType;

/**
 * The question sets a trust has available: the sets shipped with the library (domain brief §5.2)
 * and any the trust adds.
 *
 * <p>{@link #standard()} holds, each at version 1 and in exactly the brief's wording: {@link
 * #IIRP_RESPONSIBLE}, {@link #IIRP_HARMED}, {@link #IIRP_CONFERENCE_SCRIPT} (the questions to the
 * person responsible, the only part of the script retrieved; the fifth question is tagged as
 * recalled), {@link #IIRP_CONFERENCE_MODEL_SUMMARY} (reference only), {@link
 * #THORSBORNE_RESPONSIBLE}, {@link #THORSBORNE_HARMED}, {@link #THORSBORNE_DEEPER}, {@link
 * #AGREEMENT_PHASE_ALL} (unverified until its wording, written for a school, is checked for
 * adults), {@link #DEKKER_RESTORATIVE_JUST_CULTURE}, {@link #DEKKER_RETRIBUTIVE_REFERENCE}
 * (reference only, never for use in a process) and {@link #RESTORATIVE_JUST_CULTURE_CHECKLIST}. The
 * rest of the IIRP conference script is not shipped: it was not retrieved (brief §5.2, §10 item 4).
 *
 * <p>A catalogue is immutable: {@link #with(QuestionSet)} returns a new catalogue. Within a
 * catalogue each id and version appears once, a set's wording never changes within a version, and
 * an adaptation names a set that the catalogue holds.
 */
public final class QuestionCatalogue {

  /**
   * IIRP restorative questions for the person responsible, "When challenging behavior" [IIRP-Q].
   */
  public static final QuestionSetId IIRP_RESPONSIBLE = QuestionSetId.of("IIRP_RESPONSIBLE");

  /** IIRP restorative questions for the person harmed, "To help those affected" [IIRP-Q]. */
  public static final QuestionSetId IIRP_HARMED = QuestionSetId.of("IIRP_HARMED");

  /**
   * The IIRP conference script's questions to the person responsible [IIRP-SCRIPT]: the four seen
   * in the source, and a fifth completed from recollection and tagged so ({@link
   * Question#verification()}).
   */
  public static final QuestionSetId IIRP_CONFERENCE_SCRIPT =
      QuestionSetId.of("IIRP_CONFERENCE_SCRIPT");

  /** A school's summary of the IIRP conference model, reference only [BLOOMFIELD]. */
  public static final QuestionSetId IIRP_CONFERENCE_MODEL_SUMMARY =
      QuestionSetId.of("IIRP_CONFERENCE_MODEL_SUMMARY");

  /** Thorsborne's questions for the person responsible [THORSBORNE]. */
  public static final QuestionSetId THORSBORNE_RESPONSIBLE =
      QuestionSetId.of("THORSBORNE_RESPONSIBLE");

  /** Thorsborne's questions for the person harmed [THORSBORNE]. */
  public static final QuestionSetId THORSBORNE_HARMED = QuestionSetId.of("THORSBORNE_HARMED");

  /** Thorsborne's deeper, optional follow-up questions for the person responsible [THORSBORNE]. */
  public static final QuestionSetId THORSBORNE_DEEPER = QuestionSetId.of("THORSBORNE_DEEPER");

  /** Agreement-phase questions for each participant, observers included [CRC-STLEONARDS]. */
  public static final QuestionSetId AGREEMENT_PHASE_ALL = QuestionSetId.of("AGREEMENT_PHASE_ALL");

  /** Dekker's restorative just culture questions [DEKKER][LYLE-DEKKER]. */
  public static final QuestionSetId DEKKER_RESTORATIVE_JUST_CULTURE =
      QuestionSetId.of("DEKKER_RESTORATIVE_JUST_CULTURE");

  /** Dekker's retributive questions, shipped only as a contrasting reference [LYLE-DEKKER]. */
  public static final QuestionSetId DEKKER_RETRIBUTIVE_REFERENCE =
      QuestionSetId.of("DEKKER_RETRIBUTIVE_REFERENCE");

  /** The restorative just culture checklist, in four groups [RJC-CHECKLIST]. */
  public static final QuestionSetId RESTORATIVE_JUST_CULTURE_CHECKLIST =
      QuestionSetId.of("RESTORATIVE_JUST_CULTURE_CHECKLIST");

  private static final QuestionCatalogue STANDARD =
      new QuestionCatalogue(StandardQuestionSets.all());

  private final List<QuestionSet> sets;

  private QuestionCatalogue(Collection<QuestionSet> sets) {
    this.sets = List.copyOf(sets);
    Set<QuestionSetRef> refs = new HashSet<>();
    for (QuestionSet set : this.sets) {
      Invariants.require(
          refs.add(set.ref()), "question catalogue sets must not hold one id and version twice");
    }
    for (QuestionSet set : this.sets) {
      set.adaptationOf()
          .ifPresent(
              adapted ->
                  Invariants.require(
                      refs.contains(adapted),
                      "question catalogue adaptationOf must name a set held in the catalogue"));
    }
  }

  /**
   * The catalogue shipped with the library: the sets of the domain brief §5.2.
   *
   * @return the standard catalogue
   */
  public static QuestionCatalogue standard() {
    return STANDARD;
  }

  /**
   * A catalogue of the given sets only, for a trust that ships its own.
   *
   * @param sets the sets; each id and version at most once, and every adapted set included
   * @return the catalogue
   */
  public static QuestionCatalogue of(Collection<QuestionSet> sets) {
    return new QuestionCatalogue(sets);
  }

  /**
   * Every set, in the order added.
   *
   * @return the sets
   */
  public List<QuestionSet> sets() {
    return sets;
  }

  /**
   * The set with a given id and version.
   *
   * @param ref the id and version
   * @return the set, if held
   */
  public Optional<QuestionSet> find(QuestionSetRef ref) {
    return sets.stream().filter(s -> s.ref().equals(ref)).findFirst();
  }

  /**
   * The highest version held of a set, whatever its status.
   *
   * @param id the set's id
   * @return the latest version, if any is held
   */
  public Optional<QuestionSet> latest(QuestionSetId id) {
    return sets.stream()
        .filter(s -> s.id().equals(id))
        .max(Comparator.comparingInt(QuestionSet::version));
  }

  /**
   * The sets addressed to an audience, in the order added.
   *
   * @param audience the audience
   * @return the sets for that audience, whatever their status
   */
  public List<QuestionSet> forAudience(Audience audience) {
    return select(s -> s.audience() == audience);
  }

  /**
   * The sets used in a phase, in the order added.
   *
   * @param phase the phase
   * @return the sets for that phase, whatever their status
   */
  public List<QuestionSet> forPhase(Phase phase) {
    return select(s -> s.phase() == phase);
  }

  /**
   * The sets that may be used in a process of a given type: active, and meant for that type.
   *
   * @param type the process type
   * @return the usable sets, in the order added
   */
  public List<QuestionSet> usableFor(ProcessType type) {
    return select(s -> s.isUsableInProcess() && s.appliesTo(type));
  }

  /**
   * The adaptations of a set, such as its easy-read versions.
   *
   * @param ref the adapted set's id and version
   * @return the sets that adapt it, in the order added
   */
  public List<QuestionSet> adaptationsOf(QuestionSetRef ref) {
    return select(s -> s.adaptationOf().filter(ref::equals).isPresent());
  }

  /**
   * A catalogue with a set added, or with the set of the same id and version replaced, for example
   * to deprecate it. A replacement must keep the wording: a change of wording is a new version.
   *
   * @param set the set to add or replace
   * @return the new catalogue
   * @throws IllegalArgumentException if the replacement changes the wording, or an adaptation names
   *     a set the catalogue does not hold
   */
  public QuestionCatalogue with(QuestionSet set) {
    List<QuestionSet> next = new ArrayList<>(sets);
    Optional<QuestionSet> existing = find(set.ref());
    if (existing.isPresent()) {
      Invariants.require(
          existing.get().questions().equals(set.questions()),
          "question catalogue must not change a set's questions within a version");
      next.set(next.indexOf(existing.get()), set);
    } else {
      next.add(set);
    }
    return new QuestionCatalogue(next);
  }

  private List<QuestionSet> select(Predicate<QuestionSet> predicate) {
    List<QuestionSet> selected = new ArrayList<>();
    sets.stream().filter(predicate).forEach(selected::add);
    return Collections.unmodifiableList(selected);
  }

  /**
   * Two catalogues are equal when they hold equal sets in the same order.
   *
   * @param other the other object
   * @return true when equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof QuestionCatalogue that && sets.equals(that.sets);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return sets.hashCode();
  }

  /**
   * The references of the sets held, such as {@code QuestionCatalogue[IIRP_RESPONSIBLE@1, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    List<String> refs = new ArrayList<>();
    sets.forEach(s -> refs.add(s.ref().toString()));
    return "QuestionCatalogue" + refs;
  }
}
