package org.restorative.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.restorative.core.assessment.PauseDecision;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Pointer;

/**
 * Family B, safeguarding concerns: each concern raised during the case, with the decision whether
 * to pause it, as a {@code Basic} resource coded {@code SAFEGUARDING_CONCERN} ({@link RecordKind}).
 *
 * <p>No other R4 resource is honest for it. A Flag is an alert to whoever sees the record, and the
 * library's Flags are a harm's contact restrictions; a DetectedIssue is a clinical issue with a
 * proposed clinical action, such as a drug interaction; a Communication needs a message sent, while
 * the referral a concern leads to lives in the local authority's system (the model keeps only its
 * reference). Basic says what the record is and no more: its identifier the concern's id, its
 * author the member of staff who raised it (a logical reference: the actor id), its subject the
 * first party it is about when that party is written as a resource, and the rest the library's
 * extensions.
 */
final class SafeguardingResources {

  private SafeguardingResources() {}

  static final String SAFEGUARDING = "safeguarding-concern";

  static void write(Assembly a) {
    List<SafeguardingConcern> concerns = a.restorativeCase().safeguardingConcerns();
    for (int i = 0; i < concerns.size(); i++) {
      writeConcern(a, concerns.get(i), Pointer.of("safeguardingConcerns", i));
    }
  }

  private static void writeConcern(Assembly a, SafeguardingConcern concern, String path) {
    Basic basic = new Basic();
    basic.addIdentifier(Assembly.identifier(SAFEGUARDING, concern.id().value()));
    basic.setCode(new CodeableConcept(CodeSystems.coding(RecordKind.SAFEGUARDING_CONCERN)));
    concern.about().stream().findFirst().ifPresent(p -> basic.setSubject(a.party(p)));
    basic.setAuthor(Assembly.actor(concern.raisedBy()));
    List<Extension> ext = basic.getExtension();
    Ext.add(ext, "raised-at", Times.dateTime(concern.raisedAt(), path + "/raisedAt"));
    concern.about().forEach(p -> Ext.add(ext, "about", a.party(p)));
    concern.referralRef().ifPresent(x -> Ext.add(ext, "referral-ref", new StringType(x)));
    Ext.text(ext, "description", concern.description());
    concern
        .pauseDecision()
        .ifPresent(
            d -> {
              Extension x = Ext.complex(ext, "pause-decision");
              Ext.add(
                  x.getExtension(),
                  "decided-at",
                  Times.dateTime(d.decidedAt(), path + "/pauseDecision/decidedAt"));
              Ext.add(x.getExtension(), "pause", new BooleanType(d.pause()));
              Ext.text(x.getExtension(), "rationale", d.rationale());
              Ext.add(x.getExtension(), "decided-by", Assembly.actor(d.decidedBy()));
            });
    a.add(SAFEGUARDING, concern.id().value(), basic);
  }

  // Reading.

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (Basic basic : r.withId(Basic.class, SAFEGUARDING, Basic::getIdentifier)) {
      readConcern(r, basic, Pointer.of("safeguardingConcerns", i++))
          .ifPresent(c::addSafeguardingConcerns);
    }
  }

  private static Optional<SafeguardingConcern> readConcern(Reading r, Basic basic, String path) {
    List<Extension> ext = basic.getExtension();
    SafeguardingConcern.Builder concern = new SafeguardingConcern.Builder();
    r.id(basic.getIdentifier(), SAFEGUARDING, SafeguardingConcernId::of, path + "/id")
        .ifPresent(concern::id);
    if (Ext.one(ext, "raised-at").isEmpty()) {
      r.missing(path + "/raisedAt", "time raised");
    }
    r.instantExt(ext, "raised-at", path + "/raisedAt").ifPresent(concern::raisedAt);
    if (basic.hasAuthor()) {
      r.actor(basic.getAuthor(), path + "/raisedBy").ifPresent(concern::raisedBy);
    } else {
      r.missing(path + "/raisedBy", "author");
    }
    for (Reference ref : r.extValues(ext, "about", Reference.class, path + "/about")) {
      r.party(ref, path + "/about").ifPresent(concern::addAbout);
    }
    r.stringExt(ext, "referral-ref", path + "/referralRef").ifPresent(concern::referralRef);
    r.text(ext, "description", path + "/description").ifPresent(concern::description);
    Optional<Extension> decision = Ext.one(ext, "pause-decision");
    if (decision.isPresent()) {
      readDecision(r, decision.get().getExtension(), path + "/pauseDecision")
          .ifPresent(concern::pauseDecision);
    }
    return r.build(concern::build, path);
  }

  private static Optional<PauseDecision> readDecision(
      Reading r, List<Extension> parts, String path) {
    PauseDecision.Builder decision = new PauseDecision.Builder();
    Optional<Instant> at = r.instantExt(parts, "decided-at", path + "/decidedAt");
    if (Ext.one(parts, "decided-at").isEmpty()) {
      r.missing(path + "/decidedAt", "time decided");
    }
    at.ifPresent(decision::decidedAt);
    if (Ext.one(parts, "pause").isEmpty()) {
      r.missing(path + "/pause", "pause");
    }
    decision.pause(r.boolExt(parts, "pause", path + "/pause"));
    r.text(parts, "rationale", path + "/rationale").ifPresent(decision::rationale);
    if (Ext.one(parts, "decided-by").isEmpty()) {
      r.missing(path + "/decidedBy", "who decided");
    }
    r.referenceExt(parts, "decided-by", path + "/decidedBy")
        .flatMap(ref -> r.actor(ref, path + "/decidedBy"))
        .ifPresent(decision::decidedBy);
    return r.build(decision::build, path);
  }
}
