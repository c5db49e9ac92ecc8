package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} current: it must equal the catalogue generated from the standard
 * rules. To regenerate after changing a rule, run this test with {@code
 * -Drestorative.writeDocs=true}.
 */
class RuleCatalogueTest {

  static final Path CATALOGUE = Path.of("..", "docs", "rules.md");

  static String standardCatalogue() {
    return RuleCatalogue.markdown(
        RuleSet.standard(), Policy.standard(), "restorative — the standard rule catalogue");
  }

  @Test
  void the_published_catalogue_is_the_one_the_rules_generate() throws IOException {
    String generated = standardCatalogue();
    if (Boolean.getBoolean("restorative.writeDocs")) {
      Files.createDirectories(CATALOGUE.getParent());
      Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
    }
    assertThat(CATALOGUE).exists();
    assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date: run the build with -Drestorative.writeDocs=true")
        .isEqualTo(generated);
  }

  @Test
  void the_catalogue_lists_every_standard_code_once() {
    String catalogue = standardCatalogue();
    for (StandardCode code : StandardCode.values()) {
      assertThat(catalogue).contains("`" + code.name() + "`");
    }
    assertThat(RuleSet.standard().rules())
        .extracting(r -> r.code().name())
        .containsExactlyElementsOf(
            java.util.Arrays.stream(StandardCode.values())
                .filter(StandardCode::isRule)
                .map(StandardCode::name)
                .toList());
  }

  @Test
  void only_the_transition_codes_are_not_rules_and_they_come_last() {
    assertThat(java.util.Arrays.stream(StandardCode.values()).filter(c -> !c.isRule()))
        .containsExactly(
            StandardCode.ILLEGAL_TRANSITION, StandardCode.WITHDRAWAL_REFERENCE_UNKNOWN);
    assertThat(StandardCode.WITHDRAWAL_REFERENCE_UNKNOWN.number()).isZero();
  }
}
