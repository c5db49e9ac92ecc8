package org.restorative.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;

/**
 * What changed between two versions of a case, told by the ids of the records added and changed in
 * each part of the case — never by their contents, so the lines hold no personal value.
 *
 * <pre>{@code
 * + consents: consent-patient, consent-nurse
 * ~ parties: p-patient
 * + history: e-3 STAGE_CHANGED ASSESSMENT -> PREPARATION
 * }</pre>
 */
final class CaseChanges {

  private CaseChanges() {}

  /** One part of a case: its name in the record, its items, and each item's id. */
  private record Part<T>(
      String name, Function<RestorativeCase, List<T>> items, Function<T, Object> id) {}

  private static final List<Part<?>> PARTS =
      List.of(
          new Part<>("harms", RestorativeCase::harms, h -> h.id()),
          new Part<>("parties", RestorativeCase::parties, p -> p.id()),
          new Part<>("facilitators", RestorativeCase::facilitators, f -> f.id()),
          new Part<>("professionals", RestorativeCase::professionals, p -> p.id()),
          new Part<>("consents", RestorativeCase::consents, x -> x.id()),
          new Part<>("capacityAssessments", RestorativeCase::capacityAssessments, x -> x.id()),
          new Part<>("competenceAssessments", RestorativeCase::competenceAssessments, x -> x.id()),
          new Part<>("withdrawals", RestorativeCase::withdrawals, w -> w.party() + "@" + w.at()),
          new Part<>("disclosures", RestorativeCase::disclosures, x -> x.id()),
          new Part<>("riskAssessments", RestorativeCase::riskAssessments, x -> x.id()),
          new Part<>("safetyPlans", RestorativeCase::safetyPlans, x -> x.id()),
          new Part<>("consultations", RestorativeCase::consultations, x -> x.id()),
          new Part<>("signOffs", RestorativeCase::signOffs, x -> x.id()),
          new Part<>("safeguardingConcerns", RestorativeCase::safeguardingConcerns, x -> x.id()),
          new Part<>("processes", RestorativeCase::processes, x -> x.id()),
          new Part<>("preparationContacts", RestorativeCase::preparationContacts, x -> x.id()),
          new Part<>("meetings", RestorativeCase::meetings, x -> x.id()),
          new Part<>("messages", RestorativeCase::messages, x -> x.id()),
          new Part<>("questionSetUses", RestorativeCase::questionSetUses, x -> x.id()),
          new Part<>("agreements", RestorativeCase::agreements, x -> x.id()),
          new Part<>("actions", RestorativeCase::actions, x -> x.id()),
          new Part<>("evaluations", RestorativeCase::evaluations, x -> x.id()));

  /**
   * The changes from one version of a case to the next, one line per part that changed.
   *
   * @param before the earlier version
   * @param after the later version
   * @return the lines, empty when nothing changed
   */
  static List<String> between(RestorativeCase before, RestorativeCase after) {
    List<String> lines = new ArrayList<>();
    if (!before.referral().equals(after.referral())) {
      lines.add("~ referral");
    }
    for (Part<?> part : PARTS) {
      describe(part, before, after, lines);
    }
    List<CaseEvent> history = after.history();
    for (int i = before.history().size(); i < history.size(); i++) {
      CaseEvent event = history.get(i);
      StringBuilder line =
          new StringBuilder("+ history: ").append(event.id()).append(' ').append(event.type());
      if (event.fromStage().isPresent() && event.toStage().isPresent()) {
        line.append(' ')
            .append(event.fromStage().get())
            .append(" -> ")
            .append(event.toStage().get());
      }
      lines.add(line.toString());
    }
    if (!before.closure().equals(after.closure())) {
      lines.add(after.closure().isPresent() ? "+ closure" : "- closure");
    }
    return lines;
  }

  private static <T> void describe(
      Part<T> part, RestorativeCase before, RestorativeCase after, List<String> lines) {
    Map<Object, T> old = new LinkedHashMap<>();
    for (T item : part.items().apply(before)) {
      old.put(part.id().apply(item), item);
    }
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    Map<Object, T> now = new LinkedHashMap<>();
    for (T item : part.items().apply(after)) {
      Object id = part.id().apply(item);
      now.put(id, item);
      if (!old.containsKey(id)) {
        added.add(id.toString());
      } else if (!Objects.equals(old.get(id), item)) {
        changed.add(id.toString());
      }
    }
    List<String> removed =
        old.keySet().stream().filter(id -> !now.containsKey(id)).map(Object::toString).toList();
    if (!added.isEmpty()) {
      lines.add("+ " + part.name() + ": " + String.join(", ", added));
    }
    if (!changed.isEmpty()) {
      lines.add("~ " + part.name() + ": " + String.join(", ", changed));
    }
    if (!removed.isEmpty()) {
      lines.add("- " + part.name() + ": " + String.join(", ", removed));
    }
  }
}
