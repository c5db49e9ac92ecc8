package org.restorative.examples;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.restorative.core.privacy.PseudonymisedAction;
import org.restorative.core.privacy.PseudonymisedAgreement;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.PseudonymisedEvaluation;
import org.restorative.core.privacy.PseudonymisedEvent;
import org.restorative.core.privacy.PseudonymisedHarm;
import org.restorative.core.privacy.PseudonymisedMeeting;
import org.restorative.core.privacy.PseudonymisedParty;
import org.restorative.core.privacy.PseudonymisedProcess;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link PseudonymisedCase} as one JSON object, the line {@code restorative pseudonymise} writes.
 *
 * <p>The first property is {@code notice}, holding {@link PseudonymisedCase#notice()}, so that whoever
 * opens the file reads first that it is still personal data. Then {@code casePseudonym}, {@code
 * stage}, {@code referredIn} and the lists {@code harms}, {@code parties}, {@code processes}, {@code
 * meetings}, {@code agreements}, {@code actions}, {@code evaluations} and {@code history}, each object
 * with the properties of its value type ({@code PseudonymisedHarm}, {@code PseudonymisedParty}, …)
 * under the same names; a harm's {@code severity} is an object with {@code scale} and, on a national
 * scale, {@code grade}, that scale's code; a trust's own ({@code LOCAL}) grade and scale name are free
 * text and are left out. Months are {@code "yyyy-mm"};
 * codes are the enum constants' names; an absent optional is left out; lists and sets are always written, empty or not; sets of codes in the order
 * of their enum.
 */
final class PseudonymisedCaseJson {

  private final JsonMapper mapper;

  /**
   * A writer of pseudonymised cases.
   *
   * @param mapper the mapper that makes the nodes and writes them
   */
  PseudonymisedCaseJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * One pseudonymised case as one line of JSON, without the line end.
   *
   * @param pseudonymised the case
   * @return the JSON text
   */
  String line(PseudonymisedCase pseudonymised) {
    return mapper.writeValueAsString(node(pseudonymised));
  }

  /**
   * One pseudonymised case as a JSON object.
   *
   * @param c the case
   * @return the object, {@code notice} first
   */
  ObjectNode node(PseudonymisedCase c) {
    ObjectNode node = mapper.createObjectNode();
    node.put("notice", c.notice());
    node.put("casePseudonym", c.casePseudonym());
    node.put("stage", c.stage().name());
    node.put("referredIn", month(c.referredIn()));
    ArrayNode harms = node.putArray("harms");
    for (PseudonymisedHarm harm : c.harms()) {
      ObjectNode h = harms.addObject();
      h.put("context", harm.context().name());
      h.put("setting", harm.setting().name());
      codes(h, "types", harm.types());
      harm.severityScale()
          .ifPresent(
              scale -> {
                ObjectNode severity = h.putObject("severity");
                severity.put("scale", scale.name());
                harm.severityGrade().ifPresent(grade -> severity.put("grade", grade));
              });
      codes(h, "sensitiveFlags", harm.sensitiveFlags());
      h.put("legalStatus", harm.legalStatus().name());
      h.put("occurredIn", month(harm.occurredIn()));
    }
    ArrayNode parties = node.putArray("parties");
    for (PseudonymisedParty party : c.parties()) {
      ObjectNode p = parties.addObject();
      p.put("pseudonym", party.pseudonym());
      p.put("role", party.role().name());
      p.put("personType", party.personType().name());
      party.principal().ifPresent(principal -> p.put("principal", principal));
      optional(p, "ageBand", party.ageBand());
      optional(p, "mhaSection", party.mhaSection());
      p.put("restricted", party.restricted());
      optional(p, "careContext", party.careContext());
      codes(p, "communicationNeeds", party.communicationNeeds());
      codes(p, "vulnerabilityFlags", party.vulnerabilityFlags());
    }
    ArrayNode processes = node.putArray("processes");
    for (PseudonymisedProcess process : c.processes()) {
      ObjectNode p = processes.addObject();
      p.put("type", process.type().name());
      p.put("medium", process.medium().name());
      p.put("status", process.status().name());
      p.put("chosenIn", month(process.chosenIn()));
    }
    ArrayNode meetings = node.putArray("meetings");
    for (PseudonymisedMeeting meeting : c.meetings()) {
      ObjectNode m = meetings.addObject();
      m.put("status", meeting.status().name());
      m.put("venueType", meeting.venueType().name());
      m.put("medium", meeting.medium().name());
      meeting.month().ifPresent(month -> m.put("month", month(month)));
      texts(m, "attendees", meeting.attendees());
      texts(m, "facilitators", meeting.facilitators());
    }
    ArrayNode agreements = node.putArray("agreements");
    for (PseudonymisedAgreement agreement : c.agreements()) {
      ObjectNode a = agreements.addObject();
      a.put("status", agreement.status().name());
      a.put("month", month(agreement.month()));
    }
    ArrayNode actions = node.putArray("actions");
    for (PseudonymisedAction action : c.actions()) {
      ObjectNode a = actions.addObject();
      a.put("type", action.type().name());
      a.put("status", action.status().name());
      action.ownerPseudonym().ifPresent(owner -> a.put("ownerPseudonym", owner));
      action.ownerRole().ifPresent(role -> a.put("ownerRole", role));
    }
    ArrayNode evaluations = node.putArray("evaluations");
    for (PseudonymisedEvaluation evaluation : c.evaluations()) {
      ObjectNode e = evaluations.addObject();
      e.put("party", evaluation.party());
      e.put("role", evaluation.role().name());
      e.put("uptake", evaluation.uptake().name());
      e.put("completedProcess", evaluation.completedProcess());
      optional(e, "satisfaction", evaluation.satisfaction());
      evaluation.wouldRecommend().ifPresent(yes -> e.put("wouldRecommend", yes));
      optional(e, "feltAfter", evaluation.feltAfter());
    }
    ArrayNode history = node.putArray("history");
    for (PseudonymisedEvent event : c.history()) {
      ObjectNode e = history.addObject();
      e.put("type", event.type().name());
      optional(e, "from", event.from());
      optional(e, "to", event.to());
      e.put("month", month(event.month()));
    }
    return node;
  }

  /** A month as {@code yyyy-mm}. */
  static String month(YearMonth month) {
    return month.toString();
  }

  private static void optional(ObjectNode node, String name, Optional<? extends Enum<?>> code) {
    code.ifPresent(c -> node.put(name, c.name()));
  }

  private static void codes(ObjectNode node, String name, Collection<? extends Enum<?>> codes) {
    ArrayNode array = node.putArray(name);
    codes.stream()
        .sorted(Comparator.comparingInt(Enum::ordinal))
        .forEach(c -> array.add(c.name()));
  }

  private static void texts(ObjectNode node, String name, Collection<String> texts) {
    ArrayNode array = node.putArray(name);
    texts.forEach(array::add);
  }
}
