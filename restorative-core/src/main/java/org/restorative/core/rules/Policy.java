package org.restorative.core.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.questions.QuestionCatalogue;

/**
 * A trust's configuration: every threshold the rules need that no source fixes. Build one with
 * {@code new Policy.Builder()...build()} and set only what differs from {@link #standard()}.
 *
 * <p>Settings with a source (the RJC Practitioner Code's supervision intervals) or a safe choice
 * (the zone, the training levels) have a documented default. Settings for which no source gives a
 * number (domain brief §8 rules 5, 13 and 46, §10 item 6; for rule 5 the brief says there is no
 * default) are optional and unset in {@link #standard()}: the consent reconfirmation window, the
 * capacity reassessment window, and the amount, hours and duration above which an action needs a
 * proportionality check. Each setting's documentation says what its rule does when a trust sets
 * none; the rule catalogue lists them under "Settings your trust must choose".
 */
@Value.Immutable
public abstract class Policy implements WithPolicy {

  /**
   * The time zone of the NHS in England and Wales, {@code Europe/London}: the one default for every
   * day the library counts — the rules' {@link #zone()}, the cohort metrics' days and the synthetic
   * generator's dates — and for the command-line tool's {@code --zone}.
   */
  public static final String DEFAULT_ZONE_ID = "Europe/London";

  Policy() {}

  /**
   * The standard policy: every setting at its default.
   *
   * @return the standard policy
   */
  public static Policy standard() {
    return new Builder().build();
  }

  /**
   * The time zone for rules that count days and compare moments with dates.
   *
   * @return the zone; default {@link #DEFAULT_ZONE_ID}
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of(DEFAULT_ZONE_ID);
  }

  /**
   * How long before a meeting an attendee's consent must have been reconfirmed (rule {@code
   * CONSENT_RECONFIRMED_BEFORE_MEETING}). No source gives a number, and the domain brief says there
   * is no default (§8 rule 5). Unset, the rule still asks for a reconfirmation (or consent first
   * given) after the attendee's last preparation contact and before the meeting starts, at any
   * distance from it, and judges a meeting still to come at the gate into intervention.
   *
   * @return the window, if the trust set one; unset in {@link #standard()}
   */
  public abstract Optional<Duration> consentReconfirmationWindow();

  /**
   * How long before a meeting the capacity of a party whose capacity fluctuates must have been
   * found again, by a fresh assessment or a reconfirmation of their consent (rule {@code
   * CAPACITY_CURRENT_BEFORE_MEETING}). No source gives a number (domain brief §10 item 6). Unset,
   * the fresh finding or reconfirmation must follow the party's last preparation contact, at any
   * distance from the meeting.
   *
   * @return the window, if the trust set one; unset in {@link #standard()}
   */
  public abstract Optional<Duration> capacityReassessmentWindow();

  /**
   * The longest gap between a lead facilitator's last case supervision and a meeting (RJC
   * Practitioner Code C: at least every 12 weeks).
   *
   * @return the interval; default 12 weeks
   */
  @Value.Default
  public Period supervisionInterval() {
    return Period.ofWeeks(12);
  }

  /**
   * The longest gap between a lead facilitator's last observed practice and a meeting (RJC
   * Practitioner Code C: at least once a year).
   *
   * @return the interval; default 12 months
   */
  @Value.Default
  public Period observedPracticeInterval() {
    return Period.ofMonths(12);
  }

  /**
   * The training level every lead facilitator needs (rule {@code FACILITATOR_TRAINED}).
   *
   * @return the level; default {@link TrainingLevel#FOUNDATION}
   */
  @Value.Default
  public TrainingLevel minimumFacilitatorLevel() {
    return TrainingLevel.FOUNDATION;
  }

  /**
   * The training level the lead facilitator needs in a sensitive case (rule {@code
   * SENSITIVE_CASE_ESCALATION}; the mapping to a level is practice consensus).
   *
   * @return the level; default {@link TrainingLevel#ADVANCED}
   */
  @Value.Default
  public TrainingLevel sensitiveCaseFacilitatorLevel() {
    return TrainingLevel.ADVANCED;
  }

  /**
   * Whether a facilitator who belongs to a party's treating team is an error or a warning (rule
   * {@code FACILITATOR_IMPARTIAL}; an external facilitator is recommended in forensic mental
   * health).
   *
   * @return the severity; default {@link Severity#ERROR}
   */
  @Value.Default
  public Severity treatingTeamConflictSeverity() {
    return Severity.ERROR;
  }

  /**
   * Whether a meeting in a sensitive case needs a co-facilitator (rule {@code
   * MEETING_HAS_FACILITATOR}; co-facilitation in serious or complex cases).
   *
   * @return true to require one; default true
   */
  @Value.Default
  public boolean coFacilitationWhenSensitive() {
    return true;
  }

  /**
   * The amount above which any action needs a proportionality check (rule {@code
   * ACTION_PROPORTIONALITY_REVIEW}). The brief calls the threshold configurable and no source gives
   * a number. Unset, no action needs the check for its amount; financial reparation needs it
   * whatever the amount.
   *
   * @return the amount in pounds, if the trust set one; unset in {@link #standard()}
   */
  public abstract Optional<BigDecimal> proportionalityAmountThreshold();

  /**
   * The hours of work above which an action needs a proportionality check (rule {@code
   * ACTION_PROPORTIONALITY_REVIEW}). No source gives a number. Unset, no action needs the check for
   * its hours.
   *
   * @return the hours, if the trust set them; unset in {@link #standard()}
   */
  public abstract Optional<Integer> proportionalityHoursThreshold();

  /**
   * How long an action may run, from the day its agreement was made to the day it is due, before it
   * needs a proportionality check (rule {@code ACTION_PROPORTIONALITY_REVIEW}); an ongoing
   * commitment with a review date and no due date runs without end and is over any threshold set.
   * No source gives a number. Unset, no action needs the check for its duration.
   *
   * @return the duration, if the trust set one; unset in {@link #standard()}
   */
  public abstract Optional<Period> proportionalityDurationThreshold();

  /**
   * The question sets the trust uses; a question set recorded for a meeting must be one of them
   * (rule {@code QUESTION_SET_VERSION_RECORDED}).
   *
   * @return the catalogue; default {@link QuestionCatalogue#standard()}
   */
  @Value.Default
  public QuestionCatalogue questionCatalogue() {
    return QuestionCatalogue.standard();
  }

  @Value.Check
  void check() {
    Invariants.require(
        consentReconfirmationWindow().filter(Duration::isNegative).isEmpty(),
        "consentReconfirmationWindow must not be negative");
    Invariants.require(
        capacityReassessmentWindow().filter(Duration::isNegative).isEmpty(),
        "capacityReassessmentWindow must not be negative");
    Invariants.require(
        !supervisionInterval().isNegative(), "supervisionInterval must not be negative");
    Invariants.require(
        !observedPracticeInterval().isNegative(), "observedPracticeInterval must not be negative");
    Invariants.require(
        proportionalityAmountThreshold().filter(a -> a.signum() < 0).isEmpty(),
        "proportionalityAmountThreshold must not be negative");
    Invariants.require(
        proportionalityHoursThreshold().filter(h -> h < 0).isEmpty(),
        "proportionalityHoursThreshold must not be negative");
    Invariants.require(
        proportionalityDurationThreshold().filter(Period::isNegative).isEmpty(),
        "proportionalityDurationThreshold must not be negative");
  }

  /** Builds a {@link Policy}. */
  public static final class Builder extends ImmutablePolicy.Builder {
    /** An empty builder: every setting at its default, the optional ones unset. */
    public Builder() {}
  }
}
