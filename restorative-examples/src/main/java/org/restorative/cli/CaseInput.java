package org.restorative.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import org.restorative.json.CaseJson;
import org.restorative.json.NdjsonReader;
import org.restorative.json.ReadResult;

/**
 * One input named on the command line: a file, or {@code -} for standard input, holding one case
 * record (a JSON document) or many (NDJSON, one per line).
 *
 * <p>The form is decided by the file name first: {@code .ndjson} and {@code .jsonl} are NDJSON. Any
 * other input (standard input included) is NDJSON when its first non-blank line holds a whole JSON
 * object — it starts with <code>{</code> and ends with <code>}</code> — and another non-blank line
 * follows; otherwise it is one document. (Counting non-blank lines alone would not do: an indented
 * document has many.) Only the start of the input is looked at, so a large input is still read in
 * one pass with flat memory.
 */
final class CaseInput {

  /** The name that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  /** What is read from an input, one case (or one failure to read one) at a time. */
  @FunctionalInterface
  interface Sink {
    /**
     * Takes one result.
     *
     * @param line the NDJSON line number, or empty for a whole document
     * @param result the case read and its problems
     */
    void accept(OptionalLong line, ReadResult result);
  }

  /**
   * What is made of each result on a worker thread: the step left to take on the reading thread, in
   * input order, such as writing the text made.
   */
  @FunctionalInterface
  interface Work {
    /**
     * Does what can be done apart for one result, on any thread, several results at once.
     *
     * @param line the NDJSON line number, or empty for a whole document
     * @param result the case read and its problems
     * @return what is left to do, on the reading thread, in input order
     */
    Runnable prepare(OptionalLong line, ReadResult result);
  }

  private final String name;

  CaseInput(String name) {
    this.name = name;
  }

  /**
   * The name as given on the command line.
   *
   * @return the name
   */
  String name() {
    return name;
  }

  /**
   * The name to print: the file name, or {@code <stdin>}.
   *
   * @return the name
   */
  String displayName() {
    return isStandardInput() ? "<stdin>" : name;
  }

  boolean isStandardInput() {
    return STANDARD_INPUT.equals(name);
  }

  /**
   * Names a failure to open or read this input in words, saying so when it is a directory.
   *
   * @param e the failure
   * @return what went wrong, without a stack trace
   */
  String describe(IOException e) {
    return isStandardInput()
        ? RestorativeCommand.describe(e)
        : RestorativeCommand.describe(e, Path.of(name));
  }

  /**
   * Reads every case of the input, handing each to the sink as it is read.
   *
   * @param stdin standard input, for {@code -}; never closed
   * @param json the reader, strict or lenient
   * @param sink takes each result
   * @throws IOException if the input cannot be opened or read
   */
  void read(InputStream stdin, CaseJson json, Sink sink) throws IOException {
    read(stdin, json, 1, (line, result) -> () -> sink.accept(line, result));
  }

  /**
   * Reads every case of the input: NDJSON lines are read and prepared on {@code threads} threads
   * ({@link NdjsonReader#forEachInOrder}), and the steps they leave are taken on this thread in
   * input order, so what they write comes out as one thread would write it. A whole document is
   * read and prepared on this thread.
   *
   * @param stdin standard input, for {@code -}; never closed
   * @param json the reader, strict or lenient
   * @param threads how many threads read NDJSON lines; 1 reads them all on this thread
   * @param work prepares each result; an exception it throws is thrown here in the result's turn
   * @throws IOException if the input cannot be opened or read
   */
  void read(InputStream stdin, CaseJson json, int threads, Work work) throws IOException {
    try (InputStream raw =
        isStandardInput() ? new KeepOpen(stdin) : Files.newInputStream(Path.of(name))) {
      InputStream in = new BufferedInputStream(raw, 1 << 16);
      boolean ndjson;
      if (hasNdjsonExtension()) {
        ndjson = true;
      } else {
        Sniffed sniffed = sniff(in);
        ndjson = sniffed.ndjson();
        in = new SequenceInputStream(new ByteArrayInputStream(sniffed.prefix()), in);
      }
      if (ndjson) {
        try (NdjsonReader lines = json.readNdjson(new KeepOpen(in))) {
          lines.forEachInOrder(
              threads,
              line -> work.prepare(OptionalLong.of(line.number()), line.result()),
              Runnable::run);
        }
      } else {
        work.prepare(OptionalLong.empty(), json.read(in)).run();
      }
    }
  }

  private boolean hasNdjsonExtension() {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
  }

  /**
   * The bytes looked at, to be read again, and the decision. A class rather than a record: a record
   * would compare and print its bytes by identity.
   */
  static final class Sniffed {
    private final byte[] prefix;
    private final boolean ndjson;

    Sniffed(byte[] prefix, boolean ndjson) {
      this.prefix = prefix;
      this.ndjson = ndjson;
    }

    /** The bytes read so far, in order. */
    byte[] prefix() {
      return prefix;
    }

    /** Whether the input is NDJSON. */
    boolean ndjson() {
      return ndjson;
    }
  }

  /**
   * Looks at the start of an input to decide whether it is NDJSON: reads up to the first non-blank
   * byte of the second non-blank line, or the end, or a limit. A UTF-8 byte-order mark at the very
   * start is passed over (and kept in the prefix, for the reader to skip in turn).
   */
  static Sniffed sniff(InputStream in) throws IOException {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    long limit = CaseJson.MAX_DOCUMENT_LENGTH + 2L;
    int b = in.read();
    if (b >= 0) {
      seen.write(b);
    }
    if (b == 0xEF) {
      if (!restOfByteOrderMark(in, seen)) {
        return new Sniffed(seen.toByteArray(), false);
      }
      b = skipBlank(in, seen);
    } else if (isBlank(b) || b == '\n') {
      b = skipBlank(in, seen);
    }
    if (b != '{') {
      return new Sniffed(seen.toByteArray(), false);
    }
    int last = b;
    while (true) {
      b = in.read();
      if (b < 0) {
        return new Sniffed(seen.toByteArray(), false);
      }
      seen.write(b);
      if (b == '\n') {
        break;
      }
      if (!isBlank(b)) {
        last = b;
      }
      if (seen.size() > limit) {
        return new Sniffed(seen.toByteArray(), false);
      }
    }
    if (last != '}') {
      return new Sniffed(seen.toByteArray(), false);
    }
    int next = skipBlank(in, seen);
    return new Sniffed(seen.toByteArray(), next >= 0);
  }

  /**
   * Reads the two bytes that complete a UTF-8 byte-order mark after its first byte, keeping them in
   * {@code seen}; returns false if they are not there.
   */
  private static boolean restOfByteOrderMark(InputStream in, ByteArrayOutputStream seen)
      throws IOException {
    for (int expected : new int[] {0xBB, 0xBF}) {
      int b = in.read();
      if (b < 0) {
        return false;
      }
      seen.write(b);
      if (b != expected) {
        return false;
      }
    }
    return true;
  }

  /** Reads past blanks and line ends; returns the first other byte (kept in {@code seen}) or -1. */
  private static int skipBlank(InputStream in, ByteArrayOutputStream seen) throws IOException {
    while (true) {
      int b = in.read();
      if (b < 0) {
        return -1;
      }
      seen.write(b);
      if (!isBlank(b) && b != '\n') {
        return b;
      }
    }
  }

  private static boolean isBlank(int b) {
    return b == ' ' || b == '\t' || b == '\r';
  }

  /** Keeps a stream open when a reader closes it. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }

    @Override
    public void close() {}
  }
}
