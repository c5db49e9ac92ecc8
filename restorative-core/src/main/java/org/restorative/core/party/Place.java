package org.restorative.core.party;

import java.util.Objects;
import org.restorative.core.Identifier;

/**
 * A place as the trust names it, so that the rules can tell whether a venue lies inside an
 * exclusion zone and whether a grant of leave covers it (domain brief §3.2, §3.3; rules 33–35). A
 * place is a code of segments joined by {@code /}, from the widest area to the narrowest: {@code
 * leeds/ls6/community-centre} lies within {@code leeds/ls6}, which lies within {@code leeds}. The
 * trust chooses the codes; the rules only compare them.
 *
 * <p>A place can identify where a person lives or goes, so it is personal data: {@link #toString()}
 * never prints it, and the attributes that hold places are redacted.
 *
 * @param code the place's code: segments joined by {@code /}, none of them empty
 */
public record Place(String code) {

  /**
   * Checks the code: an identifier's text, with no empty segment.
   *
   * @param code the place's code: segments joined by {@code /}, none of them empty
   */
  public Place {
    Identifier.requireValid(code, "Place");
    if (code.startsWith("/") || code.endsWith("/") || code.contains("//")) {
      throw new IllegalArgumentException("Place must not have an empty segment");
    }
  }

  /**
   * Builds a place from its code.
   *
   * @param code segments joined by {@code /}
   * @return the place
   */
  public static Place of(String code) {
    return new Place(code);
  }

  /**
   * Whether another place is this place or lies within it: its code is this code, or begins with
   * this code followed by {@code /}.
   *
   * @param other the other place
   * @return true when {@code other} is inside this place
   */
  public boolean contains(Place other) {
    Objects.requireNonNull(other, "other");
    return other.code.equals(code) || other.code.startsWith(code + "/");
  }

  /** Never prints the code. */
  @Override
  public String toString() {
    return "Place[***]";
  }
}
