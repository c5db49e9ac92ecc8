package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restorative.core.casefile.CaseFixtures.AGREEMENT;
import static org.restorative.core.casefile.CaseFixtures.CAPACITY_ASSESSED_AT;
import static org.restorative.core.casefile.CaseFixtures.CASE;
import static org.restorative.core.casefile.CaseFixtures.CASE_SUPERVISOR;
import static org.restorative.core.casefile.CaseFixtures.CLOSED_AT;
import static org.restorative.core.casefile.CaseFixtures.COLLEAGUE;
import static org.restorative.core.casefile.CaseFixtures.CONFERENCE;
import static org.restorative.core.casefile.CaseFixtures.FACILITATOR;
import static org.restorative.core.casefile.CaseFixtures.FACILITATOR_ACTOR;
import static org.restorative.core.casefile.CaseFixtures.HARM;
import static org.restorative.core.casefile.CaseFixtures.MEETING;
import static org.restorative.core.casefile.CaseFixtures.NURSE;
import static org.restorative.core.casefile.CaseFixtures.PATIENT;
import static org.restorative.core.casefile.CaseFixtures.PAUSED_AT;
import static org.restorative.core.casefile.CaseFixtures.REFERRED_AT;
import static org.restorative.core.casefile.CaseFixtures.REOPENING;
import static org.restorative.core.casefile.CaseFixtures.RESPONSIBLE_CLINICIAN;
import static org.restorative.core.casefile.CaseFixtures.aCaseAt;
import static org.restorative.core.casefile.CaseFixtures.aCaseClosedAs;
import static org.restorative.core.casefile.CaseFixtures.aCasePausedWith;
import static org.restorative.core.casefile.CaseFixtures.aClosureAs;
import static org.restorative.core.casefile.CaseFixtures.aCompetenceAssessment;
import static org.restorative.core.casefile.CaseFixtures.aPauseFrom;
import static org.restorative.core.casefile.CaseFixtures.aPreparationContactWithTheColleague;
import static org.restorative.core.casefile.CaseFixtures.aPreparationContactWithThePatient;
import static org.restorative.core.casefile.CaseFixtures.aStageChange;
import static org.restorative.core.casefile.CaseFixtures.aSupporterOf;
import static org.restorative.core.casefile.CaseFixtures.assertRejected;
import static org.restorative.core.casefile.CaseFixtures.attributesOf;
import static org.restorative.core.casefile.CaseFixtures.attributesThatDiffer;
import static org.restorative.core.casefile.CaseFixtures.personalTexts;
import static org.restorative.core.casefile.CaseFixtures.theAgreement;
import static org.restorative.core.casefile.CaseFixtures.theApologyAction;
import static org.restorative.core.casefile.CaseFixtures.theApologyLetter;
import static org.restorative.core.casefile.CaseFixtures.theAssault;
import static org.restorative.core.casefile.CaseFixtures.theCase;
import static org.restorative.core.casefile.CaseFixtures.theCaseSupervisor;
import static org.restorative.core.casefile.CaseFixtures.theColleague;
import static org.restorative.core.casefile.CaseFixtures.theConference;
import static org.restorative.core.casefile.CaseFixtures.theConferenceMeeting;
import static org.restorative.core.casefile.CaseFixtures.theDisclosureToTheNurse;
import static org.restorative.core.casefile.CaseFixtures.theFacilitator;
import static org.restorative.core.casefile.CaseFixtures.theHatchCommitment;
import static org.restorative.core.casefile.CaseFixtures.theLetterExchange;
import static org.restorative.core.casefile.CaseFixtures.theNurse;
import static org.restorative.core.casefile.CaseFixtures.theNursesConsent;
import static org.restorative.core.casefile.CaseFixtures.theNursesEvaluation;
import static org.restorative.core.casefile.CaseFixtures.thePatient;
import static org.restorative.core.casefile.CaseFixtures.thePatientsCapacityAssessment;
import static org.restorative.core.casefile.CaseFixtures.thePatientsConsent;
import static org.restorative.core.casefile.CaseFixtures.thePatientsEvaluation;
import static org.restorative.core.casefile.CaseFixtures.thePatientsSharingConsent;
import static org.restorative.core.casefile.CaseFixtures.thePoliceCrimeReference;
import static org.restorative.core.casefile.CaseFixtures.theQuestionsAskedOfThePatient;
import static org.restorative.core.casefile.CaseFixtures.theReferral;
import static org.restorative.core.casefile.CaseFixtures.theReferralEvent;
import static org.restorative.core.casefile.CaseFixtures.theResponsibleClinician;
import static org.restorative.core.casefile.CaseFixtures.theRiskAssessment;
import static org.restorative.core.casefile.CaseFixtures.theSafeguardingConcern;
import static org.restorative.core.casefile.CaseFixtures.theSafetyPlan;
import static org.restorative.core.casefile.CaseFixtures.theSupervisorsSignOff;
import static org.restorative.core.casefile.CaseFixtures.theTreatingTeamConsultation;
import static org.restorative.core.casefile.CaseFixtures.theWithdrawalEvent;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.assessment.ConsultationAdvice;
import org.restorative.core.assessment.SignOffDecision;
import org.restorative.core.casefile.UnknownReferenceException.UnknownReference;
import org.restorative.core.consent.CompetenceOutcome;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.LegalStatus;
import org.restorative.core.harm.Setting;
import org.restorative.core.outcome.ActionId;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.party.CareContext;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.process.Medium;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessId;

