package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Stage;

/**
 * Keeps {@code docs/json-format.md} current. Regenerate with {@code -Drestorative.writeDocs=true}.
 */
class FormatDocsTest {

  static final Path PAGE = Path.of("..", "docs", "json-format.md");

  static String example() {
    String referral = JsonFixtures.read(JsonFixtures.goldenFile(Stage.REFERRAL));
    return "A case just referred: a golden file of the tests"
        + " (`restorative-json/src/test/resources/golden/referral.json`), synthetic data.\n\n"
        + "```json\n"
        + referral
        + "```\n\n"
        + "- `format` and `formatVersion` name the format; a reader refuses any other.\n"
        + "- `id` is the case's id; every part below has an id of its own, unique in its list.\n"
        + "- `referral.harms` names the harm records by id; `harms` holds them.\n"
        + "- `parties` holds the people; `name` and `dateOfBirth` are personal data.\n"
        + "- `harms[].narrative` is the agreed neutral description: personal data.\n"
        + "- `history` is the append-only record of what happened, who did it and when.\n";
  }

  @Test
  void the_published_format_page_is_the_one_the_declarations_generate() throws IOException {
    String generated = FormatDocs.markdown(example());
    if (Boolean.getBoolean("restorative.writeDocs")) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/json-format.md; regenerate with -Drestorative.writeDocs=true")
        .isEqualTo(generated);
  }
}
