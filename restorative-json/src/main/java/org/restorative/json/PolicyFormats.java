package org.restorative.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Severity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a trust's {@link Policy}: one object whose properties are the policy's settings,
 * declared once, so that the reader, the writer, the schema and the documentation agree. The
 * question catalogue is not a setting of the file: it is set in code.
 */
final class PolicyFormats {

  private PolicyFormats() {}

  /**
   * An ISO-8601 duration written without signs ({@code P14D}, {@code PT72H}): days, hours, minutes
   * and seconds, as {@link Duration#parse} reads them, none negative.
   */
  static final String DURATION_PATTERN =
      "^[Pp](?!$)([0-9]+[Dd])?([Tt](?=[0-9])([0-9]+[Hh])?([0-9]+[Mm])?([0-9]+([.,][0-9]{0,9})?[Ss])?)?$";

  /**
   * An ISO-8601 period written without signs ({@code P12W}, {@code P12M}): years, months, weeks and
   * days, as {@link Period#parse} reads them, none negative.
   */
  static final String PERIOD_PATTERN =
      "^[Pp](?!$)([0-9]+[Yy])?([0-9]+[Mm])?([0-9]+[Ww])?([0-9]+[Dd])?$";

  /** A window: an ISO-8601 duration, not negative. */
  static final Codec<Duration> DURATION =
      time(
          Duration::toString,
          Duration::parse,
          "a duration",
          "ISO-8601 duration of days, hours, minutes and seconds, no signs",
          DURATION_PATTERN);

  /** An interval or a threshold of time: an ISO-8601 period, not negative. */
  static final Codec<Period> PERIOD =
      time(
          Period::toString,
          Period::parse,
          "a period",
          "ISO-8601 period of years, months, weeks and days, no signs",
          PERIOD_PATTERN);

  /** A time-zone id, as {@link ZoneId#of} reads it: a region such as {@code Europe/London}. */
  static final Codec<ZoneId> ZONE =
      new Codec<>() {
        @Override
        public void write(JsonGenerator out, ZoneId value) {
          out.writeString(value.getId());
        }

        @Override
        public Optional<ZoneId> read(JsonNode node, ReadContext context) {
          if (!node.isString()) {
            context.error(ProblemCode.JSON_WRONG_TYPE, "Expected a time-zone id as a string.");
            return Optional.empty();
          }
          try {
            return Optional.of(ZoneId.of(node.stringValue()));
          } catch (DateTimeException e) {
            context.error(
                ProblemCode.JSON_INVALID_VALUE,
                "Expected a time-zone id the platform knows, such as Europe/London.");
            return Optional.empty();
          }
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          return schemas.object().put("type", "string").put("minLength", 1);
        }

        @Override
        public String describe() {
          return "time-zone id the platform knows";
        }
      };

  /** An amount of money that is not negative. */
  static final Codec<BigDecimal> AMOUNT =
      notNegative(Codecs.DECIMAL, a -> a.signum() < 0, "an amount");

  /** A count that is not negative. */
  static final Codec<Integer> COUNT = notNegative(Codecs.INTEGER, n -> n < 0, "a count");

