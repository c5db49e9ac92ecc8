package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.metrics.MetricsFixtures.aDeliveredMessage;
import static org.restorative.core.metrics.MetricsFixtures.aHarm;
import static org.restorative.core.metrics.MetricsFixtures.aMeeting;
import static org.restorative.core.metrics.MetricsFixtures.aProcess;
import static org.restorative.core.metrics.MetricsFixtures.aReferral;
import static org.restorative.core.metrics.MetricsFixtures.at;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessType;

/** The day counts of one case, on known dates. */
class CaseDaysTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void a_referral_two_days_after_the_harm_is_two_days() {
    RestorativeCase referred = aReferral("case-1").build();

    assertThat(CaseDays.incidentToReferral(referred, LONDON)).contains(2);
  }

  @Test
  void a_referral_the_same_day_is_zero_days() {
    RestorativeCase sameDay =
        aReferral(
                "case-same-day",
                at("2026-07-01T08:00:00Z"),
                OccurrencePrecision.EXACT,
                at("2026-07-01T16:00:00Z"))
            .build();

    assertThat(CaseDays.incidentToReferral(sameDay, LONDON)).contains(0);
  }

  @Test
  void the_latest_harm_the_referral_names_is_the_incident_and_a_period_counts_from_its_end() {
    HarmId earlier = HarmId.of("harm-earlier");
    RestorativeCase.Builder builder =
        aReferral("case-two-harms")
            .addHarm(aHarm(earlier, at("2026-01-10T10:00:00Z"), OccurrencePrecision.EXACT));
    RestorativeCase twoHarms = builder.build();
    RestorativeCase both =
        new RestorativeCase.Builder()
            .from(twoHarms)
            .referral(twoHarms.referral().withHarms(earlier, MetricsFixtures.HARM))
            .build();
    assertThat(CaseDays.incidentToReferral(both, LONDON)).contains(2);

    HarmId period = HarmId.of("harm-period");
    RestorativeCase overAPeriod =
        new RestorativeCase.Builder()
            .from(twoHarms)
            .addHarm(
                aHarm(period, at("2026-02-01T10:00:00Z"), OccurrencePrecision.DAY)
                    .withOccurred(
                        Occurrence.of(
                            at("2026-02-01T10:00:00Z"),
                            at("2026-02-27T10:00:00Z"),
                            OccurrencePrecision.DAY)))
            .referral(twoHarms.referral().withHarms(period))
            .build();
    // The referral of 3 March is 4 days after the period ended on 27 February.
    assertThat(CaseDays.incidentToReferral(overAPeriod, LONDON)).contains(4);
  }

  @Test
  void a_harm_known_only_to_the_month_or_approximately_is_left_out() {
    for (OccurrencePrecision precision :
        new OccurrencePrecision[] {OccurrencePrecision.MONTH, OccurrencePrecision.APPROXIMATE}) {
      RestorativeCase vague =
          aReferral("case-vague", at("2026-02-15T00:00:00Z"), precision, at("2026-03-03T09:00:00Z"))
              .build();
      assertThat(CaseDays.incidentToReferral(vague, LONDON)).as("%s", precision).isEmpty();
    }
  }

  @Test
  void a_harm_just_before_midnight_utc_falls_on_the_next_day_in_british_summer_time() {
    RestorativeCase lateAtNight =
        aReferral(
                "case-night",
                at("2026-06-30T23:30:00Z"),
                OccurrencePrecision.EXACT,
                at("2026-07-01T09:00:00Z"))
            .build();

    assertThat(CaseDays.incidentToReferral(lateAtNight, LONDON)).contains(0);
    assertThat(CaseDays.incidentToReferral(lateAtNight, ZoneOffset.UTC)).contains(1);
  }

  @Test
  void the_first_intervention_is_the_earliest_held_meeting_or_delivered_message() {
    ProcessId process = ProcessId.of("process-1");
    RestorativeCase intervened =
        aReferral("case-intervened")
            .addProcess(aProcess(process, ProcessType.FACE_TO_FACE_CONFERENCE))
            .addMeeting(aMeeting(process, MeetingStatus.ABANDONED, at("2026-03-05T10:00:00Z")))
            .addMeeting(aMeeting(process, MeetingStatus.HELD, at("2026-03-23T10:00:00Z")))
            .addMessage(aDeliveredMessage(process, at("2026-03-13T10:00:00Z")))
            .build();

    assertThat(CaseDays.firstInterventionAt(intervened)).contains(at("2026-03-13T10:00:00Z"));
    assertThat(CaseDays.referralToIntervention(intervened, LONDON)).contains(10);
  }

  @Test
  void a_case_with_no_intervention_has_no_days_to_intervention() {
    RestorativeCase waiting =
        aReferral("case-waiting")
            .addProcess(aProcess(ProcessId.of("process-1"), ProcessType.FACE_TO_FACE_CONFERENCE))
            .addMeeting(
                aMeeting(
                    ProcessId.of("process-1"), MeetingStatus.SCHEDULED, at("2026-03-23T10:00:00Z")))
            .build();

    assertThat(CaseDays.referralToIntervention(waiting, LONDON)).isEmpty();
  }
}
