package org.restorative.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trust's policy read from a small JSON object whose keys are {@link Policy} settings; a setting
 * left out keeps its default, or stays unset for the settings no source fixes (the two windows and
 * the three proportionality thresholds: the rule catalogue's "Settings your trust must choose").
 *
 * <pre>{@code
 * {
 *   "consentReconfirmationWindow": "P14D",
 *   "supervisionInterval": "P8W",
 *   "sensitiveCaseFacilitatorLevel": "ADVANCED",
 *   "treatingTeamConflictSeverity": "WARNING",
 *   "proportionalityAmountThreshold": 50
 * }
 * }</pre>
 *
 * <p>Windows ({@code consentReconfirmationWindow}, {@code capacityReassessmentWindow}) are ISO-8601
 * durations ({@code "P28D"}, {@code "PT672H"}); intervals ({@code supervisionInterval},
 * {@code observedPracticeInterval}) and {@code proportionalityDurationThreshold} are ISO-8601 periods
 * ({@code "P12W"}, {@code "P12M"}); levels are
 * {@code FOUNDATION}, {@code INTERMEDIATE} or {@code ADVANCED}; the severity is {@code ERROR} or
 * {@code WARNING}; the zone is a region id such as {@code "Europe/London"}. The question catalogue
 * cannot be set from a file. An unknown key, a value of the wrong kind, or a setting the policy
 * refuses (a negative window) is a {@link CommandFailure} with exit code 2.
 */
final class PolicyFile {

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .build();

  /** Longest policy file read, in bytes: a policy is a few hundred. */
  private static final long MAX_BYTES = 64 * 1024;

  private static final Map<String, BiConsumer<Policy.Builder, Value>> SETTINGS = settings();

  private PolicyFile() {}

  /**
   * The settings a policy file may hold, in the order of {@link Policy}.
   *
   * @return the keys
   */
  static java.util.Set<String> keys() {
    return SETTINGS.keySet();
  }

  /**
   * Reads a policy file.
   *
   * @param file the file
   * @return the policy
   * @throws CommandFailure if the file cannot be read or holds anything but known settings
   */
  static Policy read(Path file) {
    String name = file.toString();
    JsonNode root;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw failure(name, "is longer than " + MAX_BYTES + " bytes; a policy file is a small object");
      }
      root = MAPPER.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw failure(name, "cannot be read: " + RestorativeCommand.describe(e));
    } catch (JacksonException e) {
      throw failure(name, "is not well-formed JSON");
    }
    if (root == null || !root.isObject()) {
      throw failure(name, "must hold one JSON object whose keys are policy settings");
    }
    Policy.Builder policy = new Policy.Builder();
    int member = 0;
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      member++;
      BiConsumer<Policy.Builder, Value> setting = SETTINGS.get(entry.getKey());
      if (setting == null) {
        // Pointed at by position, never echoed: a key, like any input, can hold whatever was typed.
        throw failure(
            name,
            "has an unknown setting, member "
                + member
                + " of its object; the settings are "
                + String.join(", ", SETTINGS.keySet()));
      }
      setting.accept(policy, new Value(name, entry.getKey(), entry.getValue()));
    }
    try {
      return policy.build();
    } catch (IllegalArgumentException e) {
      // The policy's own checks name the setting, never a value.
      throw failure(name, "holds a setting the policy refuses: " + e.getMessage());
    }
  }

  private static Map<String, BiConsumer<Policy.Builder, Value>> settings() {
    Map<String, BiConsumer<Policy.Builder, Value>> settings = new LinkedHashMap<>();
    settings.put("zone", (p, v) -> p.zone(v.zone()));
    settings.put("consentReconfirmationWindow", (p, v) -> p.consentReconfirmationWindow(v.duration()));
    settings.put("capacityReassessmentWindow", (p, v) -> p.capacityReassessmentWindow(v.duration()));
    settings.put("supervisionInterval", (p, v) -> p.supervisionInterval(v.period()));
    settings.put("observedPracticeInterval", (p, v) -> p.observedPracticeInterval(v.period()));
    settings.put("minimumFacilitatorLevel", (p, v) -> p.minimumFacilitatorLevel(v.level()));
    settings.put(
        "sensitiveCaseFacilitatorLevel", (p, v) -> p.sensitiveCaseFacilitatorLevel(v.level()));
    settings.put(
        "treatingTeamConflictSeverity", (p, v) -> p.treatingTeamConflictSeverity(v.severity()));
    settings.put("coFacilitationWhenSensitive", (p, v) -> p.coFacilitationWhenSensitive(v.bool()));
    settings.put(
        "proportionalityAmountThreshold", (p, v) -> p.proportionalityAmountThreshold(v.decimal()));
    settings.put(
        "proportionalityHoursThreshold", (p, v) -> p.proportionalityHoursThreshold(v.integer()));
    settings.put(
        "proportionalityDurationThreshold",
        (p, v) -> p.proportionalityDurationThreshold(v.period()));
    return settings;
  }

  /** One setting's value, converted with a message that names the setting and what it needs. */
  private record Value(String file, String key, JsonNode node) {

    String text(String what) {
      if (!node.isString()) {
        throw wrong(what);
      }
      return node.stringValue();
    }

    ZoneId zone() {
      try {
        return ZoneId.of(text("a time-zone id such as \"Europe/London\""));
      } catch (DateTimeException e) {
        throw wrong("a time-zone id such as \"Europe/London\"");
      }
    }

    Duration duration() {
      String what = "an ISO-8601 duration such as \"P28D\" or \"PT672H\"";
      try {
        return Duration.parse(text(what));
      } catch (DateTimeParseException e) {
        throw wrong(what);
      }
    }

    Period period() {
      String what = "an ISO-8601 period such as \"P12W\" or \"P12M\"";
      try {
        return Period.parse(text(what));
      } catch (DateTimeParseException e) {
        throw wrong(what);
      }
    }

    TrainingLevel level() {
      String what = "one of FOUNDATION, INTERMEDIATE, ADVANCED";
      try {
        return TrainingLevel.valueOf(text(what).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw wrong(what);
      }
    }

    Severity severity() {
      String what = "ERROR or WARNING";
      try {
        return Severity.valueOf(text(what).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw wrong(what);
      }
    }

    boolean bool() {
      if (!node.isBoolean()) {
        throw wrong("true or false");
      }
      return node.booleanValue();
    }

    BigDecimal decimal() {
      if (!node.isNumber()) {
        throw wrong("a number of pounds");
      }
      return node.decimalValue();
    }

    int integer() {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw wrong("a whole number of hours");
      }
      return node.intValue();
    }

    private CommandFailure wrong(String what) {
      return failure(file, "setting " + key + " must be " + what);
    }
  }

  private static CommandFailure failure(String file, String message) {
    return new CommandFailure(RestorativeCommand.UNREADABLE, "policy file " + file + " " + message);
  }
}
