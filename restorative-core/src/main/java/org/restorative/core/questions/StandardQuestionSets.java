package org.restorative.core.questions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.restorative.core.process.ProcessType;

/**
 * The wording of the shipped question sets, in one place: exactly the wording of the domain brief
 * §5.2, with sources and addresses from its Appendix A.
 *
 * <p>Change a set's wording only by adding a new version; a meeting records the id and version it
 * used (rule 50).
 */
final class StandardQuestionSets {

  private StandardQuestionSets() {}

  // ---- Sources (brief Appendix A)
  // ----------------------------------------------------------------

  static final String IIRP_Q_URL =
      "https://www.iirp.edu/news/time-to-think-using-restorative-questions";
  static final String HANTS_SCP_URL =
      "https://www.hampshirescp.org.uk/professionals/toolkits/safeguarding-adolescents-toolkit/"
          + "agency-processes/restorative-practice";
  static final String IIRP_SCRIPT_URL = "https://iirp.edu/k8qr";
  static final String BLOOMFIELD_URL =
      "https://www.bloomfield.org/schools/bloomfield-hills-high-school/links-resources/"
          + "family-resources/restorative-practices";
  static final String THORSBORNE_URL = "http://rjposters.com/restorative-questions/";
  static final String CRC_STLEONARDS_URL =
      "https://crcconsultingservices.net/resources/restorative-chat/";
  static final String DEKKER_URL =
      "https://www.oreilly.com/library/view/just-culture-3rd/9781317109891/xhtml/11_Chapter01.xhtml";
  static final String LYLE_DEKKER_URL = "https://lyletagawa.com/posts/just-culture";
  static final String RCOG_RJC_URL =
      "https://www.rcog.org.uk/about-us/quality-improvement-clinical-audit-and-research-projects/"
          + "each-baby-counts-learn-support/safety-thinking-toolkit/restorative-just-culture/";
  static final String NHSR_BF_URL =
      "https://docslib.org/doc/3005793/being-fair-supporting-a-just-and-learning-culture-for-staff-"
          + "and-patients-following-incidents-in-the-nhs";
  static final String RJC_CHECKLIST_URL =
      "https://ptop.only.wip.la:443/https/www.scribd.com/document/639706743/RestorativeJustCultureChecklist-1";
  static final String DEKKER_TOC_URL =
      "https://ebin.pub/restorative-just-culture-in-practice-implementation-and-evaluation-"
          + "9780367755294-9780367754617-9781003162582.html";

  // ---- Licence notes (brief §5.1: check permission or attribution terms before shipping)
  // ---------

  static final String IIRP_LICENCE =
      "Wording by the International Institute for Restorative Practices (IIRP), reproduced with "
          + "attribution to the IIRP. The IIRP sells this wording printed as \"Restorative Questions "
          + "Cards\"; short lists like this are widely reproduced (for example by Hampshire Safeguarding "
          + "Children Partnership), but permission or attribution terms must be checked with the IIRP "
          + "before this wording is shipped as data (domain brief 5.1). Trusts may substitute their own "
          + "set.";

  static final String IIRP_SCRIPT_LICENCE =
      "Wording from the IIRP's script for facilitators of restorative conferences (Real Justice "
          + "Conferencing Handbook), reproduced with attribution to the IIRP. Only the questions to the "
          + "person responsible were retrieved, and the fifth was cut off and completed from "
          + "recollection; the other sections are not shipped. Check the script's licence with the "
          + "IIRP before this wording is shipped as data (domain brief 5.1, 10 item 4). Trusts may "
          + "substitute their own set.";

  static final String MODEL_SUMMARY_LICENCE =
      "A secondary description of the IIRP conference model by Bloomfield Hills High School, "
          + "summarised with attribution. Reference only: it describes the order of a conference and "
          + "is not wording to ask (domain brief 5.2).";

  static final String THORSBORNE_LICENCE =
      "Wording by Margaret Thorsborne (\"Restorative Questions\", rjposters.com), reproduced with "
          + "attribution to Margaret Thorsborne. Permission or attribution terms must be checked with "
          + "the author or publisher before this wording is shipped as data (domain brief 5.1). Trusts "
          + "may substitute their own set.";

