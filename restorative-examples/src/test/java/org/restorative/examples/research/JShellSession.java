package org.restorative.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.jspecify.annotations.Nullable;

/**
 * A JShell session as a researcher would run one, through the JDK's JShell API: source is evaluated
 * snippet by snippet, as the jshell tool loads a file, with only the named artifacts of this JVM's
 * class path on the session's class path. It records each snippet the compiler rejects, each that
 * throws, each jshell command (a line starting with {@code /}), and what the snippets print.
 */
final class JShellSession implements AutoCloseable {

  /** Printed after a remote session's snippets, so that all they printed has arrived before it. */
  private static final String END = "-- end of the session's output --";

  private final JShell shell;
  private final boolean local;
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final PrintStream consoleOut = new PrintStream(console, true, StandardCharsets.UTF_8);
  private final List<String> classPath = new ArrayList<>();
  private final List<String> rejected = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();
  private final List<String> commands = new ArrayList<>();
  private int snippets;

  private JShellSession(List<String> artifacts, @Nullable Path workingDirectory) {
    this.local = workingDirectory == null;
    JShell.Builder builder = JShell.builder().out(consoleOut).err(consoleOut);
    if (workingDirectory == null) {
      builder.executionEngine("local");
    } else {
      // A JVM of its own, whose relative paths resolve against the given folder, as a researcher's
      // jshell resolves them against the folder it was started in (java.nio's paths follow
      // user.dir;
      // java.io's streams would not, and the README's examples use Path). Launching it may be slow
      // on a loaded machine, so the launch may take a minute.
      builder
          .executionEngine("jdi:launch(true),timeout(60000)")
          .remoteVMOptions("-Duser.dir=" + workingDirectory.toAbsolutePath());
    }
    this.shell = builder.build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      // A jar in the local repository (vavr-1.0.1.jar) or a module's build folder in the reactor.
      String name = Path.of(entry).getFileName().toString();
      if (artifacts.stream()
          .anyMatch(
              a -> name.startsWith(a) || entry.contains(File.separator + a + File.separator))) {
        classPath.add(entry);
        shell.addToClasspath(entry);
      }
    }
  }

  /**
   * A session whose snippets run in this JVM, printing on its standard output, which the session
   * captures while it runs them.
   */
  static JShellSession local(List<String> artifacts) {
    return new JShellSession(artifacts, null);
  }

  /** A session whose snippets run in a JVM of their own, with relative paths in a given folder. */
  static JShellSession remote(List<String> artifacts, Path workingDirectory) {
    return new JShellSession(artifacts, workingDirectory);
  }

  /**
   * Evaluates source as the jshell tool evaluates a file: line by line, each snippet as soon as the
   * lines read so far complete it, so that a line that is a whole expression by itself is one (a
   * method chain must not start its next line with a dot), and a line starting with {@code /}
   * outside a snippet is a command.
   */
  void run(String source) {
    PrintStream systemOut = System.out;
    if (local) {
      System.setOut(consoleOut);
    }
    try {
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String pending = "";
      for (String line : source.split("\n", -1)) {
        String start = line.stripLeading();
        if (pending.isBlank()
            && start.startsWith("/")
            && !start.startsWith("//")
            && !start.startsWith("/*")) {
          commands.add(line.strip());
          pending = "";
          continue;
        }
        pending = pending + line + "\n";
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
        while (info.completeness().isComplete()) {
          evaluate(info.source());
          pending = info.remaining();
          info = analysis.analyzeCompletion(pending);
        }
      }
      assertThat(
              pending.isBlank()
                  || analysis.analyzeCompletion(pending).completeness() == Completeness.EMPTY)
          .as("the source ends in an incomplete snippet: %s", pending)
          .isTrue();
    } finally {
      System.setOut(systemOut);
    }
  }

  private void evaluate(String snippet) {
    for (SnippetEvent event : shell.eval(snippet)) {
      if (event.status() == Snippet.Status.REJECTED) {
        List<String> diagnostics =
            shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList();
        rejected.add(event.snippet().source() + " " + diagnostics);
      }
      if (event.exception() != null) {
        failed.add(event.snippet().source() + " threw " + event.exception());
      }
    }
    snippets++;
  }

  /**
   * Evaluates an expression in the session.
   *
   * @return its value as jshell shows it ({@code "Europe/London"} with its quotes for a string)
   */
  String value(String expression) {
    List<SnippetEvent> events = shell.eval(expression);
    assertThat(events).as("the expression %s", expression).hasSize(1);
    SnippetEvent event = events.get(0);
    assertThat(event.status()).as("the expression %s", expression).isEqualTo(Snippet.Status.VALID);
    assertThat(event.exception()).as("the expression %s", expression).isNull();
    return String.valueOf(event.value());
  }

  /** What the snippets printed so far, on standard output and standard error. */
  String printed() {
    if (!local) {
      // The remote JVM's output arrives on a stream of its own; once a line printed after every
      // snippet has arrived, so has everything printed before it.
      shell.eval("System.out.println(\"" + END + "\");");
      Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
      while (!console.toString(StandardCharsets.UTF_8).contains(END)
          && Instant.now().isBefore(deadline)) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      String all = console.toString(StandardCharsets.UTF_8);
      assertThat(all).as("the session's output").contains(END);
      return all.substring(0, all.indexOf(END));
    }
    return console.toString(StandardCharsets.UTF_8);
  }

  List<String> classPath() {
    return classPath;
  }

  List<String> rejected() {
    return rejected;
  }

  List<String> failed() {
    return failed;
  }

  List<String> commands() {
    return commands;
  }

  int snippets() {
    return snippets;
  }

  @Override
  public void close() {
    shell.close();
  }
}
