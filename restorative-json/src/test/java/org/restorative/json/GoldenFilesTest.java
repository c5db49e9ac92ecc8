package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;

/**
 * Golden files pin the wire format: one realistic case per stage, read and written byte-for-byte. To
 * regenerate after a deliberate format change, run with {@code -Drestorative.writeGolden=true} and
 * review the diff.
 */
class GoldenFilesTest {

  @ParameterizedTest
  @EnumSource(Stage.class)
  void a_golden_case_reads_without_problems_and_writes_back_byte_for_byte(Stage stage)
      throws IOException {
    if (Boolean.getBoolean("restorative.writeGolden")) {
      Files.createDirectories(JsonFixtures.GOLDEN);
      Files.writeString(
          JsonFixtures.goldenFile(stage),
          CaseJson.strict().write(JsonFixtures.goldenCase(stage)),
          StandardCharsets.UTF_8);
    }
    String golden = JsonFixtures.read(JsonFixtures.goldenFile(stage));

    ReadResult result = CaseJson.strict().read(golden);

    assertThat(result.problems()).isEmpty();
    RestorativeCase read = result.restorativeCase().orElseThrow();
    assertThat(read.stage()).isEqualTo(stage);
    assertThat(CaseJson.strict().write(read)).isEqualTo(golden);
  }
}
