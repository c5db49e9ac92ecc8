package org.restorative.research;

import static org.restorative.research.ColumnType.BOOLEAN;
import static org.restorative.research.ColumnType.CODE;
import static org.restorative.research.ColumnType.CODES;
import static org.restorative.research.ColumnType.DATE;
import static org.restorative.research.ColumnType.DATETIME;
import static org.restorative.research.ColumnType.DECIMAL;
import static org.restorative.research.ColumnType.ID;
import static org.restorative.research.ColumnType.INTEGER;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.RecordCalendar;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.Party;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.rules.Pointer;
import org.restorative.core.rules.Policy;

/**
 * The five research tables — cases, parties, meetings, actions and evaluations — and their data
 * dictionary. A table is a {@link ResearchTable}: its file, its columns and the rows a case gives
 * it; {@link ResearchTableWriter} writes them as CSV.
 *
 * <p>The tables hold codes, ids, counts, dates and flags only: no name, no date of birth (a party's
 * age is its band), no language, and no free text of any kind (narratives, notes, accounts,
 * descriptions, organisational role names, a trust's own severity grades). Dates are ISO-8601
 * calendar dates in the trust's zone (Europe/London); moments are ISO-8601 instants in UTC. Both
 * lie in the years 0001 to 9999, as in the case-record format: a case built in code with a moment
 * or date outside them that a table writes or takes a value from gives no rows, but a {@link
 * ResearchUnwritableValueException} naming the value's JSON Pointer; the day of a moment of those
 * years that falls on 0000-12-31 or 10000-01-01 in the zone is written as 0001-01-01 or 9999-12-31
 * (see {@link ColumnType#DATE}). A list of codes is joined with {@code ;}. An absent value is an
 * empty field. An id that a spreadsheet would take for a formula (one that begins with {@code =},
 * {@code +}, {@code -} or {@code @}) is written with a {@code '} before it, in every table alike,
 * so that the tables still join on it.
 */
public final class ResearchTables {

  private static final ZoneId ZONE = Policy.standard().zone();

  private ResearchTables() {}

  private static <T> ResearchTable.Cell<T> column(
      String name,
      ColumnType type,
      String description,
      BiFunction<RestorativeCase, T, String> value) {
    return new ResearchTable.Cell<>(new Column(name, type, description), value);
  }

  // ------------------------------------------------------------------------------- cases

