package org.restorative.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.restorative.examples.embedding.IncidentIntake.CONSULTEE_BEFORE_ASSESSMENT;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.rules.Move;
import org.restorative.core.rules.NextMove;
import org.restorative.core.rules.Report;
import org.restorative.core.rules.Violation;

/**
 * The embedding example, run as a clinical system would run it: an incident becomes a case, the
 * screen offers what the trust's gates allow, and a move appends one event to the history.
 */
class EmbeddingExampleTest {

  /** The moment the ward's screen asks, the morning after the incident. */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  /** The reporter's words, which name the nurse: personal data the case must never print. */
  private static final String DESCRIPTION =
      "Patient punched staff nurse Zebedee Quince in the dining room after a phone call.";

  private static final ActorId WARD_MANAGER = ActorId.of("staff-ward-manager");

  private static final ActorId RP_LEAD = ActorId.of("staff-restorative-practice-lead");

  private final IncidentIntake intake = IncidentIntake.forTrust();

  private static WardIncident anAssaultOnANurse() {
    return new WardIncident(
        "INC-204511",
        Instant.parse("2026-03-01T19:40:00Z"),
        Instant.parse("2026-03-01T21:05:00Z"),
        "PT-0042",
        "ST-0917",
        DESCRIPTION);
  }

  private RestorativeCase theReferredCase() {
    return intake.refer(anAssaultOnANurse(), CaseId.of("WARD-2026-0031"), WARD_MANAGER);
  }

  private RestorativeCase theAcceptedCase() {
    return intake.accept(theReferredCase(), RP_LEAD, NOW);
  }

  private static RestorativeCase withAClinicalConsultee(RestorativeCase c) {
    Professional consultee =
        new Professional.Builder()
            .id(ProfessionalId.of("prof-rc-1"))
            .role(ProfessionalRole.CLINICAL_CONSULTEE)
            .organisation("Forensic service, medium secure unit")
            .build();
    return new RestorativeCase.Builder().from(c).addProfessional(consultee).build();
  }

  @Test
  void an_incident_becomes_a_case_at_referral_that_breaks_no_rule_of_the_trust() {
    RestorativeCase c = theReferredCase();

    assertThat(c.stage()).isEqualTo(Stage.REFERRAL);
    assertThat(c.harms())
        .singleElement()
        .satisfies(
            h ->
                assertThat(h.externalIncidentRefs())
                    .singleElement()
                    .satisfies(ref -> assertThat(ref.reference()).isEqualTo("INC-204511")));
    assertThat(c.parties())
        .extracting(p -> p.id().value())
        .containsExactly("staff-ST-0917", "patient-PT-0042");
    assertThat(c.history()).extracting(CaseEvent::type).containsExactly(CaseEventType.REFERRED);
    assertThat(intake.check(c, NOW).violations()).isEmpty();
  }

  @Test
  void a_referral_not_yet_accepted_is_offered_assessment_blocked_by_the_gate() {
    RestorativeCase c = withAClinicalConsultee(theReferredCase());

    assertThat(intake.nextMoves(c, NOW))
        .filteredOn(next -> next.target() == Stage.ASSESSMENT)
        .singleElement()
        .satisfies(
            next -> {
              assertThat(next.isOpen()).isFalse();
              assertThat(next.blockedBy())
                  .containsExactly("REFERRAL_ACCEPTED", "CASE_OWNER_ALLOCATED");
              assertThat(next.gate().errors())
                  .extracting(Violation::path)
                  .containsExactly("/referral/acceptedAt", "/referral/caseOwner");
            });
  }

  @Test
  void the_screen_offers_assessment_blocked_by_the_trusts_rule_until_a_consultee_is_named() {
    RestorativeCase c = theAcceptedCase();

    List<NextMove> offered = intake.nextMoves(c, NOW);

    assertThat(offered)
        .extracting(NextMove::target, NextMove::isOpen, NextMove::blockedBy, NextMove::needsReason)
        .containsExactly(
            tuple(Stage.ASSESSMENT, false, List.of(CONSULTEE_BEFORE_ASSESSMENT.name()), false),
            tuple(Stage.PAUSED, true, List.of(), true),
            tuple(Stage.CLOSED_NOT_PROCEEDING, true, List.of(), true),
            tuple(Stage.CLOSED_WITHDRAWN, true, List.of(), false));
  }

  @Test
  void the_move_to_assessment_is_refused_with_the_trusts_code_and_its_pointer() {
    RestorativeCase c = theAcceptedCase();

    Either<Report, RestorativeCase> moved =
        intake.apply(c, Move.to(Stage.ASSESSMENT), WARD_MANAGER, NOW);

    assertThat(moved.isLeft()).isTrue();
    assertThat(moved.getLeft().errors())
        .extracting(v -> v.code() + " at " + v.path())
        .containsExactly(CONSULTEE_BEFORE_ASSESSMENT.name() + " at /professionals");
  }

