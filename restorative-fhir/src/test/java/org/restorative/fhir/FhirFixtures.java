package org.restorative.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;

/**
 * The cases the tests map: restorative-json's golden cases and a synthetic cohort of every stage.
 */
final class FhirFixtures {

  private FhirFixtures() {}

  static final Path GOLDEN =
      Path.of("..", "restorative-json", "src", "test", "resources", "golden");

  /** Synthetic cases per stage in the cohort. */
  static final int PER_STAGE = 8;

  static Map<String, RestorativeCase> goldenCases() {
    Map<String, RestorativeCase> cases = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json")) {
          continue;
        }
        ReadResult read = CaseJson.strict().read(Files.readString(file));
        cases.put(name, read.restorativeCase().orElseThrow(() -> new AssertionError(name)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (cases.size() < 14) {
      throw new AssertionError("expected restorative-json's golden cases, found " + cases.size());
    }
    return cases;
  }

  /**
   * The golden cases with a sentinel in every slot of free text each has room for ({@link
   * FreeText}), by name.
   */
  static Map<String, FreeText> freeTextCases() {
    Map<String, FreeText> cases = new LinkedHashMap<>();
    goldenCases().forEach((name, c) -> cases.put("free text in " + name, FreeText.fill(c)));
    return cases;
  }

  static List<RestorativeCase> cohort() {
    SyntheticCases synthetic = SyntheticCases.seeded(20261207L);
    List<RestorativeCase> cases = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      for (int i = 0; i < PER_STAGE; i++) {
        cases.add(synthetic.caseAt(stage, i));
      }
    }
    return cases;
  }
}
