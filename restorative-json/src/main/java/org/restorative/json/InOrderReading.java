package org.restorative.json;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The work behind {@link NdjsonReader#forEachInOrder}: the calling thread splits lines from the
 * stream and hands them out, worker threads decode, read and work on them, and the calling thread
 * takes the results back oldest first, so they come out in input order. At most a window of lines
 * is in flight — {@link #LINES_PER_THREAD} per thread, and no more than {@link #BYTES_IN_FLIGHT}
 * bytes of them once one line is out — so memory stays flat however long the stream.
 */
final class InOrderReading {

  /** How many lines each worker thread may have waiting or in hand. */
  static final int LINES_PER_THREAD = 256;

  /**
   * How many bytes of split lines may be in flight before the reader waits for the oldest: a line
   * is always handed out when none is, however long it is.
   */
  static final long BYTES_IN_FLIGHT = 32L << 20;

  /** The start of every worker thread's name, followed by the run's number and the thread's. */
  static final String THREAD_NAME = "restorative-ndjson-";

  private static final AtomicInteger RUNS = new AtomicInteger();

  private InOrderReading() {}

  /** What one line came to on its worker. */
  private sealed interface Outcome<R> permits Done, Blank, Failed {}

  /** The line was worked on. */
  private record Done<R>(R value) implements Outcome<R> {}

  /** The line was blank: nothing to hand on. */
  private record Blank<R>() implements Outcome<R> {}

  /** Reading or working on the line threw. */
  private record Failed<R>(Throwable failure) implements Outcome<R> {}

  /** A line handed out, and how many bytes it holds. */
  private record InFlight<R>(Future<Outcome<R>> outcome, long bytes) {}

  static <R> void run(
      NdjsonReader reader,
      CaseJson json,
      int threads,
      Function<? super NdjsonReader.Line, ? extends R> work,
      Consumer<? super R> inOrder) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (threads == 1) {
      sequential(reader, json, work, inOrder);
    } else {
      parallel(reader, json, threads, work, inOrder);
    }
  }

  /** One thread: the calling thread does everything, one line after another. */
  private static <R> void sequential(
      NdjsonReader reader,
      CaseJson json,
      Function<? super NdjsonReader.Line, ? extends R> work,
      Consumer<? super R> inOrder) {
    Optional<NdjsonReader.Line> buffered = reader.takeBuffered();
    if (buffered.isPresent()) {
      inOrder.accept(work.apply(buffered.get()));
    }
    while (!reader.isClosed()) {
      Optional<NdjsonReader.RawLine> raw = split(reader);
      if (raw.isEmpty()) {
        return;
      }
      Optional<NdjsonReader.Line> line = NdjsonReader.read(json, raw.get());
      if (line.isPresent() && !reader.isClosed()) {
        inOrder.accept(work.apply(line.get()));
      }
    }
  }

  private static <R> void parallel(
      NdjsonReader reader,
      CaseJson json,
      int threads,
      Function<? super NdjsonReader.Line, ? extends R> work,
      Consumer<? super R> inOrder) {
    List<Thread> started = new CopyOnWriteArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(threads, workerThreads(started));
    try {
      ArrayDeque<InFlight<R>> window = new ArrayDeque<>();
      int maxLines = threads * LINES_PER_THREAD;
      long bytes = 0;
      boolean split = false;
      RuntimeException splitFailure = null;
      Optional<NdjsonReader.Line> buffered = reader.takeBuffered();
      if (buffered.isPresent()) {
        NdjsonReader.Line line = buffered.get();
        window.add(new InFlight<>(workers.submit(() -> outcome(() -> Optional.of(line), work)), 0));
      }
      while (!reader.isClosed()) {
        while (!split
            && window.size() < maxLines
            && (window.isEmpty() || bytes < BYTES_IN_FLIGHT)) {
          Optional<NdjsonReader.RawLine> raw;
          try {
            raw = split(reader);
          } catch (RuntimeException e) {
            // Handed on once every line split before it has been.
            splitFailure = e;
            split = true;
            break;
          }
          if (raw.isEmpty()) {
            split = true;
            break;
          }
          NdjsonReader.RawLine line = raw.get();
          bytes += line.bytes().length;
          window.add(
              new InFlight<>(
                  workers.submit(() -> outcome(() -> NdjsonReader.read(json, line), work)),
                  line.bytes().length));
        }
        InFlight<R> oldest = window.poll();
        if (oldest == null) {
          break;
        }
        bytes -= oldest.bytes();
        Outcome<R> outcome = await(oldest.outcome());
        if (reader.isClosed()) {
          break;
        }
        if (outcome instanceof Done<R> done) {
          inOrder.accept(done.value());
        } else if (outcome instanceof Failed<R> failed) {
          throw rethrow(failed.failure());
        }
      }
      if (splitFailure != null && !reader.isClosed()) {
        throw splitFailure;
      }
    } finally {
      stop(workers, started);
    }
  }

  /** The next raw line, or empty at the end or once the reader is closed. */
  private static Optional<NdjsonReader.RawLine> split(NdjsonReader reader) {
    try {
      return reader.nextRaw();
    } catch (RuntimeException e) {
      if (reader.isClosed()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Runs on a worker: reads one line and works on it, keeping whatever either throws. */
  private static <R> Outcome<R> outcome(
      Supplier<Optional<NdjsonReader.Line>> read,
      Function<? super NdjsonReader.Line, ? extends R> work) {
    try {
      Optional<NdjsonReader.Line> line = read.get();
      return line.isPresent() ? new Done<>(work.apply(line.get())) : new Blank<>();
    } catch (RuntimeException | Error e) {
      return new Failed<>(e);
    }
  }

  private static <R> Outcome<R> await(Future<Outcome<R>> outcome) {
    // A line already done is handed back without a wait, where the interrupt would be seen; so the
    // interrupt is looked at first, and the reading stops at the next line whatever its state.
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("the reading was interrupted");
    }
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("the reading was interrupted");
    } catch (ExecutionException e) {
      // outcome() keeps every exception, so only an Error of the pool itself can land here.
      throw rethrow(e.getCause() != null ? e.getCause() : e);
    }
  }

  /** Throws an unchecked exception as it is; anything else cannot come from a Function. */
  private static RuntimeException rethrow(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException("a worker failed", failure);
  }

  /**
   * Stops the workers and waits until each thread has ended, so that no thread outlives the call
   * and no work runs after it: lines not started are dropped, and the running ones interrupted.
   */
  private static void stop(ExecutorService workers, List<Thread> started) {
    workers.shutdownNow();
    boolean interrupted = false;
    for (Thread thread : started) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Daemon threads named {@code restorative-ndjson-RUN-N}, so that none keeps the JVM alive, each
   * kept in {@code started} to be waited for.
   */
  private static ThreadFactory workerThreads(List<Thread> started) {
    int run = RUNS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, THREAD_NAME + run + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      started.add(thread);
      return thread;
    };
  }
}
