package org.restorative.json;

import java.util.Map;

/**
 * Writes {@code docs/json-format.md}: the case-record format's conventions, problem codes and
 * limits, and every object with its properties — type, whether required, whether personal data —
 * from the same declarations that read and write records. A test keeps the published page current.
 */
final class FormatDocs {

  private FormatDocs() {}

  /**
   * Where the published schema and a strict reader give different verdicts, each kind with its
   * reason. A differential test over golden files, hostile inputs and mutants holds every
   * disagreement to one of these kinds.
   */
  static final String DIFFERENCES =
      """
      ## Where the schema and the reader differ

      The schema and a strict reader accept and refuse the same documents, with these exceptions,
      each of which a JSON Schema cannot say (or, for `null`, says on purpose). A test runs both over
      the golden files, a corpus of hostile inputs and thousands of mutants of valid records, and
      fails on any other difference. Rules between properties that need no comparison of values are
      stated in both: a party holds `dateOfBirth` or `ageBand`, not both; an action's owner or monitor
      names exactly one of `party` and `role`; a property present exactly, only, or whenever a code
      or a boolean says so, or only with another property; a list that holds elements when a code
      says so; a boolean true only when another is; each listed under its object's table.

      The reader refuses, and the schema accepts:

      - **Values compared with each other** (`JSON_INCONSISTENT_OBJECT`): an interval's order (a
        meeting that ends before it starts, reported at its `endAt`; each such order is listed under
        its object's table), one date against another, a grade that must be one of its
        scale's (reported at the grade), an object that names itself, text that is blank, and the rules that bind a value
        rather than a presence: a section that implies a restriction needs `restricted` true (which,
        left out, takes its default from the section), a pause's `pausedFrom` is a stage before
        closure, and a message's `status` decides its review's `decision`. A schema compares no two values; the presences that depend on a code, a boolean or
        another property, listed under each object's table (a supporter's `principal`, a consent's
        `obtainedAt`, a party agreement's `at`, a status change's `reason`, ...), it states with
        `if`/`then`/`else`, `oneOf`, `not` and `dependentRequired`.
      - **A reference to an id elsewhere in the case** (`JSON_UNKNOWN_REFERENCE` at the id): every
        id by which a part names another part of the case must name one it holds (an attendee's
        `party` one of `parties`, a meeting's `process` one of `processes`, a referral's `harms` some
        of `harms`, ...); and (`JSON_INCONSISTENT_OBJECT` at the case, `""`) a supporter's
        `principal` must name a party who can be one, and the parts of a list have ids unique in it.
        A schema cannot follow an id to the part it names, nor compare one property of several
        objects. Ids of staff (a facilitator's or professional's id, an actor's) name members of the
        service, who need not be listed in the case, and are not followed; nor are the ids of other
        cases.
      - **Ids and text as Unicode** (`JSON_INVALID_VALUE`): an id with a control character, or any
        string with an unpaired surrogate (a lone `\\ud800` escape). The schema checks an id's length
        and surrounding spaces only, and a JSON Schema pattern sees code points, not UTF-16.
      - **A moment's year in UTC** (`JSON_OUT_OF_RANGE`): `0001-01-01T00:00:00+01:00` matches the
        schema's pattern but falls in year 0000 in UTC; `9999-12-31T23:30:00-01:00` falls in year
        10000.
      - **Elements equal as read** (`JSON_DUPLICATE_ELEMENT`): two moments naming the same instant with
        different offsets repeat an element of a set to the reader; the schema's `uniqueItems`
        compares JSON values and sees two.
      - **A repeated property name** (`JSON_DUPLICATE_PROPERTY`): a schema validates the parsed
        object, which keeps one of the two values.
      - **Limits** (`JSON_LIMIT_EXCEEDED`, `JSON_TOO_MANY_PROBLEMS`): a document over the length
        limit, a string or number longer than its limit.
      - **A whole number written with a fraction part** (`JSON_WRONG_TYPE`, or
        `JSON_UNSUPPORTED_FORMAT` for the format version): `2025.0` for a year, or `1.0` for the
        format version, is a whole number to JSON Schema, but the reader keeps numbers as written, and
        takes only digits without a point or exponent as a whole number.

      The schema refuses, and the reader accepts:

      - **`null` for an optional property**: the reader reads it as absent; the schema describes the
        documents the writer writes, which never holds `null`.

      """;

