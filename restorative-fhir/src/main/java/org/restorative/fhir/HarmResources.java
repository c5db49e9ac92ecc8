package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.AdverseEvent.AdverseEventActuality;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.DutyOfCandour;
import org.restorative.core.harm.ExternalIncidentRef;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.HarmType;
import org.restorative.core.harm.InvolvedPerson;
import org.restorative.core.harm.LegalStatus;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.harm.RoleInHarm;
import org.restorative.core.harm.SensitiveFlag;
import org.restorative.core.harm.Setting;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.rules.Pointer;

/**
 * Family A, the harm: each record of harm as an AdverseEvent. AdverseEvent is a trial-use resource
 * in R4 (maturity level 0): its shape may change in later FHIR versions, and R5 reworks it.
 *
 * <p>The harm's id is the AdverseEvent's one identifier; its local incident references (Datix,
 * LFPSE, a trust's own system) are identifiers too, in the {@code external-incident-ref} extension
 * (R4 allows AdverseEvent one identifier only), with the system as the identifier's type text. The
 * subject is the first party harmed who is written as a Patient or RelatedPerson; every involved
 * person with their role is an {@code involved-person} extension. Its contact restrictions are
 * Flags ({@link ContactRestrictionResources}).
 */
final class HarmResources {

  private HarmResources() {}

  static final String HARM = "harm";