  @Test
  void once_a_clinical_consultee_is_named_the_move_succeeds_and_appends_one_event() {
    RestorativeCase c = withAClinicalConsultee(theAcceptedCase());

    assertThat(intake.nextMoves(c, NOW))
        .filteredOn(next -> next.target() == Stage.ASSESSMENT)
        .singleElement()
        .satisfies(next -> assertThat(next.isOpen()).isTrue());
    Either<Report, RestorativeCase> moved =
        intake.apply(c, Move.to(Stage.ASSESSMENT), WARD_MANAGER, NOW);

    assertThat(moved.isRight()).isTrue();
    RestorativeCase assessed = moved.get();
    assertThat(assessed.stage()).isEqualTo(Stage.ASSESSMENT);
    assertThat(assessed.history()).hasSize(c.history().size() + 1);
    CaseEvent event = assessed.history().get(assessed.history().size() - 1);
    assertThat(event.type()).isEqualTo(CaseEventType.STAGE_CHANGED);
    assertThat(event.fromStage()).contains(Stage.REFERRAL);
    assertThat(event.toStage()).contains(Stage.ASSESSMENT);
    assertThat(event.by()).isEqualTo(WARD_MANAGER);
    assertThat(event.at()).isEqualTo(NOW);
    assertThat(intake.check(assessed, NOW).errors())
        .extracting(Violation::code)
        .doesNotContain(CONSULTEE_BEFORE_ASSESSMENT.name());
  }

  @Test
  void
      a_paused_case_is_offered_only_the_stage_it_left_when_the_reason_changes_neither_risk_nor_capacity() {
    RestorativeCase assessed = theAssessedCase();
    RestorativeCase paused =
        intake.apply(assessed, Move.pause(PauseReason.PARTY_UNAVAILABLE), WARD_MANAGER, NOW).get();

    assertThat(intake.nextMoves(paused, NOW))
        .extracting(NextMove::target, NextMove::isOpen)
        .containsExactly(
            tuple(Stage.ASSESSMENT, true),
            tuple(Stage.CLOSED_NOT_PROCEEDING, true),
            tuple(Stage.CLOSED_WITHDRAWN, true));
  }

  @Test
  void
      a_case_paused_in_preparation_for_a_change_of_mental_state_is_offered_assessment_not_preparation() {
    RestorativeCase inPreparation = theAssessedCase().withStage(Stage.PREPARATION);
    RestorativeCase paused =
        intake
            .apply(inPreparation, Move.pause(PauseReason.MENTAL_STATE_CHANGE), WARD_MANAGER, NOW)
            .get();

    List<NextMove> offered = intake.nextMoves(paused, NOW);

    assertThat(offered)
        .extracting(NextMove::target)
        .containsExactly(Stage.ASSESSMENT, Stage.CLOSED_NOT_PROCEEDING, Stage.CLOSED_WITHDRAWN);
    assertThat(
            intake.apply(paused, Move.to(Stage.PREPARATION), WARD_MANAGER, NOW).getLeft().codes())
        .containsExactly("ILLEGAL_TRANSITION");
  }

  @Test
  void every_move_the_screen_offers_as_open_is_accepted_and_every_blocked_one_refused() {
    RestorativeCase accepted = theAcceptedCase();
    RestorativeCase assessed = theAssessedCase();

    for (RestorativeCase c : List.of(accepted, assessed)) {
      for (NextMove next : intake.nextMoves(c, NOW)) {
        Move move =
            next.target() == Stage.PAUSED
                ? Move.pause(PauseReason.PARTY_UNAVAILABLE)
                : next.target() == Stage.CLOSED_NOT_PROCEEDING
                    ? Move.notProceeding(NotProceedingReason.SERVICE_CAPACITY)
                    : Move.to(next.target());
        Either<Report, RestorativeCase> result = intake.apply(c, move, WARD_MANAGER, NOW);
        assertThat(result.isRight())
            .as("%s to %s", c.stage(), next.target())
            .isEqualTo(next.isOpen());
        if (result.isLeft()) {
          assertThat(result.getLeft().errors()).isEqualTo(next.gate().errors());
        }
      }
    }
  }

  private RestorativeCase theAssessedCase() {
    return intake
        .apply(
            withAClinicalConsultee(theAcceptedCase()), Move.to(Stage.ASSESSMENT), WARD_MANAGER, NOW)
        .get();
  }

  @Test
  void the_reporters_description_never_appears_when_the_case_is_printed() {
    RestorativeCase c = withAClinicalConsultee(theAcceptedCase());

    assertThat(c.harms().get(0).narrative()).contains(DESCRIPTION);
    assertThat(c.toString()).doesNotContain("Zebedee").doesNotContain("punched").contains("***");
    assertThat(anAssaultOnANurse().toString()).doesNotContain("Zebedee").contains("INC-204511");
  }
}