  /** One row per case. */
  public static final ResearchTable CASES =
      ResearchTable.<RestorativeCase>of(
          "cases",
          "One row per case record.",
          List::<RestorativeCase>of,
          List.of(
              column("case_id", ID, "The case's id.", (c, r) -> c.id().value()),
              column(
                  "stage",
                  CODE,
                  "The case's stage, including PAUSED and the four closed states.",
                  (c, r) -> c.stage().name()),
              column(
                  "reopened_from",
                  ID,
                  "The closed case this one reopens, if any.",
                  (c, r) -> text(c.reopenedFrom())),
              column(
                  "referral_source",
                  CODE,
                  "Who referred the case.",
                  (c, r) -> c.referral().source().name()),
              column(
                  "referral_received_on",
                  DATE,
                  "The day the referral was received.",
                  (c, r) -> day(c.referral().receivedAt(), () -> "/referral/receivedAt")),
              column(
                  "referral_accepted_on",
                  DATE,
                  "The day the referral was accepted, if it was.",
                  (c, r) ->
                      c.referral()
                          .acceptedAt()
                          .map(at -> day(at, () -> "/referral/acceptedAt"))
                          .orElse("")),
              column(
                  "harm_count",
                  INTEGER,
                  "How many records of harm the case holds.",
                  (c, r) -> Integer.toString(c.harms().size())),
              column(
                  "incident_on",
                  DATE,
                  "The day the first harm named by the referral began.",
                  (c, r) ->
                      firstHarm(c)
                          .map(
                              h ->
                                  day(
                                      h.occurred().start(),
                                      in("harms", c.harms(), h, "occurred", "from")))
                          .orElse("")),
              column(
                  "harm_context",
                  CODE,
                  "Who harmed whom, for the first harm named by the referral (PATIENT_ON_STAFF, ...).",
                  (c, r) -> firstHarm(c).map(h -> h.context().name()).orElse("")),
              column(
                  "harm_types",
                  CODES,
                  "The kinds of harm of the first harm, joined by ';'.",
                  (c, r) -> firstHarm(c).map(h -> codes(h.types())).orElse("")),
              column(
                  "setting",
                  CODE,
                  "Where the first harm happened (MEDIUM_SECURE, CMHT, ...).",
                  (c, r) -> firstHarm(c).map(h -> h.setting().name()).orElse("")),
              column(
                  "severity_scale",
                  CODE,
                  "The scale the first harm's severity is graded on, if graded.",
                  (c, r) ->
                      firstHarm(c).flatMap(Harm::severity).map(s -> s.scale().name()).orElse("")),
              column(
                  "severity_grade",
                  CODE,
                  "The first harm's grade on a national scale (DUTY_OF_CANDOUR_REG20 or NRLS_GRADING);"
                      + " empty on a trust's LOCAL scale, whose grades are the trust's own free text.",
                  (c, r) ->
                      firstHarm(c)
                          .flatMap(Harm::severity)
                          .filter(s -> s.scale() != SeverityScale.LOCAL)
                          .map(HarmSeverity::grade)
                          .orElse("")),
              column(
                  "sensitive",
                  BOOLEAN,
                  "Whether any harm of the case is sensitive (a sensitive flag or an intimate"
                      + " relationship).",
                  (c, r) -> bool(c.harms().stream().anyMatch(Harm::isSensitive))),
              column(
                  "sensitive_flags",
                  CODES,
                  "The sensitive-case flags of every harm, joined by ';'.",
                  (c, r) ->
                      codes(c.harms().stream().flatMap(h -> h.sensitiveFlags().stream()).toList())),
              column(
                  "legal_status",
                  CODE,
                  "The criminal-justice status of the first harm.",
                  (c, r) -> firstHarm(c).map(h -> h.legalStatus().name()).orElse("")),
              column(
                  "party_count",
                  INTEGER,
                  "How many parties the case holds, supporters included.",
                  (c, r) -> Integer.toString(c.parties().size())),
              column(
                  "process_types",
                  CODES,
                  "The process types offered, in order, joined by ';'.",
                  (c, r) ->
                      c.processes().stream()
                          .map(p -> p.type().name())
                          .collect(Collectors.joining(";"))),
              column(
                  "process_statuses",
                  CODES,
                  "Each process's status, in the same order.",
                  (c, r) ->
                      c.processes().stream()
                          .map(p -> p.status().name())
                          .collect(Collectors.joining(";"))),
              column(
                  "meetings_held",
                  INTEGER,
                  "How many meetings were held.",
                  (c, r) ->
                      Long.toString(
                          c.meetings().stream()
                              .filter(m -> m.status() == MeetingStatus.HELD)
                              .count())),
              column(
                  "messages_delivered",
                  INTEGER,
                  "How many indirect messages were delivered.",
                  (c, r) ->
                      Long.toString(
                          c.messages().stream().filter(m -> m.deliveredAt().isPresent()).count())),
              column(
                  "agreement_statuses",
                  CODES,
                  "Each outcome agreement's status, joined by ';'.",
                  (c, r) ->
                      c.agreements().stream()
                          .map(a -> a.status().name())
                          .collect(Collectors.joining(";"))),
              column(
                  "action_count",
                  INTEGER,
                  "How many agreed actions the case holds.",
                  (c, r) -> Integer.toString(c.actions().size())),
              column(
                  "actions_completed",
                  INTEGER,
                  "How many actions are COMPLETED.",
                  (c, r) ->
                      Long.toString(
                          c.actions().stream()
                              .filter(a -> a.status() == ActionStatus.COMPLETED)
                              .count())),
              column(
                  "withdrawal_count",
                  INTEGER,
                  "How many withdrawals were recorded.",
                  (c, r) -> Integer.toString(c.withdrawals().size())),
              column(
                  "paused_from",
                  CODE,
                  "For a paused case, the stage it was paused from.",
                  (c, r) -> c.pause().map(p -> p.pausedFrom().name()).orElse("")),
              column(
                  "pause_reason",
                  CODE,
                  "For a paused case, why.",
                  (c, r) -> c.pause().map(p -> p.reason().name()).orElse("")),
              column(
                  "paused_on",
                  DATE,
                  "For a paused case, the day it was paused.",
                  (c, r) ->
                      c.pause()
                          .map(Pause::since)
                          .map(at -> day(at, () -> "/pause/since"))
                          .orElse("")),
              column(
                  "closed_on",
                  DATE,
                  "For a closed case, the day it was closed.",
                  (c, r) ->
                      c.closure()
                          .map(Closure::closedAt)
                          .map(at -> day(at, () -> "/closure/closedAt"))
                          .orElse("")),
              column(
                  "closure_outcome",
                  CODE,
                  "For a closed case, how it closed: CLOSED_COMPLETED, CLOSED_PARTIAL,"
                      + " CLOSED_NOT_PROCEEDING or CLOSED_WITHDRAWN.",
                  (c, r) -> c.isClosed() ? c.stage().name() : ""),
              column(
                  "not_proceeding_reason",
                  CODE,
                  "For a case closed as not proceeding, why.",
                  (c, r) ->
                      c.closure()
                          .flatMap(Closure::notProceedingReason)
                          .map(Enum::name)
                          .orElse(""))));

