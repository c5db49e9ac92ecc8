package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.metrics.MetricsFixtures.HARMED;
import static org.restorative.core.metrics.MetricsFixtures.RESPONSIBLE;
import static org.restorative.core.metrics.MetricsFixtures.SUPPORTER;
import static org.restorative.core.metrics.MetricsFixtures.aContactWith;
import static org.restorative.core.metrics.MetricsFixtures.aDeliveredMessage;
import static org.restorative.core.metrics.MetricsFixtures.aDraftedMessage;
import static org.restorative.core.metrics.MetricsFixtures.aMeeting;
import static org.restorative.core.metrics.MetricsFixtures.aParticipationConsent;
import static org.restorative.core.metrics.MetricsFixtures.aProcess;
import static org.restorative.core.metrics.MetricsFixtures.aReferral;
import static org.restorative.core.metrics.MetricsFixtures.anAgreement;
import static org.restorative.core.metrics.MetricsFixtures.at;
import static org.restorative.core.metrics.MetricsFixtures.inStage;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessType;
import org.restorative.core.synthetic.SyntheticCases;

/** The intention-to-treat flags of one case, read from its records at every stage. */
class CaseFlagsTest {

  private static final ProcessId CONFERENCE = ProcessId.of("process-conference");
  private static final AgreementId AGREEMENT = AgreementId.of("agreement-1");

  /** A conference case with the records it would hold by the given stage. */
  private static RestorativeCase aConferenceAt(Stage stage) {
    RestorativeCase.Builder builder = inStage(aReferral("case-" + stage.name()), stage);
    if (stage == Stage.REFERRAL) {
      return builder.build();
    }
    builder.addProcess(aProcess(CONFERENCE, ProcessType.FACE_TO_FACE_CONFERENCE));
    if (stage == Stage.ASSESSMENT || stage == Stage.CLOSED_NOT_PROCEEDING) {
      return builder.build();
    }
    builder
        .addPreparationContact(aContactWith(HARMED))
        .addPreparationContact(aContactWith(RESPONSIBLE))
        .addConsent(
            aParticipationConsent(
                HARMED,
                stage == Stage.CLOSED_WITHDRAWN ? ConsentStatus.WITHDRAWN : ConsentStatus.GIVEN))
        .addConsent(aParticipationConsent(RESPONSIBLE, ConsentStatus.GIVEN));
    if (stage == Stage.PREPARATION || stage == Stage.PAUSED || stage == Stage.CLOSED_WITHDRAWN) {
      return builder.build();
    }
    builder.addMeeting(aMeeting(CONFERENCE, MeetingStatus.HELD, at("2026-03-20T10:00:00Z")));
    Optional<AgreementStatus> agreement =
        switch (stage) {
          case OUTCOME_AGREEMENT -> Optional.of(AgreementStatus.AGREED);
          case FOLLOW_UP -> Optional.of(AgreementStatus.IN_MONITORING);
          case CLOSURE, CLOSED_COMPLETED -> Optional.of(AgreementStatus.COMPLETED);
          case CLOSED_PARTIAL -> Optional.of(AgreementStatus.PARTIALLY_COMPLETED);
          default -> Optional.empty();
        };
    agreement.ifPresent(status -> builder.addAgreement(anAgreement(AGREEMENT, status)));
    return builder.build();
  }

  private static CaseFlags.Builder flagsOf(Stage stage) {
    return new CaseFlags.Builder().caseId(CaseId.of("case-" + stage.name())).stage(stage);
  }

  private static CaseFlags.Builder prepared(Stage stage) {
    return flagsOf(stage)
        .directProcess(true)
        .contacted(true)
        .harmedSideConsented(true)
        .responsibleSideConsented(true);
  }

  private static CaseFlags.Builder met(Stage stage) {
    return prepared(stage).meetingHeld(true).interventionDelivered(true);
  }

