package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.THE_NURSE;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;
import static org.restorative.core.consent.ConsentFixtures.theClinicalTeam;
import static org.restorative.core.consent.ConsentFixtures.thePolice;

import org.junit.jupiter.api.Test;

class SharingScopeTest {

  private static SharingScope theClinicalTeamAndTheNurseForSafety() {
    return new SharingScope.Builder()
        .addRecipient(theClinicalTeam())
        .addRecipient(Recipient.party(THE_NURSE))
        .addPurpose(SharingPurpose.SAFETY_AND_RISK_MANAGEMENT)
        .addPurpose(SharingPurpose.DELIVERING_RESTORATIVE_PROCESS)
        .build();
  }

  @Test
  void a_scope_covers_a_named_recipient_for_a_named_purpose() {
    SharingScope scope = theClinicalTeamAndTheNurseForSafety();

    assertThat(scope.covers(theClinicalTeam(), SharingPurpose.SAFETY_AND_RISK_MANAGEMENT)).isTrue();
    assertThat(
            scope.covers(Recipient.party(THE_NURSE), SharingPurpose.DELIVERING_RESTORATIVE_PROCESS))
        .isTrue();
  }

  @Test
  void a_scope_does_not_cover_an_unnamed_recipient() {
    assertThat(
            theClinicalTeamAndTheNurseForSafety()
                .covers(thePolice(), SharingPurpose.SAFETY_AND_RISK_MANAGEMENT))
        .isFalse();
  }

  @Test
  void a_category_of_recipient_is_not_the_named_organisation() {
    Recipient anotherClinicalTeam =
        Recipient.organisation(RecipientType.CLINICAL_TEAM, "Community mental health team");

    assertThat(
            theClinicalTeamAndTheNurseForSafety()
                .covers(anotherClinicalTeam, SharingPurpose.SAFETY_AND_RISK_MANAGEMENT))
        .isFalse();
  }

  @Test
  void a_scope_does_not_cover_an_unnamed_purpose() {
    assertThat(
            theClinicalTeamAndTheNurseForSafety()
                .covers(theClinicalTeam(), SharingPurpose.SERVICE_EVALUATION))
        .isFalse();
  }

  @Test
  void copying_with_other_purposes_changes_only_the_purposes() {
    SharingScope scope = theClinicalTeamAndTheNurseForSafety();

    assertOnlyChanged(
        SharingScope.class, scope, scope.withPurposes(SharingPurpose.INDIVIDUAL_CARE), "purposes");
  }

  @Test
  void two_scopes_naming_the_same_recipients_and_purposes_are_equal() {
    assertThat(theClinicalTeamAndTheNurseForSafety())
        .isEqualTo(theClinicalTeamAndTheNurseForSafety())
        .hasSameHashCodeAs(theClinicalTeamAndTheNurseForSafety())
        .isNotEqualTo(
            SharingScope.of(theClinicalTeam(), SharingPurpose.SAFETY_AND_RISK_MANAGEMENT));
  }

  @Test
  void a_scope_must_name_a_recipient() {
    assertRejected(
        () -> new SharingScope.Builder().addPurpose(SharingPurpose.SAFEGUARDING).build(),
        "sharing scope recipients");
  }

  @Test
  void a_scope_must_name_a_purpose() {
    assertRejected(
        () -> new SharingScope.Builder().addRecipient(theClinicalTeam()).build(),
        "sharing scope purposes",
        "Forensic ward clinical team");
  }

  @Test
  void a_scope_names_each_recipient_once() {
    assertRejected(
        () ->
            new SharingScope.Builder()
                .addRecipient(theClinicalTeam())
                .addRecipient(theClinicalTeam())
                .addPurpose(SharingPurpose.INDIVIDUAL_CARE)
                .build(),
        "sharing scope recipients",
        "Forensic ward clinical team");
  }
}
