package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.restorative.core.casefile.RestorativeCase;

/**
 * A restorative case as a FHIR R4 Bundle, and a Bundle read back into a case.
 *
 * <p>{@link #collection} gives a Bundle of type {@code collection}: the case as an EpisodeOfCare,
 * its parties as Patient, RelatedPerson or Organization, facilitators and professionals as
 * Practitioner and PractitionerRole, consents as Consent, capacity and competence assessments as
 * Observation, the harm as AdverseEvent (trial use in R4) and the history as Provenance. Every
 * attribute the Bundle does not carry is named in an OperationOutcome entry by its JSON Pointer
 * into the case-record format.
 *
 * <p>{@link #read} gives the case back, with a {@link FhirProblemCode#FHIR_NOT_CARRIED} warning for
 * each attribute not carried, and errors with codes and paths for a Bundle it cannot read. Nothing
 * here throws for a Bundle's content, and no message holds a value from it.
 */
public final class FhirBundles {

  private FhirBundles() {}

  /** The families, in the order they write: the case first, its history last. */
  static final List<Family> FAMILIES =
      List.of(
          new Family("case", CaseResources::write, (r, c) -> {}),
          new Family("people", PartyResources::write, PartyResources::read),
          new Family("harm", HarmResources::write, HarmResources::read),
          new Family("consent", ConsentResources::write, ConsentResources::read),
          new Family("assessment", AssessmentResources::write, AssessmentResources::read),
          new Family("history", CaseResources::writeHistory, (r, c) -> {}),
          new Family("not yet mapped", NotYetMapped::write, (r, c) -> {}));

  /**
   * The case as a Bundle of type {@code collection}.
   *
   * @param restorativeCase the case
   * @return a new Bundle
   */
  public static Bundle collection(RestorativeCase restorativeCase) {
    return bundle(restorativeCase, BundleType.COLLECTION);
  }

  static Bundle bundle(RestorativeCase restorativeCase, BundleType type) {
    Assembly assembly = new Assembly(restorativeCase, type);
    PartyResources.assignTypes(assembly);
    for (Family family : FAMILIES) {
      family.write().accept(assembly);
    }
    return assembly.finish();
  }

  /**
   * Reads a Bundle written by this library back into a case.
   *
   * @param bundle the Bundle
   * @return the case, when it could be read, and the problems
   */
  public static FhirReadResult read(Bundle bundle) {
    Reading reading = new Reading(bundle);
    Optional<EpisodeOfCare> episode = CaseResources.episode(reading);
    if (episode.isEmpty()) {
      reading.problem(
          FhirProblemCode.FHIR_NO_CASE, "", "the Bundle holds no EpisodeOfCare of this library");
      return new FhirReadResult(Optional.empty(), reading.problems());
    }
    RestorativeCase.Builder builder = new RestorativeCase.Builder();
    try {
      CaseResources.read(reading, episode.get(), builder);
      for (Family family : FAMILIES) {
        family.read().accept(reading, builder);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A value inside a part (a scope, a severity) that the model's invariants reject.
      reading.problem(
          FhirProblemCode.FHIR_NOT_A_CASE,
          "",
          "a part read is not one the model accepts: its invariants reject it");
    }
    readNotCarried(reading);
    if (reading.hasErrors()) {
      return new FhirReadResult(Optional.empty(), reading.problems());
    }
    try {
      return new FhirReadResult(Optional.of(builder.build()), reading.problems());
    } catch (IllegalArgumentException | IllegalStateException e) {
      reading.problem(
          FhirProblemCode.FHIR_NOT_A_CASE,
          "",
          "the parts read do not make a case: the model's invariants reject them");
      return new FhirReadResult(Optional.empty(), reading.problems());
    }
  }

  private static void readNotCarried(Reading reading) {
    String prefix = Assembly.NOT_CARRIED + ": ";
    for (OperationOutcome outcome : reading.all(OperationOutcome.class)) {
      for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
        String diagnostics = issue.getDiagnostics();
        if (diagnostics == null || !diagnostics.startsWith(prefix)) {
          continue;
        }
        String path = diagnostics.substring(prefix.length());
        if (NotCarried.pattern(path).isPresent()) {
          reading.warning(
              FhirProblemCode.FHIR_NOT_CARRIED,
              path,
              "the Bundle does not carry this attribute; the case read back lacks it");
        } else {
          reading.problem(
              FhirProblemCode.FHIR_INVALID_VALUE,
              "",
              "the Bundle names an attribute not carried that this library does not declare");
        }
      }
    }
  }
}