  // ------------------------------------------------------------------------------- parties

  /** One row per party. */
  public static final ResearchTable PARTIES =
      ResearchTable.<Party>of(
          "parties",
          "One row per party of a case. No names, dates of birth, languages or free text.",
          RestorativeCase::parties,
          List.of(
              column("case_id", ID, "The case's id.", (c, p) -> c.id().value()),
              column(
                  "party_id",
                  ID,
                  "The party's id, unique within the case.",
                  (c, p) -> p.id().value()),
              column(
                  "role",
                  CODE,
                  "The party's role (PERSON_HARMED, PERSON_RESPONSIBLE, SUPPORTER, ...).",
                  (c, p) -> p.role().name()),
              column(
                  "person_type",
                  CODE,
                  "Patient, staff member, family member or carer, ...",
                  (c, p) -> p.personType().name()),
              column(
                  "principal_party_id",
                  ID,
                  "For a supporter or representative, the party they support or represent.",
                  (c, p) -> text(p.principal())),
              column(
                  "relationship_to_principal",
                  CODE,
                  "How a supporter is related to that party.",
                  (c, p) -> text(p.relationshipToPrincipal())),
              column(
                  "speaking_role",
                  CODE,
                  "For a supporter, ACTIVE or PRESENCE_ONLY.",
                  (c, p) -> text(p.speakingRole())),
              column(
                  "age_band",
                  CODE,
                  "The party's age band on the day of the referral (from the date of birth, which is"
                      + " not exported, or the recorded band); empty when the date of birth is after it.",
                  (c, p) ->
                      text(
                          p.knownAgeBandOn(
                              dayOf(c.referral().receivedAt(), () -> "/referral/receivedAt")))),
              column(
                  "care_context",
                  CODE,
                  "For a patient, the care they receive (FORENSIC_INPATIENT, ...).",
                  (c, p) -> text(p.careContext())),
              column(
                  "mha_section",
                  CODE,
                  "The Mental Health Act section or status (S37_41, INFORMAL, ...).",
                  (c, p) -> p.mentalHealthAct().map(m -> m.section().name()).orElse("")),
              column(
                  "detained",
                  BOOLEAN,
                  "Whether the party is detained in hospital.",
                  (c, p) -> bool(p.isDetained())),
              column(
                  "restricted",
                  BOOLEAN,
                  "Whether the party is a restricted patient.",
                  (c, p) ->
                      bool(
                          p.mentalHealthAct()
                              .map(MentalHealthActStatus::restricted)
                              .orElse(false))),
              column(
                  "criminal_responsibility",
                  CODE,
                  "The criminal responsibility recorded, if any.",
                  (c, p) -> text(p.criminalResponsibility())),
              column(
                  "reason_to_doubt_capacity",
                  BOOLEAN,
                  "Whether there is reason to doubt the party's capacity to decide to take part.",
                  (c, p) -> bool(p.reasonToDoubtCapacity())),
              column(
                  "communication_needs",
                  CODES,
                  "The party's communication needs, joined by ';'.",
                  (c, p) -> codes(p.communicationNeeds())),
              column(
                  "adjustments",
                  CODES,
                  "The kinds of adjustment the party needs, joined by ';'.",
                  (c, p) -> codes(p.adjustments().stream().map(Adjustment::type).toList())),
              column(
                  "vulnerability_flags",
                  CODES,
                  "The party's vulnerability flags, joined by ';'.",
                  (c, p) -> codes(p.vulnerabilityFlags())),
              column(
                  "vcs_status",
                  CODE,
                  "The Victim Contact Scheme status, if recorded.",
                  (c, p) -> p.victimContactScheme().map(v -> v.status().name()).orElse("")),
              column(
                  "highest_acknowledgement",
                  CODE,
                  "The highest level of acknowledgement of responsibility recorded (FACTS < OWN_PART <"
                      + " HARM_CAUSED < REMORSE < WILLING_TO_REPAIR).",
                  (c, p) ->
                      p.acknowledgements().stream()
                          .map(Acknowledgement::level)
                          .max(Comparator.naturalOrder())
                          .map(Enum::name)
                          .orElse("")),
              column(
                  "leave_authorisations",
                  INTEGER,
                  "How many s17 leave authorisations are recorded.",
                  (c, p) -> Integer.toString(p.leaveAuthorisations().size()))));