class RestorativeCaseTest {

  // Building

  @Test
  void the_case_of_the_assaulted_nurse_holds_every_part_of_the_case_at_closure() {
    RestorativeCase assault = theCase();
    assertThat(assault.id()).isEqualTo(CASE);
    assertThat(assault.stage()).isEqualTo(Stage.CLOSURE);
    assertThat(assault.referral()).isEqualTo(theReferral());
    assertThat(assault.harms()).containsExactly(theAssault());
    assertThat(assault.parties()).containsExactly(thePatient(), theNurse(), theColleague());
    assertThat(assault.facilitators()).containsExactly(theFacilitator());
    assertThat(assault.professionals())
        .containsExactly(theCaseSupervisor(), theResponsibleClinician());
    assertThat(assault.consents())
        .containsExactly(theNursesConsent(), thePatientsConsent(), thePatientsSharingConsent());
    assertThat(assault.capacityAssessments()).containsExactly(thePatientsCapacityAssessment());
    assertThat(assault.competenceAssessments()).isEmpty();
    assertThat(assault.withdrawals()).hasSize(1);
    assertThat(assault.disclosures()).containsExactly(theDisclosureToTheNurse());
    assertThat(assault.riskAssessments()).containsExactly(theRiskAssessment());
    assertThat(assault.safetyPlans()).containsExactly(theSafetyPlan());
    assertThat(assault.consultations()).containsExactly(theTreatingTeamConsultation());
    assertThat(assault.signOffs()).containsExactly(theSupervisorsSignOff());
    assertThat(assault.safeguardingConcerns()).containsExactly(theSafeguardingConcern());
    assertThat(assault.processes()).containsExactly(theConference(), theLetterExchange());
    assertThat(assault.preparationContacts())
        .containsExactly(
            aPreparationContactWithThePatient(), aPreparationContactWithTheColleague());
    assertThat(assault.meetings()).containsExactly(theConferenceMeeting());
    assertThat(assault.messages()).containsExactly(theApologyLetter());
    assertThat(assault.questionSetUses()).containsExactly(theQuestionsAskedOfThePatient());
    assertThat(assault.agreements()).containsExactly(theAgreement());
    assertThat(assault.actions()).containsExactly(theApologyAction(), theHatchCommitment());
    assertThat(assault.evaluations())
        .containsExactly(theNursesEvaluation(), thePatientsEvaluation());
    assertThat(assault.history()).hasSize(8);
    assertThat(assault.pause()).isEmpty();
    assertThat(assault.closure()).isEmpty();
    assertThat(assault.reopenedFrom()).isEmpty();
    assertThat(assault.reopenedAs()).isEmpty();
  }

  @Test
  void the_patient_is_a_restricted_patient_on_a_medium_secure_ward_with_an_autism_need() {
    Party patient = theCase().party(PATIENT).orElseThrow();
    assertThat(patient.role()).isEqualTo(PartyRole.PERSON_RESPONSIBLE);
    assertThat(patient.personType()).isEqualTo(PersonType.PATIENT);
    assertThat(patient.careContext()).contains(CareContext.FORENSIC_INPATIENT);
    assertThat(patient.mentalHealthAct())
        .map(MentalHealthActStatus::section)
        .contains(MhaStatus.S37_41);
    assertThat(patient.isRestrictedPatient()).isTrue();
    assertThat(patient.isDetained()).isTrue();
    assertThat(patient.communicationNeeds()).containsExactly(CommunicationNeed.AUTISM);
  }

  @Test
  void the_harm_is_a_patient_on_staff_assault_with_a_police_crime_reference() {
    RestorativeCase assault = theCase();
    assertThat(assault.harm(HARM))
        .hasValueSatisfying(
            harm -> {
              assertThat(harm.context()).isEqualTo(HarmContext.PATIENT_ON_STAFF);
              assertThat(harm.setting()).isEqualTo(Setting.MEDIUM_SECURE);
              assertThat(harm.externalIncidentRefs()).contains(thePoliceCrimeReference());
              assertThat(harm.harmedParties()).containsExactly(NURSE);
              assertThat(harm.responsibleParties()).containsExactly(PATIENT);
            });
    assertThat(assault.referral().harms()).containsExactly(HARM);
  }

  @Test
  void the_nurses_colleague_supports_her() {
    Party colleague = theCase().party(COLLEAGUE).orElseThrow();
    assertThat(colleague.role()).isEqualTo(PartyRole.SUPPORTER);
    assertThat(colleague.principal()).contains(NURSE);
    assertThat(colleague.relationshipToPrincipal()).contains(PartyRelationship.COLLEAGUE);
  }

