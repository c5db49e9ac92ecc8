package org.restorative.core.metrics;

/**
 * The standard counting definitions of a restorative service (domain brief §7.6, §9): each names
 * exactly which records, which fields and which states count, and its numerator and denominator in
 * words, so that two people counting the same records get the same figure.
 *
 * <p>Case measures ({@link MetricKind#PROPORTION}) follow intention to treat: every progress
 * measure is over all referrals, whatever happened next, and the step-to-step conversions are in
 * the {@link FunnelStep funnel}. Each numerator is counted inside its denominator, so a numerator
 * can never exceed its denominator. Evaluation measures ({@link MetricKind#BY_ROLE}) count one
 * evaluation per party per case, by the party's role at the time. Day measures ({@link
 * MetricKind#DAYS}) count calendar days in the time zone given to {@link CohortMetrics}.
 */
public enum StandardMetric {
  /** Every case record is one referral. */
  REFERRALS(
      "Referrals",
      MetricKind.PROPORTION,
      "cases",
      "Every case record counts once: a case exists only because a referral was recorded (brief"
          + " §1.2 S0), whatever its stage now, paused and closed cases included. A reopened case is"
          + " a new case record and counts again; its `reopenedFrom` link lets an analyst leave"
          + " reopenings out.",
      "cases in the cohort",
      "cases in the cohort (the rate is always 1; this count is the base of every other case"
          + " measure)"),

  /** Cases in which a facilitator had a preparation contact with a principal party. */
  CONTACT_MADE(
      "Contact made",
      MetricKind.PROPORTION,
      "cases",
      "Cases with at least one preparation contact (`preparationContacts`) with a principal party:"
          + " a party recorded in the case whose role is `PERSON_HARMED`, `PERSON_RESPONSIBLE`,"
          + " `PERSON_HARMED_AND_RESPONSIBLE`, `SECOND_VICTIM` or `REPRESENTATIVE_OF_HARMED`"
          + " (`PartyRole.isPrincipal()`). Contacts with supporters and other participants do not"
          + " count, nor does a contact naming a party not recorded in the case. The contact's"
          + " process, medium and topics do not matter.",
      "cases with such a contact",
      "referrals (all cases)"),

  /** Cases in which a principal party once gave their own consent to take part. */
  CONSENT_OBTAINED(
      "Consent obtained",
      MetricKind.PROPORTION,
      "cases",
      "Cases in which at least one principal party (as for `CONTACT_MADE`) gave consent to take"
          + " part: a consent record of kind `PARTICIPATION`, given by the party themselves"
          + " (`givenBy` = `SELF`, brief rule 15), whose status is `GIVEN`, `RECONFIRMED`,"
          + " `WITHDRAWN`, `EXPIRED` or `SUPERSEDED` (every status meaning it was once obtained)."
          + " `DRAFT` (never given) and `INVALIDATED` (found invalid afterwards, for example for"
          + " lack of capacity or coercion) do not count. Consent later withdrawn still counts:"
          + " this is an intention-to-treat flag. Data-processing and disclosure consents never"
          + " count. `CaseFlags` keeps the harmed side (harmed roles and the representative of the"
          + " person harmed) and the responsible side apart, for analyses that need both.",
      "cases with such a consent",
      "referrals (all cases)"),

  /** Cases for which a process in which the parties meet was chosen. */
  PROCESS_DIRECT(
      "Process chosen: direct",
      MetricKind.PROPORTION,
      "cases",
      "Cases with at least one restorative process record (`processes`, whatever its status:"
          + " planned, in progress, concluded or halted) whose contact is direct: a process type"
          + " in which the parties meet face to face, by video or in a group (contact mode"
          + " `DIRECT` or `GROUP`: `FACE_TO_FACE_CONFERENCE`, `DIRECT_MEETING_NO_SUPPORTERS`,"
          + " `VIDEO_MEETING`, `RESTORATIVE_CIRCLE`), or a process type whose contact varies"
          + " (`RESTORATIVE_CONVERSATION`, `RESTORATIVE_JUST_CULTURE_REVIEW`) for which a meeting"
          + " record names the process. This counts the process chosen, not delivered (see"
          + " `MEETING_HELD`).",
      "cases with a direct process",
      "referrals (all cases)"),

  /** Cases with no direct process but an indirect one. */
  PROCESS_INDIRECT(
      "Process chosen: indirect",
      MetricKind.PROPORTION,
      "cases",
      "Cases with no direct process (as for `PROCESS_DIRECT`) and at least one process record whose"
          + " contact is indirect: `SHUTTLE_COMMUNICATION`, `LETTER_EXCHANGE` or `RECORDED_MESSAGE`"
          + " (contact mode `INDIRECT`), or a process type whose contact varies for which a message"
          + " record, and no meeting record, names the process. A case with both a direct and an"
          + " indirect process counts as direct only, so that the three process measures divide"
          + " the referrals.",
      "cases with an indirect and no direct process",
      "referrals (all cases)"),