  static final String AGREEMENT_LICENCE =
      "Wording from \"Restorative chat\", St Leonards College (published by CRC Consulting Services), "
          + "reproduced with attribution. The source is an Australian school: use it as a template and "
          + "check the wording for adults in a mental-health service before use (domain brief 5.2). "
          + "Attribution terms should be confirmed before this wording is shipped as data. Trusts may "
          + "substitute their own set.";

  static final String DEKKER_LICENCE =
      "Questions from Sidney Dekker, Just Culture (3rd edition), quoted with attribution to Dekker; "
          + "they are widely reproduced in NHS practice (RCOG; NHS Resolution, Being fair). Attribution "
          + "terms should be confirmed before this wording is published beyond the trust. Trusts may "
          + "substitute their own set.";

  static final String DEKKER_RETRIBUTIVE_LICENCE =
      "Questions from Sidney Dekker, Just Culture (3rd edition), quoted with attribution to Dekker "
          + "only as the retributive contrast to his restorative questions. Reference only: never for "
          + "use in a restorative process (domain brief 5.2).";

  static final String CHECKLIST_LICENCE =
      "Restorative Just Culture Checklist, seen as Scribd document 639706743, reproduced with "
          + "attribution to that document; its author is not recorded in the domain brief. The text "
          + "seen was cut off near the end: the GOALS_ACHIEVED group follows Dekker's goals of "
          + "restoration (Restorative Just Culture in Practice, 2022, contents). Check the checklist's "
          + "authorship and permission or attribution terms before this wording is shipped as data.";

  // ---- Checklist vocabulary (brief §5.2 table)
  // ----------------------------------------------------

  static final String WHO_IS_HURT = "WHO_IS_HURT";
  static final String WHAT_DO_THEY_NEED = "WHAT_DO_THEY_NEED";
  static final String WHOSE_OBLIGATION = "WHOSE_OBLIGATION";
  static final String GOALS_ACHIEVED = "GOALS_ACHIEVED";

  private static final String FIRST_VICTIMS = "First victims (patients, families, colleagues…)";
  private static final String SECOND_VICTIMS = "Second victims (practitioners involved)";
  private static final String ORGANISATION = "Organisation";
  private static final String COMMUNITY = "Community";

  /**
   * Every shipped set, in the order of the brief §5.2.
   *
   * @return the sets
   */
  static List<QuestionSet> all() {
    return List.of(
        iirpResponsible(),
        iirpHarmed(),
        iirpConferenceScript(),
        iirpConferenceModelSummary(),
        thorsborneResponsible(),
        thorsborneHarmed(),
        thorsborneDeeper(),
        agreementPhaseAll(),
        dekkerRestorativeJustCulture(),
        dekkerRetributiveReference(),
        restorativeJustCultureChecklist());
  }

  static QuestionSet iirpResponsible() {
    return set(QuestionCatalogue.IIRP_RESPONSIBLE)
        .title("IIRP restorative questions: \"When challenging behavior\"")
        .source(
            Source.of(
                "International Institute for Restorative Practices (IIRP), \"Time to Think: Using "
                    + "Restorative Questions\", card \"When challenging behavior\" [IIRP-Q]; wording "
                    + "corroborated by Hampshire Safeguarding Children Partnership, \"Restorative "
                    + "Practice\" [HANTS-SCP] ("
                    + HANTS_SCP_URL
                    + ")",
                IIRP_Q_URL,
                Verification.VERIFIED))
        .licenceNote(IIRP_LICENCE)
        .audience(Audience.PERSON_RESPONSIBLE)
        .phase(Phase.MEETING)
        .addAllQuestions(
            numbered(
                "What happened?",
                "What were you thinking of at the time?",
                "What have you thought about since?",
                "Who has been affected by what you have done?",
                "In what way have they been affected?",
                "What do you think you need to do to make things right?"))
        .status(QuestionSetStatus.ACTIVE)
        .build();
  }

  static QuestionSet iirpHarmed() {
    return set(QuestionCatalogue.IIRP_HARMED)
        .title("IIRP restorative questions: \"To help those affected\"")
        .source(
            Source.of(
                "International Institute for Restorative Practices (IIRP), \"Time to Think: Using "
                    + "Restorative Questions\", card \"To help those affected\" [IIRP-Q]",
                IIRP_Q_URL,
                Verification.VERIFIED))
        .licenceNote(IIRP_LICENCE)
        .audience(Audience.PERSON_HARMED)
        .phase(Phase.MEETING)
        .addAllQuestions(
            numbered(
                "What did you think when you realized what had happened?",
                "What impact has this incident had on you and others?",
                "What has been the hardest thing for you?",
                "What do you think needs to happen to make things right?"))
        .status(QuestionSetStatus.ACTIVE)
        .build();
  }

