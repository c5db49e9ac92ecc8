package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.privacy.Pseudonymiser;
import org.restorative.core.rules.Violation;

/**
 * FHIR lets any primitive element hold extensions and no value ({@code "_status": {"extension":
 * [...]}} with no {@code "status"}, a Coding whose {@code code} holds only an extension), and HAPI
 * then says the element is there while its value is null. The walk takes the Bundles the other
 * tests write, ordinary and pseudonymised, and every place where the writer puts a primitive: a
 * resource's type and kind, the path of its elements, the extension or item each is in. For each
 * place it makes a copy of one Bundle in which just that primitive has lost its value and keeps an
 * extension. Reading the copy never throws, reports each problem with a code of the reader and a
 * JSON Pointer and no value of the record; and where the primitive's element still holds something
 * else, it reads exactly what it reads when the primitive is empty, as HAPI leaves it absent.
 */
class PrimitiveWithoutValueTest {

  private static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.keyed("a test key, not a secret".getBytes(StandardCharsets.UTF_8));

  private static final String ONLY_AN_EXTENSION = "http://example.org/only-an-extension";

  private static final Set<String> CODES =
      Set.copyOf(Arrays.stream(FhirProblemCode.values()).map(Enum::name).toList());

  /** A primitive holding a value, the element it is a child of, and its place. */
  private record Found(PrimitiveType<?> primitive, Base parent, String place) {}

  /** The Bundle to copy and the index of the primitive in its walk. */
  private record Spot(Bundle bundle, int index) {}

