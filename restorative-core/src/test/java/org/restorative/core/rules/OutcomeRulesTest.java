package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.aCase;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.dateOf;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.plus;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.replaced;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.violations;
import static org.restorative.core.rules.StandardCode.ACTION_HAS_DUE_DATE;
import static org.restorative.core.rules.StandardCode.ACTION_HAS_MONITORING;
import static org.restorative.core.rules.StandardCode.ACTION_HAS_OWNER;
import static org.restorative.core.rules.StandardCode.ACTION_PROPORTIONALITY_REVIEW;
import static org.restorative.core.rules.StandardCode.HARMED_PARTY_INFORMED_OF_COMPLETION;
import static org.restorative.core.rules.StandardCode.OUTCOME_AGREED_BY_ALL_PARTIES;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.SignOffDecision;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.assessment.SignOffSubject;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.ProcessType;

/**
 * Rules 42–47: the outcome agreement is agreed by all, and each action is owned, dated, monitored.
 */
class OutcomeRulesTest {

  private static final List<Rule> RULES = OutcomeRules.rules();

  private static final PartyOrRole WARD_MANAGER = PartyOrRole.role("Ward manager, Cedar Ward");

  // ---------------------------------------------------------------- rule 42

  @Test
  void an_outcome_everyone_signed_freely_is_agreed_by_all_parties() {
    assertThat(violations(RULES, anAgreedCase(), OUTCOME_AGREED_BY_ALL_PARTIES)).isEmpty();
  }

