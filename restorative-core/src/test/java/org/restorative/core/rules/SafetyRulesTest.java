package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.AS_OF;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aCase;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aHeldConferenceWithASupporter;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aHeldMeetingBetweenTwoPatients;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aHeldWardMeetingWithAnInpatient;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aLetterExchangeWithDeliveredLetters;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aSensitiveCaseWithAHeldMeeting;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.changed;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.heldMeetingOf;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.indexOf;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.party;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.supporterAttends;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.theMeeting;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.theSupporter;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.violations;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.withParty;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.without;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskAssessmentId;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.assessment.SafetyMeasure;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SafetyPlanId;
import org.restorative.core.assessment.SignOffDecision;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Escort;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.party.TrainingRecord;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.Message;
import org.restorative.core.process.ProcessType;

class SafetyRulesTest {

  private static final List<Rule> SAFETY = SafetyRules.rules();

  private static final String RISK_BEFORE_DIRECT =
      StandardCode.RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT.name();
  private static final String RISK_FOR_INDIRECT = StandardCode.RISK_ASSESSMENT_FOR_INDIRECT.name();
  private static final String RISK_REVIEWED = StandardCode.RISK_REVIEWED_AFTER_CHANGE.name();
  private static final String SAFETY_PLAN = StandardCode.SAFETY_PLAN_FOR_DIRECT_MEETING.name();
  private static final String SENSITIVE = StandardCode.SENSITIVE_CASE_ESCALATION.name();
  private static final String CONSULTED = StandardCode.CLINICAL_TEAM_CONSULTED.name();

  @Test
  void the_family_holds_rules_18_to_23_in_the_brief_s_order() {
    assertThat(SAFETY)
        .extracting(r -> r.code().name(), Rule::severity, Rule::appliesFrom)
        .containsExactly(
            tuple(RISK_BEFORE_DIRECT, Severity.ERROR, Stage.PREPARATION),
            tuple(RISK_FOR_INDIRECT, Severity.ERROR, Stage.PREPARATION),
            tuple(RISK_REVIEWED, Severity.WARNING, Stage.PREPARATION),
            tuple(SAFETY_PLAN, Severity.ERROR, Stage.PREPARATION),
            tuple(SENSITIVE, Severity.ERROR, Stage.PREPARATION),
            tuple(CONSULTED, Severity.WARNING, Stage.PREPARATION));
    assertThat(SafetyRules.sensitiveCasesAreEscalated().policyParameters())
        .containsExactlyInAnyOrder("sensitiveCaseFacilitatorLevel", "minimumFacilitatorLevel");
  }

  // ---------------------------------------------------------------- rule 18

  @Test
  void a_conference_whose_every_attendee_was_assessed_with_a_proceed_outcome_may_go_ahead() {
    assertThat(violations(SAFETY, aHeldConferenceWithASupporter(), RISK_BEFORE_DIRECT)).isEmpty();
  }

  @Test
  void a_conference_cannot_go_ahead_without_a_completed_risk_assessment() {
    RestorativeCase c = aHeldConferenceWithASupporter().withRiskAssessments(List.of());

    assertThat(violations(SAFETY, c, RISK_BEFORE_DIRECT))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/meetings/0"));
  }

  @Test
  void an_assessment_still_in_progress_does_not_clear_a_conference() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    c = c.withRiskAssessments(changed(c.riskAssessments(), r -> true, SafetyRulesTest::inProgress));

