package org.restorative.core.privacy;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.restorative.core.Identifier;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.party.Party;
import org.restorative.core.process.Message;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.Response;
import org.restorative.core.synthetic.SyntheticCases;

/** The vocabulary of the privacy tests: keys, generated cases, and a walk over any value tree. */
final class PrivacyFixtures {

  private PrivacyFixtures() {}

  /** The fixed seed of every property in this package. */
  static final long FIXED_SEED = 20261121L;

  /** The zone the service works in. */
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** A moment after every synthetic case, for the rules. */
  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  /** The trust's research key: 32 bytes. */
  static byte[] theTrustsKey() {
    return "restorative-research-key-2026-01".getBytes(StandardCharsets.UTF_8);
  }

  /** Another team's key: 32 other bytes. */
  static byte[] anotherTeamsKey() {
    return "audit-team-key-kept-elsewhere-02".getBytes(StandardCharsets.UTF_8);
  }

  /** A generated case at any stage: seed, stage and index drawn by QuickTheories. */
  static final Gen<RestorativeCase> CASES =
      longs()
          .between(0, 1_000)
          .zip(
              integers().between(0, Stage.values().length - 1),
              longs().between(0, 100_000),
              (seed, stage, index) ->
                  SyntheticCases.seeded(seed).caseAt(Stage.values()[stage], index));

  /**
   * A closed case that went through every stage: harms, parties, meetings, agreement, evaluation.
   */
  static RestorativeCase aCompletedCase() {
    return SyntheticCases.seeded(7).caseAt(Stage.CLOSED_COMPLETED, 0);
  }

  /**
   * Names, dates of birth, narratives, notes, answers, letters and every other sensitive text held
   * anywhere in the case: the values no shared view may contain.
   */
  static List<String> personalValues(RestorativeCase c) {
    Set<String> values = new LinkedHashSet<>();
    for (Party party : c.parties()) {
      party.name().ifPresent(values::add);
      party.preferredName().ifPresent(values::add);
      party.dateOfBirth().map(Object::toString).ifPresent(values::add);
      party.reasonToDoubtCapacityRationale().ifPresent(values::add);
    }
    c.facilitators().forEach(f -> f.name().ifPresent(values::add));
    c.professionals().forEach(p -> p.name().ifPresent(values::add));
    c.harms().forEach(h -> h.narrative().ifPresent(values::add));
    c.questionSetUses().stream()
        .map(QuestionSetUse::responses)
        .flatMap(List::stream)
        .map(Response::answer)
        .flatMap(Optional::stream)
        .forEach(values::add);
    c.messages().stream().map(Message::content).flatMap(Optional::stream).forEach(values::add);
    c.withdrawals().forEach(w -> w.reason().ifPresent(values::add));
    c.preparationContacts().forEach(p -> p.notes().ifPresent(values::add));
    walk(
        c,
        (type, attribute, value) -> {
          if (FieldSensitivity.of(type, attribute).isSensitive()) {
            directStrings(value).forEach(values::add);
          }
        });
    values.remove(RedactedView.REDACTED);
    return List.copyOf(values);
  }

  /** Visits one attribute of a model value. */
  interface Visitor {
    /**
     * One attribute.
     *
     * @param type the model type that declares it
     * @param attribute its name
     * @param value its raw value: null when an optional attribute is empty
     */
    void visit(Class<?> type, String attribute, Object value);
  }

