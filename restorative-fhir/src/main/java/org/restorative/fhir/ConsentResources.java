package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Consent.ProvisionComponent;
import org.hl7.fhir.r4.model.Consent.provisionActorComponent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CapacityBasis;
import org.restorative.core.consent.CapacityBasisType;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.InformationProvided;
import org.restorative.core.consent.InformationTopic;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.SharingScope;
import org.restorative.core.consent.VoluntarinessCheck;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.Medium;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessType;
import org.restorative.core.rules.Pointer;

/**
 * Family A, consent: each consent as a FHIR Consent, its kind — participation, data processing,
 * disclosure and confidentiality — kept apart as the Consent's scope, category and policy rule,
 * codes of the library's {@code consent-kind} code system (FHIR's own scopes do not draw these
 * lines). The party who consents is the performer; the patient is that party when written as a
 * Patient, else the principal they support. A participation scope is a permit provision whose codes
 * are the process types and media; a sharing scope is a permit provision with the purposes and the
 * recipients as actors.
 */
final class ConsentResources {

  private ConsentResources() {}

  static final String CONSENT = "consent";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.consents().size(); i++) {
      writeConsent(a, c, c.consents().get(i), Pointer.of("consents", i));
    }
  }

  private static void writeConsent(Assembly a, RestorativeCase c, Consent consent, String path) {
    org.hl7.fhir.r4.model.Consent resource = new org.hl7.fhir.r4.model.Consent();
    resource.addIdentifier(Assembly.identifier(CONSENT, consent.id().value()));
    resource.setStatus(state(consent.status()));
    List<Extension> ext = resource.getExtension();
    Ext.add(ext, "consent-status", CodeSystems.coding(consent.status()));
    CodeableConcept kind = new CodeableConcept(CodeSystems.coding(consent.kind()));
    resource.setScope(kind);
    resource.addCategory(kind.copy());
    resource.setPolicyRule(new CodeableConcept(CodeSystems.coding(consent.kind())));
    patientOf(a, c, consent.party()).ifPresent(resource::setPatient);
    resource.addPerformer(a.party(consent.party()));
    consent
        .obtainedAt()
        .ifPresent(t -> resource.setDateTimeElement(Times.dateTime(t, path + "/obtainedAt")));
    consent.obtainedBy().ifPresent(b -> Ext.add(ext, "obtained-by", Assembly.actor(b)));
    consent.method().ifPresent(m -> Ext.add(ext, "method", CodeSystems.coding(m)));
    Ext.add(ext, "given-by", CodeSystems.coding(consent.givenBy()));
    consent
        .reviewDueOn()
        .ifPresent(d -> Ext.add(ext, "review-due-on", Times.date(d, path + "/reviewDueOn")));
    for (int j = 0; j < consent.reconfirmations().size(); j++) {
      Reconfirmation reconfirmation = consent.reconfirmations().get(j);
      Extension r = Ext.complex(ext, "reconfirmation");
      Ext.add(
          r.getExtension(),
          "at",
          Times.dateTime(reconfirmation.at(), path + "/reconfirmations/" + j + "/at"));
      Ext.add(r.getExtension(), "by", Assembly.actor(reconfirmation.by()));
      Ext.add(r.getExtension(), "method", CodeSystems.coding(reconfirmation.method()));
    }
    consent.withdrawal().ifPresent(w -> withdrawal(ext, w, path + "/withdrawal"));
    consent.participation().ifPresent(scope -> participation(resource.getProvision(), scope));
    consent.sharing().ifPresent(scope -> sharing(a, resource.getProvision(), scope));
    Ext.text(ext, "method-reason", consent.methodReason());
    consent
        .informationProvided()
        .ifPresent(
            info -> {
              Extension x = Ext.complex(ext, "information-provided");
              Ext.add(x.getExtension(), "leaflet-id", new StringType(info.leafletId()));
              Ext.add(x.getExtension(), "version", new StringType(info.version()));
              info.topics().forEach(t -> Ext.add(x.getExtension(), "topic", CodeSystems.coding(t)));
            });
    consent
        .capacityBasis()
        .ifPresent(
            basis -> {
              Extension x = Ext.complex(ext, "capacity-basis");
              Ext.add(x.getExtension(), "type", CodeSystems.coding(basis.type()));
              basis
                  .assessment()
                  .ifPresent(
                      id ->
                          Ext.add(
                              x.getExtension(),
                              "assessment",
                              Assembly.identifier(AssessmentResources.CAPACITY, id.value())));
            });
    consent
        .competenceBasis()
        .ifPresent(
            id ->
                Ext.add(
                    ext,
                    "competence-basis",
                    Assembly.identifier(AssessmentResources.COMPETENCE, id.value())));
    consent
        .voluntariness()
        .ifPresent(
            v -> {
              Extension x = Ext.complex(ext, "voluntariness");
              Ext.add(
                  x.getExtension(),
                  "checked-at",
                  Times.dateTime(v.checkedAt(), path + "/voluntariness/checkedAt"));
              Ext.add(x.getExtension(), "confirmed", new BooleanType(v.confirmed()));
              Ext.text(x.getExtension(), "note", v.note());
            });
    if (consent.confidentialityLimitsExplained()) {
      Ext.add(ext, "confidentiality-limits-explained", new BooleanType(true));
    }
    consent
        .interpreter()
        .ifPresent(
            i ->
                Ext.add(
                    ext,
                    "interpreter",
                    Assembly.identifier(PartyResources.PROFESSIONAL, i.value())));
    a.add(CONSENT, consent.id().value(), resource);
  }

  private static ConsentState state(ConsentStatus status) {
    return switch (status) {
      case DRAFT -> ConsentState.DRAFT;
      case GIVEN, RECONFIRMED -> ConsentState.ACTIVE;
      case WITHDRAWN, EXPIRED, SUPERSEDED, INVALIDATED -> ConsentState.INACTIVE;
    };
  }

  /** The party when written as a Patient, else the Patient they support, if any. */
  static Optional<Reference> patientOf(Assembly a, RestorativeCase c, PartyId party) {
    if (a.partyType(party).orElse(null) == ResourceType.Patient) {
      return Optional.of(a.party(party));
    }
    Optional<PartyId> principal = c.party(party).flatMap(p -> p.principal());
    if (principal.isPresent()
        && a.partyType(principal.get()).orElse(null) == ResourceType.Patient) {
      return Optional.of(a.party(principal.get()));
    }
    return Optional.empty();
  }

  private static void participation(ProvisionComponent provision, ParticipationScope scope) {
    provision.setType(ConsentProvisionType.PERMIT);
    scope
        .processTypes()
        .forEach(t -> provision.addCode(new CodeableConcept(CodeSystems.coding(t))));
    scope.media().forEach(m -> provision.addCode(new CodeableConcept(CodeSystems.coding(m))));
  }

  private static void sharing(Assembly a, ProvisionComponent provision, SharingScope scope) {
    provision.setType(ConsentProvisionType.PERMIT);
    scope.purposes().forEach(p -> provision.addPurpose(CodeSystems.coding(p)));
    for (Recipient recipient : scope.recipients()) {
      provisionActorComponent actor = provision.addActor();
      actor.setRole(new CodeableConcept(CodeSystems.coding(recipient.type())));
      if (recipient.party().isPresent()) {
        actor.setReference(a.party(recipient.party().get()));
      } else {
        actor.setReference(new Reference().setDisplay(recipient.organisation().orElseThrow()));
      }
    }
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (org.hl7.fhir.r4.model.Consent resource : r.all(org.hl7.fhir.r4.model.Consent.class)) {
      if (Reading.idValue(resource.getIdentifier(), CONSENT).isPresent()) {
        readConsent(r, resource, Pointer.of("consents", i++)).ifPresent(c::addConsents);
      }
    }
  }

  private static Optional<Consent> readConsent(
      Reading r, org.hl7.fhir.r4.model.Consent resource, String path) {
    List<Extension> ext = resource.getExtension();
    Consent.Builder consent = new Consent.Builder();
    r.id(resource.getIdentifier(), CONSENT, ConsentId::of, path + "/id").ifPresent(consent::id);
    Optional<PartyId> party = Optional.empty();
    if (resource.hasPerformer()) {
      party = r.party(resource.getPerformerFirstRep(), path + "/party");
      party.ifPresent(consent::party);
    } else {
      r.missing(path + "/party", "performer");
    }
    Optional<ConsentKind> kind = r.code(ConsentKind.class, resource.getScope(), path + "/kind");
    kind.ifPresent(consent::kind);
    consent.status(
        r.requiredCodeExt(
            ext, "consent-status", ConsentStatus.class, path + "/status", ConsentStatus.DRAFT));
    r.optionalInstant(resource.getDateTimeElement(), path + "/obtainedAt")
        .ifPresent(consent::obtainedAt);
    r.referenceExt(ext, "obtained-by", path + "/obtainedBy")
        .flatMap(ref -> r.actor(ref, path + "/obtainedBy"))
        .ifPresent(consent::obtainedBy);
    r.codeExt(ext, "method", ConsentMethod.class, path + "/method").ifPresent(consent::method);
    r.text(ext, "method-reason", path + "/methodReason").ifPresent(consent::methodReason);
    r.codeExt(ext, "given-by", ConsentGiver.class, path + "/givenBy").ifPresent(consent::givenBy);
    r.dateExt(ext, "review-due-on", path + "/reviewDueOn").ifPresent(consent::reviewDueOn);
    int n = 0;
    for (Extension x : Ext.all(ext, "reconfirmation")) {
      String at = path + "/reconfirmations/" + n++;
      Optional<java.time.Instant> when = r.instantExt(x.getExtension(), "at", at + "/at");
      Optional<org.restorative.core.party.ActorId> by =
          r.referenceExt(x.getExtension(), "by", at + "/by")
              .flatMap(ref -> r.actor(ref, at + "/by"));
      Optional<ConsentMethod> method =
          r.codeExt(x.getExtension(), "method", ConsentMethod.class, at + "/method");
      if (when.isPresent() && by.isPresent() && method.isPresent()) {
        consent.addReconfirmations(Reconfirmation.of(when.get(), by.get(), method.get()));
      } else {
        r.missing(at, "reconfirmation's time, actor or method");
      }
    }
    Ext.one(ext, "information-provided")
        .ifPresent(
            x -> {
              String at = path + "/informationProvided";
              Optional<String> leaflet =
                  r.stringExt(x.getExtension(), "leaflet-id", at + "/leafletId");
              Optional<String> version = r.stringExt(x.getExtension(), "version", at + "/version");
              if (leaflet.isEmpty() || version.isEmpty()) {
                r.missing(path + "/informationProvided", "leaflet id or version");
                return;
              }
              consent.informationProvided(
                  InformationProvided.of(
                      leaflet.get(),
                      version.get(),
                      java.util.Set.copyOf(
                          r.codeExts(
                              x.getExtension(),
                              "topic",
                              InformationTopic.class,
                              path + "/informationProvided/topics"))));
            });
    Ext.one(ext, "capacity-basis")
        .ifPresent(
            x -> {
              CapacityBasisType type =
                  r.requiredCodeExt(
                      x.getExtension(),
                      "type",
                      CapacityBasisType.class,
                      path + "/capacityBasis/type",
                      CapacityBasisType.values()[0]);
              CapacityBasis.Builder basis = new CapacityBasis.Builder().type(type);
              r.identifierExt(x.getExtension(), "assessment", path + "/capacityBasis/assessment")
                  .flatMap(
                      id ->
                          r.id(
                              List.of(id),
                              AssessmentResources.CAPACITY,
                              CapacityAssessmentId::of,
                              path + "/capacityBasis/assessment"))
                  .ifPresent(basis::assessment);
              r.build(basis::build, path + "/capacityBasis").ifPresent(consent::capacityBasis);
            });
    r.identifierExt(ext, "competence-basis", path + "/competenceBasis")
        .flatMap(
            id ->
                r.id(
                    List.of(id),
                    AssessmentResources.COMPETENCE,
                    CompetenceAssessmentId::of,
                    path + "/competenceBasis"))
        .ifPresent(consent::competenceBasis);
    Ext.one(ext, "voluntariness")
        .ifPresent(
            x -> {
              Optional<java.time.Instant> checked =
                  r.instantExt(x.getExtension(), "checked-at", path + "/voluntariness/checkedAt");
              if (checked.isEmpty()) {
                r.missing(path + "/voluntariness/checkedAt", "checked-at");
                return;
              }
              consent.voluntariness(
                  VoluntarinessCheck.of(
                          checked.get(),
                          r.boolExt(
                              x.getExtension(), "confirmed", path + "/voluntariness/confirmed"))
                      .withNote(r.text(x.getExtension(), "note", path + "/voluntariness/note")));
            });
    consent.confidentialityLimitsExplained(
        r.boolExt(
            ext, "confidentiality-limits-explained", path + "/confidentialityLimitsExplained"));
    r.identifierExt(ext, "interpreter", path + "/interpreter")
        .flatMap(
            id ->
                r.id(
                    List.of(id),
                    PartyResources.PROFESSIONAL,
                    ProfessionalId::of,
                    path + "/interpreter"))
        .ifPresent(consent::interpreter);
    Optional<Extension> withdrawal = Ext.one(ext, "withdrawal");
    if (withdrawal.isPresent() && party.isPresent()) {
      readWithdrawal(r, withdrawal.get().getExtension(), party.get(), path + "/withdrawal")
          .ifPresent(consent::withdrawal);
    }
    ProvisionComponent provision = resource.getProvision();
    if (kind.orElse(null) == ConsentKind.PARTICIPATION) {
      consent.participation(
          new ParticipationScope.Builder()
              .addAllProcessTypes(
                  r.codes(ProcessType.class, codings(provision.getCode()), path + "/participation"))
              .addAllMedia(
                  r.codes(Medium.class, codings(provision.getCode()), path + "/participation"))
              .build());
    } else if (kind.isPresent()) {
      SharingScope.Builder sharing = new SharingScope.Builder();
      sharing.addAllPurposes(
          r.codes(SharingPurpose.class, provision.getPurpose(), path + "/sharing/purposes"));
      int k = 0;
      for (provisionActorComponent actor : provision.getActor()) {
        String at = path + "/sharing/recipients/" + k++;
        Optional<RecipientType> type = r.code(RecipientType.class, actor.getRole(), at + "/type");
        if (type.isEmpty()) {
          continue;
        }
        Optional<String> organisation = Reading.value(actor.getReference().getDisplayElement());
        if (type.get() == RecipientType.PARTY) {
          r.party(actor.getReference(), at + "/party")
              .ifPresent(p -> sharing.addRecipients(Recipient.party(p)));
        } else if (organisation.isPresent()) {
          sharing.addRecipients(Recipient.organisation(type.get(), organisation.get()));
        } else {
          r.missing(at + "/organisation", "recipient organisation");
        }
      }
      consent.sharing(sharing.build());
    }
    return r.build(consent::build, path);
  }

  private static List<Coding> codings(List<CodeableConcept> concepts) {
    return concepts.stream().flatMap(c -> c.getCoding().stream()).toList();
  }

  /**
   * A withdrawal as the complex extension {@code withdrawal} (at, scope, process type, meeting,
   * recorded by, reason): on a Consent for the consent's own, on a Basic for the case's; {@code
   * path} is the withdrawal's JSON Pointer.
   */
  static void withdrawal(List<Extension> holder, Withdrawal w, String path) {
    List<Extension> x = Ext.complex(holder, "withdrawal").getExtension();
    Ext.add(x, "at", Times.dateTime(w.at(), path + "/at"));
    Ext.add(x, "scope", CodeSystems.coding(w.scope()));
    w.processType().ifPresent(p -> Ext.add(x, "process-type", CodeSystems.coding(p)));
    w.meeting().ifPresent(m -> Ext.add(x, "meeting", Assembly.identifier("meeting", m.value())));
    w.recordedBy().ifPresent(b -> Ext.add(x, "recorded-by", Assembly.actor(b)));
    Ext.text(x, "reason", w.reason());
  }

  /** A withdrawal of the party from the parts of its {@code withdrawal} extension. */
  static Optional<Withdrawal> readWithdrawal(
      Reading r, List<Extension> ext, PartyId party, String path) {
    Withdrawal.Builder withdrawal = new Withdrawal.Builder().party(party);
    Optional<java.time.Instant> at = r.instantExt(ext, "at", path + "/at");
    if (at.isEmpty()) {
      r.missing(path + "/at", "withdrawal time");
      return Optional.empty();
    }
    withdrawal.at(at.get());
    withdrawal.scope(
        r.requiredCodeExt(
            ext, "scope", WithdrawalScope.class, path + "/scope", WithdrawalScope.values()[0]));
    r.codeExt(ext, "process-type", ProcessType.class, path + "/processType")
        .ifPresent(withdrawal::processType);
    r.identifierExt(ext, "meeting", path + "/meeting")
        .flatMap(id -> r.id(List.of(id), "meeting", MeetingId::of, path + "/meeting"))
        .ifPresent(withdrawal::meeting);
    r.referenceExt(ext, "recorded-by", path + "/recordedBy")
        .flatMap(ref -> r.actor(ref, path + "/recordedBy"))
        .ifPresent(withdrawal::recordedBy);
    r.text(ext, "reason", path + "/reason").ifPresent(withdrawal::reason);
    return r.build(withdrawal::build, path);
  }
}