  @Test
  void an_external_advanced_facilitator_and_a_case_supervisor_are_assigned() {
    RestorativeCase assault = theCase();
    assertThat(assault.facilitator(FACILITATOR))
        .hasValueSatisfying(
            f -> {
              assertThat(f.external()).isTrue();
              assertThat(f.isTrainedTo(TrainingLevel.ADVANCED)).isTrue();
            });
    assertThat(assault.professional(CASE_SUPERVISOR))
        .map(p -> p.role())
        .contains(ProfessionalRole.CASE_SUPERVISOR);
  }

  @Test
  void the_history_runs_from_referral_to_closure() {
    List<CaseEvent> history = theCase().history();
    assertThat(history.get(0)).isEqualTo(theReferralEvent());
    assertThat(history.get(history.size() - 1).toStage()).contains(Stage.CLOSURE);
    assertThat(history).contains(theWithdrawalEvent());
    assertThat(history.stream().filter(CaseEvent::changesStage)).hasSize(6);
  }

  @Test
  void a_new_case_needs_only_an_id_a_stage_and_a_referral() {
    RestorativeCase referred =
        new RestorativeCase.Builder()
            .id(CASE)
            .stage(Stage.REFERRAL)
            .referral(aReferralThatNamesNoHarmYet())
            .build();
    assertThat(referred.harms()).isEmpty();
    assertThat(referred.parties()).isEmpty();
    assertThat(referred.history()).isEmpty();
    assertThat(referred.pause()).isEmpty();
    assertThat(referred.closure()).isEmpty();
    assertThat(referred.reopenedFrom()).isEmpty();
    assertThat(referred.reopenedAs()).isEmpty();
    assertThat(referred.isClosed()).isFalse();
  }

  @Test
  void the_lists_cannot_be_changed_after_building() {
    RestorativeCase assault = theCase();
    assertThat(assault.parties()).isUnmodifiable();
    assertThat(assault.consents()).isUnmodifiable();
    assertThat(assault.history()).isUnmodifiable();
  }

  // Copies

  @Test
  void moving_between_main_line_stages_changes_only_the_stage() {
    RestorativeCase atClosure = theCase();
    RestorativeCase backInFollowUp = atClosure.withStage(Stage.FOLLOW_UP);
    assertThat(backInFollowUp.stage()).isEqualTo(Stage.FOLLOW_UP);
    assertThat(attributesThatDiffer(RestorativeCase.class, atClosure, backInFollowUp))
        .containsExactly("stage");
    assertThat(atClosure.stage()).isEqualTo(Stage.CLOSURE);
  }

  @Test
  void moving_between_closed_states_keeps_the_closure_and_changes_only_the_stage() {
    RestorativeCase completed = aCaseAt(Stage.CLOSED_COMPLETED);
    RestorativeCase partial = completed.withStage(Stage.CLOSED_PARTIAL);
    assertThat(partial.closure()).isEqualTo(completed.closure()).isPresent();
    assertThat(attributesThatDiffer(RestorativeCase.class, completed, partial))
        .containsExactly("stage");
  }

  @Test
  void a_paused_case_can_have_its_pause_reviewed_without_changing_anything_else() {
    RestorativeCase paused = aCaseAt(Stage.PAUSED);
    Pause reviewed = paused.pause().orElseThrow().withReviewOn(LocalDate.of(2026, 5, 23));
    RestorativeCase copy = paused.withPause(reviewed);
    assertThat(copy.pause()).contains(reviewed);
    assertThat(attributesThatDiffer(RestorativeCase.class, paused, copy)).containsExactly("pause");
  }

  @Test
  void pausing_needs_the_pause_and_the_stage_in_one_step() {
    Pause pause = aPauseFrom(Stage.FOLLOW_UP, PauseReason.TRIBUNAL_PENDING);
    assertRejected(() -> theCase().withStage(Stage.PAUSED), "pause", CASE.value());
    assertRejected(() -> theCase().withPause(pause), "pause", CASE.value(), "TRIBUNAL_PENDING");
    RestorativeCase paused = aCasePausedWith(pause);
    assertThat(paused.stage()).isEqualTo(Stage.PAUSED);
    assertThat(paused.pause()).contains(pause);
  }

  @Test
  void resuming_needs_the_pause_removed_in_the_same_step() {
    assertRejected(() -> aCaseAt(Stage.PAUSED).withStage(Stage.ASSESSMENT), "pause", CASE.value());
  }

  @Test
  void closing_needs_the_closure_and_the_stage_in_one_step() {
    Closure closure = aClosureAs(Stage.CLOSED_WITHDRAWN);
    assertRejected(
        () -> theCase().withStage(Stage.CLOSED_WITHDRAWN), "closure", "CLOSED_WITHDRAWN");
    assertRejected(() -> theCase().withClosure(closure), "closure", "CLOSURE");
    RestorativeCase withdrawn = aCaseClosedAs(Stage.CLOSED_WITHDRAWN, closure);
    assertThat(withdrawn.closure()).contains(closure);
    assertThat(withdrawn.isClosed()).isTrue();
  }