  private static CaseFlags expectedAt(Stage stage) {
    return switch (stage) {
      case REFERRAL -> flagsOf(stage).build();
      case ASSESSMENT, CLOSED_NOT_PROCEEDING -> flagsOf(stage).directProcess(true).build();
      case PREPARATION, PAUSED, CLOSED_WITHDRAWN -> prepared(stage).build();
      case INTERVENTION -> met(stage).build();
      case OUTCOME_AGREEMENT, FOLLOW_UP ->
          met(stage).agreementFulfilment(AgreementFulfilment.IN_FORCE).build();
      case CLOSURE, CLOSED_COMPLETED ->
          met(stage).agreementFulfilment(AgreementFulfilment.COMPLETED).build();
      case CLOSED_PARTIAL ->
          met(stage).agreementFulfilment(AgreementFulfilment.PARTIALLY_COMPLETED).build();
    };
  }

  @Test
  void the_flags_of_a_conference_case_at_each_stage_are_what_its_records_show() {
    for (Stage stage : Stage.values()) {
      assertThat(CaseFlags.of(aConferenceAt(stage)))
          .as("at %s", stage)
          .isEqualTo(expectedAt(stage));
    }
  }

  @Test
  void every_case_is_referred_and_only_a_case_closed_completed_or_partial_is_completed() {
    for (Stage stage : Stage.values()) {
      CaseFlags flags = CaseFlags.of(aConferenceAt(stage));
      assertThat(flags.referred()).isTrue();
      assertThat(flags.completed())
          .as("at %s", stage)
          .isEqualTo(stage == Stage.CLOSED_COMPLETED || stage == Stage.CLOSED_PARTIAL);
      assertThat(flags.closed()).isEqualTo(stage.isClosed());
    }
  }

  @Test
  void an_agreement_fulfilled_at_closure_is_fulfilled_but_the_case_is_not_yet_completed() {
    CaseFlags flags = CaseFlags.of(aConferenceAt(Stage.CLOSURE));

    assertThat(flags.agreementFulfilled()).isTrue();
    assertThat(flags.agreementEnded()).isTrue();
    assertThat(flags.completed()).isFalse();
  }

  @Test
  void a_partly_completed_agreement_is_not_fulfilled() {
    CaseFlags flags = CaseFlags.of(aConferenceAt(Stage.CLOSED_PARTIAL));

    assertThat(flags.agreementReached()).isTrue();
    assertThat(flags.agreementFulfilled()).isFalse();
    assertThat(flags.completed()).isTrue();
  }

  @Test
  void consent_later_withdrawn_was_still_obtained() {
    CaseFlags flags = CaseFlags.of(aConferenceAt(Stage.CLOSED_WITHDRAWN));

    assertThat(flags.consented()).isTrue();
    assertThat(flags.bothSidesConsented()).isTrue();
  }

  @Test
  void consent_counts_only_when_the_party_gave_it_themselves_and_it_was_once_valid() {
    for (ConsentStatus status : ConsentStatus.values()) {
      RestorativeCase consentedCase =
          aReferral("case-consent").addConsent(aParticipationConsent(HARMED, status)).build();
      boolean obtained = status != ConsentStatus.DRAFT && status != ConsentStatus.INVALIDATED;
      assertThat(CaseFlags.of(consentedCase).consented())
          .as("status %s", status)
          .isEqualTo(obtained);
    }
    RestorativeCase byAParent =
        aReferral("case-parent")
            .addConsent(
                aParticipationConsent(HARMED, ConsentStatus.GIVEN, ConsentGiver.PARENT_OR_GUARDIAN))
            .build();
    assertThat(CaseFlags.of(byAParent).consented()).isFalse();
  }

  @Test
  void a_supporters_consent_or_contact_does_not_count_for_the_case() {
    RestorativeCase supporterOnly =
        aReferral("case-supporter")
            .addConsent(aParticipationConsent(SUPPORTER, ConsentStatus.GIVEN))
            .addPreparationContact(aContactWith(SUPPORTER))
            .build();

    CaseFlags flags = CaseFlags.of(supporterOnly);
    assertThat(flags.consented()).isFalse();
    assertThat(flags.contacted()).isFalse();
  }

