package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.AS_OF;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aCase;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aHeldConferenceWithASupporter;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aSensitiveCaseWithAHeldMeeting;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.changed;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.heldMeetingOf;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.indexOf;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.theMeeting;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.violations;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.withTheMeeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.ConflictDeclaration;
import org.restorative.core.party.ConflictKind;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.party.TrainingRecord;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessType;

class FacilitatorRulesTest {

  private static final List<Rule> FACILITATOR = FacilitatorRules.rules();

  private static final String TRAINED = StandardCode.FACILITATOR_TRAINED.name();
  private static final String SUPERVISION = StandardCode.FACILITATOR_SUPERVISION_CURRENT.name();
  private static final String IMPARTIAL = StandardCode.FACILITATOR_IMPARTIAL.name();
  private static final String HAS_FACILITATOR = StandardCode.MEETING_HAS_FACILITATOR.name();

  @Test
  void the_family_holds_rules_24_to_27_in_the_brief_s_order() {
    assertThat(FACILITATOR)
        .extracting(r -> r.code().name(), Rule::severity, Rule::appliesFrom)
        .containsExactly(
            tuple(TRAINED, Severity.ERROR, Stage.PREPARATION),
            tuple(SUPERVISION, Severity.WARNING, Stage.PREPARATION),
            tuple(IMPARTIAL, Severity.ERROR, Stage.PREPARATION),
            tuple(HAS_FACILITATOR, Severity.ERROR, Stage.PREPARATION));
    assertThat(FACILITATOR)
        .extracting(Rule::policyParameters)
        .containsExactly(
            Set.of("minimumFacilitatorLevel"),
            Set.of("supervisionInterval", "observedPracticeInterval"),
            Set.of("treatingTeamConflictSeverity"),
            Set.of("coFacilitationWhenSensitive"));
  }

  // ---------------------------------------------------------------- rule 24

  @Test
  void a_trained_lead_facilitator_may_take_the_case_into_preparation() {
    assertThat(violations(FACILITATOR, aHeldConferenceWithASupporter(), TRAINED)).isEmpty();
  }

  @Test
  void a_co_facilitator_alone_does_not_lead_the_case() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    c =
        c.withFacilitators(
            changed(
                c.facilitators(),
                FacilitatorRulesTest::isLead,
                f -> f.withRole(FacilitatorRole.FACILITATOR_CO)));

    assertThat(violations(FACILITATOR, c, TRAINED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/facilitators"));
  }

  @Test
  void the_lead_facilitator_needs_a_training_record() {
    RestorativeCase c =
        withLead(aHeldConferenceWithASupporter(), f -> f.withTrainingRecords(List.of()));

    assertThat(violations(FACILITATOR, c, TRAINED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/facilitators/" + lead(c) + "/trainingRecords"));
  }

  @Test
  void a_trust_may_require_every_lead_to_be_trained_to_advanced_level() {
    RestorativeCase c =
        withLead(aHeldConferenceWithASupporter(), FacilitatorRulesTest::intermediate);
    Policy advanced = new Policy.Builder().minimumFacilitatorLevel(TrainingLevel.ADVANCED).build();

    assertThat(violations(FACILITATOR, c, TRAINED)).isEmpty();
    assertThat(violations(FACILITATOR, c, TRAINED, advanced))
        .extracting(Violation::path)
        .containsExactly("/facilitators/" + lead(c) + "/trainingRecords");
  }

  @Test
  void a_case_cannot_enter_preparation_before_a_lead_facilitator_is_allocated() {
    RestorativeCase assessing = aCase(Stage.ASSESSMENT, c -> true).withFacilitators(List.of());

    assertThat(
            RuleSet.of(FACILITATOR)
                .checkEntry(assessing, Stage.PREPARATION, Policy.standard(), AS_OF)
                .violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(TRAINED, "/facilitators"));
  }

  // ---------------------------------------------------------------- rule 25

  @Test
  void a_lead_supervised_and_observed_recently_is_current() {
    assertThat(violations(FACILITATOR, aHeldConferenceWithASupporter(), SUPERVISION)).isEmpty();
  }

  @Test
  void the_lead_s_case_supervision_must_be_within_twelve_weeks_of_the_meeting() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    LocalDate meetingOn = meetingDay(c);
    c = withLead(c, f -> f.withLastSupervisionOn(meetingOn.minusWeeks(12).minusDays(1)));

    assertThat(violations(FACILITATOR, c, SUPERVISION))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.WARNING, "/facilitators/" + lead(c) + "/lastSupervisionOn"));
  }

  @Test
  void supervision_exactly_twelve_weeks_before_the_meeting_is_still_current() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    LocalDate meetingOn = meetingDay(c);
    c = withLead(c, f -> f.withLastSupervisionOn(meetingOn.minusWeeks(12)));

