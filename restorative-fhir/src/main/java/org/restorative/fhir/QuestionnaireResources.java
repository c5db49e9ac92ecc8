package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.EvaluationId;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.QuestionSetUseId;
import org.restorative.core.questions.Response;
import org.restorative.core.rules.Pointer;

/**
 * Family B, responses: each use of a question set and each evaluation as a FHIR
 * QuestionnaireResponse naming its Questionnaire ({@link Questionnaires}) by canonical URL and
 * version.
 *
 * <p>A use of a question set is one QuestionnaireResponse, one item per recorded response in order:
 * the link id is the question's ordinal, the respondent an item extension (a use may hold the
 * answers of several parties, and R4's QuestionnaireResponse names one source), the answer a
 * string, the tick a boolean, a declined question a {@code declined} extension. The meeting is the
 * encounter (a logical reference); a preparation contact or a message is an extension.
 *
 * <p>An evaluation is a QuestionnaireResponse of the library's evaluation form about the party (its
 * subject): satisfaction, recommendation, how they felt after, the IES-R score, procedural fairness
 * and comments are its items; the uptake is an extension and the nearest FHIR status.
 */
final class QuestionnaireResources {

  private QuestionnaireResources() {}

  static final String USE = "question-set-use";
  static final String EVALUATION = "evaluation";
  static final String PREPARATION_CONTACT = "preparation-contact";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.questionSetUses().size(); i++) {
      writeUse(a, c.questionSetUses().get(i), Pointer.of("questionSetUses", i));
    }
    for (int i = 0; i < c.evaluations().size(); i++) {
      writeEvaluation(a, c.evaluations().get(i), Pointer.of("evaluations", i));
    }
  }

  private static void writeUse(Assembly a, QuestionSetUse use, String path) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setIdentifier(Assembly.identifier(USE, use.id().value()));
    QuestionSetRef ref = use.questionSet();
    response.setQuestionnaire(Questionnaires.url(ref.id()) + "|" + ref.version());
    response.setStatus(QuestionnaireResponseStatus.COMPLETED);
    response.setAuthoredElement(Times.dateTime(use.usedAt(), path + "/usedAt"));
    List<Extension> ext = response.getExtension();
    use.meeting()
        .ifPresent(
            m ->
                response.setEncounter(
                    RiskAssessmentResources.logical(MeetingResources.MEETING, m.value())));
    use.preparationContact()
        .ifPresent(
            p ->
                Ext.add(
                    ext, PREPARATION_CONTACT, Assembly.identifier(PREPARATION_CONTACT, p.value())));
    use.message()
        .ifPresent(
            m ->
                Ext.add(
                    ext,
                    MeetingResources.MESSAGE,
                    Assembly.identifier(MeetingResources.MESSAGE, m.value())));
    for (Response answer : use.responses()) {
      QuestionnaireResponseItemComponent item = response.addItem();
      item.setLinkId(String.valueOf(answer.questionOrdinal()));
      Ext.add(item.getExtension(), "respondent", a.party(answer.respondent()));
      answer.answer().ifPresent(t -> item.addAnswer().setValue(new StringType(t)));
      answer.checked().ifPresent(b -> item.addAnswer().setValue(new BooleanType(b)));
      if (answer.declined()) {
        Ext.add(item.getExtension(), "declined", new BooleanType(true));
      }
    }
    a.add(USE, use.id().value(), response);
  }

  private static QuestionnaireResponseStatus status(EvaluationUptake uptake) {
    return switch (uptake) {
      case COMPLETED -> QuestionnaireResponseStatus.COMPLETED;
      case OFFERED_NO_RESPONSE -> QuestionnaireResponseStatus.INPROGRESS;
      case NOT_OFFERED, OFFERED_DECLINED -> QuestionnaireResponseStatus.STOPPED;
    };
  }

  /**
   * The QuestionnaireResponse of an evaluation with what the ordinary and the pseudonymised Bundle
   * share: the evaluation form, the status and uptake, the party's role and whether they completed
   * the process, and the answers research counts (satisfaction, recommendation, how they felt).
   */
  static QuestionnaireResponse evaluation(
      Reference party,
      EvaluationUptake uptake,
      PartyRole role,
      boolean completedProcess,
      Optional<Satisfaction> satisfaction,
      Optional<Boolean> wouldRecommend,
      Optional<FeltAfter> feltAfter) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setQuestionnaire(Questionnaires.url(Questionnaires.EVALUATION));
    response.setStatus(status(uptake));
    response.setSubject(party);
    List<Extension> ext = response.getExtension();
    Ext.add(ext, "uptake", CodeSystems.coding(uptake));
    Ext.add(ext, "role-at-time", CodeSystems.coding(role));
    Ext.add(ext, "completed-process", new BooleanType(completedProcess));
    satisfaction.ifPresent(
        s -> answer(response, Questionnaires.SATISFACTION, CodeSystems.coding(s)));
    wouldRecommend.ifPresent(
        b -> answer(response, Questionnaires.WOULD_RECOMMEND, new BooleanType(b)));
    feltAfter.ifPresent(f -> answer(response, Questionnaires.FELT_AFTER, CodeSystems.coding(f)));
    return response;
  }

  private static void writeEvaluation(Assembly a, Evaluation evaluation, String path) {
    QuestionnaireResponse response =
        evaluation(
            a.party(evaluation.party()),
            evaluation.uptake(),
            evaluation.roleAtTime(),
            evaluation.completedProcess(),
            evaluation.satisfaction(),
            evaluation.wouldRecommend(),
            evaluation.feltAfter());
    response.setIdentifier(Assembly.identifier(EVALUATION, evaluation.id().value()));
    List<Extension> ext = response.getExtension();
    evaluation
        .offeredAt()
        .ifPresent(t -> Ext.add(ext, "offered-at", Times.dateTime(t, path + "/offeredAt")));
    evaluation
        .completedAt()
        .ifPresent(t -> response.setAuthoredElement(Times.dateTime(t, path + "/completedAt")));
    evaluation
        .iesRScore()
        .ifPresent(n -> answer(response, Questionnaires.IES_R_SCORE, new IntegerType(n)));
    evaluation
        .proceduralFairness()
        .ifPresent(n -> answer(response, Questionnaires.PROCEDURAL_FAIRNESS, new IntegerType(n)));
    evaluation
        .comments()
        .ifPresent(t -> answer(response, Questionnaires.COMMENTS, new StringType(t)));
    a.add(EVALUATION, evaluation.id().value(), response);
  }

  private static void answer(QuestionnaireResponse response, String linkId, Type value) {
    response.addItem().setLinkId(linkId).addAnswer().setValue(value);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int u = 0;
    int e = 0;
    for (QuestionnaireResponse response : r.all(QuestionnaireResponse.class)) {
      List<Identifier> ids =
          response.hasIdentifier() ? List.of(response.getIdentifier()) : List.of();
      if (Reading.idValue(ids, USE).isPresent()) {
        readUse(r, response, ids, Pointer.of("questionSetUses", u++))
            .ifPresent(c::addQuestionSetUses);
      } else if (Reading.idValue(ids, EVALUATION).isPresent()) {
        readEvaluation(r, response, ids, Pointer.of("evaluations", e++))
            .ifPresent(c::addEvaluations);
      }
    }
  }

  private static Optional<QuestionSetUse> readUse(
      Reading r, QuestionnaireResponse response, List<Identifier> ids, String path) {
    List<Extension> ext = response.getExtension();
    QuestionSetUse.Builder use = new QuestionSetUse.Builder();
    r.id(ids, USE, QuestionSetUseId::of, path + "/id").ifPresent(use::id);
    questionSet(r, response.getQuestionnaire(), path + "/questionSet").ifPresent(use::questionSet);
    r.requiredInstant(response.getAuthoredElement(), path + "/usedAt", "time authored")
        .ifPresent(use::usedAt);
    if (response.hasEncounter()) {
      RiskAssessmentResources.logical(
              r,
              response.getEncounter(),
              MeetingResources.MEETING,
              MeetingId::of,
              path + "/meeting")
          .ifPresent(use::meeting);
    }
    r.identifierExt(ext, PREPARATION_CONTACT, path + "/preparationContact")
        .flatMap(
            id ->
                r.id(
                    List.of(id),
                    PREPARATION_CONTACT,
                    PreparationContactId::of,
                    path + "/preparationContact"))
        .ifPresent(use::preparationContact);
    r.identifierExt(ext, MeetingResources.MESSAGE, path + "/message")
        .flatMap(
            id -> r.id(List.of(id), MeetingResources.MESSAGE, MessageId::of, path + "/message"))
        .ifPresent(use::message);
    int n = 0;
    for (QuestionnaireResponseItemComponent item : response.getItem()) {
      String at = path + "/responses/" + n++;
      Optional<PartyId> respondent =
          MeetingResources.partyExt(r, item.getExtension(), "respondent", at + "/respondent");
      Optional<Integer> ordinal = ordinal(r, item.getLinkId(), at + "/questionOrdinal");
      Response.Builder answer =
          new Response.Builder()
              .declined(r.boolExt(item.getExtension(), "declined", at + "/declined"));
      for (QuestionnaireResponseItemAnswerComponent value : item.getAnswer()) {
        if (value.getValue() instanceof StringType text) {
          Reading.value(text).ifPresent(answer::answer);
        } else if (value.getValue() instanceof BooleanType checked) {
          Reading.value(checked).ifPresent(answer::checked);
        }
      }
      if (respondent.isPresent() && ordinal.isPresent()) {
        answer.respondent(respondent.get()).questionOrdinal(ordinal.get());
        r.build(answer::build, at).ifPresent(use::addResponses);
      }
    }
    return r.build(use::build, path);
  }

  private static Optional<Integer> ordinal(Reading r, String linkId, String path) {
    try {
      return Optional.of(Integer.parseInt(linkId == null ? "" : linkId));
    } catch (NumberFormatException e) {
      r.problem(
          FhirProblemCode.FHIR_INVALID_VALUE,
          path,
          "the item's link id is not a question's ordinal");
      return Optional.empty();
    }
  }

  private static Optional<QuestionSetRef> questionSet(Reading r, String canonical, String path) {
    String prefix = Questionnaires.url("");
    int bar = canonical == null ? -1 : canonical.lastIndexOf('|');
    if (bar < 0 || !canonical.startsWith(prefix)) {
      r.missing(path, "questionnaire of the library, with its version");
      return Optional.empty();
    }
    String id = canonical.substring(prefix.length(), bar);
    String version = canonical.substring(bar + 1);
    return r.parse(id + "|" + version, text -> parseRef(id, version), path);
  }

  private static QuestionSetRef parseRef(String id, String version) {
    try {
      return QuestionSetRef.of(id, Integer.parseInt(version));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the version is not a number", e);
    }
  }

  private static Optional<Evaluation> readEvaluation(
      Reading r, QuestionnaireResponse response, List<Identifier> ids, String path) {
    List<Extension> ext = response.getExtension();
    Evaluation.Builder evaluation = new Evaluation.Builder();
    r.id(ids, EVALUATION, EvaluationId::of, path + "/id").ifPresent(evaluation::id);
    if (response.hasSubject()) {
      r.party(response.getSubject(), path + "/party").ifPresent(evaluation::party);
    } else {
      r.missing(path + "/party", "subject");
    }
    evaluation.roleAtTime(
        r.requiredCodeExt(
            ext, "role-at-time", PartyRole.class, path + "/roleAtTime", PartyRole.values()[0]));
    evaluation.uptake(
        r.requiredCodeExt(
            ext, "uptake", EvaluationUptake.class, path + "/uptake", EvaluationUptake.NOT_OFFERED));
    r.instantExt(ext, "offered-at", path + "/offeredAt").ifPresent(evaluation::offeredAt);
    r.optionalInstant(response.getAuthoredElement(), path + "/completedAt")
        .ifPresent(evaluation::completedAt);
    evaluation.completedProcess(r.boolExt(ext, "completed-process", path + "/completedProcess"));
    for (QuestionnaireResponseItemComponent item : response.getItem()) {
      if (!item.hasAnswer() || item.getLinkId() == null) {
        continue;
      }
      Type value = item.getAnswerFirstRep().getValue();
      String at = path + "/" + camel(item.getLinkId());
      switch (item.getLinkId()) {
        case Questionnaires.SATISFACTION ->
            r.code(Satisfaction.class, value instanceof Coding x ? x : null, at)
                .ifPresent(evaluation::satisfaction);
        case Questionnaires.WOULD_RECOMMEND -> {
          if (value instanceof BooleanType b) {
            Reading.value(b).ifPresent(evaluation::wouldRecommend);
          }
        }
        case Questionnaires.FELT_AFTER ->
            r.code(FeltAfter.class, value instanceof Coding x ? x : null, at)
                .ifPresent(evaluation::feltAfter);
        case Questionnaires.IES_R_SCORE -> {
          if (value instanceof IntegerType n) {
            Reading.value(n).ifPresent(evaluation::iesRScore);
          }
        }
        case Questionnaires.PROCEDURAL_FAIRNESS -> {
          if (value instanceof IntegerType n) {
            Reading.value(n).ifPresent(evaluation::proceduralFairness);
          }
        }
        case Questionnaires.COMMENTS -> {
          if (value instanceof StringType t) {
            Reading.value(t).ifPresent(evaluation::comments);
          }
        }
        default ->
            r.problem(
                FhirProblemCode.FHIR_INVALID_VALUE,
                path,
                "an item's link id is not one of the evaluation form's");
      }
    }
    return r.build(evaluation::build, path);
  }

  /** A link id of the evaluation form as the attribute's name: {@code ies-r-score} to iesRScore. */
  private static String camel(String linkId) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < linkId.length(); i++) {
      char ch = linkId.charAt(i);
      if (ch == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return out.toString();
  }
}
