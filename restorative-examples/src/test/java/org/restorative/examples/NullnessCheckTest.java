package org.restorative.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the build checks nullness. javac, given the build's own Error Prone and NullAway
 * arguments (the parent pom's properties, read from a filtered resource), refuses a
 * {@code @NullMarked} sample that dereferences a {@code @Nullable} value with a {@code [NullAway]}
 * error, and accepts its twin that checks for null first. The same sample compiles with javac
 * alone, so the refusal is the checker's, not a mistake in the sample. Since NullAway checks only
 * {@code @NullMarked} code, every package of every module's main code must be marked; and Maven's
 * JVM must open what javac needs.
 */
class NullnessCheckTest {

  private static final String VIOLATION =
      """
      package sample;

      import org.jspecify.annotations.NullMarked;
      import org.jspecify.annotations.Nullable;

      @NullMarked
      final class Sample {
        private Sample() {}

        static @Nullable String nickname() {
          return null;
        }

        static int nicknameLength() {
          return nickname().length();
        }
      }
      """;

  /** The line of {@link #VIOLATION} that dereferences the {@code @Nullable} value. */
  private static final long VIOLATION_LINE = 15;

  private static final String CHECKED =
      """
      package sample;

      import org.jspecify.annotations.NullMarked;
      import org.jspecify.annotations.Nullable;

      @NullMarked
      final class Sample {
        private Sample() {}

        static @Nullable String nickname() {
          return null;
        }

        static int nicknameLength() {
          String nickname = nickname();
          return nickname == null ? 0 : nickname.length();
        }
      }
      """;

  private static final Properties BUILD = buildArguments();

  @TempDir Path work;

  @Test
  void the_build_refuses_a_dereference_of_a_nullable_value() throws IOException {
    Compilation compilation = compile(VIOLATION, checkerArguments());

    assertThat(compilation.succeeded()).as(compilation.report()).isFalse();
    assertThat(compilation.errors()).as(compilation.report()).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertThat(error.getMessage(Locale.ROOT))
        .startsWith("[NullAway] dereferenced expression 'nickname()' is @Nullable");
    assertThat(error.getLineNumber()).isEqualTo(VIOLATION_LINE);
  }

  @Test
  void the_build_accepts_the_twin_that_checks_for_null() throws IOException {
    Compilation compilation = compile(CHECKED, checkerArguments());

    assertThat(compilation.succeeded()).as(compilation.report()).isTrue();
    assertThat(compilation.diagnostics()).as(compilation.report()).isEmpty();
  }

  @Test
  void javac_alone_accepts_the_violation_so_the_refusal_is_the_checkers() throws IOException {
    Compilation compilation = compile(VIOLATION, List.of());

    assertThat(compilation.succeeded()).as(compilation.report()).isTrue();
    assertThat(compilation.diagnostics()).as(compilation.report()).isEmpty();
  }

  @Test
  void maven_runs_javac_with_the_exports_the_checker_needs() throws IOException {
    // The reactor's root, where mvnw reads .mvn/jvm.config: the parent of this module.
    Path jvmConfig = Path.of("").toAbsolutePath().resolveSibling(".mvn").resolve("jvm.config");
    List<String> lines =
        Files.readAllLines(jvmConfig, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();

    assertThat(lines)
        .containsExactlyElementsOf(Arrays.asList(BUILD.getProperty("javacExports").split(" ")));
  }

  @Test
  void every_package_of_the_main_code_is_null_marked() throws IOException {
    // NullAway checks only @NullMarked code: a package without the annotation would escape it.
    Path reactor = Path.of("").toAbsolutePath().getParent();
    List<Path> sourceRoots;
    try (Stream<Path> modules = Files.list(reactor)) {
      sourceRoots =
          modules
              .map(module -> module.resolve("src/main/java"))
              .filter(Files::isDirectory)
              .toList();
    }
    assertThat(sourceRoots)
        .extracting(root -> reactor.relativize(root).getName(0).toString())
        .contains(
            "restorative-core",
            "restorative-json",
            "restorative-research",
            "restorative-examples",
            "restorative-bench");

    List<String> unmarked = new ArrayList<>();
    for (Path root : sourceRoots) {
      try (Stream<Path> files = Files.walk(root)) {
        List<Path> packages =
            files
                .filter(file -> file.toString().endsWith(".java"))
                .filter(
                    file ->
                        !file.endsWith("package-info.java") && !file.endsWith("module-info.java"))
                .map(Path::getParent)
                .distinct()
                .toList();
        for (Path directory : packages) {
          Path packageInfo = directory.resolve("package-info.java");
          if (!Files.exists(packageInfo)
              || !Files.readString(packageInfo, StandardCharsets.UTF_8).contains("@NullMarked")) {
            unmarked.add(reactor.relativize(directory).toString());
          }
        }
      }
    }
    assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
  }

  /** The build's Error Prone and NullAway arguments, as the compiler plugin passes them. */
  private static List<String> checkerArguments() {
    return List.of(
        BUILD.getProperty("compilePolicy"),
        BUILD.getProperty("shouldStop"),
        BUILD.getProperty("plugin"));
  }

  private Compilation compile(String source, List<String> checker) throws IOException {
    Path sources = Files.createDirectories(work.resolve("src").resolve("sample"));
    Path file = Files.writeString(sources.resolve("Sample.java"), source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(work.resolve("classes"));
    String classPath = testClassPath();
    List<String> options = new ArrayList<>();
    // The build's own lint settings, then the checker, on the test class path (JSpecify, Error
    // Prone and NullAway are all on it).
    options.addAll(List.of("--release", "17", "-Xlint:all,-processing", "-Werror"));
    options.addAll(checker);
    options.addAll(
        List.of("-classpath", classPath, "-processorpath", classPath, "-d", classes.toString()));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean succeeded =
          javac
              .getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file))
              .call();
      return new Compilation(succeeded, diagnostics.getDiagnostics());
    }
  }

  /**
   * The test's class path. Surefire may start the JVM from a jar that only names the class path in
   * its manifest, and then gives the real one in a property of its own.
   */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire == null || surefire.isBlank()
        ? System.getProperty("java.class.path")
        : surefire;
  }

  private static Properties buildArguments() {
    Properties properties = new Properties();
    try (InputStream in =
        NullnessCheckTest.class.getResourceAsStream("nullness-check.properties")) {
      assertThat(in).as("nullness-check.properties on the test class path").isNotNull();
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String key : List.of("compilePolicy", "shouldStop", "plugin", "javacExports")) {
      assertThat(properties.getProperty(key)).as(key).isNotBlank().doesNotContain("${");
    }
    return properties;
  }

  /** What one compilation gave. */
  private record Compilation(
      boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    String report() {
      return diagnostics.stream()
          .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n", "javac said:\n", "\n"));
    }
  }
}
