package org.restorative.fhir;

import java.util.List;
import java.util.Optional;

/**
 * Generates docs/fhir.md from the mapping's own declarations: the families, the code systems, and
 * the table of every attribute of the case-record format with where it goes ({@link Mapped}) or why
 * it does not ({@link NotCarried}). A test keeps the published page equal to this.
 */
final class FhirDocs {

  private FhirDocs() {}

  /**
   * Where an attribute goes: its own declaration, or the declaration of the nearest ancestor that
   * is not carried (a list not carried covers everything under it).
   */
  static Optional<String> where(String pattern) {
    if (Mapped.DECLARED.containsKey(pattern)) {
      String mapped = Mapped.DECLARED.get(pattern);
      return Optional.of(
          NotCarried.DECLARED.containsKey(pattern)
              ? mapped + "; " + NOT_MAPPED + NotCarried.DECLARED.get(pattern)
              : mapped);
    }
    String path = pattern;
    while (!path.isEmpty()) {
      if (NotCarried.DECLARED.containsKey(path)) {
        return Optional.of(NOT_MAPPED + NotCarried.DECLARED.get(path));
      }
      path = path.substring(0, path.lastIndexOf('/'));
    }
    return Optional.empty();
  }

  static final String NOT_MAPPED = "**not mapped**: ";

  /**
   * The page.
   *
   * @param attributes every attribute of the case-record format that has no attribute under it, as
   *     JSON Pointer patterns in the format's order
   * @return the Markdown
   */
  static String markdown(List<String> attributes) {
    StringBuilder md = new StringBuilder();
    md.append(HEAD);
    md.append("\n## Code systems\n\n");
    md.append(
        "Each is generated from the model's enumeration of the same name (`CodeSystems.of`);"
            + " its codes are the enumeration's constants. `CodeSystems.all()` gives them as"
            + " CodeSystem resources, complete and active, to load into a terminology server or a"
            + " validator.\n\n");
    md.append("| Enumeration | Canonical URL |\n|---|---|\n");
    for (Class<? extends Enum<?>> type : CodeSystems.enumerations()) {
      md.append("| `")
          .append(type.getSimpleName())
          .append("` | `")
          .append(CodeSystems.url(type))
          .append("` |\n");
    }
    md.append("\n## Every attribute\n\n");
    md.append(
        "Every attribute of the case-record format ([json-format.md](json-format.md)), by its JSON"
            + " Pointer (`*` is any index), and where the Bundle carries it. An attribute **not"
            + " mapped** is named, when a case holds it, in a `not-carried` extension of the"
            + " Bundle's EpisodeOfCare and comes back from `FhirBundles.read` as a"
            + " `FHIR_NOT_CARRIED` warning at its path."
            + " Generated from the mapping's declarations (`Mapped`, `NotCarried`); a test checks"
            + " that they cover every attribute of the format's schema.\n\n");
    md.append("| Attribute | Where it goes |\n|---|---|\n");
    for (String attribute : attributes) {
      String where =
          where(attribute)
              .orElseThrow(() -> new IllegalStateException("undeclared attribute " + attribute));
      md.append("| `").append(attribute).append("` | ").append(where).append(" |\n");
    }
    return md.toString();
  }