  static QuestionSet iirpConferenceScript() {
    List<Question> questions = new ArrayList<>();
    List<String> verified =
        List.of(
            "What happened?",
            "What were you thinking about at the time?",
            "What have you thought about since the incident?",
            "Who do you think has been affected by your actions?");
    for (int i = 0; i < verified.size(); i++) {
      questions.add(
          new Question.Builder()
              .ordinal(i + 1)
              .text(verified.get(i))
              .verification(Verification.VERIFIED)
              .build());
    }
    // cut off after "How ha..." in the source; completed from recollection, so optional until
    // checked
    questions.add(
        new Question.Builder()
            .ordinal(5)
            .text("How have they been affected?")
            .optional(true)
            .verification(Verification.RECALLED)
            .build());
    return set(QuestionCatalogue.IIRP_CONFERENCE_SCRIPT)
        .title("IIRP restorative conference script: questions to the person responsible")
        .source(
            Source.of(
                "International Institute for Restorative Practices (IIRP), script for facilitators "
                    + "of restorative conferences (Real Justice Conferencing Handbook) [IIRP-SCRIPT]; "
                    + "the questions to the person responsible were seen, the fifth cut off after "
                    + "\"How ha\"; the other sections were not retrieved",
                IIRP_SCRIPT_URL,
                Verification.PARTIAL))
        .licenceNote(IIRP_SCRIPT_LICENCE)
        .audience(Audience.PERSON_RESPONSIBLE)
        .phase(Phase.MEETING)
        .addProcessType(ProcessType.FACE_TO_FACE_CONFERENCE)
        .addAllQuestions(questions)
        .status(QuestionSetStatus.ACTIVE)
        .build();
  }

  static QuestionSet iirpConferenceModelSummary() {
    return set(QuestionCatalogue.IIRP_CONFERENCE_MODEL_SUMMARY)
        .title("IIRP conference model, as summarised by a school (reference only)")
        .source(
            Source.of(
                "Bloomfield Hills High School, description of the IIRP conference [BLOOMFIELD]",
                BLOOMFIELD_URL,
                Verification.VERIFIED))
        .licenceNote(MODEL_SUMMARY_LICENCE)
        .audience(Audience.ALL)
        .phase(Phase.MEETING)
        .addProcessType(ProcessType.FACE_TO_FACE_CONFERENCE)
        .addAllQuestions(
            numbered(
                "The person responsible is asked the five IIRP questions: what happened; what they "
                    + "were thinking at the time; what they have thought about since; who has been "
                    + "affected; what they need to do to make things right.",
                "The person harmed is asked the four IIRP questions for those affected.",
                "The person harmed is asked what outcome they want.",
                "The outcome is discussed.",
                "The agreement is written and signed by all."))
        .status(QuestionSetStatus.REFERENCE_ONLY)
        .build();
  }

  static QuestionSet thorsborneResponsible() {
    return set(QuestionCatalogue.THORSBORNE_RESPONSIBLE)
        .title("Thorsborne restorative questions for the person responsible")
        .source(thorsborne())
        .licenceNote(THORSBORNE_LICENCE)
        .audience(Audience.PERSON_RESPONSIBLE)
        .phase(Phase.MEETING)
        .addAllQuestions(
            numbered(
                "What happened?",
                "What were you thinking at the time?",
                "What have you thought about since?",
                "Who do you think has been affected by what you did? In what way?",
                "What do you need to do to make things right?",
                "How can we make sure this doesn't happen again?"))
        .status(QuestionSetStatus.ACTIVE)
        .build();
  }

  static QuestionSet thorsborneHarmed() {
    return set(QuestionCatalogue.THORSBORNE_HARMED)
        .title("Thorsborne restorative questions for the person harmed")
        .source(thorsborne())
        .licenceNote(THORSBORNE_LICENCE)
        .audience(Audience.PERSON_HARMED)
        .phase(Phase.MEETING)
        .addAllQuestions(
            numbered(
                "What did you think when it happened?",
                "What have you thought about since?",
                "How have you been affected?",
                "Who else has been affected?",
                "What's been the hardest part?",
                "What's needed to make things right?",
                "How can we make sure this doesn't happen again?"))
        .status(QuestionSetStatus.ACTIVE)
        .build();
  }