  static String markdown(String annotatedExample) {
    SchemaBuilder schemas = new SchemaBuilder();
    CaseFileFormats.RESTORATIVE_CASE.definition(schemas);
    StringBuilder md = new StringBuilder();
    md.append("# The case-record JSON format, version ").append(CaseFormat.VERSION).append("\n\n");
    md.append(
            "Generated from the format's declarations in `restorative-json` by a test; do not edit by"
                + " hand. The JSON Schema (draft 2020-12) is [schema/")
        .append(CaseSchema.RESOURCE)
        .append("](schema/")
        .append(CaseSchema.RESOURCE)
        .append(
            "). A trust's policy file has a format of its own, [policy-format.md](policy-format.md), and so"
                + " has the pseudonymised view's NDJSON, [pseudonymised-format.md](pseudonymised-format.md).\n\n");
    md.append(
        """
        ## Conventions

        - One JSON object per case. It names its format and version first: `"format":
          "restorative-case"`, `"formatVersion": 1`. The case's parts follow, each list holding its
          parts by id; parts refer to each other by id, never by nesting.
        - Property names are camelCase and match the model's attribute names, so a rule violation's
          path (`/meetings/0/attendees/1`) is a JSON Pointer into the document. Three objects keep
          the format's published names where the model names an attribute for what it holds (so that
          no builder loses `from(value)` to an attribute called `from`): an event's `from` and `to`
          are `CaseEvent.fromStage()` and `toStage()`, a message's `from` and `to` are
          `Message.sender()` and `recipients()`, and an occurrence's `from` and `to` are
          `Occurrence.start()` and `end()`. Paths use the format's names.
        - Moments are ISO-8601 strings with an offset (`2025-03-12T15:20:00Z`); they are written in
          UTC. A moment without an offset is refused. Dates are `yyyy-mm-dd`.
        - Ranges: moments and dates lie in the years 0001 to 9999 (a moment's year in UTC, so
          `0001-01-01T00:00:00+01:00`, which falls in year 0000, is refused though the schema's
          pattern cannot tell); decimals (amounts, hours) have at most 15 digits before the point and
          at most 6 decimal places, trailing zeros aside, and are written as read (`1E+2` stays
          `1E+2`); whole numbers fit in 32 bits. Anything outside is refused with
          `JSON_OUT_OF_RANGE`, so whatever is read can be written and read back equal.
        - Codes (enumerations) are strings: the constant names of the model, listed in the schema.
        - Ids are non-blank strings of at most 128 characters, without surrounding spaces, control
          characters or an unpaired UTF-16 surrogate (a lone `\\ud800` escape): an id is valid Unicode
          text, so it is written as UTF-8 and read back equal. Otherwise `JSON_INVALID_VALUE`. The
          schema checks length and surrounding spaces only. All text is valid Unicode: a string
          holding an unpaired surrogate is refused with `JSON_INVALID_VALUE` at its pointer.
        - The writer holds to the same ranges: a case built in code with a value outside them (an
          instant in year 10000, a decimal of 10^15, text with an unpaired surrogate) is refused with
          `UnwritableValueException`, an `IllegalArgumentException` whose message names the value's
          JSON Pointer and the range, never the value, and nothing of the case is written (in NDJSON,
          the lines before it stay whole). What is written is read back equal.
        - Some arrays are sets (harm types, topics, participants, ...): their type in the tables below
          says "no repeats" and the schema says `uniqueItems`. The writer never repeats an element;
          the reader reports a repeat with `JSON_DUPLICATE_ELEMENT` at the repeated element's path
          (`/harms/0/types/2`): an error when strict, a warning when lenient, which drops the repeat.
          Elements are compared as read, so two moments naming the same instant with different
          offsets are a repeat to the reader though the schema, which compares JSON text, sees two.
          The elements after a dropped repeat stand one place further on in the record than in
          the case read; every problem is reported at its place in the record, a rule's too when
          checked with `readAndCheck` or `validate` (`ReadResult.pointerInDocument`).
        - An absent optional property and an empty list are omitted when writing; `null` reads as
          absent. Properties with a default in the model are always written.
        - **Personal** marks properties that hold personal data or free text (names, dates of birth,
          narratives, notes, answers). The library never prints them in `toString()` or in a problem
          message; treat them as special category data.

        ## Reading

        `CaseJson.strict()` refuses properties the format does not define; `CaseJson.lenient()` drops
        them and reports each as a warning. Every problem is reported with a code, a JSON Pointer and a
        message that never echoes a value from the input; reading collects all the problems of a
        document rather than stopping at the first.

        A problem's path holds only the format's own property names (and array indices). A property
        name the format does not define is input like any value, and can hold whatever a user typed;
        after a lost byte even a value (a name, a narrative) can be read as a property name. So:

        - An unknown property (`JSON_UNKNOWN_PROPERTY`) is reported at the pointer of the object that
          holds it, and its message gives its position among that object's members, counted from 1
          in document order: a lenient read of `{"referral": {"source": "SELF", "mood": 1, ...}}`
          warns at `/referral` that member 2 of this object is a property the format does not define.
          Two unknown properties of one object are two problems at the same path, told apart by their
          positions.
        - A problem found while parsing (`JSON_MALFORMED`, `JSON_DUPLICATE_PROPERTY`,
          `JSON_LIMIT_EXCEEDED`, a number's exponent out of range) is reported at the deepest place the
          parser reached that the format defines: each property name is kept while it is a property
          the format defines in the object at that place, and the pointer stops before the first one
          that is not. `"source"` given twice in the referral is reported at `/referral/source`; a
          name the format does not define given twice, or a broken limit inside its value, at
          `/referral`. For a document of an older version, the places are those of the current
          version.

        Two paths read a document, with one result. The straight path reads the parser's tokens
        straight into the model's builders, with no tree between; it reads every document of the
        current version that holds no problem, which is every document this library writes, in any
        order of its properties. At the first sign of a problem (an unknown property, a wrong type, a
        value out of range, a rule between properties, anything the parser refuses), and for a
        document of an older version, the document is read again on the full path, which parses a
        tree, upcasts it and collects every problem as above. So a document with a problem costs up
        to one straight read more than before; a valid one costs about a third of what the full path
        alone cost (README, "Performance"). Tests hold the two paths to the same cases and the same
        problems on every document they read. The straight path reads each kind of object with a
        class made for it at its first reading (a hidden class, so that the JIT compiles each
        property's reading on its own); where the runtime cannot define one (a native image, say),
        every document takes the full path: the same results, more slowly.

        A draft with gaps is a record the format reads: only what holds a part together is required
        (ids, the kind of a part and what its other properties depend on). An action without an
        owner, a scheduled meeting without a date, a referral that names no harm yet, conditions not
        yet listed, a message passed on without review, a disclosure logged without its basis: all
        read, and checking the case with the rules reports each gap with its own code and path
        (`ACTION_HAS_OWNER` at `/actions/0/owner`, `MEETING_DATED` at `/meetings/0/startAt`, ...).
        `JSON_INCONSISTENT_OBJECT` is kept for values that contradict each other, such as a meeting
        that ends before it starts.

        | Code | Meaning |
        |---|---|
        | `JSON_MALFORMED` | The input is not well-formed JSON, or ends too early. |
        | `JSON_INVALID_ENCODING` | The bytes are not valid UTF-8 (an overlong encoding, an encoded surrogate, a stray byte). |
        | `JSON_LIMIT_EXCEEDED` | A limit is broken (below). |
        | `JSON_TOO_MANY_PROBLEMS` | More problems than the limit (below): the first are listed, then this one gives the count of the rest, and the record is not read. |
        | `JSON_DUPLICATE_PROPERTY` | An object holds the same property twice. |
        | `JSON_TRAILING_CONTENT` | More content follows the document. |
        | `JSON_UNSUPPORTED_FORMAT` | The document names another format, or a version this reader cannot read. |
        | `JSON_WRONG_TYPE` | A value has the wrong JSON type. |
        | `JSON_MISSING_PROPERTY` | A required property is missing or null. |
        | `JSON_UNKNOWN_PROPERTY` | A property the format does not define (error when strict, warning when lenient), at the object that holds it, with its position in the message. |
        | `JSON_DUPLICATE_ELEMENT` | A set-valued array repeats an element (error when strict, warning when lenient, which drops the repeat). |
        | `JSON_UNKNOWN_CODE` | A string is not one of its enumeration's codes. |
        | `JSON_INVALID_TIME` | An impossible date, or a moment without an offset. |
        | `JSON_OUT_OF_RANGE` | A number, date or moment outside the format's ranges (above), or a number whose exponent no number can hold (`1e2147483648`). |
        | `JSON_INVALID_VALUE` | A value of the right type that is not allowed (a blank id). |
        | `JSON_INCONSISTENT_OBJECT` | An object's values contradict each other (a structural invariant). |
        | `JSON_UNKNOWN_REFERENCE` | An id names a part the case does not hold (a party, harm, process, meeting, ...), at the id. |

        Limits: nesting depth 64; strings 1,000,000 characters; numbers 100 characters; property names
        1,000 characters; a document (or one NDJSON line) 10,000,000 characters; 1,000 problems listed
        for one document (or NDJSON line).

        ## Versions

        Every document names its version. A reader upcasts older versions, one version at a time, with
        `Upcaster`s before reading; a version newer than the reader's is refused with
        `JSON_UNSUPPORTED_FORMAT`. Version 1 is the first.

        ## NDJSON

        One case per line, UTF-8, each line ending with a newline. Lines are read one at a time, so a
        stream of any length reads in flat memory, and a bad line is reported with its line number
        while the others are still read.

        ## Encoding

        Documents and NDJSON streams are UTF-8. A byte-order mark before a document, or before line 1
        of an NDJSON stream, is skipped (elsewhere it is not JSON). Bytes that are not UTF-8 are never
        decoded into replacement characters: the document, or the one NDJSON line that holds them, is
        refused with `JSON_INVALID_ENCODING` at the document's pointer (`""`), and the other lines are
        still read.

        """);
    md.append(DIFFERENCES);
    md.append("## Objects\n\n");
    objects(
        md,
        schemas,
        CaseFileFormats.RESTORATIVE_CASE,
        "The document itself: " + CaseFormat.HEADER.describe() + " come first, then:\n\n",
        true);
    md.append("## An annotated example\n\n");
    md.append(annotatedExample);
    return md.toString();
  }