  // ------------------------------------------------------------------------------- meetings

  /** One row per meeting. */
  public static final ResearchTable MEETINGS =
      ResearchTable.<Meeting>of(
          "meetings",
          "One row per meeting (direct meetings, conferences, circles, conversations).",
          RestorativeCase::meetings,
          List.of(
              column("case_id", ID, "The case's id.", (c, m) -> c.id().value()),
              column(
                  "meeting_id",
                  ID,
                  "The meeting's id, unique within the case.",
                  (c, m) -> m.id().value()),
              column(
                  "process_id",
                  ID,
                  "The process the meeting belongs to.",
                  (c, m) -> m.process().value()),
              column(
                  "process_type",
                  CODE,
                  "That process's type.",
                  (c, m) ->
                      c.processes().stream()
                          .filter(p -> p.id().equals(m.process()))
                          .findFirst()
                          .map(RestorativeProcess::type)
                          .map(Enum::name)
                          .orElse("")),
              column(
                  "status",
                  CODE,
                  "PLANNED, SCHEDULED, IN_PROGRESS, HELD, ADJOURNED or ABANDONED.",
                  (c, m) -> m.status().name()),
              column(
                  "venue_type",
                  CODE,
                  "ON_WARD, HOSPITAL_GROUNDS, OFF_SITE or ONLINE.",
                  (c, m) -> m.venue().type().name()),
              column("medium", CODE, "IN_PERSON, VIDEO, PHONE, ...", (c, m) -> m.medium().name()),
              column(
                  "start_at",
                  DATETIME,
                  "When the meeting starts or started, if set.",
                  (c, m) ->
                      m.startAt()
                          .map(at -> moment(at, in("meetings", c.meetings(), m, "startAt")))
                          .orElse("")),
              column(
                  "end_at",
                  DATETIME,
                  "When the meeting ended, if it did.",
                  (c, m) ->
                      m.endAt()
                          .map(at -> moment(at, in("meetings", c.meetings(), m, "endAt")))
                          .orElse("")),
              column(
                  "duration_minutes",
                  INTEGER,
                  "From start to end, in whole minutes.",
                  (c, m) ->
                      m.startAt()
                          .flatMap(s -> m.endAt().map(e -> Duration.between(s, e)))
                          .map(d -> Long.toString(d.toMinutes()))
                          .orElse("")),
              column(
                  "attendees",
                  INTEGER,
                  "How many parties were expected to attend.",
                  (c, m) -> Integer.toString(m.attendees().size())),
              column(
                  "attended",
                  INTEGER,
                  "How many parties were present (attended or left early).",
                  (c, m) ->
                      Long.toString(m.attendees().stream().filter(Attendee::wasPresent).count())),
              column(
                  "facilitators",
                  INTEGER,
                  "How many facilitators ran it.",
                  (c, m) -> Integer.toString(m.facilitators().size())),
              column(
                  "professionals",
                  INTEGER,
                  "How many professionals in non-party roles were there (interpreters, advocates, ...).",
                  (c, m) -> Integer.toString(m.professionals().size())),
              column(
                  "adjustments",
                  CODES,
                  "The kinds of adjustment arranged, joined by ';'.",
                  (c, m) -> codes(m.adjustments().stream().map(a -> a.type()).toList())),
              column(
                  "stop_reason",
                  CODE,
                  "For an adjourned or abandoned meeting, why it stopped.",
                  (c, m) -> text(m.stopReason())),
              column(
                  "question_sets",
                  CODES,
                  "The question sets used, as ID:version, joined by ';'.",
                  (c, m) ->
                      c.questionSetUses().stream()
                          .filter(u -> u.meeting().filter(m.id()::equals).isPresent())
                          .map(u -> u.questionSet().id().value() + ":" + u.questionSet().version())
                          .collect(Collectors.joining(";")))));

