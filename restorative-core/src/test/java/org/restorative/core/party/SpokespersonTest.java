package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.SENTINEL_NAME;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The person who speaks for an organisation, and how a party is known to be an organisation. */
class SpokespersonTest {

  @Test
  void an_organisation_acknowledges_through_the_person_who_speaks_for_it() {
    Spokesperson director = Spokesperson.of("Director of Nursing", "Delegated by the trust board");
    Acknowledgement facts =
        Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 4, 1), director);

    assertThat(facts.spokesperson()).contains(director);
    assertThat(director.role()).isEqualTo("Director of Nursing");
    assertThat(director.authority()).contains("Delegated by the trust board");
    assertThat(director.name()).isEmpty();
    assertThat(
            Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 4, 1)).spokesperson())
        .isEmpty();
  }

  @Test
  void a_spokesperson_has_a_post_and_no_blank_text() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Spokesperson.of(" "))
        .withMessageContaining("spokesperson role");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Spokesperson.of("Medical Director").withName(""))
        .withMessageContaining("spokesperson name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Spokesperson.of("Medical Director", ""))
        .withMessageContaining("spokesperson authority");
  }

  @Test
  void the_speaker_is_redacted_from_to_string() {
    Spokesperson speaker =
        new Spokesperson.Builder()
            .role("Director of " + SENTINEL_NAME)
            .name(SENTINEL_NAME)
            .authority("Named by " + SENTINEL_NAME)
            .build();
    Acknowledgement facts =
        Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 4, 1), speaker);

    assertThat(speaker.toString()).doesNotContain(SENTINEL_NAME).contains("***");
    assertThat(facts.toString()).doesNotContain(SENTINEL_NAME).contains("FACTS");
  }

  @Test
  void a_party_is_an_organisation_by_its_person_type_or_its_role() {
    Party trustResponsible =
        new Party.Builder()
            .id(PartyId.of("p-trust"))
            .role(PartyRole.PERSON_RESPONSIBLE)
            .personType(PersonType.ORGANISATION)
            .build();
    Party trustInItsRole = trustResponsible.withRole(PartyRole.ORGANISATION);
    Party nurse = trustResponsible.withPersonType(PersonType.STAFF_MEMBER);

    assertThat(trustResponsible.isOrganisation()).isTrue();
    assertThat(trustInItsRole.isOrganisation()).isTrue();
    assertThat(trustInItsRole.withPersonType(PersonType.STAFF_MEMBER).isOrganisation()).isTrue();
    assertThat(nurse.isOrganisation()).isFalse();
  }
}
