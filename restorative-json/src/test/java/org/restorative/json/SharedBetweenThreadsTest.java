package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * One strict and one lenient {@link CaseJson}, shared by eight threads over a generated cohort at
 * every stage, write the same bytes and read the same cases and problems as on one thread, whatever
 * the order the cases are taken in: documents, their bytes and lines, NDJSON batches, and documents
 * with a property the format does not define.
 */
class SharedBetweenThreadsTest {

  static final int PER_STAGE = 17;
  static final int BATCH = 12;
  static final int THREADS = 8;
  static final int PASSES = 2;

  static final CaseJson STRICT = CaseJson.strict();
  static final CaseJson LENIENT = CaseJson.lenient();

  static List<RestorativeCase> cohort;
  static ExecutorService pool;

  @BeforeAll
  static void cohortAtEveryStageAndAPool() {
    SyntheticCases synthetic = SyntheticCases.seeded(20261206L);
    cohort = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      for (int i = 0; i < PER_STAGE; i++) {
        cohort.add(synthetic.caseAt(stage, i));
      }
    }
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void shutDown() throws InterruptedException {
    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
  }

  /**
   * What writing a case gives, and reading it back: the document, its UTF-8 bytes and its line; the
   * strict read of the bytes; and the lenient read of the document with one property the format
   * does not define.
   */
  record Written(
      String document, byte[] bytes, String line, ReadResult read, ReadResult lenientUnknown) {

    /** Compares the bytes by content, which a record's own {@code equals} does not. */
    boolean sameAs(Written other) {
      return document.equals(other.document)
          && Arrays.equals(bytes, other.bytes)
          && line.equals(other.line)
          && read.equals(other.read)
          && lenientUnknown.equals(other.lenientUnknown);
    }
  }

  static Written written(int index) {
    RestorativeCase c = cohort.get(index);
    String document = STRICT.write(c);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LENIENT.write(c, out);
    byte[] bytes = out.toByteArray();
    String unknown = "{\"localNote\": 1," + document.substring(1);
    return new Written(
        document, bytes, STRICT.writeLine(c), STRICT.read(bytes), LENIENT.read(unknown));
  }

  /** What a batch of cases gives as NDJSON: the bytes written, and the lines read back. */
  record Batch(byte[] bytes, List<NdjsonReader.Line> lines) {

    boolean sameAs(Batch other) {
      return Arrays.equals(bytes, other.bytes) && lines.equals(other.lines);
    }
  }

  static Batch batch(int index) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    STRICT.writeNdjson(cohort.subList(index * BATCH, (index + 1) * BATCH).stream(), out);
    byte[] bytes = out.toByteArray();
    try (NdjsonReader reader = LENIENT.readNdjson(new ByteArrayInputStream(bytes))) {
      return new Batch(bytes, reader.stream().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void shared_readers_and_writers_give_on_many_threads_what_they_give_on_one() {
    List<Written> one =
        IntStream.range(0, cohort.size()).mapToObj(SharedBetweenThreadsTest::written).toList();

    for (int pass = 0; pass < PASSES; pass++) {
      List<Written> many = onThreads(cohort.size(), SharedBetweenThreadsTest::written, pass);
      assertThat(
              IntStream.range(0, one.size()).filter(i -> !one.get(i).sameAs(many.get(i))).boxed())
          .isEmpty();
    }
    assertThat(one)
        .allSatisfy(
            w -> {
              assertThat(w.read().restorativeCase()).isPresent();
              assertThat(w.read().problems()).isEmpty();
              assertThat(w.lenientUnknown().restorativeCase())
                  .isEqualTo(w.read().restorativeCase());
              assertThat(w.lenientUnknown().problems())
                  .extracting(Violation::code, Violation::path)
                  .containsExactly(tuple(ProblemCode.JSON_UNKNOWN_PROPERTY.name(), ""));
              assertThat(w.line()).doesNotContain("\n");
            });
    assertThat(one).extracting(w -> w.read().restorativeCase().orElseThrow()).isEqualTo(cohort);
  }

  @Test
  void shared_ndjson_writers_and_readers_give_on_many_threads_what_they_give_on_one() {
    int batches = cohort.size() / BATCH;
    List<Batch> one =
        IntStream.range(0, batches).mapToObj(SharedBetweenThreadsTest::batch).toList();

    for (int pass = 0; pass < PASSES; pass++) {
      List<Batch> many = onThreads(batches, SharedBetweenThreadsTest::batch, pass);
      assertThat(IntStream.range(0, batches).filter(i -> !one.get(i).sameAs(many.get(i))).boxed())
          .isEmpty();
    }
    assertThat(one)
        .flatExtracting(Batch::lines)
        .extracting(line -> line.result().restorativeCase().orElseThrow())
        .isEqualTo(cohort);
    assertThat(new String(one.get(0).bytes(), StandardCharsets.UTF_8).lines()).hasSize(BATCH);
  }

  /**
   * Runs a function over the indices 0 to {@code size - 1} on the shared pool, in an order shuffled
   * by the pass, and gives the results back in index order.
   */
  static <T> List<T> onThreads(int size, IntFunction<T> f, int pass) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
    Collections.shuffle(order, new Random(pass));
    List<CompletableFuture<Map.Entry<Integer, T>>> futures =
        order.stream()
            .map(i -> CompletableFuture.supplyAsync(() -> Map.entry(i, f.apply(i)), pool))
            .toList();
    List<T> results = new ArrayList<>(Collections.nCopies(size, null));
    for (CompletableFuture<Map.Entry<Integer, T>> future : futures) {
      Map.Entry<Integer, T> result = future.join();
      results.set(result.getKey(), result.getValue());
    }
    return results;
  }
}
