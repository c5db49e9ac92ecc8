package org.restorative.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.Escort;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.Party;
import org.restorative.core.party.Place;

/**
 * Family A, a party's leave and conditions of discharge under the Mental Health Act 1983: each
 * section 17 leave authorisation and each condition of a conditional discharge as a {@code Basic}
 * resource, its {@code Basic.code} the kind of record ({@link RecordKind}), its {@code
 * Basic.subject} the party's resource, and its attributes the library's extensions.
 *
 * <p>R4 has no resource for either. Leave is not an Encounter (no care is delivered), not a
 * CarePlan (it is a permission, granted by an authority, not a plan of care) and not a Consent; a
 * condition of discharge restricts the party, and the Flag a contact restriction uses is about a
 * harm's restriction between two parties, which a residence or treatment condition is not. Basic is
 * R4's resource for a record no other resource fits, and says so.
 */
final class LeaveAndDischargeResources {

  private LeaveAndDischargeResources() {}

  static final String LEAVE = "leave-authorisation";
  static final String DISCHARGE = "discharge-condition";

  /**
   * Writes a party's leave and conditions, after the party's resource; each id the party's and its
   * index; {@code path} is the party's JSON Pointer.
   */
  static void write(Assembly a, Party party, String path) {
    for (int i = 0; i < party.leaveAuthorisations().size(); i++) {
      writeLeave(
          a, party, i, party.leaveAuthorisations().get(i), path + "/leaveAuthorisations/" + i);
    }
    for (int i = 0; i < party.dischargeConditions().size(); i++) {
      writeCondition(
          a, party, i, party.dischargeConditions().get(i), path + "/dischargeConditions/" + i);
    }
  }

  private static Basic basic(Assembly a, RecordKind kind, Party party) {
    Basic basic = new Basic();
    basic.setCode(new CodeableConcept(CodeSystems.coding(kind)));
    basic.setSubject(a.party(party.id()));
    return basic;
  }

  private static void writeLeave(
      Assembly a, Party party, int index, LeaveAuthorisation leave, String path) {
    Basic basic = basic(a, RecordKind.LEAVE_AUTHORISATION, party);
    List<Extension> ext = basic.getExtension();
    Ext.add(ext, "leave-type", CodeSystems.coding(leave.type()));
    Ext.add(ext, "escort", CodeSystems.coding(leave.escort()));
    Ext.add(ext, "authorised-by", CodeSystems.coding(leave.authorisedBy()));
    Ext.add(ext, "valid-from", Times.date(leave.validFrom(), path + "/validFrom"));
    Ext.add(ext, "valid-to", Times.date(leave.validTo(), path + "/validTo"));
    leave.conditions().forEach(c -> Ext.add(ext, "condition", new StringType(c)));
    Ext.text(ext, "purpose", leave.purpose());
    leave
        .places()
        .forEach(p -> Ext.add(ext, "place", Assembly.identifier(MeetingResources.PLACE, p.code())));
    leave.noContactWith().forEach(p -> Ext.add(ext, "no-contact-with", a.party(p)));
    a.add(LEAVE, party.id().value() + "/" + index, basic);
  }

  private static void writeCondition(
      Assembly a, Party party, int index, DischargeCondition condition, String path) {
    Basic basic = basic(a, RecordKind.DISCHARGE_CONDITION, party);
    List<Extension> ext = basic.getExtension();
    Ext.add(ext, "discharge-condition-type", CodeSystems.coding(condition.type()));
    condition.protectedParty().ifPresent(p -> Ext.add(ext, "protected-party", a.party(p)));
    Ext.text(ext, "description", condition.description());
    condition.since().ifPresent(d -> Ext.add(ext, "since", Times.date(d, path + "/since")));
    condition
        .place()
        .ifPresent(
            p -> Ext.add(ext, "place", Assembly.identifier(MeetingResources.PLACE, p.code())));
    Ext.text(ext, "permitted-exception", condition.permittedException());
    a.add(DISCHARGE, party.id().value() + "/" + index, basic);
  }

  // Reading.

  /** The Basic resources of one kind whose subject is the given resource, in Bundle order. */
  private static List<Basic> of(Reading r, RecordKind kind, Resource subject) {
    String url = r.fullUrlOf(subject);
    List<Basic> all = new ArrayList<>();
    for (Basic basic : r.all(Basic.class)) {
      if (kind(basic).filter(k -> k.equals(kind.name())).isPresent()
          && !url.isEmpty()
          && url.equals(basic.getSubject().getReference())) {
        all.add(basic);
      }
    }
    return all;
  }

  /** The code of a Basic of the library's record-kind code system, if it has one. */
  private static Optional<String> kind(Basic basic) {
    String system = CodeSystems.url(RecordKind.class);
    return basic.getCode().getCoding().stream()
        .filter(c -> system.equals(c.getSystem()))
        .flatMap(c -> Reading.value(c.getCodeElement()).stream())
        .findFirst();
  }

