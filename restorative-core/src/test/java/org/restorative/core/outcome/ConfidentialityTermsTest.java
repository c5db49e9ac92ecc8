package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.outcome.OutcomeFixtures.NURSE_HARMED;
import static org.restorative.core.outcome.OutcomeFixtures.PATIENT_RESPONSIBLE;
import static org.restorative.core.outcome.OutcomeFixtures.SENTINEL;
import static org.restorative.core.outcome.OutcomeFixtures.attributesThatDiffer;
import static org.restorative.core.outcome.OutcomeFixtures.copiesToBothSharedWithTheClinicalTeam;
import static org.restorative.core.outcome.OutcomeFixtures.theWardClinicalTeam;

import org.junit.jupiter.api.Test;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;

class ConfidentialityTermsTest {

  private static final Recipient THE_TRIBUNAL =
      Recipient.organisation(RecipientType.TRIBUNAL, "First-tier Tribunal (Mental Health)");

  @Test
  void both_principals_get_a_copy_and_the_clinical_team_may_see_it() {
    ConfidentialityTerms terms = copiesToBothSharedWithTheClinicalTeam();
    assertThat(terms.copiesTo()).containsExactlyInAnyOrder(NURSE_HARMED, PATIENT_RESPONSIBLE);
    assertThat(terms.mayBeSharedWith()).containsExactly(theWardClinicalTeam());
    assertThat(terms.note()).isPresent();
  }

  @Test
  void sharing_is_allowed_only_with_the_recipients_the_parties_named() {
    ConfidentialityTerms terms = copiesToBothSharedWithTheClinicalTeam();
    assertThat(terms.allowsSharingWith(theWardClinicalTeam())).isTrue();
    assertThat(terms.allowsSharingWith(THE_TRIBUNAL)).isFalse();
  }

  @Test
  void sharing_with_the_clinical_team_is_sharing_outside_the_participants() {
    assertThat(copiesToBothSharedWithTheClinicalTeam().allowsSharingOutsideParticipants()).isTrue();
  }

  @Test
  void sharing_only_with_a_party_stays_among_the_participants() {
    ConfidentialityTerms terms =
        new ConfidentialityTerms.Builder()
            .addMayBeSharedWith(Recipient.party(NURSE_HARMED))
            .build();
    assertThat(terms.allowsSharingOutsideParticipants()).isFalse();
    assertThat(new ConfidentialityTerms.Builder().build().allowsSharingOutsideParticipants())
        .isFalse();
  }

  @Test
  void adding_the_tribunal_changes_only_who_it_may_be_shared_with() {
    ConfidentialityTerms before = copiesToBothSharedWithTheClinicalTeam();
    ConfidentialityTerms after = before.withMayBeSharedWith(theWardClinicalTeam(), THE_TRIBUNAL);
    assertThat(after.allowsSharingWith(THE_TRIBUNAL)).isTrue();
    assertThat(attributesThatDiffer(before, after)).containsExactly("mayBeSharedWith");
  }

  @Test
  void the_same_terms_recorded_twice_are_equal() {
    assertThat(copiesToBothSharedWithTheClinicalTeam())
        .isEqualTo(copiesToBothSharedWithTheClinicalTeam())
        .hasSameHashCodeAs(copiesToBothSharedWithTheClinicalTeam())
        .isNotEqualTo(copiesToBothSharedWithTheClinicalTeam().withCopiesTo(NURSE_HARMED));
  }

  @Test
  void a_recipient_must_not_be_named_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                copiesToBothSharedWithTheClinicalTeam()
                    .withMayBeSharedWith(theWardClinicalTeam(), theWardClinicalTeam()))
        .withMessageContaining("confidentiality terms mayBeSharedWith")
        .withMessageNotContaining("Ward 7");
  }

  @Test
  void a_note_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copiesToBothSharedWithTheClinicalTeam().withNote(""))
        .withMessageContaining("confidentiality terms note");
  }

  @Test
  void the_note_is_not_printed() {
    String printed = copiesToBothSharedWithTheClinicalTeam().withNote(SENTINEL).toString();
    assertThat(printed).doesNotContain(SENTINEL).contains("***");
  }
}
