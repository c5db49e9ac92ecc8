package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;

/**
 * The problems listed for one document are capped at {@link CaseJson#MAX_PROBLEMS}: past it, one
 * {@code JSON_TOO_MANY_PROBLEMS} error at the document gives the count of the rest, and the record
 * is not read. A document under the cap is reported as before.
 */
class ProblemCapTest {

  private static final String TYPES = "\"types\": [ \"PHYSICAL\", \"PSYCHOLOGICAL_EMOTIONAL\" ]";

  static String completed() {
    return JsonFixtures.read(JsonFixtures.goldenFile(Stage.CLOSED_COMPLETED));
  }

  /** Harm 0's types hold {@code count} numbers where codes belong: one wrong type each. */
  static String withWrongTypes(int count) {
    String numbers = IntStream.range(0, count).mapToObj(i -> "7").collect(Collectors.joining(","));
    return completed().replace(TYPES, "\"types\": [" + numbers + "]");
  }

  /** Harm 0 holds {@code count} properties the format does not define. */
  static String withUnknownProperties(int count) {
    String extra =
        IntStream.range(0, count)
            .mapToObj(i -> "\"x" + i + "\": 1")
            .collect(Collectors.joining(","));
    return completed().replace(TYPES, TYPES + "," + extra);
  }

  @Test
  void the_fixtures_plant_what_they_say() {
    assertThat(completed()).contains(TYPES);
    assertThat(withWrongTypes(3)).doesNotContain(TYPES).contains("\"types\": [7,7,7]");
    assertThat(withUnknownProperties(2)).contains("\"x0\": 1,\"x1\": 1");
  }

  @Test
  void far_more_problems_than_the_cap_give_the_cap_and_one_count_of_the_rest() {
    int planted = CaseJson.MAX_PROBLEMS * 5 + 123;
    ReadResult result = CaseJson.strict().read(withWrongTypes(planted));

    List<Violation> problems = result.problems();
    assertThat(problems).hasSize(CaseJson.MAX_PROBLEMS + 1);
    assertThat(problems.subList(0, CaseJson.MAX_PROBLEMS))
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.JSON_WRONG_TYPE.name()))
        .extracting(Violation::path)
        .startsWith("/harms/0/types/0", "/harms/0/types/1")
        .endsWith("/harms/0/types/" + (CaseJson.MAX_PROBLEMS - 1));
    Violation last = problems.get(CaseJson.MAX_PROBLEMS);
    assertThat(last.code()).isEqualTo(ProblemCode.JSON_TOO_MANY_PROBLEMS.name());
    assertThat(last.severity()).isEqualTo(Severity.ERROR);
    assertThat(last.path()).isEmpty();
    assertThat(last.message())
        .isEqualTo(
            "More than "
                + CaseJson.MAX_PROBLEMS
                + " problems were found; "
                + (planted - CaseJson.MAX_PROBLEMS)
                + " more are not listed.");
    assertThat(result.isRead()).isFalse();
  }

  @Test
  void one_problem_over_the_cap_is_counted_as_one() {
    ReadResult result = CaseJson.strict().read(withWrongTypes(CaseJson.MAX_PROBLEMS + 1));

    assertThat(result.problems()).hasSize(CaseJson.MAX_PROBLEMS + 1);
    Violation last = result.problems().get(CaseJson.MAX_PROBLEMS);
    assertThat(last.code()).isEqualTo(ProblemCode.JSON_TOO_MANY_PROBLEMS.name());
    assertThat(last.message()).endsWith("; 1 more are not listed.");
  }

  @Test
  void exactly_the_cap_lists_every_problem_without_a_count() {
    ReadResult result = CaseJson.strict().read(withWrongTypes(CaseJson.MAX_PROBLEMS));

    assertThat(result.problems())
        .hasSize(CaseJson.MAX_PROBLEMS)
        .extracting(Violation::code)
        .containsOnly(ProblemCode.JSON_WRONG_TYPE.name());
  }

  @Test
  void a_document_under_the_cap_is_reported_as_before() {
    ReadResult result = CaseJson.strict().read(withWrongTypes(3));

    assertThat(result.problems())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(ProblemCode.JSON_WRONG_TYPE.name(), "/harms/0/types/0"),
            tuple(ProblemCode.JSON_WRONG_TYPE.name(), "/harms/0/types/1"),
            tuple(ProblemCode.JSON_WRONG_TYPE.name(), "/harms/0/types/2"));
    assertThat(CaseJson.strict().read(completed()).problems()).isEmpty();
  }

  @Test
  void lenient_warnings_count_toward_the_cap_and_past_it_the_record_is_not_read() {
    ReadResult under = CaseJson.lenient().read(withUnknownProperties(10));
    assertThat(under.problems()).hasSize(10);
    assertThat(under.warnings()).hasSize(10);
    assertThat(under.isRead()).isTrue();

    ReadResult over = CaseJson.lenient().read(withUnknownProperties(CaseJson.MAX_PROBLEMS + 40));
    assertThat(over.problems()).hasSize(CaseJson.MAX_PROBLEMS + 1);
    assertThat(over.warnings()).hasSize(CaseJson.MAX_PROBLEMS);
    assertThat(over.errors())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.JSON_TOO_MANY_PROBLEMS.name()))
        .satisfies(p -> assertThat(p.message()).contains("; 40 more are not listed."));
    assertThat(over.isRead()).isFalse();
  }

  @Test
  void a_document_near_the_length_limit_full_of_problems_is_answered_with_the_cap() {
    // About 4.9 million wrong-typed elements in under ten million characters.
    int planted = (CaseJson.MAX_DOCUMENT_LENGTH - completed().length()) / 2 - 10;
    String document = withWrongTypes(planted);
    assertThat(document.length()).isLessThanOrEqualTo(CaseJson.MAX_DOCUMENT_LENGTH);

    ReadResult result = CaseJson.strict().read(document);

    assertThat(result.problems()).hasSize(CaseJson.MAX_PROBLEMS + 1);
    assertThat(result.problems().get(CaseJson.MAX_PROBLEMS).message())
        .contains("; " + (planted - CaseJson.MAX_PROBLEMS) + " more are not listed.");
  }

  @Test
  void each_ndjson_line_has_its_own_cap() throws IOException {
    String lines =
        withWrongTypes(CaseJson.MAX_PROBLEMS + 5).replace("\n", "")
            + "\n"
            + withWrongTypes(2).replace("\n", "")
            + "\n";
    try (NdjsonReader reader =
        CaseJson.strict()
            .readNdjson(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
      List<NdjsonReader.Line> read = new ArrayList<>();
      reader.forEachRemaining(read::add);
      assertThat(read).hasSize(2);
      assertThat(read.get(0).result().problems()).hasSize(CaseJson.MAX_PROBLEMS + 1);
      assertThat(read.get(1).result().problems())
          .extracting(Violation::code)
          .containsExactly(ProblemCode.JSON_WRONG_TYPE.name(), ProblemCode.JSON_WRONG_TYPE.name());
    }
  }
}
