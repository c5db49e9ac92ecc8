package org.restorative.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.Setting;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.Spokesperson;
import org.restorative.core.process.ProcessType;

/**
 * Who takes part in a synthetic case and how: the harm context, the setting, the process type, and
 * the parties with their roles. Decided once at referral, so that every later stage agrees with it.
 */
final class Cast {

  final HarmContext context;
  final Setting setting;
  final ProcessType processType;
  final PartyRelationship relationship;
  final boolean mutual;
  final List<Party> parties = new ArrayList<>();
  final PartyId harmed;
  final PartyId responsible;
  Optional<PartyId> supporter = Optional.empty();

  /** Who speaks for the organisation, when an organisation answers for the harm. */
  Optional<Spokesperson> spokesperson = Optional.empty();

  Cast(
      HarmContext context,
      Setting setting,
      ProcessType processType,
      PartyRelationship relationship,
      boolean mutual,
      Party harmedParty,
      Party responsibleParty) {
    this.context = context;
    this.setting = setting;
    this.processType = processType;
    this.relationship = relationship;
    this.mutual = mutual;
    this.harmed = harmedParty.id();
    this.responsible = responsibleParty.id();
    parties.add(harmedParty);
    parties.add(responsibleParty);
  }

  Party party(PartyId id) {
    return parties.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  void replace(Party party) {
    parties.replaceAll(p -> p.id().equals(party.id()) ? party : p);
  }

  /** The parties who take part in the chosen process. */
  List<PartyId> participants() {
    List<PartyId> ids = new ArrayList<>();
    switch (processType) {
      case SINGLE_PARTY_RESTORATIVE_WORK, GROUP_VICTIM_AWARENESS_PROGRAMME -> ids.add(responsible);
      default -> parties.forEach(p -> ids.add(p.id()));
    }
    return ids;
  }

  /**
   * The principal parties who take part, with an organisation that answers for the harm: each of
   * them agrees the outcome.
   */
  List<PartyId> principalParticipants() {
    return participants().stream()
        .filter(id -> party(id).role().isPrincipal() || party(id).role() == PartyRole.ORGANISATION)
        .toList();
  }
}
