package org.restorative.json;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads NDJSON one line at a time: each line is a document of its own, read with its reader's
 * strictness, so memory stays flat whatever the length of the stream and one bad line never stops the
 * lines after it. A line longer than {@link CaseJson#MAX_DOCUMENT_LENGTH} characters is skipped
 * unread and reported. Blank lines are skipped.
 *
 * <pre>{@code
 * try (NdjsonReader lines = CaseJson.strict().readNdjson(in)) {
 *   lines.stream().forEach(line -> ...line.number()... line.result()...);
 * }
 * }</pre>
 */
public final class NdjsonReader implements Iterator<NdjsonReader.Line>, Closeable {

  /**
   * One line's outcome.
   *
   * @param number the line number, from 1
   * @param result the case read from it and its problems
   */
  public record Line(long number, ReadResult result) {}

  private final CaseJson json;
  private final BufferedReader in;
  private long number;
  private Optional<Line> next = Optional.empty();
  private boolean done;

  NdjsonReader(CaseJson json, InputStream ndjson) {
    this.json = json;
    this.in = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8));
  }

  @Override
  public boolean hasNext() {
    while (next.isEmpty() && !done) {
      next = readLine();
    }
    return next.isPresent();
  }

  @Override
  public Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Line line = next.get();
    next = Optional.empty();
    return line;
  }

  /**
   * The remaining lines as a sequential stream; closing the stream does not close the reader.
   *
   * @return the lines
   */
  public Stream<Line> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
  }

  /** Reads one physical line: empty when it was blank, or at the end. */
  private Optional<Line> readLine() {
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    try {
      int c = in.read();
      if (c < 0) {
        done = true;
        return Optional.empty();
      }
      while (c >= 0 && c != '\n') {
        if (line.length() < CaseJson.MAX_DOCUMENT_LENGTH) {
          line.append((char) c);
        } else {
          tooLong = true;
        }
        c = in.read();
      }
      if (c < 0) {
        done = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    number++;
    if (tooLong) {
      return Optional.of(new Line(number, CaseJson.tooLong()));
    }
    String text = line.toString();
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Line(number, json.read(text)));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
