package org.restorative.core.questions;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;

/**
 * One party's response to one question of a question set in use (domain brief §5.1): a recorded
 * answer, a yes or no for a checklist item, or a decision not to answer.
 */
@Value.Immutable
public abstract class Response implements WithResponse {

  Response() {}

  /**
   * The party who responded.
   *
   * @return the respondent
   */
  public abstract PartyId respondent();

  /**
   * The ordinal of the question answered, in the set and version in use.
   *
   * @return the ordinal, from 1
   */
  public abstract int questionOrdinal();

  /**
   * What the party said, as recorded. Personal, redacted from {@code toString()}.
   *
   * @return the answer, if recorded
   */
  @Value.Redacted
  public abstract Optional<String> answer();

  /**
   * The yes or no of a checklist item.
   *
   * @return the tick, if the question is a checklist item
   */
  public abstract Optional<Boolean> checked();

  /**
   * Whether the party chose not to answer, as they may.
   *
   * @return true when declined; false by default
   */
  @Value.Default
  public boolean declined() {
    return false;
  }

  /**
   * A recorded answer.
   *
   * @param respondent the party
   * @param questionOrdinal the question
   * @param answer what the party said
   * @return the response
   */
  public static Response of(PartyId respondent, int questionOrdinal, String answer) {
    return new Builder()
        .respondent(respondent)
        .questionOrdinal(questionOrdinal)
        .answer(answer)
        .build();
  }

  /**
   * A yes or no for a checklist item.
   *
   * @param respondent the party
   * @param questionOrdinal the checklist item
   * @param checked yes or no
   * @return the response
   */
  public static Response of(PartyId respondent, int questionOrdinal, boolean checked) {
    return new Builder()
        .respondent(respondent)
        .questionOrdinal(questionOrdinal)
        .checked(checked)
        .build();
  }

  /**
   * A decision not to answer.
   *
   * @param respondent the party
   * @param questionOrdinal the question
   * @return the response
   */
  public static Response declinedBy(PartyId respondent, int questionOrdinal) {
    return new Builder()
        .respondent(respondent)
        .questionOrdinal(questionOrdinal)
        .declined(true)
        .build();
  }

  @Value.Check
  void check() {
    Invariants.inRange(questionOrdinal(), 1, Integer.MAX_VALUE, "response questionOrdinal");
    Invariants.nonBlank(answer(), "response answer");
    Invariants.require(
        !declined() || (answer().isEmpty() && checked().isEmpty()),
        "response answer and checked must be empty when declined");
  }

  /**
   * Whether the party gave an answer or a yes or no.
   *
   * @return true when an answer or a tick is recorded
   */
  public boolean isAnswered() {
    return answer().isPresent() || checked().isPresent();
  }

  /** Builds a {@link Response}. */
  public static final class Builder extends ImmutableResponse.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
