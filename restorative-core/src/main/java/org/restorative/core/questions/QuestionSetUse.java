package org.restorative.core.questions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.PreparationContactId;

/**
 * One use of a question set: in a meeting, a preparation contact or a message, with the responses
 * given (domain brief §5.1). This is how a meeting records the set's id and version (rule 50), and
 * how each response points at set, version and question.
 */
@Value.Immutable
public abstract class QuestionSetUse implements WithQuestionSetUse {

  QuestionSetUse() {}

  /**
   * The use's identifier.
   *
   * @return the id
   */
  public abstract QuestionSetUseId id();

  /**
   * The set and version used.
   *
   * @return the reference
   */
  public abstract QuestionSetRef questionSet();

  /**
   * When the set was used.
   *
   * @return the moment of use
   */
  public abstract Instant usedAt();

  /**
   * The meeting in which the set was used.
   *
   * @return the meeting; exactly one of meeting, preparation contact and message is set
   */
  public abstract Optional<MeetingId> meeting();

  /**
   * The preparation contact in which the set was used.
   *
   * @return the contact; exactly one of meeting, preparation contact and message is set
   */
  public abstract Optional<PreparationContactId> preparationContact();

  /**
   * The message, in an indirect process, that the set was used to prepare or answer.
   *
   * @return the message; exactly one of meeting, preparation contact and message is set
   */
  public abstract Optional<MessageId> message();

  /**
   * The responses given, at most one per respondent and question.
   *
   * @return the responses, in the order recorded
   */
  public abstract List<Response> responses();

  @Value.Check
  void check() {
    int contexts =
        (meeting().isPresent() ? 1 : 0)
            + (preparationContact().isPresent() ? 1 : 0)
            + (message().isPresent() ? 1 : 0);
    Invariants.require(
        contexts == 1,
        "question set use must name exactly one of meeting, preparationContact and message");
    Set<List<Object>> seen = new HashSet<>();
    for (Response r : responses()) {
      Invariants.require(
          seen.add(List.of(r.respondent(), r.questionOrdinal())),
          "question set use responses must hold at most one response per respondent and question");
    }
  }

  /**
   * The parties who responded, in the order first recorded.
   *
   * @return the respondents
   */
  public Set<PartyId> respondents() {
    Set<PartyId> parties = new LinkedHashSet<>();
    responses().forEach(r -> parties.add(r.respondent()));
    return Collections.unmodifiableSet(parties);
  }

  /**
   * One party's responses.
   *
   * @param party the respondent
   * @return that party's responses, in the order recorded
   */
  public List<Response> responsesOf(PartyId party) {
    List<Response> of = new ArrayList<>();
    responses().stream().filter(r -> r.respondent().equals(party)).forEach(of::add);
    return Collections.unmodifiableList(of);
  }

  /**
   * One party's response to one question.
   *
   * @param party the respondent
   * @param questionOrdinal the question
   * @return the response, if recorded
   */
  public Optional<Response> response(PartyId party, int questionOrdinal) {
    return responses().stream()
        .filter(r -> r.respondent().equals(party) && r.questionOrdinal() == questionOrdinal)
        .findFirst();
  }

  /**
   * Whether this use was recorded against a given set: the same id and version, and every response
   * answering one of its questions.
   *
   * @param set the question set
   * @return true when the reference matches and every response's question exists in the set
   */
  public boolean matches(QuestionSet set) {
    return set.ref().equals(questionSet())
        && responses().stream().allMatch(r -> set.question(r.questionOrdinal()).isPresent());
  }

  /** Builds a {@link QuestionSetUse}. */
  public static final class Builder extends ImmutableQuestionSetUse.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
