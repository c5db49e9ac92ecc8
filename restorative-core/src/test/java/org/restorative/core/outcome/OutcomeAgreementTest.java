package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.outcome.OutcomeFixtures.AGREEMENT_QUESTIONS;
import static org.restorative.core.outcome.OutcomeFixtures.CONFERENCE_PROCESS;
import static org.restorative.core.outcome.OutcomeFixtures.NURSE_HARMED;
import static org.restorative.core.outcome.OutcomeFixtures.PATIENT_RESPONSIBLE;
import static org.restorative.core.outcome.OutcomeFixtures.SENTINEL;
import static org.restorative.core.outcome.OutcomeFixtures.SISTER_SUPPORTING;
import static org.restorative.core.outcome.OutcomeFixtures.WARD_AGREEMENT;
import static org.restorative.core.outcome.OutcomeFixtures.WARD_CONFERENCE;
import static org.restorative.core.outcome.OutcomeFixtures.WRITTEN_UP_AT;
import static org.restorative.core.outcome.OutcomeFixtures.aMonthlyReviewByTheLead;
import static org.restorative.core.outcome.OutcomeFixtures.aRefusalBy;
import static org.restorative.core.outcome.OutcomeFixtures.aSignedAgreementBy;
import static org.restorative.core.outcome.OutcomeFixtures.anAgreementSignedBy;
import static org.restorative.core.outcome.OutcomeFixtures.attributesThatDiffer;
import static org.restorative.core.outcome.OutcomeFixtures.copiesToBothSharedWithTheClinicalTeam;
import static org.restorative.core.outcome.OutcomeFixtures.theWardConferenceAgreement;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeAgreementTest {

  @Test
  void the_agreement_after_the_ward_conference_holds_signatures_monitoring_and_sharing_terms() {
    OutcomeAgreement agreement = theWardConferenceAgreement();
    assertThat(agreement.id()).isEqualTo(WARD_AGREEMENT);
    assertThat(agreement.meeting()).contains(WARD_CONFERENCE);
    assertThat(agreement.process()).contains(CONFERENCE_PROCESS);
    assertThat(agreement.createdAt()).isEqualTo(WRITTEN_UP_AT);
    assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_MONITORING);
    assertThat(agreement.partyAgreements())
        .containsExactly(aSignedAgreementBy(NURSE_HARMED), aSignedAgreementBy(PATIENT_RESPONSIBLE));
    assertThat(agreement.monitoring()).contains(aMonthlyReviewByTheLead());
    assertThat(agreement.confidentiality()).contains(copiesToBothSharedWithTheClinicalTeam());
    assertThat(agreement.questionSet()).contains(AGREEMENT_QUESTIONS);
    assertThat(agreement.supersedes()).isEmpty();
    assertThat(agreement.notes()).isPresent();
    assertThat(agreement.isTerminal()).isFalse();
  }

  @Test
  void an_agreement_knows_who_has_agreed() {
    OutcomeAgreement agreement = anAgreementSignedBy(NURSE_HARMED, PATIENT_RESPONSIBLE);
    assertThat(agreement.hasAgreed(NURSE_HARMED)).isTrue();
    assertThat(agreement.hasAgreed(PATIENT_RESPONSIBLE)).isTrue();
    assertThat(agreement.hasAgreed(SISTER_SUPPORTING)).isFalse();
    assertThat(agreement.agreedParties()).containsExactly(NURSE_HARMED, PATIENT_RESPONSIBLE);
  }

  @Test
  void a_party_who_refused_has_a_record_but_has_not_agreed() {
    OutcomeAgreement agreement =
        anAgreementSignedBy(NURSE_HARMED)
            .withStatus(AgreementStatus.DRAFT)
            .withPartyAgreements(aSignedAgreementBy(NURSE_HARMED), aRefusalBy(PATIENT_RESPONSIBLE));
    assertThat(agreement.agreementOf(PATIENT_RESPONSIBLE))
        .contains(aRefusalBy(PATIENT_RESPONSIBLE));
    assertThat(agreement.hasAgreed(PATIENT_RESPONSIBLE)).isFalse();
    assertThat(agreement.agreedParties()).containsExactly(NURSE_HARMED);
    assertThat(agreement.agreementOf(SISTER_SUPPORTING)).isEmpty();
  }

  @Test
  void the_agreed_parties_cannot_be_changed_by_the_caller() {
    OutcomeAgreement agreement = anAgreementSignedBy(NURSE_HARMED);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> agreement.agreedParties().add(PATIENT_RESPONSIBLE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_varied_agreement_names_the_version_it_replaces() {
    OutcomeAgreement newVersion =
        anAgreementSignedBy(NURSE_HARMED, PATIENT_RESPONSIBLE)
            .withId(AgreementId.of("agr-ward7-002"))
            .withSupersedes(WARD_AGREEMENT);
    assertThat(newVersion.supersedes()).contains(WARD_AGREEMENT);
    assertThat(theWardConferenceAgreement().withStatus(AgreementStatus.VARIED).isTerminal())
        .isTrue();
  }

  @Test
  void moving_into_monitoring_changes_only_the_status() {
    OutcomeAgreement before = theWardConferenceAgreement().withStatus(AgreementStatus.AGREED);
    OutcomeAgreement after = before.withStatus(AgreementStatus.IN_MONITORING);
    assertThat(attributesThatDiffer(before, after)).containsExactly("status");
  }

  @Test
  void recording_the_question_set_changes_only_the_question_set() {
    OutcomeAgreement before = anAgreementSignedBy(NURSE_HARMED);
    OutcomeAgreement after = before.withQuestionSet(AGREEMENT_QUESTIONS);
    assertThat(attributesThatDiffer(before, after)).containsExactly("questionSet");
  }

  @Test
  void adding_the_monitoring_changes_only_the_monitoring() {
    OutcomeAgreement before = anAgreementSignedBy(NURSE_HARMED);
    OutcomeAgreement after = before.withMonitoring(aMonthlyReviewByTheLead());
    assertThat(attributesThatDiffer(before, after)).containsExactly("monitoring");
  }

  @Test
  void the_same_agreement_recorded_twice_is_equal() {
    assertThat(theWardConferenceAgreement())
        .isEqualTo(theWardConferenceAgreement())
        .hasSameHashCodeAs(theWardConferenceAgreement())
        .isNotEqualTo(theWardConferenceAgreement().withStatus(AgreementStatus.COMPLETED));
  }

  @Test
  void a_party_may_have_only_one_record_of_agreement() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                anAgreementSignedBy(NURSE_HARMED)
                    .withPartyAgreements(
                        List.of(aSignedAgreementBy(NURSE_HARMED), aRefusalBy(NURSE_HARMED))))
        .withMessageContaining("outcome agreement partyAgreements")
        .withMessageNotContaining(NURSE_HARMED.value());
  }

  @Test
  void an_agreement_cannot_supersede_itself() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> theWardConferenceAgreement().withSupersedes(WARD_AGREEMENT))
        .withMessageContaining("outcome agreement supersedes")
        .withMessageNotContaining(WARD_AGREEMENT.value());
  }

  @Test
  void notes_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> theWardConferenceAgreement().withNotes("\t"))
        .withMessageContaining("outcome agreement notes");
  }

  @Test
  void the_notes_are_not_printed() {
    String printed = theWardConferenceAgreement().withNotes(SENTINEL + " shouted").toString();
    assertThat(printed).doesNotContain(SENTINEL).contains("***");
  }

  @Test
  void the_confidentiality_note_is_not_printed_inside_the_agreement() {
    String printed =
        theWardConferenceAgreement()
            .withConfidentiality(copiesToBothSharedWithTheClinicalTeam().withNote(SENTINEL))
            .toString();
    assertThat(printed).doesNotContain(SENTINEL);
  }
}
