package org.restorative.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int length;
  private long number;
  private Optional<Line> next = Optional.empty();
  private boolean done;

  NdjsonReader(CaseJson json, InputStream ndjson) {
    this.json = json;
    this.in = new InputStreamReader(ndjson, StandardCharsets.UTF_8);
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
    boolean ended = false;
    boolean any = false;
    while (!ended) {
      if (position == length && !fill()) {
        done = true;
        break;
      }
      any = true;
      int start = position;
      while (position < length && buffer[position] != '\n') {
        position++;
      }
      int take = Math.min(position - start, CaseJson.MAX_DOCUMENT_LENGTH - line.length());
      if (take < position - start) {
        tooLong = true;
      }
      line.append(buffer, start, Math.max(take, 0));
      if (position < length) {
        position++; // the newline
        ended = true;
      }
    }
    if (!any) {
      return Optional.empty();
    }
    number++;
    if (tooLong) {
      return Optional.of(new Line(number, CaseJson.tooLong()));
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    String text = line.toString();
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Line(number, json.read(text)));
  }

  private boolean fill() {
    try {
      length = in.read(buffer, 0, buffer.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    position = 0;
    if (length <= 0) {
      length = 0;
      return false;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
