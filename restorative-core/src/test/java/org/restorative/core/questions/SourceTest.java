package org.restorative.core.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.questions.QuestionsFixtures.aTrustSource;
import static org.restorative.core.questions.QuestionsFixtures.assertRejected;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceTest {

  @Test
  void a_source_records_its_citation_address_retrieval_date_and_verification() {
    Source source = aTrustSource();

    assertThat(source.citation()).contains("Riverside");
    assertThat(source.url()).contains("https://intranet.example.nhs.uk/restorative/check-in");
    assertThat(source.retrievedOn()).contains(LocalDate.of(2025, 1, 15));
    assertThat(source.verification()).isEqualTo(Verification.VERIFIED);
  }

  @Test
  void a_source_found_at_an_address_has_no_retrieval_date_unless_given() {
    Source source =
        Source.of(
            "Margaret Thorsborne, Restorative Questions",
            "http://rjposters.com/",
            Verification.VERIFIED);

    assertThat(source.retrievedOn()).isEmpty();
  }

  @Test
  void a_printed_source_may_have_no_address() {
    assertThat(aTrustSource().withUrl(Optional.empty()).url()).isEmpty();
  }

  @Test
  void changing_the_verification_changes_only_the_verification() {
    Source source = aTrustSource();
    Source recalled = source.withVerification(Verification.RECALLED);

    assertThat(recalled.verification()).isEqualTo(Verification.RECALLED);
    assertThat(recalled)
        .usingRecursiveComparison()
        .ignoringFields("verification")
        .isEqualTo(source);
  }

  @Test
  void equal_sources_are_equal_and_share_a_hash_code() {
    assertThat(aTrustSource()).isEqualTo(aTrustSource()).hasSameHashCodeAs(aTrustSource());
    assertThat(aTrustSource())
        .isNotEqualTo(aTrustSource().withRetrievedOn(LocalDate.of(2025, 2, 1)));
  }

  @Test
  void the_citation_must_not_be_blank() {
    assertRejected(() -> aTrustSource().withCitation(" "), "source citation");
  }

  @Test
  void an_address_must_not_be_blank_when_given() {
    assertRejected(() -> aTrustSource().withUrl(""), "source url");
  }

  @Test
  void the_verification_carries_the_briefs_evidence_tag() {
    assertThat(Verification.VERIFIED.tag()).isEqualTo("V");
    assertThat(Verification.PARTIAL.tag()).isEqualTo("P");
    assertThat(Verification.RECALLED.tag()).isEqualTo("R");
  }
}
