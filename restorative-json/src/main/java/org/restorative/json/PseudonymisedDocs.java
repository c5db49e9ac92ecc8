package org.restorative.json;

/**
 * Writes {@code docs/pseudonymised-format.md}: the pseudonymised view's NDJSON, its conventions,
 * its problems and every object with its properties, from the same declaration that writes and
 * reads the lines. A test keeps the published page current.
 */
final class PseudonymisedDocs {

  private PseudonymisedDocs() {}

  /**
   * The page.
   *
   * @param example an annotated example line, in Markdown
   * @return the page
   */
  static String markdown(String example) {
    SchemaBuilder schemas = new SchemaBuilder();
    PseudonymisedFormats.CASE.definition(schemas);
    StringBuilder md = new StringBuilder();
    md.append("# The pseudonymised-case NDJSON format, version ")
        .append(PseudonymisedCaseJson.VERSION)
        .append("\n\n");
    md.append(
            "Generated from the format's declaration in `restorative-json` by a test; do not edit by"
                + " hand. The JSON Schema (draft 2020-12) of one line is [schema/")
        .append(PseudonymisedSchema.RESOURCE)
        .append("](schema/")
        .append(PseudonymisedSchema.RESOURCE)
        .append("). The case-record format is [json-format.md](json-format.md).\n\n");
    md.append(
        """
        The pseudonymised view of a case (`PseudonymisedCase`, made by `Pseudonymiser` in
        `org.restorative.core.privacy`) keeps what a researcher counts and drops what names a person:
        keyed pseudonyms (HMAC-SHA256) for the case and its people, months for dates, age bands for
        dates of birth, codes kept, names and free text dropped. `PseudonymisedCaseJson` writes it as
        NDJSON, one case per line, and reads a line back; the command-line tool's `pseudonymise` writes
        the same lines.

        ```java
        Pseudonymiser pseudonymiser = Pseudonymiser.keyed(key);
        String line = PseudonymisedCaseJson.strict().writeLine(pseudonymiser.pseudonymise(c, zone));
        PseudonymisedReadResult read = PseudonymisedCaseJson.strict().read(line);
        ```

        **It is still personal data under UK GDPR**: whoever holds the key can re-identify the people
        in it. Keep the key apart from the output.

        ## Conventions

        - One JSON object per line, UTF-8, each line ending with a newline. The first property is
          `notice`, the fixed sentence that says the line is still personal data, so that whoever opens
          the file reads it first. Then the format's name and version, `"format":
          "restorative-pseudonymised-case"` and `"formatVersion": 1`, then the case's properties.
        - Property names are the attribute names of the value types (`PseudonymisedHarm`,
          `PseudonymisedParty`, ...), in the same order, but for a history entry's `from` and `to`,
          which are `PseudonymisedEvent.fromStage()` and `toStage()`, named as in case records.
        - Months are `yyyy-mm`. They lie in the years 0000 to 10000: a moment of a case record (years
          0001 to 9999 in UTC) can fall in December of year 0000 or January of year 10000 in the zone
          used, and such a month is written as ISO-8601 writes it, `0000-12` or `+10000-01`. Codes are
          the constant names of the model.
        - Every list and set is written, empty or not, so that every line has every list; sets of codes
          are written in the order of their enumeration. An absent optional property is left out;
          `null` reads as absent.
        - A harm's `severity` is an object with its `scale` and, on a national scale, its `grade`. A
          trust's own (`LOCAL`) grade and scale name are free text, and are left out.
        - Pseudonyms: `C-` and `P-` followed by 16 characters of base 32 (`P-7SCSSYUA4LLXHINI`). A
          supporter's `principal`, a meeting's `attendees` and `facilitators`, an action's
          `ownerPseudonym` and an evaluation's `party` hold the pseudonyms of people in the same line.

        ## Reading

        `PseudonymisedCaseJson.strict().read(line)` gives a `PseudonymisedReadResult`: the
        `PseudonymisedCase` when the line could be read, and every problem found. Reading never throws
        for bad input: every problem is a `Violation` with a code, a JSON Pointer and a message that
        never echoes a value from the input, with the codes, pointers and conventions of case records
        (see "Reading" in [json-format.md](json-format.md)): an unknown property is reported at the
        object that holds it, by its position, never by its name. `strict()` refuses a property the
        format does not define; `lenient()` drops it and reports it as a warning. A line that does not
        name the format, or names another version, is refused with `JSON_UNSUPPORTED_FORMAT` at
        `/format` or `/formatVersion`; a `notice` other than the fixed one, and values the view's
        invariants refuse (a blank pseudonym, two parties with one pseudonym, an action with both an
        owner's pseudonym and role), with `JSON_INCONSISTENT_OBJECT`.

        A file of lines reads one line at a time:

        ```java
        try (Stream<String> lines = Files.lines(file)) {
          lines.filter(l -> !l.isBlank()).map(PseudonymisedCaseJson.strict()::read).forEach(...);
        }
        ```

        Limits: a line of 10,000,000 characters; nesting depth 16; strings and property names of 1,000
        characters; numbers of 100 characters; 1,000 problems listed for one line.

        ## Versions

        Every line names its format and version; a reader refuses any other. Version 1 is the first.
        Adding an optional property to an object keeps the version; removing one, or changing what a
        property means, raises it.

        ## Where the schema and the reader differ

        As for case records: the reader refuses, and the schema accepts, values compared with each
        other (two parties with one pseudonym), text with an unpaired surrogate, a repeated property
        name, and the limits; the schema refuses, and the reader accepts, `null` for an optional
        property. A restricted party holds an `mhaSection` in both.

        ## Objects

        """);
    FormatDocs.objects(
        md,
        schemas,
        PseudonymisedFormats.CASE,
        "The line itself: `notice` comes first, then "
            + PseudonymisedCaseJson.HEADER.describe()
            + ", then the rest:\n\n",
        false);
    md.append("## An example\n\n");
    md.append(example);
    return md.toString();
  }
}
