package org.restorative.examples.integration;

import java.util.Map;
import org.restorative.json.Upcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a record of a trust's in-house "version 0" export up to version 1 of the case-record
 * format. Version 0 was the format in every way but one: the case's id was called {@code
 * caseNumber}. The upcaster renames it in place, keeping the order of the properties; the reader
 * then sets {@code formatVersion} to 1 itself.
 *
 * <p>An integrator writes one upcaster per old version and hands it to {@link
 * org.restorative.json.CaseJson#withUpcaster}; stored records never need rewriting by hand.
 */
public final class VersionZeroUpcaster implements Upcaster {

  /** The old name of the case's id. */
  public static final String CASE_NUMBER = "caseNumber";

  /** An upcaster from version 0. */
  public VersionZeroUpcaster() {}

  /**
   * The version this upcaster reads.
   *
   * @return 0
   */
  @Override
  public int fromVersion() {
    return 0;
  }

  /**
   * Renames {@code caseNumber} to {@code id}, where it stands; a document without it is returned as
   * it is, and the reader reports the missing id.
   *
   * @param document a version-0 document
   * @return the document as version 1
   */
  @Override
  public ObjectNode upcast(ObjectNode document) {
    if (!document.has(CASE_NUMBER)) {
      return document;
    }
    ObjectNode upgraded = document.objectNode();
    for (Map.Entry<String, JsonNode> property : document.properties()) {
      String name = property.getKey().equals(CASE_NUMBER) ? "id" : property.getKey();
      upgraded.set(name, property.getValue());
    }
    return upgraded;
  }
}
