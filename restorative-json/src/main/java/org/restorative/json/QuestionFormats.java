package org.restorative.json;

import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.Response;

/**
 * The JSON forms of the {@code questions} package that belong to a case: the uses of question sets
 * and their responses. The catalogue's sets, questions and sources are reference data, not part of
 * a case; {@link SharedFormats#QUESTION_SET_REF} names the set used.
 */
final class QuestionFormats {

  private QuestionFormats() {}

  static final ObjectFormat<Response, Response.Builder> RESPONSE =
      ObjectFormat.of("Response", Response.Builder::new, Response.Builder::build)
          .required("respondent", Ids.PARTY, Response::respondent, Response.Builder::respondent)
          .required(
              "questionOrdinal",
              Codecs.INTEGER,
              Response::questionOrdinal,
              Response.Builder::questionOrdinal)
          .optional("answer", Codecs.TEXT, Response::answer, Response.Builder::answer)
          .personal()
          .optional("checked", Codecs.BOOLEAN, Response::checked, Response.Builder::checked)
          .defaulted("declined", Codecs.BOOLEAN, Response::declined, Response.Builder::declined)
          .absentWhenTrue("answer", "declined")
          .absentWhenTrue("checked", "declined");

  static final ObjectFormat<QuestionSetUse, QuestionSetUse.Builder> QUESTION_SET_USE =
      ObjectFormat.of("QuestionSetUse", QuestionSetUse.Builder::new, QuestionSetUse.Builder::build)
          .required("id", Ids.QUESTION_SET_USE, QuestionSetUse::id, QuestionSetUse.Builder::id)
          .required(
              "questionSet",
              SharedFormats.QUESTION_SET_REF,
              QuestionSetUse::questionSet,
              QuestionSetUse.Builder::questionSet)
          .required(
              "usedAt", Codecs.INSTANT, QuestionSetUse::usedAt, QuestionSetUse.Builder::usedAt)
          .optional(
              "meeting", Ids.MEETING, QuestionSetUse::meeting, QuestionSetUse.Builder::meeting)
          .optional(
              "preparationContact",
              Ids.PREPARATION_CONTACT,
              QuestionSetUse::preparationContact,
              QuestionSetUse.Builder::preparationContact)
          .optional(
              "message", Ids.MESSAGE, QuestionSetUse::message, QuestionSetUse.Builder::message)
          .many(
              "responses",
              RESPONSE,
              QuestionSetUse::responses,
              QuestionSetUse.Builder::addAllResponses)
          .exactlyOneOf("meeting", "preparationContact", "message");
}
