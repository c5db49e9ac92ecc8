package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.outcome.OutcomeFixtures.NURSE_HARMED;
import static org.restorative.core.outcome.OutcomeFixtures.PATIENT_RESPONSIBLE;
import static org.restorative.core.outcome.OutcomeFixtures.SIGNED_AT;
import static org.restorative.core.outcome.OutcomeFixtures.aRefusalBy;
import static org.restorative.core.outcome.OutcomeFixtures.aSignedAgreementBy;
import static org.restorative.core.outcome.OutcomeFixtures.attributesThatDiffer;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.consent.ConsentMethod;

class PartyAgreementTest {

  @Test
  void the_nurse_signs_the_agreement_freely_in_writing_at_the_end_of_the_conference() {
    PartyAgreement signed = aSignedAgreementBy(NURSE_HARMED);
    assertThat(signed.party()).isEqualTo(NURSE_HARMED);
    assertThat(signed.agreed()).isTrue();
    assertThat(signed.method()).contains(ConsentMethod.WRITTEN_SIGNED);
    assertThat(signed.at()).contains(SIGNED_AT);
    assertThat(signed.signatureRef()).contains("scan-party-nurse-ward7");
    assertThat(signed.freelyGiven()).isTrue();
    assertThat(signed.isFreeAgreement()).isTrue();
  }

  @Test
  void the_short_form_records_a_free_agreement() {
    PartyAgreement agreement =
        PartyAgreement.of(PATIENT_RESPONSIBLE, ConsentMethod.ALTERNATIVE_FORMAT, SIGNED_AT);
    assertThat(agreement.agreed()).isTrue();
    assertThat(agreement.freelyGiven()).isTrue();
    assertThat(agreement.method()).contains(ConsentMethod.ALTERNATIVE_FORMAT);
    assertThat(agreement.signatureRef()).isEmpty();
  }

  @Test
  void an_agreement_is_not_recorded_as_uncoerced_unless_someone_says_so() {
    PartyAgreement agreement =
        new PartyAgreement.Builder().party(PATIENT_RESPONSIBLE).agreed(true).at(SIGNED_AT).build();
    assertThat(agreement.freelyGiven()).isFalse();
    assertThat(agreement.isFreeAgreement()).isFalse();
  }

  @Test
  void a_party_who_did_not_agree_has_no_free_agreement_and_needs_no_time() {
    PartyAgreement refusal = aRefusalBy(PATIENT_RESPONSIBLE);
    assertThat(refusal.agreed()).isFalse();
    assertThat(refusal.at()).isEmpty();
    assertThat(refusal.isFreeAgreement()).isFalse();
    assertThat(refusal.withFreelyGiven(true).isFreeAgreement()).isFalse();
  }

  @Test
  void recording_the_method_changes_only_the_method() {
    PartyAgreement before = aSignedAgreementBy(NURSE_HARMED);
    PartyAgreement after = before.withMethod(ConsentMethod.WRITTEN_ELECTRONIC);
    assertThat(after.method()).contains(ConsentMethod.WRITTEN_ELECTRONIC);
    assertThat(attributesThatDiffer(before, after)).containsExactly("method");
  }

  @Test
  void correcting_the_time_changes_only_the_time() {
    PartyAgreement before = aSignedAgreementBy(NURSE_HARMED);
    PartyAgreement after = before.withAt(Instant.parse("2025-03-12T15:25:00Z"));
    assertThat(attributesThatDiffer(before, after)).containsExactly("at");
  }

  @Test
  void two_records_of_the_same_signature_are_equal() {
    assertThat(aSignedAgreementBy(NURSE_HARMED)).isEqualTo(aSignedAgreementBy(NURSE_HARMED));
    assertThat(aSignedAgreementBy(NURSE_HARMED).hashCode())
        .isEqualTo(aSignedAgreementBy(NURSE_HARMED).hashCode());
    assertThat(aSignedAgreementBy(NURSE_HARMED))
        .isNotEqualTo(aSignedAgreementBy(PATIENT_RESPONSIBLE))
        .isNotEqualTo(aSignedAgreementBy(NURSE_HARMED).withFreelyGiven(false));
  }

  @Test
  void an_agreement_must_say_when_it_was_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PartyAgreement.Builder().party(NURSE_HARMED).agreed(true).build())
        .withMessageContaining("party agreement at")
        .withMessageNotContaining(NURSE_HARMED.value());
  }

  @Test
  void removing_the_time_from_an_agreement_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aSignedAgreementBy(NURSE_HARMED).withAt(Optional.empty()))
        .withMessageContaining("party agreement at");
  }

  @Test
  void a_signature_reference_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aSignedAgreementBy(NURSE_HARMED).withSignatureRef(" "))
        .withMessageContaining("party agreement signatureRef");
  }
}
