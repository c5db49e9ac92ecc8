package org.restorative.core.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A grant of s17 leave of absence to a detained patient, which a meeting away from the ward must
 * fit (domain brief §3.2, §3.3, Rules 33 and 34; MHLO-LEAVE, MHLO-MOJ). The responsible clinician
 * may attach conditions; in restricted cases the Secretary of State for Justice must approve, and
 * for a patient remanded under s35 or s36 or under an interim hospital order (s38) the court.
 *
 * <p>Leave is confidential medical information (HFV-Q144): the conditions and purpose are redacted.
 */
@Value.Immutable
public abstract class LeaveAuthorisation implements WithLeaveAuthorisation {

  LeaveAuthorisation() {}

  /**
   * Ground or community leave.
   *
   * @return the type
   */
  public abstract LeaveType type();

  /**
   * Whether the leave is escorted.
   *
   * @return the escort arrangement
   */
  public abstract Escort escort();

  /**
   * Who authorised the leave.
   *
   * @return the authority
   */
  public abstract LeaveAuthority authorisedBy();

  /**
   * The first day the leave may be taken.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate validFrom();

  /**
   * The last day the leave may be taken.
   *
   * @return the last day, inclusive; not before {@link #validFrom()}
   */
  public abstract LocalDate validTo();

  /**
   * The conditions attached to the leave, in the clinician's words.
   *
   * @return the conditions, each non-blank
   */
  @Value.Redacted
  public abstract List<String> conditions();

  /**
   * The places the leave covers, when the grant names them: a venue is covered when it lies within
   * one of them ({@link Place#contains}). Empty when the grant names no place, so that it covers
   * any place its type allows (rule 33 and 34: the leave covers the place). Redacted: a place can
   * say where the patient goes.
   *
   * @return the places named by the grant
   */
  @Value.Redacted
  public abstract Set<Place> places();

  /**
   * The parties the patient must not contact while on this leave, a condition the responsible
   * clinician or the Secretary of State attached (brief §3.3 "conditions", rule 35). A direct
   * meeting the patient attends on this leave must not bring them together.
   *
   * @return the parties protected by a no-contact condition of the leave
   */
  public abstract Set<PartyId> noContactWith();

  /**
   * What the leave is for, such as attending a restorative meeting.
   *
   * @return the purpose, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> purpose();

  /**
   * Whether the leave may be taken on a day: from its first to its last day, both included.
   *
   * @param day the day
   * @return true when {@code day} lies between {@link #validFrom()} and {@link #validTo()}
   *     inclusive
   */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom()) && !day.isAfter(validTo());
  }

  /**
   * Whether the Secretary of State for Justice approved the leave, as a restricted patient's leave
   * requires (brief Rule 33).
   *
   * @return true when authorised by {@link LeaveAuthority#RC_AND_SOSJ}
   */
  public boolean isApprovedBySecretaryOfState() {
    return authorisedBy().includesSecretaryOfState();
  }

  /**
   * Whether the leave covers a place: it names no place, or the place lies within one it names.
   *
   * @param place the venue's place, when recorded
   * @return true when {@link #places()} is empty, or {@code place} is present and within one of
   *     them
   */
  public boolean coversPlace(Optional<Place> place) {
    return places().isEmpty()
        || place.filter(p -> places().stream().anyMatch(named -> named.contains(p))).isPresent();
  }

  @Value.Check
  void check() {
    Invariants.datesInOrder(
        Optional.of(validFrom()),
        Optional.of(validTo()),
        "validFrom",
        "leave authorisation validTo");
    Invariants.allNonBlank(conditions(), "leave authorisation conditions");
    Invariants.nonBlank(purpose(), "leave authorisation purpose");
  }

  /** Builds a {@link LeaveAuthorisation}. */
  public static final class Builder extends ImmutableLeaveAuthorisation.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
