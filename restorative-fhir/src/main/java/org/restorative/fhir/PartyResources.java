package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.CareContext;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.ConflictDeclaration;
import org.restorative.core.party.ConflictKind;
import org.restorative.core.party.CpdRecord;
import org.restorative.core.party.CriminalResponsibility;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.party.SpeakingRole;
import org.restorative.core.party.Spokesperson;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.party.TrainingRecord;
import org.restorative.core.party.VcsRoute;
import org.restorative.core.party.VcsStatus;
import org.restorative.core.party.VictimContactScheme;
import org.restorative.core.party.VulnerabilityFlag;
import org.restorative.core.rules.Pointer;

/**
 * Family A, the people: parties as Patient, RelatedPerson or Organization; facilitators and
 * professionals as Practitioner with a PractitionerRole each.
 *
 * <p>A party is an Organization when it is an organisation, a RelatedPerson when it supports or
 * represents a principal party who is a person, and a Patient otherwise: FHIR's Patient is the
 * person a health service is about, and a restorative case is about each of its principal parties,
 * staff included. The model holds no NHS number; a party's id is its identifier of the system
 * {@code urn:restorative:fhir:id:party}.
 */
final class PartyResources {

  private PartyResources() {}

  static final String PARTY = "party";
  static final String FACILITATOR = "facilitator";
  static final String PROFESSIONAL = "professional";