  /** The policy's settings, in the order of {@link Policy}. */
  static final ObjectFormat<Policy, Policy.Builder> POLICY =
      ObjectFormat.of("Policy", Policy.Builder::new, Policy.Builder::build)
          .defaulted("zone", ZONE, Policy::zone, Policy.Builder::zone)
          .optional(
              "consentReconfirmationWindow",
              DURATION,
              Policy::consentReconfirmationWindow,
              Policy.Builder::consentReconfirmationWindow)
          .optional(
              "capacityReassessmentWindow",
              DURATION,
              Policy::capacityReassessmentWindow,
              Policy.Builder::capacityReassessmentWindow)
          .defaulted(
              "supervisionInterval",
              PERIOD,
              Policy::supervisionInterval,
              Policy.Builder::supervisionInterval)
          .defaulted(
              "observedPracticeInterval",
              PERIOD,
              Policy::observedPracticeInterval,
              Policy.Builder::observedPracticeInterval)
          .defaulted(
              "minimumFacilitatorLevel",
              Codecs.code(TrainingLevel.class),
              Policy::minimumFacilitatorLevel,
              Policy.Builder::minimumFacilitatorLevel)
          .defaulted(
              "sensitiveCaseFacilitatorLevel",
              Codecs.code(TrainingLevel.class),
              Policy::sensitiveCaseFacilitatorLevel,
              Policy.Builder::sensitiveCaseFacilitatorLevel)
          .defaulted(
              "treatingTeamConflictSeverity",
              Codecs.code(Severity.class),
              Policy::treatingTeamConflictSeverity,
              Policy.Builder::treatingTeamConflictSeverity)
          .defaulted(
              "coFacilitationWhenSensitive",
              Codecs.BOOLEAN,
              Policy::coFacilitationWhenSensitive,
              Policy.Builder::coFacilitationWhenSensitive)
          .optional(
              "proportionalityAmountThreshold",
              AMOUNT,
              Policy::proportionalityAmountThreshold,
              Policy.Builder::proportionalityAmountThreshold)
          .optional(
              "proportionalityHoursThreshold",
              COUNT,
              Policy::proportionalityHoursThreshold,
              Policy.Builder::proportionalityHoursThreshold)
          .optional(
              "proportionalityDurationThreshold",
              PERIOD,
              Policy::proportionalityDurationThreshold,
              Policy.Builder::proportionalityDurationThreshold)
          .alsoAllows(DocumentHeader.PROPERTIES);

  /**
   * What one setting holds, in its unit, and what it sets: for the schema and the documentation.
   */
  record Setting(String unit, String meaning) {}

  /**
   * Every setting's unit and meaning, in declaration order. A setting declared without one, or one
   * described without a declaration, fails when the class loads.
   */
  static final Map<String, Setting> SETTINGS = settings();

  private static Map<String, Setting> settings() {
    Map<String, Setting> settings = new LinkedHashMap<>();
    settings.put(
        "zone",
        new Setting(
            "time zone (IANA region id)",
            "The zone in which rules count days and compare moments with dates."));
    settings.put(
        "consentReconfirmationWindow",
        new Setting(
            "duration",
            "How long before a meeting an attendee's consent must have been reconfirmed"
                + " (`CONSENT_RECONFIRMED_BEFORE_MEETING`). No source gives a number."));
    settings.put(
        "capacityReassessmentWindow",
        new Setting(
            "duration",
            "How long before a meeting a fluctuating capacity must have been found again"
                + " (`CAPACITY_CURRENT_BEFORE_MEETING`). No source gives a number."));
    settings.put(
        "supervisionInterval",
        new Setting(
            "period",
            "The longest gap between a lead facilitator's last case supervision and a meeting"
                + " (RJC Practitioner Code: at least every 12 weeks)."));
    settings.put(
        "observedPracticeInterval",
        new Setting(
            "period",
            "The longest gap between a lead facilitator's last observed practice and a meeting"
                + " (RJC Practitioner Code: at least once a year)."));
    settings.put(
        "minimumFacilitatorLevel",
        new Setting(
            "training level",
            "The training level every lead facilitator needs (`FACILITATOR_TRAINED`)."));
    settings.put(
        "sensitiveCaseFacilitatorLevel",
        new Setting(
            "training level",
            "The training level the lead facilitator needs in a sensitive case (`SENSITIVE_CASE_ESCALATION`)."));
    settings.put(
        "treatingTeamConflictSeverity",
        new Setting(
            "severity",
            "Whether a facilitator from a party's treating team is an error or a warning (`FACILITATOR_IMPARTIAL`)."));
    settings.put(
        "coFacilitationWhenSensitive",
        new Setting(
            "yes or no",
            "Whether a meeting in a sensitive case needs a co-facilitator (`MEETING_HAS_FACILITATOR`)."));
    settings.put(
        "proportionalityAmountThreshold",
        new Setting(
            "pounds (GBP)",
            "The amount above which an action needs a proportionality check"
                + " (`ACTION_PROPORTIONALITY_REVIEW`). No source gives a number."));
    settings.put(
        "proportionalityHoursThreshold",
        new Setting(
            "hours of work",
            "The hours above which an action needs a proportionality check"
                + " (`ACTION_PROPORTIONALITY_REVIEW`). No source gives a number."));
    settings.put(
        "proportionalityDurationThreshold",
        new Setting(
            "period",
            "How long an action may run before it needs a proportionality check"
                + " (`ACTION_PROPORTIONALITY_REVIEW`). No source gives a number."));
    List<String> declared = POLICY.properties().stream().map(ObjectFormat.Property::name).toList();
    if (!declared.equals(List.copyOf(settings.keySet()))) {
      throw new IllegalStateException(
          "every declared policy setting needs its unit and meaning, in order");
    }
    return settings;
  }

