package org.restorative.core.casefile;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A case was built whose parts name, by id, a part the case does not hold: a meeting of a process
 * it lacks, an attendee who is not one of its parties, a referral of a harm it does not record. The
 * case is refused, as for any other structural invariant, and the exception lists every such id,
 * each by its JSON Pointer in the case record ({@code /meetings/0/attendees/1/party}) and the list
 * of the case it should name an entry of ({@code /parties}).
 *
 * <p>The message names those pointers and lists, never an id: an id can be anything a user typed.
 *
 * <p>Only ids of the case's own parts are followed: its parties, harms, consents, capacity and
 * competence assessments, processes, preparation contacts, meetings, messages, agreements and
 * sign-offs. Ids of staff are not: a {@link org.restorative.core.party.FacilitatorId} or {@link
 * org.restorative.core.party.ProfessionalId} names a member of the service, who may screen a
 * referral, prepare a party or interpret before (or without) being listed among the case's {@link
 * RestorativeCase#facilitators() facilitators} or {@link RestorativeCase#professionals()
 * professionals}, as an {@link org.restorative.core.party.ActorId} names whoever records an event.
 * Nor are ids outside the case: a {@link CaseId} of another case, a question set's id in the
 * catalogue.
 */
public final class UnknownReferenceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Every id that names nothing the case holds, in the order of the case record. */
  private final List<UnknownReference> references;

  UnknownReferenceException(List<UnknownReference> references) {
    super(
        (references.size() == 1 ? "an id names" : references.size() + " ids name")
            + " no part of the case: "
            + references.stream()
                .map(UnknownReference::toString)
                .collect(Collectors.joining(", ")));
    this.references = List.copyOf(references);
  }

  /**
   * Every id that names nothing the case holds, in the order of the case record.
   *
   * @return the unknown references, at least one
   */
  public List<UnknownReference> references() {
    return references;
  }

  /**
   * One id that names nothing the case holds: where it stands and the list it should name an entry
   * of, both as JSON Pointers into the case record. Equal when both pointers are.
   */
  public static final class UnknownReference implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the id stands, such as {@code /meetings/0/attendees/1/party}. */
    private final String pointer;

    /** The list of the case the id should name an entry of, such as {@code /parties}. */
    private final String list;

    /**
     * An unknown reference.
     *
     * @param pointer where the id stands, as a JSON Pointer into the case record, such as {@code
     *     /meetings/0/attendees/1/party}
     * @param list the list of the case it should name an entry of, as a JSON Pointer, such as
     *     {@code /parties}
     * @throws IllegalArgumentException if either is not a JSON Pointer below the record
     */
    public UnknownReference(String pointer, String list) {
      if (!pointer.startsWith("/") || !list.startsWith("/")) {
        throw new IllegalArgumentException("an unknown reference is placed by JSON Pointers");
      }
      this.pointer = pointer;
      this.list = list;
    }

    /**
     * Where the id stands.
     *
     * @return its JSON Pointer in the case record
     */
    public String pointer() {
      return pointer;
    }

    /**
     * The list of the case the id should name an entry of.
     *
     * @return the list's JSON Pointer in the case record
     */
    public String list() {
      return list;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof UnknownReference that
          && pointer.equals(that.pointer)
          && list.equals(that.list);
    }

    @Override
    public int hashCode() {
      return 31 * pointer.hashCode() + list.hashCode();
    }

    /** The pointer and the list, which hold no value of the case. */
    @Override
    public String toString() {
      return pointer + " names no entry of " + list;
    }
  }
}
