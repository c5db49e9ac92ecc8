package org.restorative.core.process;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;

/**
 * One preparation contact between a facilitator and a participant, supporters included (domain
 * brief §1.2 S2; SCOT-GUID2017 E, STAFFS-TYPES). Rule 53 asks for at least one before a meeting is
 * scheduled.
 */
@Value.Immutable
public abstract class PreparationContact implements WithPreparationContact {

  PreparationContact() {}

  /**
   * The contact's identifier.
   *
   * @return the id
   */
  public abstract PreparationContactId id();

  /**
   * The participant prepared.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * The process being prepared for, once one has been chosen.
   *
   * @return the process, if known
   */
  public abstract Optional<ProcessId> process();

  /**
   * When the contact took place.
   *
   * @return the moment of contact
   */
  public abstract Instant at();

  /**
   * How the contact took place: in person, by telephone, by video or in writing.
   *
   * @return the medium
   */
  public abstract Medium medium();

  /**
   * The facilitator who made the contact.
   *
   * @return the facilitator, if recorded
   */
  public abstract Optional<FacilitatorId> by();

  /**
   * What was covered.
   *
   * @return the topics covered
   */
  public abstract Set<PreparationTopic> topics();

  /**
   * The facilitator's notes of the contact. Free text, redacted from {@code toString()}.
   *
   * @return the notes, if any
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  @Value.Check
  void check() {
    Invariants.nonBlank(notes(), "preparation contact notes");
  }

  /**
   * Whether a topic was covered in this contact.
   *
   * @param topic the topic
   * @return true when covered
   */
  public boolean covers(PreparationTopic topic) {
    return topics().contains(topic);
  }

  /**
   * Whether this contact prepared the participant for a given process.
   *
   * @param processId the process
   * @return true when the contact names that process
   */
  public boolean isFor(ProcessId processId) {
    return process().filter(processId::equals).isPresent();
  }

  /** Builds a {@link PreparationContact}. */
  public static final class Builder extends ImmutablePreparationContact.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