  /**
   * Walks a value tree of restorative-core, visiting every attribute of every Immutables value in
   * it. The attributes are the generated class's fields, which Immutables names after the
   * attributes.
   */
  static void walk(Object value, Visitor visitor) {
    if (value == null
        || value instanceof String
        || value instanceof Enum<?>
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof TemporalAccessor
        || value instanceof Identifier
        || value instanceof Class<?>) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> walk(inner, visitor));
      return;
    }
    if (value instanceof Collection<?> items) {
      items.forEach(item -> walk(item, visitor));
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            walk(k, visitor);
            walk(v, visitor);
          });
      return;
    }
    if (value instanceof Record record
        && record.getClass().getPackageName().startsWith("org.restorative.core")) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object componentValue;
        try {
          componentValue = component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
        visitor.visit(record.getClass(), component.getName(), componentValue);
        walk(componentValue, visitor);
      }
      return;
    }
    Class<?> generated = value.getClass();
    if (!generated.getPackageName().startsWith("org.restorative.core")
        || !generated.getSimpleName().startsWith("Immutable")) {
      throw new AssertionError("not a value of the model: " + generated.getName());
    }
    Class<?> modelType = generated.getSuperclass();
    for (Field field : generated.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
        continue;
      }
      if (nationalGrade(value, field.getName())) {
        continue;
      }
      field.setAccessible(true);
      Object attributeValue;
      try {
        attributeValue = field.get(value);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      visitor.visit(modelType, field.getName(), attributeValue);
      walk(attributeValue, visitor);
    }
  }

  /**
   * Whether an attribute is the grade of a severity on a national scale: a text attribute classed
   * for its worst case (a trust's local label), but there one of the scale's codes, which
   * HarmSeverity's own check holds to the scale's constants. The walk passes it by, as it passes
   * every other code.
   */
  private static boolean nationalGrade(Object value, String attribute) {
    return value instanceof HarmSeverity severity
        && attribute.equals("grade")
        && severity.scale() != SeverityScale.LOCAL;
  }

  /** Every string held anywhere in a value tree: texts and the text of ids. */
  static List<String> allStrings(Object root) {
    List<String> strings = new ArrayList<>();
    walk(root, (type, attribute, value) -> strings.addAll(leafStrings(value)));
    return strings;
  }

  /** Every java.time value held anywhere in a value tree. */
  static List<Object> allTemporals(Object root) {
    List<Object> temporals = new ArrayList<>();
    walk(
        root,
        (type, attribute, value) -> {
          for (Object item : items(value)) {
            if (item instanceof TemporalAccessor) {
              temporals.add(item);
            }
          }
        });
    return temporals;
  }

  /** The strings an attribute holds directly: a text, or the texts of a list or set. */
  static List<String> directStrings(Object value) {
    return items(value).stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }

  private static List<String> leafStrings(Object value) {
    List<String> strings = new ArrayList<>();
    for (Object item : items(value)) {
      if (item instanceof String text) {
        strings.add(text);
      } else if (item instanceof Identifier id) {
        strings.add(id.value());
      }
    }
    return strings;
  }

  private static List<Object> items(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Optional<?> optional) {
      return optional.<List<Object>>map(List::of).orElse(List.of());
    }
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (value instanceof Map<?, ?> map) {
      List<Object> both = new ArrayList<>(map.keySet());
      both.addAll(map.values());
      return both;
    }
    return List.of(value);
  }

  /** An attribute the sources mark {@code @Value.Redacted}. */
  record RedactedAttribute(Class<?> type, String attribute) {
    @Override
    public String toString() {
      return type.getSimpleName() + "." + attribute;
    }
  }

  private static final Pattern REDACTED_ATTRIBUTE =
      Pattern.compile("@Value\\.Redacted\\s+public\\s+abstract\\s+[^;(]*?\\s(\\w+)\\(\\)\\s*;");

  /**
   * Every attribute marked {@code @Value.Redacted} in core's main sources, read from the sources
   * because the annotation is not kept at run time. Fails if a file holds an annotation the pattern
   * does not understand.
   */
  static List<RedactedAttribute> redactedAttributesInSources() throws IOException {
    Path root = Path.of("src", "main", "java");
    List<RedactedAttribute> attributes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve(Path.of("org", "restorative", "core")))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        int annotations = count(source, "@Value.Redacted");
        if (annotations == 0) {
          continue;
        }
        String className =
            root.relativize(file)
                .toString()
                .replace(".java", "")
                .replace(file.getFileSystem().getSeparator(), ".");
        Class<?> type;
        try {
          type = Class.forName(className);
        } catch (ClassNotFoundException e) {
          throw new AssertionError(className, e);
        }
        Matcher matcher = REDACTED_ATTRIBUTE.matcher(source);
        int found = 0;
        while (matcher.find()) {
          attributes.add(new RedactedAttribute(type, matcher.group(1)));
          found++;
        }
        if (found != annotations) {
          throw new AssertionError(
              className + ": " + annotations + " @Value.Redacted but " + found + " understood");
        }
      }
    }
    return attributes;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
