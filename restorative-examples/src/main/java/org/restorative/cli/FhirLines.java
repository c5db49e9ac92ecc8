package org.restorative.cli;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Bundle;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.fhir.FhirBundles;

/**
 * The HAPI side of {@code fhir}: a case as one line of Bundle JSON. Apart from {@link FhirCommand}
 * so that HAPI's classes load only when {@code fhir} runs: picocli makes every subcommand when the
 * tool starts, and a HAPI type in the command's own code would load HAPI's model for {@code
 * validate} too. Safe on several threads: one parser per thread.
 */
final class FhirLines {

  /**
   * One case's line.
   *
   * @param json the Bundle as one line of JSON
   * @param notCarried how many attributes the Bundle does not carry
   */
  record Line(String json, int notCarried) {}

  private final boolean transaction;
  private final ThreadLocal<IParser> parsers;

  FhirLines(boolean transaction) {
    this.transaction = transaction;
    FhirContext context = FhirContext.forR4Cached();
    this.parsers = ThreadLocal.withInitial(context::newJsonParser);
  }

  Line line(RestorativeCase c) {
    Bundle bundle = transaction ? FhirBundles.transaction(c) : FhirBundles.collection(c);
    return new Line(
        parsers.get().encodeResourceToString(bundle), FhirBundles.notCarried(bundle).size());
  }
}
