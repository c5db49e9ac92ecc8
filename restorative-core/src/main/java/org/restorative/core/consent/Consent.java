package org.restorative.core.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.Medium;
import org.restorative.core.process.ProcessType;

/**
 * One consent of one party: to take part in a restorative process, to the processing of their data,
 * or to the disclosure of their confidential information, with its scope, how and when it was
 * obtained, the information given, the capacity footing, the voluntariness check, its
 * reconfirmations and any withdrawal (domain brief §4.1–§4.4).
 *
 * <p>Valid consent to take part is informed (RJC Service Provider Code A), free, written, given by
 * every participant and withdrawable at any time (RJC Service Provider Code C), given with capacity
 * for this decision at this time (MCA 2005 s2) and ongoing (RJC principles, voluntarism). Whether a
 * consent is in place for a given meeting or disclosure is a rule (rules 3–17, 37–41); this value
 * only holds the record and keeps it internally consistent.
 */
@Value.Immutable
public abstract class Consent implements WithConsent {

  Consent() {}

  /**
   * The consent's identifier.
   *
   * @return the id
   */
  public abstract ConsentId id();

  /**
   * The party whose consent this is.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * Which of the three consents this is (domain brief §4.1).
   *
   * @return the kind
   */
  public abstract ConsentKind kind();

  /**
   * The process types and media agreed to.
   *
   * @return the participation scope, present exactly when the kind is {@link
   *     ConsentKind#PARTICIPATION}
   */
  public abstract Optional<ParticipationScope> participation();

  /**
   * The recipients and purposes agreed to.
   *
   * @return the sharing scope, present exactly when the kind is {@link ConsentKind#DATA_PROCESSING}
   *     or {@link ConsentKind#DISCLOSURE_CONFIDENTIALITY}
   */
  public abstract Optional<SharingScope> sharing();

  /**
   * Where the consent stands in its lifecycle (domain brief §4.4).
   *
   * @return the status
   */
  public abstract ConsentStatus status();

  /**
   * When the consent was given.
   *
   * @return the moment, present for every status except {@link ConsentStatus#DRAFT}
   */
  public abstract Optional<Instant> obtainedAt();

  /**
   * Who obtained the consent.
   *
   * @return the actor, if recorded
   */
  public abstract Optional<ActorId> obtainedBy();

  /**
   * How the consent was recorded; rule 4 asks for writing or an approved alternative format.
   *
   * @return the method, if recorded
   */
  public abstract Optional<ConsentMethod> method();

  /**
   * Why the consent was not in writing, when it was recorded verbally.
   *
   * @return the reason, if any
   */
  @Value.Redacted
  public abstract Optional<String> methodReason();

  /**
   * Who gave the consent. Only the person's own consent counts for participation (rule 15).
   *
   * @return the giver; {@link ConsentGiver#SELF} unless recorded otherwise
   */
  @Value.Default
  public ConsentGiver givenBy() {
    return ConsentGiver.SELF;
  }

  /**
   * The leaflet or script given before consent (rule 7).
   *
   * @return the information provided, if recorded
   */
  public abstract Optional<InformationProvided> informationProvided();

  /**
   * Why the person is treated as having capacity to consent (rules 11, 12).
   *
   * @return the capacity basis, if recorded
   */
  public abstract Optional<CapacityBasis> capacityBasis();

  /**
   * The Gillick competence assessment relied on, for a person under 16 (rule 17).
   *
   * @return the competence assessment, if any
   */
  public abstract Optional<CompetenceAssessmentId> competenceBasis();

  /**
   * The check that the consent is freely given (rule 10).
   *
   * @return the voluntariness check, if made
   */
  public abstract Optional<VoluntarinessCheck> voluntariness();

  /**
   * Whether the limits of confidentiality were explained, such as reporting a risk of harm (domain
   * brief §4.2).
   *
   * @return true when explained; false unless recorded
   */
  @Value.Default
  public boolean confidentialityLimitsExplained() {
    return false;
  }

  /**
   * The interpreter used when the consent was obtained.
   *
   * @return the interpreter, if one was used
   */
  public abstract Optional<ProfessionalId> interpreter();

  /**
   * The reconfirmations since the consent was given, in time order (rule 5).
   *
   * @return the reconfirmations; empty when never reconfirmed
   */
  public abstract List<Reconfirmation> reconfirmations();

  /**
   * When the consent should next be reviewed or refreshed (SCOT-FW §25.2).
   *
   * @return the review date, if set
   */
  public abstract Optional<LocalDate> reviewDueOn();

  /**
   * The withdrawal that ended this consent.
   *
   * @return the withdrawal, present exactly when the status is {@link ConsentStatus#WITHDRAWN}
   */
  public abstract Optional<Withdrawal> withdrawal();

  /**
   * Whether the consent is in force: given or reconfirmed (domain brief §4.4). Expiry by date is a
   * rule, see {@link #isReviewDueOn(LocalDate)}.
   *
   * @return true when the status is active
   */
  public boolean isActive() {
    return status().isActive();
  }

  /**
   * The last moment the person confirmed this consent: the latest of when it was given and its
   * reconfirmations (rule 5).
   *
   * @return the moment, empty when the consent was never given
   */
  public Optional<Instant> lastConfirmedAt() {
    Optional<Instant> latest = obtainedAt();
    for (Reconfirmation reconfirmation : reconfirmations()) {
      if (latest.isEmpty() || reconfirmation.at().isAfter(latest.get())) {
        latest = Optional.of(reconfirmation.at());
      }
    }
    return latest;
  }