  /** Every primitive that holds a value, in the order of a walk of the Bundle. */
  private static List<Found> primitives(Bundle bundle) {
    Map<String, Resource> byUrl = new HashMap<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      byUrl.put(entry.getFullUrl(), entry.getResource());
    }
    List<Found> found = new ArrayList<>();
    walk(bundle, "Bundle", byUrl, found);
    return found;
  }

  private static void walk(
      Base base, String place, Map<String, Resource> byUrl, List<Found> found) {
    for (Property property : base.children()) {
      List<Base> values = property.getValues();
      for (int i = 0; i < values.size(); i++) {
        Base value = values.get(i);
        String here =
            value instanceof Resource resource
                ? kind(resource, byUrl)
                : place + "." + property.getName() + label(property, value, i, byUrl);
        if (value instanceof PrimitiveType<?> primitive && primitive.getValue() != null) {
          found.add(new Found(primitive, base, here));
        }
        walk(value, here, byUrl, found);
      }
    }
  }

  /**
   * What tells one element of a list from the others: an extension's name, an item's link id, a
   * component's code, an entry's resource, else its index; nothing for an element that does not
   * repeat.
   */
  private static String label(
      Property property, Base value, int index, Map<String, Resource> byUrl) {
    if (value instanceof Extension extension) {
      String url = String.valueOf(extension.getUrl());
      return "(" + url.replace(FhirNames.extension(""), "") + ")";
    }
    if (value instanceof QuestionnaireResponse.QuestionnaireResponseItemComponent item) {
      return "(" + item.getLinkId() + ")";
    }
    if (value instanceof Observation.ObservationComponentComponent component) {
      return "(" + component.getCode().getCodingFirstRep().getCode() + ")";
    }
    if (value instanceof Bundle.BundleEntryComponent entry) {
      return "(" + kind(entry.getResource(), byUrl) + ")";
    }
    return property.getMaxCardinality() > 1 ? "[" + index + "]" : "";
  }

  /**
   * A resource's type and the kind of part it carries: the kind of its identifier of the library, a
   * Basic's kind of record, the library's identifier extension a Provenance or AuditEvent carries,
   * or a PractitionerRole's practitioner's.
   */
  private static String kind(Resource resource, Map<String, Resource> byUrl) {
    String type = resource.fhirType();
    if (resource instanceof PractitionerRole role
        && byUrl.get(role.getPractitioner().getReference()) instanceof Practitioner practitioner) {
      return type + " of " + kind(practitioner, byUrl);
    }
    String ids = FhirNames.idSystem("");
    for (Property property : resource.children()) {
      if (property.getName().equals("identifier")) {
        for (Base value : property.getValues()) {
          String system = ((Identifier) value).getSystem();
          if (system != null && system.startsWith(ids)) {
            return type + "[" + system.substring(ids.length()) + "]";
          }
        }
      }
    }
    if (resource instanceof Basic basic) {
      return type + "[" + basic.getCode().getCodingFirstRep().getCode() + "]";
    }
    if (resource instanceof DomainResource domain) {
      for (String id : List.of("event-id", "sign-off-id", "disclosure-id")) {
        if (Ext.one(domain.getExtension(), id).isPresent()) {
          return type + "[" + id + "]";
        }
      }
    }
    return type;
  }

  /** The Bundles of the fixtures, by name: ordinary and pseudonymised. */
  private static Map<String, Bundle> bundles() {
    Map<String, RestorativeCase> cases = new LinkedHashMap<>(FhirFixtures.goldenCases());
    cases.putAll(FhirFixtures.rareParts());
    cases.put("every attribute", FhirFixtures.everyAttribute());
    FhirFixtures.freeTextCases()
        .forEach((name, filled) -> cases.put(name, filled.restorativeCase()));
    List<RestorativeCase> cohort = FhirFixtures.cohort();
    for (int i = 0; i < cohort.size(); i++) {
      cases.put("synthetic #" + i, cohort.get(i));
    }
    Map<String, Bundle> bundles = new LinkedHashMap<>();
    cases.forEach((name, c) -> bundles.put(name, FhirBundles.collection(c)));
    cases.forEach(
        (name, c) ->
            bundles.put(
                "pseudonymised " + name,
                FhirBundles.pseudonymised(PSEUDONYMISER.pseudonymise(c, ZoneOffset.UTC))));
    return bundles;
  }

  /** One spot for each place the Bundles put a primitive, in the first Bundle that has it. */
  private static final Map<String, Spot> SPOTS = spots();

  private static Map<String, Spot> spots() {
    Map<String, Spot> spots = new LinkedHashMap<>();
    for (Map.Entry<String, Bundle> named : bundles().entrySet()) {
      String prefix = named.getKey().startsWith("pseudonymised ") ? "pseudonymised " : "";
      List<Found> found = primitives(named.getValue());
      for (int k = 0; k < found.size(); k++) {
        spots.putIfAbsent(prefix + found.get(k).place(), new Spot(named.getValue(), k));
      }
    }
    return spots;
  }

  static Stream<Arguments> everyPrimitive() {
    return SPOTS.entrySet().stream().map(s -> Arguments.of(s.getKey(), s.getValue()));
  }

  private static List<String> codesAndPaths(FhirReadResult read) {
    return read.problems().stream().map(v -> v.code() + " " + v.path()).toList();
  }

  /**
   * Every value of a Bundle's primitives that a message could echo, but the codes, URIs and flags
   * of FHIR's and the library's vocabularies, which a message may name (a status "final").
   */
  private static Set<String> values(Bundle bundle) {
    Set<String> values = new HashSet<>();
    for (Found found : primitives(bundle)) {
      PrimitiveType<?> primitive = found.primitive();
      if (!(primitive instanceof CodeType
          || primitive instanceof Enumeration<?>
          || primitive instanceof UriType
          || primitive instanceof BooleanType)) {
        values.add(primitive.getValueAsString());
      }
    }
    return values;
  }

  @Test
  void the_walk_covers_every_family_and_its_elements() {
    Set<String> places = SPOTS.keySet();
    long compared = SPOTS.values().stream().filter(s -> emptied(s).isPresent()).count();

    assertThat(compared).isGreaterThan(1300);
    assertThat(places)
        .hasSizeGreaterThan(1400)
        .contains(
            "Bundle.entry(Patient[party]).fullUrl",
            "AuditEvent[disclosure-id].agent[0].requestor",
            "PractitionerRole of Practitioner[professional].organization.display",
            "Task[action].owner.display",
            "QuestionnaireResponse[evaluation].item(comments).answer[0].value[x]",
            "EpisodeOfCare[case].status",
            "EpisodeOfCare[case].period.start",
            "Patient[party].name[0].text",
            "Patient[party].extension(party-role).url",
            "Patient[party].extension(party-role).value[x].code",
            "Practitioner[facilitator].qualification[0].period.start",
            "QuestionnaireResponse[evaluation].item(would-recommend).answer[0].value[x]",
            "Observation[capacity-assessment].component(IMPAIRMENT_IDENTIFIED).value[x]",
            "Observation[competence-assessment].component(CAN_GIVE_REASONS).value[x]",
            "Provenance[event-id].recorded",
            "Basic[WITHDRAWAL].extension(withdrawal).extension(at).value[x]",
            "pseudonymised EpisodeOfCare[pseudonym].period.start",
            "pseudonymised Bundle.meta.security[0].code");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPrimitive")
  void a_primitive_with_an_extension_and_no_value_is_read_as_absent(String place, Spot spot) {
    Bundle valueless = spot.bundle().copy();
    Found found = primitives(valueless).get(spot.index());
    assertThat(found.place()).isEqualTo(place.replaceFirst("^pseudonymised ", ""));
    found.primitive().setValue(null);
    found.primitive().addExtension(ONLY_AN_EXTENSION, new StringType("x"));

    FhirReadResult read = FhirBundles.read(valueless);
    List<String> notCarried = FhirBundles.notCarried(valueless);

    assertThat(read.isRead() || !read.errors().isEmpty()).isTrue();
    assertThat(read.problems())
        .allSatisfy(
            p -> {
              assertThat(CODES).contains(p.code());
              assertThat(p.path()).matches("(/[^/]+)*");
            });
    Set<String> values = values(spot.bundle());
    assertThat(read.problems())
        .extracting(Violation::message)
        .allSatisfy(m -> assertThat(values).noneMatch(m::contains));

    Optional<Bundle> empty = emptied(spot);
    if (empty.isPresent()) {
      FhirReadResult absent = FhirBundles.read(empty.get());
      assertThat(codesAndPaths(read)).isEqualTo(codesAndPaths(absent));
      assertThat(read.restorativeCase()).isEqualTo(absent.restorativeCase());
      assertThat(notCarried).isEqualTo(FhirBundles.notCarried(empty.get()));
    }
  }

  /**
   * A copy of the spot's Bundle in which its primitive is empty, no value and no extension, so that
   * HAPI takes it as absent; none when the element it is a child of holds nothing else, which HAPI
   * then takes as absent too.
   */
  private static Optional<Bundle> emptied(Spot spot) {
    Bundle empty = spot.bundle().copy();
    Found emptied = primitives(empty).get(spot.index());
    emptied.primitive().setValue(null);
    return emptied.parent().isEmpty() ? Optional.empty() : Optional.of(empty);
  }
}
