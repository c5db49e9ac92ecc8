package org.restorative.core.questions;

/** How far a question set's wording was checked against its source (domain brief §0.1 tags). */
public enum Verification {
  /** The wording was seen in the source (the brief's [V]). */
  VERIFIED("V"),
  /** Only part of the source was seen, or it was cut off (the brief's [P]). */
  PARTIAL("P"),
  /**
   * From recollection; the source was not retrieved and must be checked before use (the brief's
   * [R]).
   */
  RECALLED("R");

  private final String tag;

  Verification(String tag) {
    this.tag = tag;
  }

  /**
   * The brief's one-letter evidence tag.
   *
   * @return "V", "P" or "R"
   */
  public String tag() {
    return tag;
  }
}