  static QuestionSet thorsborneDeeper() {
    List<Question> questions = new ArrayList<>();
    List<String> texts =
        List.of(
            "Was it the right or wrong thing to do?",
            "Was it fair or unfair?",
            "What exactly are you sorry for?",
            "If you had it to do over, what would you do differently?");
    for (int i = 0; i < texts.size(); i++) {
      questions.add(
          new Question.Builder().ordinal(i + 1).text(texts.get(i)).optional(true).build());
    }
    return set(QuestionCatalogue.THORSBORNE_DEEPER)
        .title("Thorsborne deeper questions for the person responsible (optional follow-ups)")
        .source(thorsborne())
        .licenceNote(THORSBORNE_LICENCE)
        .audience(Audience.PERSON_RESPONSIBLE)
        .phase(Phase.MEETING)
        .addAllQuestions(questions)
        .status(QuestionSetStatus.ACTIVE)
        .build();
  }

  static QuestionSet agreementPhaseAll() {
    return set(QuestionCatalogue.AGREEMENT_PHASE_ALL)
        .title("Agreement-phase questions for each participant, observers included")
        .source(
            Source.of(
                "St Leonards College, \"Restorative chat\", published by CRC Consulting Services "
                    + "[CRC-STLEONARDS] (an Australian school resource)",
                CRC_STLEONARDS_URL,
                Verification.VERIFIED))
        .licenceNote(AGREEMENT_LICENCE)
        .audience(Audience.ALL)
        .phase(Phase.AGREEMENT)
        .addAllProcessTypes(
            EnumSet.of(
                ProcessType.FACE_TO_FACE_CONFERENCE,
                ProcessType.DIRECT_MEETING_NO_SUPPORTERS,
                ProcessType.VIDEO_MEETING,
                ProcessType.RESTORATIVE_CIRCLE,
                ProcessType.RESTORATIVE_CONVERSATION))
        .addAllQuestions(
            numbered(
                "What would you like to see happen to repair the harm?",
                "Is that okay? / Do you agree? / Is that fair?",
                "Is this realistic and achievable?",
                "How can we make sure this doesn't happen again?",
                "Is there anything I can do to help?",
                "Is there anything else you would like to say?"))
        // written for an Australian school: not for use until a trust checks the wording for adults
        .status(QuestionSetStatus.UNVERIFIED)
        .build();
  }

  static QuestionSet dekkerRestorativeJustCulture() {
    List<Question> questions =
        new ArrayList<>(
            numbered(
                "Who is hurt?", "What do they need?", "Whose obligation is it to meet that need?"));
    questions.add(
        new Question.Builder()
            .ordinal(4)
            .text("How do you involve the community in this conversation?")
            .optional(true)
            .build());
    return set(QuestionCatalogue.DEKKER_RESTORATIVE_JUST_CULTURE)
        .title("Dekker's restorative just culture questions")
        .source(
            Source.of(
                "Sidney Dekker, Just Culture, 3rd edition, chapter 1 [DEKKER] (partly seen: "
                    + DEKKER_URL
                    + "); full list as summarised at [LYLE-DEKKER]; used by the RCOG, \"Restorative "
                    + "just culture\" [RCOG-RJC] ("
                    + RCOG_RJC_URL
                    + "); adopted as \"three questions (Dekker 2017)\" by NHS Resolution, \"Being "
                    + "fair\" (2019) [NHSR-BF] ("
                    + NHSR_BF_URL
                    + ")",
                LYLE_DEKKER_URL,
                Verification.VERIFIED))
        .licenceNote(DEKKER_LICENCE)
        .audience(Audience.ORGANISATION)
        .phase(Phase.MEETING)
        .addProcessType(ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW)
        .addAllQuestions(questions)
        .status(QuestionSetStatus.ACTIVE)
        .build();
  }

