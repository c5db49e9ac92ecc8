package org.restorative.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.restorative.core.Identifier;
import org.restorative.core.casefile.RecordCalendar;
import org.restorative.core.party.Place;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of scalar values: text, numbers, booleans, ids, codes, dates and moments. */
final class Codecs {

  private Codecs() {}

  /** The earliest moment and date the format accepts: the first day of year 0001, in UTC. */
  static final Instant EARLIEST = RecordCalendar.EARLIEST_MOMENT;

  /** The latest moment the format accepts: the last nanosecond of year 9999, in UTC. */
  static final Instant LATEST = RecordCalendar.LATEST_MOMENT;

  /** The most digits a decimal may have before its point: its magnitude stays below 10^15. */
  static final int MAX_DECIMAL_DIGITS = 15;

  /** The most decimal places a decimal may have, trailing zeros aside. */
  static final int MAX_DECIMAL_PLACES = 6;

  private static final BigDecimal DECIMAL_BOUND =
      BigDecimal.ONE.scaleByPowerOfTen(MAX_DECIMAL_DIGITS);

  private static final String DECIMAL_RANGE =
      "Expected a number with at most "
          + MAX_DECIMAL_DIGITS
          + " digits before its point and "
          + MAX_DECIMAL_PLACES
          + " decimal places.";

  private static final String WRITTEN_DECIMAL_RANGE =
      "numbers with at most "
          + MAX_DECIMAL_DIGITS
          + " digits before the point and "
          + MAX_DECIMAL_PLACES
          + " decimal places (trailing zeros aside)";

  private static final String TEXT_RANGE =
      "valid Unicode text, without an unpaired UTF-16 surrogate";

  /** Whether a decimal lies in the format's range: below 10^15 in magnitude, at most 6 places. */
  static boolean decimalInRange(BigDecimal value) {
    return value.abs().compareTo(DECIMAL_BOUND) < 0
        && value.stripTrailingZeros().scale() <= MAX_DECIMAL_PLACES;
  }

  private static final String MOMENT_RANGE = "Expected a moment in the years 0001 to 9999, in UTC.";

  /** A year written with a sign and more than four digits, such as {@code +10000} or {@code -1}. */
  private static final java.util.regex.Pattern EXPANDED_YEAR =
      java.util.regex.Pattern.compile("^[+-][0-9]{4,}-");

  /**
   * An ISO-8601 moment that names its offset: {@code 2025-03-12T15:20:00Z} or {@code ...+01:00};
   * the hours, minutes, seconds and offset in their ranges (no leap second, no offset past 18
   * hours), and {@code T} and {@code Z} in either case, as {@link #MOMENT} reads them.
   */
  static final String INSTANT_PATTERN =
      "^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?"
          + "([Zz]|[+-]((0[0-9]|1[0-7]):[0-5][0-9]|18:00))$";

