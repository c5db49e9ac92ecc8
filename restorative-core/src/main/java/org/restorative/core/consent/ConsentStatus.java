package org.restorative.core.consent;

/**
 * Where a consent stands in its lifecycle (domain brief §4.4): {@code DRAFT → GIVEN →
 * (RECONFIRMED)* → WITHDRAWN | EXPIRED | SUPERSEDED | INVALIDATED}.
 */
public enum ConsentStatus {
  /** Being prepared; the person has not yet given it. */
  DRAFT,
  /** Given by the person. */
  GIVEN,
  /**
   * Given and since reconfirmed at least once, as ongoing consent asks (RJC principles,
   * voluntarism).
   */
  RECONFIRMED,
  /** Withdrawn by the person; a withdrawal is always accepted and never needs a reason (rule 8). */
  WITHDRAWN,
  /** Lapsed: not reviewed or refreshed in time. */
  EXPIRED,
  /** Replaced by a new consent because the scope changed, for example a different process type. */
  SUPERSEDED,
  /** Found invalid afterwards: capacity lacking at the time, or coercion discovered. */
  INVALIDATED;

  /**
   * Whether the consent is in force: given, or given and reconfirmed (domain brief §4.4, rules 3,
   * 5).
   *
   * @return true for {@link #GIVEN} and {@link #RECONFIRMED}
   */
  public boolean isActive() {
    return this == GIVEN || this == RECONFIRMED;
  }

  /**
   * Whether the consent has ended for good; a fresh consent is needed to go on.
   *
   * @return true for {@link #WITHDRAWN}, {@link #EXPIRED}, {@link #SUPERSEDED} and {@link
   *     #INVALIDATED}
   */
  public boolean isFinal() {
    return this == WITHDRAWN || this == EXPIRED || this == SUPERSEDED || this == INVALIDATED;
  }

  /**
   * Whether a consent in this status must say when it was obtained.
   *
   * @return true for every status except {@link #DRAFT}
   */
  public boolean requiresObtainedAt() {
    return this != DRAFT;
  }
}
