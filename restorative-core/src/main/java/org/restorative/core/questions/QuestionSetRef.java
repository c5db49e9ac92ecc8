package org.restorative.core.questions;

import org.restorative.core.internal.Invariants;

/**
 * Points at one version of a question set: the wording is versioned, so a record of use names both.
 *
 * @param id the question set
 * @param version the version of its wording, from 1
 */
public record QuestionSetRef(QuestionSetId id, int version) {

  /**
   * Checks the version.
   *
   * @param id the question set
   * @param version the version of its wording, from 1
   */
  public QuestionSetRef {
    Invariants.require(version >= 1, "question set version must be at least 1");
  }

  /**
   * Builds a reference.
   *
   * @param id the question set
   * @param version the version, from 1
   * @return the reference
   */
  public static QuestionSetRef of(QuestionSetId id, int version) {
    return new QuestionSetRef(id, version);
  }

  /**
   * Builds a reference from the set's id text.
   *
   * @param id the question set's id text
   * @param version the version, from 1
   * @return the reference
   */
  public static QuestionSetRef of(String id, int version) {
    return new QuestionSetRef(QuestionSetId.of(id), version);
  }

  /** Returns {@code id@version}. */
  @Override
  public String toString() {
    return id + "@" + version;
  }
}