  /** A party's leave authorisations: the Basic resources of that kind about its resource. */
  static List<LeaveAuthorisation> leave(Reading r, Resource party, String path) {
    List<LeaveAuthorisation> all = new ArrayList<>();
    int i = 0;
    for (Basic basic : of(r, RecordKind.LEAVE_AUTHORISATION, party)) {
      readLeave(r, basic, path + "/leaveAuthorisations/" + i++).ifPresent(all::add);
    }
    return all;
  }

  /** A party's conditions of discharge: the Basic resources of that kind about its resource. */
  static List<DischargeCondition> conditions(Reading r, Resource party, String path) {
    List<DischargeCondition> all = new ArrayList<>();
    int i = 0;
    for (Basic basic : of(r, RecordKind.DISCHARGE_CONDITION, party)) {
      readCondition(r, basic, path + "/dischargeConditions/" + i++).ifPresent(all::add);
    }
    return all;
  }

  /**
   * Reports each Basic of the library whose kind is not one of the code system's codes, and each
   * leave or condition of discharge whose subject is no party of the Bundle: nothing reads it back,
   * so it would otherwise be lost in silence.
   */
  static void readOrphans(Reading r, RestorativeCase.Builder c) {
    for (Basic basic : r.all(Basic.class)) {
      Optional<String> kind = kind(basic);
      if (kind.isEmpty()) {
        continue;
      }
      Optional<RecordKind> known = CodeSystems.constant(RecordKind.class, kind.get());
      if (known.isEmpty()) {
        r.problem(
            FhirProblemCode.FHIR_UNKNOWN_CODE,
            "",
            "a Basic's kind of record is not one of the code system's codes");
        continue;
      }
      if (known.get() != RecordKind.LEAVE_AUTHORISATION
          && known.get() != RecordKind.DISCHARGE_CONDITION) {
        continue; // a record of another family, which reads it
      }
      Optional<Resource> subject =
          Optional.ofNullable(basic.getSubject().getReference()).flatMap(r::byFullUrl);
      if (subject.isEmpty() || !PartyResources.isParty(subject.get())) {
        r.problem(
            FhirProblemCode.FHIR_BROKEN_REFERENCE,
            "/parties",
            "a leave authorisation's or discharge condition's Basic names no party of the Bundle");
      }
    }
  }

  private static Optional<LeaveAuthorisation> readLeave(Reading r, Basic basic, String path) {
    List<Extension> ext = basic.getExtension();
    LeaveAuthorisation.Builder leave = new LeaveAuthorisation.Builder();
    leave.type(
        r.requiredCodeExt(ext, "leave-type", LeaveType.class, path + "/type", LeaveType.GROUND));
    leave.escort(r.requiredCodeExt(ext, "escort", Escort.class, path + "/escort", Escort.ESCORTED));
    leave.authorisedBy(
        r.requiredCodeExt(
            ext, "authorised-by", LeaveAuthority.class, path + "/authorisedBy", LeaveAuthority.RC));
    Optional<LocalDate> from = r.requiredDateExt(ext, "valid-from", path + "/validFrom");
    Optional<LocalDate> to = r.requiredDateExt(ext, "valid-to", path + "/validTo");
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    leave.validFrom(from.get()).validTo(to.get());
    r.extValues(ext, "condition", StringType.class, path + "/conditions")
        .forEach(c -> leave.addConditions(c.getValue()));
    r.text(ext, "purpose", path + "/purpose").ifPresent(leave::purpose);
    for (Identifier id : r.extValues(ext, "place", Identifier.class, path + "/places")) {
      r.id(List.of(id), MeetingResources.PLACE, Place::of, path + "/places")
          .ifPresent(leave::addPlaces);
    }
    for (Reference ref :
        r.extValues(ext, "no-contact-with", Reference.class, path + "/noContactWith")) {
      r.party(ref, path + "/noContactWith").ifPresent(leave::addNoContactWith);
    }
    return r.build(leave::build, path);
  }

  private static Optional<DischargeCondition> readCondition(Reading r, Basic basic, String path) {
    List<Extension> ext = basic.getExtension();
    DischargeCondition.Builder condition = new DischargeCondition.Builder();
    condition.type(
        r.requiredCodeExt(
            ext,
            "discharge-condition-type",
            DischargeConditionType.class,
            path + "/type",
            DischargeConditionType.OTHER));
    r.referenceExt(ext, "protected-party", path + "/protectedParty")
        .flatMap(ref -> r.party(ref, path + "/protectedParty"))
        .ifPresent(condition::protectedParty);
    r.text(ext, "description", path + "/description").ifPresent(condition::description);
    r.dateExt(ext, "since", path + "/since").ifPresent(condition::since);
    r.identifierExt(ext, "place", path + "/place")
        .flatMap(id -> r.id(List.of(id), MeetingResources.PLACE, Place::of, path + "/place"))
        .ifPresent(condition::place);
    r.text(ext, "permitted-exception", path + "/permittedException")
        .ifPresent(condition::permittedException);
    return r.build(condition::build, path);
  }
}
