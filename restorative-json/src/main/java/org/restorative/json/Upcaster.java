package org.restorative.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a case-record document of an older format version one version forward, on the parsed tree,
 * before it is read. Readers chain upcasters from a document's version up to the current one, so
 * stored records never need rewriting.
 */
public interface Upcaster {

  /**
   * The version this upcaster reads.
   *
   * @return the older version
   */
  int fromVersion();

  /**
   * Rewrites a document of {@link #fromVersion()} as the next version. The reader sets the new
   * version number itself.
   *
   * @param document a copy of the document, free to change
   * @return the document in the next version
   */
  ObjectNode upcast(ObjectNode document);
}