  /**
   * Appends a table of properties for every object format met while the schema was built, each
   * under its own heading, with its rules between properties.
   *
   * @param md where to append
   * @param schemas the builder that met the formats
   * @param root the document's own object
   * @param rootNote what comes before the root's table (its header properties)
   * @param personal whether to show the column that marks personal data
   */
  static void objects(
      StringBuilder md,
      SchemaBuilder schemas,
      ObjectFormat<?, ?> root,
      String rootNote,
      boolean personal) {
    for (Map.Entry<String, ObjectFormat<?, ?>> entry : schemas.formats().entrySet()) {
      md.append("### ").append(entry.getKey()).append("\n\n");
      if (entry.getValue() == root) {
        md.append(rootNote);
      }
      md.append(
          personal
              ? "| Property | Type | Required | Personal |\n|---|---|---|---|\n"
              : "| Property | Type | Required |\n|---|---|---|\n");
      for (ObjectFormat.Property<?, ?> property : entry.getValue().properties()) {
        md.append("| `")
            .append(property.name())
            .append("` | ")
            .append(property.type())
            .append(" | ")
            .append(property.required() ? "yes" : "no");
        if (personal) {
          md.append(" | ").append(property.personal() ? "**personal**" : "");
        }
        md.append(" |\n");
      }
      md.append("\n");
      for (ObjectFormat.Presence presence : entry.getValue().presences()) {
        md.append(presence.describe()).append("\n\n");
      }
      for (ObjectFormat.CodeWhen rule : entry.getValue().codesWhen()) {
        md.append(rule.describe()).append(" The schema does not say so.\n\n");
      }
      for (ObjectFormat.InOrder<?> rule : entry.getValue().inOrder()) {
        md.append(rule.describe()).append(" The schema does not say so.\n\n");
      }
    }
  }
}
