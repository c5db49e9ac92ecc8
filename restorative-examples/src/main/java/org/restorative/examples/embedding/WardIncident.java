package org.restorative.examples.embedding;

import java.time.Instant;

/**
 * An incident as a ward's incident system records it: the system's own reference, when it happened,
 * who was hurt and who did it (by the system's person ids), and the reporter's description.
 *
 * @param reference the incident system's reference, such as {@code INC-204511}
 * @param occurredAt when it happened
 * @param reportedAt when it was reported
 * @param patientId the incident system's id of the patient who did it
 * @param staffId the incident system's id of the member of staff who was hurt
 * @param description the reporter's description; personal data
 */
public record WardIncident(
    String reference,
    Instant occurredAt,
    Instant reportedAt,
    String patientId,
    String staffId,
    String description) {

  /** Never prints the description. */
  @Override
  public String toString() {
    return "WardIncident[" + reference + "]";
  }
}
