package org.restorative.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of core's sources carries a Javadoc comment. (javac's doclint cannot be used
 * for this: it would also judge the generated Immutables sources.)
 */
class JavadocCoverageTest {

  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^\\s*public\\s+(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+).*");

  @Test
  void every_public_type_has_javadoc() throws IOException {
    Path sources = Path.of("src", "main", "java");
    assertThat(sources).isDirectory();
    List<String> undocumented = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          var matcher = PUBLIC_TYPE.matcher(lines.get(i));
          if (matcher.matches()) {
            checked++;
            if (!documented(lines, i)) {
              undocumented.add(sources.relativize(file) + ": " + matcher.group(1));
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(undocumented).isEmpty();
  }

  /**
   * Whether the declaration at {@code index} is preceded, past its annotations, by a Javadoc end.
   */
  private static boolean documented(List<String> lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (line.isEmpty()
          || line.startsWith("@")
          || line.startsWith(")")
          || line.endsWith(",")
          || line.endsWith(")")) {
        continue;
      }
      return line.endsWith("*/") && javadocStart(lines, i);
    }
    return false;
  }

  private static boolean javadocStart(List<String> lines, int end) {
    for (int i = end; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (line.startsWith("/**")) {
        return true;
      }
      if (line.startsWith("/*")) {
        return false;
      }
    }
    return false;
  }
}
