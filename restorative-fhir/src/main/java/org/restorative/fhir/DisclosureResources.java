package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.consent.LawfulBasis;
import org.restorative.core.consent.LawfulBasisType;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.process.Medium;
import org.restorative.core.rules.Pointer;

/**
 * Family A, disclosures: each disclosure of a party's information to someone outside the process as
 * an {@code AuditEvent}, R4's record of an event kept for security and privacy, whose scope names
 * the disclosure of health information.
 *
 * <p>The event's type is DICOM's {@code 110106} Export (data sent out of the system that holds it),
 * its action {@code R} and its outcome success. The member of staff who disclosed is the agent who
 * requested it (a logical reference: the actor id); the recipient is the other agent, its type the
 * recipient's type ({@code recipient-type}) and who the party's resource or, for an organisation, a
 * reference with its name as display. The party the information is about is the entity with a
 * {@code what}; each item disclosed is an entity typed by the item ({@code disclosed-item}). The
 * purpose is {@code purposeOfEvent}, and the time {@code recorded} (the model holds one time). R4's
 * AuditEvent has no identifier, no element for the consent or lawful basis relied on and none for
 * the medium: those are the library's extensions. The source, which R4 requires, is the library, by
 * display.
 */
final class DisclosureResources {

  private DisclosureResources() {}