  /**
   * How a moment is read: RFC 3339's profile of ISO-8601, a date and time with an offset of hours
   * and minutes or {@code Z}; an offset of hours alone or with seconds, which {@link
   * DateTimeFormatter#ISO_OFFSET_DATE_TIME} would take, is refused, as the schema refuses it.
   */
  static final DateTimeFormatter MOMENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HH:MM", "Z")
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);

  /** An ISO-8601 calendar date. */
  static final String DATE_PATTERN = "^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /**
   * A date written as ISO-8601 writes every date of the years 0000 to 9999, {@code yyyy-mm-dd},
   * read without the general parser; null when the text has another shape, left to the parser.
   *
   * @throws DateTimeException if the shape is right but the date is not real, as the parser would
   */
  static @Nullable LocalDate plainDate(String text) {
    return plainDate(text.toCharArray(), 0, text.length());
  }

  /**
   * {@link #plainDate(String)} of the characters from {@code offset}, as the parser holds them: the
   * straight path reads a date without making a string of it.
   */
  static @Nullable LocalDate plainDate(char[] text, int offset, int length) {
    return length == 10 ? dateAtStart(text, offset) : null;
  }

  /**
   * The date in the ten characters from {@code offset}, as {@link #plainDate} reads it, or null.
   */
  private static @Nullable LocalDate dateAtStart(char[] text, int offset) {
    if (text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int year = digits(text, offset, offset + 4);
    int month = digits(text, offset + 5, offset + 7);
    int day = digits(text, offset + 8, offset + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * A moment in the shape this library writes, {@code yyyy-mm-ddThh:mm:ss} with 1 to 9 digits of
   * fraction or none and {@code Z}, read without the general parser, which took a third of a
   * record's reading time; null when the text has another shape (an offset, a lower-case {@code t},
   * no seconds, a time out of range), left to {@link #MOMENT}, which gives the same instant for
   * every text read here.
   *
   * @throws DateTimeException if the shape is right but the date is not real, as the parser would
   */
  static @Nullable Instant plainMoment(String text) {
    return plainMoment(text.toCharArray(), 0, text.length());
  }

  /**
   * {@link #plainMoment(String)} of the characters from {@code offset}, as the parser holds them:
   * the straight path reads a moment without making a string of it.
   */
  static @Nullable Instant plainMoment(char[] text, int offset, int length) {
    boolean fractional = length > 20;
    if (length < 20
        || length > 30
        || length == 21
        || text[offset + length - 1] != 'Z'
        || text[offset + 10] != 'T'
        || text[offset + 13] != ':'
        || text[offset + 16] != ':'
        || (fractional && text[offset + 19] != '.')) {
      return null;
    }
    int hour = digits(text, offset + 11, offset + 13);
    int minute = digits(text, offset + 14, offset + 16);
    int second = digits(text, offset + 17, offset + 19);
    int nanos = fractional ? digits(text, offset + 20, offset + length - 1) : 0;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    if (nanos < 0) {
      return null;
    }
    for (int places = fractional ? length - 21 : 9; places < 9; places++) {
      nanos *= 10;
    }
    LocalDate date = dateAtStart(text, offset);
    if (date == null) {
      return null;
    }
    return Instant.ofEpochSecond(
        date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
  }

  /**
   * A moment of the years 0001 to 9999 as {@link Instant#toString} writes it ({@code
   * yyyy-mm-ddThh:mm:ssZ}, with 3, 6 or 9 digits of fraction when it has one), without the general
   * formatter, which took a quarter of a record's writing time.
   */
  static String momentText(Instant moment) {
    long seconds = moment.getEpochSecond();
    int nanos = moment.getNano();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    char[] text = new char[30];
    int at = putDigits(text, 0, date.getYear(), 4);
    text[at++] = '-';
    at = putDigits(text, at, date.getMonthValue(), 2);
    text[at++] = '-';
    at = putDigits(text, at, date.getDayOfMonth(), 2);
    text[at++] = 'T';
    at = putDigits(text, at, secondOfDay / 3_600, 2);
    text[at++] = ':';
    at = putDigits(text, at, secondOfDay / 60 % 60, 2);
    text[at++] = ':';
    at = putDigits(text, at, secondOfDay % 60, 2);
    if (nanos != 0) {
      text[at++] = '.';
      if (nanos % 1_000_000 == 0) {
        at = putDigits(text, at, nanos / 1_000_000, 3);
      } else if (nanos % 1_000 == 0) {
        at = putDigits(text, at, nanos / 1_000, 6);
      } else {
        at = putDigits(text, at, nanos, 9);
      }
    }
    text[at++] = 'Z';
    return new String(text, 0, at);
  }

  /** Writes a number of at most {@code width} digits, padded with zeros; returns where it ends. */
  private static int putDigits(char[] text, int at, int value, int width) {
    int rest = value;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return at + width;
  }

  /** The number the ASCII digits from {@code from} to {@code to} write, or -1 if any is not one. */
  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * A codec of values written as one JSON string: one parse of the text serves both paths of
   * reading, so they accept the same texts and give the same values.
   */
  private abstract static class StringCodec<V> implements Codec<V> {

    private final String wrongType;

    StringCodec(String wrongType) {
      this.wrongType = wrongType;
    }

    /** The value the text stands for, or empty with its problem reported to the context. */
    abstract Optional<V> parse(String text, ReadContext context);

    @Override
    public final Optional<V> read(JsonNode node, ReadContext context) {
      if (!node.isString()) {
        context.error(ProblemCode.JSON_WRONG_TYPE, wrongType);
        return Optional.empty();
      }
      return parse(node.stringValue(), context);
    }

    @Override
    public V readStraight(JsonParser in) {
      return readText(in);
    }

    /** The value of the string the parser is at, read from the string it makes of it. */
    final V readText(JsonParser in) {
      if (in.currentToken() != JsonToken.VALUE_STRING) {
        throw new Detour();
      }
      return parse(in.getString(), ReadContext.STRAIGHT).orElseThrow(Detour::new);
    }

    /**
     * {@link #readStraight} of a value that {@code plain} reads from the parser's characters,
     * without making a string of them, when they have its shape and the value is in {@code range};
     * any other text is read as a string.
     */
    final V readPlain(JsonParser in, PlainShape<V> plain, Predicate<V> range) {
      if (in.currentToken() == JsonToken.VALUE_STRING) {
        V value;
        try {
          value = plain.read(in.getStringCharacters(), in.getStringOffset(), in.getStringLength());
        } catch (DateTimeException e) {
          throw new Detour();
        }
        if (value != null && range.test(value)) {
          return value;
        }
      }
      return readText(in);
    }
  }

  /** Reads a value of one plain shape from characters, or null when they have another. */
  @FunctionalInterface
  private interface PlainShape<V> {
    /**
     * @throws DateTimeException if the shape is right but the value is not real
     */
    @Nullable V read(char[] text, int offset, int length);
  }

  /**
   * Any text that is valid Unicode: an unpaired surrogate is refused with {@link
   * ProblemCode#JSON_INVALID_VALUE}. Personal text is marked on its property, not here.
   */
  static final Codec<String> TEXT =
      new StringCodec<>("Expected a string.") {
        @Override
        public void write(JsonGenerator out, String value) {
          if (Identifier.hasUnpairedSurrogate(value)) {
            throw UnwritableValueException.at(out, TEXT_RANGE);
          }
          out.writeString(value);
        }

        @Override
        Optional<String> parse(String text, ReadContext context) {
          if (Identifier.hasUnpairedSurrogate(text)) {
            context.error(
                ProblemCode.JSON_INVALID_VALUE,
                "Expected valid Unicode text, without an unpaired surrogate.");
            return Optional.empty();
          }
          return Optional.of(text);
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          return schemas.object().put("type", "string");
        }

        @Override
        public String describe() {
          return "string";
        }
      };

  /** A whole number. */
  static final Codec<Integer> INTEGER =
      new Codec<>() {
        @Override
        public void write(JsonGenerator out, Integer value) {
          out.writeNumber(value);
        }

        @Override
        public Optional<Integer> read(JsonNode node, ReadContext context) {
          if (!node.isIntegralNumber()) {
            context.error(ProblemCode.JSON_WRONG_TYPE, "Expected a whole number.");
            return Optional.empty();
          }
          if (!node.canConvertToInt()) {
            context.error(
                ProblemCode.JSON_OUT_OF_RANGE, "Expected a whole number that fits in 32 bits.");
            return Optional.empty();
          }
          return Optional.of(node.intValue());
        }

        @Override
        public Integer readStraight(JsonParser in) {
          if (in.currentToken() != JsonToken.VALUE_NUMBER_INT
              || in.getNumberType() != JsonParser.NumberType.INT) {
            throw new Detour();
          }
          return in.getIntValue();
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          return schemas
              .object()
              .put("type", "integer")
              .put("minimum", Integer.MIN_VALUE)
              .put("maximum", Integer.MAX_VALUE);
        }

        @Override
        public String describe() {
          return "integer";
        }
      };

  /** A decimal number, kept exactly (scale included). */
  static final Codec<BigDecimal> DECIMAL =
      new Codec<>() {
        @Override
        public void write(JsonGenerator out, BigDecimal value) {
          if (!decimalInRange(value)) {
            throw UnwritableValueException.at(out, WRITTEN_DECIMAL_RANGE);
          }
          out.writeNumber(value);
        }

        @Override
        public Optional<BigDecimal> read(JsonNode node, ReadContext context) {
          if (!node.isNumber()) {
            context.error(ProblemCode.JSON_WRONG_TYPE, "Expected a number.");
            return Optional.empty();
          }
          BigDecimal value = node.decimalValue();
          if (!decimalInRange(value)) {
            context.error(ProblemCode.JSON_OUT_OF_RANGE, DECIMAL_RANGE);
            return Optional.empty();
          }
          return Optional.of(value);
        }

        @Override
        public BigDecimal readStraight(JsonParser in) {
          if (!in.currentToken().isNumeric()) {
            throw new Detour();
          }
          BigDecimal value = in.getDecimalValue();
          if (!decimalInRange(value)) {
            throw new Detour();
          }
          return value;
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          ObjectNode schema = schemas.object().put("type", "number");
          schema.put("exclusiveMinimum", DECIMAL_BOUND.negate());
          schema.put("exclusiveMaximum", DECIMAL_BOUND);
          schema.put("multipleOf", BigDecimal.ONE.movePointLeft(MAX_DECIMAL_PLACES));
          return schema;
        }

        @Override
        public String describe() {
          return "number";
        }
      };

  /** True or false. */
  static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public void write(JsonGenerator out, Boolean value) {
          out.writeBoolean(value);
        }

        @Override
        public Optional<Boolean> read(JsonNode node, ReadContext context) {
          if (!node.isBoolean()) {
            context.error(ProblemCode.JSON_WRONG_TYPE, "Expected true or false.");
            return Optional.empty();
          }
          return Optional.of(node.booleanValue());
        }

        @Override
        public Boolean readStraight(JsonParser in) {
          if (!in.currentToken().isBoolean()) {
            throw new Detour();
          }
          return in.currentToken() == JsonToken.VALUE_TRUE;
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          return schemas.object().put("type", "boolean");
        }

        @Override
        public String describe() {
          return "boolean";
        }
      };

  /** A calendar date, {@code yyyy-mm-dd}. */
  static final Codec<LocalDate> DATE =
      new StringCodec<>("Expected a date as a string.") {
        @Override
        public void write(JsonGenerator out, LocalDate value) {
          if (!RecordCalendar.holds(value)) {
            throw UnwritableValueException.at(out, "dates in the years 0001 to 9999");
          }
          out.writeString(value.toString());
        }

        /** A date of the plain shape from the parser's characters; any other as text. */
        @Override
        public LocalDate readStraight(JsonParser in) {
          return readPlain(in, Codecs::plainDate, date -> date.getYear() >= 1);
        }

        @Override
        Optional<LocalDate> parse(String text, ReadContext context) {
          LocalDate date;
          try {
            LocalDate plain = plainDate(text);
            date = plain != null ? plain : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
          } catch (DateTimeException e) {
            if (EXPANDED_YEAR.matcher(text).find()) {
              context.error(
                  ProblemCode.JSON_OUT_OF_RANGE, "Expected a date in the years 0001 to 9999.");
              return Optional.empty();
            }
            context.error(
                ProblemCode.JSON_INVALID_TIME, "Expected a real calendar date, yyyy-mm-dd.");
            return Optional.empty();
          }
          if (!RecordCalendar.holds(date)) {
            context.error(
                ProblemCode.JSON_OUT_OF_RANGE, "Expected a date in the years 0001 to 9999.");
            return Optional.empty();
          }
          return Optional.of(date);
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          return schemas
              .object()
              .put("type", "string")
              .put("format", "date")
              .put("pattern", DATE_PATTERN);
        }

        @Override
        public String describe() {
          return "date (yyyy-mm-dd)";
        }
      };

  /**
   * A month, {@code yyyy-mm}, as ISO-8601 writes it: four digits of year, or {@code +10000}, and
   * two of month.
   */
  static final String MONTH_PATTERN = "^([0-9]{4}|\\+10000)-(0[1-9]|1[0-2])$";

  private static final java.util.regex.Pattern MONTH_SHAPE =
      java.util.regex.Pattern.compile("^([0-9]{4}|\\+10000)-[0-9]{2}$");

  private static final String MONTH_RANGE = "months in the years 0000 to 10000";

  /**
   * A month in the years 0000 to 10000: the months into which a moment of the case record (years
   * 0001 to 9999 in UTC) can fall in any zone, so December of year 0000 and January of year 10000
   * are months of the format, written as ISO-8601 writes them ({@code 0000-12}, {@code +10000-01}).
   */
  static final Codec<YearMonth> MONTH =
      new StringCodec<>("Expected a month as a string.") {
        @Override
        public void write(JsonGenerator out, YearMonth value) {
          if (value.getYear() < 0 || value.getYear() > 10_000) {
            throw UnwritableValueException.at(out, MONTH_RANGE);
          }
          // ISO-8601 writes a year of more than four digits with its sign; YearMonth.toString()
          // does not.
          out.writeString(value.getYear() > 9999 ? "+" + value : value.toString());
        }

        @Override
        Optional<YearMonth> parse(String text, ReadContext context) {
          if (!MONTH_SHAPE.matcher(text).matches()) {
            if (EXPANDED_YEAR.matcher(text).find()) {
              context.error(
                  ProblemCode.JSON_OUT_OF_RANGE, "Expected a month in the years 0000 to 10000.");
            } else {
              context.error(ProblemCode.JSON_INVALID_TIME, "Expected a real month, yyyy-mm.");
            }
            return Optional.empty();
          }
          try {
            return Optional.of(YearMonth.parse(text));
          } catch (DateTimeException e) {
            context.error(ProblemCode.JSON_INVALID_TIME, "Expected a real month, yyyy-mm.");
            return Optional.empty();
          }
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          return schemas.object().put("type", "string").put("pattern", MONTH_PATTERN);
        }

        @Override
        public String describe() {
          return "month (yyyy-mm)";
        }
      };

  /** A moment, ISO-8601 with its offset; written in UTC ({@code Z}). */
  static final Codec<Instant> INSTANT =
      new StringCodec<>("Expected a moment as a string.") {
        @Override
        public void write(JsonGenerator out, Instant value) {
          if (!RecordCalendar.holds(value)) {
            throw UnwritableValueException.at(out, "moments in the years 0001 to 9999 (UTC)");
          }
          out.writeString(momentText(value));
        }

        /** A moment of the plain shape from the parser's characters; any other as text. */
        @Override
        public Instant readStraight(JsonParser in) {
          return readPlain(in, Codecs::plainMoment, moment -> !moment.isBefore(EARLIEST));
        }

        @Override
        Optional<Instant> parse(String text, ReadContext context) {
          Instant moment;
          try {
            Instant plain = plainMoment(text);
            moment = plain != null ? plain : OffsetDateTime.parse(text, MOMENT).toInstant();
          } catch (DateTimeException e) {
            if (EXPANDED_YEAR.matcher(text).find()) {
              context.error(ProblemCode.JSON_OUT_OF_RANGE, MOMENT_RANGE);
              return Optional.empty();
            }
            context.error(
                ProblemCode.JSON_INVALID_TIME,
                "Expected a real moment in ISO-8601 with an offset, such as 2025-03-12T15:20:00Z.");
            return Optional.empty();
          }
          if (!RecordCalendar.holds(moment)) {
            context.error(ProblemCode.JSON_OUT_OF_RANGE, MOMENT_RANGE);
            return Optional.empty();
          }
          return Optional.of(moment);
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          return schemas
              .object()
              .put("type", "string")
              .put("format", "date-time")
              .put("pattern", INSTANT_PATTERN);
        }

        @Override
        public String describe() {
          return "moment (ISO-8601 with offset)";
        }
      };

  /** A place as the trust codes it: segments joined by {@code /}, written as its code. */
  static final Codec<Place> PLACE =
      text(
          Place::code,
          Place::of,
          "a place",
          "Place",
          "^(?!.*//)[^/\\s](.*[^/\\s])?$",
          "place (segments joined by /, widest first)");

  /** A typed identifier, written as its text. */
  static <I extends Identifier> Codec<I> id(String name, Function<String, I> of) {
    return text(Identifier::value, of, "an id", "Id", "^\\S(.*\\S)?$", "id (" + name + ")");
  }

  /**
   * A value written as one string and read back through its factory, whose refusal of bad text (an
   * {@link IllegalArgumentException} that names no value) becomes a problem; its schema is a named
   * string of an identifier's length with the given pattern.
   */
  private static <T> Codec<T> text(
      Function<T, String> text,
      Function<String, T> of,
      String noun,
      String schemaName,
      String pattern,
      String description) {
    return new StringCodec<>("Expected " + noun + " as a string.") {
      @Override
      public void write(JsonGenerator out, T value) {
        out.writeString(text.apply(value));
      }

      @Override
      Optional<T> parse(String value, ReadContext context) {
        try {
          return Optional.of(of.apply(value));
        } catch (IllegalArgumentException e) {
          String message = e.getMessage();
          context.error(
              ProblemCode.JSON_INVALID_VALUE, message != null ? message : "Invalid " + noun + ".");
          return Optional.empty();
        }
      }

      @Override
      public ObjectNode schema(SchemaBuilder schemas) {
        return schemas.reference(
            schemaName,
            () ->
                schemas
                    .object()
                    .put("type", "string")
                    .put("minLength", 1)
                    .put("maxLength", Identifier.MAX_LENGTH)
                    .put("pattern", pattern));
      }

      @Override
      public String describe() {
        return description;
      }
    };
  }

  /**
   * The hash by which a code is found among its enumeration's: its length and two of its characters
   * (the first and the middle one). Codes differ in length or in those characters often enough that
   * the table's probes stay short, and the hash costs the same whatever the code's length: with a
   * hash of every character, finding codes took 7% of a record's reading time (a profile's
   * samples), with this one 5%.
   */
  static int codeHash(int length, char first, char middle) {
    int hash = (length * 31 + first) * 31 + middle;
    return hash ^ (hash >>> 7);
  }

  /** An enumeration, written as its constant's code. */
  static <E extends Enum<E>> Codec<E> code(Class<E> type) {
    E[] constants = type.getEnumConstants();
    // The codes by a hash of their names ({@link #codeHash}), open addressing, at most half full:
    // both paths find a code here, the full one from a string, the straight one from the parser's
    // characters.
    int size = Integer.highestOneBit(Math.max(1, constants.length) * 4);
    int mask = size - 1;
    @Nullable E[] table = Arrays.copyOf(constants, size);
    Arrays.fill(table, null);
    char[][] names = new char[size][];
    for (E constant : constants) {
      String name = constant.name();
      int slot = codeHash(name.length(), name.charAt(0), name.charAt(name.length() / 2)) & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = constant;
      names[slot] = constant.name().toCharArray();
    }
    // Each code as the generator writes it, quoted once here rather than at every value.
    SerializableString[] written = new SerializableString[constants.length];
    for (E constant : constants) {
      written[constant.ordinal()] = new SerializedString(constant.name());
    }
    return new StringCodec<>("Expected a code as a string.") {
      @Override
      public void write(JsonGenerator out, E value) {
        out.writeString(written[value.ordinal()]);
      }

      /** Finds the code among the parser's own characters, without making a string of them. */
      @Override
      public E readStraight(JsonParser in) {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
          throw new Detour();
        }
        char[] text = in.getStringCharacters();
        int offset = in.getStringOffset();
        int length = in.getStringLength();
        if (length == 0) {
          throw new Detour();
        }
        int hash = codeHash(length, text[offset], text[offset + length / 2]);
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
          E constant = table[slot];
          if (constant != null
              && Arrays.equals(names[slot], 0, names[slot].length, text, offset, offset + length)) {
            return constant;
          }
        }
        throw new Detour();
      }

      @Override
      Optional<E> parse(String text, ReadContext context) {
        int length = text.length();
        int hash = length == 0 ? 0 : codeHash(length, text.charAt(0), text.charAt(length / 2));
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
          E constant = table[slot];
          if (constant != null && constant.name().equals(text)) {
            return Optional.of(constant);
          }
        }
        context.error(
            ProblemCode.JSON_UNKNOWN_CODE,
            "Expected one of the codes of " + type.getSimpleName() + ".");
        return Optional.empty();
      }

      @Override
      public ObjectNode schema(SchemaBuilder schemas) {
        return schemas.reference(
            type.getSimpleName(),
            () -> {
              ObjectNode schema = schemas.object().put("type", "string");
              ArrayNode codes = schema.putArray("enum");
              Arrays.stream(type.getEnumConstants()).forEach(c -> codes.add(c.name()));
              return schema;
            });
      }

      @Override
      public String describe() {
        return "code of " + type.getSimpleName();
      }
    };
  }
}
