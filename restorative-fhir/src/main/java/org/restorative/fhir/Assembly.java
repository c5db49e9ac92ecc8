package org.restorative.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;

/**
 * The shared assembly of one case's Bundle: the entries and their full URLs, references between
 * resources, the case's ids as identifiers, and the list of attributes not carried. Each family of
 * resources adds its resources through one Assembly; the Bundle is made at the end.
 */
final class Assembly {

  /** The name of the extension that names an attribute the Bundle does not carry. */
  static final String NOT_CARRIED = "not-carried";

  private final RestorativeCase restorativeCase;
  private final Bundle bundle = new Bundle();
  private final List<String> notCarried = new ArrayList<>();
  private final Map<PartyId, ResourceType> partyTypes = new HashMap<>();
  private @Nullable DomainResource caseResource;

  Assembly(RestorativeCase restorativeCase, BundleType type) {
    this.restorativeCase = restorativeCase;
    bundle.setType(type);
    bundle.setIdentifier(identifier("case", restorativeCase.id().value()));
  }

  RestorativeCase restorativeCase() {
    return restorativeCase;
  }

  /**
   * The full URL of one part's resource: a name-based UUID of the case id, the kind and the part's
   * id, so that the same case gives the same Bundle and references need no server.
   */
  String fullUrl(String kind, String id) {
    String name = restorativeCase.id().value() + "\u0000" + kind + "\u0000" + id;
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  Reference reference(String kind, String id) {
    return new Reference(fullUrl(kind, id));
  }

  Reference party(PartyId party) {
    return reference("party", party.value());
  }

  /** The resource type a party is written as, once the parties are written. */
  Optional<ResourceType> partyType(PartyId party) {
    return Optional.ofNullable(partyTypes.get(party));
  }

  void partyType(PartyId party, ResourceType type) {
    partyTypes.put(party, type);
  }

  /** The first party that is written as a Patient among those given, in order. */
  Optional<PartyId> firstPatient(Collection<PartyId> parties) {
    return parties.stream().filter(p -> partyTypes.get(p) == ResourceType.Patient).findFirst();
  }

  static Identifier identifier(String kind, String value) {
    return new Identifier().setSystem(FhirNames.idSystem(kind)).setValue(value);
  }

  /** A logical reference to a member of staff: their actor id as the reference's identifier. */
  static Reference actor(ActorId actor) {
    return new Reference().setIdentifier(identifier("actor", actor.value()));
  }

  /** Adds the resource of the case itself, which also carries the list of what is not carried. */
  void addCase(String id, DomainResource resource) {
    caseResource = resource;
    add("case", id, resource);
  }

  void add(String kind, String id, Resource resource) {
    String url = fullUrl(kind, id);
    Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl(url).setResource(resource);
    if (bundle.getType() == BundleType.TRANSACTION) {
      entry.getRequest().setMethod(HTTPVerb.POST).setUrl(resource.getResourceType().name());
    }
  }

  /**
   * Records that an attribute holding a value is not carried: a present optional, a non-empty
   * collection, a true boolean or a value that differs from the given default.
   */
  void notCarried(String path, Object value) {
    if (NotCarried.pattern(path).isEmpty()) {
      throw new IllegalStateException("an attribute not carried must be declared in NotCarried");
    }
    if (holds(value)) {
      notCarried.add(path);
    }
  }

  private static boolean holds(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    if (value instanceof Collection<?> collection) {
      return !collection.isEmpty();
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    return true;
  }

  /**
   * The Bundle: the entries added, and on the case's resource one {@code not-carried} extension per
   * attribute not carried, its JSON Pointer into the case-record format, so that whoever holds the
   * Bundle — or the case's resource alone, on a server — knows what it lacks.
   */
  Bundle finish() {
    if (caseResource == null) {
      throw new IllegalStateException("the case's resource must be added before the Bundle ends");
    }
    for (String path : notCarried) {
      Ext.add(caseResource.getExtension(), NOT_CARRIED, new StringType(path));
    }
    return bundle;
  }
}
