package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.restorative.core.party.PartyId;

class RecipientTest {

  @Test
  void a_party_recipient_names_the_party_and_no_organisation() {
    Recipient recipient = Recipient.party(PartyId.of("p-1"));
    assertThat(recipient.type()).isEqualTo(RecipientType.PARTY);
    assertThat(recipient.party()).contains(PartyId.of("p-1"));
    assertThat(recipient.organisation()).isEmpty();
  }

  @Test
  void an_organisation_recipient_must_be_named() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Recipient.organisation(RecipientType.POLICE, " "))
        .withMessageContaining("recipient organisation");
  }

  @Test
  void a_party_type_without_a_party_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Recipient.Builder().type(RecipientType.PARTY).build());
  }
}
