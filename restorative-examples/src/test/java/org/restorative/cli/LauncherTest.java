package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./restorative} launcher's choice of java options, seen through a stand-in for {@code
 * java} that writes down the command lines it is given. The launcher is copied into a folder laid
 * out as the repository is, with a jar in place and no sources, so it builds nothing.
 */
class LauncherTest {

  private static final Path LAUNCHER = Path.of("..", "restorative");
  private static final String QUICK = "-XX:TieredStopAtLevel=1";

  @TempDir Path root;
  private Path calls;

  @BeforeEach
  void lay_out_a_repository_with_a_stand_in_for_java() throws IOException {
    Files.copy(LAUNCHER, root.resolve("restorative"));
    Path target = Files.createDirectories(root.resolve("restorative-examples/target"));
    Files.writeString(target.resolve("restorative.jar"), "");
    Path bin = Files.createDirectories(root.resolve("bin"));
    calls = root.resolve("calls.txt");
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\necho \"$*\" >>\"$CALLS\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void a_command_reading_small_files_runs_java_with_the_quick_compiler_only()
      throws IOException, InterruptedException {
    Path records = file("one.ndjson", 8_000);
    Path policy = file("policy.json", 500);

    String run =
        launch(
            Map.of(),
            "validate",
            "--as-of",
            "2026-12-01T00:00:00Z",
            "--policy",
            policy.toString(),
            records.toString());

    assertThat(run).contains(QUICK).endsWith(records.toString());
  }

  @Test
  void each_command_that_reads_records_counts_its_files() throws IOException, InterruptedException {
    Path records = file("few.ndjson", 8_000);
    for (String command : List.of("validate", "stats", "export", "pseudonymise", "fhir")) {
      assertThat(launch(Map.of(), command, records.toString())).as(command).contains(QUICK);
    }
  }

  @Test
  void files_over_the_limit_in_all_run_java_with_both_compilers()
      throws IOException, InterruptedException {
    Path big = file("big.ndjson", 256L * 1024 * 1024 + 1);
    Path half = file("half.ndjson", 128L * 1024 * 1024);
    Path otherHalf = file("other-half.ndjson", 128L * 1024 * 1024 + 1);

    assertThat(launch(Map.of(), "stats", big.toString())).doesNotContain(QUICK);
    assertThat(launch(Map.of(), "stats", half.toString(), otherHalf.toString()))
        .doesNotContain(QUICK);
    assertThat(launch(Map.of(), "stats", half.toString())).contains(QUICK);
  }

  @Test
  void standard_input_no_file_or_another_command_runs_java_with_both_compilers()
      throws IOException, InterruptedException {
    Path records = file("one.ndjson", 8_000);

    assertThat(launch(Map.of(), "validate", records.toString(), "-")).doesNotContain(QUICK);
    assertThat(launch(Map.of(), "validate", "missing.ndjson")).doesNotContain(QUICK);
    assertThat(launch(Map.of(), "synth", "--cases", "10")).doesNotContain(QUICK);
    assertThat(launch(Map.of(), "demo")).doesNotContain(QUICK);
  }

  @Test
  void the_users_own_java_options_replace_the_launchers() throws IOException, InterruptedException {
    Path records = file("one.ndjson", 8_000);

    String run = launch(Map.of("RESTORATIVE_JAVA_OPTS", "-Xmx2g"), "validate", records.toString());

    assertThat(run).contains("-Xmx2g").doesNotContain(QUICK).doesNotContain("-Xmn96m");
  }

  /** A file of this many bytes, sparse where the file system allows. */
  private Path file(String name, long size) throws IOException {
    Path file = root.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    return file;
  }

  /** Runs the launcher and returns the command line of its last call of java, the one it execs. */
  private String launch(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    Files.deleteIfExists(calls);
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("restorative").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("RESTORATIVE_JAVA_OPTS");
    builder.environment().putAll(environment);
    builder.environment().put("CALLS", calls.toString());
    builder
        .environment()
        .put("PATH", root.resolve("bin") + ":" + builder.environment().getOrDefault("PATH", ""));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
    assertThat(lines).as(output).isNotEmpty();
    return lines.get(lines.size() - 1).strip();
  }
}