  /** Decides the resource type of every party, before any family writes a reference to one. */
  static void assignTypes(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (Party party : c.parties()) {
      a.partyType(party.id(), typeOf(party, c));
    }
  }

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.parties().size(); i++) {
      writeParty(a, c.parties().get(i), Pointer.of("parties", i));
    }
    for (int i = 0; i < c.facilitators().size(); i++) {
      writeFacilitator(a, c.facilitators().get(i), Pointer.of("facilitators", i));
    }
    for (int i = 0; i < c.professionals().size(); i++) {
      writeProfessional(a, c.professionals().get(i));
    }
  }

  private static ResourceType typeOf(Party party, RestorativeCase c) {
    if (party.isOrganisation()) {
      return ResourceType.Organization;
    }
    boolean principalIsAPerson =
        party.principal().flatMap(c::party).map(p -> !p.isOrganisation()).orElse(false);
    return principalIsAPerson ? ResourceType.RelatedPerson : ResourceType.Patient;
  }

  private static void writeParty(Assembly a, Party party, String path) {
    ResourceType type = a.partyType(party.id()).orElseThrow();
    List<Extension> ext;
    Resource resource;
    switch (type) {
      case Organization -> {
        Organization organization = new Organization();
        organization.addIdentifier(Assembly.identifier(PARTY, party.id().value()));
        party.name().ifPresent(organization::setName);
        party.preferredName().ifPresent(organization::addAlias);
        a.notCarried(path + "/dateOfBirth", party.dateOfBirth());
        a.notCarried(path + "/language", party.language());
        ext = organization.getExtension();
        resource = organization;
      }
      case RelatedPerson -> {
        RelatedPerson person = new RelatedPerson();
        person.addIdentifier(Assembly.identifier(PARTY, party.id().value()));
        person.setPatient(a.party(party.principal().orElseThrow()));
        party
            .relationshipToPrincipal()
            .ifPresent(r -> person.addRelationship(new CodeableConcept(CodeSystems.coding(r))));
        names(party, person.getName());
        party
            .dateOfBirth()
            .ifPresent(d -> person.setBirthDateElement(Times.date(d, path + "/dateOfBirth")));
        party.language().ifPresent(l -> person.addCommunication().setLanguage(language(l)));
        ext = person.getExtension();
        resource = person;
      }
      default -> {
        Patient patient = new Patient();
        patient.addIdentifier(Assembly.identifier(PARTY, party.id().value()));
        names(party, patient.getName());
        party
            .dateOfBirth()
            .ifPresent(d -> patient.setBirthDateElement(Times.date(d, path + "/dateOfBirth")));
        party.language().ifPresent(l -> patient.addCommunication().setLanguage(language(l)));
        ext = patient.getExtension();
        resource = patient;
      }
    }
    Ext.add(ext, "party-role", CodeSystems.coding(party.role()));
    Ext.add(ext, "person-type", CodeSystems.coding(party.personType()));
    if (type != ResourceType.RelatedPerson) {
      // A principal that is an organisation: the reference and the relationship as extensions.
      party.principal().ifPresent(p -> Ext.add(ext, "principal", a.party(p)));
      party
          .relationshipToPrincipal()
          .ifPresent(r -> Ext.add(ext, "relationship-to-principal", CodeSystems.coding(r)));
    }
    party.ageBand().ifPresent(b -> Ext.add(ext, "age-band", CodeSystems.coding(b)));
    party.careContext().ifPresent(x -> Ext.add(ext, "care-context", CodeSystems.coding(x)));
    party.speakingRole().ifPresent(x -> Ext.add(ext, "speaking-role", CodeSystems.coding(x)));
    if (party.reasonToDoubtCapacity()) {
      Ext.add(ext, "reason-to-doubt-capacity", new BooleanType(true));
    }
    party
        .communicationNeeds()
        .forEach(n -> Ext.add(ext, "communication-need", CodeSystems.coding(n)));
    party
        .vulnerabilityFlags()
        .forEach(f -> Ext.add(ext, "vulnerability-flag", CodeSystems.coding(f)));
    party
        .mentalHealthAct()
        .ifPresent(m -> MentalHealthActExtension.write(ext, m, path + "/mentalHealthAct"));
    party.pronouns().ifPresent(x -> Ext.add(ext, "pronouns", new StringType(x)));
    party
        .criminalResponsibility()
        .ifPresent(x -> Ext.add(ext, "criminal-responsibility", CodeSystems.coding(x)));
    party
        .victimContactScheme()
        .ifPresent(
            v -> {
              Extension x = Ext.complex(ext, "victim-contact-scheme");
              Ext.add(x.getExtension(), "status", CodeSystems.coding(v.status()));
              v.route().ifPresent(r -> Ext.add(x.getExtension(), "route", CodeSystems.coding(r)));
            });
    for (Adjustment adjustment : party.adjustments()) {
      Extension x = Ext.complex(ext, "adjustment");
      Ext.add(x.getExtension(), "type", CodeSystems.coding(adjustment.type()));
      Ext.text(x.getExtension(), "detail", adjustment.detail());
    }
    Ext.text(ext, "reason-to-doubt-capacity-rationale", party.reasonToDoubtCapacityRationale());
    for (int j = 0; j < party.acknowledgements().size(); j++) {
      Acknowledgement acknowledgement = party.acknowledgements().get(j);
      Extension x = Ext.complex(ext, "acknowledgement");
      Ext.add(x.getExtension(), "level", CodeSystems.coding(acknowledgement.level()));
      Ext.add(
          x.getExtension(),
          "acknowledged-on",
          Times.date(
              acknowledgement.acknowledgedOn(),
              path + "/acknowledgements/" + j + "/acknowledgedOn"));
      acknowledgement
          .recordedBy()
          .ifPresent(b -> Ext.add(x.getExtension(), "recorded-by", Assembly.actor(b)));
      Ext.text(x.getExtension(), "note", acknowledgement.note());
      acknowledgement
          .spokesperson()
          .ifPresent(
              s -> {
                Extension y = Ext.complex(x.getExtension(), "spokesperson");
                Ext.add(y.getExtension(), "role", new StringType(s.role()));
                Ext.text(y.getExtension(), "name", s.name());
                Ext.text(y.getExtension(), "authority", s.authority());
              });
    }
    party
        .parentalInvolvement()
        .ifPresent(
            p -> {
              Extension x = Ext.complex(ext, "parental-involvement");
              Ext.text(x.getExtension(), "holder-of-responsibility", p.holderOfResponsibility());
              Ext.add(x.getExtension(), "informed", new BooleanType(p.informed()));
              Ext.add(x.getExtension(), "consented", new BooleanType(p.consented()));
              p.recordedOn()
                  .ifPresent(
                      d ->
                          Ext.add(
                              x.getExtension(),
                              "recorded-on",
                              Times.date(d, path + "/parentalInvolvement/recordedOn")));
            });
    a.add(PARTY, party.id().value(), resource);
    LeaveAndDischargeResources.write(a, party, path);
  }

  private static void names(Party party, List<HumanName> names) {
    party.name().ifPresent(n -> names.add(new HumanName().setUse(NameUse.OFFICIAL).setText(n)));
    party
        .preferredName()
        .ifPresent(n -> names.add(new HumanName().setUse(NameUse.USUAL).setText(n)));
  }

  private static CodeableConcept language(String language) {
    return new CodeableConcept().setText(language);
  }

  private static void writeFacilitator(Assembly a, Facilitator facilitator, String path) {
    String id = facilitator.id().value();
    Practitioner practitioner = new Practitioner();
    practitioner.addIdentifier(Assembly.identifier(FACILITATOR, id));
    facilitator.name().ifPresent(n -> practitioner.addName().setText(n));
    if (facilitator.external()) {
      Ext.add(practitioner.getExtension(), "external", new BooleanType(true));
    }
    List<Extension> fext = practitioner.getExtension();
    facilitator
        .lastSupervisionOn()
        .ifPresent(
            d -> Ext.add(fext, "last-supervision-on", Times.date(d, path + "/lastSupervisionOn")));
    facilitator
        .lastObservedPracticeOn()
        .ifPresent(
            d ->
                Ext.add(
                    fext,
                    "last-observed-practice-on",
                    Times.date(d, path + "/lastObservedPracticeOn")));
    facilitator
        .rjcRegistration()
        .ifPresent(x -> Ext.add(fext, "rjc-registration", new StringType(x)));
    for (int t = 0; t < facilitator.trainingRecords().size(); t++) {
      TrainingRecord training = facilitator.trainingRecords().get(t);
      Practitioner.PractitionerQualificationComponent qualification =
          practitioner.addQualification();
      qualification.setCode(new CodeableConcept(CodeSystems.coding(training.level())));
      qualification
          .getPeriod()
          .setStartElement(
              Times.dayAsDateTime(
                  training.completedOn(), path + "/trainingRecords/" + t + "/completedOn"));
      training.provider().ifPresent(p -> qualification.getIssuer().setDisplay(p));
      if (training.rjcRegisteredProvider()) {
        Ext.add(qualification.getExtension(), "rjc-registered-provider", new BooleanType(true));
      }
    }
    a.add(FACILITATOR, id, practitioner);
    PractitionerRole role = new PractitionerRole();
    role.setPractitioner(a.reference(FACILITATOR, id));
    role.addCode(new CodeableConcept(CodeSystems.coding(facilitator.role())));
    a.add(FACILITATOR + "-role", id, role);

    for (CpdRecord cpd : facilitator.cpd()) {
      Extension x = Ext.complex(fext, "cpd");
      Ext.add(x.getExtension(), "year", new IntegerType(cpd.year()));
      Ext.add(x.getExtension(), "hours", new DecimalType(cpd.hours()));
      Ext.add(x.getExtension(), "rjc-approved-hours", new DecimalType(cpd.rjcApprovedHours()));
    }
    facilitator
        .conflictDeclaration()
        .ifPresent(
            d -> {
              Extension x = Ext.complex(fext, "conflict-declaration");
              Ext.add(
                  x.getExtension(),
                  "declared-at",
                  Times.dateTime(d.declaredAt(), path + "/conflictDeclaration/declaredAt"));
              for (DeclaredConflict conflict : d.conflicts()) {
                Extension y = Ext.complex(x.getExtension(), "conflict");
                Ext.add(y.getExtension(), "kind", CodeSystems.coding(conflict.kind()));
                conflict.party().ifPresent(p -> Ext.add(y.getExtension(), "party", a.party(p)));
                Ext.text(y.getExtension(), "detail", conflict.detail());
              }
            });
  }

  private static void writeProfessional(Assembly a, Professional professional) {
    String id = professional.id().value();
    Practitioner practitioner = new Practitioner();
    practitioner.addIdentifier(Assembly.identifier(PROFESSIONAL, id));
    professional.name().ifPresent(n -> practitioner.addName().setText(n));
    professional.language().ifPresent(l -> practitioner.addCommunication(language(l)));
    a.add(PROFESSIONAL, id, practitioner);
    PractitionerRole role = new PractitionerRole();
    role.setPractitioner(a.reference(PROFESSIONAL, id));
    role.addCode(new CodeableConcept(CodeSystems.coding(professional.role())));
    professional.organisation().ifPresent(o -> role.setOrganization(new Reference().setDisplay(o)));
    professional
        .relatedParties()
        .forEach(p -> Ext.add(role.getExtension(), "related-party", a.party(p)));
    a.add(PROFESSIONAL + "-role", id, role);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (Resource resource : r.all(Resource.class)) {
      Optional<Party> party = readParty(r, resource, Pointer.of("parties", i));
      if (party.isPresent()) {
        c.addParties(party.get());
        i++;
      } else if (isParty(resource)) {
        i++;
      }
    }
    List<PractitionerRole> roles = r.all(PractitionerRole.class);
    int f = 0;
    int p = 0;
    for (Practitioner practitioner : r.all(Practitioner.class)) {
      List<PractitionerRole> own =
          roles.stream()
              .filter(role -> role.getPractitioner().getReference() != null)
              .filter(
                  role -> role.getPractitioner().getReference().equals(r.fullUrlOf(practitioner)))
              .toList();
      if (Reading.idValue(practitioner.getIdentifier(), FACILITATOR).isPresent()) {
        readFacilitator(r, practitioner, own, Pointer.of("facilitators", f++))
            .ifPresent(c::addFacilitators);
      } else if (Reading.idValue(practitioner.getIdentifier(), PROFESSIONAL).isPresent()) {
        readProfessional(r, practitioner, own, Pointer.of("professionals", p++))
            .ifPresent(c::addProfessionals);
      }
    }
  }

  static boolean isParty(Resource resource) {
    if (resource instanceof Patient p) {
      return Reading.idValue(p.getIdentifier(), PARTY).isPresent();
    }
    if (resource instanceof RelatedPerson p) {
      return Reading.idValue(p.getIdentifier(), PARTY).isPresent();
    }
    if (resource instanceof Organization p) {
      return Reading.idValue(p.getIdentifier(), PARTY).isPresent();
    }
    return false;
  }

  private static Optional<Party> readParty(Reading r, Resource resource, String path) {
    if (!isParty(resource)) {
      return Optional.empty();
    }
    Party.Builder party = new Party.Builder();
    List<Extension> ext;
    if (resource instanceof Organization o) {
      r.id(o.getIdentifier(), PARTY, PartyId::of, path + "/id").ifPresent(party::id);
      Reading.value(o.getNameElement()).ifPresent(party::name);
      if (o.hasAlias()) {
        Reading.value(o.getAlias().get(0)).ifPresent(party::preferredName);
      }
      ext = o.getExtension();
    } else if (resource instanceof RelatedPerson q) {
      r.id(q.getIdentifier(), PARTY, PartyId::of, path + "/id").ifPresent(party::id);
      r.party(q.getPatient(), path + "/principal").ifPresent(party::principal);
      if (q.hasRelationship()) {
        r.code(
                PartyRelationship.class,
                q.getRelationshipFirstRep(),
                path + "/relationshipToPrincipal")
            .ifPresent(party::relationshipToPrincipal);
      }
      names(q.getName(), party);
      r.optionalDate(q.getBirthDateElement(), path + "/dateOfBirth").ifPresent(party::dateOfBirth);
      if (q.hasCommunication()) {
        Reading.value(q.getCommunicationFirstRep().getLanguage().getTextElement())
            .ifPresent(party::language);
      }
      ext = q.getExtension();
    } else {
      Patient q = (Patient) resource;
      r.id(q.getIdentifier(), PARTY, PartyId::of, path + "/id").ifPresent(party::id);
      names(q.getName(), party);
      r.optionalDate(q.getBirthDateElement(), path + "/dateOfBirth").ifPresent(party::dateOfBirth);
      if (q.hasCommunication()) {
        Reading.value(q.getCommunicationFirstRep().getLanguage().getTextElement())
            .ifPresent(party::language);
      }
      ext = q.getExtension();
    }
    party.role(
        r.requiredCodeExt(
            ext, "party-role", PartyRole.class, path + "/role", PartyRole.AFFECTED_OTHER));
    party.personType(
        r.requiredCodeExt(
            ext,
            "person-type",
            PersonType.class,
            path + "/personType",
            PersonType.MEMBER_OF_PUBLIC));
    r.referenceExt(ext, "principal", path + "/principal")
        .flatMap(ref -> r.party(ref, path + "/principal"))
        .ifPresent(party::principal);
    r.codeExt(
            ext,
            "relationship-to-principal",
            PartyRelationship.class,
            path + "/relationshipToPrincipal")
        .ifPresent(party::relationshipToPrincipal);
    r.codeExt(ext, "age-band", AgeBand.class, path + "/ageBand").ifPresent(party::ageBand);
    r.codeExt(ext, "care-context", CareContext.class, path + "/careContext")
        .ifPresent(party::careContext);
    r.codeExt(ext, "speaking-role", SpeakingRole.class, path + "/speakingRole")
        .ifPresent(party::speakingRole);
    party.reasonToDoubtCapacity(
        r.boolExt(ext, "reason-to-doubt-capacity", path + "/reasonToDoubtCapacity"));
    party.addAllCommunicationNeeds(
        r.codeExts(
            ext, "communication-need", CommunicationNeed.class, path + "/communicationNeeds"));
    r.stringExt(ext, "pronouns", path + "/pronouns").ifPresent(party::pronouns);
    r.codeExt(
            ext,
            "criminal-responsibility",
            CriminalResponsibility.class,
            path + "/criminalResponsibility")
        .ifPresent(party::criminalResponsibility);
    Ext.one(ext, "victim-contact-scheme")
        .ifPresent(
            x -> {
              VcsStatus status =
                  r.requiredCodeExt(
                      x.getExtension(),
                      "status",
                      VcsStatus.class,
                      path + "/victimContactScheme/status",
                      VcsStatus.values()[0]);
              Optional<VcsRoute> route =
                  r.codeExt(
                      x.getExtension(),
                      "route",
                      VcsRoute.class,
                      path + "/victimContactScheme/route");
              party.victimContactScheme(
                  route.isPresent()
                      ? VictimContactScheme.of(status, route.get())
                      : VictimContactScheme.of(status));
            });
    int j = 0;
    for (Extension x : Ext.all(ext, "adjustment")) {
      String at = path + "/adjustments/" + j++;
      AdjustmentType type =
          r.requiredCodeExt(
              x.getExtension(), "type", AdjustmentType.class, at + "/type", AdjustmentType.OTHER);
      Adjustment.Builder adjustment = new Adjustment.Builder().type(type);
      r.text(x.getExtension(), "detail", at + "/detail").ifPresent(adjustment::detail);
      r.build(adjustment::build, at).ifPresent(party::addAdjustments);
    }
    r.text(ext, "reason-to-doubt-capacity-rationale", path + "/reasonToDoubtCapacityRationale")
        .ifPresent(party::reasonToDoubtCapacityRationale);
    int k = 0;
    for (Extension x : Ext.all(ext, "acknowledgement")) {
      String at = path + "/acknowledgements/" + k++;
      Optional<AcknowledgementLevel> level =
          r.codeExt(x.getExtension(), "level", AcknowledgementLevel.class, at + "/level");
      Optional<java.time.LocalDate> on =
          r.dateExt(x.getExtension(), "acknowledged-on", at + "/acknowledgedOn");
      if (level.isEmpty() || on.isEmpty()) {
        r.missing(at, "acknowledgement's level or day");
        continue;
      }
      Acknowledgement.Builder acknowledgement =
          new Acknowledgement.Builder().level(level.get()).acknowledgedOn(on.get());
      r.referenceExt(x.getExtension(), "recorded-by", at + "/recordedBy")
          .flatMap(ref -> r.actor(ref, at + "/recordedBy"))
          .ifPresent(acknowledgement::recordedBy);
      r.text(x.getExtension(), "note", at + "/note").ifPresent(acknowledgement::note);
      Optional<Extension> spokesperson = Ext.one(x.getExtension(), "spokesperson");
      if (spokesperson.isPresent()) {
        readSpokesperson(r, spokesperson.get().getExtension(), at + "/spokesperson")
            .ifPresent(acknowledgement::spokesperson);
      }
      r.build(acknowledgement::build, at).ifPresent(party::addAcknowledgements);
    }
    party.addAllVulnerabilityFlags(
        r.codeExts(
            ext, "vulnerability-flag", VulnerabilityFlag.class, path + "/vulnerabilityFlags"));
    MentalHealthActExtension.read(r, ext, path + "/mentalHealthAct")
        .ifPresent(party::mentalHealthAct);
    Optional<Extension> parental = Ext.one(ext, "parental-involvement");
    if (parental.isPresent()) {
      readParentalInvolvement(r, parental.get().getExtension(), path + "/parentalInvolvement")
          .ifPresent(party::parentalInvolvement);
    }
    party.addAllLeaveAuthorisations(LeaveAndDischargeResources.leave(r, resource, path));
    party.addAllDischargeConditions(LeaveAndDischargeResources.conditions(r, resource, path));
    return r.build(party::build, path);
  }

  private static Optional<Spokesperson> readSpokesperson(
      Reading r, List<Extension> parts, String path) {
    Spokesperson.Builder spokesperson = new Spokesperson.Builder();
    if (Ext.one(parts, "role").isEmpty()) {
      r.missing(path + "/role", "spokesperson's role");
      return Optional.empty();
    }
    r.text(parts, "role", path + "/role").ifPresent(spokesperson::role);
    r.text(parts, "name", path + "/name").ifPresent(spokesperson::name);
    r.text(parts, "authority", path + "/authority").ifPresent(spokesperson::authority);
    return r.build(spokesperson::build, path);
  }

  private static Optional<ParentalInvolvement> readParentalInvolvement(
      Reading r, List<Extension> parts, String path) {
    ParentalInvolvement.Builder involvement =
        new ParentalInvolvement.Builder()
            .informed(r.boolExt(parts, "informed", path + "/informed"))
            .consented(r.boolExt(parts, "consented", path + "/consented"));
    r.text(parts, "holder-of-responsibility", path + "/holderOfResponsibility")
        .ifPresent(involvement::holderOfResponsibility);
    r.dateExt(parts, "recorded-on", path + "/recordedOn").ifPresent(involvement::recordedOn);
    return r.build(involvement::build, path);
  }

  private static void names(List<HumanName> names, Party.Builder party) {
    for (HumanName name : names) {
      if (name.getUse() == NameUse.OFFICIAL) {
        Reading.value(name.getTextElement()).ifPresent(party::name);
      } else if (name.getUse() == NameUse.USUAL) {
        Reading.value(name.getTextElement()).ifPresent(party::preferredName);
      }
    }
  }

  private static Optional<Facilitator> readFacilitator(
      Reading r, Practitioner practitioner, List<PractitionerRole> roles, String path) {
    Facilitator.Builder facilitator = new Facilitator.Builder();
    r.id(practitioner.getIdentifier(), FACILITATOR, FacilitatorId::of, path + "/id")
        .ifPresent(facilitator::id);
    if (practitioner.hasName()) {
      Reading.value(practitioner.getNameFirstRep().getTextElement()).ifPresent(facilitator::name);
    }
    facilitator.external(r.boolExt(practitioner.getExtension(), "external", path + "/external"));
    r.dateExt(practitioner.getExtension(), "last-supervision-on", path + "/lastSupervisionOn")
        .ifPresent(facilitator::lastSupervisionOn);
    r.dateExt(
            practitioner.getExtension(),
            "last-observed-practice-on",
            path + "/lastObservedPracticeOn")
        .ifPresent(facilitator::lastObservedPracticeOn);
    r.stringExt(practitioner.getExtension(), "rjc-registration", path + "/rjcRegistration")
        .ifPresent(facilitator::rjcRegistration);
    int t = 0;
    for (Practitioner.PractitionerQualificationComponent qualification :
        practitioner.getQualification()) {
      String at = path + "/trainingRecords/" + t++;
      Optional<TrainingLevel> level =
          r.code(TrainingLevel.class, qualification.getCode(), at + "/level");
      Optional<java.time.LocalDate> completed =
          r.requiredDate(
              qualification.getPeriod().getStartElement(), at + "/completedOn", "period start");
      if (level.isEmpty() || completed.isEmpty()) {
        continue;
      }
      TrainingRecord.Builder training =
          new TrainingRecord.Builder()
              .level(level.get())
              .completedOn(completed.get())
              .rjcRegisteredProvider(
                  r.boolExt(
                      qualification.getExtension(),
                      "rjc-registered-provider",
                      at + "/rjcRegisteredProvider"));
      Reading.value(qualification.getIssuer().getDisplayElement()).ifPresent(training::provider);
      r.build(training::build, at).ifPresent(facilitator::addTrainingRecords);
    }
    int k = 0;
    for (Extension x : Ext.all(practitioner.getExtension(), "cpd")) {
      readCpd(r, x.getExtension(), path + "/cpd/" + k++).ifPresent(facilitator::addCpd);
    }
    Optional<Extension> declaration = Ext.one(practitioner.getExtension(), "conflict-declaration");
    if (declaration.isPresent()) {
      readConflicts(r, declaration.get().getExtension(), path + "/conflictDeclaration")
          .ifPresent(facilitator::conflictDeclaration);
    }
    if (roles.isEmpty()) {
      r.missing(path + "/role", "PractitionerRole");
      return Optional.empty();
    }
    r.code(FacilitatorRole.class, roles.get(0).getCodeFirstRep(), path + "/role")
        .ifPresent(facilitator::role);
    return r.build(facilitator::build, path);
  }

  private static Optional<CpdRecord> readCpd(Reading r, List<Extension> parts, String path) {
    Optional<IntegerType> year = r.extValue(parts, "year", IntegerType.class, path + "/year");
    Optional<DecimalType> hours = r.extValue(parts, "hours", DecimalType.class, path + "/hours");
    Optional<DecimalType> approved =
        r.extValue(parts, "rjc-approved-hours", DecimalType.class, path + "/rjcApprovedHours");
    if (Ext.one(parts, "year").isEmpty()) {
      r.missing(path + "/year", "year");
    }
    if (Ext.one(parts, "hours").isEmpty()) {
      r.missing(path + "/hours", "hours");
    }
    if (Ext.one(parts, "rjc-approved-hours").isEmpty()) {
      r.missing(path + "/rjcApprovedHours", "RJC-approved hours");
    }
    if (year.isEmpty() || hours.isEmpty() || approved.isEmpty()) {
      return Optional.empty();
    }
    return r.build(
        () ->
            CpdRecord.of(year.get().getValue(), hours.get().getValue(), approved.get().getValue()),
        path);
  }

  private static Optional<ConflictDeclaration> readConflicts(
      Reading r, List<Extension> parts, String path) {
    if (Ext.one(parts, "declared-at").isEmpty()) {
      r.missing(path + "/declaredAt", "time declared");
      return Optional.empty();
    }
    Optional<java.time.Instant> at = r.instantExt(parts, "declared-at", path + "/declaredAt");
    ConflictDeclaration.Builder declaration = new ConflictDeclaration.Builder();
    at.ifPresent(declaration::declaredAt);
    int n = 0;
    for (Extension x : Ext.all(parts, "conflict")) {
      String where = path + "/conflicts/" + n++;
      List<Extension> y = x.getExtension();
      DeclaredConflict.Builder conflict =
          new DeclaredConflict.Builder()
              .kind(
                  r.requiredCodeExt(
                      y, "kind", ConflictKind.class, where + "/kind", ConflictKind.OTHER));
      r.referenceExt(y, "party", where + "/party")
          .flatMap(ref -> r.party(ref, where + "/party"))
          .ifPresent(conflict::party);
      r.text(y, "detail", where + "/detail").ifPresent(conflict::detail);
      r.build(conflict::build, where).ifPresent(declaration::addConflicts);
    }
    return r.build(declaration::build, path);
  }

  private static Optional<Professional> readProfessional(
      Reading r, Practitioner practitioner, List<PractitionerRole> roles, String path) {
    Professional.Builder professional = new Professional.Builder();
    r.id(practitioner.getIdentifier(), PROFESSIONAL, ProfessionalId::of, path + "/id")
        .ifPresent(professional::id);
    if (practitioner.hasName()) {
      Reading.value(practitioner.getNameFirstRep().getTextElement()).ifPresent(professional::name);
    }
    if (practitioner.hasCommunication()) {
      Reading.value(practitioner.getCommunicationFirstRep().getTextElement())
          .ifPresent(professional::language);
    }
    if (roles.isEmpty()) {
      r.missing(path + "/role", "PractitionerRole");
      return Optional.empty();
    }
    PractitionerRole role = roles.get(0);
    r.code(ProfessionalRole.class, role.getCodeFirstRep(), path + "/role")
        .ifPresent(professional::role);
    Reading.value(role.getOrganization().getDisplayElement()).ifPresent(professional::organisation);
    for (Reference ref :
        r.extValues(
            role.getExtension(), "related-party", Reference.class, path + "/relatedParties")) {
      r.party(ref, path + "/relatedParties").ifPresent(professional::addRelatedParties);
    }
    return r.build(professional::build, path);
  }
}
