package org.restorative.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.restorative.core.casefile.RecordCalendar;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;

/**
 * The shared reading of one Bundle: its resources by full URL, the problems found, and the reading
 * of this library's identifiers, codes, references and extensions. Every problem is reported at a
 * JSON Pointer into the case-record format, with a message that names no value of the input.
 *
 * <p>FHIR lets any primitive element hold extensions and no value ({@code "_status": {"extension":
 * [...]}} with no {@code "status"}); HAPI then says the element is there ({@code hasX()}, {@code
 * hasXElement()}) while its value is null. The reader reads every primitive through {@link #has},
 * {@link #value} and the readings built on them, which take such an element, like a blank one, as
 * absent: a missing element where the part needs it, nothing where it may be without it.
 */
final class Reading {

  static final String SOURCE = "restorative FHIR mapping (restorative-fhir)";

  private final Bundle bundle;
  private final Map<String, Resource> byFullUrl = new HashMap<>();
  private final IdentityHashMap<Resource, String> fullUrls = new IdentityHashMap<>();
  private final List<Violation> problems = new ArrayList<>();

  Reading(Bundle bundle) {
    this.bundle = bundle;
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (has(entry.getFullUrlElement()) && entry.hasResource()) {
        byFullUrl.put(entry.getFullUrl(), entry.getResource());
        fullUrls.put(entry.getResource(), entry.getFullUrl());
      }
    }
  }

  List<Violation> problems() {
    return problems;
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Violation::isError);
  }

  void problem(FhirProblemCode code, String path, String message) {
    problems.add(Violation.of(code, Severity.ERROR, path, message, SOURCE));
  }

  void warning(FhirProblemCode code, String path, String message) {
    problems.add(Violation.of(code, Severity.WARNING, path, message, SOURCE));
  }

  void missing(String path, String element) {
    problem(FhirProblemCode.FHIR_MISSING_ELEMENT, path, "the resource lacks its " + element);
  }

  /** The full URL of a resource of the Bundle, or an empty string. */
  String fullUrlOf(Resource resource) {
    return fullUrls.getOrDefault(resource, "");
  }

  /**
   * Builds a part read, unless a problem was found: the model's invariants may still reject it,
   * which is reported at the part's path with no value.
   */
  <T> Optional<T> build(java.util.function.Supplier<T> builder, String path) {
    if (hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      problem(
          FhirProblemCode.FHIR_NOT_A_CASE,
          path,
          "the part read is not one the model accepts: its invariants reject it");
      return Optional.empty();
    }
  }

  /** The resources of one type, in Bundle order. */
  <R extends Resource> List<R> all(Class<R> type) {
    List<R> all = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (type.isInstance(entry.getResource())) {
        all.add(type.cast(entry.getResource()));
      }
    }
    return all;
  }

  /** The resources of one type that carry an identifier of the given kind, in Bundle order. */
  <R extends Resource> List<R> withId(
      Class<R> type, String kind, Function<R, List<Identifier>> ids) {
    return all(type).stream().filter(r -> idValue(ids.apply(r), kind).isPresent()).toList();
  }

  static Optional<String> idValue(List<Identifier> identifiers, String kind) {
    String system = FhirNames.idSystem(kind);
    return identifiers.stream()
        .filter(i -> system.equals(i.getSystem()) && has(i.getValueElement()))
        .map(Identifier::getValue)
        .findFirst();
  }

  /** An id of the case read with its type's constructor, which checks it. */
  <T> Optional<T> id(
      List<Identifier> identifiers, String kind, Function<String, T> of, String path) {
    Optional<String> value = idValue(identifiers, kind);
    if (value.isEmpty()) {
      missing(path, kind + " identifier");
      return Optional.empty();
    }
    return parse(value.get(), of, path);
  }

  <T> Optional<T> parse(String value, Function<String, T> of, String path) {
    try {
      return Optional.of(of.apply(value));
    } catch (IllegalArgumentException e) {
      problem(FhirProblemCode.FHIR_INVALID_VALUE, path, "the id is not a valid id of the case");
      return Optional.empty();
    }
  }

  /** The resource of the Bundle at a full URL. */
  Optional<Resource> byFullUrl(String url) {
    return Optional.ofNullable(byFullUrl.get(url));
  }

  Optional<Resource> resolve(Reference reference, String path) {
    if (!has(reference.getReferenceElement_())) {
      problem(FhirProblemCode.FHIR_BROKEN_REFERENCE, path, "the reference names no resource");
      return Optional.empty();
    }
    Resource resource = byFullUrl.get(reference.getReference());
    if (resource == null) {
      problem(
          FhirProblemCode.FHIR_BROKEN_REFERENCE,
          path,
          "the reference names no resource of the Bundle");
    }
    return Optional.ofNullable(resource);
  }

  /** The party a reference names: the resource it resolves to, by its party identifier. */
  Optional<PartyId> party(Reference reference, String path) {
    return resolve(reference, path)
        .flatMap(r -> partyIdentifiers(r))
        .flatMap(ids -> id(ids, "party", PartyId::of, path));
  }

  private static Optional<List<Identifier>> partyIdentifiers(Resource resource) {
    if (resource instanceof org.hl7.fhir.r4.model.Patient p) {
      return Optional.of(p.getIdentifier());
    }
    if (resource instanceof org.hl7.fhir.r4.model.RelatedPerson p) {
      return Optional.of(p.getIdentifier());
    }
    if (resource instanceof org.hl7.fhir.r4.model.Organization p) {
      return Optional.of(p.getIdentifier());
    }
    return Optional.empty();
  }

  /** A resolved reference's identifier of one kind: the part's id. */
  <T> Optional<T> target(
      Reference reference,
      String kind,
      Function<Resource, List<Identifier>> ids,
      Function<String, T> of,
      String path) {
    return resolve(reference, path).flatMap(r -> id(ids.apply(r), kind, of, path));
  }

  Optional<ActorId> actor(Reference reference, String path) {
    if (!reference.hasIdentifier()) {
      missing(path, "actor identifier");
      return Optional.empty();
    }
    return id(List.of(reference.getIdentifier()), "actor", ActorId::of, path);
  }

  /** A constant from a coding of the enumeration's code system; an unknown code is a problem. */
  <E extends Enum<E>> Optional<E> code(Class<E> type, @Nullable Coding coding, String path) {
    if (coding == null
        || !has(coding.getCodeElement())
        || !CodeSystems.url(type).equals(coding.getSystem())) {
      missing(path, "code");
      return Optional.empty();
    }
    Optional<E> constant = CodeSystems.constant(type, coding.getCode());
    if (constant.isEmpty()) {
      problem(
          FhirProblemCode.FHIR_UNKNOWN_CODE,
          path,
          "the code is not one of the code system's codes");
    }
    return constant;
  }

  /** The first coding of the enumeration's code system in a concept. */
  <E extends Enum<E>> Optional<E> code(Class<E> type, CodeableConcept concept, String path) {
    String system = CodeSystems.url(type);
    Coding found = null;
    for (Coding coding : concept.getCoding()) {
      if (system.equals(coding.getSystem())) {
        found = coding;
        break;
      }
    }
    return code(type, found, path);
  }

  /** Every coding of the enumeration's code system in a list of concepts or codings. */
  <E extends Enum<E>> List<E> codes(Class<E> type, List<Coding> codings, String path) {
    String system = CodeSystems.url(type);
    List<E> codes = new ArrayList<>();
    for (Coding coding : codings) {
      if (system.equals(coding.getSystem())) {
        code(type, coding, path).ifPresent(codes::add);
      }
    }
    return codes;
  }

  // The library's extensions, read by name. Every read goes through extValues: an extension of
  // the library whose value is absent, holds only extensions, or is of another FHIR type than the
  // library writes there is FHIR_INVALID_VALUE at the attribute's path, never skipped in silence.

  /**
   * The value of every extension of the name, in order, each of the FHIR type the library writes
   * there; each extension with no value (a primitive with only extensions is none, see {@link
   * #has}) or a value of another type is reported at the path.
   */
  <T extends Type> List<T> extValues(
      List<Extension> holder, String name, Class<T> type, String path) {
    List<T> values = new ArrayList<>();
    for (Extension extension : Ext.all(holder, name)) {
      Type value = extension.getValue();
      if (type.isInstance(value) && has(value)) {
        values.add(type.cast(value));
      } else {
        problem(
            FhirProblemCode.FHIR_INVALID_VALUE,
            path,
            "the extension's value is not of the FHIR type this library writes there");
      }
    }
    return values;
  }

  /** The value of the first extension of the name, as {@link #extValues} checks it. */
  <T extends Type> Optional<T> extValue(
      List<Extension> holder, String name, Class<T> type, String path) {
    return Ext.one(holder, name)
        .flatMap(e -> extValues(List.of(e), name, type, path).stream().findFirst());
  }

  <E extends Enum<E>> Optional<E> codeExt(
      List<Extension> holder, String name, Class<E> type, String path) {
    return extValue(holder, name, Coding.class, path).flatMap(c -> code(type, c, path));
  }

  <E extends Enum<E>> E requiredCodeExt(
      List<Extension> holder, String name, Class<E> type, String path, E fallback) {
    if (Ext.one(holder, name).isEmpty()) {
      missing(path, "code");
      return fallback;
    }
    return codeExt(holder, name, type, path).orElse(fallback);
  }

  <E extends Enum<E>> List<E> codeExts(
      List<Extension> holder, String name, Class<E> type, String path) {
    List<E> codes = new ArrayList<>();
    for (Coding coding : extValues(holder, name, Coding.class, path)) {
      code(type, coding, path).ifPresent(codes::add);
    }
    return codes;
  }

  /** A flag the library writes only when true: absent is false. */
  boolean boolExt(List<Extension> holder, String name, String path) {
    return extValue(holder, name, BooleanType.class, path).flatMap(Reading::value).orElse(false);
  }

  Optional<String> stringExt(List<Extension> holder, String name, String path) {
    return extValue(holder, name, StringType.class, path).flatMap(Reading::value);
  }

  Optional<Reference> referenceExt(List<Extension> holder, String name, String path) {
    return extValue(holder, name, Reference.class, path);
  }

  Optional<Identifier> identifierExt(List<Extension> holder, String name, String path) {
    return extValue(holder, name, Identifier.class, path);
  }

  /**
   * Free text from a {@code valueString} extension ({@link Ext#text}): empty when there is none; an
   * extension whose value is no string is invalid.
   */
  Optional<String> text(List<Extension> holder, String name, String path) {
    return stringExt(holder, name, path);
  }

  // Primitives: each read through these, so that one that holds only extensions is absent.

  /**
   * Whether a value holds something to read: false when it is absent or empty, and when it is a
   * primitive with no value, only extensions, or a blank value.
   */
  static boolean has(@Nullable Type value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    return !(value instanceof PrimitiveType<?> primitive) || primitive.hasValue();
  }

  /**
   * A primitive element's value: empty when the element is absent, or holds only extensions (a name
   * kept as its parts, a language as its code, a status with a data-absent reason) or a blank
   * value, so that the model's builder reports a required attribute as missing instead of failing.
   */
  static <T> Optional<T> value(@Nullable PrimitiveType<T> element) {
    return element != null && element.hasValue()
        ? Optional.ofNullable(element.getValue())
        : Optional.empty();
  }

  /** A moment the part cannot be without, from a dateTime or instant element. */
  Optional<Instant> requiredInstant(BaseDateTimeType element, String path, String what) {
    return required(element, path, what, this::instant);
  }

  /** A moment the part may be without: nothing when the element holds no value. */
  Optional<Instant> optionalInstant(BaseDateTimeType element, String path) {
    return has(element) ? instant(element, path) : Optional.empty();
  }

  /** A day the part cannot be without, from a date or dateTime element. */
  Optional<LocalDate> requiredDate(BaseDateTimeType element, String path, String what) {
    return required(element, path, what, this::date);
  }

  /**
   * A time the part cannot be without, as {@code read} reads it; an element without a value is a
   * missing element.
   */
  private <V> Optional<V> required(
      BaseDateTimeType element,
      String path,
      String what,
      BiFunction<Type, String, Optional<V>> read) {
    if (!has(element)) {
      missing(path, what);
      return Optional.empty();
    }
    return read.apply(element, path);
  }

  /** A day the part may be without: nothing when the element holds no value. */
  Optional<LocalDate> optionalDate(BaseDateTimeType element, String path) {
    return has(element) ? date(element, path) : Optional.empty();
  }

  /**
   * Free text from an R4 element of Annotations, a resource's note: the first one's text; empty
   * when there is none.
   */
  Optional<String> note(List<Annotation> notes, String path) {
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> text = value(notes.get(0).getTextElement());
    if (text.isEmpty()) {
      missing(path, "note's text");
    }
    return text;
  }

  Optional<Instant> instantExt(List<Extension> holder, String name, String path) {
    return extValue(holder, name, Type.class, path).flatMap(v -> instant(v, path));
  }

  Optional<LocalDate> dateExt(List<Extension> holder, String name, String path) {
    return extValue(holder, name, Type.class, path).flatMap(v -> date(v, path));
  }

  /** A date the part cannot be without: an absent extension is a missing element. */
  Optional<LocalDate> requiredDateExt(List<Extension> holder, String name, String path) {
    if (Ext.one(holder, name).isEmpty()) {
      missing(path, "date");
      return Optional.empty();
    }
    return dateExt(holder, name, path);
  }

  /**
   * A moment: a dateTime or instant with seconds and a zone, in the years 0001 to 9999 (in UTC). It
   * is read from the element's text, in ISO 8601's proleptic Gregorian calendar as FHIR means it,
   * not from HAPI's {@link java.util.Date}, which is Julian before 15 October 1582.
   */
  Optional<Instant> instant(Type value, String path) {
    if (value instanceof org.hl7.fhir.r4.model.BaseDateTimeType time
        && time.getValue() != null
        && time.getTimeZone() != null
        && time.getPrecision().ordinal()
            >= ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND.ordinal()) {
      Optional<Instant> at = timeOf(time.getValueAsString(), Reading::moment);
      if (at.isPresent()) {
        if (RecordCalendar.holds(at.get())) {
          return at;
        }
        problem(
            FhirProblemCode.FHIR_INVALID_VALUE,
            path,
            "the moment is not in the years 0001 to 9999");
        return Optional.empty();
      }
    }
    problem(FhirProblemCode.FHIR_INVALID_VALUE, path, "the time is not a moment with a zone");
    return Optional.empty();
  }

  /**
   * A full date of the years 0001 to 9999, from a date or a dateTime of day precision, read from
   * the element's text as {@link #instant} reads a moment.
   */
  Optional<LocalDate> date(Type value, String path) {
    if (value instanceof BaseDateTimeType time
        && (time instanceof DateType || time instanceof DateTimeType)
        && time.getValue() != null
        && time.getPrecision() == ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
      Optional<LocalDate> day = timeOf(time.getValueAsString(), LocalDate::parse);
      if (day.isPresent()) {
        if (RecordCalendar.holds(day.get())) {
          return day;
        }
        problem(
            FhirProblemCode.FHIR_INVALID_VALUE, path, "the date is not in the years 0001 to 9999");
        return Optional.empty();
      }
    }
    problem(FhirProblemCode.FHIR_INVALID_VALUE, path, "the date is not a full date");
    return Optional.empty();
  }

  private static Instant moment(String text) {
    return java.time.OffsetDateTime.parse(
            text, java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        .toInstant();
  }

  /** A time's text parsed by {@code java.time}; empty when it does not parse. */
  private static <T> Optional<T> timeOf(@Nullable String text, Function<String, T> parser) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
