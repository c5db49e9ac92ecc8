package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.QUESTION_SET_VERSION_RECORDED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.questions.QuestionCatalogue;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.Response;

/**
 * Breakers for the question sets a record may not use (rule 50; domain brief §5.2): a set kept as a
 * reference only, a set whose wording is not yet checked, and a question recalled rather than seen
 * in its source.
 */
final class QuestionSetBreakers {

  private QuestionSetBreakers() {}

  static List<Breaker> all() {
    return List.of(
        Breaker.of(
            QUESTION_SET_VERSION_RECORDED,
            Stage.FOLLOW_UP,
            QuestionSetBreakers::theRetributiveReferenceUsedInAMeeting),
        Breaker.of(
            QUESTION_SET_VERSION_RECORDED,
            Stage.FOLLOW_UP,
            QuestionSetBreakers::theAgreementRecordsTheUncheckedAgreementSet),
        Breaker.of(
            QUESTION_SET_VERSION_RECORDED,
            Stage.FOLLOW_UP,
            QuestionSetBreakers::theRecalledScriptQuestionAnswered));
  }

  /** A meeting's questions are recorded as Dekker's retributive questions, a reference only. */
  private static Optional<RestorativeCase> theRetributiveReferenceUsedInAMeeting(
      RestorativeCase c) {
    return replaceFirstUse(
        c,
        use ->
            use.withQuestionSet(
                    QuestionSetRef.of(QuestionCatalogue.DEKKER_RETRIBUTIVE_REFERENCE, 1))
                .withResponses(List.of()));
  }

  /** The agreement records the agreement-phase set, whose wording is not yet checked for adults. */
  private static Optional<RestorativeCase> theAgreementRecordsTheUncheckedAgreementSet(
      RestorativeCase c) {
    if (c.agreements().isEmpty()) {
      return Optional.empty();
    }
    List<OutcomeAgreement> agreements = new ArrayList<>(c.agreements());
    agreements.set(
        0,
        agreements
            .get(0)
            .withQuestionSet(QuestionSetRef.of(QuestionCatalogue.AGREEMENT_PHASE_ALL, 1)));
    return Optional.of(c.withAgreements(agreements));
  }

  /**
   * The meeting's questions are recorded as the IIRP conference script, and a party answered its
   * fifth question, whose wording was completed from recollection.
   */
  private static Optional<RestorativeCase> theRecalledScriptQuestionAnswered(RestorativeCase c) {
    return c.questionSetUses().stream()
        .filter(u -> u.questionSet().id().equals(QuestionCatalogue.IIRP_RESPONSIBLE))
        .filter(u -> !u.responses().isEmpty())
        .findFirst()
        .flatMap(
            found -> {
              List<Response> verified = new ArrayList<>();
              found.responses().stream()
                  .filter(r -> r.questionOrdinal() <= 4)
                  .forEach(verified::add);
              verified.add(
                  Response.of(found.responses().get(0).respondent(), 5, "They were frightened"));
              QuestionSetUse script =
                  found
                      .withQuestionSet(
                          QuestionSetRef.of(QuestionCatalogue.IIRP_CONFERENCE_SCRIPT, 1))
                      .withResponses(verified);
              return Optional.of(
                  c.withQuestionSetUses(
                      c.questionSetUses().stream()
                          .map(use -> use.id().equals(found.id()) ? script : use)
                          .toList()));
            });
  }

  private static Optional<RestorativeCase> replaceFirstUse(
      RestorativeCase c, UnaryOperator<QuestionSetUse> change) {
    if (c.questionSetUses().isEmpty()) {
      return Optional.empty();
    }
    List<QuestionSetUse> uses = new ArrayList<>(c.questionSetUses());
    uses.set(0, change.apply(uses.get(0)));
    return Optional.of(c.withQuestionSetUses(uses));
  }
}