  // ------------------------------------------------------------------------------- actions

  /** One row per action of an outcome agreement. */
  public static final ResearchTable ACTIONS =
      ResearchTable.<Action>of(
          "actions",
          "One row per action of an outcome agreement. No descriptions, evidence or role names.",
          RestorativeCase::actions,
          List.of(
              column("case_id", ID, "The case's id.", (c, a) -> c.id().value()),
              column(
                  "action_id",
                  ID,
                  "The action's id, unique within the case.",
                  (c, a) -> a.id().value()),
              column(
                  "agreement_id",
                  ID,
                  "The outcome agreement it belongs to.",
                  (c, a) -> a.agreement().value()),
              column(
                  "agreement_status",
                  CODE,
                  "That agreement's status.",
                  (c, a) ->
                      c.agreement(a.agreement())
                          .map(OutcomeAgreement::status)
                          .map(Enum::name)
                          .orElse("")),
              column(
                  "type",
                  CODE,
                  "The kind of action (APOLOGY_WRITTEN, BEHAVIOURAL_COMMITMENT, ...).",
                  (c, a) -> a.type().name()),
              column(
                  "owner_kind",
                  CODE,
                  "PARTY when a party owns the action, ROLE when an organisational role does, empty"
                      + " when it names no owner yet.",
                  (c, a) -> a.owner().map(o -> o.isParty() ? "PARTY" : "ROLE").orElse("")),
              column(
                  "owner_party_id",
                  ID,
                  "The party who owns it, when a party does.",
                  (c, a) -> text(a.ownerParty())),
              column(
                  "beneficiaries",
                  INTEGER,
                  "How many parties it is for.",
                  (c, a) -> Integer.toString(a.beneficiaries().size())),
              column(
                  "due_on",
                  DATE,
                  "The day it is due, if it has a due date.",
                  (c, a) ->
                      a.dueOn()
                          .map(d -> date(d, in("actions", c.actions(), a, "dueOn")))
                          .orElse("")),
              column(
                  "review_on",
                  DATE,
                  "The day an ongoing commitment is reviewed, if set.",
                  (c, a) ->
                      a.reviewOn()
                          .map(d -> date(d, in("actions", c.actions(), a, "reviewOn")))
                          .orElse("")),
              column(
                  "monitoring_method",
                  CODE,
                  "How it is monitored.",
                  (c, a) -> text(a.monitoringMethod())),
              column(
                  "monitored_independently",
                  BOOLEAN,
                  "Whether it names a monitor who is not its owner.",
                  (c, a) -> bool(a.isMonitoredIndependently())),
              column(
                  "status",
                  CODE,
                  "PENDING, IN_PROGRESS, COMPLETED, PARTIALLY_COMPLETED, ...",
                  (c, a) -> a.status().name()),
              column(
                  "not_completed_reason",
                  CODE,
                  "Why it was not (fully) completed, if recorded.",
                  (c, a) -> text(a.notCompletedReason())),
              column(
                  "ended_at",
                  DATETIME,
                  "When it reached a final status, if it did.",
                  (c, a) ->
                      a.terminalAt()
                          .map(
                              at ->
                                  moment(
                                      at,
                                      in(
                                          "actions",
                                          c.actions(),
                                          a,
                                          "statusHistory",
                                          a.statusHistory().size() - 1,
                                          "at")))
                          .orElse("")),
              column(
                  "harmed_informed_at",
                  DATETIME,
                  "When the person harmed was told how it ended, if recorded.",
                  (c, a) ->
                      a.harmedInformedAt()
                          .map(at -> moment(at, in("actions", c.actions(), a, "harmedInformedAt")))
                          .orElse("")),
              column(
                  "amount",
                  DECIMAL,
                  "Financial reparation, in pounds, if any.",
                  (c, a) -> a.amount().map(v -> v.toPlainString()).orElse("")),
              column("hours", INTEGER, "Hours of work, if any.", (c, a) -> text(a.hours())),
              column(
                  "proportionality_check",
                  ID,
                  "The supervisor's sign-off that checked its proportionality, if any.",
                  (c, a) -> text(a.proportionalityCheck()))));

