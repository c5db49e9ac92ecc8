package org.restorative.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The writer streams: each case's rows are written before the next case is made, and no case stays
 * reachable from the writer once it is written, so memory stays flat however many cases there are.
 */
class FlatMemoryTest {

  private static final int COHORT = 3_000;

  /** Counts what is written without keeping it: records and characters. */
  private static final class Counter implements Appendable {
    long records;
    long characters;

    @Override
    public Appendable append(CharSequence text) {
      for (int i = 0; i < text.length(); i++) {
        append(text.charAt(i));
      }
      return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
      return append(text.subSequence(start, end));
    }

    @Override
    public Appendable append(char c) {
      characters++;
      if (c == '\n') {
        records++;
      }
      return this;
    }
  }

  @Test
  void a_generated_cohort_is_written_a_case_at_a_time_and_no_case_is_held()
      throws IOException, InterruptedException {
    Map<ResearchTable, Counter> outputs = new LinkedHashMap<>();
    List<WeakReference<RestorativeCase>> written = new ArrayList<>();
    List<Long> casesWrittenBefore = new ArrayList<>();
    try (ResearchTableWriter writer =
        ResearchTableWriter.of(t -> outputs.computeIfAbsent(t, x -> new Counter()))) {
      Counter cases = outputs.get(ResearchTables.CASES);

      writer.writeAll(
          SyntheticCases.seeded(11)
              .cohort(COHORT)
              .peek(
                  c -> {
                    casesWrittenBefore.add(cases.records - 1);
                    written.add(new WeakReference<>(c));
                  }));

      assertThat(writer.cases()).isEqualTo(COHORT);
    }

    // Case n was made when exactly n cases were in the cases table: the one before was written.
    for (int n = 0; n < COHORT; n++) {
      assertThat(casesWrittenBefore.get(n)).isEqualTo(n);
    }
    assertThat(outputs.get(ResearchTables.CASES).records).isEqualTo(COHORT + 1);
    assertThat(outputs.get(ResearchTables.PARTIES).records).isGreaterThan(2L * COHORT);
    // Nothing holds the written cases: the collector takes them all.
    for (int attempt = 0;
        attempt < 20 && written.stream().anyMatch(w -> w.get() != null);
        attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(written).allSatisfy(w -> assertThat(w.get()).isNull());
  }
}
