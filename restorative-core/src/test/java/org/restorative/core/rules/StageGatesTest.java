package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.restorative.core.rules.StandardCode.AGREEMENT_AGREED;
import static org.restorative.core.rules.StandardCode.CASE_OWNER_ALLOCATED;
import static org.restorative.core.rules.StandardCode.CLOSURE_REQUIRES_TERMINAL_ACTIONS;
import static org.restorative.core.rules.StandardCode.CONSENT_REQUIRED_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CORE_PARTIES_PRESENT;
import static org.restorative.core.rules.StandardCode.FACILITATOR_TRAINED;
import static org.restorative.core.rules.StandardCode.INTERVENTION_ARRANGED;
import static org.restorative.core.rules.StandardCode.INTERVENTION_HELD;
import static org.restorative.core.rules.StandardCode.PREPARATION_CONTACT_PER_ATTENDEE;
import static org.restorative.core.rules.StandardCode.PROCESS_CHOSEN;
import static org.restorative.core.rules.StandardCode.PROCESS_PARTICIPANTS_NAMED;
import static org.restorative.core.rules.StandardCode.REFERRAL_ACCEPTED;
import static org.restorative.core.rules.StandardCode.RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION;
import static org.restorative.core.rules.StandardCode.RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT;
import static org.restorative.core.rules.StandardCode.RISK_ASSESSMENT_FOR_INDIRECT;
import static org.restorative.core.rules.StandardCode.SENSITIVE_CASE_ESCALATION;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.HarmType;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.ContactMode;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The exit criteria of every stage (domain brief §1.2) hold at the gate of the next: a case that
 * records nothing beyond what the previous stage needed is refused with the codes of exactly what
 * is missing, each at the path where the missing record belongs; and the synthetic generator's
 * cases pass every gate on the path they took.
 *
 * <p>The bare cases start from synthetic cases that passed the earlier gates and take away whatever
 * the next stage records, so that each test names one gate and only its own requirements.
 */
class StageGatesTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");
  private static final SyntheticCases SYNTHETIC = SyntheticCases.seeded(20261206L);
  private static final RuleSet STANDARD = RuleSet.standard();

  // ------------------------------------------------------------------ referral → assessment

  @Test
  void a_referral_neither_accepted_nor_allocated_cannot_be_assessed() {
    RestorativeCase referred = atReferral();
    RestorativeCase bare =
        referred
            .withReferral(
                referred
                    .referral()
                    .withAcceptedAt(Optional.empty())
                    .withCaseOwner(Optional.empty()))
            .withFacilitators(List.of());

    assertThat(found(bare, Stage.ASSESSMENT))
        .containsExactlyInAnyOrder(
            code(REFERRAL_ACCEPTED, "/referral/acceptedAt"),
            code(CASE_OWNER_ALLOCATED, "/referral/caseOwner"));
  }

  @Test
  void a_referral_with_no_parties_identified_cannot_be_assessed_either() {
    RestorativeCase referred = WholeCases.withoutParties(atReferral(), p -> true);

    assertThat(codes(blocking(referred, Stage.ASSESSMENT)))
        .containsExactly(CORE_PARTIES_PRESENT.name());
  }

  @Test
  void an_accepted_and_allocated_referral_may_be_assessed() {
    assertThat(found(atReferral(), Stage.ASSESSMENT)).isEmpty();
  }

  @Test
  void a_facilitator_allocated_stands_for_a_case_owner() {
    RestorativeCase referred = firstCase(Stage.ASSESSMENT, k -> !k.facilitators().isEmpty());
    RestorativeCase noOwner =
        referred.withReferral(referred.referral().withCaseOwner(Optional.empty()));

    assertThat(found(noOwner, Stage.ASSESSMENT)).isEmpty();
  }

  // ------------------------------------------------------------------ assessment → preparation

  @Test
  void an_assessment_with_nothing_recorded_cannot_go_to_preparation() {
    RestorativeCase bare = assessedWithNothingRecorded(plain(ContactMode.DIRECT));

    assertThat(found(bare, Stage.PREPARATION))
        .containsExactlyInAnyOrder(
            code(PROCESS_CHOSEN, "/processes"),
            code(FACILITATOR_TRAINED, "/facilitators"),
            code(
                RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION,
                "/parties/" + responsibleIndex(bare) + "/acknowledgements"));
  }

  @Test
  void a_sexual_harm_also_needs_the_supervisor_s_sign_off_before_preparation() {
    RestorativeCase bare = assessedWithNothingRecorded(plain(ContactMode.DIRECT));
    RestorativeCase sexual =
        bare.withHarms(
            bare.harms().stream()
                .map(h -> h.withTypes(Set.of(HarmType.SEXUAL)).withSensitiveFlags(Set.of()))
                .toList());

    assertThat(found(sexual, Stage.PREPARATION))
        .contains(code(SENSITIVE_CASE_ESCALATION, "/signOffs"));
  }

  @Test
  void a_process_chosen_with_nothing_else_is_refused_for_consent_and_risk() {
    RestorativeCase source = plain(ContactMode.DIRECT);
    RestorativeProcess process = source.processes().get(0);
    RestorativeCase bare =
        assessedWithNothingRecorded(source)
            .withProcesses(List.of(process))
            .withFacilitators(source.facilitators())
            .withParties(source.parties());

    List<Violation> blocking = blocking(bare, Stage.PREPARATION);
    assertThat(codes(blocking))
        .containsExactlyInAnyOrder(
            CONSENT_REQUIRED_BEFORE_MEETING.name(), RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT.name());
    assertThat(blocking)
        .filteredOn(v -> v.code().equals(RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT.name()))
        .extracting(Violation::path)
        .containsExactly("/riskAssessments");
    assertThat(blocking)
        .filteredOn(v -> v.code().equals(CONSENT_REQUIRED_BEFORE_MEETING.name()))
        .extracting(Violation::path)
        .allMatch(path -> path.startsWith("/processes/0/participants/"))
        .hasSize(
            (int) process.participants().stream().filter(p -> !isSupporter(source, p)).count());
  }

  @Test
  void an_indirect_process_needs_its_risk_assessment_before_preparation_too() {
    RestorativeCase source = plain(ContactMode.INDIRECT);
    RestorativeCase unassessed = source.withRiskAssessments(List.of()).withStage(Stage.ASSESSMENT);

    assertThat(found(unassessed, Stage.PREPARATION))
        .contains(code(RISK_ASSESSMENT_FOR_INDIRECT, "/riskAssessments"));
  }

  @Test
  void a_process_that_names_only_one_side_cannot_go_to_preparation() {
    RestorativeCase source = plain(ContactMode.DIRECT);
    RestorativeProcess process = source.processes().get(0);
    RestorativeProcess oneSided =
        process.withParticipants(
            process.participants().stream()
                .filter(p -> source.party(p).map(x -> x.role().isHarmed()).orElse(false))
                .toList());

    assertThat(found(source.withProcesses(List.of(oneSided)), Stage.PREPARATION))
        .contains(code(PROCESS_PARTICIPANTS_NAMED, "/processes/0/participants"));
  }

  @Test
  void an_organisation_stands_on_the_responsible_side_only_when_it_answers_for_the_harm() {
    RestorativeCase source = plain(ContactMode.DIRECT);
    Party responsible =
        source.parties().stream().filter(p -> p.role().isResponsible()).findFirst().orElseThrow();
    RestorativeCase organisation =
        source.withParties(
            source.parties().stream()
                .map(p -> p.equals(responsible) ? p.withRole(PartyRole.ORGANISATION) : p)
                .toList());
    RestorativeCase bystander =
        organisation.withHarms(
            organisation.harms().stream()
                .map(
                    h ->
                        h.withInvolvedPersons(
                            h.involvedPersons().stream()
                                .filter(i -> !i.party().equals(responsible.id()))
                                .toList()))
                .toList());

    assertThat(found(organisation, Stage.PREPARATION))
        .noneMatch(f -> f.startsWith(PROCESS_PARTICIPANTS_NAMED.name()));
    assertThat(found(bystander, Stage.PREPARATION))
        .contains(code(PROCESS_PARTICIPANTS_NAMED, "/processes/0/participants"));
  }

  @Test
  void a_case_whose_only_process_was_halted_cannot_go_on_to_preparation() {
    RestorativeCase source = plain(ContactMode.DIRECT);
    RestorativeCase halted =
        source.withProcesses(
            source.processes().stream()
                .map(
                    p -> p.endedAs(org.restorative.core.process.ProcessStatus.HALTED, p.chosenAt()))
                .toList());

    assertThat(found(halted, Stage.PREPARATION)).contains(code(PROCESS_CHOSEN, "/processes"));
  }

  // ------------------------------------------------------------------ preparation → intervention

  @Test
  void a_prepared_case_with_nothing_arranged_cannot_go_to_intervention() {
    RestorativeCase prepared = plain(ContactMode.DIRECT);
    RestorativeCase bare =
        prepared
            .withMeetings(List.of())
            .withMessages(List.of())
            .withSafetyPlans(List.of())
            .withQuestionSetUses(List.of())
            .withPreparationContacts(List.of());

    List<Violation> blocking = blocking(bare, Stage.INTERVENTION);
    assertThat(codes(blocking))
        .containsExactlyInAnyOrder(
            INTERVENTION_ARRANGED.name(), PREPARATION_CONTACT_PER_ATTENDEE.name());
    assertThat(blocking)
        .filteredOn(v -> v.code().equals(INTERVENTION_ARRANGED.name()))
        .extracting(Violation::path)
        .containsExactly("/meetings");
    assertThat(blocking)
        .filteredOn(v -> v.code().equals(PREPARATION_CONTACT_PER_ATTENDEE.name()))
        .extracting(Violation::path)
        .allMatch(path -> path.startsWith("/processes/0/participants/"))
        .hasSize(prepared.processes().get(0).participants().size());
  }

  @Test
  void an_indirect_process_needs_a_message_under_way() {
    RestorativeCase prepared = plain(ContactMode.INDIRECT).withMessages(List.of());

    assertThat(found(prepared, Stage.INTERVENTION))
        .contains(code(INTERVENTION_ARRANGED, "/messages"));
  }

  @Test
  void a_meeting_with_no_one_invited_is_not_arranged() {
    RestorativeCase c = firstCase(Stage.INTERVENTION, k -> !k.meetings().isEmpty());
    RestorativeCase empty =
        c.withMeetings(c.meetings().stream().map(m -> m.withAttendees(List.of())).toList());

    assertThat(found(empty, Stage.INTERVENTION))
        .contains(code(INTERVENTION_ARRANGED, "/meetings/0/attendees"));
  }

  // ------------------------------------------------------------------ intervention → onwards

  @Test
  void an_intervention_not_yet_held_cannot_move_on_anywhere() {
    RestorativeCase waiting =
        firstCase(
            Stage.INTERVENTION,
            k ->
                k.messages().isEmpty()
                    && !k.meetings().isEmpty()
                    && k.meetings().stream().noneMatch(m -> m.status() == MeetingStatus.HELD)
                    && k.processes().stream().noneMatch(RestorativeProcess::isEnded));

    for (Stage next : List.of(Stage.OUTCOME_AGREEMENT, Stage.FOLLOW_UP, Stage.CLOSURE)) {
      assertThat(found(waiting, next))
          .as("entering %s", next)
          .containsExactly(code(INTERVENTION_HELD, "/meetings"));
    }
  }

  @Test
  void an_agreement_stage_that_ends_with_a_draft_cannot_move_on() {
    RestorativeCase agreeing = firstCase(Stage.OUTCOME_AGREEMENT, k -> !k.agreements().isEmpty());
    RestorativeCase bare = agreeing.withActions(List.of()).withAgreements(List.of());

    for (Stage next : List.of(Stage.FOLLOW_UP, Stage.CLOSURE)) {
      assertThat(found(bare, next))
          .as("entering %s", next)
          .containsExactly(code(AGREEMENT_AGREED, "/agreements"));
    }
  }

  @Test
  void a_case_may_go_from_intervention_to_follow_up_without_an_agreement() {
    RestorativeCase held =
        firstCase(
            Stage.INTERVENTION,
            k -> k.meetings().stream().anyMatch(m -> m.status() == MeetingStatus.HELD));

    assertThat(codes(blocking(held, Stage.FOLLOW_UP))).doesNotContain(AGREEMENT_AGREED.name());
  }

  @Test
  void follow_up_with_an_open_action_cannot_close() {
    RestorativeCase following =
        firstCase(Stage.FOLLOW_UP, k -> k.actions().stream().anyMatch(a -> !a.isTerminal()));
    int open = indexOf(following.actions(), a -> !a.isTerminal());

    assertThat(found(following, Stage.CLOSURE))
        .contains(code(CLOSURE_REQUIRES_TERMINAL_ACTIONS, "/actions/" + open + "/status"));
    assertThat(codes(blocking(following, Stage.CLOSURE)))
        .containsOnly(CLOSURE_REQUIRES_TERMINAL_ACTIONS.name());
  }

  // ------------------------------------------------------------------ the generator's cases

  @Test
  void generated_cases_pass_every_gate_on_the_path_they_took() {
    List<Stage> stages = Arrays.asList(Stage.values());
    qt().withFixedSeed(20261206L)
        .withExamples(300)
        .forAll(integers().between(0, stages.size() - 1), longs().between(0, 100_000))
        .checkAssert(
            (s, index) -> {
              RestorativeCase c = SYNTHETIC.caseAt(stages.get(s), index);
              for (CaseEvent event : c.history()) {
                Optional<Stage> to = event.toStage().filter(Stage::isMainLine);
                if (to.isPresent()) {
                  assertThat(STANDARD.checkEntry(c, to.get(), Policy.standard(), AS_OF).errors())
                      .as("gate of %s on the path of a case at %s", to.get(), c.stage())
                      .isEmpty();
                }
              }
            });
  }

  // ------------------------------------------------------------------ helpers

  private static List<Violation> blocking(RestorativeCase c, Stage target) {
    return STANDARD.checkEntry(c, target, Policy.standard(), AS_OF).errors();
  }

  private static String code(StandardCode code, String path) {
    return code.name() + " at " + path;
  }

  private static List<String> found(RestorativeCase c, Stage target) {
    return blocking(c, target).stream().map(v -> v.code() + " at " + v.path()).toList();
  }

  private static Set<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).collect(Collectors.toSet());
  }

  /**
   * A case at referral with what referral records — the accepted referral with its case owner, the
   * harm and the parties — and nothing that assessment records.
   */
  private static RestorativeCase atReferral() {
    return strippedBackTo(
        Stage.REFERRAL,
        firstCase(
            Stage.ASSESSMENT,
            k -> k.referral().acceptedAt().isPresent() && k.referral().caseOwner().isPresent()));
  }

  /**
   * A synthetic case in preparation, with one process of the given contact mode, no supporters, no
   * doubt about capacity, adults only and no sensitive harm: its gates need only what every case
   * needs.
   */
  private static RestorativeCase plain(ContactMode mode) {
    return firstCase(
        Stage.PREPARATION,
        k ->
            k.processes().size() == 1
                && k.processes().get(0).type().contactMode() == mode
                && k.parties().stream().noneMatch(p -> p.role().needsPrincipal())
                && k.parties().stream().noneMatch(Party::reasonToDoubtCapacity)
                && k.parties().stream()
                    .allMatch(
                        p ->
                            p.ageBandOn(AS_OF.atZone(java.time.ZoneOffset.UTC).toLocalDate())
                                .map(b -> b == AgeBand.ADULT)
                                .orElse(true))
                && k.harms().stream().noneMatch(h -> h.isSensitive()));
  }

  /**
   * The case as assessment found it: the referral, the harm and the parties, with nothing that
   * assessment records (no acknowledgement, process, consent, capacity or risk assessment,
   * facilitator, sign-off, or anything later).
   */
  private static RestorativeCase assessedWithNothingRecorded(RestorativeCase c) {
    return strippedBackTo(Stage.ASSESSMENT, c);
  }

  /**
   * A case back at a stage with only what referral records — the referral, the harms and the
   * parties without their acknowledgements — and the history up to that stage.
   */
  private static RestorativeCase strippedBackTo(Stage stage, RestorativeCase c) {
    Stage next = Stage.values()[stage.ordinal() + 1];
    return new RestorativeCase.Builder()
        .id(c.id())
        .stage(stage)
        .referral(c.referral())
        .harms(c.harms())
        .parties(c.parties().stream().map(p -> p.withAcknowledgements(List.of())).toList())
        .history(
            c.history().stream()
                .filter(e -> e.toStage().filter(to -> to.isAtOrAfter(next)).isEmpty())
                .toList())
        .build();
  }

  private static int responsibleIndex(RestorativeCase c) {
    return indexOf(c.parties(), p -> p.role().isResponsible());
  }

  private static boolean isSupporter(RestorativeCase c, org.restorative.core.party.PartyId party) {
    return c.party(party).map(p -> p.role().needsPrincipal()).orElse(false);
  }

  private static RestorativeCase firstCase(Stage stage, Predicate<RestorativeCase> shape) {
    for (int i = 0; i < 400; i++) {
      RestorativeCase c = SYNTHETIC.caseAt(stage, i);
      if (shape.test(c)) {
        return c;
      }
    }
    throw new AssertionError("no synthetic case of that shape at " + stage);
  }

  private static <T> int indexOf(List<T> list, Predicate<T> which) {
    for (int i = 0; i < list.size(); i++) {
      if (which.test(list.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no such element");
  }
}
