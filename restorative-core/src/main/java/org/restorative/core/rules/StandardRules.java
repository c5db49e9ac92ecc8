package org.restorative.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard catalogue: the rule families of the domain brief §8, in the brief's order, then the
 * stage gates of its §1.2.
 */
final class StandardRules {

  private StandardRules() {}

  static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.addAll(AcknowledgementRules.rules());
    all.addAll(ConsentRules.rules());
    all.addAll(CapacityRules.rules());
    all.addAll(SafetyRules.rules());
    all.addAll(FacilitatorRules.rules());
    all.addAll(ParticipantRules.rules());
    all.addAll(LegalRules.rules());
    all.addAll(SharingRules.rules());
    all.addAll(OutcomeRules.rules());
    all.addAll(LifecycleRules.rules());
    all.addAll(GateRules.rules());
    all.addAll(RecordGapRules.rules());
    return List.copyOf(all);
  }
}
