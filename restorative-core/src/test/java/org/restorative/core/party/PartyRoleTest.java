package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PartyRoleTest {

  private static Set<PartyRole> rolesThat(Predicate<PartyRole> predicate) {
    return Arrays.stream(PartyRole.values())
        .filter(predicate)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PartyRole.class)));
  }

  @Test
  void the_roles_are_the_nine_neutral_codes_of_the_brief() {
    assertThat(PartyRole.values())
        .extracting(Enum::name)
        .containsExactly(
            "PERSON_HARMED",
            "PERSON_RESPONSIBLE",
            "PERSON_HARMED_AND_RESPONSIBLE",
            "REPRESENTATIVE_OF_HARMED",
            "SUPPORTER",
            "AFFECTED_OTHER",
            "COMMUNITY_MEMBER",
            "SECOND_VICTIM",
            "ORGANISATION");
  }

  @Test
  void a_second_victim_and_a_person_harmed_in_mutual_harm_are_harmed() {
    assertThat(rolesThat(PartyRole::isHarmed))
        .containsExactlyInAnyOrder(
            PartyRole.PERSON_HARMED,
            PartyRole.PERSON_HARMED_AND_RESPONSIBLE,
            PartyRole.SECOND_VICTIM);
  }

  @Test
  void only_the_person_responsible_and_mutual_harm_are_responsible() {
    assertThat(rolesThat(PartyRole::isResponsible))
        .containsExactlyInAnyOrder(
            PartyRole.PERSON_RESPONSIBLE, PartyRole.PERSON_HARMED_AND_RESPONSIBLE);
  }

  @Test
  void principals_are_the_harmed_the_responsible_and_the_representative_of_the_harmed() {
    assertThat(rolesThat(PartyRole::isPrincipal))
        .containsExactlyInAnyOrder(
            PartyRole.PERSON_HARMED,
            PartyRole.PERSON_RESPONSIBLE,
            PartyRole.PERSON_HARMED_AND_RESPONSIBLE,
            PartyRole.SECOND_VICTIM,
            PartyRole.REPRESENTATIVE_OF_HARMED);
  }

  @Test
  void supporters_affected_others_community_members_and_organisations_are_not_principals() {
    assertThat(PartyRole.SUPPORTER.isPrincipal()).isFalse();
    assertThat(PartyRole.AFFECTED_OTHER.isPrincipal()).isFalse();
    assertThat(PartyRole.COMMUNITY_MEMBER.isPrincipal()).isFalse();
    assertThat(PartyRole.ORGANISATION.isPrincipal()).isFalse();
  }

  @Test
  void only_a_supporter_and_a_representative_need_a_principal() {
    assertThat(rolesThat(PartyRole::needsPrincipal))
        .containsExactlyInAnyOrder(PartyRole.SUPPORTER, PartyRole.REPRESENTATIVE_OF_HARMED);
  }

  // Both sides of a harm (rule 2; brief §1.5)

  @Test
  void a_person_harmed_and_a_person_responsible_make_both_sides() {
    assertThat(
            PartyRole.formBothSides(List.of(PartyRole.PERSON_HARMED, PartyRole.PERSON_RESPONSIBLE)))
        .isTrue();
    assertThat(
            PartyRole.formBothSides(List.of(PartyRole.SECOND_VICTIM, PartyRole.PERSON_RESPONSIBLE)))
        .isTrue();
  }

  @Test
  void one_side_alone_or_supporters_alone_are_not_both_sides() {
    assertThat(PartyRole.formBothSides(List.of(PartyRole.PERSON_HARMED, PartyRole.SUPPORTER)))
        .isFalse();
    assertThat(
            PartyRole.formBothSides(
                List.of(PartyRole.PERSON_RESPONSIBLE, PartyRole.AFFECTED_OTHER)))
        .isFalse();
    assertThat(PartyRole.formBothSides(List.of())).isFalse();
  }

  @Test
  void one_person_harmed_and_responsible_stands_for_one_side_only() {
    assertThat(PartyRole.formBothSides(List.of(PartyRole.PERSON_HARMED_AND_RESPONSIBLE))).isFalse();
    assertThat(
            PartyRole.formBothSides(
                List.of(PartyRole.PERSON_HARMED_AND_RESPONSIBLE, PartyRole.SUPPORTER)))
        .isFalse();
    assertThat(
            PartyRole.formBothSides(
                List.of(PartyRole.PERSON_HARMED_AND_RESPONSIBLE, PartyRole.PERSON_HARMED)))
        .isTrue();
    assertThat(
            PartyRole.formBothSides(
                List.of(PartyRole.PERSON_HARMED_AND_RESPONSIBLE, PartyRole.PERSON_RESPONSIBLE)))
        .isTrue();
  }

  @Test
  void two_people_harmed_and_responsible_make_both_sides() {
    assertThat(
            PartyRole.formBothSides(
                List.of(
                    PartyRole.PERSON_HARMED_AND_RESPONSIBLE,
                    PartyRole.PERSON_HARMED_AND_RESPONSIBLE)))
        .isTrue();
  }
}
