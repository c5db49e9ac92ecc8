package org.restorative.core.questions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.process.ProcessType;

/**
 * A versioned set of restorative questions, shipped as data with its source and licence note
 * (domain brief §5.1).
 *
 * <p>The wording is versioned: a change of wording is a new version, and a meeting records the
 * set's id and version (rule 50). An easy-read or translated adaptation is a set of its own that
 * names the set it adapts in {@link #adaptationOf()} — never a silent rewording. Trusts may add
 * their own sets.
 */
@Value.Immutable
public abstract class QuestionSet implements WithQuestionSet {

  QuestionSet() {}

  /**
   * The set's identifier, shared by all its versions.
   *
   * @return the id
   */
  public abstract QuestionSetId id();

  /**
   * The version of the wording, from 1.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * A short title for facilitators.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Where the wording comes from.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * The terms on which the wording is shipped: owner, attribution, and what to check before use.
   *
   * @return the licence note
   */
  public abstract String licenceNote();

  /**
   * Whom the questions are addressed to.
   *
   * @return the audience
   */
  public abstract Audience audience();

  /**
   * When in the process the questions are used.
   *
   * @return the phase
   */
  public abstract Phase phase();

  /**
   * The process types the set is meant for; empty means any process type.
   *
   * @return the process types
   */
  public abstract Set<ProcessType> processTypes();

  /**
   * The questions, in order; their ordinals run from 1.
   *
   * @return the questions, at least one
   */
  public abstract List<Question> questions();

  /**
   * Whether the set may be used in a process.
   *
   * @return the status
   */
  public abstract QuestionSetStatus status();

  /**
   * The set this one adapts, for an easy-read, translated or otherwise adapted version.
   *
   * @return the adapted set, if this is an adaptation
   */
  public abstract Optional<QuestionSetRef> adaptationOf();

  @Value.Check
  void check() {
    Invariants.inRange(version(), 1, Integer.MAX_VALUE, "question set version");
    Invariants.nonBlank(title(), "question set title");
    Invariants.nonBlank(licenceNote(), "question set licenceNote");
    Invariants.require(!questions().isEmpty(), "question set questions must not be empty");
    for (int i = 0; i < questions().size(); i++) {
      Invariants.require(
          questions().get(i).ordinal() == i + 1,
          "question set questions must have ordinals 1 to n in order");
    }
    Invariants.require(
        adaptationOf().filter(a -> a.id().equals(id())).isEmpty(),
        "question set adaptationOf must name another set");
  }

  /**
   * The reference to this version of the set, as a meeting records it.
   *
   * @return the id and version
   */
  public QuestionSetRef ref() {
    return QuestionSetRef.of(id(), version());
  }

  /**
   * The question with a given ordinal.
   *
   * @param ordinal the ordinal, from 1
   * @return the question, if the set has one with that ordinal
   */
  public Optional<Question> question(int ordinal) {
    return ordinal >= 1 && ordinal <= questions().size()
        ? Optional.of(questions().get(ordinal - 1))
        : Optional.empty();
  }

  /**
   * How far a question's wording was checked: its own verification when it has one, else the
   * verification of the set's source.
   *
   * @param question a question of this set
   * @return the verification that applies to the question
   */
  public Verification verificationOf(Question question) {
    return question.verification().orElse(source().verification());
  }

  /**
   * Whether a question's wording may be used: it was not recalled from memory. Wording tagged
   * {@link Verification#RECALLED} must be checked against its source first (brief §0.1 [R]).
   *
   * @param question a question of this set
   * @return false when the wording that applies to the question is recalled
   */
  public boolean isWordingChecked(Question question) {
    return verificationOf(question) != Verification.RECALLED;
  }

  /**
   * The wording of every question, in order.
   *
   * @return the texts
   */
  public List<String> wording() {
    List<String> texts = new ArrayList<>();
    questions().forEach(q -> texts.add(q.text()));
    return Collections.unmodifiableList(texts);
  }

  /**
   * The groups of a grouped set, such as a checklist, in the order they first appear.
   *
   * @return the group names; empty for an ungrouped set
   */
  public List<String> groups() {
    Set<String> names = new LinkedHashSet<>();
    questions().forEach(q -> q.group().ifPresent(names::add));
    return List.copyOf(names);
  }

  /**
   * The questions of one group, in order.
   *
   * @param group the group's name
   * @return the group's questions; empty if there is no such group
   */
  public List<Question> questionsIn(String group) {
    List<Question> inGroup = new ArrayList<>();
    questions().stream()
        .filter(q -> q.group().filter(group::equals).isPresent())
        .forEach(inGroup::add);
    return Collections.unmodifiableList(inGroup);
  }

  /**
   * Whether the set may be used in a process: only an {@link QuestionSetStatus#ACTIVE} set may.
   *
   * @return true when active
   */
  public boolean isUsableInProcess() {
    return status().isUsableInProcess();
  }

  /**
   * Whether the set is meant for a process type. Says nothing of the status; see {@link
   * #isUsableInProcess()}.
   *
   * @param type the process type
   * @return true when the set lists no process type, or lists this one
   */
  public boolean appliesTo(ProcessType type) {
    return processTypes().isEmpty() || processTypes().contains(type);
  }

  /**
   * Whether this set is an adaptation of another.
   *
   * @return true when it names the set it adapts
   */
  public boolean isAdaptation() {
    return adaptationOf().isPresent();
  }

  /** Builds a {@link QuestionSet}. */
  public static final class Builder extends ImmutableQuestionSet.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
