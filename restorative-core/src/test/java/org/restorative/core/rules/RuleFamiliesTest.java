package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.StandardCode.AGREEMENT_AGREED;
import static org.restorative.core.rules.StandardCode.CASE_OWNER_ALLOCATED;
import static org.restorative.core.rules.StandardCode.CORE_PARTIES_PRESENT;
import static org.restorative.core.rules.StandardCode.INTERVENTION_ARRANGED;
import static org.restorative.core.rules.StandardCode.INTERVENTION_HELD;
import static org.restorative.core.rules.StandardCode.MEETING_DATED;
import static org.restorative.core.rules.StandardCode.MESSAGE_REVIEWED_BEFORE_DELIVERY;
import static org.restorative.core.rules.StandardCode.PROCESS_CHOSEN;
import static org.restorative.core.rules.StandardCode.PROCESS_PARTICIPANTS_NAMED;
import static org.restorative.core.rules.StandardCode.REFERRAL_ACCEPTED;
import static org.restorative.core.rules.StandardCode.REFERRAL_LINKED_TO_HARM;
import static org.restorative.core.rules.StandardCode.RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION;
import static org.restorative.core.rules.StandardCode.RISK_CONDITIONS_RECORDED;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Stage;

/**
 * Each rule family hands out its rules, each factory builds its own rule (code, stage from which it
 * applies), and the standard catalogue holds every family in the brief's order. The catalogue is
 * built once, while classes load; these tests call the families and factories themselves.
 */
class RuleFamiliesTest {

  private static List<RuleCode> codes(List<Rule> rules) {
    return rules.stream().map(Rule::code).toList();
  }

  @Test
  void the_acknowledgement_family_holds_rules_1_and_its_core_parties_rule() {
    assertThat(codes(AcknowledgementRules.rules()))
        .containsExactly(RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION, CORE_PARTIES_PRESENT);
    assertRule(
        AcknowledgementRules.responsibilityAcknowledgedBeforePreparation(),
        RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION,
        Stage.PREPARATION);
    assertRule(AcknowledgementRules.corePartiesPresent(), CORE_PARTIES_PRESENT, Stage.ASSESSMENT);
  }

  @Test
  void the_gate_family_holds_one_rule_for_each_stage_gate() {
    assertThat(codes(GateRules.rules()))
        .containsExactly(
            REFERRAL_ACCEPTED,
            CASE_OWNER_ALLOCATED,
            PROCESS_CHOSEN,
            PROCESS_PARTICIPANTS_NAMED,
            INTERVENTION_ARRANGED,
            INTERVENTION_HELD,
            AGREEMENT_AGREED);
    assertRule(GateRules.referralAccepted(), REFERRAL_ACCEPTED, Stage.ASSESSMENT);
    assertRule(GateRules.caseOwnerAllocated(), CASE_OWNER_ALLOCATED, Stage.ASSESSMENT);
    assertRule(GateRules.processChosen(), PROCESS_CHOSEN, Stage.PREPARATION);
    assertRule(GateRules.processParticipantsNamed(), PROCESS_PARTICIPANTS_NAMED, Stage.PREPARATION);
    assertRule(GateRules.interventionArranged(), INTERVENTION_ARRANGED, Stage.INTERVENTION);
    assertRule(GateRules.interventionHeld(), INTERVENTION_HELD, Stage.OUTCOME_AGREEMENT);
    assertRule(GateRules.agreementAgreed(), AGREEMENT_AGREED, Stage.FOLLOW_UP);
  }

  @Test
  void the_record_gap_family_holds_its_four_rules() {
    assertThat(codes(RecordGapRules.rules()))
        .containsExactly(
            REFERRAL_LINKED_TO_HARM,
            RISK_CONDITIONS_RECORDED,
            MEETING_DATED,
            MESSAGE_REVIEWED_BEFORE_DELIVERY);
    assertRule(RecordGapRules.referralLinkedToHarm(), REFERRAL_LINKED_TO_HARM, Stage.REFERRAL);
    assertRule(RecordGapRules.riskConditionsRecorded(), RISK_CONDITIONS_RECORDED, Stage.REFERRAL);
    assertRule(RecordGapRules.meetingDated(), MEETING_DATED, Stage.INTERVENTION);
    assertRule(
        RecordGapRules.messageReviewedBeforeDelivery(),
        MESSAGE_REVIEWED_BEFORE_DELIVERY,
        Stage.REFERRAL);
  }

  @Test
  void the_standard_catalogue_holds_every_family_in_order() {
    List<RuleCode> expected = new ArrayList<>();
    expected.addAll(codes(AcknowledgementRules.rules()));
    expected.addAll(codes(ConsentRules.rules()));
    expected.addAll(codes(CapacityRules.rules()));
    expected.addAll(codes(SafetyRules.rules()));
    expected.addAll(codes(FacilitatorRules.rules()));
    expected.addAll(codes(ParticipantRules.rules()));
    expected.addAll(codes(LegalRules.rules()));
    expected.addAll(codes(SharingRules.rules()));
    expected.addAll(codes(OutcomeRules.rules()));
    expected.addAll(codes(LifecycleRules.rules()));
    expected.addAll(codes(GateRules.rules()));
    expected.addAll(codes(RecordGapRules.rules()));

    List<RuleCode> all = codes(StandardRules.all());

    assertThat(all).containsExactlyElementsOf(expected);
    assertThat(all.get(0)).isEqualTo(RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION);
    assertThat(all).doesNotHaveDuplicates().contains(REFERRAL_ACCEPTED, MEETING_DATED);
  }

  private static void assertRule(Rule rule, RuleCode code, Stage from) {
    assertThat(rule.code()).isEqualTo(code);
    assertThat(rule.appliesFrom()).isEqualTo(from);
  }
}
