package org.restorative.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.restorative.core.casefile.UnknownReferenceException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of one model type, declared once: its properties in wire order, each with its name,
 * codec, whether it is required, whether it holds personal data, how to get it from a value and how
 * to give it to the type's builder. Writing, reading, the JSON Schema and the format's
 * documentation all come from this one declaration, so they cannot disagree.
 *
 * <p>Reading collects every problem of the object (missing, wrong, unknown properties) before
 * trying to build it; a value's own invariants are checked when it is built, and a failure is
 * reported at the object's pointer with the model's message, which never holds a value.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class ObjectFormat<T, B> implements Codec<T> {

  /** One property of an object. */
  record Property<T, B>(
      String name,
      boolean required,
      boolean personal,
      String type,
      Writer<T> writer,
      Reader<B> reader,
      StraightReader<B> straight,
      Function<SchemaBuilder, ObjectNode> schema,
      Codec<?> codec,
      boolean array) {}

  /**
   * A rule between properties that needs no comparison of values, declared once so that the reader
   * checks it, the schema states it and the documentation lists it. A property is present when it
   * holds something: JSON null counts as absent, as when read, and so does an empty list, which is
   * read as the model's empty list.
   */
  sealed interface Presence permits Alternatives, WhenCode, WhenTrue, OnlyWith {

    /** Whether the object's properties keep the rule; true when the rule cannot be judged yet. */
    boolean keptBy(Members members);

    /**
     * The places of the properties the rule depends on: the code or boolean that decides it, a
     * boolean asked to be true, the property another may be present only with. The reader does not
     * judge the rule when one of them is missing though required, or holds a value refused with a
     * problem of its own: that problem is the defect, and the rule would report it again at the
     * object. The properties a rule binds are optional, and alternatives depend on none: present,
     * each counts as present even when its value is refused.
     */
    List<Integer> conditions();

    /** The rule as the schema says it. */
    ObjectNode schema(SchemaBuilder schemas);

    /** The rule as the format's documentation says it. */
    String describe();

    /** The problem's message: the format's own names, never a value. */
    String message();
  }

  /**
   * What a {@link Presence} looks at in an object: which properties it holds, and their codes and
   * booleans, by the places the format declares them at.
   */
  interface Members {

    /**
     * Whether the object holds the property declared at this place: not absent, not JSON null and,
     * for a list, not empty.
     */
    boolean isPresent(int at);

    /**
     * The code the property declared at this place holds, or null when it holds none (absent, or
     * not a code).
     */
    @Nullable String codeOf(int at);

    /**
     * The boolean the property declared at this place holds, or null when it holds none (absent, or
     * not a boolean).
     */
    @Nullable Boolean flagOf(int at);
  }

  /** How a {@link Presence} binds a property to its condition. */
  enum Binding {
    /** Present exactly when the condition holds. */
    EXACTLY(
        "is present exactly when",
        "holds elements exactly when",
        "is `true` exactly when",
        "must be present exactly when",
        "must hold elements exactly when",
        "must be true exactly when"),
    /** Present only when the condition holds, and free to be absent then. */
    ONLY(
        "may be present only when",
        "may hold elements only when",
        "may be `true` only when",
        "may be present only when",
        "may hold elements only when",
        "may be true only when"),
    /** Present whenever the condition holds, and free otherwise. */
    WHEN(
        "is present when",
        "holds at least one element when",
        "is `true` when",
        "must be present when",
        "must hold at least one element when",
        "must be true when"),
    /** Absent whenever the condition holds, and free otherwise. */
    NEVER(
        "is absent when",
        "is empty when",
        "is not `true` when",
        "must be absent when",
        "must be empty when",
        "must not be true when");

    private final String described;
    private final String describedOfList;
    private final String describedOfFlag;
    private final String demanded;
    private final String demandedOfList;
    private final String demandedOfFlag;

    Binding(
        String described,
        String describedOfList,
        String describedOfFlag,
        String demanded,
        String demandedOfList,
        String demandedOfFlag) {
      this.described = described;
      this.describedOfList = describedOfList;
      this.describedOfFlag = describedOfFlag;
      this.demanded = demanded;
      this.demandedOfList = demandedOfList;
      this.demandedOfFlag = demandedOfFlag;
    }

    boolean keeps(boolean present, boolean condition) {
      return switch (this) {
        case EXACTLY -> present == condition;
        case ONLY -> !present || condition;
        case WHEN -> present || !condition;
        case NEVER -> !present || !condition;
      };
    }

    /** The rule for the docs: the property's name, then what binds it, up to its condition. */
    String describe(String property, Held held) {
      return "`" + property + "` " + held.words(described, describedOfList, describedOfFlag);
    }

    /** The rule for a problem's message, up to its condition. */
    String demand(String property, Held held) {
      return "The property "
          + property
          + " "
          + held.words(demanded, demandedOfList, demandedOfFlag);
    }

    /**
     * The rule as the schema says it: {@code condition} the schema's test of the condition, {@code
     * present} its test of the property's presence.
     */
    ObjectNode schema(SchemaBuilder schemas, ObjectNode condition, ObjectNode present) {
      ObjectNode rule = schemas.object();
      switch (this) {
        case EXACTLY -> {
          rule.set("if", condition);
          rule.set("then", present);
          rule.putObject("else").set("not", present.deepCopy());
        }
        case ONLY -> {
          rule.set("if", present);
          rule.set("then", condition);
        }
        case WHEN -> {
          rule.set("if", condition);
          rule.set("then", present);
        }
        case NEVER -> {
          rule.set("if", condition);
          rule.putObject("then").set("not", present);
        }
      }
      return rule;
    }
  }

  /**
   * What a {@link Binding} asks of the property it binds: to be present, to hold elements (a list),
   * or to be {@code true} (a boolean; absent, it is not).
   */
  enum Held {
    PRESENT,
    ELEMENTS,
    TRUE;

    /** Present, or for a list holding elements. */
    static Held of(boolean list) {
      return list ? ELEMENTS : PRESENT;
    }

    /** Of the words for each way a property is held, those for this one. */
    String words(String ofPresent, String ofElements, String ofTrue) {
      return switch (this) {
        case PRESENT -> ofPresent;
        case ELEMENTS -> ofElements;
        case TRUE -> ofTrue;
      };
    }

    /** Whether the object's property at this place is held so. */
    boolean by(Members node, int at) {
      return this == TRUE ? Boolean.TRUE.equals(node.flagOf(at)) : node.isPresent(at);
    }
  }

  /** The schema's test that an object holds a property: for a list, at least one element. */
  static ObjectNode present(SchemaBuilder schemas, String property, boolean list) {
    return present(schemas, property, Held.of(list));
  }

  /** The schema's test that an object holds a property as {@code held} asks. */
  static ObjectNode present(SchemaBuilder schemas, String property, Held held) {
    ObjectNode present = schemas.object();
    present.putArray("required").add(property);
    if (held == Held.ELEMENTS) {
      present.putObject("properties").putObject(property).put("minItems", 1);
    } else if (held == Held.TRUE) {
      present.putObject("properties").putObject(property).put("const", true);
    }
    return present;
  }

  /** Names joined as prose: {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String prose(List<String> names) {
    int last = names.size() - 1;
    return last == 0
        ? names.get(0)
        : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }

  /**
   * Optional properties of which {@code exactlyOne} is present (one of them, not more and not none)
   * or, when not, not all (of two, not both). None of them is a list.
   */
  record Alternatives(boolean exactlyOne, List<String> names, List<Integer> places)
      implements Presence {

    @Override
    public boolean keptBy(Members node) {
      int present = 0;
      for (int at : places) {
        present += node.isPresent(at) ? 1 : 0;
      }
      return exactlyOne ? present == 1 : present < places.size();
    }

    @Override
    public List<Integer> conditions() {
      return List.of();
    }

    @Override
    public ObjectNode schema(SchemaBuilder schemas) {
      ObjectNode rule = schemas.object();
      if (exactlyOne) {
        ArrayNode oneOf = rule.putArray("oneOf");
        names.forEach(name -> oneOf.addObject().putArray("required").add(name));
      } else {
        ArrayNode all = rule.putObject("not").putArray("required");
        names.forEach(all::add);
      }
      return rule;
    }

    @Override
    public String describe() {
      String quoted = prose(names.stream().map(n -> "`" + n + "`").toList());
      return exactlyOne ? "Exactly one of " + quoted + "." : "Not both " + quoted + ".";
    }

    @Override
    public String message() {
      return exactlyOne
          ? "Exactly one of the properties " + prose(names) + " must be present."
          : "The properties " + prose(names) + " must not both be present.";
    }
  }

  /**
   * An optional property (or a list: present when it holds elements) bound to a code property
   * holding one of some codes. Judged only when the object holds the code (otherwise the code's own
   * problem is reported, or, left out of an object where it is optional, it takes the model's
   * default, which the rule does not see).
   */
  record WhenCode(
      Binding binding,
      String property,
      String code,
      List<String> codes,
      Set<String> all,
      int propertyAt,
      int codeAt,
      Held held)
      implements Presence {

    @Override
    public boolean keptBy(Members node) {
      String value = node.codeOf(codeAt);
      if (value == null) {
        return true;
      }
      return binding.keeps(held.by(node, propertyAt), codes.contains(value));
    }

    @Override
    public List<Integer> conditions() {
      return List.of(codeAt);
    }

    @Override
    public ObjectNode schema(SchemaBuilder schemas) {
      ObjectNode present = present(schemas, property, held);
      if (binding == Binding.ONLY) {
        // Said as: absent when the code is one of the others.
        List<String> others = all.stream().filter(c -> !codes.contains(c)).toList();
        return Binding.NEVER.schema(schemas, holds(schemas, others), present);
      }
      return binding.schema(schemas, holds(schemas, codes), present);
    }

    /** The schema's test that the code property holds one of these codes. */
    private ObjectNode holds(SchemaBuilder schemas, List<String> these) {
      ObjectNode condition = schemas.object();
      ArrayNode names = condition.putObject("properties").putObject(code).putArray("enum");
      these.forEach(names::add);
      condition.putArray("required").add(code);
      return condition;
    }

    @Override
    public String describe() {
      return binding.describe(property, held)
          + " `"
          + code
          + "` is "
          + String.join(" or ", codes.stream().map(c -> "`" + c + "`").toList())
          + ".";
    }

    @Override
    public String message() {
      return binding.demand(property, held) + " " + code + " is one of its codes.";
    }
  }

  /**
   * An optional property (or a list: present when it holds elements) bound to a boolean property
   * being true; absent where it is optional, the boolean is not true. Not judged when the boolean
   * is missing though required, or is not a boolean: its own problem is reported.
   */
  record WhenTrue(
      Binding binding, String property, String flag, int propertyAt, int flagAt, Held held)
      implements Presence {

    @Override
    public boolean keptBy(Members node) {
      return binding.keeps(held.by(node, propertyAt), Boolean.TRUE.equals(node.flagOf(flagAt)));
    }

    @Override
    public List<Integer> conditions() {
      return held == Held.TRUE ? List.of(flagAt, propertyAt) : List.of(flagAt);
    }

    @Override
    public ObjectNode schema(SchemaBuilder schemas) {
      ObjectNode condition = schemas.object();
      condition.putObject("properties").putObject(flag).put("const", true);
      condition.putArray("required").add(flag);
      return binding.schema(schemas, condition, present(schemas, property, held));
    }

    @Override
    public String describe() {
      return binding.describe(property, held) + " `" + flag + "` is `true`.";
    }

    @Override
    public String message() {
      return binding.demand(property, held) + " " + flag + " is true.";
    }
  }

  /**
   * An optional property (or a list: present when it holds elements) present only with another,
   * which is not a list.
   */
  record OnlyWith(String property, String other, int propertyAt, int otherAt, boolean list)
      implements Presence {

    @Override
    public boolean keptBy(Members node) {
      return !node.isPresent(propertyAt) || node.isPresent(otherAt);
    }

    @Override
    public List<Integer> conditions() {
      return List.of(otherAt);
    }

    @Override
    public ObjectNode schema(SchemaBuilder schemas) {
      ObjectNode rule = schemas.object();
      if (list) {
        rule.set("if", present(schemas, property, true));
        rule.putObject("then").putArray("required").add(other);
      } else {
        rule.putObject("dependentRequired").putArray(property).add(other);
      }
      return rule;
    }

    @Override
    public String describe() {
      return "`"
          + property
          + (list ? "` may hold elements only with `" : "` may be present only with `")
          + other
          + "`.";
    }

    @Override
    public String message() {
      return "The property "
          + property
          + (list ? " may hold elements only with " : " may be present only with ")
          + other
          + ".";
    }
  }

  /**
   * A text property that holds a code of an enumeration when a code property holds one code, as a
   * harm's grade on a named scale: a value compared with another, which the published schema does
   * not say. The reader refuses it ({@link ProblemCode#JSON_INCONSISTENT_OBJECT}) at the text
   * property, the value that is not of its kind, rather than at the object that holds both, and
   * judges it only when neither property was reported with a problem of its own.
   */
  record CodeWhen(
      String property,
      String type,
      Set<String> codes,
      String code,
      String when,
      int propertyAt,
      int codeAt) {

    /** The places of the properties the rule depends on: the text property and the code. */
    List<Integer> conditions() {
      return List.of(propertyAt, codeAt);
    }

    /** Whether the object's properties keep the rule. */
    boolean keptBy(Members node) {
      String text = node.codeOf(propertyAt);
      return !when.equals(node.codeOf(codeAt)) || text == null || codes.contains(text);
    }

    /** The rule as the format's documentation says it. */
    String describe() {
      return "`" + property + "` is a code of " + type + " when `" + code + "` is `" + when + "`.";
    }

    /** The problem's message: the format's own names, never a value. */
    String message() {
      return "The property "
          + property
          + " must be a code of "
          + type
          + " when "
          + code
          + " is "
          + when
          + ".";
    }
  }

  /** A value out of order: its JSON Pointer below the object, and the place it stands for. */
  record Breach(String pointer, String place) {}

  /**
   * Moments or days in time order, as a meeting's start and end, or a consent's {@code obtainedAt},
   * each of its {@code reconfirmations/*}{@code /at} in turn and its {@code withdrawal/at}: values
   * compared with each other, which the published schema does not say. Each place is a property of
   * the object, a property of an object it holds ({@code review/reviewedAt}), or one of each
   * element of a list it holds ({@code *} for each index, in list order). A value absent is passed
   * over. The reader refuses each value before one that comes before it in the order ({@link
   * ProblemCode#JSON_INCONSISTENT_OBJECT} at that value), rather than the object that holds them,
   * and judges the order only when no property the places lie in was reported with a problem of its
   * own. The model's own check of the same order stays, for values built in code.
   *
   * @param <C> the values' type
   */
  record InOrder<C extends Comparable<? super C>>(
      List<String> places, Codec<C> codec, List<Integer> conditions) {

    /**
     * The values out of order, each with its JSON Pointer below the object and the place of the
     * order it stands for: each value before the latest of those before it.
     */
    List<Breach> breaches(JsonNode node) {
      List<Breach> breaches = new ArrayList<>();
      @Nullable C latest = null;
      for (String place : places) {
        for (String pointer : pointers(node, place)) {
          Optional<C> value = valueAt(node, pointer);
          if (value.isEmpty()) {
            continue;
          }
          if (latest != null && value.get().compareTo(latest) < 0) {
            breaches.add(new Breach(pointer, place));
          } else {
            latest = value.get();
          }
        }
      }
      return breaches;
    }

    /** The pointers a place stands for in the object: one, or one per element of its list. */
    static List<String> pointers(JsonNode node, String place) {
      int star = place.indexOf("/*/");
      if (star < 0) {
        return List.of("/" + place);
      }
      JsonNode list = node.at("/" + place.substring(0, star));
      List<String> pointers = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        pointers.add("/" + place.substring(0, star) + "/" + i + place.substring(star + 2));
      }
      return pointers;
    }

    /**
     * The value at a pointer of the object: empty when it is absent, or is not one, which its own
     * property's problem reports (so the order is not judged).
     */
    private Optional<C> valueAt(JsonNode node, String pointer) {
      JsonNode value = node.at(pointer);
      if (!value.isString()) {
        return Optional.empty();
      }
      try {
        return codec.read(value, ReadContext.STRAIGHT);
      } catch (Detour notOne) {
        return Optional.empty();
      }
    }

    /** The rule as the format's documentation says it. */
    String describe() {
      if (places.size() == 2 && !places.get(1).contains("*")) {
        return "`" + places.get(1) + "` is not before `" + places.get(0) + "`.";
      }
      List<String> quoted = places.stream().map(place -> "`" + place + "`").toList();
      return String.join(", ", quoted.subList(0, quoted.size() - 1))
          + " and "
          + quoted.get(quoted.size() - 1)
          + " are in time order, each element of a list (`*`) in turn; one absent is passed over.";
    }

    /**
     * The problem's message for a value out of order: the format's own names, never a value.
     *
     * @param place the place of the order the value stands for
     */
    String message(String place) {
      List<String> before = new ArrayList<>(places.subList(0, places.indexOf(place)));
      if (place.contains("*")) {
        before.add("an earlier element of " + place);
      }
      return "The property " + place + " must not be before " + String.join(" or ", before) + ".";
    }
  }

  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator out, T value);
  }

  @FunctionalInterface
  interface Reader<B> {
    void read(B builder, JsonNode node, ReadContext context);
  }

  /**
   * Reads a property's value straight from the token stream into the builder (see {@link
   * Codec#readStraight}), and returns it.
   */
  @FunctionalInterface
  interface StraightReader<B> {
    Object read(B builder, JsonParser in);
  }

  /**
   * The most properties an object may declare: the straight path keeps them in one {@code long}.
   */
  static final int MAX_PROPERTIES = Long.SIZE;

  private final String name;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties = new ArrayList<>();
  private final Set<String> extraNames = new LinkedHashSet<>();
  private final List<Presence> presences = new ArrayList<>();
  private final List<CodeWhen> codesWhen = new ArrayList<>();
  private final List<InOrder<?>> inOrder = new ArrayList<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private long requiredProperties;

  /** Made at the first straight reading, once every property is declared; see {@link #straight}. */
  private volatile @Nullable Straight straight;

  /** The factory whose name matchers every parser of this module's documents can use. */
  private static final JsonFactory NAMES = new JsonFactory();

  private ObjectFormat(String name, Supplier<B> newBuilder, Function<B, T> build) {
    this.name = name;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  static <T, B> ObjectFormat<T, B> of(String name, Supplier<B> newBuilder, Function<B, T> build) {
    return new ObjectFormat<>(name, newBuilder, build);
  }

  String name() {
    return name;
  }

  List<Property<T, B>> properties() {
    return properties;
  }

  /** The rules between properties, in declaration order. */
  List<Presence> presences() {
    return presences;
  }

  /** The text properties that hold a code when another code says so, in declaration order. */
  List<CodeWhen> codesWhen() {
    return codesWhen;
  }

  /** The moments or days in time order, in declaration order. */
  List<InOrder<?>> inOrder() {
    return inOrder;
  }

  /**
   * Declares that the values at {@code places}, read by {@code codec}, are in time order, each a
   * property of the object, of an object it holds ({@code "review/reviewedAt"}), or of each element
   * of a list it holds ({@code "reconfirmations/*}{@code /at"}); the reader refuses each value out
   * of order ({@link ProblemCode#JSON_INCONSISTENT_OBJECT} at the value), and the documentation
   * lists the rule under the object. The schema does not say it: it is among the values compared
   * with each other.
   */
  <C extends Comparable<? super C>> ObjectFormat<T, B> inTimeOrder(
      Codec<C> codec, String... places) {
    if (places.length < 2) {
      throw new IllegalStateException("an order of two places or more");
    }
    List<Integer> conditions = new ArrayList<>();
    for (String place : places) {
      String holder = holder(place);
      conditions.add(place.contains("/*/") ? declaredList(holder) : declaredSingle(holder));
    }
    inOrder.add(new InOrder<>(List.of(places), codec, List.copyOf(conditions)));
    return this;
  }

  /** The object's own property a place lies in: the first name of {@code "review/reviewedAt"}. */
  private static String holder(String place) {
    int slash = place.indexOf('/');
    return slash < 0 ? place : place.substring(0, slash);
  }

  /**
   * Declares that a text property holds a code of {@code type} when a code property holds {@code
   * when}; the reader refuses the object otherwise ({@link ProblemCode#JSON_INCONSISTENT_OBJECT} at
   * the text property), and the documentation lists the rule under the object. The schema does not
   * say it: it is among the values compared with each other.
   */
  <E extends Enum<E>> ObjectFormat<T, B> codeWhen(
      String property, Class<E> type, String code, Enum<?> when) {
    Set<String> codes = new LinkedHashSet<>();
    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).forEach(codes::add);
    codesWhen.add(
        new CodeWhen(
            property,
            type.getSimpleName(),
            Set.copyOf(codes),
            code,
            when.name(),
            declaredSingle(property),
            declaredSingle(code)));
    return this;
  }

  /**
   * Declares that exactly one of some optional properties is present; the reader refuses the object
   * otherwise ({@link ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema says {@code oneOf}.
   */
  ObjectFormat<T, B> exactlyOneOf(String first, String... others) {
    List<String> names = new ArrayList<>();
    names.add(first);
    names.addAll(List.of(others));
    if (names.size() < 2) {
      throw new IllegalStateException("exactly one of two properties or more");
    }
    presences.add(
        new Alternatives(
            true, List.copyOf(names), names.stream().map(this::declaredOptionalSingle).toList()));
    return this;
  }

  /**
   * Declares that two optional properties are not both present; the reader refuses the object
   * otherwise ({@link ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema says {@code not} both
   * required.
   */
  ObjectFormat<T, B> notBoth(String first, String second) {
    presences.add(
        new Alternatives(
            false,
            List.of(first, second),
            List.of(declaredOptionalSingle(first), declaredOptionalSingle(second))));
    return this;
  }

  /**
   * Declares that an optional property (or a list: that it holds elements) is present exactly when
   * a code property holds one of the codes {@code when} accepts; the reader refuses the object
   * otherwise ({@link ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema says <code>if</code>/
   * <code>then</code>/<code>else</code>.
   */
  <E extends Enum<E>> ObjectFormat<T, B> presentExactlyWhen(
      String property, String code, Class<E> type, Predicate<E> when) {
    return whenCode(Binding.EXACTLY, property, code, type, when);
  }

  /**
   * Declares that an optional property (or a list: that it holds elements) may be present only when
   * a code property holds one of the codes {@code when} accepts; the reader refuses the object
   * otherwise ({@link ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema says <code>if</code>/
   * <code>then</code>.
   */
  <E extends Enum<E>> ObjectFormat<T, B> presentOnlyWhen(
      String property, String code, Class<E> type, Predicate<E> when) {
    return whenCode(Binding.ONLY, property, code, type, when);
  }

  /**
   * Declares that an optional property (or a list: that it holds elements) is present whenever a
   * code property holds one of the codes {@code when} accepts, and free otherwise; the reader
   * refuses the object otherwise ({@link ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema
   * says <code>if</code>/<code>then</code>.
   */
  <E extends Enum<E>> ObjectFormat<T, B> presentWhen(
      String property, String code, Class<E> type, Predicate<E> when) {
    return whenCode(Binding.WHEN, property, code, type, when);
  }

  private <E extends Enum<E>> ObjectFormat<T, B> whenCode(
      Binding binding, String property, String code, Class<E> type, Predicate<E> when) {
    List<String> codes =
        java.util.Arrays.stream(type.getEnumConstants()).filter(when).map(Enum::name).toList();
    Set<String> all = new LinkedHashSet<>();
    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).forEach(all::add);
    int propertyAt = declaredOptional(property);
    presences.add(
        new WhenCode(
            binding,
            property,
            code,
            codes,
            all,
            propertyAt,
            declaredSingle(code),
            Held.of(properties.get(propertyAt).array())));
    return this;
  }

  /**
   * Declares that an optional property (or a list: that it holds elements) is present whenever a
   * boolean property is true, and free otherwise; the reader refuses the object otherwise ({@link
   * ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema says <code>if</code>/<code>then</code>.
   */
  ObjectFormat<T, B> presentWhenTrue(String property, String flag) {
    return whenTrue(Binding.WHEN, property, flag);
  }

  /**
   * Declares that an optional property (or a list: that it holds elements) may be present only when
   * a boolean property is true; the reader refuses the object otherwise ({@link
   * ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema says <code>if</code>/<code>then</code>.
   */
  ObjectFormat<T, B> presentOnlyWhenTrue(String property, String flag) {
    return whenTrue(Binding.ONLY, property, flag);
  }

  /**
   * Declares that an optional property (or a list: that it holds elements) is absent whenever a
   * boolean property is true, and free otherwise; the reader refuses the object otherwise ({@link
   * ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema says <code>if</code>/<code>then</code>.
   */
  ObjectFormat<T, B> absentWhenTrue(String property, String flag) {
    return whenTrue(Binding.NEVER, property, flag);
  }

  /**
   * Declares that a boolean property may be true only when another boolean property is true
   * (absent, a boolean is not); the reader refuses the object otherwise ({@link
   * ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema says <code>if</code>/<code>then</code>
   * with {@code const}.
   */
  ObjectFormat<T, B> trueOnlyWhenTrue(String flag, String other) {
    return whenTrue(Binding.ONLY, flag, other, Held.TRUE);
  }

  private ObjectFormat<T, B> whenTrue(Binding binding, String property, String flag) {
    return whenTrue(binding, property, flag, Held.of(properties.get(declared(property)).array()));
  }

  private ObjectFormat<T, B> whenTrue(Binding binding, String property, String flag, Held held) {
    int propertyAt = declaredOptional(property);
    presences.add(new WhenTrue(binding, property, flag, propertyAt, declaredSingle(flag), held));
    return this;
  }

  /**
   * Declares that an optional property (or a list: that it holds elements) may be present only with
   * another; the reader refuses the object otherwise ({@link
   * ProblemCode#JSON_INCONSISTENT_OBJECT}), and the schema says {@code dependentRequired} (of a
   * list, <code>if</code>/<code>then</code>).
   */
  ObjectFormat<T, B> presentOnlyWith(String property, String other) {
    int propertyAt = declaredOptional(property);
    presences.add(
        new OnlyWith(
            property,
            other,
            propertyAt,
            declaredSingle(other),
            properties.get(propertyAt).array()));
    return this;
  }

  /**
   * The place of a declared property that a rule binds, which is optional: a required property left
   * out is reported as missing, and a rule that bound it would report it again.
   */
  private int declaredOptional(String property) {
    int position = declared(property);
    if (properties.get(position).required()) {
      throw new IllegalStateException("a rule between properties binds an optional property");
    }
    return position;
  }

  /**
   * The place of a declared optional property that is not a list; see {@link #declaredOptional}.
   */
  private int declaredOptionalSingle(String property) {
    declaredOptional(property);
    return declaredSingle(property);
  }

  /** The place of a declared property that is not a list. */
  private int declaredSingle(String property) {
    int position = declared(property);
    if (properties.get(position).array()) {
      throw new IllegalStateException("this rule names a property that is not a list");
    }
    return position;
  }

  /** The place of a declared property that is a list. */
  private int declaredList(String property) {
    int position = declared(property);
    if (!properties.get(position).array()) {
      throw new IllegalStateException("this rule names a list that is not one");
    }
    return position;
  }

  /** The place of a declared property. */
  private int declared(String property) {
    Integer position = positions.get(property);
    if (position == null) {
      throw new IllegalStateException("declare the property before a rule that names it");
    }
    return position;
  }

  /** Adds a property, and its place for the straight path. */
  private void declare(Property<T, B> property) {
    if (properties.size() == MAX_PROPERTIES || positions.containsKey(property.name())) {
      throw new IllegalStateException(
          "an object declares each property once, and at most " + MAX_PROPERTIES);
    }
    if (property.required()) {
      requiredProperties |= 1L << properties.size();
    }
    positions.put(property.name(), properties.size());
    properties.add(property);
  }

  /** A property that is always present. */
  <V> ObjectFormat<T, B> required(
      String property, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    SerializableString written = new SerializedString(property);
    declare(
        new Property<>(
            property,
            true,
            false,
            codec.describe(),
            (out, value) -> {
              out.writeName(written);
              codec.write(out, get.apply(value));
            },
            (builder, node, context) ->
                context
                    .at(property, () -> codec.read(node, context))
                    .ifPresent(v -> set.accept(builder, v)),
            (builder, in) -> {
              V v = codec.readStraight(in);
              set.accept(builder, v);
              return v;
            },
            codec::schema,
            codec,
            false));
    return this;
  }

  /** A property that may be absent; absent and JSON null read as empty. */
  <V> ObjectFormat<T, B> optional(
      String property, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    SerializableString written = new SerializedString(property);
    declare(
        new Property<>(
            property,
            false,
            false,
            codec.describe(),
            (out, value) ->
                get.apply(value)
                    .ifPresent(
                        v -> {
                          out.writeName(written);
                          codec.write(out, v);
                        }),
            (builder, node, context) ->
                context
                    .at(property, () -> codec.read(node, context))
                    .ifPresent(v -> set.accept(builder, v)),
            (builder, in) -> {
              V v = codec.readStraight(in);
              set.accept(builder, v);
              return v;
            },
            codec::schema,
            codec,
            false));
    return this;
  }

  /**
   * A property with a default in the model: always written, so a reader sees the value; optional
   * when read, so an absent value takes the model's default.
   */
  <V> ObjectFormat<T, B> defaulted(
      String property, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    SerializableString written = new SerializedString(property);
    declare(
        new Property<>(
            property,
            false,
            false,
            codec.describe() + ", with a default",
            (out, value) -> {
              out.writeName(written);
              codec.write(out, get.apply(value));
            },
            (builder, node, context) ->
                context
                    .at(property, () -> codec.read(node, context))
                    .ifPresent(v -> set.accept(builder, v)),
            (builder, in) -> {
              V v = codec.readStraight(in);
              set.accept(builder, v);
              return v;
            },
            codec::schema,
            codec,
            false));
    return this;
  }

  /**
   * A boolean whose model default is false: written only when true, so that records written before
   * the property existed are written the same as before; false when absent.
   */
  ObjectFormat<T, B> flag(String property, Predicate<T> get, BiConsumer<B, Boolean> set) {
    SerializableString written = new SerializedString(property);
    declare(
        new Property<>(
            property,
            false,
            false,
            Codecs.BOOLEAN.describe() + " (written only when true), with a default",
            (out, value) -> {
              if (get.test(value)) {
                out.writeName(written);
                Codecs.BOOLEAN.write(out, true);
              }
            },
            (builder, node, context) ->
                context
                    .at(property, () -> Codecs.BOOLEAN.read(node, context))
                    .ifPresent(v -> set.accept(builder, v)),
            (builder, in) -> {
              Boolean v = Codecs.BOOLEAN.readStraight(in);
              set.accept(builder, v);
              return v;
            },
            Codecs.BOOLEAN::schema,
            Codecs.BOOLEAN,
            false));
    return this;
  }

  /** A list; written only when not empty, read as empty when absent or null. */
  <V> ObjectFormat<T, B> many(
      String property,
      Codec<V> codec,
      Function<T, ? extends List<V>> get,
      BiConsumer<B, List<V>> set) {
    return array(property, codec, get, set, false, false);
  }

  /** A list that must hold at least one element; always written. */
  <V> ObjectFormat<T, B> atLeastOne(
      String property,
      Codec<V> codec,
      Function<T, ? extends List<V>> get,
      BiConsumer<B, List<V>> set) {
    return array(property, codec, get, set, true, false);
  }

  /**
   * A set; written only when not empty, read as empty when absent or null. A repeated element is
   * reported ({@link ProblemCode#JSON_DUPLICATE_ELEMENT}) and the schema says {@code uniqueItems}.
   */
  <V> ObjectFormat<T, B> distinct(
      String property,
      Codec<V> codec,
      Function<T, ? extends Set<V>> get,
      BiConsumer<B, List<V>> set) {
    return array(property, codec, get, set, false, true);
  }

  /**
   * A set that must hold at least one element; always written. Repeats as for {@link #distinct}.
   */
  <V> ObjectFormat<T, B> atLeastOneDistinct(
      String property,
      Codec<V> codec,
      Function<T, ? extends Set<V>> get,
      BiConsumer<B, List<V>> set) {
    return array(property, codec, get, set, true, true);
  }

  /**
   * A list that is always written, empty or not, so that a reader sees every list of every object;
   * read as empty when absent or null.
   */
  <V> ObjectFormat<T, B> manyAlways(
      String property,
      Codec<V> codec,
      Function<T, ? extends List<V>> get,
      BiConsumer<B, List<V>> set) {
    return array(property, codec, get, set, false, false, true);
  }

  /**
   * A set that is always written, empty or not; read as empty when absent or null. Repeats as for
   * {@link #distinct}.
   */
  <V> ObjectFormat<T, B> distinctAlways(
      String property,
      Codec<V> codec,
      Function<T, ? extends Set<V>> get,
      BiConsumer<B, List<V>> set) {
    return array(property, codec, get, set, false, true, true);
  }

  private <V> ObjectFormat<T, B> array(
      String property,
      Codec<V> codec,
      Function<T, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> set,
      boolean atLeastOne,
      boolean unique) {
    return array(property, codec, get, set, atLeastOne, unique, atLeastOne);
  }

  private <V> ObjectFormat<T, B> array(
      String property,
      Codec<V> codec,
      Function<T, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> set,
      boolean atLeastOne,
      boolean unique,
      boolean alwaysWritten) {
    SerializableString written = new SerializedString(property);
    declare(
        new Property<>(
            property,
            atLeastOne,
            false,
            "array of "
                + codec.describe()
                + (atLeastOne ? ", at least one" : "")
                + (unique ? ", no repeats" : "")
                + (alwaysWritten && !atLeastOne ? ", always written" : ""),
            (out, value) -> {
              Collection<V> items = get.apply(value);
              if (alwaysWritten || !items.isEmpty()) {
                out.writeName(written);
                out.writeStartArray();
                for (V item : items) {
                  codec.write(out, item);
                }
                out.writeEndArray();
              }
            },
            (builder, node, context) ->
                context
                    .at(property, () -> readArray(node, codec, unique, context))
                    .ifPresent(items -> set.accept(builder, items)),
            (builder, in) -> {
              List<V> items = readArrayStraight(in, codec, unique);
              set.accept(builder, items);
              return items;
            },
            schemas -> {
              ObjectNode array = schemas.object().put("type", "array");
              if (atLeastOne) {
                array.put("minItems", 1);
              }
              if (unique) {
                array.put("uniqueItems", true);
              }
              array.set("items", codec.schema(schemas));
              return array;
            },
            codec,
            true));
    return this;
  }

  /** Marks the last declared property as personal data (names, dates of birth, free text). */
  ObjectFormat<T, B> personal() {
    Property<T, B> last = properties.get(properties.size() - 1);
    properties.set(
        properties.size() - 1,
        new Property<>(
            last.name(),
            last.required(),
            true,
            last.type(),
            last.writer(),
            last.reader(),
            last.straight(),
            last.schema(),
            last.codec(),
            last.array()));
    return this;
  }

  /**
   * Whether the format defines a property of this name in this object: a declared property or one
   * read and written elsewhere (the document header).
   */
  boolean defines(String property) {
    return extraNames.contains(property) || property(property).isPresent();
  }

  /** The declared property of this name, if any. */
  Optional<Property<T, B>> property(String property) {
    Integer position = positions.get(property);
    return position == null ? Optional.empty() : Optional.of(properties.get(position));
  }

  /**
   * Names the properties that are read and written elsewhere (the document header, {@link
   * DocumentHeader#PROPERTIES}), so they are not unknown.
   */
  ObjectFormat<T, B> alsoAllows(List<String> properties) {
    extraNames.addAll(properties);
    return this;
  }

  private static <V> Optional<List<V>> readArray(
      JsonNode node, Codec<V> codec, boolean unique, ReadContext context) {
    if (!node.isArray()) {
      context.error(ProblemCode.JSON_WRONG_TYPE, "Expected an array.");
      return Optional.empty();
    }
    List<V> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      Optional<V> item =
          context.at(
              i,
              () -> {
                if (element.isNull()) {
                  context.error(ProblemCode.JSON_WRONG_TYPE, "Expected an element, not null.");
                  return Optional.<V>empty();
                }
                return codec.read(element, context);
              });
      if (item.isPresent()) {
        if (unique && items.contains(item.get())) {
          context.duplicateElement(i);
        } else {
          items.add(item.get());
        }
      }
    }
    return Optional.of(items);
  }

  private static <V> List<V> readArrayStraight(JsonParser in, Codec<V> codec, boolean unique) {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      throw new Detour();
    }
    List<V> items = new ArrayList<>();
    for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
      if (token == null || token == JsonToken.VALUE_NULL) {
        throw new Detour();
      }
      V item =
          codec instanceof ObjectFormat<V, ?> object
              ? object.readStraight(in)
              : codec.readStraight(in);
      if (unique && items.contains(item)) {
        throw new Detour();
      }
      items.add(item);
    }
    return items;
  }

  @Override
  public void write(JsonGenerator out, T value) {
    out.writeStartObject();
    for (Property<T, B> property : properties) {
      property.writer().write(out, value);
    }
    out.writeEndObject();
  }

  /** Writes the properties only, inside an object the caller opened. */
  void writeProperties(JsonGenerator out, T value) {
    for (Property<T, B> property : properties) {
      property.writer().write(out, value);
    }
  }

  @Override
  public Optional<T> read(JsonNode node, ReadContext context) {
    if (!node.isObject()) {
      context.error(ProblemCode.JSON_WRONG_TYPE, "Expected an object (" + name + ").");
      return Optional.empty();
    }
    int errorsBefore = context.errorCount();
    B builder = newBuilder.get();
    Set<String> known = new LinkedHashSet<>(extraNames);
    // The places of the properties reported: missing though required, or a value refused.
    long reported = 0;
    for (int at = 0; at < properties.size(); at++) {
      Property<T, B> property = properties.get(at);
      known.add(property.name());
      JsonNode value = node.get(property.name());
      int errorsOfOthers = context.errorCount();
      if (value == null || value.isNull()) {
        if (property.required()) {
          context.error(
              property.name(),
              ProblemCode.JSON_MISSING_PROPERTY,
              "A required property is missing.");
        }
      } else {
        property.reader().read(builder, value, context);
      }
      if (context.errorCount() > errorsOfOthers) {
        reported |= 1L << at;
      }
    }
    int member = 0;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      member++;
      if (!known.contains(entry.getKey())) {
        context.unknownProperty(member);
      }
    }
    Members members =
        new Members() {
          @Override
          public boolean isPresent(int at) {
            JsonNode value = node.get(properties.get(at).name());
            return value != null && !value.isNull() && !(value.isArray() && value.isEmpty());
          }

          @Override
          public @Nullable String codeOf(int at) {
            JsonNode value = node.get(properties.get(at).name());
            return value != null && value.isString() ? value.stringValue() : null;
          }

          @Override
          public @Nullable Boolean flagOf(int at) {
            JsonNode value = node.get(properties.get(at).name());
            if (value == null || !value.isBoolean()) {
              return null;
            }
            return value.booleanValue();
          }
        };
    for (Presence presence : presences) {
      if (judged(presence.conditions(), reported) && !presence.keptBy(members)) {
        context.error(ProblemCode.JSON_INCONSISTENT_OBJECT, presence.message());
      }
    }
    for (CodeWhen rule : codesWhen) {
      if (judged(rule.conditions(), reported) && !rule.keptBy(members)) {
        context.error(rule.property(), ProblemCode.JSON_INCONSISTENT_OBJECT, rule.message());
      }
    }
    for (InOrder<?> rule : inOrder) {
      if (judged(rule.conditions(), reported)) {
        for (Breach breach : rule.breaches(node)) {
          context.errorBelow(
              breach.pointer(), ProblemCode.JSON_INCONSISTENT_OBJECT, rule.message(breach.place()));
        }
      }
    }
    if (context.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    try {
      return Optional.of(build.apply(builder));
    } catch (UnknownReferenceException e) {
      for (UnknownReferenceException.UnknownReference unknown : e.references()) {
        context.errorBelow(
            context.inDocument(unknown.pointer()),
            ProblemCode.JSON_UNKNOWN_REFERENCE,
            "Expected the id of an entry of " + unknown.list() + " in this case.");
      }
      return Optional.empty();
    } catch (IllegalArgumentException | IllegalStateException e) {
      context.error(ProblemCode.JSON_INCONSISTENT_OBJECT, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Whether the reader judges a rule between properties: not when a property it depends on ({@link
   * Presence#conditions}, {@link CodeWhen#conditions}, {@link InOrder#conditions}) is among those
   * {@code reported}, whose own problem is the defect.
   */
  private static boolean judged(List<Integer> conditions, long reported) {
    for (int at : conditions) {
      if ((reported & (1L << at)) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the straight path does with a property the format reads elsewhere ({@link #alsoAllows}):
   * the parser is at the value's first token, and is left at its last.
   */
  @FunctionalInterface
  interface Elsewhere {
    void take(String property, JsonParser in);
  }

  @Override
  public T readStraight(JsonParser in) {
    return readStraight(in, null);
  }

  /**
   * {@link #readStraight(JsonParser)} of an object that also holds the properties the format reads
   * elsewhere (the document header), which {@code elsewhere} takes.
   */
  @SuppressWarnings("unchecked") // the reader builds a T: it was made of this format's parts
  T readStraight(JsonParser in, @Nullable Elsewhere elsewhere) {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw new Detour();
    }
    Straight straight = straight();
    ObjectReaders.ObjectReader reader = straight.reader;
    if (reader == null) {
      throw new Detour();
    }
    Object builder = reader.newBuilder();
    long given = 0;
    long present = 0;
    @Nullable Object[] values = presences.isEmpty() ? null : new Object[properties.size()];
    PropertyNameMatcher names = straight.names;
    int declared = properties.size();
    for (int position = in.nextNameMatch(names);
        position != PropertyNameMatcher.MATCH_END_OBJECT;
        position = in.nextNameMatch(names)) {
      if (position < 0) {
        throw new Detour();
      }
      JsonToken token = in.nextToken();
      if (position >= declared) {
        if (elsewhere == null) {
          throw new Detour();
        }
        elsewhere.take(names.nameLookup()[position], in);
        continue;
      }
      long bit = 1L << position;
      if ((given & bit) != 0) {
        // The same property twice: the parser of the full path refuses it.
        throw new Detour();
      }
      given |= bit;
      if (token != JsonToken.VALUE_NULL) {
        Object value = reader.read(position, builder, in);
        present |= bit;
        if (values != null) {
          values[position] = value;
        }
      }
    }
    if (in.currentToken() != JsonToken.END_OBJECT
        || (present & requiredProperties) != requiredProperties
        || (values != null && !keptBy(present, values))) {
      throw new Detour();
    }
    try {
      return (T) reader.build(builder);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Detour();
    }
  }

  /**
   * What the straight path reads an object with: the names of its properties, in declared order,
   * then those it reads elsewhere, as the parser matches them (a parser of bytes finds a name's
   * position without making a string of it), and the reader of its properties; null where no reader
   * can be made ({@link ObjectReaders#of}), and then every object takes the full path.
   */
  private record Straight(PropertyNameMatcher names, ObjectReaders.@Nullable ObjectReader reader) {}

  /** Made at the first straight reading, when every property is declared. */
  @SuppressWarnings("unchecked") // the parts are used together, on this format's builders only
  private Straight straight() {
    Straight made = straight;
    if (made == null) {
      List<Named> all = new ArrayList<>();
      properties.forEach(property -> all.add(Named.fromString(property.name())));
      extraNames.forEach(name -> all.add(Named.fromString(name)));
      List<StraightReader<Object>> readers = new ArrayList<>();
      properties.forEach(property -> readers.add((StraightReader<Object>) property.straight()));
      ObjectReaders.Parts parts =
          new ObjectReaders.Parts(
              (Supplier<Object>) newBuilder,
              (Function<Object, Object>) build,
              List.copyOf(readers));
      made = new Straight(NAMES.constructNameMatcher(all, false), ObjectReaders.of(parts));
      straight = made;
    }
    return made;
  }

  /**
   * Whether an object read on the straight path keeps every rule between its properties. Each is
   * judged: the path reaches here only when every required property is present and every value was
   * read without a problem.
   */
  private boolean keptBy(long present, @Nullable Object[] values) {
    Members members = membersOf(present, values);
    for (Presence presence : presences) {
      if (!presence.keptBy(members)) {
        return false;
      }
    }
    return true;
  }

  /** The members of an object read on the straight path: which are present, and their values. */
  private static Members membersOf(long present, @Nullable Object[] values) {
    return new Members() {
      @Override
      public boolean isPresent(int at) {
        return (present & (1L << at)) != 0
            && !(values[at] instanceof Collection<?> list && list.isEmpty());
      }

      @Override
      public @Nullable String codeOf(int at) {
        return values[at] instanceof Enum<?> code ? code.name() : null;
      }

      @Override
      public @Nullable Boolean flagOf(int at) {
        return values[at] instanceof Boolean flag ? flag : null;
      }
    };
  }

  @Override
  public ObjectNode schema(SchemaBuilder schemas) {
    return schemas.reference(name, () -> definition(schemas));
  }

  /** The object's schema itself, not a reference. */
  ObjectNode definition(SchemaBuilder schemas) {
    schemas.met(this);
    ObjectNode schema = schemas.object().put("type", "object");
    ObjectNode props = schema.putObject("properties");
    ArrayNode required = schemas.nodes().arrayNode();
    for (Property<T, B> property : properties) {
      props.set(property.name(), property.schema().apply(schemas));
      if (property.required()) {
        required.add(property.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    if (presences.size() == 1) {
      schema.setAll(presences.get(0).schema(schemas));
    } else if (presences.size() > 1) {
      ArrayNode allOf = schema.putArray("allOf");
      presences.forEach(presence -> allOf.add(presence.schema(schemas)));
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  @Override
  public String describe() {
    return "object (" + name + ")";
  }
}
