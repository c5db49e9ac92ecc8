/**
 * restorative-json: the versioned JSON format of restorative case records.
 *
 * <p>{@link org.restorative.json.CaseJson} reads and writes one case per document or one per NDJSON
 * line, strictly or leniently, reporting every reading problem as a violation with a code and a
 * JSON Pointer. {@link org.restorative.json.RestorativeJacksonModule} lets any Jackson 3 mapper do
 * the same. {@link org.restorative.json.CaseSchema} gives the JSON Schema (draft 2020-12) of each
 * format version.
 *
 * <p>Two more documents are read the same way, each with its own versioned format name and schema:
 * a trust's policy file ({@link org.restorative.json.PolicyJson}, {@link
 * org.restorative.json.PolicySchema}) and the pseudonymised view's NDJSON ({@link
 * org.restorative.json.PseudonymisedCaseJson}, {@link org.restorative.json.PseudonymisedSchema}).
 */
@NullMarked
package org.restorative.json;

import org.jspecify.annotations.NullMarked;
