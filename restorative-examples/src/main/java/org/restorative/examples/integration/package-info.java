/**
 * Example: an integrator moving case records between systems. {@link
 * org.restorative.examples.integration.RecordFolderImport} reads a folder of records leniently,
 * upgrading an in-house "version 0" export with {@link
 * org.restorative.examples.integration.VersionZeroUpcaster}, reports every problem with its file,
 * code and JSON Pointer, writes the readable records strictly in the current version, and streams
 * them all into one NDJSON file.
 */
@NullMarked
package org.restorative.examples.integration;

import org.jspecify.annotations.NullMarked;
