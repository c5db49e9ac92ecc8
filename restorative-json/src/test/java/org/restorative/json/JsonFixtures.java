package org.restorative.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.party.PartyRole;
import org.restorative.core.synthetic.SyntheticCases;

/** Shared vocabulary of the JSON tests. */
final class JsonFixtures {

  private JsonFixtures() {}

  /** A personal value planted in hostile inputs; it must never appear in a problem message. */
  static final String SENTINEL = "Zebedee Quince 1961-04-02";

  /** The golden files' directory, in test resources. */
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /** The seed of the golden cases. */
  static final long GOLDEN_SEED = 2026L;

  /** The stages with a golden file: every stage, the paused and the four closed states. */
  static final List<Stage> GOLDEN_STAGES = List.of(Stage.values());

  static RestorativeCase goldenCase(Stage stage) {
    return SyntheticCases.seeded(GOLDEN_SEED).caseAt(stage, 0);
  }

  static Path goldenFile(Stage stage) {
    return GOLDEN.resolve(
        stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".json");
  }

  /** The golden file of organisational harm, reviewed in a restorative just culture. */
  static final Path ORGANISATION_GOLDEN = GOLDEN.resolve("organisation-on-person.json");

  /**
   * A closed case of organisational harm in which the trust answers for the harm in the
   * organisation's own role and acknowledges through its spokesperson (domain brief §2.1, §6).
   */
  static RestorativeCase organisationCase() {
    SyntheticCases organisational =
        SyntheticCases.seeded(GOLDEN_SEED)
            .withContextWeights(java.util.Map.of(HarmContext.ORGANISATION_ON_PERSON, 1));
    for (int i = 0; ; i++) {
      RestorativeCase c = organisational.caseAt(Stage.CLOSED_COMPLETED, i);
      if (c.parties().stream().anyMatch(p -> p.role() == PartyRole.ORGANISATION)) {
        return c;
      }
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid document to break: the golden referral. */
  static String referralDocument() {
    return CaseJson.strict().write(goldenCase(Stage.REFERRAL));
  }
}
