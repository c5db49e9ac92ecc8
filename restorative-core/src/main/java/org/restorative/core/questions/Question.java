package org.restorative.core.questions;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * One question of a question set, in the catalogue's wording (domain brief §5.1).
 *
 * <p>The text is catalogue wording, not personal data, so it is not redacted. What a party answers
 * is a {@link Response}, which is.
 */
@Value.Immutable
public abstract class Question implements WithQuestion {

  Question() {}

  /**
   * The question's place in its set, from 1.
   *
   * @return the ordinal
   */
  public abstract int ordinal();

  /**
   * The wording, exactly as in the source.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Whether the facilitator may leave the question out.
   *
   * @return true when optional; false by default
   */
  @Value.Default
  public boolean optional() {
    return false;
  }

  /**
   * The earlier question this one follows up.
   *
   * @return the ordinal of the question followed up, if any
   */
  public abstract Optional<Integer> followUpOf();

  /**
   * The group the question belongs to, such as a checklist's {@code WHO_IS_HURT}.
   *
   * @return the group's name, if the set is grouped
   */
  public abstract Optional<String> group();

  /**
   * How far this question's wording was checked against the source, where it differs from the set's
   * source: a set whose source was cut off can hold verified questions and one completed from
   * recollection (domain brief §5.2, the IIRP conference script).
   *
   * @return the question's own verification; absent when the set's source verification applies
   * @see QuestionSet#verificationOf(Question)
   */
  public abstract Optional<Verification> verification();

  /**
   * A required, ungrouped question.
   *
   * @param ordinal its place in the set, from 1
   * @param text the wording
   * @return the question
   */
  public static Question of(int ordinal, String text) {
    return new Builder().ordinal(ordinal).text(text).build();
  }

  @Value.Check
  void check() {
    Invariants.inRange(ordinal(), 1, Integer.MAX_VALUE, "question ordinal");
    Invariants.nonBlank(text(), "question text");
    followUpOf()
        .ifPresent(
            f ->
                Invariants.require(
                    f >= 1 && f < ordinal(), "question followUpOf must name an earlier question"));
    Invariants.nonBlank(group(), "question group");
  }

  /** Builds a {@link Question}. */
  public static final class Builder extends ImmutableQuestion.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