    assertThat(violations(FACILITATOR, c, SUPERVISION)).isEmpty();
  }

  @Test
  void supervision_after_the_meeting_still_counts() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    LocalDate meetingOn = meetingDay(c);
    c = withLead(c, f -> f.withLastSupervisionOn(meetingOn.plusDays(10)));

    assertThat(violations(FACILITATOR, c, SUPERVISION)).isEmpty();
  }

  @Test
  void a_lead_with_no_recorded_supervision_is_not_current() {
    RestorativeCase c =
        withLead(aHeldConferenceWithASupporter(), f -> f.withLastSupervisionOn(Optional.empty()));

    assertThat(violations(FACILITATOR, c, SUPERVISION))
        .extracting(Violation::path)
        .containsExactly("/facilitators/" + lead(c) + "/lastSupervisionOn");
  }

  @Test
  void observed_practice_more_than_a_year_before_the_meeting_is_out_of_date() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    LocalDate meetingOn = meetingDay(c);
    c = withLead(c, f -> f.withLastObservedPracticeOn(meetingOn.minusMonths(12).minusDays(1)));

    assertThat(violations(FACILITATOR, c, SUPERVISION))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.WARNING, "/facilitators/" + lead(c) + "/lastObservedPracticeOn"));
  }

  @Test
  void a_trust_with_a_longer_supervision_interval_accepts_older_supervision() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    LocalDate meetingOn = meetingDay(c);
    c = withLead(c, f -> f.withLastSupervisionOn(meetingOn.minusWeeks(14)));
    Policy sixteenWeeks = new Policy.Builder().supervisionInterval(Period.ofWeeks(16)).build();

    assertThat(violations(FACILITATOR, c, SUPERVISION, sixteenWeeks)).isEmpty();
  }

  @Test
  void a_lead_who_runs_two_meetings_is_reported_once() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    LocalDate meetingOn = meetingDay(c);
    Meeting first = theMeeting(c);
    Meeting second =
        first
            .withId(MeetingId.of("meeting-2"))
            .withStatus(MeetingStatus.SCHEDULED)
            .withEndAt(Optional.empty())
            .withStartAt(first.startAt().orElseThrow().plus(Duration.ofDays(14)));
    c =
        withLead(
            c.withMeetings(first, second), f -> f.withLastSupervisionOn(meetingOn.minusYears(1)));

    assertThat(violations(FACILITATOR, c, SUPERVISION))
        .extracting(Violation::path)
        .containsExactly("/facilitators/" + lead(c) + "/lastSupervisionOn");
  }

  @Test
  void a_meeting_the_lead_does_not_run_does_not_test_their_supervision() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    LocalDate meetingOn = meetingDay(c);
    FacilitatorId leadId = c.facilitators().get(lead(c)).id();
    c = withLead(c, f -> f.withLastSupervisionOn(meetingOn.minusYears(1)));
    c =
        withTheMeeting(
            c,
            m ->
                m.withFacilitators(
                    m.facilitators().stream().filter(f -> !f.equals(leadId)).toList()));

    assertThat(violations(FACILITATOR, c, SUPERVISION)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 26

  @Test
  void facilitators_who_declared_no_conflict_are_impartial() {
    assertThat(violations(FACILITATOR, aHeldConferenceWithASupporter(), IMPARTIAL)).isEmpty();
  }

  @Test
  void a_facilitator_must_declare_their_conflicts_of_interest() {
    RestorativeCase c =
        withLead(aHeldConferenceWithASupporter(), f -> f.withConflictDeclaration(Optional.empty()));

    assertThat(violations(FACILITATOR, c, IMPARTIAL))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.ERROR, "/facilitators/" + lead(c) + "/conflictDeclaration"));
  }

  @Test
  void a_witness_to_the_harm_cannot_facilitate() {
    RestorativeCase c = declaring(ConflictKind.WITNESS_TO_HARM);

    assertThat(violations(FACILITATOR, c, IMPARTIAL))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.ERROR, "/facilitators/" + lead(c) + "/conflictDeclaration/conflicts/0"));
  }

  @Test
  void a_party_or_supporter_cannot_facilitate() {
    RestorativeCase c = declaring(ConflictKind.PARTY_OR_SUPPORTER);

    assertThat(violations(FACILITATOR, c, IMPARTIAL))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.ERROR, "/facilitators/" + lead(c) + "/conflictDeclaration/conflicts/0"));
  }

  @Test
  void a_party_s_line_manager_cannot_facilitate() {
    RestorativeCase c = declaring(ConflictKind.OTHER, ConflictKind.LINE_MANAGER_OF_PARTY);

    assertThat(violations(FACILITATOR, c, IMPARTIAL))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.ERROR, "/facilitators/" + lead(c) + "/conflictDeclaration/conflicts/1"));
  }

  @Test
  void a_member_of_a_party_s_treating_team_cannot_facilitate_by_default() {
    RestorativeCase c = declaring(ConflictKind.TREATING_TEAM_MEMBER);

    assertThat(violations(FACILITATOR, c, IMPARTIAL))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.ERROR, "/facilitators/" + lead(c) + "/conflictDeclaration/conflicts/0"));
  }

  @Test
  void a_trust_may_accept_a_treating_team_member_with_a_warning() {
    RestorativeCase c = declaring(ConflictKind.TREATING_TEAM_MEMBER);
    Policy lenient = new Policy.Builder().treatingTeamConflictSeverity(Severity.WARNING).build();

    assertThat(violations(FACILITATOR, c, IMPARTIAL, lenient))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(
                Severity.WARNING, "/facilitators/" + lead(c) + "/conflictDeclaration/conflicts/0"));
  }

  // ---------------------------------------------------------------- rule 27

  @Test
  void a_facilitated_conference_has_its_facilitator() {
    assertThat(violations(FACILITATOR, aHeldConferenceWithASupporter(), HAS_FACILITATOR)).isEmpty();
  }

  @Test
  void a_direct_meeting_needs_a_facilitator() {
    RestorativeCase c = withTheMeeting(aHeldConferenceWithASupporter(), m -> m.withFacilitators());

    assertThat(violations(FACILITATOR, c, HAS_FACILITATOR))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/meetings/0/facilitators"));
  }

  @Test
  void an_impromptu_restorative_conversation_still_needs_a_facilitator() {
    RestorativeCase c =
        withTheMeeting(
            aCase(Stage.INTERVENTION, heldMeetingOf(ProcessType.RESTORATIVE_CONVERSATION)),
            m -> m.withFacilitators());

    assertThat(violations(FACILITATOR, c, HAS_FACILITATOR))
        .extracting(Violation::path)
        .containsExactly("/meetings/0/facilitators");
  }

  @Test
  void one_party_sessions_are_not_direct_meetings() {
    RestorativeCase c =
        withTheMeeting(
            aCase(Stage.INTERVENTION, heldMeetingOf(ProcessType.SINGLE_PARTY_RESTORATIVE_WORK)),
            m -> m.withFacilitators());

    assertThat(violations(FACILITATOR, c, HAS_FACILITATOR)).isEmpty();
  }

  @Test
  void a_meeting_in_a_sensitive_case_needs_a_co_facilitator() {
    RestorativeCase c = aSensitiveCaseWithAHeldMeeting();
    assertThat(violations(FACILITATOR, c, HAS_FACILITATOR)).isEmpty();

    FacilitatorId leadId = c.facilitators().get(lead(c)).id();
    RestorativeCase alone = withTheMeeting(c, m -> m.withFacilitators(leadId));

    assertThat(violations(FACILITATOR, alone, HAS_FACILITATOR))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/meetings/0/facilitators"));
  }

  @Test
  void a_trust_may_do_without_co_facilitation_in_sensitive_cases() {
    RestorativeCase c = aSensitiveCaseWithAHeldMeeting();
    FacilitatorId leadId = c.facilitators().get(lead(c)).id();
    RestorativeCase alone = withTheMeeting(c, m -> m.withFacilitators(leadId));
    Policy solo = new Policy.Builder().coFacilitationWhenSensitive(false).build();

    assertThat(violations(FACILITATOR, alone, HAS_FACILITATOR, solo)).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private static boolean isLead(Facilitator f) {
    return f.role() == FacilitatorRole.FACILITATOR_LEAD;
  }

  private static int lead(RestorativeCase c) {
    return indexOf(c.facilitators(), FacilitatorRulesTest::isLead);
  }

  private static RestorativeCase withLead(RestorativeCase c, UnaryOperator<Facilitator> change) {
    return c.withFacilitators(changed(c.facilitators(), FacilitatorRulesTest::isLead, change));
  }

  private static LocalDate meetingDay(RestorativeCase c) {
    return LocalDate.ofInstant(theMeeting(c).startAt().orElseThrow(), Policy.standard().zone());
  }

  /** The facilitator with the same course dates, the last one at intermediate level. */
  private static Facilitator intermediate(Facilitator f) {
    LocalDate lastCourse =
        f.trainingRecords().stream()
            .map(TrainingRecord::completedOn)
            .max(LocalDate::compareTo)
            .orElseThrow();
    return f.withTrainingRecords(
        TrainingRecord.of(TrainingLevel.FOUNDATION, lastCourse.minusDays(400)),
        TrainingRecord.of(TrainingLevel.INTERMEDIATE, lastCourse));
  }

  /** The held conference, its lead facilitator declaring conflicts of these kinds. */
  private static RestorativeCase declaring(ConflictKind... kinds) {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId party = c.parties().get(0).id();
    List<DeclaredConflict> conflicts = new ArrayList<>();
    for (ConflictKind kind : kinds) {
      conflicts.add(DeclaredConflict.of(kind, party));
    }
    return withLead(
        c,
        f ->
            f.withConflictDeclaration(
                new ConflictDeclaration.Builder()
                    .declaredAt(f.conflictDeclaration().orElseThrow().declaredAt())
                    .addAllConflicts(conflicts)
                    .build()));
  }
}