  /** Cases with no process bringing the parties into contact. */
  PROCESS_NONE(
      "Process chosen: none",
      MetricKind.PROPORTION,
      "cases",
      "Cases with neither a direct nor an indirect process: no process record at all, or only"
          + " processes without contact between the parties (`SINGLE_PARTY_RESTORATIVE_WORK`,"
          + " `GROUP_VICTIM_AWARENESS_PROGRAMME`, or a process type whose contact varies with no"
          + " meeting and no message record). `PROCESS_DIRECT` + `PROCESS_INDIRECT` +"
          + " `PROCESS_NONE` = `REFERRALS`.",
      "cases with neither a direct nor an indirect process",
      "referrals (all cases)"),

  /** Cases in which a meeting was held. */
  MEETING_HELD(
      "Meeting held",
      MetricKind.PROPORTION,
      "cases",
      "Cases with at least one meeting record (`meetings`) in status `HELD`. Meetings planned,"
          + " scheduled, in progress, adjourned or abandoned do not count. Indirect processes have"
          + " no meetings: see `INTERVENTION_DELIVERED`.",
      "cases with a meeting held",
      "referrals (all cases)"),

  /** Cases in which a direct or indirect intervention took place. */
  INTERVENTION_DELIVERED(
      "Intervention delivered",
      MetricKind.PROPORTION,
      "cases",
      "Cases with a meeting in status `HELD` or at least one message (`messages`) in status"
          + " `MESSAGE_DELIVERED`: the direct or indirect restorative intervention took place"
          + " (brief §1.2 S3). Messages drafted, under review or withheld do not count.",
      "cases with a meeting held or a message delivered",
      "referrals (all cases)"),

  /** Cases in which the parties reached an outcome agreement. */
  AGREEMENT_REACHED(
      "Agreement reached",
      MetricKind.PROPORTION,
      "cases",
      "Cases with at least one outcome agreement (`agreements`) in any status but `DRAFT`:"
          + " `AGREED`, `IN_MONITORING`, `COMPLETED`, `PARTIALLY_COMPLETED`, `NOT_COMPLETED`,"
          + " `VARIED` or `SUPERSEDED`, each of which means the parties once agreed it. Whether"
          + " each party's agreement is recorded is a rule, not part of this count.",
      "cases with an agreement reached",
      "referrals (all cases)"),

  /** Of the cases whose agreement has ended, those whose agreement was completed in full. */
  AGREEMENT_COMPLETED(
      "Agreement fulfilled: completed",
      MetricKind.PROPORTION,
      "cases",
      "A case's agreement outcome is read from its current agreements: those in any status but"
          + " `DRAFT`, `VARIED` and `SUPERSEDED` (a variation's new version replaces the old one)."
          + " While any current agreement is `AGREED` or `IN_MONITORING`, or when the case has no"
          + " current agreement, the agreement is still in force. Otherwise it has ended:"
          + " completed when every current agreement is `COMPLETED`, not completed when every one"
          + " is `NOT_COMPLETED`, partly completed in every other case (any `PARTIALLY_COMPLETED`,"
          + " or a mix). This measure counts the completed ones.",
      "cases whose agreement ended completed",
      "cases whose agreement has ended (completed, partly completed or not completed); agreements"
          + " still in force are outside it, and number `AGREEMENT_REACHED` minus this"
          + " denominator"),

  /** Of the cases whose agreement has ended, those whose agreement was partly completed. */
  AGREEMENT_PARTIAL(
      "Agreement fulfilled: partly",
      MetricKind.PROPORTION,
      "cases",
      "The agreement outcome as read for `AGREEMENT_COMPLETED`; this measure counts the partly"
          + " completed ones: every current agreement has ended, and they are neither all"
          + " `COMPLETED` nor all `NOT_COMPLETED` (one is `PARTIALLY_COMPLETED`, or their"
          + " outcomes differ).",
      "cases whose agreement ended partly completed",
      "cases whose agreement has ended (as for `AGREEMENT_COMPLETED`)"),

  /** Of the cases whose agreement has ended, those whose agreement was not completed. */
  AGREEMENT_NOT_COMPLETED(
      "Agreement fulfilled: not completed",
      MetricKind.PROPORTION,
      "cases",
      "The agreement outcome as read for `AGREEMENT_COMPLETED`; this measure counts the cases"
          + " whose every current agreement is `NOT_COMPLETED`. `AGREEMENT_COMPLETED` +"
          + " `AGREEMENT_PARTIAL` + `AGREEMENT_NOT_COMPLETED` = their common denominator.",
      "cases whose agreement ended not completed",
      "cases whose agreement has ended (as for `AGREEMENT_COMPLETED`)"),

