package org.restorative.json;

import java.util.stream.Collectors;
import org.restorative.core.rules.Policy;
import tools.jackson.databind.JsonNode;

/**
 * Writes {@code docs/policy-format.md}: the policy file's settings, each with its JSON type, unit,
 * default and meaning, its problems and its version, from the same declaration that reads and
 * writes policies. A test keeps the published page current.
 */
final class PolicyDocs {

  private PolicyDocs() {}

  static String markdown() {
    SchemaBuilder schemas = new SchemaBuilder();
    PolicyFormats.POLICY.definition(schemas);
    String standard = PolicyJson.strict().write(Policy.standard());
    JsonNode defaults = CaseJson.tree(standard);
    StringBuilder md = new StringBuilder();
    md.append("# The trust-policy JSON format, version ").append(PolicyJson.VERSION).append("\n\n");
    md.append(
            "Generated from the format's declaration in `restorative-json` by a test; do not edit by"
                + " hand. The JSON Schema (draft 2020-12) is [schema/")
        .append(PolicySchema.RESOURCE)
        .append("](schema/")
        .append(PolicySchema.RESOURCE)
        .append("). The case-record format is [json-format.md](json-format.md).\n\n");
    md.append(
        """
        A trust's `Policy` (package `org.restorative.core.rules`) holds every threshold the rules need
        that no source fixes. Its file is one JSON object whose properties are the policy's settings:

        ```json
        {
          "consentReconfirmationWindow": "P14D",
          "supervisionInterval": "P8W",
          "sensitiveCaseFacilitatorLevel": "ADVANCED",
          "treatingTeamConflictSeverity": "WARNING",
          "proportionalityAmountThreshold": 50
        }
        ```

        Read it with `PolicyJson.strict().read(...)` (a `String`, bytes, an `InputStream` or a
        `Reader`), which gives a `PolicyReadResult`: the `Policy` when the document could be read, and
        every problem found. Write one with `PolicyJson.strict().write(policy)`. The command-line
        tool's `validate --policy FILE` reads the same file.

        ## Conventions

        - Every setting is optional. A setting left out keeps its default, or stays unset for the
          settings no source fixes (the two windows and the three proportionality thresholds: the rule
          catalogue's "Settings your trust must choose"); `null` reads as left out.
        - Durations and periods are ISO-8601 strings without signs: a window is a duration of days,
          hours, minutes and seconds (`P14D`, `PT72H`); an interval or a duration threshold is a period
          of years, months, weeks and days (`P12W`, `P12M`). A period's weeks are read as days, so `P12W`
          is written back as `P84D`. A duration or period that is negative, or written with a sign, is
          refused: the policy refuses negative windows and thresholds.
        - Codes (training levels, the severity) are the constant names, in capitals, as in case
          records.
        - Amounts are numbers of pounds, not negative, with at most 15 digits before the point and 6
          decimal places, kept as written (`50.00` stays `50.00`); hours are whole numbers, not
          negative, within 32 bits.
        - The zone is a time-zone id the Java platform knows: an IANA region such as `Europe/London`
          (or an offset such as `+01:00`, or `UTC`).
        - The question catalogue is not a setting of the file. Writing leaves it out, and reading gives
          the standard catalogue; a trust with its own question sets sets them in code on the policy
          read (`new Policy.Builder().from(policy).questionCatalogue(...)`).

        ## Settings

        """);
    md.append("| Setting | JSON type | Written as | Unit | Default | What it sets |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (ObjectFormat.Property<Policy, Policy.Builder> property :
        PolicyFormats.POLICY.properties()) {
      PolicyFormats.Setting about = PolicyFormats.setting(property.name());
      JsonNode schema = resolve(property.schema().apply(schemas), schemas);
      JsonNode standardValue = defaults.get(property.name());
      String writtenAs =
          schema.has("enum")
              ? schema
                  .get("enum")
                  .valueStream()
                  .map(c -> "`" + c.stringValue() + "`")
                  .collect(Collectors.joining(", "))
              : property.codec().describe();
      md.append("| `")
          .append(property.name())
          .append("` | ")
          .append(schema.get("type").stringValue())
          .append(" | ")
          .append(writtenAs)
          .append(" | ")
          .append(about.unit())
          .append(" | ")
          .append(standardValue == null ? "unset" : "`" + standardValue + "`")
          .append(" | ")
          .append(about.meaning())
          .append(" |\n");
    }
    md.append("\nThe standard policy (`Policy.standard()`), as `write` gives it:\n\n```json\n")
        .append(standard)
        .append("```\n\n");
    md.append(
        """
        ## Reading

        Reading never throws for bad input. Every problem is a `Violation` with a code (the codes of
        case records, below), a JSON Pointer and a message that never echoes a value from the input,
        and reading collects every problem of the document rather than stopping at the first. A
        pointer holds only the format's own names, as for case records (see "Reading" in
        [json-format.md](json-format.md)): a setting's problem is at its pointer
        (`/consentReconfirmationWindow`); a setting the format does not define is reported at the
        document (`""`) with its position among the document's members in the message, never with
        its name, which is input and can hold whatever a user typed.

        `PolicyJson.strict()` refuses a setting the format does not define, so that a misspelt setting
        is never ignored in silence; `PolicyJson.lenient()` drops it and reports it as a warning.

        | Problem | Code | Pointer |
        |---|---|---|
        | A setting the format does not define | `JSON_UNKNOWN_PROPERTY` (error when strict, warning when lenient) | `""`, member *n* in the message |
        | A value of the wrong JSON type (a number for a duration, a string for a flag) | `JSON_WRONG_TYPE` | the setting |
        | A duration or period that ISO-8601 does not read | `JSON_INVALID_TIME` | the setting |
        | A duration or period whose numbers overflow, an amount or hours outside the ranges above | `JSON_OUT_OF_RANGE` | the setting |
        | A value the policy refuses: a negative or signed duration or period, a negative amount or hours | `JSON_INVALID_VALUE` | the setting |
        | A zone id the platform does not know | `JSON_INVALID_VALUE` | the setting |
        | A training level or severity that is not one of its codes | `JSON_UNKNOWN_CODE` | the setting |
        | The same setting twice | `JSON_DUPLICATE_PROPERTY` | the setting, or `""` for a name the format does not define |
        | Not well-formed JSON, or no document | `JSON_MALFORMED` | the setting the parser was reading, or `""` |
        | More content after the object | `JSON_TRAILING_CONTENT` | `""` |
        | A document that is not a JSON object | `JSON_WRONG_TYPE` | `""` |
        | Bytes that are not UTF-8 | `JSON_INVALID_ENCODING` | `""` |
        | A limit broken (below) | `JSON_LIMIT_EXCEEDED` | the setting, or `""` |
        | A `format` other than `restorative-policy`, a `formatVersion` other than 1 | `JSON_UNSUPPORTED_FORMAT` | `/format`, `/formatVersion` |
        | More problems than the limit | `JSON_TOO_MANY_PROBLEMS` | `""` |

        Limits: a document of 65,536 characters; nesting depth 16; strings and names of 1,000
        characters; numbers of 100 characters; 100 problems listed.

        ## Versions

        A policy document may name its format first, `"format": "restorative-policy"` and
        `"formatVersion": 1`; the writer always does, and a reader refuses any other format name or
        version. Unlike a case record, a document without them is read, as version 1. A policy file is
        written by hand by a trust, one per trust, and files written before the format had a name must
        keep working; a case record is written by software and exchanged in bulk, where a document
        that does not say what it is must be refused. Adding a setting does not change the version (a
        setting left out keeps its default). Should a setting ever change its meaning or unit, the
        version goes up, and a document that names no version stays version 1 for good.

        ## Where the schema and the reader differ

        - The schema accepts any non-empty string as a zone; the reader asks the platform's zone
          database, which a schema cannot list without tying it to one Java release.
        - The schema's patterns accept a duration or period whose numbers overflow Java's (`JSON_OUT_OF_RANGE`).
        - A repeated setting is refused by the reader; a schema sees the parsed object, which keeps one.
        - The schema refuses `null` for a setting or for `format` or `formatVersion`; the reader reads
          it as left out (a header of `null`s is read as version 1, like one left out).
        """);
    return md.toString();
  }

  /** The schema itself, following a reference into the definitions. */
  private static JsonNode resolve(JsonNode schema, SchemaBuilder schemas) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").stringValue().substring("#/$defs/".length());
      JsonNode definition = schemas.definitions().get(name);
      if (definition == null) {
        throw new IllegalStateException("the schema refers to a missing definition: " + name);
      }
      return definition;
    }
    return schema;
  }
}
