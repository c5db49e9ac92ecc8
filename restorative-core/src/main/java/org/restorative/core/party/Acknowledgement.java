package org.restorative.core.party;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * One level of acknowledgement by a person responsible, with the day it was made (domain brief
 * §3.2; SCOT-GUID2017 A1). Each party in mutual harm acknowledges their own part.
 *
 * <p>An organisation acknowledges through the person who speaks for it ({@link #spokesperson()};
 * brief §2.1, §3.1): rule 1 reports an organisation's acknowledgement that names no spokesperson.
 */
@Value.Immutable
public abstract class Acknowledgement implements WithAcknowledgement {

  Acknowledgement() {}

  /**
   * What was acknowledged.
   *
   * @return the level
   */
  public abstract AcknowledgementLevel level();

  /**
   * The day it was acknowledged.
   *
   * @return the day
   */
  public abstract LocalDate acknowledgedOn();

  /**
   * Who recorded the acknowledgement.
   *
   * @return the actor, when recorded
   */
  public abstract Optional<ActorId> recordedBy();

  /**
   * A note of what was said.
   *
   * @return the note, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * The person who spoke for an organisation when it acknowledged (rule 1). A person acknowledges
   * for themselves, so this is absent for a person.
   *
   * @return the spokesperson, when the acknowledgement is an organisation's
   */
  public abstract Optional<Spokesperson> spokesperson();

  /**
   * An organisation's acknowledgement of a level on a day, spoken by its spokesperson.
   *
   * @param level what was acknowledged
   * @param acknowledgedOn the day
   * @param spokesperson the person who spoke for the organisation
   * @return the acknowledgement
   */
  public static Acknowledgement of(
      AcknowledgementLevel level, LocalDate acknowledgedOn, Spokesperson spokesperson) {
    return new Builder()
        .level(level)
        .acknowledgedOn(acknowledgedOn)
        .spokesperson(spokesperson)
        .build();
  }

  /**
   * An acknowledgement of a level on a day, without recorder or note.
   *
   * @param level what was acknowledged
   * @param acknowledgedOn the day
   * @return the acknowledgement
   */
  public static Acknowledgement of(AcknowledgementLevel level, LocalDate acknowledgedOn) {
    return new Builder().level(level).acknowledgedOn(acknowledgedOn).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(note(), "acknowledgement note");
  }

  /** Builds an {@link Acknowledgement}. */
  public static final class Builder extends ImmutableAcknowledgement.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