  /** Of the actions that ended with a result, those completed. */
  ACTIONS_COMPLETED(
      "Actions completed",
      MetricKind.PROPORTION,
      "actions",
      "Action records (`actions`) of every case in status `COMPLETED`, among the actions that"
          + " ended with a result: status `COMPLETED`, `PARTIALLY_COMPLETED` or `NOT_COMPLETED`."
          + " Actions pending or in progress, cancelled by agreement or varied are outside the"
          + " denominator. This is the brief's agreement completion rate, completed actions over"
          + " actions (§7.6), counted over ended actions so that a recent cohort is not"
          + " penalised for work still under way.",
      "actions completed",
      "actions completed, partly completed or not completed"),

  /** Cases closed with the process held and every action completed. */
  CLOSED_COMPLETED(
      "Closed: completed",
      MetricKind.PROPORTION,
      "cases",
      "Cases whose stage is `CLOSED_COMPLETED`: closed with the process held and every action"
          + " completed (brief §1.2 S6).",
      "cases in stage `CLOSED_COMPLETED`",
      "referrals (all cases)"),

  /** Cases closed with the process held but the agreement not fully completed. */
  CLOSED_PARTIAL(
      "Closed: partial",
      MetricKind.PROPORTION,
      "cases",
      "Cases whose stage is `CLOSED_PARTIAL`: closed with the process held but the agreement not"
          + " fully completed (brief §1.2 S6).",
      "cases in stage `CLOSED_PARTIAL`",
      "referrals (all cases)"),

  /** Cases closed before an intervention, with a reason. */
  CLOSED_NOT_PROCEEDING(
      "Closed: not proceeding",
      MetricKind.PROPORTION,
      "cases",
      "Cases whose stage is `CLOSED_NOT_PROCEEDING`: closed before an intervention, with a"
          + " not-proceeding reason (brief §1.6). Reasons are not broken down here.",
      "cases in stage `CLOSED_NOT_PROCEEDING`",
      "referrals (all cases)"),

  /** Cases closed because a core party withdrew. */
  CLOSED_WITHDRAWN(
      "Closed: withdrawn",
      MetricKind.PROPORTION,
      "cases",
      "Cases whose stage is `CLOSED_WITHDRAWN`: closed because a core party withdrew (brief §1.5);"
          + " no reason is ever required.",
      "cases in stage `CLOSED_WITHDRAWN`",
      "referrals (all cases)"),

  /** Cases not yet closed. */
  OPEN(
      "Open",
      MetricKind.PROPORTION,
      "cases",
      "Cases in no closed state: every main-line stage from `REFERRAL` to `CLOSURE` (closure is"
          + " the stage in which the outcome is recorded, not yet closed) and `PAUSED`. The four"
          + " closure outcomes and `OPEN` add up to `REFERRALS`.",
      "cases not in a closed state",
      "referrals (all cases)"),

  /** Calendar days from the harm to the referral. */
  DAYS_INCIDENT_TO_REFERRAL(
      "Days from incident to referral",
      MetricKind.DAYS,
      "cases",
      "For each case whose referral names at least one harm record held in the case: the incident"
          + " is the named harm whose occurrence ends latest (`Occurrence.latest()`: the end of a"
          + " period, or the moment). The case is included only when that harm's time is known to"
          + " the day (precision `EXACT` or `DAY`); `MONTH` and `APPROXIMATE` leave it out. Days"
          + " are calendar days from the incident's date to the date of `referral.receivedAt`,"
          + " both in the time zone given (Europe/London by default); the same day is 0. A"
          + " negative value (a referral dated before the harm) is kept: it shows a recording"
          + " error.",
      "the days of each included case (their total divided by the count is the mean)",
      "included cases (`DaySummary.count`)"),

  /** Calendar days from the referral to the first intervention. */
  DAYS_REFERRAL_TO_INTERVENTION(
      "Days from referral to intervention",
      MetricKind.DAYS,
      "cases",
      "For each case with an intervention delivered (as for `INTERVENTION_DELIVERED`): calendar"
          + " days from the date of `referral.receivedAt` to the date of the first intervention,"
          + " the earliest of the `startAt` of a meeting in status `HELD` and the `deliveredAt` of"
          + " a message in status `MESSAGE_DELIVERED`, both dates in the time zone given. Cases"
          + " without an intervention are left out, neither counted as zero nor censored; for a"
          + " time-to-event analysis use `CaseFlags` with the case records.",
      "the days of each included case",
      "included cases (`DaySummary.count`)"),

