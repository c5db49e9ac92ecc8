package org.restorative.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.privacy.PrivacyFixtures.anotherTeamsKey;
import static org.restorative.core.privacy.PrivacyFixtures.theTrustsKey;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;

/** Keyed pseudonyms: stable for one key, unrelated across keys, and never showing the key. */
class PseudonymiserTest {

  private static final PartyId PARTY = PartyId.of("party-1");

  @Test
  void a_party_pseudonym_is_p_and_sixteen_base32_characters() {
    assertThat(Pseudonymiser.keyed(theTrustsKey()).pseudonym(PARTY)).matches("P-[A-Z2-7]{16}");
  }

  @Test
  void cases_facilitators_and_professionals_have_pseudonyms_of_their_own_kind() {
    Pseudonymiser pseudonymiser = Pseudonymiser.keyed(theTrustsKey());
    assertThat(pseudonymiser.pseudonym(CaseId.of("SYN-000001"))).matches("C-[A-Z2-7]{16}");
    assertThat(pseudonymiser.pseudonym(FacilitatorId.of("fac-lead"))).matches("F-[A-Z2-7]{16}");
    assertThat(pseudonymiser.pseudonym(ProfessionalId.of("prof-rc"))).matches("PR-[A-Z2-7]{16}");
  }

  @Test
  void the_same_key_and_id_always_give_the_same_pseudonym() {
    assertThat(Pseudonymiser.keyed(theTrustsKey()).pseudonym(PARTY))
        .isEqualTo(Pseudonymiser.keyed(theTrustsKey()).pseudonym(PARTY));
  }

  @Test
  void the_pseudonym_is_the_hmac_sha256_of_the_ids_type_and_text_in_base32() throws Exception {
    String expected =
        "P-" + base32(javaxHmac(theTrustsKey(), "party\u0000party-1")).substring(0, 16);
    assertThat(Pseudonymiser.keyed(theTrustsKey()).pseudonym(PARTY)).isEqualTo(expected);
  }

  @Test
  void the_pseudonym_of_a_known_id_does_not_change_between_releases() {
    // pinned: files pseudonymised by an earlier release must still link to new ones
    assertThat(Pseudonymiser.keyed(theTrustsKey()).pseudonym(PARTY)).isEqualTo(PINNED_PARTY_1);
  }

  static final String PINNED_PARTY_1 = "P-LIOIB364BSK2BBN5";

  @Test
  void different_keys_give_different_pseudonyms() {
    assertThat(Pseudonymiser.keyed(theTrustsKey()).pseudonym(PARTY))
        .isNotEqualTo(Pseudonymiser.keyed(anotherTeamsKey()).pseudonym(PARTY));
  }

  @Test
  void ids_of_different_kinds_with_the_same_text_get_unrelated_pseudonyms() {
    Pseudonymiser pseudonymiser = Pseudonymiser.keyed(theTrustsKey());
    String party = pseudonymiser.pseudonym(PartyId.of("x-1")).substring(2);
    String facilitator = pseudonymiser.pseudonym(FacilitatorId.of("x-1")).substring(2);
    String caseText = pseudonymiser.pseudonym(CaseId.of("x-1")).substring(2);
    assertThat(party).isNotEqualTo(facilitator).isNotEqualTo(caseText);
  }

  @Test
  void different_ids_give_different_pseudonyms() {
    Pseudonymiser pseudonymiser = Pseudonymiser.keyed(theTrustsKey());
    assertThat(pseudonymiser.pseudonym(PartyId.of("party-1")))
        .isNotEqualTo(pseudonymiser.pseudonym(PartyId.of("party-2")));
  }

  @Test
  void a_key_shorter_than_sixteen_bytes_is_refused_without_echoing_it() {
    byte[] shortKey = "fifteen-bytes!!".getBytes(StandardCharsets.UTF_8);
    assertThat(shortKey).hasSize(15);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pseudonymiser.keyed(shortKey))
        .withMessageContaining("key")
        .withMessageContaining("16 bytes")
        .withMessageNotContaining("fifteen");
    assertThatIllegalArgumentException().isThrownBy(() -> Pseudonymiser.keyed(new byte[0]));
  }

  @Test
  void a_key_of_sixteen_bytes_is_enough() {
    assertThat(Pseudonymiser.keyed(new byte[16]).pseudonym(PARTY)).startsWith("P-");
  }

  @Test
  void a_key_longer_than_a_hash_block_is_accepted() throws Exception {
    byte[] longKey = new byte[200];
    Arrays.fill(longKey, (byte) 7);
    String expected = "P-" + base32(javaxHmac(longKey, "party\u0000party-1")).substring(0, 16);
    assertThat(Pseudonymiser.keyed(longKey).pseudonym(PARTY)).isEqualTo(expected);
  }

  @Test
  void the_key_is_copied_so_changing_the_array_afterwards_changes_nothing() {
    byte[] key = theTrustsKey();
    Pseudonymiser pseudonymiser = Pseudonymiser.keyed(key);
    String before = pseudonymiser.pseudonym(PARTY);
    Arrays.fill(key, (byte) 0);
    assertThat(pseudonymiser.pseudonym(PARTY)).isEqualTo(before);
  }

  @Test
  void the_printed_form_never_shows_the_key() {
    String printed = Pseudonymiser.keyed(theTrustsKey()).toString();
    assertThat(printed).contains("***").doesNotContain("restorative-research-key");
    assertThat(printed).doesNotContain(HexFormat.of().formatHex(theTrustsKey()));
  }

  // ---------------------------------------------------------------- HMAC-SHA256 itself

  @Test
  void the_keyed_hash_gives_the_rfc_4231_test_vectors() {
    byte[] key1 = new byte[20];
    Arrays.fill(key1, (byte) 0x0b);
    assertThat(hex(new HmacSha256(key1).mac(ascii("Hi There"))))
        .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    assertThat(hex(new HmacSha256(ascii("Jefe")).mac(ascii("what do ya want for nothing?"))))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    byte[] key6 = new byte[131];
    Arrays.fill(key6, (byte) 0xaa);
    assertThat(
            hex(
                new HmacSha256(key6)
                    .mac(ascii("Test Using Larger Than Block-Size Key - Hash Key First"))))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  @Test
  void one_keyed_hash_shared_between_threads_gives_each_message_its_own_mac() throws Exception {
    HmacSha256 shared = new HmacSha256(theTrustsKey());
    List<byte[]> messages = new ArrayList<>();
    List<byte[]> alone = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      byte[] message = ascii("party-" + i + "x".repeat(i % 70));
      messages.add(message);
      alone.add(new HmacSha256(theTrustsKey()).mac(message));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> together = new ArrayList<>();
      for (byte[] message : messages) {
        together.add(pool.submit(() -> shared.mac(message)));
      }
      for (int i = 0; i < messages.size(); i++) {
        assertThat(together.get(i).get()).as("message %d", i).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void the_keyed_hash_never_prints_its_key() {
    assertThat(new HmacSha256(theTrustsKey()).toString()).contains("***");
  }

  // ---------------------------------------------------------------- test helpers

  private static byte[] javaxHmac(byte[] key, String message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
  }

  /** RFC 4648 base32 without padding, written independently of the code under test. */
  private static String base32(byte[] bytes) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String bits =
        String.format("%" + bytes.length * 8 + "s", new BigInteger(1, bytes).toString(2))
            .replace(' ', '0');
    StringBuilder text = new StringBuilder();
    for (int i = 0; i + 5 <= bits.length(); i += 5) {
      text.append(alphabet.charAt(Integer.parseInt(bits.substring(i, i + 5), 2)));
    }
    return text.toString();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
