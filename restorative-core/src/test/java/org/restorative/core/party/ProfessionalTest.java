package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.HARMED;
import static org.restorative.core.party.PartyFixtures.RESPONSIBLE;
import static org.restorative.core.party.PartyFixtures.SENTINEL_NAME;
import static org.restorative.core.party.PartyFixtures.anInterpreter;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import org.junit.jupiter.api.Test;

class ProfessionalTest {

  @Test
  void the_roles_are_those_of_the_brief() {
    assertThat(ProfessionalRole.values())
        .extracting(Enum::name)
        .containsExactly(
            "CASE_SUPERVISOR",
            "CLINICAL_CONSULTEE",
            "INTERPRETER",
            "INTERMEDIARY",
            "ADVOCATE",
            "VICTIM_LIAISON_OFFICER",
            "MHCS_CASEWORKER");
  }

  @Test
  void an_interpreter_is_recorded_with_organisation_and_language() {
    Professional interpreter = anInterpreter();
    assertThat(interpreter.id()).isEqualTo(ProfessionalId.of("professional-interpreter-1"));
    assertThat(interpreter.role()).isEqualTo(ProfessionalRole.INTERPRETER);
    assertThat(interpreter.name()).contains("Ola Nowak");
    assertThat(interpreter.organisation()).contains("Language Line");
    assertThat(interpreter.language()).contains("Polish");
    assertThat(interpreter.relatedParties()).isEmpty();
  }

  @Test
  void an_interpreter_with_no_connections_is_related_to_no_party() {
    assertThat(anInterpreter().isRelatedTo(RESPONSIBLE)).isFalse();
  }

  @Test
  void an_interpreter_who_is_a_cousin_of_the_patient_is_related_to_them_only() {
    Professional cousin = anInterpreter().withRelatedParties(RESPONSIBLE);
    assertThat(cousin.isRelatedTo(RESPONSIBLE)).isTrue();
    assertThat(cousin.isRelatedTo(HARMED)).isFalse();
  }

  @Test
  void a_name_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anInterpreter().withName(" "))
        .withMessageContaining("professional name");
  }

  @Test
  void an_organisation_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anInterpreter().withOrganisation(""))
        .withMessageContaining("organisation");
  }

  @Test
  void a_language_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anInterpreter().withLanguage("\t"))
        .withMessageContaining("language");
  }

  @Test
  void the_name_is_redacted_from_to_string() {
    Professional interpreter = anInterpreter().withName(SENTINEL_NAME);
    assertThat(interpreter.toString())
        .doesNotContain(SENTINEL_NAME)
        .contains("***")
        .contains("INTERPRETER");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    Professional original = anInterpreter();

    Professional otherId = original.withId(ProfessionalId.of("professional-2"));
    assertThat(otherId.id()).isEqualTo(ProfessionalId.of("professional-2"));
    onlyThatAttributeChanged(original, otherId, c -> c.withId(original.id()));

    Professional intermediary = original.withRole(ProfessionalRole.INTERMEDIARY);
    assertThat(intermediary.role()).isEqualTo(ProfessionalRole.INTERMEDIARY);
    onlyThatAttributeChanged(original, intermediary, c -> c.withRole(original.role()));

    Professional renamed = original.withName("Aleksandra Nowak");
    assertThat(renamed.name()).contains("Aleksandra Nowak");
    onlyThatAttributeChanged(original, renamed, c -> c.withName(original.name()));

    Professional agency = original.withOrganisation("Big Word");
    assertThat(agency.organisation()).contains("Big Word");
    onlyThatAttributeChanged(original, agency, c -> c.withOrganisation(original.organisation()));

    Professional romanian = original.withLanguage("Romanian");
    assertThat(romanian.language()).contains("Romanian");
    onlyThatAttributeChanged(original, romanian, c -> c.withLanguage(original.language()));

    Professional related = original.withRelatedParties(HARMED);
    assertThat(related.relatedParties()).containsExactly(HARMED);
    onlyThatAttributeChanged(
        original, related, c -> c.withRelatedParties(original.relatedParties()));
  }

  @Test
  void equal_professionals_are_equal_and_share_a_hash_code() {
    assertThat(anInterpreter()).isEqualTo(anInterpreter()).hasSameHashCodeAs(anInterpreter());
    assertThat(anInterpreter()).isNotEqualTo(anInterpreter().withLanguage("Urdu"));
  }
}
