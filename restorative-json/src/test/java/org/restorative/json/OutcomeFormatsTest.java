package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.json.ConsentFormatsTest.assertCoversAccessors;
import static org.restorative.json.ConsentFormatsTest.assertPersonalIsRedacted;
import static org.restorative.json.FormatRoundTrip.assertRoundTrip;
import static org.restorative.json.FormatRoundTrip.write;
import static org.restorative.json.FormatRoundTrip.writtenNames;
import static org.restorative.json.OneObjectChanged.assertBothAccept;
import static org.restorative.json.OneObjectChanged.assertBothRefuse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionId;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.ConfidentialityTerms;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.EvaluationId;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Monitoring;
import org.restorative.core.outcome.MonitoringMethod;
import org.restorative.core.outcome.NotCompletedReason;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.outcome.StatusChange;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessId;
import org.restorative.core.questions.QuestionSetId;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.synthetic.SyntheticCases;
import tools.jackson.databind.JsonNode;

class OutcomeFormatsTest {

  private static List<RestorativeCase> cases;

  @BeforeAll
  static void cohort() {
    cases = SyntheticCases.seeded(2026).cohort(300).toList();
  }

  // ---- synthetic round trips -------------------------------------------------------------------

  @Test
  void agreementsOfTheCohortRoundTrip() {
    List<OutcomeAgreement> agreements = all(RestorativeCase::agreements);
    assertThat(agreements).isNotEmpty();
    agreements.forEach(a -> assertRoundTrip(OutcomeFormats.OUTCOME_AGREEMENT, a));
  }

  @Test
  void actionsOfTheCohortRoundTrip() {
    List<Action> actions = all(RestorativeCase::actions);
    assertThat(actions).isNotEmpty();
    assertThat(actions).anyMatch(a -> !a.statusHistory().isEmpty());
    actions.forEach(a -> assertRoundTrip(OutcomeFormats.ACTION, a));
  }

  @Test
  void evaluationsOfTheCohortRoundTrip() {
    List<Evaluation> evaluations = all(RestorativeCase::evaluations);
    assertThat(evaluations).isNotEmpty();
    evaluations.forEach(e -> assertRoundTrip(OutcomeFormats.EVALUATION, e));
  }

  // ---- hand-built values with every attribute set ----------------------------------------------

  @Test
  void anActionWithEveryAttributeRoundTrips() {
    Action action = action();
    assertRoundTrip(OutcomeFormats.ACTION, action);
    assertThat(writtenNames(OutcomeFormats.ACTION, action))
        .containsExactlyElementsOf(names(OutcomeFormats.ACTION));
    assertThat(writtenNames(OutcomeFormats.STATUS_CHANGE, action.statusHistory().get(1)))
        .containsExactlyElementsOf(names(OutcomeFormats.STATUS_CHANGE));
  }

  @Test
  void anActionKeepsTheScaleOfItsAmount() {
    Action action = action();
    String text = write(OutcomeFormats.ACTION, action);
    assertThat(text).contains("\"amount\":125.50");
    ReadContext context = new ReadContext(false);
    assertThat(OutcomeFormats.ACTION.read(CaseJson.tree(text), context))
        .get()
        .extracting(a -> a.amount().orElseThrow().scale())
        .isEqualTo(2);
  }

