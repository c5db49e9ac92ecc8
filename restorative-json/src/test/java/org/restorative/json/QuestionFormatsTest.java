package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.json.FormatRoundTrip.assertReadsBack;
import static org.restorative.json.FormatRoundTrip.write;
import static org.restorative.json.OneObjectChanged.assertBothAccept;
import static org.restorative.json.OneObjectChanged.assertBothRefuse;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.QuestionSetUseId;
import org.restorative.core.questions.Response;
import org.restorative.core.synthetic.SyntheticCases;

class QuestionFormatsTest {

  private static List<RestorativeCase> cases;

  @BeforeAll
  static void cohort() {
    cases = SyntheticCases.seeded(7L).cohort(300).collect(Collectors.toList());
  }

  @Test
  void questionSetUsesOfSyntheticCasesRoundTrip() {
    List<QuestionSetUse> uses =
        cases.stream().flatMap(c -> c.questionSetUses().stream()).collect(Collectors.toList());
    assertThat(uses).isNotEmpty();
    for (QuestionSetUse use : uses) {
      assertReadsBack(
          QuestionFormats.QUESTION_SET_USE, use, write(QuestionFormats.QUESTION_SET_USE, use));
    }
  }

  @Test
  void aUseWithEveryKindOfResponseRoundTrips() {
    PartyId harmed = PartyId.of("P-1");
    PartyId responsible = PartyId.of("P-2");
    QuestionSetUse use =
        new QuestionSetUse.Builder()
            .id(QuestionSetUseId.of("QSU-1"))
            .questionSet(QuestionSetRef.of("IIRP_HARMED", 1))
            .usedAt(Instant.parse("2025-04-20T11:00:00Z"))
            .preparationContact(PreparationContactId.of("PC-1"))
            .addResponses(
                Response.of(harmed, 1, "I could not sleep for weeks."),
                Response.of(harmed, 2, true),
                Response.declinedBy(responsible, 1))
            .build();

    String text = write(QuestionFormats.QUESTION_SET_USE, use);

    assertThat(text)
        .contains(
            "\"questionSet\":{\"id\":\"IIRP_HARMED\",\"version\":1}",
            "\"preparationContact\":\"PC-1\"",
            "\"answer\"",
            "\"checked\":true",
            "\"declined\":true")
        .doesNotContain("\"meeting\"", "\"message\"");
    assertReadsBack(QuestionFormats.QUESTION_SET_USE, use, text);
  }

  @Test
  void declaredPropertiesAreTheAccessorsOfTheModelTypes() {
    assertMapsEveryAccessor(QuestionFormats.RESPONSE, Response.class, "declined");
    assertMapsEveryAccessor(QuestionFormats.QUESTION_SET_USE, QuestionSetUse.class);
  }

  @Test
  void answersAreMarkedPersonal() {
    assertThat(personal(QuestionFormats.RESPONSE)).containsExactly("answer");
    assertThat(personal(QuestionFormats.QUESTION_SET_USE)).isEmpty();
  }

  /**
   * The abstract accessors, plus the named {@code @Value.Default} ones (not visible at run time).
   */
  private static void assertMapsEveryAccessor(
      ObjectFormat<?, ?> format, Class<?> type, String... defaults) {
    Set<String> accessors =
        Stream.concat(
                Arrays.stream(type.getDeclaredMethods())
                    .filter(
                        m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
                    .map(Method::getName),
                Arrays.stream(defaults))
            .collect(Collectors.toSet());
    Set<String> declared =
        format.properties().stream().map(ObjectFormat.Property::name).collect(Collectors.toSet());
    assertThat(declared).as(type.getSimpleName()).isEqualTo(accessors);
  }

  private static List<String> personal(ObjectFormat<?, ?> format) {
    return format.properties().stream()
        .filter(ObjectFormat.Property::personal)
        .map(ObjectFormat.Property::name)
        .collect(Collectors.toList());
  }

  @Test
  void aUseOfAQuestionSetNamesExactlyOneContextForReaderAndSchema() {
    String golden = "closed-completed.json";
    String at = "/questionSetUses/0";
    assertBothRefuse(golden, at, u -> u.put("message", "message-1"));
    assertBothRefuse(golden, at, u -> u.remove("meeting"));
    assertBothAccept(golden, at, u -> u.put("preparationContact", "prep-10").remove("meeting"));
  }

  @Test
  void aDeclinedResponseHoldsNoAnswerForReaderAndSchema() {
    String golden = "closed-completed.json";
    String at = "/questionSetUses/0/responses/0";
    assertBothRefuse(golden, at, r -> r.put("declined", true));
    assertBothRefuse(
        golden, at, r -> r.put("declined", true).put("checked", false).remove("answer"));
    assertBothAccept(golden, at, r -> r.put("declined", true).remove("answer"));
  }
}