  @Test
  void an_agreement_is_not_agreed_until_every_principal_party_has_signed_it() {
    RestorativeCase c = anAgreedCase();
    OutcomeAgreement agreement = c.agreements().get(0);
    OutcomeAgreement oneMissing =
        agreement.withPartyAgreements(agreement.partyAgreements().subList(1, 2));

    assertThat(violations(RULES, withAgreement(c, oneMissing), OUTCOME_AGREED_BY_ALL_PARTIES))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/agreements/0/partyAgreements");
            });
  }

  @Test
  void an_agreement_signed_under_pressure_is_not_a_free_agreement() {
    RestorativeCase c = anAgreedCase();
    OutcomeAgreement agreement = c.agreements().get(0);
    PartyAgreement pressed = agreement.partyAgreements().get(0).withFreelyGiven(false);
    OutcomeAgreement underPressure =
        agreement.withPartyAgreements(replaced(agreement.partyAgreements(), 0, pressed));

    assertThat(violations(RULES, withAgreement(c, underPressure), OUTCOME_AGREED_BY_ALL_PARTIES))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/agreements/0/partyAgreements"));
  }

  @Test
  void a_draft_agreement_need_not_be_signed_yet() {
    RestorativeCase c = anAgreedCase();
    OutcomeAgreement draft =
        c.agreements().get(0).withStatus(AgreementStatus.DRAFT).withPartyAgreements(List.of());

    assertThat(violations(RULES, withAgreement(c, draft), OUTCOME_AGREED_BY_ALL_PARTIES)).isEmpty();
  }

  @Test
  void an_action_owner_outside_the_process_who_signed_under_pressure_has_not_agreed_freely() {
    RestorativeCase c = withWardManagerParty(anAgreedCase());
    Instant at = c.agreements().get(0).createdAt();
    PartyAgreement pressed =
        PartyAgreement.of(WARD_MANAGER_ID, ConsentMethod.WRITTEN_SIGNED, at).withFreelyGiven(false);
    RestorativeCase owned = ownedByWardManager(c, Optional.of(pressed));

    assertThat(violations(RULES, owned, OUTCOME_AGREED_BY_ALL_PARTIES))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/agreements/0/partyAgreements"));
    assertThat(
            violations(
                RULES,
                ownedByWardManager(c, Optional.of(pressed.withFreelyGiven(true))),
                OUTCOME_AGREED_BY_ALL_PARTIES))
        .isEmpty();
  }

  // ---------------------------------------------------------------- rule 43

  @Test
  void an_action_owned_by_someone_who_did_not_agree_has_no_accountable_owner() {
    RestorativeCase c = withWardManagerParty(anAgreedCase());
    RestorativeCase notAgreed = ownedByWardManager(c, Optional.empty());

    assertThat(violations(RULES, notAgreed, ACTION_HAS_OWNER))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/actions/0/owner");
            });
  }

  @Test
  void a_draft_action_with_no_owner_yet_is_told_it_needs_one() {
    RestorativeCase c = anAgreedCase();
    Action ownerless = c.actions().get(0).withOwner(Optional.empty());
    RestorativeCase draft = withAction(c, 0, ownerless);

    assertThat(violations(RULES, draft, ACTION_HAS_OWNER))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/actions/0/owner");
            });
    assertThat(violations(RULES, draft, OUTCOME_AGREED_BY_ALL_PARTIES)).isEmpty();
    assertThat(violations(RULES, draft, ACTION_HAS_MONITORING)).isEmpty();
  }

  @Test
  void an_action_of_a_draft_agreement_with_no_owner_is_told_it_needs_one_too() {
    RestorativeCase c = anAgreedCase();
    OutcomeAgreement draftAgreement = c.agreements().get(0).withStatus(AgreementStatus.DRAFT);
    RestorativeCase draft =
        withAction(
            withAgreement(c, draftAgreement), 0, c.actions().get(0).withOwner(Optional.empty()));

    assertThat(violations(RULES, draft, ACTION_HAS_OWNER))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/0/owner"));
    assertThat(violations(RULES, withAgreement(c, draftAgreement), ACTION_HAS_OWNER)).isEmpty();
  }

  @Test
  void an_action_owned_by_someone_who_agreed_has_an_accountable_owner() {
    RestorativeCase c = withWardManagerParty(anAgreedCase());
    Instant at = c.agreements().get(0).createdAt();
    RestorativeCase agreed =
        ownedByWardManager(
            c, Optional.of(PartyAgreement.of(WARD_MANAGER_ID, ConsentMethod.WRITTEN_SIGNED, at)));

    assertThat(violations(RULES, agreed, ACTION_HAS_OWNER)).isEmpty();
  }

  @Test
  void a_principal_who_owns_an_action_but_did_not_sign_is_reported_once_as_an_unagreed_outcome() {
    RestorativeCase c = anAgreedCase();
    OutcomeAgreement agreement = c.agreements().get(0);
    PartyId owner = c.actions().get(0).ownerParty().orElseThrow();
    OutcomeAgreement ownerMissing =
        agreement.withPartyAgreements(
            agreement.partyAgreements().stream().filter(a -> !a.party().equals(owner)).toList());
    RestorativeCase unsigned = withAgreement(c, ownerMissing);

    assertThat(violations(RULES, unsigned, OUTCOME_AGREED_BY_ALL_PARTIES)).hasSize(1);
    assertThat(violations(RULES, unsigned, ACTION_HAS_OWNER)).isEmpty();
  }

  @Test
  void the_ward_manager_may_own_an_action_when_the_trust_has_agreed_the_outcome() {
    RestorativeCase review =
        anAgreedCase(
            c -> c.processes().get(0).type() == ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW);
    Action action = review.actions().get(0);

    assertThat(
            violations(
                RULES, withAction(review, 0, action.withOwner(WARD_MANAGER)), ACTION_HAS_OWNER))
        .isEmpty();
  }

  @Test
  void a_role_cannot_own_an_action_when_no_organisation_agreed_the_outcome() {
    RestorativeCase c =
        anAgreedCase(
            x -> x.parties().stream().noneMatch(p -> p.personType() == PersonType.ORGANISATION));
    Action action = c.actions().get(0);

    assertThat(
            violations(RULES, withAction(c, 0, action.withOwner(WARD_MANAGER)), ACTION_HAS_OWNER))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/0/owner"));
  }

  // ---------------------------------------------------------------- rule 44

  @Test
  void every_action_needs_a_due_date_or_a_review_date() {
    RestorativeCase c = anAgreedCase();
    Action undated = c.actions().get(0).withDueOn(Optional.empty()).withReviewOn(Optional.empty());

    assertThat(violations(RULES, withAction(c, 0, undated), ACTION_HAS_DUE_DATE))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/actions/0/dueOn");
            });
    assertThat(violations(RULES, c, ACTION_HAS_DUE_DATE)).isEmpty();
  }

  @Test
  void an_ongoing_commitment_with_only_a_review_date_is_dated() {
    RestorativeCase c = anAgreedCase();
    LocalDate agreedOn = dateOf(c.agreements().get(0).createdAt());
    Action ongoing =
        c.actions().get(0).withDueOn(Optional.empty()).withReviewOn(agreedOn.plusDays(28));

    assertThat(violations(RULES, withAction(c, 0, ongoing), ACTION_HAS_DUE_DATE)).isEmpty();
  }

  @Test
  void an_action_cannot_fall_due_before_the_agreement_was_made() {
    RestorativeCase c = anAgreedCase();
    LocalDate agreedOn = dateOf(c.agreements().get(0).createdAt());
    Action backdated = c.actions().get(0).withDueOn(agreedOn.minusDays(1));

    assertThat(violations(RULES, withAction(c, 0, backdated), ACTION_HAS_DUE_DATE))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/0/dueOn"));
    assertThat(
            violations(RULES, withAction(c, 0, backdated.withDueOn(agreedOn)), ACTION_HAS_DUE_DATE))
        .isEmpty();
  }

  @Test
  void an_action_cannot_be_reviewed_before_the_agreement_was_made() {
    RestorativeCase c = anAgreedCase();
    LocalDate agreedOn = dateOf(c.agreements().get(0).createdAt());
    Action backdated = c.actions().get(0).withReviewOn(agreedOn.minusDays(7));

    assertThat(violations(RULES, withAction(c, 0, backdated), ACTION_HAS_DUE_DATE))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/0/reviewOn"));
  }

  // ---------------------------------------------------------------- rule 45

  @Test
  void the_owner_of_an_action_cannot_be_the_one_who_monitors_it() {
    RestorativeCase c = anAgreedCase();
    Action action = c.actions().get(0);
    Action selfMonitored = action.withMonitor(action.owner().orElseThrow());

    assertThat(violations(RULES, withAction(c, 0, selfMonitored), ACTION_HAS_MONITORING))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/actions/0/monitor");
            });
    assertThat(violations(RULES, c, ACTION_HAS_MONITORING)).isEmpty();
  }

  @Test
  void every_action_names_how_it_will_be_monitored() {
    RestorativeCase c = anAgreedCase();
    Action unmonitored = c.actions().get(0).withMonitoringMethod(Optional.empty());

    assertThat(violations(RULES, withAction(c, 0, unmonitored), ACTION_HAS_MONITORING))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/0/monitor"));
  }

  @Test
  void every_action_names_who_will_monitor_it() {
    RestorativeCase c = anAgreedCase();
    Action noMonitor = c.actions().get(0).withMonitor(Optional.empty());

    assertThat(violations(RULES, withAction(c, 0, noMonitor), ACTION_HAS_MONITORING))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/0/monitor"));
  }

  // ---------------------------------------------------------------- rule 46

  @Test
  void financial_reparation_needs_a_case_supervisors_proportionality_check() {
    RestorativeCase c = anAgreedCase();
    Action payment = c.actions().get(0).withType(ActionType.FINANCIAL_REPARATION);

    assertThat(violations(RULES, withAction(c, 0, payment), ACTION_PROPORTIONALITY_REVIEW))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path()).isEqualTo("/actions/0/proportionalityCheck");
            });
    RestorativeCase checked =
        withSignOff(c, proportionalityCheck(c, SignOffDecision.APPROVED_WITH_CONDITIONS));
    assertThat(
            violations(
                RULES,
                withAction(checked, 0, payment.withProportionalityCheck(CHECK_ID)),
                ACTION_PROPORTIONALITY_REVIEW))
        .isEmpty();
  }

  @Test
  void a_sign_off_that_did_not_approve_is_no_proportionality_check() {
    RestorativeCase c = anAgreedCase();
    RestorativeCase refused = withSignOff(c, proportionalityCheck(c, SignOffDecision.NOT_APPROVED));
    Action payment =
        c.actions()
            .get(0)
            .withType(ActionType.FINANCIAL_REPARATION)
            .withProportionalityCheck(CHECK_ID);

    assertThat(violations(RULES, withAction(refused, 0, payment), ACTION_PROPORTIONALITY_REVIEW))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/0/proportionalityCheck"));
  }

  @Test
  void hours_of_work_over_the_trusts_threshold_need_a_proportionality_check() {
    RestorativeCase c = anAgreedCase();
    Action garden = c.actions().get(0).withType(ActionType.PRACTICAL_REPARATION);
    Policy tenHours = new Policy.Builder().proportionalityHoursThreshold(10).build();

    assertThat(
            violations(
                RULES,
                withAction(c, 0, garden.withHours(12)),
                ACTION_PROPORTIONALITY_REVIEW,
                tenHours))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/0/proportionalityCheck"));
    assertThat(
            violations(
                RULES,
                withAction(c, 0, garden.withHours(10)),
                ACTION_PROPORTIONALITY_REVIEW,
                tenHours))
        .isEmpty();
  }

  @Test
  void a_payment_over_the_trusts_threshold_needs_a_proportionality_check() {
    RestorativeCase c = anAgreedCase();
    Action gift = c.actions().get(0).withType(ActionType.PRACTICAL_REPARATION);
    Policy hundredPounds =
        new Policy.Builder().proportionalityAmountThreshold(new BigDecimal("100")).build();

    assertThat(
            violations(
                RULES,
                withAction(c, 0, gift.withAmount(new BigDecimal("150.00"))),
                ACTION_PROPORTIONALITY_REVIEW,
                hundredPounds))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/0/proportionalityCheck"));
    assertThat(
            violations(
                RULES,
                withAction(c, 0, gift.withAmount(new BigDecimal("100"))),
                ACTION_PROPORTIONALITY_REVIEW,
                hundredPounds))
        .isEmpty();
  }

  @Test
  void an_action_running_longer_than_the_trusts_duration_needs_a_proportionality_check() {
    RestorativeCase c = anAgreedCase();
    OutcomeAgreement agreement =
        c.agreements().stream()
            .filter(a -> a.id().equals(c.actions().get(0).agreement()))
            .findFirst()
            .orElseThrow();
    LocalDate agreedOn = LocalDate.ofInstant(agreement.createdAt(), Policy.standard().zone());
    Action visits =
        c.actions()
            .get(0)
            .withType(ActionType.PRACTICAL_REPARATION)
            .withProportionalityCheck(Optional.empty());
    Policy threeMonths =
        new Policy.Builder().proportionalityDurationThreshold(Period.ofMonths(3)).build();
    Action longRunning = visits.withDueOn(agreedOn.plusMonths(4));
    Action shortRunning = visits.withDueOn(agreedOn.plusMonths(2));
    Action ongoing = visits.withDueOn(Optional.empty()).withReviewOn(agreedOn.plusMonths(1));

    assertThat(
            violations(
                RULES, withAction(c, 0, longRunning), ACTION_PROPORTIONALITY_REVIEW, threeMonths))
        .extracting(Violation::path)
        .contains("/actions/0/proportionalityCheck");
    assertThat(
            violations(
                RULES, withAction(c, 0, ongoing), ACTION_PROPORTIONALITY_REVIEW, threeMonths))
        .extracting(Violation::path)
        .contains("/actions/0/proportionalityCheck");
    assertThat(
            violations(
                RULES, withAction(c, 0, shortRunning), ACTION_PROPORTIONALITY_REVIEW, threeMonths))
        .extracting(Violation::path)
        .doesNotContain("/actions/0/proportionalityCheck");
  }

  @Test
  void with_no_threshold_set_only_the_named_action_types_need_a_proportionality_check() {
    RestorativeCase c = anAgreedCase();
    Action large =
        c.actions()
            .get(0)
            .withType(ActionType.PRACTICAL_REPARATION)
            .withProportionalityCheck(Optional.empty())
            .withHours(400)
            .withAmount(new BigDecimal("5000"))
            .withDueOn(Optional.empty())
            .withReviewOn(LocalDate.of(2031, 1, 1));
    Action payment = large.withType(ActionType.FINANCIAL_REPARATION);

    assertThat(Policy.standard().proportionalityAmountThreshold()).isEmpty();
    assertThat(Policy.standard().proportionalityHoursThreshold()).isEmpty();
    assertThat(Policy.standard().proportionalityDurationThreshold()).isEmpty();
    assertThat(violations(RULES, withAction(c, 0, large), ACTION_PROPORTIONALITY_REVIEW)).isEmpty();
    assertThat(violations(RULES, withAction(c, 0, payment), ACTION_PROPORTIONALITY_REVIEW))
        .extracting(Violation::path)
        .containsExactly("/actions/0/proportionalityCheck");
  }

  // ---------------------------------------------------------------- rule 47

  @Test
  void the_person_harmed_is_told_when_an_action_is_completed() {
    RestorativeCase c = anAgreedCase();
    int done = completedAction(c);
    Action untold = c.actions().get(done).withHarmedInformedAt(Optional.empty());

    assertThat(violations(RULES, withAction(c, done, untold), HARMED_PARTY_INFORMED_OF_COMPLETION))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path()).isEqualTo("/actions/" + done + "/harmedInformedAt");
            });
    assertThat(violations(RULES, c, HARMED_PARTY_INFORMED_OF_COMPLETION)).isEmpty();
  }

  @Test
  void telling_the_person_harmed_before_the_action_ended_does_not_count() {
    RestorativeCase c = anAgreedCase();
    int done = completedAction(c);
    Action action = c.actions().get(done);
    Action toldTooSoon =
        action.withHarmedInformedAt(action.terminalAt().orElseThrow().minusSeconds(3_600));

    assertThat(
            violations(
                RULES, withAction(c, done, toldTooSoon), HARMED_PARTY_INFORMED_OF_COMPLETION))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actions/" + done + "/harmedInformedAt"));
  }

  // ---------------------------------------------------------------- cases

  private static final PartyId WARD_MANAGER_ID = PartyId.of("party-ward-manager");

  private static final SignOffId CHECK_ID = SignOffId.of("signoff-proportionality");

  /** A case in follow-up with one agreement in monitoring, agreed by its two principal parties. */
  private static RestorativeCase anAgreedCase() {
    return anAgreedCase(c -> c.agreements().get(0).agreedParties().size() == 2);
  }

  private static RestorativeCase anAgreedCase(Predicate<RestorativeCase> more) {
    return aCase(
        Stage.FOLLOW_UP,
        c ->
            c.agreements().size() == 1
                && c.agreements().get(0).status() == AgreementStatus.IN_MONITORING
                && c.actions().stream().anyMatch(Action::isTerminal)
                && more.test(c));
  }

  private static int completedAction(RestorativeCase c) {
    for (int i = 0; i < c.actions().size(); i++) {
      if (c.actions().get(i).isTerminal()) {
        return i;
      }
    }
    throw new AssertionError("no completed action");
  }

  /** The case with a ward manager as a party who does not take part in the process. */
  private static RestorativeCase withWardManagerParty(RestorativeCase c) {
    Party manager =
        new Party.Builder()
            .id(WARD_MANAGER_ID)
            .role(PartyRole.AFFECTED_OTHER)
            .personType(PersonType.STAFF_MEMBER)
            .build();
    return c.withParties(plus(c.parties(), manager));
  }

  /** The first action owned by the ward manager, whose agreement, if any, is recorded. */
  private static RestorativeCase ownedByWardManager(
      RestorativeCase c, Optional<PartyAgreement> managerAgreement) {
    OutcomeAgreement agreement = c.agreements().get(0);
    RestorativeCase owned =
        withAction(c, 0, c.actions().get(0).withOwner(PartyOrRole.party(WARD_MANAGER_ID)));
    return managerAgreement
        .map(
            recorded ->
                withAgreement(
                    owned,
                    agreement.withPartyAgreements(plus(agreement.partyAgreements(), recorded))))
        .orElse(owned);
  }

  private static RestorativeCase withAgreement(RestorativeCase c, OutcomeAgreement changed) {
    return c.with(changed);
  }

  private static RestorativeCase withAction(RestorativeCase c, int index, Action changed) {
    return c.with(changed);
  }

  private static RestorativeCase withSignOff(RestorativeCase c, SupervisorSignOff signOff) {
    return c.withSignOffs(plus(c.signOffs(), signOff));
  }

  private static SupervisorSignOff proportionalityCheck(
      RestorativeCase c, SignOffDecision decision) {
    return new SupervisorSignOff.Builder()
        .id(CHECK_ID)
        .supervisor(ProfessionalId.of("prof-supervisor"))
        .signedAt(c.agreements().get(0).createdAt().plusSeconds(3_600))
        .subject(SignOffSubject.PROPORTIONALITY_CHECK)
        .decision(decision)
        .build();
  }
}