  /** Of the participants who completed the process and were offered an evaluation, who answered. */
  EVALUATION_COMPLETED_BY_ROLE(
      "Evaluation answered, by role",
      MetricKind.BY_ROLE,
      "evaluations",
      "One evaluation per party per case: the party's latest evaluation with uptake `COMPLETED`"
          + " (latest `completedAt`; on a tie the later record), or, if they completed none, their"
          + " last evaluation record. The role is that evaluation's `roleAtTime`. Of those whose"
          + " participant completed the process (`completedProcess`) and was offered the"
          + " evaluation (uptake other than `NOT_OFFERED`), this counts those with uptake"
          + " `COMPLETED`: the response rate behind every other evaluation figure.",
      "evaluations with uptake `COMPLETED`",
      "evaluations of participants who completed the process and were offered it, per role"),

  /** Of the respondents who completed the process, those satisfied. */
  SATISFIED_BY_ROLE(
      "Satisfied, by role",
      MetricKind.BY_ROLE,
      "evaluations",
      "One evaluation per party per case, chosen as for `EVALUATION_COMPLETED_BY_ROLE`, by"
          + " `roleAtTime`. Among evaluations with uptake `COMPLETED` of participants who completed"
          + " the process (`completedProcess`) and who answered the satisfaction question, those"
          + " whose `satisfaction` is `SATISFIED` or `VERY_SATISFIED`. `NEUTRAL` counts as not"
          + " satisfied. The measure behind \"85% of victims satisfied\" (brief §9, claim 1).",
      "evaluations answered `SATISFIED` or `VERY_SATISFIED`",
      "completed evaluations of participants who completed the process with a satisfaction"
          + " answer, per role"),

  /** Of the respondents who completed the process, those who would recommend it. */
  WOULD_RECOMMEND_BY_ROLE(
      "Would recommend, by role",
      MetricKind.BY_ROLE,
      "evaluations",
      "One evaluation per party per case, chosen as for `EVALUATION_COMPLETED_BY_ROLE`, by"
          + " `roleAtTime`. Among evaluations with uptake `COMPLETED` of participants who completed"
          + " the process and who answered `wouldRecommend`, those who answered yes (brief §9,"
          + " claim 2: 78%).",
      "evaluations answering yes to `wouldRecommend`",
      "completed evaluations of participants who completed the process with a `wouldRecommend`"
          + " answer, per role"),

  /** Of the respondents who completed the process, those who felt better after it. */
  FELT_BETTER_BY_ROLE(
      "Felt better, by role",
      MetricKind.BY_ROLE,
      "evaluations",
      "One evaluation per party per case, chosen as for `EVALUATION_COMPLETED_BY_ROLE`, by"
          + " `roleAtTime`. Among evaluations with uptake `COMPLETED` of participants who completed"
          + " the process and who answered `feltAfter`, those answering `BETTER` (brief §9, claim"
          + " 3: 62%).",
      "evaluations answering `BETTER`",
      "completed evaluations of participants who completed the process with a `feltAfter`"
          + " answer, per role"),

  /** Of the respondents who completed the process, those who felt worse after it. */
  FELT_WORSE_BY_ROLE(
      "Felt worse, by role",
      MetricKind.BY_ROLE,
      "evaluations",
      "The same evaluations and denominator as `FELT_BETTER_BY_ROLE`; those answering `WORSE`"
          + " (brief §9, claim 3: 2%). Better, worse and `NO_DIFFERENCE` divide the denominator.",
      "evaluations answering `WORSE`",
      "completed evaluations of participants who completed the process with a `feltAfter`"
          + " answer, per role");

  private final String title;
  private final MetricKind kind;
  private final String unit;
  private final String definition;
  private final String numerator;
  private final String denominator;

  StandardMetric(
      String title,
      MetricKind kind,
      String unit,
      String definition,
      String numerator,
      String denominator) {
    this.title = title;
    this.kind = kind;
    this.unit = unit;
    this.definition = definition;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The measure's short title, as a report heading would show it.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * What the measure gives back: a proportion, a day distribution, or a proportion per role.
   *
   * @return the kind
   */
  public MetricKind kind() {
    return kind;
  }

  /**
   * What is counted: {@code cases}, {@code actions} or {@code evaluations}.
   *
   * @return the unit, in words
   */
  public String unit() {
    return unit;
  }

  /**
   * The exact definition: which records, which fields and which states count. Record and field
   * names are in backticks, as in the case record.
   *
   * @return the definition
   */
  public String definition() {
    return definition;
  }

  /**
   * The numerator, in words.
   *
   * @return the numerator
   */
  public String numerator() {
    return numerator;
  }

  /**
   * The denominator, in words.
   *
   * @return the denominator
   */
  public String denominator() {
    return denominator;
  }
}