  // ------------------------------------------------------------------------------- evaluations

  /** One row per participant evaluation. */
  public static final ResearchTable EVALUATIONS =
      ResearchTable.<Evaluation>of(
          "evaluations",
          "One row per participant evaluation. No comments.",
          RestorativeCase::evaluations,
          List.of(
              column("case_id", ID, "The case's id.", (c, e) -> c.id().value()),
              column(
                  "evaluation_id",
                  ID,
                  "The evaluation's id, unique within the case.",
                  (c, e) -> e.id().value()),
              column("party_id", ID, "The party who was asked.", (c, e) -> e.party().value()),
              column(
                  "role_at_time", CODE, "Their role when asked.", (c, e) -> e.roleAtTime().name()),
              column(
                  "uptake",
                  CODE,
                  "NOT_OFFERED, OFFERED_DECLINED, OFFERED_NO_RESPONSE or COMPLETED.",
                  (c, e) -> e.uptake().name()),
              column(
                  "offered_on",
                  DATE,
                  "The day the evaluation was offered.",
                  (c, e) ->
                      e.offeredAt()
                          .map(at -> day(at, in("evaluations", c.evaluations(), e, "offeredAt")))
                          .orElse("")),
              column(
                  "completed_on",
                  DATE,
                  "The day it was completed.",
                  (c, e) ->
                      e.completedAt()
                          .map(at -> day(at, in("evaluations", c.evaluations(), e, "completedAt")))
                          .orElse("")),
              column(
                  "completed_process",
                  BOOLEAN,
                  "Whether the party took part to the end: the denominator for satisfaction.",
                  (c, e) -> bool(e.completedProcess())),
              column(
                  "satisfaction",
                  CODE,
                  "VERY_DISSATISFIED to VERY_SATISFIED.",
                  (c, e) -> text(e.satisfaction())),
              column(
                  "would_recommend",
                  BOOLEAN,
                  "Whether they would recommend it.",
                  (c, e) -> e.wouldRecommend().map(ResearchTables::bool).orElse("")),
              column(
                  "felt_after",
                  CODE,
                  "BETTER, NO_DIFFERENCE or WORSE.",
                  (c, e) -> text(e.feltAfter())),
              column(
                  "ies_r_score",
                  INTEGER,
                  "Impact of Event Scale - Revised, 0 to 88.",
                  (c, e) -> text(e.iesRScore())),
              column(
                  "procedural_fairness",
                  INTEGER,
                  "Procedural fairness, 1 to 5.",
                  (c, e) -> text(e.proceduralFairness()))));

  /** The five tables, in the order they are written. */
  public static final List<ResearchTable> ALL =
      List.of(CASES, PARTIES, MEETINGS, ACTIONS, EVALUATIONS);

  /** The data dictionary's file, {@code data-dictionary.csv}. */
  public static final String DICTIONARY_FILE = "data-dictionary.csv";

  /** The data dictionary's header row: table, column, type, description. */
  public static final List<String> DICTIONARY_HEADER =
      List.of("table", "column", "type", "description");

