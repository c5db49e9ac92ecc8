package org.restorative.core.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.immutables.value.Value;
import org.restorative.core.Invariants;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.questions.QuestionCatalogue;

/**
 * A trust's configuration: every threshold the rules need that no source fixes, each with a documented
 * default. Build one with {@code new Policy.Builder()...build()} and set only what differs from
 * {@link #standard()}.
 *
 * <p>The domain brief marks several of these as "configurable" because no primary source gives a
 * number (consent reconfirmation, capacity reassessment); the defaults are the project's choice and are
 * named as such in each setting's documentation.
 */
@Value.Immutable
public abstract class Policy implements WithPolicy {

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
   * @return the zone; default {@code Europe/London}
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("Europe/London");
  }

  /**
   * How long before a meeting an attendee's consent must have been reconfirmed (rule
   * {@code CONSENT_RECONFIRMED_BEFORE_MEETING}). No source gives a number; the default is the
   * project's choice.
   *
   * @return the window; default 28 days
   */
  @Value.Default
  public Duration consentReconfirmationWindow() {
    return Duration.ofDays(28);
  }

  /**
   * How long before a meeting the capacity assessment of a party whose capacity fluctuates must have
   * been made (rule {@code CAPACITY_CURRENT_BEFORE_MEETING}). No source gives a number; the default is
   * the project's choice.
   *
   * @return the window; default 7 days
   */
  @Value.Default
  public Duration capacityReassessmentWindow() {
    return Duration.ofDays(7);
  }

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
   * The training level the lead facilitator needs in a sensitive case (rule
   * {@code SENSITIVE_CASE_ESCALATION}; the mapping to a level is practice consensus).
   *
   * @return the level; default {@link TrainingLevel#ADVANCED}
   */
  @Value.Default
  public TrainingLevel sensitiveCaseFacilitatorLevel() {
    return TrainingLevel.ADVANCED;
  }

  /**
   * Whether a facilitator who belongs to a party's treating team is an error or a warning (rule
   * {@code FACILITATOR_IMPARTIAL}; an external facilitator is recommended in forensic mental health).
   *
   * @return the severity; default {@link Severity#ERROR}
   */
  @Value.Default
  public Severity treatingTeamConflictSeverity() {
    return Severity.ERROR;
  }

  /**
   * Whether a meeting in a sensitive case needs a co-facilitator (rule
   * {@code MEETING_HAS_FACILITATOR}; co-facilitation in serious or complex cases).
   *
   * @return true to require one; default true
   */
  @Value.Default
  public boolean coFacilitationWhenSensitive() {
    return true;
  }

  /**
   * The amount of financial reparation above which an action needs a proportionality check (rule
   * {@code ACTION_PROPORTIONALITY_REVIEW}).
   *
   * @return the amount in pounds; default 100
   */
  @Value.Default
  public BigDecimal proportionalityAmountThreshold() {
    return BigDecimal.valueOf(100);
  }

  /**
   * The hours of work above which an action needs a proportionality check (rule
   * {@code ACTION_PROPORTIONALITY_REVIEW}).
   *
   * @return the hours; default 10
   */
  @Value.Default
  public int proportionalityHoursThreshold() {
    return 10;
  }

  /**
   * Whether a restricted patient's leave to hospital grounds needs the Secretary of State's approval.
   * Ground leave is exempt unless the restriction order names a unit, so the default is false; a trust
   * whose orders name units sets it to true (rule {@code RESTRICTED_PATIENT_LEAVE_APPROVED}).
   *
   * @return true when ground leave needs the Secretary of State; default false
   */
  @Value.Default
  public boolean groundLeaveNeedsSecretaryOfState() {
    return false;
  }

  /**
   * The question sets the trust uses; a question set recorded for a meeting must be one of them (rule
   * {@code QUESTION_SET_VERSION_RECORDED}).
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
        !consentReconfirmationWindow().isNegative(), "consentReconfirmationWindow must not be negative");
    Invariants.require(
        !capacityReassessmentWindow().isNegative(), "capacityReassessmentWindow must not be negative");
    Invariants.require(!supervisionInterval().isNegative(), "supervisionInterval must not be negative");
    Invariants.require(
        !observedPracticeInterval().isNegative(), "observedPracticeInterval must not be negative");
    Invariants.require(
        proportionalityAmountThreshold().signum() >= 0,
        "proportionalityAmountThreshold must not be negative");
    Invariants.require(
        proportionalityHoursThreshold() >= 0, "proportionalityHoursThreshold must not be negative");
  }

  /** Builds a {@link Policy}. */
  public static final class Builder extends ImmutablePolicy.Builder {
    /** An empty builder: every setting at its default. */
    public Builder() {}
  }
}
