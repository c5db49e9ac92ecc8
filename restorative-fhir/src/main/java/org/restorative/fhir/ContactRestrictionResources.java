package org.restorative.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Flag.FlagStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.ContactRestrictionType;
import org.restorative.core.harm.Harm;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.Place;

/**
 * Family B, contact restrictions: each restriction a harm records (a restraining order, a bail or
 * discharge condition, an exclusion zone, a leave condition) as a FHIR Flag, coded by its type
 * (code system {@code contact-restriction-type}), its period the days it holds, and its {@code
 * harm} extension naming the harm's AdverseEvent. R4's Flag.subject takes a Patient or an
 * Organization but no RelatedPerson: the subject is the restricted party, else the protected party,
 * when written as one of those, else a reference with a data-absent reason; both parties are
 * extensions. The status is {@code active}: the Flag states the restriction, and its period says
 * when it holds (the Bundle of a case is the same whenever it is written).
 */
final class ContactRestrictionResources {

  private ContactRestrictionResources() {}

  static final String CONTACT_RESTRICTION = "contact-restriction";

  /**
   * Writes a harm's restrictions after its AdverseEvent; each Flag's id is the harm's and its
   * index; {@code path} is the harm's JSON Pointer.
   */
  static void write(Assembly a, Harm harm, String path) {
    for (int i = 0; i < harm.contactRestrictions().size(); i++) {
      writeRestriction(
          a, harm, i, harm.contactRestrictions().get(i), path + "/contactRestrictions/" + i);
    }
  }

  private static void writeRestriction(
      Assembly a, Harm harm, int index, ContactRestriction restriction, String path) {
    Flag flag = new Flag();
    flag.setStatus(FlagStatus.ACTIVE);
    flag.setCode(new CodeableConcept(CodeSystems.coding(restriction.type())));
    flag.setSubject(subject(a, restriction));
    flag.getPeriod()
        .setStartElement(Times.dayAsDateTime(restriction.startsOn(), path + "/startsOn"));
    restriction
        .endsOn()
        .ifPresent(d -> flag.getPeriod().setEndElement(Times.dayAsDateTime(d, path + "/endsOn")));
    List<Extension> ext = flag.getExtension();
    Ext.add(ext, HarmResources.HARM, a.reference(HarmResources.HARM, harm.id().value()));
    Ext.add(ext, "protected-party", a.party(restriction.protectedParty()));
    Ext.add(ext, "restricted-party", a.party(restriction.restrictedParty()));
    restriction.source().ifPresent(s -> Ext.add(ext, "source", new StringType(s)));
    restriction
        .place()
        .ifPresent(
            p -> Ext.add(ext, "place", Assembly.identifier(MeetingResources.PLACE, p.code())));
    restriction
        .permittedException()
        .ifPresent(e -> Ext.add(ext, "permitted-exception", new StringType(e)));
    a.add(CONTACT_RESTRICTION, harm.id().value() + "/" + index, flag);
  }

  private static Reference subject(Assembly a, ContactRestriction restriction) {
    for (PartyId party : List.of(restriction.restrictedParty(), restriction.protectedParty())) {
      ResourceType type = a.partyType(party).orElse(null);
      if (type == ResourceType.Patient || type == ResourceType.Organization) {
        return a.party(party);
      }
    }
    Reference absent = new Reference();
    absent.addExtension(CaseResources.DATA_ABSENT_REASON, new CodeType("unknown"));
    return absent;
  }

  // Reading.

  /** The restrictions of the harm an AdverseEvent records: the Flags that name it, in order. */
  static List<ContactRestriction> read(Reading r, AdverseEvent event, String path) {
    String url = r.fullUrlOf(event);
    List<ContactRestriction> restrictions = new ArrayList<>();
    int i = 0;
    for (Flag flag : r.all(Flag.class)) {
      Optional<String> harm =
          Ext.value(flag.getExtension(), HarmResources.HARM)
              .filter(Reference.class::isInstance)
              .map(v -> ((Reference) v).getReference());
      if (!url.isEmpty() && harm.isPresent() && url.equals(harm.get())) {
        readRestriction(r, flag, path + "/contactRestrictions/" + i++).ifPresent(restrictions::add);
      }
    }
    return restrictions;
  }

  /**
   * Reports each contact restriction of this library whose {@code harm} extension names no harm's
   * AdverseEvent of the Bundle: no harm reads it back, so it would otherwise be lost in silence.
   */
  static void readOrphans(Reading r, RestorativeCase.Builder c) {
    String system = CodeSystems.url(ContactRestrictionType.class);
    for (Flag flag : r.all(Flag.class)) {
      boolean ours =
          flag.getCode().getCoding().stream().anyMatch(x -> system.equals(x.getSystem()));
      if (!ours) {
        continue;
      }
      Optional<Reference> harm = r.referenceExt(flag.getExtension(), HarmResources.HARM, "/harms");
      if (harm.isEmpty() && Ext.one(flag.getExtension(), HarmResources.HARM).isPresent()) {
        continue; // reported: the extension holds no Reference
      }
      boolean named =
          harm.isPresent()
              && r.all(AdverseEvent.class).stream()
                  .filter(
                      e ->
                          Reading.idValue(HarmResources.identifiers(e), HarmResources.HARM)
                              .isPresent())
                  .anyMatch(e -> r.fullUrlOf(e).equals(harm.get().getReference()));
      if (!named) {
        r.problem(
            FhirProblemCode.FHIR_BROKEN_REFERENCE,
            "/harms",
            "a contact restriction's Flag names no harm of the Bundle");
      }
    }
  }

  private static Optional<ContactRestriction> readRestriction(Reading r, Flag flag, String path) {
    List<Extension> ext = flag.getExtension();
    ContactRestriction.Builder restriction = new ContactRestriction.Builder();
    r.code(ContactRestrictionType.class, flag.getCode(), path + "/type")
        .ifPresent(restriction::type);
    MeetingResources.partyExt(r, ext, "protected-party", path + "/protectedParty")
        .ifPresent(restriction::protectedParty);
    MeetingResources.partyExt(r, ext, "restricted-party", path + "/restrictedParty")
        .ifPresent(restriction::restrictedParty);
    restriction.source(r.stringExt(ext, "source", path + "/source"));
    r.requiredDate(flag.getPeriod().getStartElement(), path + "/startsOn", "period start")
        .ifPresent(restriction::startsOn);
    r.optionalDate(flag.getPeriod().getEndElement(), path + "/endsOn")
        .ifPresent(restriction::endsOn);
    r.identifierExt(ext, "place", path + "/place")
        .flatMap(id -> r.id(List.of(id), MeetingResources.PLACE, Place::of, path + "/place"))
        .ifPresent(restriction::place);
    restriction.permittedException(
        r.stringExt(ext, "permitted-exception", path + "/permittedException"));
    return r.build(restriction::build, path);
  }
}
