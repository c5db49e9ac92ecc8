package org.restorative.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * {@link ResearchTableWriter#rows} and {@link ResearchTableWriter#writeRows}: rows made on other
 * threads and written in order give the tables that writing each case gives.
 */
class CaseRowsTest {

  private static Map<ResearchTable, String> written(Writing writing) throws Exception {
    Map<ResearchTable, StringBuilder> outputs = new LinkedHashMap<>();
    try (ResearchTableWriter writer =
        ResearchTableWriter.of(t -> outputs.computeIfAbsent(t, x -> new StringBuilder()))) {
      writing.to(writer);
      assertThat(writer.cases()).isEqualTo(300);
    }
    Map<ResearchTable, String> text = new LinkedHashMap<>();
    outputs.forEach((table, out) -> text.put(table, out.toString()));
    return text;
  }

  /** One way of writing the cohort. */
  private interface Writing {
    void to(ResearchTableWriter writer) throws Exception;
  }

  @Test
  void rows_made_on_other_threads_and_written_in_order_are_the_rows_of_each_case_written()
      throws Exception {
    List<RestorativeCase> cohort = SyntheticCases.seeded(5).cohort(300).toList();
    Map<ResearchTable, String> oneByOne =
        written(
            writer -> {
              for (RestorativeCase c : cohort) {
                writer.write(c);
              }
            });
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      Map<ResearchTable, String> madeApart =
          written(
              writer -> {
                List<Future<ResearchTableWriter.CaseRows>> rows =
                    cohort.stream()
                        .map(c -> threads.submit(() -> ResearchTableWriter.rows(c)))
                        .toList();
                for (Future<ResearchTableWriter.CaseRows> one : rows) {
                  writer.writeRows(one.get());
                }
              });
      assertThat(madeApart).isEqualTo(oneByOne);
      assertThat(oneByOne.get(ResearchTables.CASES).lines()).hasSize(301);
    } finally {
      threads.shutdownNow();
    }
  }
}