  @Test
  void anActionWhoseStatusDisagreesWithItsHistoryIsReportedNotThrown() {
    String text =
        write(OutcomeFormats.ACTION, action())
            .replace("\"status\":\"PARTIALLY_COMPLETED\"", "\"status\":\"PENDING\"");
    ReadContext context = new ReadContext(false);
    Optional<Action> read = OutcomeFormats.ACTION.read(CaseJson.tree(text), context);
    assertThat(read).isEmpty();
    assertThat(context.problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.code()).isEqualTo(ProblemCode.JSON_INCONSISTENT_OBJECT.name()));
  }

  @Test
  void anActionWithoutStatusReadsAsPending() {
    ReadContext context = new ReadContext(false);
    JsonNode node =
        CaseJson.tree(
            "{\"id\":\"A-9\",\"agreement\":\"AG-1\",\"type\":\"APOLOGY_WRITTEN\","
                + "\"description\":\"Write a letter.\",\"owner\":{\"party\":\"P-1\"}}");
    Optional<Action> read = OutcomeFormats.ACTION.read(node, context);
    assertThat(context.problems()).isEmpty();
    assertThat(read).get().extracting(Action::status).isEqualTo(ActionStatus.PENDING);
  }

  @Test
  void anAgreementAndAnEvaluationWithEveryAttributeRoundTrip() {
    OutcomeAgreement agreement = agreement();
    assertRoundTrip(OutcomeFormats.OUTCOME_AGREEMENT, agreement);
    assertThat(writtenNames(OutcomeFormats.OUTCOME_AGREEMENT, agreement))
        .containsExactlyElementsOf(names(OutcomeFormats.OUTCOME_AGREEMENT));
    Evaluation evaluation = evaluation();
    assertRoundTrip(OutcomeFormats.EVALUATION, evaluation);
    assertThat(writtenNames(OutcomeFormats.EVALUATION, evaluation))
        .containsExactlyElementsOf(names(OutcomeFormats.EVALUATION));
  }

  // ---- the declarations themselves ------------------------------------------------------------

  @Test
  void everyAbstractAccessorIsDeclaredAndEveryPropertyIsAnAccessor() {
    assertCoversAccessors(OutcomeFormats.PARTY_OR_ROLE, PartyOrRole.class);
    assertCoversAccessors(OutcomeFormats.PARTY_AGREEMENT, PartyAgreement.class);
    assertCoversAccessors(OutcomeFormats.MONITORING, Monitoring.class);
    assertCoversAccessors(OutcomeFormats.CONFIDENTIALITY_TERMS, ConfidentialityTerms.class);
    assertCoversAccessors(OutcomeFormats.STATUS_CHANGE, StatusChange.class);
    assertCoversAccessors(OutcomeFormats.OUTCOME_AGREEMENT, OutcomeAgreement.class);
    assertCoversAccessors(OutcomeFormats.ACTION, Action.class);
    assertCoversAccessors(OutcomeFormats.EVALUATION, Evaluation.class);
  }

  @Test
  void personalPropertiesAreExactlyTheRedactedAttributes() {
    Action action = action();
    OutcomeAgreement agreement = agreement();
    assertPersonalIsRedacted(OutcomeFormats.ACTION, action);
    assertPersonalIsRedacted(OutcomeFormats.STATUS_CHANGE, action.statusHistory().get(1));
    assertPersonalIsRedacted(OutcomeFormats.PARTY_OR_ROLE, action.owner().orElseThrow());
    assertPersonalIsRedacted(OutcomeFormats.PARTY_OR_ROLE, action.monitor().orElseThrow());
    assertPersonalIsRedacted(OutcomeFormats.OUTCOME_AGREEMENT, agreement);
    assertPersonalIsRedacted(OutcomeFormats.PARTY_AGREEMENT, agreement.partyAgreements().get(0));
    assertPersonalIsRedacted(OutcomeFormats.MONITORING, agreement.monitoring().orElseThrow());
    assertPersonalIsRedacted(
        OutcomeFormats.CONFIDENTIALITY_TERMS, agreement.confidentiality().orElseThrow());
    assertPersonalIsRedacted(OutcomeFormats.EVALUATION, evaluation());
  }

  // ---- hand-built values ----------------------------------------------------------------------

  private static Action action() {
    return new Action.Builder()
        .id(ActionId.of("ACT-1"))
        .agreement(AgreementId.of("AG-1"))
        .type(ActionType.FINANCIAL_REPARATION)
        .description("Pay towards replacing the broken glasses.")
        .owner(PartyOrRole.party(PartyId.of("P-2")))
        .addBeneficiaries(PartyId.of("P-1"), PartyId.of("P-3"))
        .dueOn(LocalDate.parse("2025-06-30"))
        .reviewOn(LocalDate.parse("2025-06-01"))
        .monitoringMethod(MonitoringMethod.EVIDENCE_PROVIDED)
        .monitor(PartyOrRole.role("Ward manager"))
        .successCriteria("A receipt is on file.")
        .status(ActionStatus.PARTIALLY_COMPLETED)
        .addStatusHistory(
            StatusChange.of(ActionStatus.IN_PROGRESS, Instant.parse("2025-05-01T09:00:00Z")),
            new StatusChange.Builder()
                .to(ActionStatus.PARTIALLY_COMPLETED)
                .at(Instant.parse("2025-07-01T16:45:30.5Z"))
                .reason(NotCompletedReason.NO_LONGER_POSSIBLE)
                .by(ActorId.of("staff-4"))
                .build())
        .notCompletedReason(NotCompletedReason.NO_LONGER_POSSIBLE)
        .evidenceNotes("Half paid before transfer; receipt in the paper file.")
        .harmedInformedAt(Instant.parse("2025-07-02T10:00:00Z"))
        .amount(new BigDecimal("125.50"))
        .hours(3)
        .proportionalityCheck(SignOffId.of("SO-1"))
        .build();
  }

  private static OutcomeAgreement agreement() {
    return new OutcomeAgreement.Builder()
        .id(AgreementId.of("AG-2"))
        .meeting(MeetingId.of("M-1"))
        .process(ProcessId.of("PR-1"))
        .createdAt(Instant.parse("2025-04-15T13:00:00Z"))
        .status(AgreementStatus.IN_MONITORING)
        .addPartyAgreements(
            new PartyAgreement.Builder()
                .party(PartyId.of("P-1"))
                .agreed(true)
                .method(ConsentMethod.WRITTEN_SIGNED)
                .at(Instant.parse("2025-04-15T13:30:00Z"))
                .signatureRef("EPR/doc/4411")
                .freelyGiven(true)
                .build(),
            new PartyAgreement.Builder().party(PartyId.of("P-2")).agreed(false).build())
        .monitoring(
            new Monitoring.Builder()
                .monitor(PartyOrRole.role("RJ coordinator"))
                .method(MonitoringMethod.REVIEW_MEETING)
                .addReviewDates(LocalDate.parse("2025-05-15"), LocalDate.parse("2025-06-15"))
                .build())
        .confidentiality(
            new ConfidentialityTerms.Builder()
                .addCopiesTo(PartyId.of("P-1"), PartyId.of("P-2"))
                .addMayBeSharedWith(
                    Recipient.party(PartyId.of("P-3")),
                    Recipient.organisation(RecipientType.CLINICAL_TEAM, "Ward 4 team"))
                .note("Not to be shown at the tribunal.")
                .build())
        .questionSet(QuestionSetRef.of(QuestionSetId.of("QS-AGREE"), 2))
        .supersedes(AgreementId.of("AG-1"))
        .notes("Both wanted a review in a month.")
        .build();
  }

  private static Evaluation evaluation() {
    return new Evaluation.Builder()
        .id(EvaluationId.of("EV-1"))
        .party(PartyId.of("P-1"))
        .roleAtTime(PartyRole.PERSON_HARMED)
        .uptake(EvaluationUptake.COMPLETED)
        .offeredAt(Instant.parse("2025-05-01T09:00:00Z"))
        .completedAt(Instant.parse("2025-05-03T18:00:00Z"))
        .completedProcess(true)
        .satisfaction(Satisfaction.VERY_SATISFIED)
        .wouldRecommend(true)
        .feltAfter(FeltAfter.BETTER)
        .iesRScore(17)
        .proceduralFairness(5)
        .comments("I felt heard.")
        .build();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static <T> List<T> all(Function<RestorativeCase, List<T>> part) {
    List<T> values = new ArrayList<>();
    cases.forEach(c -> values.addAll(part.apply(c)));
    return values;
  }

  private static List<String> names(ObjectFormat<?, ?> format) {
    return format.properties().stream().map(ObjectFormat.Property::name).toList();
  }

  @Test
  void aPartyWhoAgreedHasTheMomentTheyAgreedForReaderAndSchema() {
    String golden = "closed-completed.json";
    String at = "/agreements/0/partyAgreements/0";
    assertBothRefuse(golden, at, p -> p.remove("at"));
    assertBothAccept(golden, at, p -> p.put("agreed", false).remove("at"));
  }

  @Test
  void anActionGivesAReasonForNotCompletingOnlyWhenNotCompletedForReaderAndSchema() {
    String golden = "closed-partial.json";
    assertBothRefuse(golden, "/actions/0", a -> a.put("notCompletedReason", "NO_LONGER_POSSIBLE"));
    assertBothAccept(golden, "/actions/2", a -> {});
  }

  @Test
  void anEvaluationHoldsCompletedAtAndAnswersOnlyWhenCompletedForReaderAndSchema() {
    String golden = "closed-partial.json";
    String at = "/evaluations/0";
    assertBothRefuse(golden, at, e -> e.put("uptake", "COMPLETED"));
    assertBothRefuse(golden, at, e -> e.put("completedAt", "2024-08-06T07:21:00Z"));
    assertBothRefuse(golden, at, e -> e.put("satisfaction", "SATISFIED"));
    assertBothRefuse(golden, at, e -> e.put("wouldRecommend", false));
    assertBothRefuse(golden, at, e -> e.put("feltAfter", "BETTER"));
    assertBothRefuse(golden, at, e -> e.put("iesRScore", 10));
    assertBothRefuse(golden, at, e -> e.put("proceduralFairness", 3));
    assertBothRefuse(golden, at, e -> e.put("comments", "Short comments"));
    assertBothAccept(
        golden,
        at,
        e ->
            e.put("uptake", "COMPLETED")
                .put("completedAt", "2024-08-06T07:21:00Z")
                .put("satisfaction", "SATISFIED")
                .put("wouldRecommend", false)
                .put("feltAfter", "BETTER")
                .put("iesRScore", 10)
                .put("proceduralFairness", 3)
                .put("comments", "Short comments"));
  }
}