  // The moves of one case (brief §1.3, §1.4)

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "PAUSED", mode = EnumSource.Mode.EXCLUDE)
  void a_case_that_is_not_paused_moves_as_its_stage_does(Stage stage) {
    RestorativeCase c = stage.isClosed() ? aCaseAt(stage) : theCase().withStage(stage);
    assertThat(c.movesTo()).containsExactlyElementsOf(stage.movesTo());
  }

  @ParameterizedTest
  @EnumSource(PauseReason.class)
  void a_paused_case_resumes_only_into_the_stage_its_pause_resumes_into(PauseReason reason) {
    for (Stage from : Stage.values()) {
      if (!from.canBePaused()) {
        continue;
      }
      Pause pause = aPauseFrom(from, reason);
      RestorativeCase paused = aCasePausedWith(pause);
      assertThat(paused.movesTo())
          .as("paused from %s for %s", from, reason)
          .containsExactly(
              pause.resumesInto(), Stage.CLOSED_NOT_PROCEEDING, Stage.CLOSED_WITHDRAWN);
      for (Stage target : Stage.values()) {
        assertThat(paused.canMoveTo(target)).isEqualTo(paused.movesTo().contains(target));
      }
    }
  }

  @Test
  void a_case_paused_in_preparation_for_a_change_of_mental_state_resumes_into_assessment_only() {
    RestorativeCase paused =
        aCasePausedWith(aPauseFrom(Stage.PREPARATION, PauseReason.MENTAL_STATE_CHANGE));
    assertThat(paused.canMoveTo(Stage.ASSESSMENT)).isTrue();
    assertThat(paused.canMoveTo(Stage.PREPARATION)).isFalse();
  }

  @Test
  void a_case_paused_in_preparation_while_a_party_is_away_resumes_into_preparation_only() {
    RestorativeCase paused =
        aCasePausedWith(aPauseFrom(Stage.PREPARATION, PauseReason.PARTY_UNAVAILABLE));
    assertThat(paused.canMoveTo(Stage.PREPARATION)).isTrue();
    assertThat(paused.canMoveTo(Stage.ASSESSMENT)).isFalse();
  }

  @Test
  void adding_a_party_changes_only_the_parties() {
    Party coPatient =
        new Party.Builder()
            .id(PartyId.of("party-co-patient-willow"))
            .role(PartyRole.AFFECTED_OTHER)
            .personType(PersonType.PATIENT)
            .build();
    RestorativeCase before = theCase();
    RestorativeCase after = before.withParties(plus(before.parties(), coPatient));
    assertThat(after.party(coPatient.id())).contains(coPatient);
    assertThat(attributesThatDiffer(RestorativeCase.class, before, after))
        .containsExactly("parties");
  }

  @Test
  void appending_an_event_changes_only_the_history() {
    RestorativeCase before = aCaseAt(Stage.CLOSED_COMPLETED);
    CaseEvent closed =
        new CaseEvent.Builder()
            .id(EventId.of("event-9"))
            .at(CLOSED_AT)
            .by(FACILITATOR_ACTOR)
            .type(CaseEventType.CLOSED)
            .fromStage(Stage.CLOSURE)
            .toStage(Stage.CLOSED_COMPLETED)
            .build();
    RestorativeCase after = before.withHistory(plus(before.history(), closed));
    assertThat(after.history()).endsWith(closed);
    assertThat(attributesThatDiffer(RestorativeCase.class, before, after))
        .containsExactly("history");
  }

  @Test
  void a_closed_case_names_the_case_that_reopened_it_and_nothing_else_changes() {
    RestorativeCase closed = aCaseAt(Stage.CLOSED_WITHDRAWN);
    RestorativeCase reopened = closed.withReopenedAs(REOPENING);
    assertThat(reopened.reopenedAs()).contains(REOPENING);
    assertThat(attributesThatDiffer(RestorativeCase.class, closed, reopened))
        .containsExactly("reopenedAs");
  }

  @Test
  void a_reopening_is_a_new_open_case_that_names_the_closed_case_it_reopens() {
    RestorativeCase reopening =
        new RestorativeCase.Builder()
            .id(REOPENING)
            .stage(Stage.REFERRAL)
            .referral(aReferralThatNamesNoHarmYet())
            .reopenedFrom(CASE)
            .build();
    assertThat(reopening.reopenedFrom()).contains(CASE);
    assertThat(reopening.isClosed()).isFalse();
  }

  @Test
  void a_case_cannot_name_itself_as_the_case_it_reopens() {
    RestorativeCase.Builder selfReopening =
        new RestorativeCase.Builder()
            .id(CASE)
            .stage(Stage.REFERRAL)
            .referral(aReferralThatNamesNoHarmYet())
            .reopenedFrom(CASE);
    assertThatIllegalArgumentException()
        .isThrownBy(selfReopening::build)
        .withMessageContaining("reopenedFrom must not name the case itself");
  }

  // Equality

  @Test
  void two_cases_built_from_the_same_parts_are_equal_and_hash_alike() {
    RestorativeCase one = theCase();
    RestorativeCase other = theCase();
    assertThat(one).isNotSameAs(other).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(aCaseAt(Stage.PAUSED)).isEqualTo(aCaseAt(Stage.PAUSED));
    assertThat(aCaseAt(Stage.CLOSED_NOT_PROCEEDING))
        .isEqualTo(aCaseAt(Stage.CLOSED_NOT_PROCEEDING))
        .hasSameHashCodeAs(aCaseAt(Stage.CLOSED_NOT_PROCEEDING));
  }

  @Test
  void cases_that_differ_in_one_part_deep_inside_are_not_equal() {
    RestorativeCase one = theCase();
    RestorativeCase other =
        one.withParties(thePatient(), theNurse().withPronouns("they/them"), theColleague());
    assertThat(one).isNotEqualTo(other);
    assertThat(one).isNotEqualTo(one.withId(REOPENING));
    assertThat(one).isNotEqualTo(aCaseAt(Stage.FOLLOW_UP));
  }

  // Checks: no two parts of one kind share an id

  /** Puts into one list of the case a part that reuses the id of another part of that list. */
  record Duplicate(String list, String id, UnaryOperator<RestorativeCase> put) {
    @Override
    public String toString() {
      return list;
    }
  }

  static Stream<Duplicate> duplicates() {
    return Stream.of(
        new Duplicate(
            "harms",
            HARM.value(),
            c ->
                c.withHarms(
                    plus(
                        c.harms(),
                        theAssault().withLegalStatus(LegalStatus.CHARGED_AWAITING_TRIAL)))),
        new Duplicate(
            "parties",
            NURSE.value(),
            c -> c.withParties(plus(c.parties(), theNurse().withPronouns("they/them")))),
        new Duplicate(
            "facilitators",
            FACILITATOR.value(),
            c ->
                c.withFacilitators(
                    plus(
                        c.facilitators(),
                        theFacilitator().withRole(FacilitatorRole.FACILITATOR_CO)))),
        new Duplicate(
            "professionals",
            CASE_SUPERVISOR.value(),
            c ->
                c.withProfessionals(
                    plus(
                        c.professionals(), theCaseSupervisor().withOrganisation("Another trust")))),
        new Duplicate(
            "consents",
            theNursesConsent().id().value(),
            c ->
                c.withConsents(
                    plus(
                        c.consents(),
                        theNursesConsent().withMethod(ConsentMethod.WRITTEN_ELECTRONIC)))),
        new Duplicate(
            "capacityAssessments",
            thePatientsCapacityAssessment().id().value(),
            c ->
                c.withCapacityAssessments(
                    plus(
                        c.capacityAssessments(),
                        thePatientsCapacityAssessment()
                            .withAssessedAt(CAPACITY_ASSESSED_AT.plusSeconds(86_400))))),
        new Duplicate(
            "competenceAssessments",
            aCompetenceAssessment(CompetenceOutcome.COMPETENT).id().value(),
            c ->
                c.withCompetenceAssessments(
                    aCompetenceAssessment(CompetenceOutcome.COMPETENT),
                    aCompetenceAssessment(CompetenceOutcome.NOT_COMPETENT))),
        new Duplicate(
            "disclosures",
            theDisclosureToTheNurse().id().value(),
            c ->
                c.withDisclosures(
                    plus(c.disclosures(), theDisclosureToTheNurse().withMedium(Medium.WRITTEN)))),
        new Duplicate(
            "riskAssessments",
            theRiskAssessment().id().value(),
            c ->
                c.withRiskAssessments(
                    plus(
                        c.riskAssessments(),
                        theRiskAssessment().withReviewBy(LocalDate.of(2026, 4, 20))))),
        new Duplicate(
            "safetyPlans",
            theSafetyPlan().id().value(),
            c -> c.withSafetyPlans(plus(c.safetyPlans(), theSafetyPlan().withAgreedAt(PAUSED_AT)))),
        new Duplicate(
            "consultations",
            theTreatingTeamConsultation().id().value(),
            c ->
                c.withConsultations(
                    plus(
                        c.consultations(),
                        theTreatingTeamConsultation()
                            .withAdvice(ConsultationAdvice.PROCEED_WITH_CAUTION)))),
        new Duplicate(
            "signOffs",
            theSupervisorsSignOff().id().value(),
            c ->
                c.withSignOffs(
                    plus(
                        c.signOffs(),
                        theSupervisorsSignOff().withDecision(SignOffDecision.NOT_APPROVED)))),
        new Duplicate(
            "safeguardingConcerns",
            theSafeguardingConcern().id().value(),
            c ->
                c.withSafeguardingConcerns(
                    plus(
                        c.safeguardingConcerns(),
                        theSafeguardingConcern().withReferralRef("LA-SG-2026-0771")))),
        new Duplicate(
            "processes",
            CONFERENCE.value(),
            c -> c.withProcesses(plus(c.processes(), theLetterExchange().withId(CONFERENCE)))),
        new Duplicate(
            "preparationContacts",
            aPreparationContactWithThePatient().id().value(),
            c ->
                c.withPreparationContacts(
                    plus(
                        c.preparationContacts(),
                        aPreparationContactWithTheColleague()
                            .withId(aPreparationContactWithThePatient().id())))),
        new Duplicate(
            "meetings",
            MEETING.value(),
            c ->
                c.withMeetings(
                    plus(c.meetings(), theConferenceMeeting().withMedium(Medium.VIDEO)))),
        new Duplicate(
            "messages",
            theApologyLetter().id().value(),
            c -> c.withMessages(plus(c.messages(), theApologyLetter().withRound(2)))),
        new Duplicate(
            "questionSetUses",
            theQuestionsAskedOfThePatient().id().value(),
            c ->
                c.withQuestionSetUses(
                    plus(
                        c.questionSetUses(),
                        theQuestionsAskedOfThePatient().withUsedAt(CLOSED_AT)))),
        new Duplicate(
            "agreements",
            AGREEMENT.value(),
            c ->
                c.withAgreements(
                    plus(
                        c.agreements(), theAgreement().withStatus(AgreementStatus.IN_MONITORING)))),
        new Duplicate(
            "actions",
            theApologyAction().id().value(),
            c ->
                c.withActions(
                    plus(c.actions(), theHatchCommitment().withId(theApologyAction().id())))),
        new Duplicate(
            "evaluations",
            theNursesEvaluation().id().value(),
            c ->
                c.withEvaluations(
                    plus(
                        c.evaluations(),
                        thePatientsEvaluation().withId(theNursesEvaluation().id())))),
        new Duplicate(
            "history",
            theReferralEvent().id().value(),
            c ->
                c.withHistory(
                    plus(
                        c.history(),
                        aStageChange("event-1", REFERRED_AT, Stage.REFERRAL, Stage.ASSESSMENT)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void no_two_parts_of_one_kind_share_an_id(Duplicate duplicate) {
    assertRejected(
        () -> duplicate.put().apply(theCase()), duplicate.list(), duplicate.id(), CASE.value());
  }

  @Test
  void every_list_of_parts_that_have_ids_is_checked_for_duplicate_ids() {
    Set<String> listsOfPartsWithIds =
        attributesOf(RestorativeCase.class).stream()
            .filter(m -> m.getReturnType() == List.class)
            .filter(RestorativeCaseTest::elementsHaveAnId)
            .map(Method::getName)
            .collect(Collectors.toSet());
    assertThat(listsOfPartsWithIds).hasSize(22).doesNotContain("withdrawals");
    assertThat(duplicates().map(Duplicate::list))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(listsOfPartsWithIds);
  }

  @Test
  void parts_with_distinct_ids_of_different_kinds_may_share_an_id_text() {
    RestorativeCase assault = theCase();
    RestorativeCase sameText =
        assault.with(theConferenceMeeting().withId(MeetingId.of(CONFERENCE.value())));
    assertThat(sameText.meeting(MeetingId.of(CONFERENCE.value()))).isPresent();
  }

  // Checks: every id of a part names a part of the case

  @Test
  void every_id_that_names_no_part_of_the_case_is_refused_where_it_stands() {
    RestorativeCase assault = theCase();
    int conference = assault.meetings().indexOf(theConferenceMeeting());
    int letter = assault.messages().indexOf(theApologyLetter());
    HarmId elsewhere = HarmId.of("harm-recorded-elsewhere");
    PartyId stranger = PartyId.of("party-not-in-this-case");

    RestorativeCase.Builder threeUnknown =
        new RestorativeCase.Builder()
            .from(assault)
            .referral(assault.referral().withHarms(elsewhere))
            .meetings(
                replaced(
                    assault.meetings(),
                    conference,
                    theConferenceMeeting().withProcess(ProcessId.of("process-elsewhere"))))
            .messages(
                replaced(assault.messages(), letter, theApologyLetter().withRecipients(stranger)));

    assertThatThrownBy(threeUnknown::build)
        .isInstanceOfSatisfying(
            UnknownReferenceException.class,
            e -> {
              assertThat(e.references())
                  .containsExactly(
                      new UnknownReference("/referral/harms/0", "/harms"),
                      new UnknownReference("/meetings/" + conference + "/process", "/processes"),
                      new UnknownReference("/messages/" + letter + "/to/0", "/parties"));
              assertThat(e.getMessage())
                  .startsWith("3 ids name no part of the case: /referral/harms/0 names no entry of")
                  .doesNotContain(elsewhere.value(), stranger.value(), "process-elsewhere");
            });
  }

  @Test
  void one_id_that_names_no_part_is_named_alone() {
    RestorativeCase assault = theCase();
    assertThatThrownBy(() -> assault.withReferral(assault.referral().withHarms(HarmId.of("h-9"))))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("an id names no part of the case: /referral/harms/0 names no entry of /harms");
  }

  @Test
  void a_part_that_others_name_cannot_be_taken_out_alone() {
    RestorativeCase assault = theCase();
    assertThatThrownBy(() -> assault.withProcesses(List.of()))
        .isInstanceOfSatisfying(
            UnknownReferenceException.class,
            e ->
                assertThat(e.references())
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.list()).isEqualTo("/processes")));
  }

  @Test
  void staff_are_named_by_ids_the_case_need_not_list() {
    RestorativeCase assault = theCase();
    RestorativeCase withoutStaffRecords =
        assault.withFacilitators(List.of()).withProfessionals(List.of());
    assertThat(withoutStaffRecords.meetings()).isEqualTo(assault.meetings());
    assertThat(assault.meetings().stream().flatMap(m -> m.facilitators().stream())).isNotEmpty();
  }

  @Test
  void an_unknown_reference_is_placed_by_json_pointers() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UnknownReference("referral/harms/0", "/harms"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UnknownReference("/referral/harms/0", "harms"));
  }

  // Checks: supporters and representatives

  @Test
  void a_supporter_must_name_a_party_of_the_case() {
    PartyId stranger = PartyId.of("party-not-in-this-case");
    assertRejected(
        () ->
            theCase().withParties(thePatient(), theNurse(), theColleague().withPrincipal(stranger)),
        "principal",
        stranger.value(),
        COLLEAGUE.value());
  }

  @Test
  void a_supporter_cannot_support_another_supporter() {
    Party supporterOfTheSupporter = aSupporterOf(COLLEAGUE);
    assertRejected(
        () -> theCase().withParties(plus(theCase().parties(), supporterOfTheSupporter)),
        "principal",
        COLLEAGUE.value(),
        supporterOfTheSupporter.id().value());
  }

  @Test
  void a_representative_must_represent_a_principal_party_of_the_case() {
    Party representingTheSupporter =
        aSupporterOf(COLLEAGUE).withRole(PartyRole.REPRESENTATIVE_OF_HARMED);
    assertRejected(
        () -> theCase().withParties(plus(theCase().parties(), representingTheSupporter)),
        "principal",
        COLLEAGUE.value());
    Party representingNobodyHere =
        aSupporterOf(PartyId.of("party-gone")).withRole(PartyRole.REPRESENTATIVE_OF_HARMED);
    assertRejected(
        () -> theCase().withParties(plus(theCase().parties(), representingNobodyHere)),
        "principal",
        "party-gone");
  }

  @Test
  void the_person_responsible_may_have_a_supporter_too() {
    Party patientsSupporter = aSupporterOf(PATIENT);
    RestorativeCase supported = theCase().withParties(plus(theCase().parties(), patientsSupporter));
    assertThat(supported.party(patientsSupporter.id()).flatMap(Party::principal)).contains(PATIENT);
  }

  @Test
  void a_representative_of_the_person_harmed_counts_as_a_principal_a_supporter_may_support() {
    Party representative =
        aSupporterOf(NURSE)
            .withId(PartyId.of("party-nurses-representative"))
            .withRole(PartyRole.REPRESENTATIVE_OF_HARMED);
    Party supporterOfTheRepresentative =
        aSupporterOf(representative.id()).withId(PartyId.of("party-supports-representative"));
    RestorativeCase represented =
        theCase()
            .withParties(
                plus(plus(theCase().parties(), representative), supporterOfTheRepresentative));
    assertThat(represented.parties()).hasSize(5);
  }

  // Checks: pause and closure

  @Test
  void a_paused_case_must_hold_its_pause() {
    assertRejected(() -> aCaseAt(Stage.PAUSED).withPause(Optional.empty()), "pause", CASE.value());
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "PAUSED", mode = Mode.EXCLUDE)
  void a_case_that_is_not_paused_holds_no_pause(Stage stage) {
    Pause pause = aPauseFrom(Stage.PREPARATION, PauseReason.PARTY_UNAVAILABLE);
    assertRejected(
        () -> aCaseAt(stage).withPause(pause),
        "pause",
        stage.name(),
        "PARTY_UNAVAILABLE",
        CASE.value());
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "CLOSED_.*", mode = Mode.MATCH_ALL)
  void a_closed_case_must_hold_its_closure(Stage closed) {
    assertRejected(
        () -> aCaseAt(closed).withClosure(Optional.empty()),
        "closure",
        closed.name(),
        CASE.value());
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "CLOSED_.*", mode = Mode.MATCH_NONE)
  void an_open_case_holds_no_closure(Stage open) {
    Closure closure = aClosureAs(Stage.CLOSED_NOT_PROCEEDING);
    assertRejected(
        () -> aCaseAt(open).withClosure(closure),
        "closure",
        open.name(),
        "CLINICAL_CONTRAINDICATION",
        CASE.value());
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void the_case_can_be_put_at_every_stage_with_what_that_stage_needs(Stage stage) {
    RestorativeCase atStage = aCaseAt(stage);
    assertThat(atStage.stage()).isEqualTo(stage);
    assertThat(atStage.pause().isPresent()).isEqualTo(stage == Stage.PAUSED);
    assertThat(atStage.closure().isPresent()).isEqualTo(stage.isClosed());
  }

  // Checks: reopening

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "CLOSED_.*", mode = Mode.MATCH_NONE)
  void only_a_closed_case_can_name_the_case_that_reopened_it(Stage open) {
    assertRejected(
        () -> aCaseAt(open).withReopenedAs(REOPENING),
        "reopenedAs",
        REOPENING.value(),
        CASE.value(),
        open.name());
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "CLOSED_.*", mode = Mode.MATCH_ALL)
  void a_closed_case_cannot_be_reopened_as_itself(Stage closed) {
    assertRejected(() -> aCaseAt(closed).withReopenedAs(CASE), "reopen", CASE.value());
  }

  @Test
  void a_case_cannot_be_a_reopening_of_itself() {
    assertRejected(() -> theCase().withReopenedFrom(CASE), "reopen", CASE.value());
    assertRejected(
        () -> aCaseAt(Stage.CLOSED_PARTIAL).withReopenedFrom(CASE), "reopen", CASE.value());
  }

  // Look-ups

  @Test
  void a_party_is_found_by_id_and_a_stranger_is_not() {
    RestorativeCase assault = theCase();
    assertThat(assault.party(PATIENT)).contains(thePatient());
    assertThat(assault.party(NURSE)).contains(theNurse());
    assertThat(assault.party(COLLEAGUE)).contains(theColleague());
    assertThat(assault.party(PartyId.of("party-not-in-this-case"))).isEmpty();
  }

  @Test
  void the_harm_is_found_by_id() {
    assertThat(theCase().harm(HARM)).contains(theAssault());
    assertThat(theCase().harm(HarmId.of("harm-elsewhere"))).isEmpty();
  }

  @Test
  void the_facilitator_is_found_by_id() {
    assertThat(theCase().facilitator(FACILITATOR)).contains(theFacilitator());
    assertThat(theCase().facilitator(FacilitatorId.of("facilitator-not-assigned"))).isEmpty();
  }

  @Test
  void the_professionals_are_found_by_id() {
    assertThat(theCase().professional(CASE_SUPERVISOR)).contains(theCaseSupervisor());
    assertThat(theCase().professional(RESPONSIBLE_CLINICIAN)).contains(theResponsibleClinician());
    assertThat(theCase().professional(ProfessionalId.of("professional-interpreter"))).isEmpty();
  }

  @Test
  void the_meeting_is_found_by_id() {
    assertThat(theCase().meeting(MEETING)).contains(theConferenceMeeting());
    assertThat(theCase().meeting(MeetingId.of("meeting-never-held"))).isEmpty();
  }

  @Test
  void the_agreement_is_found_by_id() {
    assertThat(theCase().agreement(AGREEMENT)).contains(theAgreement());
    assertThat(theCase().agreement(AgreementId.of("agreement-elsewhere"))).isEmpty();
  }

  @Test
  void the_consents_of_a_party_are_that_partys_in_record_order() {
    RestorativeCase assault = theCase();
    assertThat(assault.consentsOf(PATIENT))
        .containsExactly(thePatientsConsent(), thePatientsSharingConsent());
    assertThat(assault.consentsOf(NURSE)).containsExactly(theNursesConsent());
    assertThat(assault.consentsOf(COLLEAGUE)).isEmpty();
  }

  @Test
  void the_actions_of_an_agreement_are_that_agreements_in_record_order() {
    AgreementId varied = AgreementId.of("agreement-conference-2");
    RestorativeCase assault = theCase();
    RestorativeCase withAnotherAgreementsAction =
        assault
            .with(theAgreement().withId(varied))
            .withActions(
                plus(
                    assault.actions(),
                    theHatchCommitment()
                        .withId(ActionId.of("action-hatch-commitment-varied"))
                        .withAgreement(varied)));
    assertThat(withAnotherAgreementsAction.actionsOf(AGREEMENT))
        .containsExactly(theApologyAction(), theHatchCommitment());
    assertThat(withAnotherAgreementsAction.actionsOf(varied))
        .extracting(a -> a.id().value())
        .containsExactly("action-hatch-commitment-varied");
    assertThat(assault.actionsOf(AgreementId.of("agreement-elsewhere"))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void a_case_is_closed_exactly_when_its_stage_is_a_closed_state(Stage stage) {
    assertThat(aCaseAt(stage).isClosed()).isEqualTo(stage.isClosed());
  }

  @Test
  void a_case_at_closure_is_not_yet_closed() {
    assertThat(theCase().isClosed()).isFalse();
    assertThat(aCaseAt(Stage.CLOSED_COMPLETED).isClosed()).isTrue();
    assertThat(aCaseAt(Stage.PAUSED).isClosed()).isFalse();
  }

  // Redaction

  @ParameterizedTest
  @EnumSource(Stage.class)
  void the_case_never_prints_a_name_date_of_birth_narrative_note_or_response(Stage stage) {
    String printed = aCaseAt(stage).toString();
    for (String personal : personalTexts()) {
      assertThat(printed).doesNotContain(personal);
    }
    assertThat(printed).contains("***").contains(CASE.value()).contains(stage.name());
  }

  @Test
  void the_printed_case_still_shows_ids_and_codes_for_tracing() {
    String printed = theCase().toString();
    assertThat(printed)
        .contains(PATIENT.value())
        .contains(HARM.value())
        .contains("PATIENT_ON_STAFF")
        .contains("S37_41")
        .contains("AUTISM");
  }

  // helpers

  private static Referral aReferralThatNamesNoHarmYet() {
    return theReferral().withHarms(List.of());
  }

  private static <T> List<T> replaced(List<T> list, int index, T element) {
    List<T> changed = new ArrayList<>(list);
    changed.set(index, element);
    return changed;
  }

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return longer;
  }

  private static boolean elementsHaveAnId(Method listAccessor) {
    Type type = listAccessor.getGenericReturnType();
    if (!(type instanceof ParameterizedType parameterized)) {
      return false;
    }
    Type element = parameterized.getActualTypeArguments()[0];
    return element instanceof Class<?> elementClass
        && Arrays.stream(elementClass.getMethods())
            .anyMatch(m -> m.getName().equals("id") && m.getParameterCount() == 0);
  }
}
