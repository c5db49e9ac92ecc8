package org.restorative.core.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.restorative.core.process.ProcessType;

/** The shipped sets carry exactly the wording of the domain brief §5.2, in order. */
class ShippedQuestionSetsTest {

  private static QuestionSet shipped(QuestionSetId id) {
    return QuestionCatalogue.standard().find(QuestionSetRef.of(id, 1)).orElseThrow();
  }

  @Test
  void the_catalogue_ships_the_eleven_sets_of_the_brief_in_its_order_each_at_version_one() {
    assertThat(QuestionCatalogue.standard().sets())
        .extracting(QuestionSet::ref)
        .containsExactly(
            QuestionSetRef.of("IIRP_RESPONSIBLE", 1),
            QuestionSetRef.of("IIRP_HARMED", 1),
            QuestionSetRef.of("IIRP_CONFERENCE_SCRIPT", 1),
            QuestionSetRef.of("IIRP_CONFERENCE_MODEL_SUMMARY", 1),
            QuestionSetRef.of("THORSBORNE_RESPONSIBLE", 1),
            QuestionSetRef.of("THORSBORNE_HARMED", 1),
            QuestionSetRef.of("THORSBORNE_DEEPER", 1),
            QuestionSetRef.of("AGREEMENT_PHASE_ALL", 1),
            QuestionSetRef.of("DEKKER_RESTORATIVE_JUST_CULTURE", 1),
            QuestionSetRef.of("DEKKER_RETRIBUTIVE_REFERENCE", 1),
            QuestionSetRef.of("RESTORATIVE_JUST_CULTURE_CHECKLIST", 1));
  }