  private static final String HEAD =
      """
      # restorative-fhir: a case as FHIR R4 resources

      Generated from the mapping's declarations by `FhirDocsTest`; regenerate with
      `./mvnw -B -ntp -pl restorative-fhir -am verify -Drestorative.writeDocs=true`.

      `restorative-fhir` maps a restorative case to a FHIR R4 Bundle with HAPI FHIR's R4 model, and
      reads such a Bundle back. It is optional: only this module depends on HAPI FHIR (8.8.0) and
      the Jackson 2 it brings; an ArchUnit test keeps HAPI, `org.hl7` and Jackson 2 types out of
      restorative-core and restorative-json.

      ```java
      Bundle bundle = FhirBundles.collection(restorativeCase);   // type collection
      Bundle post = FhirBundles.transaction(restorativeCase);    // type transaction, POST each entry
      FhirReadResult read = FhirBundles.read(bundle);            // the case, and problems
      ```

      From the command line, `./restorative fhir FILE...` writes each case record as a Bundle, one
      per line (NDJSON, the FHIR bulk-data convention); `--transaction` for transaction Bundles.
      restorative-examples' `FhirExchange` is an integrator's exchange with a FHIR server.

      No restorative-justice system speaks FHIR, and no FHIR profile or SNOMED CT concept for
      restorative practice exists. The Bundles are valid against the base R4 specification (every
      Bundle of the tests passes HAPI's instance validator with no error); they claim no UK Core
      profile. SNOMED CT is not used: no concept was found that means what the model's codes mean,
      and no code is invented.

      ## Resources

      | Part of the case | FHIR resource |
      |---|---|
      | The case: id, stage, referral, pause, closure | `EpisodeOfCare` |
      | Parties | `Patient`; a supporter or representative of a person: `RelatedPerson`; an organisation: `Organization` |
      | Facilitators and professionals | `Practitioner`, with a `PractitionerRole` for the role |
      | Consents: participation, data processing, disclosure and confidentiality | `Consent`, the kind as scope, category and policy rule (three kinds kept apart) |
      | Disclosures of a party's information outside the process | `AuditEvent` (type DICOM `110106` Export): who disclosed and the recipient as agents, the party and the items disclosed as entities, the purpose as `purposeOfEvent` |
      | Capacity (MCA 2005) and competence (Gillick) assessments | `Observation`, the functional test's findings as components |
      | The harm | `AdverseEvent` — **trial use** in R4 (maturity 0); R5 reworks it, so expect change |
      | Meetings | `Encounter`: the venue's type as class, attendees as extensions, facilitators and professionals as participants |
      | A party's Mental Health Act status | the library's `mental-health-act` extension on the party's resource (see below) |
      | A party's section 17 leave and conditions of discharge | `Basic` (R4 has no resource for either), coded by the kind of record (`record-kind`), its subject the party's resource, the attributes the library's extensions |
      | Indirect messages: letters, shuttle messages | `Communication`, from a party to parties, about the EpisodeOfCare |
      | Restorative processes chosen | `Procedure`: the process type as code, its status one to one, the participants as performers, from its choice to its end |
      | Clinical consultations of a patient's treating team | `Communication` from the professional consulted, about the EpisodeOfCare: topics and advice as extensions, notes as note |
      | A case supervisor's sign-offs | `Provenance` targeting the EpisodeOfCare, its activity what was signed off (`sign-off-subject`), kept apart from the history's by its `sign-off-id` extension |
      | Preparation contacts | `Encounter` with the medium as class, the facilitator as participant, the party in an extension |
      | Risk assessments | `RiskAssessment`, one prediction per party's finding |
      | Safeguarding concerns and the decision whether to pause | `Basic` coded `SAFEGUARDING_CONCERN` (`record-kind`): no other R4 resource is honest for a concern raised (a Flag is an alert, a DetectedIssue a clinical issue with a proposed action) |
      | Safety plans and outcome agreements | `CarePlan` (intent plan), the category telling them apart (`plan-kind`) |
      | Actions of an agreement | `Task` (intent plan) based on the agreement's CarePlan: owner, due date, status history |
      | Contact restrictions a harm records | `Flag` (status active, the period the days it holds), naming the harm's AdverseEvent |
      | Uses of question sets, evaluations | `QuestionnaireResponse`, naming its `Questionnaire`: the question sets and the evaluation form are published with the module (`Questionnaires.all()`, canonical `urn:restorative:fhir:Questionnaire:ID`), not put in each Bundle |
      | A party's withdrawal from the process, a process type or a meeting, recorded on the case | `Basic` coded `WITHDRAWAL` (`record-kind`), its subject the party's resource, with the same `withdrawal` extension a Consent carries for its own |
      | The history | `Provenance`, one per event, in order, targeting the EpisodeOfCare |
      | What the Bundle does not carry | the EpisodeOfCare's `not-carried` extensions, one JSON Pointer each (`FhirBundles.notCarried`) |

      Every list of the case is mapped. A Bundle does not carry only the attributes the table
      below names as not mapped, each reported when a case holds it.

      ## The Mental Health Act status: the library's extension, not UK Core's

      UK Core carries a Mental Health Act legal status on an Encounter only (its LegalStatus
      extension): one patient's status on admission or discharge, coded in the NHS Data
      Dictionary's legal status classification. The model holds each party's current section,
      restriction, start date and whether the order names the unit, whether or not a meeting takes
      place, and a meeting has several attendees. The library therefore writes it as its own
      complex extension `mental-health-act` on the party's resource, the section a code of its
      `mha-status` code system, and writes no UK Core LegalStatus: that needs a crosswalk from the
      sections to the Data Dictionary's codes that this library has not checked.

      ## Names: a URN, not an HTTP(S) canonical

      Every name the library gives in FHIR is a URN under `urn:restorative:fhir:`, as the project
      names its JSON formats (`urn:restorative:case-record:1`):

      - code systems: `urn:restorative:fhir:CodeSystem:NAME`, NAME the enumeration's name in kebab
        case (`PartyRole` → `party-role`);
      - the case's own ids: identifier systems `urn:restorative:fhir:id:KIND` (`case`, `party`,
        `facilitator`, `professional`, `consent`, `capacity-assessment`, `competence-assessment`,
        `harm`, `event`, `meeting`, `message`, `process`, `place`, `risk-assessment`,
        `safety-plan`, `agreement`, `action`, `sign-off`, `consultation`, `question-set-use`,
        `preparation-contact`, `evaluation`, and `actor` for the member of staff
        behind a logical reference);
      - extensions: `urn:restorative:fhir:extension:NAME`.

      Why a URN: a canonical URL is a promise that the name resolves to its definition, and an
      HTTP(S) canonical needs a domain the project owns and keeps serving. The project owns none;
      a URN promises only a stable, unique name, which it can keep. The names are chosen once: a
      later published home would add resolvable copies, not rename these. The extensions have no
      published StructureDefinition yet; validators report them as unknown extensions
      (information, not error).

      The NHS number, where a party has one, would use UK Core's system
      `https://fhir.nhs.uk/Id/nhs-number` (`FhirNames.NHS_NUMBER_SYSTEM`); the model holds no NHS
      number today, so no Bundle carries one. Local incident references (Datix, LFPSE, a trust's
      own) are identifiers in the AdverseEvent's `external-incident-ref` extension.

      ## Dates and moments

      A moment is a FHIR `dateTime` (an `instant` where the element is one) in UTC, to the second,
      or to the millisecond when it has a fraction of a second (a finer fraction is cut to the
      millisecond); a date is a FHIR `date`, or a `dateTime` of day precision where the element is
      one (a Period's start or end). The text is ISO 8601's, in the proleptic Gregorian calendar,
      written and read by `java.time`: `1500-03-01T12:00:00Z` is written as it is, not as the Julian
      date HAPI gives a `java.util.Date` before October 1582.

      FHIR R4 holds the years 0001 to 9999 only, as the case-record format does. A case built in
      code with a moment or a date outside them (`LocalDate.MAX` for a leave without end, a year
      10000 from a typo) makes `FhirBundles.collection` and `transaction` throw
      `FhirUnwritableValueException`, an `IllegalArgumentException` whose message names the
      value's JSON Pointer in the case record and the range, never the value; no Bundle is
      returned. A case read from a case record never holds such a value. Reading, a time outside
      those years is `FHIR_INVALID_VALUE`.

      ## Full URLs and references

      Entries have `urn:uuid:` full URLs, name-based UUIDs of the case id, the kind of part and
      the part's id: the same case gives the same Bundle, and references need no server. A member
      of staff known only by an actor id is a logical reference (`Reference.identifier`).

      ## Free text

      The ordinary Bundle carries the case's free text: notes, reasons, rationales, evidence and
      summaries, as written. Each goes in the R4 element whose definition means it where the
      resource has one (an Annotation's text in the `note` of a CarePlan, a Task, an Observation
      or a Communication); otherwise in a library extension with
      a `valueString`, named after the attribute in kebab case (`notes`, `method-reason`), or in a
      part of that name of the complex extension the attribute belongs to (the `closure`
      extension's part `summary`). The table below names the element of each. The pseudonymised
      Bundle carries none of it: core's pseudonymised view holds no free text. Free text may
      name people and say what happened to them: a Bundle that carries it is as sensitive as the
      case record.

      ## Reading a Bundle back

      `FhirBundles.read` returns the case when no problem is an error, and the problems, with the
      shape of restorative-json's: a stable code, a severity, a JSON Pointer into the case-record
      format and a message that never holds a value of the input.

      | Code | Severity | Meaning |
      |---|---|---|
      | `FHIR_NOT_CARRIED` | warning | The Bundle does not carry this attribute; the case read back lacks it. |
      | `FHIR_NO_CASE` | error | No EpisodeOfCare of this library. |
      | `FHIR_MISSING_ELEMENT` | error | A resource lacks an element the case needs. |
      | `FHIR_UNKNOWN_CODE` | error | A code not in the library's code system. |
      | `FHIR_BROKEN_REFERENCE` | error | A reference to no resource of the Bundle, or an id of a part whose resource the Bundle does not hold, at the id. |
      | `FHIR_INVALID_VALUE` | error | A malformed id, a time without a zone, a time outside the years 0001 to 9999, an extension of the library whose value is of another FHIR type than the library writes there, an undeclared path. |
      | `FHIR_NOT_A_CASE` | error | The parts read break the model's invariants. |

      A round trip — case, Bundle, JSON text, Bundle, case — gives the case without exactly the
      attributes the table lists as not mapped, each reported (`RoundTripTest`, over the golden
      cases, a cohort of every stage and generated cases).

      A primitive element that holds only extensions and no value, as FHIR allows (`"_status":
      {"extension": [...]}` with no `"status"`, a Coding whose `code` carries only a data-absent
      reason), is read as absent: `FHIR_MISSING_ELEMENT` at the attribute where the case needs it,
      nothing where the case may be without it, and `FHIR_INVALID_VALUE` as the value of one of the
      library's extensions, like an extension with no value (`PrimitiveWithoutValueTest`, over every
      place the test Bundles hold a primitive).

      ## The pseudonymised Bundle

      `FhirBundles.pseudonymised(view)` maps core's pseudonymised view (`Pseudonymiser`) instead
      of the case: pseudonyms as identifiers (system `urn:restorative:fhir:id:pseudonym`), months
      instead of dates, age bands, no names, no free text; the Bundle carries the security label
      `PSEUDED` and the view's notice that it is still personal data under UK GDPR.

      It uses the ordinary Bundle's resources for what the view holds, and only that:

      | Part of the view | Resource | What it carries |
      |---|---|---|
      | the case | EpisodeOfCare | the case's pseudonym, stage, month of referral, the patient |
      | each party | Patient, or RelatedPerson for a person's supporter or representative | the pseudonym, role, person type, principal, age band, Mental Health Act section and whether restricted (extension `mental-health-act`, parts `section` and `restricted`), care context, communication needs, vulnerability flags |
      | each harm | AdverseEvent | types, setting, context, severity's scale and national grade, sensitive flags, legal status, month |
      | each process | Procedure | type as code, status, medium, month chosen as the performed period's start |
      | each meeting | Encounter | status, venue type as class, medium, month as the period's start, attendees by their parties' resources, facilitators as logical references by pseudonym |
      | each outcome agreement | CarePlan | category `OUTCOME_AGREEMENT`, status, month as `created` |
      | each action | Task | type as code, status and business status, owner (a party's resource, or the post as a display) |
      | each evaluation | QuestionnaireResponse of the evaluation form | the party as subject, role, uptake, whether they completed the process, satisfaction, recommendation, how they felt after |

      A month is a FHIR dateTime of month precision (`2024-03`). The view takes its months in a
      zone, so a moment of a case record can fall in December of year 0000 or January of year
      10000 there, months FHIR does not hold: such a month is written as the nearest one it holds,
      `0001-01` or `9999-12`. A month beyond those years, which only a case built in code can give,
      is refused with `FhirUnwritableValueException` at its JSON Pointer in the pseudonymised form.
      The view's processes, meetings,
      agreements, actions and evaluations have no id of their own: their resources have no
      identifier, and full URLs by position. Where R4 requires an element the view withholds, the
      element carries the data-absent reason `masked` rather than a guess: the subject of a
      Procedure (the view keeps no participants of a process) and of a CarePlan (it keeps no party
      agreements). An action names no agreement (`basedOn`): the view does not link them.

      The view's history is not carried, and the EpisodeOfCare names each of its events in a
      `not-carried` extension (`/history/N`, a JSON Pointer into the pseudonymised form). The
      ordinary Bundle's history is Provenance, whose `recorded` is an instant — to the second, with
      a time zone — and whose agent's `who` is required; the view holds only each event's month
      and no actor, and a month written as an instant would state a moment that never happened.
      """;
}