  static final String DISCLOSURE = "disclosure";
  static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
  static final String EXPORT = "110106";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.disclosures().size(); i++) {
      writeDisclosure(a, c, c.disclosures().get(i), Pointer.of("disclosures", i));
    }
  }

  private static void writeDisclosure(
      Assembly a, RestorativeCase c, Disclosure disclosure, String path) {
    AuditEvent event = new AuditEvent();
    List<Extension> ext = event.getExtension();
    Ext.add(ext, "disclosure-id", Assembly.identifier(DISCLOSURE, disclosure.id().value()));
    event.setType(new Coding(DICOM, EXPORT, "Export"));
    event.setAction(AuditEventAction.R);
    event.setOutcome(AuditEventOutcome._0);
    event.setRecordedElement(Times.instant(disclosure.disclosedAt(), path + "/disclosedAt"));
    event.addPurposeOfEvent(new CodeableConcept(CodeSystems.coding(disclosure.purpose())));
    event.addAgent().setRequestor(true).setWho(Assembly.actor(disclosure.by()));
    Recipient recipient = disclosure.recipient();
    AuditEventAgentComponent to = event.addAgent().setRequestor(false);
    to.setType(new CodeableConcept(CodeSystems.coding(recipient.type())));
    recipient.party().ifPresent(p -> to.setWho(a.party(p)));
    recipient.organisation().ifPresent(o -> to.setWho(new Reference().setDisplay(o)));
    event.getSource().setObserver(new Reference().setDisplay(Reading.SOURCE));
    event.addEntity().setWhat(a.party(disclosure.subject()));
    for (DisclosedItem item : disclosure.items()) {
      event.addEntity().setType(CodeSystems.coding(item));
    }
    Ext.add(ext, "medium", CodeSystems.coding(disclosure.medium()));
    disclosure
        .consent()
        .ifPresent(
            k -> {
              Reference consent =
                  RiskAssessmentResources.logical(ConsentResources.CONSENT, k.value());
              if (c.consents().stream().anyMatch(x -> x.id().equals(k))) {
                consent.setReference(a.fullUrl(ConsentResources.CONSENT, k.value()));
              }
              Ext.add(ext, "consent", consent);
            });
    disclosure
        .lawfulBasis()
        .ifPresent(
            b -> {
              Extension x = Ext.complex(ext, "lawful-basis");
              Ext.add(x.getExtension(), "type", CodeSystems.coding(b.type()));
              b.reference()
                  .ifPresent(r -> Ext.add(x.getExtension(), "reference", new StringType(r)));
            });
    Ext.text(ext, "justification", disclosure.justification());
    if (disclosure.fromMinimumDataset()) {
      Ext.add(ext, "from-minimum-dataset", new BooleanType(true));
    }
    a.add(DISCLOSURE, disclosure.id().value(), event);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (AuditEvent event : r.all(AuditEvent.class)) {
      if (Ext.one(event.getExtension(), "disclosure-id").isPresent()) {
        readDisclosure(r, event, Pointer.of("disclosures", i++)).ifPresent(c::addDisclosures);
      }
    }
  }

  private static Optional<Disclosure> readDisclosure(Reading r, AuditEvent event, String path) {
    List<Extension> ext = event.getExtension();
    Disclosure.Builder disclosure = new Disclosure.Builder();
    r.identifierExt(ext, "disclosure-id", path + "/id")
        .flatMap(id -> r.id(List.of(id), DISCLOSURE, DisclosureId::of, path + "/id"))
        .ifPresent(disclosure::id);
    r.requiredInstant(event.getRecordedElement(), path + "/disclosedAt", "recorded")
        .ifPresent(disclosure::disclosedAt);
    if (event.hasPurposeOfEvent()) {
      r.code(SharingPurpose.class, event.getPurposeOfEventFirstRep(), path + "/purpose")
          .ifPresent(disclosure::purpose);
    } else {
      r.missing(path + "/purpose", "purpose of event");
    }
    Optional<AuditEventAgentComponent> by =
        event.getAgent().stream().filter(DisclosureResources::isRequestor).findFirst();
    if (by.isPresent()) {
      r.actor(by.get().getWho(), path + "/by").ifPresent(disclosure::by);
    } else {
      r.missing(path + "/by", "requesting agent");
    }
    Optional<AuditEventAgentComponent> to =
        event.getAgent().stream().filter(x -> !isRequestor(x)).findFirst();
    if (to.isPresent()) {
      readRecipient(r, to.get(), path + "/recipient").ifPresent(disclosure::recipient);
    } else {
      r.missing(path + "/recipient", "recipient agent");
    }
    Optional<AuditEventEntityComponent> subject =
        event.getEntity().stream().filter(AuditEventEntityComponent::hasWhat).findFirst();
    if (subject.isPresent()) {
      r.party(subject.get().getWhat(), path + "/subject").ifPresent(disclosure::subject);
    } else {
      r.missing(path + "/subject", "entity the disclosure is about");
    }
    String items = CodeSystems.url(DisclosedItem.class);
    for (AuditEventEntityComponent entity : event.getEntity()) {
      if (!entity.hasWhat()) {
        r.code(
                DisclosedItem.class,
                items.equals(entity.getType().getSystem()) ? entity.getType() : null,
                path + "/items")
            .ifPresent(disclosure::addItems);
      }
    }
    disclosure.medium(
        r.requiredCodeExt(ext, "medium", Medium.class, path + "/medium", Medium.WRITTEN));
    r.referenceExt(ext, "consent", path + "/consent")
        .flatMap(
            ref ->
                RiskAssessmentResources.logical(
                    r, ref, ConsentResources.CONSENT, ConsentId::of, path + "/consent"))
        .ifPresent(disclosure::consent);
    Optional<Extension> basis = Ext.one(ext, "lawful-basis");
    if (basis.isPresent()) {
      List<Extension> parts = basis.get().getExtension();
      String at = path + "/lawfulBasis";
      LawfulBasisType type =
          r.requiredCodeExt(
              parts, "type", LawfulBasisType.class, at + "/type", LawfulBasisType.STATUTE);
      LawfulBasis.Builder lawfulBasis = new LawfulBasis.Builder().type(type);
      r.stringExt(parts, "reference", at + "/reference").ifPresent(lawfulBasis::reference);
      r.build(lawfulBasis::build, at).ifPresent(disclosure::lawfulBasis);
    }
    r.text(ext, "justification", path + "/justification").ifPresent(disclosure::justification);
    disclosure.fromMinimumDataset(
        r.boolExt(ext, "from-minimum-dataset", path + "/fromMinimumDataset"));
    return r.build(disclosure::build, path);
  }

  /** Whether an agent requested the disclosure: not when its flag holds no value. */
  private static boolean isRequestor(AuditEventAgentComponent agent) {
    return Reading.value(agent.getRequestorElement()).orElse(false);
  }

  private static Optional<Recipient> readRecipient(
      Reading r, AuditEventAgentComponent agent, String path) {
    Optional<RecipientType> type =
        agent.hasType()
            ? r.code(RecipientType.class, agent.getType(), path + "/type")
            : Optional.empty();
    if (!agent.hasType()) {
      r.missing(path + "/type", "agent type");
    }
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Recipient.Builder recipient = new Recipient.Builder().type(type.get());
    Optional<String> organisation = Reading.value(agent.getWho().getDisplayElement());
    if (type.get() == RecipientType.PARTY) {
      r.party(agent.getWho(), path + "/party").ifPresent(recipient::party);
    } else if (organisation.isPresent()) {
      recipient.organisation(organisation.get());
    } else {
      r.missing(path + "/organisation", "recipient organisation");
    }
    return r.build(recipient::build, path);
  }
}