  static List<Identifier> identifiers(Resource resource) {
    return resource instanceof AdverseEvent event && event.hasIdentifier()
        ? List.of(event.getIdentifier())
        : List.of();
  }

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.harms().size(); i++) {
      writeHarm(a, c.harms().get(i), Pointer.of("harms", i));
    }
  }

  private static void writeHarm(Assembly a, Harm harm, String path) {
    AdverseEvent event = new AdverseEvent();
    event.setIdentifier(Assembly.identifier(HARM, harm.id().value()));
    event.setActuality(AdverseEventActuality.ACTUAL);
    List<Extension> ext = event.getExtension();
    for (ExternalIncidentRef ref : harm.externalIncidentRefs()) {
      Identifier identifier = new Identifier().setValue(ref.reference());
      identifier.getType().setText(ref.system());
      Ext.add(ext, "external-incident-ref", identifier);
    }
    harm.types().forEach(t -> event.addCategory(new CodeableConcept(CodeSystems.coding(t))));
    event.setSubject(subject(a, harm));
    event.setDateElement(Times.dateTime(harm.occurred().start(), path + "/occurred/from"));
    harm.occurred()
        .end()
        .ifPresent(e -> Ext.add(ext, "occurred-end", Times.dateTime(e, path + "/occurred/to")));
    Ext.add(ext, "occurrence-precision", CodeSystems.coding(harm.occurred().precision()));
    harm.reportedOn()
        .ifPresent(d -> event.setRecordedDateElement(Times.dayAsDateTime(d, path + "/reportedOn")));
    Ext.add(ext, "setting", CodeSystems.coding(harm.setting()));
    Ext.add(ext, "harm-context", CodeSystems.coding(harm.context()));
    harm.otherContext().ifPresent(o -> Ext.add(ext, "other-context", new StringType(o)));
    harm.severity()
        .ifPresent(
            s -> {
              Extension severity = Ext.complex(ext, "severity");
              Ext.add(severity.getExtension(), "scale", CodeSystems.coding(s.scale()));
              Ext.add(severity.getExtension(), "grade", new StringType(s.grade()));
              s.localScale()
                  .ifPresent(
                      l -> Ext.add(severity.getExtension(), "local-scale", new StringType(l)));
            });
    harm.sensitiveFlags().forEach(f -> Ext.add(ext, "sensitive-flag", CodeSystems.coding(f)));
    Ext.add(ext, "legal-status", CodeSystems.coding(harm.legalStatus()));
    for (InvolvedPerson person : harm.involvedPersons()) {
      Extension involved = Ext.complex(ext, "involved-person");
      Ext.add(involved.getExtension(), "party", a.party(person.party()));
      Ext.add(involved.getExtension(), "role", CodeSystems.coding(person.role()));
    }
    harm.relationship().ifPresent(r -> Ext.add(ext, "relationship", CodeSystems.coding(r)));
    if (harm.ongoingCoexistence()) {
      Ext.add(ext, "ongoing-coexistence", new BooleanType(true));
    }
    harm.dutyOfCandour()
        .ifPresent(
            d -> {
              Extension candour = Ext.complex(ext, "duty-of-candour");
              Ext.add(candour.getExtension(), "applies", new BooleanType(d.applies()));
              d.notificationRef()
                  .ifPresent(
                      n -> Ext.add(candour.getExtension(), "notification-ref", new StringType(n)));
            });
    harm.safeguardingReferralRef()
        .ifPresent(s -> Ext.add(ext, "safeguarding-referral-ref", new StringType(s)));
    harm.narrative().ifPresent(n -> Ext.add(ext, "narrative", new StringType(n)));
    a.add(HARM, harm.id().value(), event);
    ContactRestrictionResources.write(a, harm, path);
  }

  private static Reference subject(Assembly a, Harm harm) {
    for (PartyId party : harm.harmedParties()) {
      Optional<ResourceType> type = a.partyType(party);
      if (type.isPresent()
          && (type.get() == ResourceType.Patient || type.get() == ResourceType.RelatedPerson)) {
        return a.party(party);
      }
    }
    Reference absent = new Reference();
    absent.addExtension(CaseResources.DATA_ABSENT_REASON, new CodeType("unknown"));
    return absent;
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (AdverseEvent event : r.all(AdverseEvent.class)) {
      if (Reading.idValue(identifiers(event), HARM).isPresent()) {
        readHarm(r, event, Pointer.of("harms", i++)).ifPresent(c::addHarms);
      }
    }
  }

  private static Optional<Harm> readHarm(Reading r, AdverseEvent event, String path) {
    List<Extension> ext = event.getExtension();
    Harm.Builder harm = new Harm.Builder();
    r.id(identifiers(event), HARM, HarmId::of, path + "/id").ifPresent(harm::id);
    for (Identifier id :
        r.extValues(
            ext, "external-incident-ref", Identifier.class, path + "/externalIncidentRefs")) {
      Optional<String> system = Reading.value(id.getType().getTextElement());
      Optional<String> reference = Reading.value(id.getValueElement());
      if (system.isPresent() && reference.isPresent()) {
        harm.addExternalIncidentRefs(ExternalIncidentRef.of(system.get(), reference.get()));
      } else {
        r.missing(path + "/externalIncidentRefs", "incident reference");
      }
    }
    for (CodeableConcept category : event.getCategory()) {
      r.code(HarmType.class, category, path + "/types").ifPresent(harm::addTypes);
    }
    Optional<java.time.Instant> start =
        r.requiredInstant(event.getDateElement(), path + "/occurred/from", "date");
    Optional<java.time.Instant> end = r.instantExt(ext, "occurred-end", path + "/occurred/to");
    OccurrencePrecision precision =
        r.requiredCodeExt(
            ext,
            "occurrence-precision",
            OccurrencePrecision.class,
            path + "/occurred/precision",
            OccurrencePrecision.values()[0]);
    start.ifPresent(
        s ->
            harm.occurred(
                end.isPresent()
                    ? Occurrence.of(s, end.get(), precision)
                    : Occurrence.of(s, precision)));
    r.optionalDate(event.getRecordedDateElement(), path + "/reportedOn")
        .ifPresent(harm::reportedOn);
    harm.setting(
        r.requiredCodeExt(ext, "setting", Setting.class, path + "/setting", Setting.values()[0]));
    harm.context(
        r.requiredCodeExt(
            ext, "harm-context", HarmContext.class, path + "/context", HarmContext.values()[0]));
    r.stringExt(ext, "other-context", path + "/otherContext").ifPresent(harm::otherContext);
    Ext.one(ext, "severity")
        .ifPresent(
            s -> {
              SeverityScale scale =
                  r.requiredCodeExt(
                      s.getExtension(),
                      "scale",
                      SeverityScale.class,
                      path + "/severity/scale",
                      SeverityScale.LOCAL);
              Optional<String> grade =
                  r.stringExt(s.getExtension(), "grade", path + "/severity/grade");
              if (grade.isEmpty()) {
                r.missing(path + "/severity/grade", "grade");
                return;
              }
              harm.severity(
                  new HarmSeverity.Builder()
                      .scale(scale)
                      .grade(grade.get())
                      .localScale(
                          r.stringExt(
                              s.getExtension(), "local-scale", path + "/severity/localScale"))
                      .build());
            });
    harm.addAllSensitiveFlags(
        r.codeExts(ext, "sensitive-flag", SensitiveFlag.class, path + "/sensitiveFlags"));
    harm.legalStatus(
        r.requiredCodeExt(
            ext, "legal-status", LegalStatus.class, path + "/legalStatus", LegalStatus.UNKNOWN));
    int n = 0;
    for (Extension involved : Ext.all(ext, "involved-person")) {
      String at = path + "/involvedPersons/" + n++;
      Optional<PartyId> party =
          r.referenceExt(involved.getExtension(), "party", at + "/party")
              .flatMap(ref -> r.party(ref, at + "/party"));
      Optional<RoleInHarm> role =
          r.codeExt(involved.getExtension(), "role", RoleInHarm.class, at + "/role");
      if (party.isPresent() && role.isPresent()) {
        harm.addInvolvedPersons(InvolvedPerson.of(party.get(), role.get()));
      } else if (role.isEmpty()) {
        r.missing(at + "/role", "role");
      }
    }
    r.codeExt(ext, "relationship", PartyRelationship.class, path + "/relationship")
        .ifPresent(harm::relationship);
    harm.ongoingCoexistence(r.boolExt(ext, "ongoing-coexistence", path + "/ongoingCoexistence"));
    Ext.one(ext, "duty-of-candour")
        .ifPresent(
            d -> {
              boolean applies =
                  r.boolExt(d.getExtension(), "applies", path + "/dutyOfCandour/applies");
              Optional<String> ref =
                  r.stringExt(
                      d.getExtension(),
                      "notification-ref",
                      path + "/dutyOfCandour/notificationRef");
              harm.dutyOfCandour(
                  new DutyOfCandour.Builder().applies(applies).notificationRef(ref).build());
            });
    r.stringExt(ext, "safeguarding-referral-ref", path + "/safeguardingReferralRef")
        .ifPresent(harm::safeguardingReferralRef);
    r.stringExt(ext, "narrative", path + "/narrative").ifPresent(harm::narrative);
    harm.addAllContactRestrictions(ContactRestrictionResources.read(r, event, path));
    return r.build(harm::build, path);
  }
}