  static QuestionSet dekkerRetributiveReference() {
    return set(QuestionCatalogue.DEKKER_RETRIBUTIVE_REFERENCE)
        .title("Dekker's retributive questions (contrasting reference only)")
        .source(
            Source.of(
                "Summary of Dekker's retributive and restorative questions [LYLE-DEKKER]; Sidney "
                    + "Dekker, Just Culture, 3rd edition, chapter 1 [DEKKER] ("
                    + DEKKER_URL
                    + ")",
                LYLE_DEKKER_URL,
                Verification.VERIFIED))
        .licenceNote(DEKKER_RETRIBUTIVE_LICENCE)
        .audience(Audience.ORGANISATION)
        .phase(Phase.REFLECTION)
        .addProcessType(ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW)
        .addAllQuestions(
            numbered(
                "Which rule is broken?",
                "Who did it?",
                "How bad was the breach, and what should the consequences be?",
                "Who gets to decide this?"))
        .status(QuestionSetStatus.REFERENCE_ONLY)
        .build();
  }

  static QuestionSet restorativeJustCultureChecklist() {
    List<String[]> items =
        List.of(
            new String[] {WHO_IS_HURT, FIRST_VICTIMS},
            new String[] {WHO_IS_HURT, SECOND_VICTIMS},
            new String[] {WHO_IS_HURT, ORGANISATION},
            new String[] {WHO_IS_HURT, COMMUNITY},
            new String[] {
              WHAT_DO_THEY_NEED,
              FIRST_VICTIMS + ": Information, access, restitution, reassurance of prevention"
            },
            new String[] {
              WHAT_DO_THEY_NEED,
              SECOND_VICTIMS + ": Psychological first aid, compassion, reinstatement"
            },
            new String[] {
              WHAT_DO_THEY_NEED,
              ORGANISATION + ": Information, leverage for change, reputational repair"
            },
            new String[] {
              WHAT_DO_THEY_NEED,
              COMMUNITY + ": Information about the incident and aftermath, reassurance"
            },
            new String[] {
              WHOSE_OBLIGATION, FIRST_VICTIMS + ": Tell their story; willing to take part"
            },
            new String[] {
              WHOSE_OBLIGATION,
              SECOND_VICTIMS + ": Tell the truth, express remorse, contribute to learning"
            },
            new String[] {
              WHOSE_OBLIGATION, ORGANISATION + ": Take part, offer help, explore systemic fixes"
            },
            new String[] {
              WHOSE_OBLIGATION, COMMUNITY + ": Take part in the restorative process and forgiveness"
            },
            new String[] {GOALS_ACHIEVED, "Moral engagement"},
            new String[] {GOALS_ACHIEVED, "Emotional healing"},
            new String[] {GOALS_ACHIEVED, "Reintegrating the practitioner"},
            new String[] {GOALS_ACHIEVED, "Organisational learning"});
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      questions.add(
          new Question.Builder()
              .ordinal(i + 1)
              .group(items.get(i)[0])
              .text(items.get(i)[1])
              .build());
    }
    return set(QuestionCatalogue.RESTORATIVE_JUST_CULTURE_CHECKLIST)
        .title("Restorative just culture checklist")
        .source(
            Source.of(
                "\"Restorative Just Culture Checklist\", Scribd document 639706743 [RJC-CHECKLIST], "
                    + "seen through a proxy address (the document is "
                    + "https://www.scribd.com/document/639706743/RestorativeJustCultureChecklist-1) "
                    + "and cut off near the end; goals of restoration from \"Restorative Just Culture "
                    + "in Practice\" (2022), contents [DEKKER-TOC] ("
                    + DEKKER_TOC_URL
                    + ")",
                RJC_CHECKLIST_URL,
                Verification.PARTIAL))
        .licenceNote(CHECKLIST_LICENCE)
        .audience(Audience.ORGANISATION)
        .phase(Phase.REFLECTION)
        .addProcessType(ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW)
        .addAllQuestions(questions)
        .status(QuestionSetStatus.ACTIVE)
        .build();
  }

  private static QuestionSet.Builder set(QuestionSetId id) {
    QuestionSet.Builder builder = new QuestionSet.Builder();
    builder.id(id).version(1);
    return builder;
  }

  private static Source thorsborne() {
    return Source.of(
        "Margaret Thorsborne, \"Restorative Questions\" [THORSBORNE]",
        THORSBORNE_URL,
        Verification.VERIFIED);
  }

  private static List<Question> numbered(String... texts) {
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      questions.add(Question.of(i + 1, texts[i]));
    }
    return questions;
  }
}