  /**
   * One setting's unit and meaning.
   *
   * @param name a declared setting's name
   * @return what it holds and sets
   */
  static Setting setting(String name) {
    Setting setting = SETTINGS.get(name);
    if (setting == null) {
      throw new IllegalArgumentException("not a declared policy setting: " + name);
    }
    return setting;
  }

  /**
   * A duration or period written as its ISO-8601 text and read back through its parser: text the
   * parser refuses is {@link ProblemCode#JSON_INVALID_TIME} (or {@link
   * ProblemCode#JSON_OUT_OF_RANGE} when its numbers overflow), and a sign anywhere in it {@link
   * ProblemCode#JSON_INVALID_VALUE}, so that no part of it is negative, as the policy requires and
   * the schema's pattern says.
   */
  private static <T> Codec<T> time(
      Function<T, String> text,
      Function<String, T> parse,
      String noun,
      String description,
      String pattern) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator out, T value) {
        out.writeString(text.apply(value));
      }

      @Override
      public Optional<T> read(JsonNode node, ReadContext context) {
        if (!node.isString()) {
          context.error(ProblemCode.JSON_WRONG_TYPE, "Expected " + noun + " as a string.");
          return Optional.empty();
        }
        String value = node.stringValue();
        T parsed;
        try {
          parsed = parse.apply(value);
        } catch (DateTimeParseException e) {
          if (e.getCause() instanceof ArithmeticException
              || e.getCause() instanceof NumberFormatException) {
            context.error(
                ProblemCode.JSON_OUT_OF_RANGE,
                "Expected " + noun + " whose numbers Java can hold.");
          } else {
            context.error(
                ProblemCode.JSON_INVALID_TIME, "Expected " + noun + " in ISO-8601, such as P14D.");
          }
          return Optional.empty();
        }
        if (value.indexOf('-') >= 0 || value.indexOf('+') >= 0) {
          context.error(
              ProblemCode.JSON_INVALID_VALUE,
              "Expected " + noun + " that is not negative, written without signs.");
          return Optional.empty();
        }
        return Optional.of(parsed);
      }

      @Override
      public ObjectNode schema(SchemaBuilder schemas) {
        return schemas.object().put("type", "string").put("pattern", pattern);
      }

      @Override
      public String describe() {
        return description;
      }
    };
  }

  /**
   * A number codec that also refuses a negative value with {@link ProblemCode#JSON_INVALID_VALUE}.
   */
  private static <V> Codec<V> notNegative(Codec<V> base, Predicate<V> negative, String noun) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator out, V value) {
        base.write(out, value);
      }

      @Override
      public Optional<V> read(JsonNode node, ReadContext context) {
        Optional<V> value = base.read(node, context);
        if (value.isPresent() && negative.test(value.get())) {
          context.error(
              ProblemCode.JSON_INVALID_VALUE, "Expected " + noun + " that is not negative.");
          return Optional.empty();
        }
        return value;
      }

      @Override
      public ObjectNode schema(SchemaBuilder schemas) {
        ObjectNode schema = base.schema(schemas);
        schema.remove("exclusiveMinimum");
        schema.put("minimum", 0);
        return schema;
      }

      @Override
      public String describe() {
        return base.describe() + ", not negative";
      }
    };
  }
}
