package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/metrics.md} current: it must equal the page generated from the standard
 * measures. To regenerate after changing a definition, run this test with {@code
 * -Drestorative.writeDocs=true}.
 */
class MetricsCatalogueTest {

  static final Path CATALOGUE = Path.of("..", "docs", "metrics.md");

  @Test
  void the_published_page_is_the_one_the_definitions_generate() throws IOException {
    String generated = MetricsCatalogue.markdown();
    if (Boolean.getBoolean("restorative.writeDocs")) {
      Files.createDirectories(CATALOGUE.getParent());
      Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
    }
    assertThat(CATALOGUE).exists();
    assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
        .as("docs/metrics.md is out of date: run the build with -Drestorative.writeDocs=true")
        .isEqualTo(generated);
  }

  @Test
  void the_page_has_a_section_for_every_measure_with_its_definition_numerator_and_denominator() {
    String page = MetricsCatalogue.markdown();
    for (StandardMetric metric : StandardMetric.values()) {
      String heading = "### `" + metric.name() + "` — " + metric.title();
      assertThat(page).contains(heading);
      String section = page.substring(page.indexOf(heading));
      assertThat(section)
          .contains(metric.definition())
          .contains("**Numerator:** " + metric.numerator())
          .contains("**Denominator:** " + metric.denominator());
    }
  }

  @Test
  void the_page_explains_how_to_read_it_the_funnel_the_flags_and_the_headline_figures() {
    String page = MetricsCatalogue.markdown();

    assertThat(page)
        .startsWith("# " + MetricsCatalogue.TITLE + "\n")
        .contains("## How to read this page")
        .contains("## The funnel")
        .contains("## Intention-to-treat flags")
        .contains("## Reproducing the headline figures (domain brief §9)")
        .contains("85%", "78%", "62%", "8% of referrals")
        .contains("## Caveats")
        .endsWith("\n")
        .doesNotEndWith("\n\n");
    for (FunnelStage stage : FunnelStage.values()) {
      assertThat(page).contains("`" + stage.name() + "`");
    }
    for (String flag :
        new String[] {
          "contacted",
          "harmedSideConsented",
          "responsibleSideConsented",
          "directProcess",
          "indirectProcess",
          "meetingHeld",
          "interventionDelivered",
          "agreementFulfilment",
          "completed()",
          "referred()",
          "consented()",
          "agreementReached()",
          "agreementFulfilled()"
        }) {
      assertThat(page).contains("| `" + flag + "` |");
    }
  }
}