  /**
   * The data dictionary: one row per column of every table, in order, giving the table's file, the
   * column's name, its type's {@link ColumnType#code() code} and its description.
   *
   * @return the rows, without the header
   */
  public static List<List<String>> dictionary() {
    List<List<String>> rows = new ArrayList<>();
    for (ResearchTable table : ALL) {
      for (Column column : table.columns()) {
        rows.add(List.of(table.file(), column.name(), column.type().code(), column.description()));
      }
    }
    return List.copyOf(rows);
  }

  /**
   * Writes the data dictionary, with its header row, as CSV.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeDictionary(Appendable out) throws IOException {
    ResearchCsv.write(out, DICTIONARY_HEADER, dictionary());
  }

  /**
   * Writes the data dictionary to {@code data-dictionary.csv} in a folder, replacing it.
   *
   * @param directory the folder; it must exist
   * @return the file written
   * @throws IOException if writing fails
   */
  public static Path writeDictionary(Path directory) throws IOException {
    Path file = directory.resolve(DICTIONARY_FILE);
    ResearchCsv.write(file, DICTIONARY_HEADER, dictionary());
    return file;
  }

  // ------------------------------------------------------------------------------- values

  /** The harm the referral names first; none for a draft whose referral names no harm yet. */
  private static Optional<Harm> firstHarm(RestorativeCase c) {
    return c.referral().harms().stream().findFirst().flatMap(c::harm);
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  private static String bool(boolean value) {
    return value ? "true" : "false";
  }

  /**
   * A moment as an ISO-8601 instant in UTC.
   *
   * @throws ResearchTable.OutOfRange if it is outside the years 0001 to 9999
   */
  private static String moment(Instant at, Supplier<String> pointer) {
    return inRange(at, pointer).toString();
  }

  /** The day a moment falls on in the trust's zone, as an ISO-8601 date; see {@link #dayOf}. */
  private static String day(Instant at, Supplier<String> pointer) {
    return dayOf(at, pointer).toString();
  }

  /**
   * The day a moment falls on in the trust's zone, kept within the years 0001 to 9999: a moment of
   * those years (in UTC) within a day of their ends can fall on 0000-12-31 or 10000-01-01 in the
   * zone (Europe/London was 75 seconds behind UTC in year 0001), and is taken as on the first or
   * last day of the range, which every reader of ISO-8601 dates parses.
   *
   * @throws ResearchTable.OutOfRange if the moment is outside the years 0001 to 9999 (UTC)
   */
  private static LocalDate dayOf(Instant at, Supplier<String> pointer) {
    LocalDate day = LocalDate.ofInstant(inRange(at, pointer), ZONE);
    return day.isBefore(RecordCalendar.FIRST_DAY)
        ? RecordCalendar.FIRST_DAY
        : day.isAfter(RecordCalendar.LAST_DAY) ? RecordCalendar.LAST_DAY : day;
  }

  /**
   * The JSON Pointer of an attribute of a part of one of the case's lists, such as {@code
   * /meetings/2/startAt}, made only when a value is refused.
   */
  private static Supplier<String> in(String list, List<?> parts, Object part, Object... then) {
    return () -> {
      Object[] segments = new Object[then.length + 2];
      segments[0] = list;
      segments[1] = parts.indexOf(part);
      System.arraycopy(then, 0, segments, 2, then.length);
      return Pointer.of(segments);
    };
  }

  private static Instant inRange(Instant at, Supplier<String> pointer) {
    if (!RecordCalendar.holds(at)) {
      throw new ResearchTable.OutOfRange(pointer.get(), "moments in the years 0001 to 9999 (UTC)");
    }
    return at;
  }

  /**
   * A date as an ISO-8601 date.
   *
   * @throws ResearchTable.OutOfRange if it is outside the years 0001 to 9999
   */
  private static String date(LocalDate day, Supplier<String> pointer) {
    if (!RecordCalendar.holds(day)) {
      throw new ResearchTable.OutOfRange(pointer.get(), "dates in the years 0001 to 9999");
    }
    return day.toString();
  }

  /** Codes in their declaration order, distinct, joined by ';'. */
  private static <E extends Enum<E>> String codes(Collection<E> values) {
    return values.stream()
        .distinct()
        .sorted(Comparator.naturalOrder())
        .map(Enum::name)
        .collect(Collectors.joining(";"));
  }
}
