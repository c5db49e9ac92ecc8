package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.HARMED;
import static org.restorative.core.party.PartyFixtures.RESPONSIBLE;
import static org.restorative.core.party.PartyFixtures.SENTINEL_NAME;
import static org.restorative.core.party.PartyFixtures.aDeclarationOfNoConflict;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConflictDeclarationTest {

  private static final Instant DECLARED = Instant.parse("2025-05-01T09:00:00Z");

  private static DeclaredConflict treatingTeamOf(PartyId party) {
    return new DeclaredConflict.Builder()
        .kind(ConflictKind.TREATING_TEAM_MEMBER)
        .party(party)
        .detail("was the named nurse until March")
        .build();
  }

  @Test
  void an_empty_declaration_declares_no_conflict() {
    ConflictDeclaration none = aDeclarationOfNoConflict();
    assertThat(none.declaredAt()).isEqualTo(DECLARED);
    assertThat(none.conflicts()).isEmpty();
    assertThat(none.declaresNoConflict()).isTrue();
    for (ConflictKind kind : ConflictKind.values()) {
      assertThat(none.hasConflict(kind)).isFalse();
    }
  }

  @Test
  void a_declared_treating_team_membership_is_a_conflict_of_that_kind_only() {
    ConflictDeclaration declaration =
        aDeclarationOfNoConflict().withConflicts(treatingTeamOf(RESPONSIBLE));
    assertThat(declaration.declaresNoConflict()).isFalse();
    assertThat(declaration.hasConflict(ConflictKind.TREATING_TEAM_MEMBER)).isTrue();
    assertThat(declaration.hasConflict(ConflictKind.LINE_MANAGER_OF_PARTY)).isFalse();
    assertThat(declaration.hasConflict(ConflictKind.WITNESS_TO_HARM)).isFalse();
  }

  @Test
  void a_declared_conflict_can_name_the_party_it_concerns() {
    DeclaredConflict witness = DeclaredConflict.of(ConflictKind.WITNESS_TO_HARM, HARMED);
    assertThat(witness.kind()).isEqualTo(ConflictKind.WITNESS_TO_HARM);
    assertThat(witness.party()).contains(HARMED);
    assertThat(witness.detail()).isEmpty();
  }

  @Test
  void a_conflict_detail_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> treatingTeamOf(RESPONSIBLE).withDetail(""))
        .withMessageContaining("detail");
  }

  @Test
  void the_detail_of_a_conflict_is_redacted_from_to_string() {
    ConflictDeclaration declaration =
        aDeclarationOfNoConflict()
            .withConflicts(treatingTeamOf(RESPONSIBLE).withDetail("neighbour of " + SENTINEL_NAME));
    assertThat(declaration.toString())
        .doesNotContain(SENTINEL_NAME)
        .contains("***")
        .contains("TREATING_TEAM_MEMBER");
  }

  @Test
  void with_copies_of_a_declared_conflict_change_only_one_attribute() {
    DeclaredConflict original = treatingTeamOf(RESPONSIBLE);

    DeclaredConflict personal = original.withKind(ConflictKind.PERSONAL_RELATIONSHIP);
    assertThat(personal.kind()).isEqualTo(ConflictKind.PERSONAL_RELATIONSHIP);
    onlyThatAttributeChanged(original, personal, c -> c.withKind(original.kind()));

    DeclaredConflict otherParty = original.withParty(HARMED);
    assertThat(otherParty.party()).contains(HARMED);
    onlyThatAttributeChanged(original, otherParty, c -> c.withParty(original.party()));

    DeclaredConflict noDetail = original.withDetail(Optional.empty());
    assertThat(noDetail.detail()).isEmpty();
    onlyThatAttributeChanged(original, noDetail, c -> c.withDetail(original.detail()));
  }

  @Test
  void with_copies_of_a_declaration_change_only_one_attribute() {
    ConflictDeclaration original = aDeclarationOfNoConflict();

    ConflictDeclaration later = original.withDeclaredAt(DECLARED.plusSeconds(3600));
    assertThat(later.declaredAt()).isEqualTo(DECLARED.plusSeconds(3600));
    onlyThatAttributeChanged(original, later, c -> c.withDeclaredAt(original.declaredAt()));

    ConflictDeclaration withConflict = original.withConflicts(treatingTeamOf(RESPONSIBLE));
    assertThat(withConflict.conflicts()).containsExactly(treatingTeamOf(RESPONSIBLE));
    onlyThatAttributeChanged(original, withConflict, c -> c.withConflicts(original.conflicts()));
  }

  @Test
  void equal_declarations_are_equal_and_share_a_hash_code() {
    assertThat(aDeclarationOfNoConflict())
        .isEqualTo(ConflictDeclaration.none(DECLARED))
        .hasSameHashCodeAs(ConflictDeclaration.none(DECLARED));
    assertThat(treatingTeamOf(RESPONSIBLE))
        .isEqualTo(treatingTeamOf(RESPONSIBLE))
        .hasSameHashCodeAs(treatingTeamOf(RESPONSIBLE))
        .isNotEqualTo(treatingTeamOf(HARMED));
  }
}