  @Test
  void every_shipped_set_is_valid_and_rebuilds_to_an_equal_set() {
    for (QuestionSet set : QuestionCatalogue.standard().sets()) {
      QuestionSet rebuilt =
          new QuestionSet.Builder()
              .id(set.id())
              .version(set.version())
              .title(set.title())
              .source(set.source())
              .licenceNote(set.licenceNote())
              .audience(set.audience())
              .phase(set.phase())
              .addAllProcessTypes(set.processTypes())
              .addAllQuestions(set.questions())
              .status(set.status())
              .adaptationOf(set.adaptationOf())
              .build();
      assertThat(rebuilt).as(set.ref().toString()).isEqualTo(set);
      assertThat(set.title()).isNotBlank();
      assertThat(set.licenceNote()).isNotBlank();
      assertThat(set.source().citation()).isNotBlank();
      assertThat(set.source().url()).isPresent();
      assertThat(set.questions()).isNotEmpty();
      assertThat(set.isAdaptation()).isFalse();
      assertThat(set.questions())
          .extracting(Question::ordinal)
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, set.questions().size())
                  .boxed()
                  .collect(Collectors.toList()));
    }
  }

  @Test
  void iirp_questions_for_the_person_responsible() {
    QuestionSet set = shipped(QuestionCatalogue.IIRP_RESPONSIBLE);

    assertThat(set.wording())
        .containsExactly(
            "What happened?",
            "What were you thinking of at the time?",
            "What have you thought about since?",
            "Who has been affected by what you have done?",
            "In what way have they been affected?",
            "What do you think you need to do to make things right?");
    assertThat(set.audience()).isEqualTo(Audience.PERSON_RESPONSIBLE);
    assertThat(set.source().url())
        .contains("https://www.iirp.edu/news/time-to-think-using-restorative-questions");
    assertThat(set.source().citation()).contains("[IIRP-Q]").contains("[HANTS-SCP]");
    assertThat(set.source().verification()).isEqualTo(Verification.VERIFIED);
    assertThat(set.questions()).noneMatch(Question::optional);
  }

  @Test
  void iirp_questions_for_the_person_harmed() {
    QuestionSet set = shipped(QuestionCatalogue.IIRP_HARMED);

    assertThat(set.wording())
        .containsExactly(
            "What did you think when you realized what had happened?",
            "What impact has this incident had on you and others?",
            "What has been the hardest thing for you?",
            "What do you think needs to happen to make things right?");
    assertThat(set.audience()).isEqualTo(Audience.PERSON_HARMED);
    assertThat(set.source().url())
        .contains("https://www.iirp.edu/news/time-to-think-using-restorative-questions");
    assertThat(set.source().verification()).isEqualTo(Verification.VERIFIED);
  }

  @Test
  void thorsborne_questions_for_the_person_responsible() {
    QuestionSet set = shipped(QuestionCatalogue.THORSBORNE_RESPONSIBLE);

    assertThat(set.wording())
        .containsExactly(
            "What happened?",
            "What were you thinking at the time?",
            "What have you thought about since?",
            "Who do you think has been affected by what you did? In what way?",
            "What do you need to do to make things right?",
            "How can we make sure this doesn't happen again?");
    assertThat(set.audience()).isEqualTo(Audience.PERSON_RESPONSIBLE);
    assertThat(set.source().url()).contains("http://rjposters.com/restorative-questions/");
    assertThat(set.source().citation()).contains("[THORSBORNE]");
    assertThat(set.source().verification()).isEqualTo(Verification.VERIFIED);
  }

  @Test
  void thorsborne_questions_for_the_person_harmed() {
    QuestionSet set = shipped(QuestionCatalogue.THORSBORNE_HARMED);

    assertThat(set.wording())
        .containsExactly(
            "What did you think when it happened?",
            "What have you thought about since?",
            "How have you been affected?",
            "Who else has been affected?",
            "What's been the hardest part?",
            "What's needed to make things right?",
            "How can we make sure this doesn't happen again?");
    assertThat(set.audience()).isEqualTo(Audience.PERSON_HARMED);
    assertThat(set.source().url()).contains("http://rjposters.com/restorative-questions/");
  }

  @Test
  void thorsborne_deeper_questions_are_optional_follow_ups_for_the_person_responsible() {
    QuestionSet set = shipped(QuestionCatalogue.THORSBORNE_DEEPER);

    assertThat(set.wording())
        .containsExactly(
            "Was it the right or wrong thing to do?",
            "Was it fair or unfair?",
            "What exactly are you sorry for?",
            "If you had it to do over, what would you do differently?");
    assertThat(set.audience()).isEqualTo(Audience.PERSON_RESPONSIBLE);
    assertThat(set.questions()).allMatch(Question::optional);
  }

  @Test
  void agreement_phase_questions_for_every_participant() {
    QuestionSet set = shipped(QuestionCatalogue.AGREEMENT_PHASE_ALL);

    assertThat(set.wording())
        .containsExactly(
            "What would you like to see happen to repair the harm?",
            "Is that okay? / Do you agree? / Is that fair?",
            "Is this realistic and achievable?",
            "How can we make sure this doesn't happen again?",
            "Is there anything I can do to help?",
            "Is there anything else you would like to say?");
    assertThat(set.audience()).isEqualTo(Audience.ALL);
    assertThat(set.phase()).isEqualTo(Phase.AGREEMENT);
    assertThat(set.source().url())
        .contains("https://crcconsultingservices.net/resources/restorative-chat/");
    assertThat(set.licenceNote()).contains("Australian school").contains("adults");
    assertThat(set.status()).isEqualTo(QuestionSetStatus.UNVERIFIED);
    assertThat(set.isUsableInProcess()).isFalse();
    assertThat(set.appliesTo(ProcessType.FACE_TO_FACE_CONFERENCE)).isTrue();
    assertThat(set.appliesTo(ProcessType.LETTER_EXCHANGE)).isFalse();
  }

  @Test
  void dekker_restorative_just_culture_questions_with_the_fourth_optional() {
    QuestionSet set = shipped(QuestionCatalogue.DEKKER_RESTORATIVE_JUST_CULTURE);

    assertThat(set.wording())
        .containsExactly(
            "Who is hurt?",
            "What do they need?",
            "Whose obligation is it to meet that need?",
            "How do you involve the community in this conversation?");
    assertThat(set.questions())
        .extracting(Question::optional)
        .containsExactly(false, false, false, true);
    assertThat(set.audience()).isEqualTo(Audience.ORGANISATION);
    assertThat(set.processTypes()).containsExactly(ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW);
    assertThat(set.source().url()).contains("https://lyletagawa.com/posts/just-culture");
    assertThat(set.source().citation())
        .contains("[DEKKER]")
        .contains("[LYLE-DEKKER]")
        .contains("[RCOG-RJC]")
        .contains("[NHSR-BF]");
    assertThat(set.isUsableInProcess()).isTrue();
  }

  @Test
  void dekker_retributive_questions_are_a_reference_never_used_in_a_process() {
    QuestionSet set = shipped(QuestionCatalogue.DEKKER_RETRIBUTIVE_REFERENCE);

    assertThat(set.wording())
        .containsExactly(
            "Which rule is broken?",
            "Who did it?",
            "How bad was the breach, and what should the consequences be?",
            "Who gets to decide this?");
    assertThat(set.status()).isEqualTo(QuestionSetStatus.REFERENCE_ONLY);
    assertThat(set.isUsableInProcess()).isFalse();
    for (ProcessType type : ProcessType.values()) {
      assertThat(QuestionCatalogue.standard().usableFor(type)).as(type.name()).doesNotContain(set);
    }
  }

  @Test
  void the_restorative_just_culture_checklist_has_four_groups_of_yes_or_no_items() {
    QuestionSet set = shipped(QuestionCatalogue.RESTORATIVE_JUST_CULTURE_CHECKLIST);
    String first = "First victims (patients, families, colleagues…)";
    String second = "Second victims (practitioners involved)";

    assertThat(set.groups())
        .containsExactly("WHO_IS_HURT", "WHAT_DO_THEY_NEED", "WHOSE_OBLIGATION", "GOALS_ACHIEVED");
    assertThat(set.questionsIn("WHO_IS_HURT"))
        .extracting(Question::text)
        .containsExactly(first, second, "Organisation", "Community");
    assertThat(set.questionsIn("WHAT_DO_THEY_NEED"))
        .extracting(Question::text)
        .containsExactly(
            first + ": Information, access, restitution, reassurance of prevention",
            second + ": Psychological first aid, compassion, reinstatement",
            "Organisation: Information, leverage for change, reputational repair",
            "Community: Information about the incident and aftermath, reassurance");
    assertThat(set.questionsIn("WHOSE_OBLIGATION"))
        .extracting(Question::text)
        .containsExactly(
            first + ": Tell their story; willing to take part",
            second + ": Tell the truth, express remorse, contribute to learning",
            "Organisation: Take part, offer help, explore systemic fixes",
            "Community: Take part in the restorative process and forgiveness");
    assertThat(set.questionsIn("GOALS_ACHIEVED"))
        .extracting(Question::text)
        .containsExactly(
            "Moral engagement",
            "Emotional healing",
            "Reintegrating the practitioner",
            "Organisational learning");
    assertThat(set.questions()).hasSize(16).allMatch(q -> q.group().isPresent());
    assertThat(set.source().verification()).isEqualTo(Verification.PARTIAL);
    assertThat(set.source().url())
        .contains(
            "https://ptop.only.wip.la:443/https/www.scribd.com/document/639706743/RestorativeJustCultureChecklist-1");
    assertThat(set.source().citation()).contains("[RJC-CHECKLIST]").contains("[DEKKER-TOC]");
  }

  @Test
  void iirp_and_thorsborne_wording_is_attributed_and_its_terms_are_to_be_checked() {
    for (QuestionSetId id :
        List.of(
            QuestionCatalogue.IIRP_RESPONSIBLE,
            QuestionCatalogue.IIRP_HARMED,
            QuestionCatalogue.THORSBORNE_RESPONSIBLE,
            QuestionCatalogue.THORSBORNE_HARMED,
            QuestionCatalogue.THORSBORNE_DEEPER)) {
      QuestionSet set = shipped(id);
      assertThat(set.licenceNote())
          .as(id.value())
          .contains("attribution")
          .contains("must be checked");
      assertThat(set.status()).isEqualTo(QuestionSetStatus.ACTIVE);
    }
    assertThat(shipped(QuestionCatalogue.IIRP_RESPONSIBLE).licenceNote())
        .contains("IIRP")
        .contains("Restorative Questions Cards");
    assertThat(shipped(QuestionCatalogue.THORSBORNE_HARMED).licenceNote())
        .contains("Margaret Thorsborne");
  }

  @Test
  void the_references_and_the_unchecked_agreement_set_are_the_sets_not_active() {
    assertThat(QuestionCatalogue.standard().sets())
        .filteredOn(s -> s.status() != QuestionSetStatus.ACTIVE)
        .extracting(QuestionSet::id, QuestionSet::status)
        .containsExactly(
            tuple(
                QuestionCatalogue.IIRP_CONFERENCE_MODEL_SUMMARY, QuestionSetStatus.REFERENCE_ONLY),
            tuple(QuestionCatalogue.AGREEMENT_PHASE_ALL, QuestionSetStatus.UNVERIFIED),
            tuple(
                QuestionCatalogue.DEKKER_RETRIBUTIVE_REFERENCE, QuestionSetStatus.REFERENCE_ONLY));
  }

  @Test
  void the_iirp_conference_script_ships_the_four_questions_seen_and_tags_the_fifth_as_recalled() {
    QuestionSet set = shipped(QuestionCatalogue.IIRP_CONFERENCE_SCRIPT);

    assertThat(set.wording())
        .containsExactly(
            "What happened?",
            "What were you thinking about at the time?",
            "What have you thought about since the incident?",
            "Who do you think has been affected by your actions?",
            "How have they been affected?");
    assertThat(set.source().verification()).isEqualTo(Verification.PARTIAL);
    assertThat(set.source().url()).contains("https://iirp.edu/k8qr");
    assertThat(set.source().citation()).contains("[IIRP-SCRIPT]");
    assertThat(set.questions())
        .extracting(set::verificationOf)
        .containsExactly(
            Verification.VERIFIED,
            Verification.VERIFIED,
            Verification.VERIFIED,
            Verification.VERIFIED,
            Verification.RECALLED);
    assertThat(set.questions())
        .extracting(set::isWordingChecked)
        .containsExactly(true, true, true, true, false);
    assertThat(set.question(5)).hasValueSatisfying(q -> assertThat(q.optional()).isTrue());
    assertThat(set.audience()).isEqualTo(Audience.PERSON_RESPONSIBLE);
    assertThat(set.status()).isEqualTo(QuestionSetStatus.ACTIVE);
    assertThat(set.appliesTo(ProcessType.FACE_TO_FACE_CONFERENCE)).isTrue();
    assertThat(set.appliesTo(ProcessType.LETTER_EXCHANGE)).isFalse();
    assertThat(set.licenceNote()).contains("IIRP").contains("licence");
  }

  @Test
  void the_iirp_conference_model_summary_is_a_reference_only() {
    QuestionSet set = shipped(QuestionCatalogue.IIRP_CONFERENCE_MODEL_SUMMARY);

    assertThat(set.status()).isEqualTo(QuestionSetStatus.REFERENCE_ONLY);
    assertThat(set.isUsableInProcess()).isFalse();
    assertThat(set.source().verification()).isEqualTo(Verification.VERIFIED);
    assertThat(set.source().citation()).contains("[BLOOMFIELD]");
    assertThat(set.questions()).hasSize(5).allMatch(set::isWordingChecked);
    assertThat(set.wording().get(4)).isEqualTo("The agreement is written and signed by all.");
  }

  @Test
  void a_set_with_one_source_tags_no_question_of_its_own() {
    for (QuestionSet set : QuestionCatalogue.standard().sets()) {
      if (!set.id().equals(QuestionCatalogue.IIRP_CONFERENCE_SCRIPT)) {
        assertThat(set.questions())
            .as(set.ref().toString())
            .allMatch(q -> q.verification().isEmpty());
        assertThat(set.questions())
            .extracting(set::verificationOf)
            .containsOnly(set.source().verification());
      }
    }
  }
}
