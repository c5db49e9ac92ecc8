package org.restorative.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.privacy.PrivacyFixtures.LONDON;
import static org.restorative.core.privacy.PrivacyFixtures.aCompletedCase;
import static org.restorative.core.privacy.PrivacyFixtures.theTrustsKey;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.LegalStatus;
import org.restorative.core.harm.Setting;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.process.Medium;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.VenueType;

/** The pseudonymised case as a value: built, copied, compared and checked. */
class PseudonymisedCaseTest {

  private static PseudonymisedParty aRestrictedPatient() {
    return new PseudonymisedParty.Builder()
        .pseudonym("P-ABCDEFGHIJKLMNOP")
        .role(PartyRole.PERSON_RESPONSIBLE)
        .personType(PersonType.PATIENT)
        .ageBand(AgeBand.ADULT)
        .mhaSection(MhaStatus.S37_41)
        .restricted(true)
        .build();
  }

  private static PseudonymisedCase aPseudonymisedCase() {
    return new PseudonymisedCase.Builder()
        .casePseudonym("C-ABCDEFGHIJKLMNOP")
        .stage(Stage.FOLLOW_UP)
        .referredIn(YearMonth.of(2025, 3))
        .addHarm(
            new PseudonymisedHarm.Builder()
                .context(HarmContext.PATIENT_ON_STAFF)
                .setting(Setting.MEDIUM_SECURE)
                .legalStatus(LegalStatus.NOT_REPORTED_TO_POLICE)
                .occurredIn(YearMonth.of(2025, 2))
                .build())
        .addParty(aRestrictedPatient())
        .addMeeting(
            new PseudonymisedMeeting.Builder()
                .status(MeetingStatus.HELD)
                .venueType(VenueType.ON_WARD)
                .medium(Medium.IN_PERSON)
                .month(YearMonth.of(2025, 5))
                .addAttendee("P-ABCDEFGHIJKLMNOP")
                .build())
        .addAction(
            new PseudonymisedAction.Builder()
                .type(ActionType.APOLOGY_WRITTEN)
                .status(ActionStatus.COMPLETED)
                .ownerPseudonym("P-ABCDEFGHIJKLMNOP")
                .build())
        .addHistory(
            new PseudonymisedEvent.Builder()
                .type(CaseEventType.REFERRED)
                .toStage(Stage.REFERRAL)
                .month(YearMonth.of(2025, 3))
                .build())
        .build();
  }

  @Test
  void a_pseudonymised_case_carries_the_notice_without_being_told() {
    assertThat(aPseudonymisedCase().notice())
        .isEqualTo(PseudonymisedCase.NOTICE)
        .isEqualTo(
            "Pseudonymised, not anonymous: this is still personal data under UK GDPR, because"
                + " whoever holds the key can re-identify the people in it.");
  }

  @Test
  void the_notice_cannot_be_replaced() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPseudonymisedCase().withNotice("Anonymous data"))
        .withMessageContaining("notice")
        .withMessageNotContaining("Anonymous data");
  }

  @Test
  void equal_pseudonymised_cases_are_equal_and_hash_alike() {
    assertThat(aPseudonymisedCase())
        .isEqualTo(aPseudonymisedCase())
        .hasSameHashCodeAs(aPseudonymisedCase());
  }

  @Test
  void pseudonymising_the_same_case_twice_gives_equal_views() {
    RestorativeCase c = aCompletedCase();
    assertThat(Pseudonymiser.keyed(theTrustsKey()).pseudonymise(c, LONDON))
        .isEqualTo(Pseudonymiser.keyed(theTrustsKey()).pseudonymise(c, LONDON));
  }

  @Test
  void a_copy_with_another_stage_changes_only_the_stage() {
    PseudonymisedCase original = aPseudonymisedCase();
    PseudonymisedCase copy = original.withStage(Stage.CLOSED_COMPLETED);
    assertThat(copy.stage()).isEqualTo(Stage.CLOSED_COMPLETED);
    assertThat(copy.withStage(original.stage())).isEqualTo(original);
    assertThat(copy.parties()).isEqualTo(original.parties());
    assertThat(copy.casePseudonym()).isEqualTo(original.casePseudonym());
  }

  @Test
  void two_parties_cannot_share_a_pseudonym() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> aPseudonymisedCase().withParties(aRestrictedPatient(), aRestrictedPatient()))
        .withMessageContaining("parties")
        .withMessageNotContaining("P-ABCDEFGHIJKLMNOP");
  }

  @Test
  void a_restricted_party_has_a_section() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aRestrictedPatient().withMhaSection(Optional.empty()))
        .withMessageContaining("restricted");
  }

  @Test
  void a_party_has_a_pseudonym() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aRestrictedPatient().withPseudonym(" "))
        .withMessageContaining("pseudonym");
  }

  @Test
  void an_action_names_at_most_one_owner_a_party_or_a_post() {
    PseudonymisedAction byParty =
        new PseudonymisedAction.Builder()
            .type(ActionType.APOLOGY_WRITTEN)
            .status(ActionStatus.PENDING)
            .ownerPseudonym("P-ABCDEFGHIJKLMNOP")
            .build();
    PseudonymisedAction byPost =
        new PseudonymisedAction.Builder()
            .type(ActionType.ORGANISATIONAL_LEARNING_ACTION)
            .status(ActionStatus.PENDING)
            .ownerRole("Ward manager")
            .build();
    assertThat(byPost.ownerRole()).contains("Ward manager");
    assertThat(byPost.ownerPseudonym()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> byParty.withOwnerRole("Ward manager"))
        .withMessageContaining("ownerPseudonym")
        .withMessageNotContaining("Ward manager");
    assertThat(byParty.withOwnerPseudonym(Optional.empty()).ownerRole()).isEmpty();
  }

  @Test
  void a_meeting_lists_attendees_by_non_blank_pseudonym() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new PseudonymisedMeeting.Builder()
                    .status(MeetingStatus.PLANNED)
                    .venueType(VenueType.ONLINE)
                    .medium(Medium.VIDEO)
                    .addAttendee("")
                    .build())
        .withMessageContaining("attendees");
  }

  @Test
  void an_evaluation_names_its_party_by_pseudonym() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new PseudonymisedEvaluation.Builder()
                    .party(" ")
                    .role(PartyRole.PERSON_HARMED)
                    .uptake(EvaluationUptake.NOT_OFFERED)
                    .build())
        .withMessageContaining("party");
  }

  @Test
  void a_completed_case_keeps_its_shape_when_pseudonymised() {
    RestorativeCase c = aCompletedCase();
    PseudonymisedCase p = Pseudonymiser.keyed(theTrustsKey()).pseudonymise(c, LONDON);
    assertThat(p.stage()).isEqualTo(Stage.CLOSED_COMPLETED);
    assertThat(p.harms()).isNotEmpty();
    assertThat(p.meetings()).isNotEmpty();
    assertThat(p.agreements()).isNotEmpty();
    assertThat(p.actions()).isNotEmpty();
    assertThat(p.evaluations()).isNotEmpty();
    assertThat(p.history().get(0).type()).isEqualTo(CaseEventType.REFERRED);
  }
}
