package org.restorative.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of core is exported by its module, so module-path users see it, except its internal
 * package, which is not API and so not exported.
 */
class ModuleExportsTest {

  /** The one package of core that is not API. */
  private static final String INTERNAL = "org.restorative.core.internal";

  @Test
  void the_module_exports_every_package_of_core_but_its_internal_one() throws IOException {
    Path sources = Path.of("src", "main", "java");
    Set<String> packages;
    try (Stream<Path> files = Files.walk(sources)) {
      packages =
          files
              .filter(f -> f.toString().endsWith("package-info.java"))
              .map(
                  f ->
                      sources
                          .relativize(f.getParent())
                          .toString()
                          .replace('/', '.')
                          .replace('\\', '.'))
              .collect(Collectors.toSet());
    }
    String moduleInfo =
        Files.readString(sources.resolve("module-info.java"), StandardCharsets.UTF_8);
    Matcher exports = Pattern.compile("exports\\s+([\\w.]+)\\s*;").matcher(moduleInfo);
    Set<String> exported = new java.util.HashSet<>();
    while (exports.find()) {
      exported.add(exports.group(1));
    }
    assertThat(packages).hasSizeGreaterThan(10).contains(INTERNAL);
    assertThat(exported)
        .containsExactlyInAnyOrderElementsOf(
            packages.stream().filter(p -> !p.equals(INTERNAL)).collect(Collectors.toSet()));
    assertThat(moduleInfo).doesNotContain(INTERNAL);
  }
}
