package org.restorative.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The hostile corpus checked in under {@code src/test/resources/hostile}: one file per input, named
 * for what it does, {@code .json} for one document and {@code .ndjson} for a stream, gzipped
 * ({@code .gz}) when it is large. Its {@code README.md} lists every input in a table with what it
 * does and what reading it gives — {@code read}, {@code refused}, or for NDJSON {@code N read, M
 * refused} — which the tests hold the library and the commands to.
 */
final class HostileCorpus {

  /** The corpus's folder, from the module's directory. */
  static final Path FOLDER = Path.of("src", "test", "resources", "hostile");

  /** One input: its file name, whether it is NDJSON, its bytes and what reading it gives. */
  record Input(String name, boolean ndjson, byte[] bytes, Expected expected) {
    /** The name the commands see: the file name without {@code .gz}. */
    String plainName() {
      return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
  }

  /** What reading an input gives: how many records are read and how many refused. */
  record Expected(long read, long refused) {
    private static final Pattern COUNTS = Pattern.compile("(\\d+) read, (\\d+) refused");

    static Expected parse(String text) {
      String t = text.strip();
      if (t.equals("read")) {
        return new Expected(1, 0);
      }
      if (t.equals("refused")) {
        return new Expected(0, 1);
      }
      Matcher m = COUNTS.matcher(t);
      if (!m.matches()) {
        throw new IllegalArgumentException("the corpus README gives no count for an input: " + t);
      }
      return new Expected(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }
  }

  private HostileCorpus() {}

  /**
   * Every input of the corpus, in the README's order; fails if a file is not listed or a listing
   * has no file.
   */
  static List<Input> inputs() {
    Map<String, Expected> listed = listing();
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.list(FOLDER)) {
      all.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("README.md"))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> unlisted = files.stream().filter(f -> !listed.containsKey(f)).toList();
    List<String> missing = listed.keySet().stream().filter(f -> !files.contains(f)).toList();
    if (!unlisted.isEmpty() || !missing.isEmpty()) {
      throw new IllegalStateException(
          "the corpus README and its files differ: not listed "
              + unlisted
              + ", no file "
              + missing);
    }
    List<Input> inputs = new ArrayList<>();
    for (Map.Entry<String, Expected> entry : listed.entrySet()) {
      String name = entry.getKey();
      String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
      inputs.add(
          new Input(
              name, plain.endsWith(".ndjson"), bytes(FOLDER.resolve(name)), entry.getValue()));
    }
    return inputs;
  }

  /** The single documents of the corpus, for the schema's verdict. */
  static List<Input> documents() {
    return inputs().stream().filter(i -> !i.ndjson()).toList();
  }

  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.*) \\| ([^|]+) \\|$");

  private static Map<String, Expected> listing() {
    Map<String, Expected> listed = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(FOLDER.resolve("README.md"), StandardCharsets.UTF_8)) {
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
          if (listed.put(m.group(1), Expected.parse(m.group(3))) != null) {
            throw new IllegalStateException(
                "the corpus README lists an input twice: " + m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return listed;
  }

  private static byte[] bytes(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (!file.toString().endsWith(".gz")) {
        return bytes;
      }
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
