package org.restorative.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.UnknownReferenceException;
import org.restorative.core.privacy.PseudonymisedCase;

/**
 * A restorative case as a FHIR R4 Bundle, and a Bundle read back into a case.
 *
 * <p>{@link #collection} gives a Bundle of type {@code collection}: the case as an EpisodeOfCare,
 * its parties as Patient, RelatedPerson or Organization (their section 17 leave and conditions of
 * discharge as Basic), facilitators and professionals as Practitioner and PractitionerRole,
 * consents as Consent, the case's withdrawals as Basic, disclosures as AuditEvent, capacity and
 * competence assessments as Observation, the harm as AdverseEvent (trial use in R4), meetings as
 * Encounter, indirect messages as Communication, restorative processes as Procedure, preparation
 * contacts as Encounter, clinical consultations as Communication, supervisors' sign-offs as
 * Provenance, a harm's contact restrictions as Flag, risk assessments as RiskAssessment,
 * safeguarding concerns as Basic, safety plans and outcome agreements as CarePlan, actions as Task,
 * uses of question sets and evaluations as QuestionnaireResponse (their Questionnaires are
 * published by {@link Questionnaires}) and the history as Provenance. Every attribute the Bundle
 * does not carry is named by its JSON Pointer into the case-record format in a {@code not-carried}
 * extension of the EpisodeOfCare ({@link #notCarried}).
 *
 * <p>Moments are written as FHIR {@code dateTime} or {@code instant} in UTC, to the millisecond,
 * and dates as FHIR {@code date} (or a {@code dateTime} of day precision where the element is one),
 * in ISO 8601's proleptic Gregorian calendar. FHIR R4 holds the years 0001 to 9999 only, as the
 * case-record format does: a case built in code with a moment or date outside them ({@code
 * LocalDate.MAX} for a leave without end, say) is refused with a {@link
 * FhirUnwritableValueException} naming the value's JSON Pointer, and no Bundle is returned.
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
          new Family(
              "leave and discharge conditions", a -> {}, LeaveAndDischargeResources::readOrphans),
          new Family("harm", HarmResources::write, HarmResources::read),
          new Family("contact restrictions", a -> {}, ContactRestrictionResources::readOrphans),
          new Family("consent", ConsentResources::write, ConsentResources::read),
          new Family("withdrawals", WithdrawalResources::write, WithdrawalResources::read),
          new Family("disclosures", DisclosureResources::write, DisclosureResources::read),
          new Family("assessment", AssessmentResources::write, AssessmentResources::read),
          new Family("meetings", MeetingResources::write, MeetingResources::read),
          new Family("processes", ProcessResources::write, ProcessResources::read),
          new Family("consultations", ConsultationResources::write, ConsultationResources::read),
          new Family("sign-offs", SignOffResources::write, SignOffResources::read),
          new Family(
              "risk assessments", RiskAssessmentResources::write, RiskAssessmentResources::read),
          new Family(
              "safeguarding concerns", SafeguardingResources::write, SafeguardingResources::read),
          new Family("plans", PlanResources::write, PlanResources::read),
          new Family("actions", ActionResources::write, ActionResources::read),
          new Family("responses", QuestionnaireResources::write, QuestionnaireResources::read),
          new Family("history", CaseResources::writeHistory, (r, c) -> {}));

  /**
   * The case as a Bundle of type {@code collection}.
   *
   * @param restorativeCase the case
   * @return a new Bundle
   * @throws FhirUnwritableValueException if the case holds a moment or date the Bundle carries
   *     outside the years 0001 to 9999 (a moment's year in UTC), which FHIR does not hold; its
   *     message names the value's JSON Pointer in the case record, never the value
   */
  public static Bundle collection(RestorativeCase restorativeCase) {
    return bundle(restorativeCase, BundleType.COLLECTION);
  }

  /**
   * The case as a Bundle of type {@code transaction}, to post to a FHIR server: the entries of
   * {@link #collection}, each with a request to {@code POST} it to its resource type. References
   * between entries are their {@code urn:uuid:} full URLs, which the server rewrites to the ids it
   * assigns.
   *
   * @param restorativeCase the case
   * @return a new Bundle
   * @throws FhirUnwritableValueException if the case holds a moment or date the Bundle carries
   *     outside the years 0001 to 9999, as {@link #collection} does
   */
  public static Bundle transaction(RestorativeCase restorativeCase) {
    return bundle(restorativeCase, BundleType.TRANSACTION);
  }

  /**
   * Core's pseudonymised view of a case as a Bundle of type {@code collection}: its case, parties,
   * harms, processes, meetings, outcome agreements, actions and evaluations in the ordinary
   * Bundle's resources, with pseudonyms as identifiers, months instead of moments, no names, dates
   * of birth or free text, and the security label {@code PSEUDED}. The view's history, which holds
   * months where Provenance needs an instant, is named as not carried ({@link #notCarried}). It is
   * still personal data under UK GDPR, and says so. It is written only: a pseudonymised view does
   * not give the case back.
   *
   * <p>The view's months are taken in a zone, so a moment of a case record (years 0001 to 9999 in
   * UTC) can fall in December of year 0000 or January of year 10000 there, months the pseudonymised
   * form holds and FHIR does not: such a month is written as the nearest one FHIR holds, January
   * 0001 or December 9999.
   *
   * @param view the pseudonymised view ({@code Pseudonymiser.pseudonymise})
   * @return a new Bundle
   * @throws FhirUnwritableValueException if the view holds a month outside the years 0000 to 10000
   *     (a view of a case built in code with a moment beyond the case record's years); its message
   *     names the month's JSON Pointer in the pseudonymised form, never the month
   */
  public static Bundle pseudonymised(PseudonymisedCase view) {
    return PseudonymisedBundle.of(view);
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
    readNotCarried(reading, episode.get());
    if (reading.hasErrors()) {
      return new FhirReadResult(Optional.empty(), reading.problems());
    }
    try {
      return new FhirReadResult(Optional.of(builder.build()), reading.problems());
    } catch (UnknownReferenceException e) {
      // A part names, by an id the Bundle carries, a part whose resource it does not hold.
      for (UnknownReferenceException.UnknownReference unknown : e.references()) {
        reading.problem(
            FhirProblemCode.FHIR_BROKEN_REFERENCE,
            unknown.pointer(),
            "the id names a part whose resource the Bundle does not hold");
      }
      return new FhirReadResult(Optional.empty(), reading.problems());
    } catch (IllegalArgumentException | IllegalStateException e) {
      reading.problem(
          FhirProblemCode.FHIR_NOT_A_CASE,
          "",
          "the parts read do not make a case: the model's invariants reject them");
      return new FhirReadResult(Optional.empty(), reading.problems());
    }
  }

  private static void readNotCarried(Reading reading, EpisodeOfCare episode) {
    List<StringType> paths =
        reading.extValues(episode.getExtension(), Assembly.NOT_CARRIED, StringType.class, "");
    for (String path : paths.stream().map(StringType::getValue).toList()) {
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

  private static List<String> notCarried(EpisodeOfCare episode) {
    List<String> paths = new ArrayList<>();
    for (Extension extension : Ext.all(episode.getExtension(), Assembly.NOT_CARRIED)) {
      if (extension.getValue() instanceof StringType path && path.getValue() != null) {
        paths.add(path.getValue());
      }
    }
    return paths;
  }

  /**
   * The attributes of the case a Bundle of this library does not carry, as JSON Pointers into the
   * case-record format, in the order written: its EpisodeOfCare names each in a {@code not-carried}
   * extension.
   *
   * @param bundle a Bundle written by this library
   * @return the JSON Pointers (into the pseudonymised form for a pseudonymised Bundle); empty when
   *     the Bundle holds no EpisodeOfCare
   */
  public static List<String> notCarried(Bundle bundle) {
    return new Reading(bundle)
        .all(EpisodeOfCare.class).stream()
            .findFirst()
            .map(FhirBundles::notCarried)
            .orElse(List.of());
  }
}