  @Test
  void
      a_representative_consents_for_the_harmed_side_and_a_person_both_harmed_and_responsible_for_both() {
    PartyId representative = PartyId.of("party-representative");
    RestorativeCase represented =
        aReferral("case-represented")
            .addParty(
                new Party.Builder()
                    .id(representative)
                    .role(PartyRole.REPRESENTATIVE_OF_HARMED)
                    .personType(PersonType.FAMILY_MEMBER_OR_CARER)
                    .principal(HARMED)
                    .build())
            .addConsent(aParticipationConsent(representative, ConsentStatus.GIVEN))
            .build();
    PartyId both = PartyId.of("party-both");
    RestorativeCase mutual =
        aReferral("case-mutual")
            .addParty(
                new Party.Builder()
                    .id(both)
                    .role(PartyRole.PERSON_HARMED_AND_RESPONSIBLE)
                    .personType(PersonType.PATIENT)
                    .build())
            .addConsent(aParticipationConsent(both, ConsentStatus.GIVEN))
            .build();

    CaseFlags representedFlags = CaseFlags.of(represented);
    assertThat(representedFlags.harmedSideConsented()).isTrue();
    assertThat(representedFlags.responsibleSideConsented()).isFalse();
    assertThat(CaseFlags.of(mutual).bothSidesConsented()).isTrue();
  }

  @Test
  void a_direct_process_takes_precedence_over_an_indirect_one() {
    RestorativeCase both =
        aReferral("case-both")
            .addProcess(aProcess(ProcessId.of("p-letters"), ProcessType.LETTER_EXCHANGE))
            .addProcess(aProcess(ProcessId.of("p-circle"), ProcessType.RESTORATIVE_CIRCLE))
            .build();

    CaseFlags flags = CaseFlags.of(both);
    assertThat(flags.directProcess()).isTrue();
    assertThat(flags.indirectProcess()).isTrue();
    assertThat(flags.processMode()).isEqualTo(ProcessMode.DIRECT);
  }

  @Test
  void a_process_whose_contact_varies_is_read_from_its_meetings_and_messages() {
    ProcessId review = ProcessId.of("p-review");
    RestorativeCase.Builder base =
        aReferral("case-review")
            .addProcess(aProcess(review, ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW));

    assertThat(CaseFlags.of(base.build()).processMode()).isEqualTo(ProcessMode.NONE);
    assertThat(
            CaseFlags.of(
                    aReferral("case-review-letter")
                        .addProcess(aProcess(review, ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW))
                        .addMessage(aDraftedMessage(review, at("2026-03-10T10:00:00Z")))
                        .build())
                .processMode())
        .isEqualTo(ProcessMode.INDIRECT);
    assertThat(
            CaseFlags.of(
                    aReferral("case-review-meeting")
                        .addProcess(aProcess(review, ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW))
                        .addMessage(aDraftedMessage(review, at("2026-03-10T10:00:00Z")))
                        .addMeeting(
                            aMeeting(review, MeetingStatus.PLANNED, at("2026-03-20T10:00:00Z")))
                        .build())
                .processMode())
        .isEqualTo(ProcessMode.DIRECT);
    assertThat(
            CaseFlags.of(
                    aReferral("case-single")
                        .addProcess(
                            aProcess(
                                ProcessId.of("p-single"),
                                ProcessType.SINGLE_PARTY_RESTORATIVE_WORK))
                        .build())
                .processMode())
        .isEqualTo(ProcessMode.NONE);
  }

  @Test
  void a_delivered_message_is_an_intervention_but_not_a_meeting() {
    ProcessId shuttle = ProcessId.of("p-shuttle");
    CaseFlags flags =
        CaseFlags.of(
            aReferral("case-shuttle")
                .addProcess(aProcess(shuttle, ProcessType.SHUTTLE_COMMUNICATION))
                .addMessage(aDeliveredMessage(shuttle, at("2026-03-12T10:00:00Z")))
                .addMessage(aDraftedMessage(shuttle, at("2026-03-14T10:00:00Z")))
                .build());

    assertThat(flags.interventionDelivered()).isTrue();
    assertThat(flags.meetingHeld()).isFalse();
    assertThat(flags.processMode()).isEqualTo(ProcessMode.INDIRECT);
  }