    assertThat(violations(SAFETY, c, RISK_BEFORE_DIRECT))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/meetings/0"));
  }

  @Test
  void a_supporter_left_out_of_the_risk_assessment_is_rule_29s_finding_not_the_meetings() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId supporter = theSupporter(c).id();
    c =
        c.withRiskAssessments(
            changed(
                c.riskAssessments(),
                r -> true,
                r -> r.withFindings(without(r.findings(), f -> f.party().equals(supporter)))));

    assertThat(violations(SAFETY, c, RISK_BEFORE_DIRECT)).isEmpty();
  }

  @Test
  void an_assessment_advising_not_to_proceed_does_not_allow_the_conference() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    c =
        c.withRiskAssessments(
            changed(
                c.riskAssessments(),
                r -> true,
                r -> r.withOutcome(RiskOutcome.DO_NOT_PROCEED).withConditions(List.of())));

    assertThat(violations(SAFETY, c, RISK_BEFORE_DIRECT))
        .extracting(Violation::path)
        .containsExactly("/meetings/0");
  }

  @Test
  void an_assessment_for_a_letter_exchange_does_not_cover_a_conference() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    c =
        c.withRiskAssessments(
            changed(
                c.riskAssessments(),
                r -> true,
                r -> r.withProcessTypes(ProcessType.LETTER_EXCHANGE)));

    assertThat(violations(SAFETY, c, RISK_BEFORE_DIRECT))
        .extracting(Violation::path)
        .containsExactly("/meetings/0");
  }

  @Test
  void an_assessment_completed_after_the_conference_began_came_too_late() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    Instant start = theMeeting(c).startAt().orElseThrow();
    c =
        c.withRiskAssessments(
            changed(
                c.riskAssessments(),
                r -> true,
                r -> r.withCompletedAt(start.plus(Duration.ofHours(1)))));

    assertThat(violations(SAFETY, c, RISK_BEFORE_DIRECT))
        .extracting(Violation::path)
        .containsExactly("/meetings/0");
  }

  @Test
  void one_party_sessions_are_not_direct_contact() {
    RestorativeCase c =
        aCase(Stage.INTERVENTION, heldMeetingOf(ProcessType.SINGLE_PARTY_RESTORATIVE_WORK))
            .withRiskAssessments(List.of());

    assertThat(violations(SAFETY, c, RISK_BEFORE_DIRECT)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 19

  @Test
  void letters_assessed_before_delivery_may_be_passed_on() {
    assertThat(violations(SAFETY, aLetterExchangeWithDeliveredLetters(), RISK_FOR_INDIRECT))
        .isEmpty();
  }

  @Test
  void letters_are_not_passed_on_without_a_completed_risk_assessment() {
    RestorativeCase c = aLetterExchangeWithDeliveredLetters().withRiskAssessments(List.of());

    assertThat(violations(SAFETY, c, RISK_FOR_INDIRECT))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.ERROR, "/messages/0"), tuple(Severity.ERROR, "/messages/1"));
  }

  @Test
  void an_assessment_that_leaves_out_the_recipient_does_not_cover_the_letter() {
    RestorativeCase c = aLetterExchangeWithDeliveredLetters();
    Message first = c.messages().get(0);
    PartyId recipient = first.recipients().iterator().next();
    c =
        c.withRiskAssessments(
            changed(
                c.riskAssessments(),
                r -> true,
                r -> r.withFindings(without(r.findings(), f -> f.party().equals(recipient)))));

    assertThat(violations(SAFETY, c, RISK_FOR_INDIRECT))
        .extracting(Violation::severity, Violation::path)
        .contains(tuple(Severity.ERROR, "/messages/0"));
  }

  @Test
  void an_assessment_completed_after_the_first_letter_was_delivered_came_too_late_for_it() {
    RestorativeCase c = aLetterExchangeWithDeliveredLetters();
    Instant firstDelivered = c.messages().get(0).deliveredAt().orElseThrow();
    c =
        c.withRiskAssessments(
            changed(
                c.riskAssessments(),
                RiskAssessment::isCompletedWithProceed,
                r -> r.withCompletedAt(firstDelivered.plus(Duration.ofMinutes(5)))));

    assertThat(violations(SAFETY, c, RISK_FOR_INDIRECT))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/messages/0"));
  }

  // ---------------------------------------------------------------- rule 20

  @Test
  void an_assessment_made_after_the_last_change_is_current() {
    assertThat(violations(SAFETY, aHeldConferenceWithASupporter(), RISK_REVIEWED)).isEmpty();
    assertThat(violations(SAFETY, aConferenceWithoutLeave(), RISK_REVIEWED)).isEmpty();
  }

  @Test
  void a_pause_after_the_risk_assessment_needs_a_review_before_the_case_returns() {
    RestorativeCase c = aConferenceWithoutLeave();
    Instant assessed = completedRisk(c).completedAt().orElseThrow();
    c = pausedAndResumedAfter(c, assessed);

    assertThat(violations(SAFETY, c, RISK_REVIEWED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.WARNING, "/history/" + pauseEvent(c)));
  }

  @Test
  void a_risk_assessment_reviewed_during_the_pause_is_current() {
    RestorativeCase c = aConferenceWithoutLeave();
    Instant assessed = completedRisk(c).completedAt().orElseThrow();
    c = reviewedAt(pausedAndResumedAfter(c, assessed), assessed.plus(Duration.ofHours(36)));

    assertThat(violations(SAFETY, c, RISK_REVIEWED)).isEmpty();
  }

  @Test
  void a_review_dated_after_the_return_comes_too_late() {
    RestorativeCase c = aConferenceWithoutLeave();
    Instant assessed = completedRisk(c).completedAt().orElseThrow();
    c = reviewedAt(pausedAndResumedAfter(c, assessed), assessed.plus(Duration.ofDays(4)));

    assertThat(violations(SAFETY, c, RISK_REVIEWED))
        .extracting(Violation::path)
        .containsExactly("/history/" + pauseEvent(c));
  }

  @Test
  void a_change_of_section_before_the_move_to_intervention_calls_for_a_review() {
    RestorativeCase c = aConferenceWithoutLeave();
    Instant intervention = enteredIntervention(c);
    PartyId anyone = c.parties().get(0).id();
    c =
        withParty(
            c,
            anyone,
            p ->
                p.withMentalHealthAct(
                    new MentalHealthActStatus.Builder()
                        .section(MhaStatus.S3)
                        .since(dayOf(intervention).minusDays(1))
                        .build()));

    assertThat(violations(SAFETY, c, RISK_REVIEWED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.WARNING, "/parties/0/mentalHealthAct/since"));
    assertThat(violations(SAFETY, reviewedAt(c, intervention.minusSeconds(1)), RISK_REVIEWED))
        .isEmpty();
  }

  @Test
  void a_change_known_only_by_its_day_follows_a_return_on_that_day() {
    RestorativeCase c = aConferenceWithoutLeave();
    Instant intervention = enteredIntervention(c);
    PartyId anyone = c.parties().get(0).id();
    c =
        withParty(
            c,
            anyone,
            p ->
                p.withMentalHealthAct(
                    new MentalHealthActStatus.Builder()
                        .section(MhaStatus.S3)
                        .since(dayOf(intervention))
                        .build()));

    assertThat(violations(SAFETY, c, RISK_REVIEWED)).isEmpty();
  }

  @Test
  void a_section_in_force_before_the_first_assessment_needs_no_review() {
    RestorativeCase c = aConferenceWithoutLeave();
    Instant assessed = completedRisk(c).completedAt().orElseThrow();
    PartyId anyone = c.parties().get(0).id();
    c =
        withParty(
            c,
            anyone,
            p ->
                p.withMentalHealthAct(
                    new MentalHealthActStatus.Builder()
                        .section(MhaStatus.S3)
                        .since(dayOf(assessed).minusDays(30))
                        .build()));

    assertThat(violations(SAFETY, c, RISK_REVIEWED)).isEmpty();
  }

  @Test
  void leave_that_begins_before_the_move_to_intervention_calls_for_a_review() {
    RestorativeCase c = aConferenceWithoutLeave();
    Instant intervention = enteredIntervention(c);
    Party first = c.parties().get(0);
    LeaveAuthorisation leave =
        new LeaveAuthorisation.Builder()
            .type(LeaveType.GROUND)
            .escort(Escort.ESCORTED)
            .authorisedBy(LeaveAuthority.RC)
            .validFrom(dayOf(intervention).minusDays(1))
            .validTo(dayOf(intervention).plusDays(30))
            .build();
    c = withParty(c, first.id(), p -> p.withLeaveAuthorisations(leave));

    assertThat(violations(SAFETY, c, RISK_REVIEWED))
        .extracting(Violation::path)
        .containsExactly("/parties/0/leaveAuthorisations/0/validFrom");
    assertThat(violations(SAFETY, reviewedAt(c, intervention.minusSeconds(1)), RISK_REVIEWED))
        .isEmpty();
  }

  @Test
  void a_new_incident_after_the_assessment_calls_for_a_review() {
    RestorativeCase c = aConferenceWithoutLeave();
    Instant assessed = completedRisk(c).completedAt().orElseThrow();
    Harm harm = c.harms().get(0);
    Harm another =
        harm.withId(HarmId.of("harm-new-incident"))
            .withOccurred(
                Occurrence.of(assessed.plus(Duration.ofHours(1)), OccurrencePrecision.EXACT));
    c = c.withHarms(harm, another);

    assertThat(violations(SAFETY, c, RISK_REVIEWED))
        .extracting(Violation::path)
        .containsExactly("/harms/1/occurred");
  }

  @Test
  void a_change_with_no_return_yet_is_reviewed_at_the_gate_of_the_return() {
    RestorativeCase atIntervention = aConferenceWithoutLeave();
    Instant assessed = completedRisk(atIntervention).completedAt().orElseThrow();
    RestorativeCase inPreparation =
        atIntervention
            .withStage(Stage.PREPARATION)
            .withHistory(
                atIntervention.history().stream()
                    .filter(e -> e.toStage().filter(to -> to == Stage.INTERVENTION).isEmpty())
                    .toList());
    RestorativeCase changed =
        withParty(
            inPreparation,
            inPreparation.parties().get(0).id(),
            p ->
                p.withMentalHealthAct(
                    new MentalHealthActStatus.Builder()
                        .section(MhaStatus.S3)
                        .since(dayOf(assessed).plusDays(1))
                        .build()));

    assertThat(violations(SAFETY, changed, RISK_REVIEWED)).as("no return yet").isEmpty();
    assertThat(
            RuleSet.of(SAFETY)
                .checkEntry(changed, Stage.INTERVENTION, Policy.standard(), AS_OF)
                .violations())
        .filteredOn(v -> v.code().equals(RISK_REVIEWED))
        .extracting(Violation::path)
        .containsExactly("/parties/0/mentalHealthAct/since");
  }

  @Test
  void without_a_completed_assessment_there_is_nothing_to_review() {
    RestorativeCase c = aConferenceWithoutLeave();
    c = pausedAndResumedAfter(c, completedRisk(c).completedAt().orElseThrow());
    c = c.withRiskAssessments(changed(c.riskAssessments(), r -> true, SafetyRulesTest::inProgress));

    assertThat(violations(SAFETY, c, RISK_REVIEWED)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 21

  @Test
  void a_conference_with_a_full_safety_plan_may_go_ahead() {
    assertThat(violations(SAFETY, aHeldConferenceWithASupporter(), SAFETY_PLAN)).isEmpty();
  }

  @Test
  void a_conference_cannot_go_ahead_without_a_safety_plan() {
    RestorativeCase c = aHeldConferenceWithASupporter().withSafetyPlans(List.of());

    assertThat(violations(SAFETY, c, SAFETY_PLAN))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/meetings/0"));
  }

  @Test
  void a_safety_plan_for_another_meeting_does_not_count() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    Meeting another = held.meetings().get(0).withId(MeetingId.of("meeting-99"));
    RestorativeCase c =
        held.with(another)
            .withSafetyPlans(
                changed(held.safetyPlans(), p -> true, p -> p.withMeeting(another.id())));

    assertThat(violations(SAFETY, c, SAFETY_PLAN))
        .extracting(Violation::path)
        .containsExactly("/meetings/0");
  }

  @Test
  void a_safety_plan_without_separate_waiting_areas_is_incomplete() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    c =
        c.withSafetyPlans(
            changed(
                c.safetyPlans(),
                p -> true,
                p -> p.withMeasures(allBut(p.measures(), SafetyMeasure.SEPARATE_WAITING_AREAS))));

    List<Violation> found = violations(SAFETY, c, SAFETY_PLAN);
    assertThat(found)
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/safetyPlans/0/measures"));
    assertThat(found.get(0).message()).contains("SEPARATE_WAITING_AREAS");
  }

  @Test
  void the_latest_of_several_incomplete_plans_is_the_one_reported() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    SafetyPlan plan = c.safetyPlans().get(0);
    SafetyPlan earlier =
        plan.withMeasures(EnumSet.of(SafetyMeasure.STAFF_PRESENT))
            .withAgreedAt(plan.agreedAt().minus(Duration.ofDays(2)));
    SafetyPlan later =
        plan.withMeasures(EnumSet.of(SafetyMeasure.SEPARATE_ARRIVAL, SafetyMeasure.STAFF_PRESENT));
    c = c.withSafetyPlans(earlier.withId(SafetyPlanId.of("safety-plan-draft")), later);

    assertThat(violations(SAFETY, c, SAFETY_PLAN))
        .extracting(Violation::path)
        .containsExactly("/safetyPlans/1/measures");
  }

  @Test
  void an_impromptu_restorative_conversation_needs_no_safety_plan() {
    RestorativeCase c =
        aCase(Stage.INTERVENTION, heldMeetingOf(ProcessType.RESTORATIVE_CONVERSATION))
            .withSafetyPlans(List.of());

    assertThat(violations(SAFETY, c, SAFETY_PLAN)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 22

  @Test
  void a_sensitive_case_led_at_advanced_level_with_sign_off_may_proceed() {
    assertThat(violations(SAFETY, aSensitiveCaseWithAHeldMeeting(), SENSITIVE)).isEmpty();
  }

  @Test
  void the_lead_of_a_sensitive_case_must_be_trained_to_advanced_level() {
    RestorativeCase c = aSensitiveCaseWithAHeldMeeting();
    int lead = indexOf(c.facilitators(), SafetyRulesTest::isLead);
    c = withLeadAtIntermediateLevel(c);

    assertThat(violations(SAFETY, c, SENSITIVE))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/facilitators/" + lead));
  }

  @Test
  void a_trust_may_set_a_lower_level_for_sensitive_cases() {
    RestorativeCase c = aSensitiveCaseWithAHeldMeeting();
    c = withLeadAtIntermediateLevel(c);
    Policy lower =
        new Policy.Builder().sensitiveCaseFacilitatorLevel(TrainingLevel.INTERMEDIATE).build();

    assertThat(violations(SAFETY, c, SENSITIVE, lower)).isEmpty();
  }

  @Test
  void a_sensitive_case_led_by_an_untrained_facilitator_is_reported_once_as_untrained() {
    RestorativeCase c = aSensitiveCaseWithAHeldMeeting();
    c =
        c.withFacilitators(
            changed(
                c.facilitators(), SafetyRulesTest::isLead, f -> f.withTrainingRecords(List.of())));
    List<Rule> both = new ArrayList<>(SAFETY);
    both.addAll(FacilitatorRules.rules());

    assertThat(violations(both, c, SENSITIVE)).isEmpty();
    assertThat(violations(both, c, StandardCode.FACILITATOR_TRAINED.name())).hasSize(1);
  }

  @Test
  void a_sensitive_case_needs_a_supervisor_sign_off_to_proceed() {
    RestorativeCase c = aSensitiveCaseWithAHeldMeeting().withSignOffs(List.of());

    assertThat(violations(SAFETY, c, SENSITIVE))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/signOffs"));
  }

  @Test
  void a_sign_off_that_does_not_approve_does_not_let_a_sensitive_case_proceed() {
    RestorativeCase c = aSensitiveCaseWithAHeldMeeting();
    c =
        c.withSignOffs(
            changed(c.signOffs(), s -> true, s -> s.withDecision(SignOffDecision.NOT_APPROVED)));

    assertThat(violations(SAFETY, c, SENSITIVE))
        .extracting(Violation::path)
        .containsExactly("/signOffs");
  }

  @Test
  void a_case_without_a_sensitive_harm_needs_no_sign_off() {
    RestorativeCase c =
        aCase(
                Stage.INTERVENTION,
                heldMeetingOf(ProcessType.FACE_TO_FACE_CONFERENCE)
                    .and(k -> k.harms().stream().noneMatch(h -> h.isSensitive())))
            .withSignOffs(List.of());

    assertThat(violations(SAFETY, c, SENSITIVE)).isEmpty();
  }

  @Test
  void a_sensitive_case_cannot_enter_preparation_before_the_supervisor_signs_off() {
    RestorativeCase assessing =
        aCase(Stage.ASSESSMENT, k -> k.harms().stream().anyMatch(h -> h.isSensitive()));

    List<Violation> blocking =
        RuleSet.of(SAFETY)
            .checkEntry(assessing, Stage.PREPARATION, Policy.standard(), AS_OF)
            .violations();

    assertThat(blocking)
        .filteredOn(v -> v.code().equals(SENSITIVE))
        .extracting(Violation::code, Violation::severity, Violation::path)
        .containsExactly(tuple(SENSITIVE, Severity.ERROR, "/signOffs"));
  }

  // ---------------------------------------------------------------- rule 23

  @Test
  void an_inpatient_whose_treating_team_was_consulted_may_attend() {
    assertThat(violations(SAFETY, aHeldWardMeetingWithAnInpatient(), CONSULTED)).isEmpty();
  }

  @Test
  void the_treating_team_of_an_inpatient_attendee_is_consulted_before_the_meeting() {
    RestorativeCase c = aHeldWardMeetingWithAnInpatient().withConsultations(List.of());

    assertThat(violations(SAFETY, c, CONSULTED))
        .extracting(Violation::severity, Violation::path)
        .containsExactlyElementsOf(
            inpatientAttendees(c).stream().map(j -> tuple(Severity.WARNING, j)).toList());
  }

  @Test
  void a_consultation_after_the_meeting_began_came_too_late() {
    RestorativeCase c = aHeldWardMeetingWithAnInpatient();
    Instant start = theMeeting(c).startAt().orElseThrow();
    c =
        c.withConsultations(
            changed(
                c.consultations(),
                k -> true,
                k -> k.withConsultedAt(start.plus(Duration.ofMinutes(30)))));

    assertThat(violations(SAFETY, c, CONSULTED))
        .extracting(Violation::path)
        .containsExactlyElementsOf(inpatientAttendees(c));
  }

  @Test
  void a_consultation_about_one_patient_does_not_cover_the_other() {
    RestorativeCase c = aHeldMeetingBetweenTwoPatients();
    List<String> inpatients = inpatientAttendees(c);
    ClinicalConsultation aboutTheFirst =
        c.consultations().stream()
            .filter(k -> k.patient().equals(theMeeting(c).attendees().get(0).party()))
            .findFirst()
            .orElseThrow();

    assertThat(violations(SAFETY, c.withConsultations(aboutTheFirst), CONSULTED))
        .extracting(Violation::path)
        .containsExactlyElementsOf(inpatients.subList(1, inpatients.size()));
  }

  // ---------------------------------------------------------------- helpers

  private static RiskAssessment inProgress(RiskAssessment risk) {
    return new RiskAssessment.Builder()
        .from(risk)
        .status(AssessmentStatus.IN_PROGRESS)
        .completedAt(Optional.empty())
        .outcome(Optional.empty())
        .conditions(List.of())
        .build();
  }

  private static RestorativeCase withLeadAtIntermediateLevel(RestorativeCase c) {
    return c.withFacilitators(
        changed(c.facilitators(), SafetyRulesTest::isLead, SafetyRulesTest::intermediate));
  }

  /** The facilitator with the same course dates, the last one at intermediate level. */
  private static Facilitator intermediate(Facilitator f) {
    LocalDate lastCourse =
        f.trainingRecords().stream()
            .map(TrainingRecord::completedOn)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    return f.withTrainingRecords(
        TrainingRecord.of(TrainingLevel.FOUNDATION, lastCourse.minusDays(400)),
        TrainingRecord.of(TrainingLevel.INTERMEDIATE, lastCourse));
  }

  private static boolean isLead(Facilitator f) {
    return f.role() == FacilitatorRole.FACILITATOR_LEAD;
  }

  private static Set<SafetyMeasure> allBut(Set<SafetyMeasure> measures, SafetyMeasure left) {
    Set<SafetyMeasure> fewer = EnumSet.copyOf(measures);
    fewer.remove(left);
    return fewer;
  }

  private static RiskAssessment completedRisk(RestorativeCase c) {
    return c.riskAssessments().get(completedRiskIndex(c));
  }

  private static int completedRiskIndex(RestorativeCase c) {
    return indexOf(c.riskAssessments(), r -> r.status() == AssessmentStatus.COMPLETED);
  }

  private static LocalDate dayOf(Instant moment) {
    return LocalDate.ofInstant(moment, Policy.standard().zone());
  }

  /**
   * A held conference with a supporter in which nobody holds leave, so no leave calls for a review.
   */
  private static RestorativeCase aConferenceWithoutLeave() {
    return aCase(
        Stage.INTERVENTION,
        heldMeetingOf(ProcessType.FACE_TO_FACE_CONFERENCE)
            .and(supporterAttends())
            .and(c -> c.parties().stream().allMatch(p -> p.leaveAuthorisations().isEmpty()))
            .and(
                c ->
                    c.riskAssessments().stream().filter(r -> r.completedAt().isPresent()).count()
                        == 1)
            .and(
                c ->
                    dayOf(enteredIntervention(c))
                        .minusDays(1)
                        .isAfter(dayOf(completedRisk(c).completedAt().orElseThrow()))));
  }

  private static Instant enteredIntervention(RestorativeCase c) {
    return c.history().stream()
        .filter(e -> e.toStage().filter(to -> to == Stage.INTERVENTION).isPresent())
        .map(CaseEvent::at)
        .findFirst()
        .orElseThrow();
  }

  private static int pauseEvent(RestorativeCase c) {
    return indexOf(c.history(), e -> e.id().equals(EventId.of("event-paused")));
  }

  /** The case with a copy of its first completed risk assessment, completed at a moment. */
  private static RestorativeCase reviewedAt(RestorativeCase c, Instant moment) {
    RiskAssessment first = completedRisk(c);
    List<RiskAssessment> risks = new ArrayList<>(c.riskAssessments());
    risks.add(
        new RiskAssessment.Builder()
            .from(first)
            .id(RiskAssessmentId.of("risk-reviewed"))
            .startedAt(moment.minusSeconds(60))
            .completedAt(moment)
            .build());
    return c.withRiskAssessments(risks);
  }

  /** The case paused from preparation a day after the moment and resumed two days later. */
  private static RestorativeCase pausedAndResumedAfter(RestorativeCase c, Instant moment) {
    ActorId owner = ActorId.of("staff-rp-lead");
    Instant paused = moment.plus(Duration.ofDays(1));
    Instant resumed = moment.plus(Duration.ofDays(2));
    List<CaseEvent> history = new ArrayList<>(c.history());
    history.add(
        new CaseEvent.Builder()
            .id(EventId.of("event-paused"))
            .at(paused)
            .by(owner)
            .type(CaseEventType.PAUSED)
            .fromStage(Stage.PREPARATION)
            .toStage(Stage.PAUSED)
            .pauseReason(PauseReason.MENTAL_STATE_CHANGE)
            .build());
    history.add(
        new CaseEvent.Builder()
            .id(EventId.of("event-resumed"))
            .at(resumed)
            .by(owner)
            .type(CaseEventType.RESUMED)
            .fromStage(Stage.PAUSED)
            .toStage(Stage.PREPARATION)
            .build());
    history.sort(Comparator.comparing(CaseEvent::at));
    return c.withHistory(history);
  }

  /** The pointers to the meeting's attendees who are inpatients or under a forensic team. */
  private static List<String> inpatientAttendees(RestorativeCase c) {
    Meeting meeting = theMeeting(c);
    List<String> paths = new ArrayList<>();
    List<Attendee> attendees = meeting.attendees();
    for (int j = 0; j < attendees.size(); j++) {
      Party party = party(c, attendees.get(j).party());
      if (party.isInpatientOrForensic()) {
        paths.add("/meetings/0/attendees/" + j);
      }
    }
    return paths;
  }
}
