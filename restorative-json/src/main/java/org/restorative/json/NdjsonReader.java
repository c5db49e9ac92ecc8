package org.restorative.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads NDJSON one line at a time: each line is a document of its own, read with its reader's
 * strictness, so memory stays flat whatever the length of the stream and one bad line never stops
 * the lines after it. A line longer than {@link CaseJson#MAX_DOCUMENT_LENGTH} characters is skipped
 * unread and reported. Blank lines are skipped. Each line's bytes are checked as UTF-8 on their
 * own: a line that is not valid UTF-8 is refused with {@code JSON_INVALID_ENCODING}, never decoded
 * into replacement characters, and the lines after it are read. A byte-order mark before line 1 is
 * skipped.
 *
 * <pre>{@code
 * try (NdjsonReader lines = CaseJson.strict().readNdjson(in)) {
 *   lines.stream().forEach(line -> ...line.number()... line.result()...);
 * }
 * }</pre>
 *
 * <p>{@link #forEachInOrder} reads the lines on several threads and still hands the results back in
 * input order, with a bounded number of lines in flight.
 *
 * <p>A reader is used by one thread at a time; only {@link #close()} may come from another.
 */
public final class NdjsonReader implements Iterator<NdjsonReader.Line>, Closeable {

  /**
   * One line's outcome.
   *
   * @param number the line number, from 1
   * @param result the case read from it and its problems
   */
  public record Line(long number, ReadResult result) {}

  /** The most bytes a line of at most {@link CaseJson#MAX_DOCUMENT_LENGTH} characters can take. */
  private static final int MAX_LINE_BYTES = CaseJson.MAX_DOCUMENT_LENGTH * 4;

  private final CaseJson json;
  private final InputStream in;

  /**
   * The bytes read from the stream and not yet split: {@code buffer[position..length)}. It holds at
   * least the line being split, so it grows, up to one byte more than the longest line, only while
   * a longer line than it can hold is being split.
   */
  private byte[] buffer = new byte[1 << 16];

  private int position;
  private int length;
  private long number;
  private Optional<Line> next = Optional.empty();
  private boolean done;
  private volatile boolean closed;

  NdjsonReader(CaseJson json, InputStream ndjson) {
    this.json = json;
    this.in = ndjson;
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
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
  }

  /**
   * Reads the remaining lines on {@code threads} threads, works on each, and hands the results to
   * {@code inOrder} on the calling thread in input order: {@code inOrder} takes the same results,
   * in the same order, as in the loop {@code while (hasNext()) inOrder.accept(work.apply(next()))}
   * on one thread — only {@code work} runs on other threads, several lines at once. Blank lines are
   * skipped as {@link #next()} skips them, and line numbers are those of the input.
   *
   * <pre>{@code
   * try (NdjsonReader lines = CaseJson.strict().readNdjson(in)) {
   *   lines.forEachInOrder(
   *       Runtime.getRuntime().availableProcessors(),
   *       line -> report(line.number(), line.result()),  // on a worker: read, check, format
   *       System.out::print);                            // on this thread, line after line
   * }
   * }</pre>
   *
   * <p>The calling thread splits the lines from the stream, so the stream is read by that thread
   * alone, and the workers decode and read them and run {@code work}. Memory stays bounded: at most
   * 256 lines per thread are in flight (split and not yet handed to {@code inOrder}), and no more
   * than 32 MiB of them once one line is; the whole stream is never held. With {@code threads} 1 no
   * thread is started: the calling thread does it all.
   *
   * <p>{@code work} may run on several threads at once, so it must be safe to call concurrently
   * (the {@link CaseJson} readers and the rule sets are), for instance by keeping what it gathers
   * in one object per thread. Each line's result is handed on once, in order.
   *
   * <p>Exceptions arrive where they would in the loop above:
   *
   * <ul>
   *   <li>An exception thrown by {@code work} for line <i>k</i> is thrown by this method, as it is,
   *       after {@code inOrder} has taken every line before <i>k</i> and before it takes any after:
   *       the results of later lines, which may already have been worked on, are dropped. To go on
   *       after a failing line, catch in {@code work} and hand on a result that says so.
   *   <li>An exception thrown by {@code inOrder} is thrown by this method at once.
   *   <li>A failure to read the stream ({@link java.io.UncheckedIOException}) is thrown once every
   *       line before it has been handed on.
   *   <li>If the calling thread is interrupted while it waits for a line, the reading stops with a
   *       {@link CancellationException}, and the thread keeps its interrupt status.
   * </ul>
   *
   * <p>If the reader is {@linkplain #close() closed} meanwhile — by {@code inOrder} or by another
   * thread — the reading stops and this method returns normally, handing on no more lines. In every
   * case the method returns or throws only once every thread it started has ended: lines not yet
   * started are dropped and running ones interrupted, and the threads are daemon threads named
   * {@code restorative-ndjson-}, so none outlives the call.
   *
   * @param threads how many threads work on lines, at least 1
   * @param work what is done with each line, such as reading, checking and formatting an output
   *     line; on a worker thread
   * @param inOrder takes each line's result, in input order, on the calling thread
   * @param <R> what {@code work} makes of a line
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public <R> void forEachInOrder(
      int threads, Function<? super Line, ? extends R> work, Consumer<? super R> inOrder) {
    InOrderReading.run(this, json, threads, work, inOrder);
  }

  /** The line {@link #hasNext()} has read ahead and not yet handed on, taken from the reader. */
  Optional<Line> takeBuffered() {
    Optional<Line> buffered = next;
    next = Optional.empty();
    return buffered;
  }

  /** Whether {@link #close()} has been called. */
  boolean isClosed() {
    return closed;
  }

  /**
   * One physical line as it was split from the stream, before it is decoded and read: the two steps
   * are apart so that lines can be split in order on one thread and read on others. It holds the
   * line number (from 1), the line's bytes without its newline (none when it was longer than {@code
   * MAX_LINE_BYTES}), and whether it was longer than any line of at most {@link
   * CaseJson#MAX_DOCUMENT_LENGTH} characters can be.
   */
  static final class RawLine {
    private final long number;
    private final byte[] bytes;
    private final boolean tooLong;

    RawLine(long number, byte[] bytes, boolean tooLong) {
      this.number = number;
      this.bytes = bytes;
      this.tooLong = tooLong;
    }

    long number() {
      return number;
    }

    boolean tooLong() {
      return tooLong;
    }

    /** The bytes themselves, not a copy: a raw line is handed on, never shared. */
    byte[] bytes() {
      return bytes;
    }
  }

  /** Reads one physical line: empty when it was blank, or at the end. */
  private Optional<Line> readLine() {
    Optional<RawLine> raw = nextRaw();
    return raw.isPresent() ? read(json, raw.get()) : Optional.empty();
  }

  /**
   * Splits the next physical line from the stream, without decoding or reading it: empty at the
   * end. Each line's bytes are copied once, from the buffer into the line's own array.
   */
  Optional<RawLine> nextRaw() {
    if (done) {
      return Optional.empty();
    }
    int scanned = position; // buffer[position..scanned) holds no newline
    while (true) {
      int newline = newline(buffer, scanned, length);
      if (newline >= 0) {
        byte[] bytes = Arrays.copyOfRange(buffer, position, newline);
        position = newline + 1;
        return Optional.of(new RawLine(++number, bytes, false));
      }
      if (length - position > MAX_LINE_BYTES) {
        return Optional.of(skipRestOfLine());
      }
      scanned = length - position;
      if (!fill()) {
        done = true;
        if (length == position) {
          return Optional.empty();
        }
        byte[] bytes = Arrays.copyOfRange(buffer, position, length); // the last line, unended
        position = length;
        return Optional.of(new RawLine(++number, bytes, false));
      }
    }
  }

  /**
   * Skips a line longer than any line of at most {@link CaseJson#MAX_DOCUMENT_LENGTH} characters
   * can be, up to its newline or the end, and returns it without its bytes.
   */
  private RawLine skipRestOfLine() {
    position = length;
    while (true) {
      int newline = newline(buffer, position, length);
      if (newline >= 0) {
        position = newline + 1;
        break;
      }
      position = length;
      if (!fill()) {
        done = true;
        break;
      }
    }
    return new RawLine(++number, new byte[0], true);
  }

  /**
   * The index of the first newline in {@code bytes[from..to)}, or -1: eight bytes at a time, each
   * eight read as one {@code long} in which a byte equal to a newline is found without a branch for
   * each byte.
   */
  static int newline(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      // A newline is a byte of zero once every byte is XORed with a newline.
      long zeros = EightBytes.zeros(EightBytes.at(bytes, i) ^ NEWLINES);
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static final long NEWLINES = EightBytes.repeated((byte) '\n');

  /**
   * Decodes and reads one line split by {@link #nextRaw}: empty when it is blank. Needs nothing of
   * the reader's state, so lines may be read on any thread and in any order.
   */
  static Optional<Line> read(CaseJson json, RawLine raw) {
    if (raw.tooLong()) {
      return Optional.of(new Line(raw.number(), CaseJson.tooLong()));
    }
    byte[] bytes = raw.bytes();
    int used = bytes.length;
    if (used > 0 && bytes[used - 1] == '\r') {
      used--;
    }
    if (used > 0 && bytes[0] == '{') {
      // Not blank, and not a byte-order mark: the bytes themselves can be parsed.
      ReadResult read = json.readUtf8(bytes, 0, used);
      if (read != null) {
        return Optional.of(new Line(raw.number(), read));
      }
    }
    if (CaseJson.isPlainAscii(bytes, 0, used)) {
      return isBlank(bytes, used)
          ? Optional.empty()
          : Optional.of(new Line(raw.number(), json.readAscii(bytes, 0, used)));
    }
    int from =
        raw.number() == 1 && startsWithByteOrderMark(bytes, used) ? BYTE_ORDER_MARK.length : 0;
    Optional<String> text = CaseJson.decode(bytes, from, used - from);
    if (text.isEmpty()) {
      return Optional.of(new Line(raw.number(), CaseJson.invalidEncoding()));
    }
    if (text.get().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Line(raw.number(), json.readText(text.get())));
  }

  /** Whether ASCII bytes are all white space, as {@link String#isBlank} judges their text. */
  private static boolean isBlank(byte[] ascii, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace((char) ascii[i])) {
        return false;
      }
    }
    return true;
  }

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static boolean startsWithByteOrderMark(byte[] line, int used) {
    return used >= 3
        && line[0] == BYTE_ORDER_MARK[0]
        && line[1] == BYTE_ORDER_MARK[1]
        && line[2] == BYTE_ORDER_MARK[2];
  }

  /**
   * Reads more of the stream after the bytes not yet split, which are first moved to the start of
   * the buffer, or the buffer grown when they fill it; false at the end of the stream.
   */
  private boolean fill() {
    int kept = length - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, kept);
    } else if (kept == buffer.length) {
      buffer = Arrays.copyOf(buffer, (int) Math.min(buffer.length * 2L, MAX_LINE_BYTES + 1L));
    }
    position = 0;
    length = kept;
    int read;
    try {
      read = in.read(buffer, kept, buffer.length - kept);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (read <= 0) {
      return false;
    }
    length += read;
    return true;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    in.close();
  }
}
