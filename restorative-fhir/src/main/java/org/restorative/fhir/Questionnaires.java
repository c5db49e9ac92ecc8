package org.restorative.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.questions.Question;
import org.restorative.core.questions.QuestionCatalogue;
import org.restorative.core.questions.QuestionSet;
import org.restorative.core.questions.QuestionSetId;
import org.restorative.core.questions.QuestionSetStatus;

/**
 * The library's question sets as FHIR Questionnaires, published with the module like its code
 * systems: each set of core's standard catalogue, with the canonical URL {@code
 * urn:restorative:fhir:Questionnaire:ID} and its version, one item per question (the link id is the
 * question's ordinal), and the library's evaluation form. A case's Bundle holds the responses only
 * (QuestionnaireResponse), which name their Questionnaire by canonical URL and version.
 */
public final class Questionnaires {

  private Questionnaires() {}

  /** The name of the evaluation form in its canonical URL. */
  static final String EVALUATION = "evaluation";

  /** The link ids of the evaluation form's items, in order. */
  static final String SATISFACTION = "satisfaction";

  static final String WOULD_RECOMMEND = "would-recommend";
  static final String FELT_AFTER = "felt-after";
  static final String IES_R_SCORE = "ies-r-score";
  static final String PROCEDURAL_FAIRNESS = "procedural-fairness";
  static final String COMMENTS = "comments";

  /**
   * The canonical URL of a question set's Questionnaire: {@code
   * urn:restorative:fhir:Questionnaire:ID}.
   *
   * @param id the question set's id
   * @return the URL
   */
  public static String url(QuestionSetId id) {
    return url(id.value());
  }

  static String url(String name) {
    return FhirNames.BASE + "Questionnaire:" + name;
  }

  /**
   * The Questionnaires of core's standard question sets and the evaluation form.
   *
   * @return new Questionnaire resources
   */
  public static List<Questionnaire> all() {
    List<Questionnaire> all = new ArrayList<>();
    for (QuestionSet set : QuestionCatalogue.standard().sets()) {
      all.add(of(set));
    }
    all.add(evaluation());
    return all;
  }

  /**
   * A question set as a Questionnaire: one item per question, its ordinal the link id, its text the
   * item's text; an answer is text, a tick or both, so each item is of type {@code string} and a
   * tick is a {@code checked} answer of type boolean in the response.
   *
   * @param set the question set
   * @return a new Questionnaire
   */
  public static Questionnaire of(QuestionSet set) {
    Questionnaire questionnaire = new Questionnaire();
    questionnaire.setUrl(url(set.id()));
    questionnaire.setVersion(String.valueOf(set.version()));
    questionnaire.setTitle(set.title());
    questionnaire.setStatus(status(set.status()));
    questionnaire.setPublisher("restorative");
    questionnaire.setCopyright(set.licenceNote());
    for (Question question : set.questions()) {
      QuestionnaireItemComponent item = questionnaire.addItem();
      item.setLinkId(String.valueOf(question.ordinal()));
      item.setText(question.text());
      item.setType(QuestionnaireItemType.STRING);
      item.setRequired(!question.optional());
    }
    return questionnaire;
  }

  private static PublicationStatus status(QuestionSetStatus status) {
    return switch (status) {
      case ACTIVE -> PublicationStatus.ACTIVE;
      case DEPRECATED -> PublicationStatus.RETIRED;
      case REFERENCE_ONLY, UNVERIFIED -> PublicationStatus.DRAFT;
    };
  }

  /**
   * The library's evaluation form: what a party said of the process afterwards.
   *
   * @return a new Questionnaire
   */
  public static Questionnaire evaluation() {
    Questionnaire questionnaire = new Questionnaire();
    questionnaire.setUrl(url(EVALUATION));
    questionnaire.setTitle("restorative evaluation");
    questionnaire.setStatus(PublicationStatus.ACTIVE);
    questionnaire.setPublisher("restorative");
    QuestionnaireItemComponent satisfaction =
        item(questionnaire, SATISFACTION, "How satisfied are you?", QuestionnaireItemType.CHOICE);
    for (Satisfaction s : Satisfaction.values()) {
      satisfaction.addAnswerOption().setValue(CodeSystems.coding(s));
    }
    item(
        questionnaire,
        WOULD_RECOMMEND,
        "Would you recommend it to others?",
        QuestionnaireItemType.BOOLEAN);
    QuestionnaireItemComponent felt =
        item(
            questionnaire,
            FELT_AFTER,
            "How did you feel afterwards?",
            QuestionnaireItemType.CHOICE);
    for (FeltAfter f : FeltAfter.values()) {
      felt.addAnswerOption().setValue(CodeSystems.coding(f));
    }
    item(
        questionnaire,
        IES_R_SCORE,
        "Impact of Event Scale - Revised, total score",
        QuestionnaireItemType.INTEGER);
    item(
        questionnaire,
        PROCEDURAL_FAIRNESS,
        "How fair was the process (1 to 5)?",
        QuestionnaireItemType.INTEGER);
    item(questionnaire, COMMENTS, "Comments", QuestionnaireItemType.TEXT);
    return questionnaire;
  }

  private static QuestionnaireItemComponent item(
      Questionnaire questionnaire, String linkId, String text, QuestionnaireItemType type) {
    return questionnaire.addItem().setLinkId(linkId).setText(text).setType(type);
  }
}
