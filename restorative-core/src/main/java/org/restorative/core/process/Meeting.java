package org.restorative.core.process;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;

/**
 * A meeting of a direct process: a conference, a direct meeting, a video meeting or a circle
 * (domain brief §1.2 S3, §6). It records who is expected and who came, who facilitated, which
 * professionals were present, the venue and the adjustments arranged.
 *
 * <p>Whether the meeting may be scheduled (consent, risk assessment, preparation, leave, safety
 * plan) is decided by the rules, not here; so is whether it is dated: a meeting planned but never
 * dated can be recorded, and abandoned, and rule {@code MEETING_DATED} says when a date is missing.
 */
@Value.Immutable
public abstract class Meeting implements WithMeeting {

  Meeting() {}

  /**
   * The meeting's identifier.
   *
   * @return the id
   */
  public abstract MeetingId id();

  /**
   * The process this meeting belongs to.
   *
   * @return the process
   */
  public abstract ProcessId process();

  /**
   * Where the meeting stands.
   *
   * @return the status
   */
  public abstract MeetingStatus status();

  /**
   * When the meeting starts or started.
   *
   * @return the start, if dated; rule {@code MEETING_DATED} asks for it once the meeting is
   *     scheduled
   */
  public abstract Optional<Instant> startAt();

  /**
   * When the meeting ends or ended.
   *
   * @return the end, if recorded; rule {@code MEETING_DATED} asks for it once the meeting is held
   */
  public abstract Optional<Instant> endAt();

  /**
   * Where the meeting takes place.
   *
   * @return the venue
   */
  public abstract Venue venue();

  /**
   * How the meeting takes place: in person or by video.
   *
   * @return the medium
   */
  public abstract Medium medium();

  /**
   * The parties expected at, or present at, the meeting, each at most once.
   *
   * @return the attendees, in the order recorded
   */
  public abstract List<Attendee> attendees();

  /**
   * The facilitators (or circle keepers) leading the meeting.
   *
   * @return the facilitators
   */
  public abstract Set<FacilitatorId> facilitators();

  /**
   * The professionals present in a professional capacity: interpreters, intermediaries, advocates.
   *
   * @return the professionals
   */
  public abstract Set<ProfessionalId> professionals();

  /**
   * The reasonable adjustments arranged for participants (rule 31).
   *
   * @return the adjustments
   */
  public abstract List<ArrangedAdjustment> adjustments();

  /**
   * Why the meeting was stopped.
   *
   * @return the reason, only when the meeting was adjourned or abandoned
   */
  public abstract Optional<StopReason> stopReason();

  /**
   * The facilitator's notes of the meeting. Free text, redacted from {@code toString()}.
   *
   * @return the notes, if any
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  @Value.Check
  void check() {
    Invariants.inOrder(startAt(), endAt(), "meeting startAt", "meeting endAt");
    Invariants.unique(attendees(), Attendee::party, "meeting attendees");
    Invariants.require(
        stopReason().isEmpty() || status().isStopped(),
        "meeting stopReason may be set only when status is ADJOURNED or ABANDONED");
    Invariants.nonBlank(notes(), "meeting notes");
  }

  /**
   * The parties expected at or present at the meeting, in the order recorded.
   *
   * @return the attendees' parties
   */
  public Set<PartyId> attendeeParties() {
    List<Attendee> attendees = attendees();
    Set<PartyId> parties = new LinkedHashSet<>();
    for (int k = 0; k < attendees.size(); k++) {
      parties.add(attendees.get(k).party());
    }
    return Collections.unmodifiableSet(parties);
  }

  /**
   * Whether a party is one of the meeting's attendees, expected or present.
   *
   * @param party the party
   * @return true when the party is listed as an attendee
   */
  public boolean isAttendedBy(PartyId party) {
    return attendee(party).isPresent();
  }

  /**
   * The attendee record of a party.
   *
   * @param party the party
   * @return the attendee, if the party is listed
   */
  public Optional<Attendee> attendee(PartyId party) {
    return attendees().stream().filter(a -> a.party().equals(party)).findFirst();
  }

  /**
   * The parties who were present for at least part of the meeting.
   *
   * @return the present parties, in the order recorded
   */
  public Set<PartyId> presentParties() {
    Set<PartyId> parties = new LinkedHashSet<>();
    attendees().stream().filter(Attendee::wasPresent).forEach(a -> parties.add(a.party()));
    return Collections.unmodifiableSet(parties);
  }

  /**
   * The adjustments arranged for one participant.
   *
   * @param party the participant
   * @return that participant's adjustments, in the order recorded
   */
  public List<ArrangedAdjustment> adjustmentsFor(PartyId party) {
    return adjustments().stream().filter(a -> a.party().equals(party)).collect(Collectors.toList());
  }

  /**
   * Whether a detained patient would need s17 leave to attend at this venue.
   *
   * @return true on hospital grounds or off site
   */
  public boolean requiresLeave() {
    return venue().requiresLeave();
  }

  /** Builds a {@link Meeting}. */
  public static final class Builder extends ImmutableMeeting.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
