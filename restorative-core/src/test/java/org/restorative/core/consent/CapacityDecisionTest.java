package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.THE_NURSE;
import static org.restorative.core.consent.ConsentFixtures.THE_NURSES_SUPPORTER;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;
import static org.restorative.core.consent.ConsentFixtures.theDecisionToMeetTheNurse;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;

class CapacityDecisionTest {

  @Test
  void the_decision_to_meet_the_nurse_names_the_process_and_the_counterparties() {
    CapacityDecision decision = theDecisionToMeetTheNurse();

    assertThat(decision.processType()).contains(ProcessType.FACE_TO_FACE_CONFERENCE);
    assertThat(decision.counterparties())
        .containsExactlyInAnyOrder(THE_NURSE, THE_NURSES_SUPPORTER);
  }

  @Test
  void the_decision_matches_the_same_process_with_the_same_people() {
    assertThat(
            theDecisionToMeetTheNurse()
                .matches(
                    ProcessType.FACE_TO_FACE_CONFERENCE, Set.of(THE_NURSE, THE_NURSES_SUPPORTER)))
        .isTrue();
  }

  @Test
  void the_decision_matches_a_meeting_with_fewer_of_the_people_it_named() {
    assertThat(
            theDecisionToMeetTheNurse()
                .matches(ProcessType.FACE_TO_FACE_CONFERENCE, Set.of(THE_NURSE)))
        .isTrue();
  }

  @Test
  void the_decision_does_not_match_another_process_type() {
    assertThat(theDecisionToMeetTheNurse().matches(ProcessType.VIDEO_MEETING, Set.of(THE_NURSE)))
        .isFalse();
  }

  @Test
  void the_decision_does_not_match_a_meeting_with_someone_it_did_not_name() {
    assertThat(
            theDecisionToMeetTheNurse()
                .matches(
                    ProcessType.FACE_TO_FACE_CONFERENCE, Set.of(THE_NURSE, PartyId.of("p-other"))))
        .isFalse();
  }

  @Test
  void a_decision_without_a_process_type_matches_nothing() {
    CapacityDecision general =
        new CapacityDecision.Builder().description("Take part in restorative justice").build();

    assertThat(general.matches(ProcessType.FACE_TO_FACE_CONFERENCE, Set.of())).isFalse();
  }

  @Test
  void copying_with_another_process_type_changes_only_the_process_type() {
    CapacityDecision decision = theDecisionToMeetTheNurse();

    assertOnlyChanged(
        CapacityDecision.class,
        decision,
        decision.withProcessType(ProcessType.LETTER_EXCHANGE),
        "processType");
  }

  @Test
  void two_identical_decisions_are_equal() {
    assertThat(theDecisionToMeetTheNurse())
        .isEqualTo(theDecisionToMeetTheNurse())
        .hasSameHashCodeAs(theDecisionToMeetTheNurse())
        .isNotEqualTo(theDecisionToMeetTheNurse().withCounterparties(THE_NURSE));
  }

  @Test
  void a_decision_must_be_described() {
    assertRejected(
        () -> new CapacityDecision.Builder().description("").build(),
        "capacity decision description");
  }

  @Test
  void the_description_is_redacted() {
    CapacityDecision decision = theDecisionToMeetTheNurse().withDescription(ZEBEDEE);

    assertThat(decision.toString()).doesNotContain(ZEBEDEE).contains("***");
  }
}
