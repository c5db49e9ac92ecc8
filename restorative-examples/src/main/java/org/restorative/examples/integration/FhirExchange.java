package org.restorative.examples.integration;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Violation;
import org.restorative.fhir.FhirBundles;
import org.restorative.fhir.FhirReadResult;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;

/**
 * An integrator's exchange between the case-record format and a trust's FHIR R4 server:
 *
 * <ol>
 *   <li>{@link #toServer} reads a case record and gives the JSON of a {@code transaction} Bundle to
 *       POST to the server's base URL, with the attributes the Bundle does not carry, by JSON
 *       Pointer, to log or review before sending (they are codes and paths, never values);
 *   <li>{@link #fromServer} reads a Bundle of this library back — the JSON a server returns, or a
 *       line of {@code restorative fhir} — into a case record, with every problem: what FHIR did
 *       not carry comes back as {@code FHIR_NOT_CARRIED} warnings, never as a silent loss.
 * </ol>
 *
 * <p>HAPI's {@link FhirContext} is slow to make and safe to share: one for the application. Its
 * parsers are cheap and not thread-safe: one per use.
 */
public final class FhirExchange {

  private final FhirContext fhir = FhirContext.forR4Cached();

  /**
   * What to send to the server.
   *
   * @param bundleJson the transaction Bundle's JSON
   * @param notCarried the JSON Pointers of the attributes the Bundle does not carry
   */
  public record Outgoing(String bundleJson, List<String> notCarried) {

    /**
     * Copies the list.
     *
     * @param bundleJson the transaction Bundle's JSON
     * @param notCarried the JSON Pointers of the attributes not carried
     */
    public Outgoing {
      notCarried = List.copyOf(notCarried);
    }
  }

  /**
   * A case record as a transaction Bundle for a FHIR server.
   *
   * @param caseRecordJson a case record in the case-record format
   * @return the Bundle to send, or the record's problems when it cannot be read
   * @throws IllegalArgumentException when the record cannot be read; the message lists its
   *     problems' codes and paths
   */
  public Outgoing toServer(String caseRecordJson) {
    ReadResult read = CaseJson.strict().read(caseRecordJson);
    RestorativeCase restorativeCase =
        read.restorativeCase()
            .orElseThrow(
                () -> new IllegalArgumentException("not a case record: " + codes(read.problems())));
    Bundle bundle = FhirBundles.transaction(restorativeCase);
    IParser json = fhir.newJsonParser();
    return new Outgoing(json.encodeResourceToString(bundle), FhirBundles.notCarried(bundle));
  }

  /**
   * What came back from a Bundle.
   *
   * @param caseRecordJson the case record, or empty when the Bundle gave no case
   * @param problems every problem, warnings included
   */
  public record Incoming(String caseRecordJson, List<Violation> problems) {

    /**
     * Copies the list.
     *
     * @param caseRecordJson the case record, or empty
     * @param problems the problems
     */
    public Incoming {
      problems = List.copyOf(problems);
    }
  }

  /**
   * A Bundle of this library back into a case record.
   *
   * @param bundleJson the Bundle's JSON
   * @return the case record and the problems
   */
  public Incoming fromServer(String bundleJson) {
    Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, bundleJson);
    FhirReadResult read = FhirBundles.read(bundle);
    String record = read.restorativeCase().map(c -> CaseJson.strict().write(c)).orElse("");
    return new Incoming(record, read.problems());
  }

  /**
   * The codes and paths of problems, for a log line: never a value.
   *
   * @param problems the problems
   * @return one {@code CODE at PATH} per problem
   */
  public static List<String> codes(List<Violation> problems) {
    return problems.stream().map(p -> p.code() + " at " + p.path()).toList();
  }
}