  /**
   * Whether this consent's scope covers taking part in a process of the given type through the
   * given medium (rule 6). It looks at the scope only, not at the status: see {@link #isActive()}.
   *
   * @param processType the process type actually used
   * @param medium the medium actually used
   * @return true for a participation consent whose scope covers both
   */
  public boolean covers(ProcessType processType, Medium medium) {
    return participation().map(scope -> scope.covers(processType, medium)).orElse(false);
  }

  /**
   * Whether this consent's scope covers sharing with the given recipient for the given purpose
   * (rule 37). It looks at the scope only, not at the status: see {@link #isActive()}.
   *
   * @param recipient the recipient
   * @param purpose the purpose
   * @return true for a data-processing or disclosure consent whose scope names both
   */
  public boolean coversSharing(Recipient recipient, SharingPurpose purpose) {
    return sharing().map(scope -> scope.covers(recipient, purpose)).orElse(false);
  }

  /**
   * Whether the consent is due for review on the given day (SCOT-FW §25.2: consent is kept under
   * review and refreshed).
   *
   * @param date the day
   * @return true when a review date is set and is on or before that day
   */
  public boolean isReviewDueOn(LocalDate date) {
    return reviewDueOn().map(due -> !due.isAfter(date)).orElse(false);
  }

  /**
   * Records a withdrawal of this consent: a copy whose status is {@link ConsentStatus#WITHDRAWN}
   * and which holds the withdrawal. No reason is ever required (rule {@code
   * WITHDRAWAL_ALWAYS_ACCEPTED}).
   *
   * @param withdrawal the withdrawal, by this consent's party
   * @return the withdrawn copy
   * @throws IllegalArgumentException if the withdrawal is by another party or earlier than the
   *     consent
   */
  public Consent withdrawnBy(Withdrawal withdrawal) {
    return new Builder().from(this).status(ConsentStatus.WITHDRAWN).withdrawal(withdrawal).build();
  }

  /**
   * Records a reconfirmation of this consent: a copy that keeps the earlier reconfirmations, adds
   * this one after them, and has the status {@link ConsentStatus#RECONFIRMED} — the two changes
   * that must go together (rule 5).
   *
   * @param reconfirmation the reconfirmation, not before the consent was given or last reconfirmed
   * @return the reconfirmed copy
   * @throws IllegalStateException if the consent is not in force ({@link #isActive()}): a draft is
   *     given, not reconfirmed, and a withdrawn, expired, superseded or invalidated consent is
   *     replaced by a new one
   * @throws IllegalArgumentException if the reconfirmation is before the consent was given or last
   *     reconfirmed
   */
  public Consent reconfirmedBy(Reconfirmation reconfirmation) {
    if (!isActive()) {
      throw new IllegalStateException(
          "consent can be reconfirmed only while it is in force (GIVEN or RECONFIRMED), not "
              + status());
    }
    return new Builder()
        .from(this)
        .addReconfirmations(reconfirmation)
        .status(ConsentStatus.RECONFIRMED)
        .build();
  }

  @Value.Check
  void check() {
    Invariants.require(
        participation().isPresent() == (kind() == ConsentKind.PARTICIPATION),
        "consent participation must be present exactly when kind is PARTICIPATION");
    Invariants.require(
        sharing().isPresent() == kind().isSharing(),
        "consent sharing must be present exactly when kind is DATA_PROCESSING or"
            + " DISCLOSURE_CONFIDENTIALITY");
    Invariants.require(
        obtainedAt().isPresent() || !status().requiresObtainedAt(),
        "consent obtainedAt must be present unless status is DRAFT");
    Invariants.nonBlank(methodReason(), "consent methodReason");
    checkReconfirmations();
    checkWithdrawal();
  }

  private void checkReconfirmations() {
    Invariants.require(
        status() != ConsentStatus.RECONFIRMED || !reconfirmations().isEmpty(),
        "consent reconfirmations must not be empty when status is RECONFIRMED");
    Invariants.require(
        reconfirmations().isEmpty() || obtainedAt().isPresent(),
        "consent reconfirmations need obtainedAt");
    Optional<Instant> previous = obtainedAt();
    for (Reconfirmation reconfirmation : reconfirmations()) {
      Invariants.require(
          previous.isEmpty() || !reconfirmation.at().isBefore(previous.get()),
          "consent reconfirmations must not be before obtainedAt and must be in time order");
      previous = Optional.of(reconfirmation.at());
    }
  }

  private void checkWithdrawal() {
    Invariants.require(
        withdrawal().isPresent() == (status() == ConsentStatus.WITHDRAWN),
        "consent withdrawal must be present exactly when status is WITHDRAWN");
    if (withdrawal().isPresent()) {
      Withdrawal withdrawal = withdrawal().get();
      Invariants.require(
          withdrawal.party().equals(party()), "consent withdrawal party must be the consent party");
      Invariants.inOrder(
          obtainedAt(),
          Optional.of(withdrawal.at()),
          "consent obtainedAt",
          "consent withdrawal at");
      Invariants.inOrder(
          lastConfirmedAt(),
          Optional.of(withdrawal.at()),
          "consent reconfirmations",
          "consent withdrawal at");
    }
  }

  /** Builds a {@link Consent}. */
  public static final class Builder extends ImmutableConsent.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