  @Test
  void the_agreement_is_read_from_its_current_versions() {
    assertThat(fulfilmentOf()).isEmpty();
    assertThat(fulfilmentOf(agreement("a", AgreementStatus.DRAFT))).isEmpty();
    assertThat(fulfilmentOf(agreement("a", AgreementStatus.VARIED)))
        .contains(AgreementFulfilment.IN_FORCE);
    assertThat(
            fulfilmentOf(
                agreement("a", AgreementStatus.SUPERSEDED),
                agreement("b", AgreementStatus.COMPLETED)))
        .contains(AgreementFulfilment.COMPLETED);
    assertThat(
            fulfilmentOf(
                agreement("a", AgreementStatus.COMPLETED),
                agreement("b", AgreementStatus.IN_MONITORING)))
        .contains(AgreementFulfilment.IN_FORCE);
    assertThat(
            fulfilmentOf(
                agreement("a", AgreementStatus.COMPLETED),
                agreement("b", AgreementStatus.NOT_COMPLETED)))
        .contains(AgreementFulfilment.PARTIALLY_COMPLETED);
    assertThat(
            fulfilmentOf(
                agreement("a", AgreementStatus.NOT_COMPLETED),
                agreement("b", AgreementStatus.NOT_COMPLETED)))
        .contains(AgreementFulfilment.NOT_COMPLETED);
    assertThat(fulfilmentOf(agreement("a", AgreementStatus.PARTIALLY_COMPLETED)))
        .contains(AgreementFulfilment.PARTIALLY_COMPLETED);
  }

  private static OutcomeAgreement agreement(String id, AgreementStatus status) {
    return anAgreement(AgreementId.of("agreement-" + id), status);
  }

  private static Optional<AgreementFulfilment> fulfilmentOf(OutcomeAgreement... agreements) {
    return CaseFlags.of(aReferral("case-agreements").addAgreements(agreements).build())
        .agreementFulfilment();
  }

  @Test
  void generated_cases_at_each_stage_carry_that_stage_and_flags_in_the_order_of_the_funnel() {
    SyntheticCases synthetic = SyntheticCases.seeded(31);
    for (Stage stage : Stage.values()) {
      for (int i = 0; i < 10; i++) {
        RestorativeCase generated = synthetic.caseAt(stage, i);
        CaseFlags flags = CaseFlags.of(generated);
        assertThat(flags.caseId()).isEqualTo(generated.id());
        assertThat(flags.stage()).isEqualTo(stage);
        assertThat(!flags.meetingHeld() || flags.consented()).as("%s %d", stage, i).isTrue();
        assertThat(!flags.consented() || flags.contacted()).as("%s %d", stage, i).isTrue();
        if (stage == Stage.REFERRAL) {
          assertThat(flags.contacted() || flags.interventionDelivered()).isFalse();
        }
        if (stage == Stage.CLOSED_COMPLETED) {
          assertThat(flags.interventionDelivered()).isTrue();
          assertThat(flags.agreementFulfilment().orElse(AgreementFulfilment.COMPLETED))
              .isEqualTo(AgreementFulfilment.COMPLETED);
        }
      }
    }
  }

  @Test
  void flags_read_back_from_an_extract_keep_every_other_flag_when_one_is_changed() {
    CaseFlags flags = expectedAt(Stage.CLOSED_COMPLETED);
    CaseFlags changed = flags.withContacted(false);

    assertThat(changed.contacted()).isFalse();
    assertThat(changed.withContacted(true)).isEqualTo(flags).hasSameHashCodeAs(flags);
    assertThat(changed).usingRecursiveComparison().ignoringFields("contacted").isEqualTo(flags);
  }

  @Test
  void a_meeting_held_without_an_intervention_delivered_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> flagsOf(Stage.INTERVENTION).meetingHeld(true).build())
        .withMessageContaining("interventionDelivered");
  }

  @Test
  void flags_print_no_personal_data() {
    assertThat(CaseFlags.of(HandCountedCohort.aConferenceClosedCompleted()).toString())
        .contains("case-a")
        .doesNotContain(List.of("party-harmed", "Write a letter").toArray(String[]::new));
  }
}
