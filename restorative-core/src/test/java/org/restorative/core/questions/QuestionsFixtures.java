package org.restorative.core.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessType;

/** The vocabulary of the question tests: shipped sets, a trust's own sets, uses and responses. */
final class QuestionsFixtures {

  private QuestionsFixtures() {}

  /** A sentinel personal text that must never appear in {@code toString()} or a message. */
  static final String ZEBEDEE = "Zebedee Quince";

  static final Instant USED_AT = Instant.parse("2025-04-02T10:15:00Z");

  static PartyId aPersonHarmed() {
    return PartyId.of("party-harmed-nurse");
  }

  static PartyId aPersonResponsible() {
    return PartyId.of("party-responsible-patient");
  }

  static MeetingId theConference() {
    return MeetingId.of("meeting-1");
  }

  static QuestionSetRef iirpResponsibleV1() {
    return QuestionSetRef.of(QuestionCatalogue.IIRP_RESPONSIBLE, 1);
  }

  static QuestionSetRef iirpHarmedV1() {
    return QuestionSetRef.of(QuestionCatalogue.IIRP_HARMED, 1);
  }

  /** A trust's source: its own restorative practice team's guidance. */
  static Source aTrustSource() {
    return new Source.Builder()
        .citation("Riverside NHS Foundation Trust restorative practice team, ward check-in guide")
        .url("https://intranet.example.nhs.uk/restorative/check-in")
        .retrievedOn(LocalDate.of(2025, 1, 15))
        .verification(Verification.VERIFIED)
        .build();
  }

  /** A trust's own set for a ward community circle after an incident. */
  static QuestionSet aTrustsOwnCircleSet() {
    return new QuestionSet.Builder()
        .id(QuestionSetId.of("RIVERSIDE_WARD_CIRCLE"))
        .version(1)
        .title("Ward community circle after an incident")
        .source(aTrustSource())
        .licenceNote("Written by the trust; free to use within the trust.")
        .audience(Audience.ALL)
        .phase(Phase.MEETING)
        .addProcessType(ProcessType.RESTORATIVE_CIRCLE)
        .addQuestion(Question.of(1, "How has what happened on the ward affected you?"))
        .addQuestion(
            new Question.Builder()
                .ordinal(2)
                .text("What would help you feel safe on the ward again?")
                .build())
        .addQuestion(
            new Question.Builder()
                .ordinal(3)
                .text("Who could help with that?")
                .optional(true)
                .followUpOf(2)
                .build())
        .status(QuestionSetStatus.ACTIVE)
        .build();
  }

  /** The trust's easy-read adaptation of the IIRP questions for the person harmed. */
  static QuestionSet anEasyReadAdaptationOfIirpHarmed() {
    return new QuestionSet.Builder()
        .id(QuestionSetId.of("RIVERSIDE_IIRP_HARMED_EASY_READ"))
        .version(1)
        .title("Easy read: questions for the person harmed")
        .source(aTrustSource())
        .licenceNote(
            "Easy-read adaptation by the trust of the IIRP questions; attribution to the IIRP kept.")
        .audience(Audience.PERSON_HARMED)
        .phase(Phase.MEETING)
        .addQuestion(Question.of(1, "What did you think when it happened?"))
        .addQuestion(Question.of(2, "How has it changed things for you?"))
        .addQuestion(Question.of(3, "What has been hardest?"))
        .addQuestion(Question.of(4, "What would make things right?"))
        .status(QuestionSetStatus.ACTIVE)
        .adaptationOf(iirpHarmedV1())
        .build();
  }

  /** The IIRP questions for the person responsible, used in the conference. */
  static QuestionSetUse theIirpQuestionsUsedInTheConference() {
    return new QuestionSetUse.Builder()
        .id(QuestionSetUseId.of("use-1"))
        .questionSet(iirpResponsibleV1())
        .usedAt(USED_AT)
        .meeting(theConference())
        .addResponse(
            Response.of(aPersonResponsible(), 1, "I pushed her when she told me to go back"))
        .addResponse(Response.of(aPersonResponsible(), 2, "That nobody was listening to me"))
        .addResponse(Response.declinedBy(aPersonResponsible(), 3))
        .build();
  }

  /**
   * Asserts that building a value fails a structural check whose message names the attribute and
   * holds none of the forbidden texts.
   */
  static void assertRejected(ThrowingCallable build, String attribute, String... forbidden) {
    assertThatIllegalArgumentException()
        .isThrownBy(build)
        .withMessageContaining(attribute)
        .satisfies(
            e -> {
              for (String text : forbidden) {
                assertThat(e.getMessage()).doesNotContain(text);
              }
            });
  }
}
