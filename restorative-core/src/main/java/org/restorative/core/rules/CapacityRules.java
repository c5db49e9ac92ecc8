package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CAPACITY_ASSESSED_WHEN_DOUBTED;
import static org.restorative.core.rules.StandardCode.CAPACITY_CURRENT_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CAPACITY_DECISION_SPECIFIC;
import static org.restorative.core.rules.StandardCode.CAPACITY_FINDING_COMPLETE;
import static org.restorative.core.rules.StandardCode.CHILD_COMPETENCE_RECORDED;
import static org.restorative.core.rules.StandardCode.INCAPACITY_NOT_FROM_STATUS_ALONE;
import static org.restorative.core.rules.StandardCode.NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.internal.Dates;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.rules.CheckContext.Indexed;

/**
 * Rules 11–17 of the domain brief §8: capacity and competence. Capacity is presumed unless there is
 * reason to doubt it; a doubt is resolved by an assessment for this decision, made before consent
 * and still current at the meeting; an incapacity finding is complete and never rests on status
 * alone; no one consents to take part on another's behalf; and a child under 16 is assessed for
 * Gillick competence, with a parent or guardian involved (brief §4.5–§4.7).
 */
final class CapacityRules {

  /** The pause reasons that mean a party's mental state or capacity changed (brief §1.7). */
  private static final Set<PauseReason> MENTAL_STATE_CHANGES =
      EnumSet.of(PauseReason.MENTAL_STATE_CHANGE, PauseReason.CAPACITY_TEMPORARILY_LOST);

  private CapacityRules() {}

  static List<Rule> rules() {
    return List.of(
        aDoubtAboutCapacityIsResolvedBeforeConsent(),
        theCapacityAssessmentIsForThisProcessAndThesePeople(),
        capacityIsStillCurrentWhenTheMeetingStarts(),
        aFindingOfIncapacitySaysWhichTestFailedAndWhy(),
        nobodyConsentsToTakePartOnAnothersBehalf(),
        incapacityIsNeverFoundFromStatusAlone(),
        aChildUnderSixteenIsAssessedForGillickCompetence());
  }

  /**
   * Rule 11: when there is reason to doubt a party's capacity at the time of their participation
   * consent — the flag on the party, or a recorded finding that they lack capacity or an
   * inconclusive one ({@link CheckContext#capacityDoubtedAt}) — an assessment finding capacity was
   * made before the consent, and the finding in force when they consented, for each process type it
   * covers, is that they have capacity ({@link CheckContext#capacityFindingInForce}). A consent
   * given by someone else is left to rule 15.
   */
  static Rule aDoubtAboutCapacityIsResolvedBeforeConsent() {
    return Rule.define(CAPACITY_ASSESSED_WHEN_DOUBTED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "MCA 2005 s1(2), s2(1) (at the material time); draft MCA Code of Practice 2022 (proper"
                + " reason to doubt)")
        .meaning(
            "When there is reason to doubt a party's capacity (flagged, or a recorded finding of"
                + " incapacity or an inconclusive one), an assessment finding capacity is in force when"
                + " their participation consent is given.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Consent> consents = context.restorativeCase().consents();
              for (int i = 0; i < consents.size(); i++) {
                Consent consent = consents.get(i);
                if (isOwnConsentGivenInDoubt(context, consent)
                    && !isDoubtResolved(context, consent)) {
                  findings.add(
                      Finding.at(
                          Pointer.of("consents", i, "capacityBasis"),
                          "Capacity was doubted but not found by an assessment in force at the"
                              + " consent."));
                }
              }
              return findings;
            })
        .withLimitations(
            "A reason to doubt capacity that nobody recorded (no flag, no assessment) cannot be"
                + " seen; capacity is then presumed, as MCA 2005 s1(2) says.");
  }

  /**
   * Rule 12: the assessment that resolved a doubt was about this decision: the process type the
   * party takes part in and the people they would meet. Applies only once rule 11 is satisfied.
   */
  static Rule theCapacityAssessmentIsForThisProcessAndThesePeople() {
    return Rule.define(CAPACITY_DECISION_SPECIFIC)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source("MCA 2005 s2(1) (in relation to the matter) and Explanatory Notes §21")
        .meaning(
            "A capacity assessment resolves a doubt only if its decision names the process type and the"
                + " counterparties of each process the consent covers.")
        .check(
            context -> {
              Map<PartyId, List<RestorativeProcess>> processesOf = new HashMap<>();
              for (RestorativeProcess process : context.restorativeCase().processes()) {
                for (PartyId participant : process.participants()) {
                  processesOf.computeIfAbsent(participant, p -> new ArrayList<>()).add(process);
                }
              }
              List<Finding> findings = new ArrayList<>();
              List<Consent> consents = context.restorativeCase().consents();
              for (int i = 0; i < consents.size(); i++) {
                Consent consent = consents.get(i);
                if (!isOwnConsentGivenInDoubt(context, consent)
                    || !isDoubtResolved(context, consent)) {
                  continue;
                }
                List<Indexed<CapacityAssessment>> found =
                    capacityFoundBy(context, consent.party(), consent.obtainedAt().get());
                boolean specific = true;
                for (RestorativeProcess process :
                    processesOf.getOrDefault(consent.party(), List.of())) {
                  boolean covered =
                      consent
                          .participation()
                          .filter(s -> s.processTypes().contains(process.type()))
                          .isPresent();
                  if (!covered) {
                    continue;
                  }
                  Set<PartyId> counterparties = counterpartiesIn(context, process, consent.party());
                  specific &= anyMatches(found, process.type(), counterparties);
                }
                if (!specific) {
                  findings.add(
                      Finding.at(
                          Pointer.of("capacityAssessments", latest(found).index(), "decision"),
                          "The capacity assessment was not for the process type and people the"
                              + " consent covers."));
                }
              }
              return findings;
            });
  }

  /**
   * Rule 13: an attendee's capacity is current when the meeting starts (MCA 2005 s2(1), "at the
   * material time"). After a pause for a change in mental state or lost capacity (about them, or
   * about no one in particular), every attendee, assessed before or not, has a fresh assessment
   * finding capacity or a reconfirmation of consent dated after the pause and before the meeting; a
   * pause for lost capacity that names them needs the fresh assessment. And when the finding in
   * force at the start found capacity but marked it fluctuating, capacity was found again (by that
   * finding, a later one or a reconfirmation of consent) after their last preparation contact and
   * within the policy's window when the trust set one. An inconclusive finding in force at the
   * start, made after the attendee last consented, leaves capacity unresolved at the material time.
   * A finding of incapacity in force is left to rules 3 (it invalidates an earlier consent) and 11
   * (a consent given under it); an attendee whose withdrawal from the meeting stood when it was
   * judged is not judged ({@link CheckContext#hadWithdrawnFrom}), while one who withdrew from the
   * process and consented to its type afresh by then is. A meeting still to come is judged as
   * {@link CheckContext#isDueForJudgement} says.
   */
  static Rule capacityIsStillCurrentWhenTheMeetingStarts() {
    return Rule.define(CAPACITY_CURRENT_BEFORE_MEETING)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "MCA 2005 s2(1)–(2) (at the material time; temporary impairment) and Explanatory"
                + " Notes §21; window: practice consensus, no number in any source")
        .meaning(
            "After a pause for a change in mental state, every attendee has a fresh finding of"
                + " capacity or a reconfirmation of consent before the meeting; where the finding in"
                + " force is fluctuating, capacity is found again after the last preparation contact"
                + " (and within the policy's window, if set); an inconclusive finding since the last"
                + " consent is resolved first.")
        .check(
            context -> {
              Optional<Duration> window = context.policy().capacityReassessmentWindow();
              List<CaseEvent> mentalStatePauses = new ArrayList<>();
              for (CaseEvent event : context.restorativeCase().history()) {
                if (isMentalStatePause(event)) {
                  mentalStatePauses.add(event);
                }
              }
              Map<PartyId, List<Instant>> contacts = new HashMap<>();
              for (PreparationContact contact : context.restorativeCase().preparationContacts()) {
                contacts.computeIfAbsent(contact.party(), p -> new ArrayList<>()).add(contact.at());
              }
              List<Finding> findings = new ArrayList<>();
              for (Indexed<Meeting> meeting : context.meetingsInScope()) {
                Optional<ProcessType> type = context.processType(meeting.value().process());
                boolean judged = context.isDueForJudgement(meeting.value(), Optional.empty());
                boolean judgedForRecency = context.isDueForJudgement(meeting.value(), window);
                if (type.isEmpty() || !(judged || judgedForRecency)) {
                  continue;
                }
                Instant start = meeting.value().startAt().get();
                List<Attendee> attendees = meeting.value().attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  if (context.hadWithdrawnFrom(
                      party, meeting.value(), context.judgedAt(meeting.value()))) {
                    continue;
                  }
                  Optional<String> problem =
                      judged
                          ? afterAChangeOfMentalState(
                              context, party, type.get(), start, mentalStatePauses)
                          : Optional.empty();
                  if (problem.isEmpty() && judged) {
                    problem = leftInDoubt(context, party, type.get(), start);
                  }
                  if (problem.isEmpty() && judgedForRecency) {
                    problem =
                        whileCapacityFluctuates(
                            context,
                            party,
                            type.get(),
                            start,
                            window,
                            contacts.getOrDefault(party, List.of()));
                  }
                  if (problem.isPresent()) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", meeting.index(), "attendees", j),
                            problem.get()));
                  }
                }
              }
              return findings;
            })
        .withPolicyParameters("capacityReassessmentWindow")
        .withLimitations(
            "A change in mental state is seen only when it is recorded as a pause (mental state"
                + " change, capacity temporarily lost); a change noted elsewhere is not.");
  }

  /**
   * Rule 14: a finding that someone lacks capacity records which functional limb failed (s3(1)),
   * the impairment identified and described, the causal link between the impairment and the
   * inability to decide, established and explained (s2(1): unable "because of" the impairment), and
   * the practicable steps tried to help them decide (s1(3)). Each missing part is reported at its
   * own field.
   */
  static Rule aFindingOfIncapacitySaysWhichTestFailedAndWhy() {
    return Rule.define(CAPACITY_FINDING_COMPLETE)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source("MCA 2005 s1(3), s2(1), s3(1)")
        .meaning(
            "A lacks-capacity outcome records the failed functional limbs, the impairment, the causal"
                + " link from the impairment to the inability (established and explained) and the"
                + " practicable steps tried.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<CapacityAssessment> assessments =
                  context.restorativeCase().capacityAssessments();
              for (int k = 0; k < assessments.size(); k++) {
                CapacityAssessment a = assessments.get(k);
                if (a.outcome() != CapacityOutcome.LACKS_CAPACITY) {
                  continue;
                }
                if (a.failedLimbs().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("capacityAssessments", k, "functional"),
                          "A finding of incapacity names no functional limb that failed."));
                }
                if (!a.impairmentIdentified().orElse(false)) {
                  findings.add(
                      Finding.at(
                          Pointer.of("capacityAssessments", k, "impairmentIdentified"),
                          "A finding of incapacity identifies no impairment of the mind or brain."));
                } else if (a.impairment().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("capacityAssessments", k, "impairment"),
                          "A finding of incapacity does not describe the impairment."));
                } else if (!a.causalLinkEstablished().orElse(false)) {
                  findings.add(
                      Finding.at(
                          Pointer.of("capacityAssessments", k, "causalLinkEstablished"),
                          "A finding of incapacity does not establish that the inability is because of"
                              + " the impairment."));
                } else if (a.causalLinkRationale().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("capacityAssessments", k, "causalLinkRationale"),
                          "A finding of incapacity does not explain why the inability is because of the"
                              + " impairment."));
                }
                if (a.practicableSteps().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("capacityAssessments", k, "practicableSteps"),
                          "A finding of incapacity records no practicable step tried to help."));
                }
              }
              return findings;
            });
  }

  /**
   * Rule 15: only the person themselves consents to take part; an attorney, deputy, relative,
   * clinician, parent or best-interests decision cannot.
   */
  static Rule nobodyConsentsToTakePartOnAnothersBehalf() {
    return Rule.define(NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "RJC Service Provider Code C; practice consensus; needs legal review (restorative"
                + " justice is not in the MCA 2005 s27 excluded list)")
        .meaning(
            "Only the person's own consent counts for participation; no substitute or best-interests"
                + " consent (the brief says this needs legal review before it is a hard rule).")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Consent> consents = context.restorativeCase().consents();
              for (int i = 0; i < consents.size(); i++) {
                Consent consent = consents.get(i);
                if (consent.kind() == ConsentKind.PARTICIPATION
                    && !consent.givenBy().countsForParticipation()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("consents", i, "givenBy"),
                          "A participation consent was given by someone other than the person."));
                }
              }
              return findings;
            });
  }

  /**
   * Rule 16: a finding that someone lacks capacity confirms it does not rest solely on diagnosis,
   * detention, age, appearance or behaviour, or on an unwise decision.
   */
  static Rule incapacityIsNeverFoundFromStatusAlone() {
    return Rule.define(INCAPACITY_NOT_FROM_STATUS_ALONE)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source("MCA 2005 s2(3), s1(4)")
        .meaning(
            "A lacks-capacity outcome confirms it is not based solely on diagnosis, detention, age,"
                + " appearance, behaviour or an unwise decision.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<CapacityAssessment> assessments =
                  context.restorativeCase().capacityAssessments();
              for (int k = 0; k < assessments.size(); k++) {
                CapacityAssessment assessment = assessments.get(k);
                if (assessment.outcome() == CapacityOutcome.LACKS_CAPACITY
                    && !assessment.notBasedSolelyOnStatus()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("capacityAssessments", k, "notBasedSolelyOnStatus"),
                          "A finding of incapacity does not confirm it rests on more than status."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the finding in truth rested on more than status is the assessor's"
                + " judgement; the rule checks the assessor's recorded confirmation.");
  }

  /**
   * Rule 17: a child under 16 who consents to take part was first found Gillick competent by an
   * assessment that found each Gillick factor (understanding of the issues, of the risks and
   * options, ability to give reasons, maturity considered), and a parent or guardian's involvement
   * is really recorded: who holds parental responsibility, that they were told, and not after the
   * consent. A young person of 16 or 17 uses the MCA route. A consent given by someone else, a
   * parent included, is left to rule 15.
   */
  static Rule aChildUnderSixteenIsAssessedForGillickCompetence() {
    return Rule.define(CHILD_COMPETENCE_RECORDED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source("Gillick competence; Victims' Code 2020 definitions; practice consensus")
        .meaning(
            "A participant under 16 has a Gillick assessment, finding each factor and them"
                + " competent, before consent, and a record of parental or guardian involvement"
                + " naming the holder of responsibility, who was told, by the day of consent.")
        .check(
            context -> {
              Map<CompetenceAssessmentId, Indexed<CompetenceAssessment>> competence =
                  new HashMap<>();
              List<CompetenceAssessment> assessments =
                  context.restorativeCase().competenceAssessments();
              for (int k = 0; k < assessments.size(); k++) {
                competence.putIfAbsent(
                    assessments.get(k).id(), new Indexed<>(k, assessments.get(k)));
              }
              List<Finding> findings = new ArrayList<>();
              Set<String> reported = new HashSet<>();
              List<Consent> consents = context.restorativeCase().consents();
              for (int i = 0; i < consents.size(); i++) {
                Consent consent = consents.get(i);
                if (!isOwnParticipationConsent(consent)) {
                  continue;
                }
                Instant obtainedAt = consent.obtainedAt().get();
                LocalDate consentDay = context.dateOf(obtainedAt);
                Optional<Party> child =
                    context.party(consent.party()).filter(p -> isUnder16On(p, consentDay));
                if (child.isEmpty()) {
                  continue;
                }
                Optional<Indexed<CompetenceAssessment>> basis =
                    consent
                        .competenceBasis()
                        .map(competence::get)
                        .filter(a -> a.value().party().equals(consent.party()))
                        .filter(a -> a.value().isCompetent())
                        .filter(a -> !a.value().assessedAt().isAfter(obtainedAt));
                if (basis.isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("consents", i, "competenceBasis"),
                          "A consent from a child under 16 does not name a prior assessment finding"
                              + " them competent."));
                } else {
                  gillickFactorsUnmet(basis.get(), reported).forEach(findings::add);
                }
                parentalInvolvementGaps(context, child.get(), consentDay, reported)
                    .forEach(findings::add);
              }
              return findings;
            })
        .withLimitations(
            "Whether the assessor's judgement of each Gillick factor was sound, and whether a"
                + " competent child asked that a parent not be told, are matters of practice the"
                + " record does not show.");
  }

  /** Each Gillick factor that an assessment finding competence did not find, reported once. */
  private static List<Finding> gillickFactorsUnmet(
      Indexed<CompetenceAssessment> indexed, Set<String> reported) {
    CompetenceAssessment a = indexed.value();
    Map<String, Boolean> factors = new LinkedHashMap<>();
    factors.put("understandsIssues", a.understandsIssues());
    factors.put("understandsRisksAndOptions", a.understandsRisksAndOptions());
    factors.put("canGiveReasons", a.canGiveReasons());
    factors.put("maturityConsidered", a.maturityConsidered());
    List<Finding> findings = new ArrayList<>();
    factors.forEach(
        (factor, found) -> {
          String path = Pointer.of("competenceAssessments", indexed.index(), factor);
          if (!found && reported.add(path)) {
            findings.add(
                Finding.at(
                    path, "A finding of Gillick competence does not record one of the factors."));
          }
        });
    return findings;
  }

  /**
   * What a child's record of parental involvement lacks: the record, the holder of parental
   * responsibility, that they were told, or a day of recording not after the consent; reported once
   * per field.
   */
  private static List<Finding> parentalInvolvementGaps(
      CheckContext context, Party child, LocalDate consentDay, Set<String> reported) {
    String path = context.partyPath(child.id()) + "/parentalInvolvement";
    List<Finding> findings = new ArrayList<>();
    Optional<ParentalInvolvement> involvement = child.parentalInvolvement();
    if (involvement.isEmpty()) {
      if (reported.add(path)) {
        findings.add(
            Finding.at(
                path,
                "A child under 16 taking part has no record of parental or guardian"
                    + " involvement."));
      }
      return findings;
    }
    ParentalInvolvement record = involvement.get();
    if (record.holderOfResponsibility().isEmpty()
        && reported.add(path + "/holderOfResponsibility")) {
      findings.add(
          Finding.at(
              path + "/holderOfResponsibility",
              "A record of parental involvement does not say who has parental responsibility."));
    }
    if (!record.informed() && reported.add(path + "/informed")) {
      findings.add(
          Finding.at(
              path + "/informed",
              "A record of parental involvement does not say the parent or guardian was told."));
    }
    if (record.recordedOn().filter(day -> day.isAfter(consentDay)).isPresent()
        && reported.add(path + "/recordedOn")) {
      findings.add(
          Finding.at(
              path + "/recordedOn",
              "Parental involvement was recorded only after the child's consent."));
    }
    return findings;
  }

  // ---------------------------------------------------------------- shared by the capacity rules

  /** An obtained participation consent given by the person themselves (others: rule 15). */
  private static boolean isOwnParticipationConsent(Consent consent) {
    return ConsentRules.isObtainedParticipation(consent)
        && consent.givenBy().countsForParticipation();
  }

  /**
   * The person's own participation consent, given when there was reason to doubt their capacity.
   */
  private static boolean isOwnConsentGivenInDoubt(CheckContext context, Consent consent) {
    return isOwnParticipationConsent(consent)
        && context.capacityDoubtedAt(consent.party(), consent.obtainedAt().get());
  }

  /**
   * Whether a doubt about capacity was resolved when a consent was given: an assessment had found
   * capacity by then, and for each process type the consent covers, the finding in force then is
   * not one of incapacity or an inconclusive one. Whether the finding was about this very decision
   * is rule 12.
   */
  private static boolean isDoubtResolved(CheckContext context, Consent consent) {
    Instant at = consent.obtainedAt().get();
    if (capacityFoundBy(context, consent.party(), at).isEmpty()) {
      return false;
    }
    Set<ProcessType> types =
        consent.participation().map(ParticipationScope::processTypes).orElse(Set.of());
    for (ProcessType type : types) {
      Optional<Indexed<CapacityAssessment>> found =
          context.capacityFindingInForce(consent.party(), type, at);
      if (found.isPresent() && !found.get().value().hasCapacity()) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of these assessments was for a process type and these counterparties. */
  private static boolean anyMatches(
      List<Indexed<CapacityAssessment>> assessments,
      ProcessType type,
      Set<PartyId> counterparties) {
    for (int k = 0; k < assessments.size(); k++) {
      if (assessments.get(k).value().matches(type, counterparties)) {
        return true;
      }
    }
    return false;
  }

  /** The party's assessments finding capacity, made at or before a moment. */
  private static List<Indexed<CapacityAssessment>> capacityFoundBy(
      CheckContext context, PartyId party, Instant moment) {
    List<Indexed<CapacityAssessment>> assessments = context.capacityAssessmentsOf(party);
    List<Indexed<CapacityAssessment>> found = new ArrayList<>();
    for (int k = 0; k < assessments.size(); k++) {
      CapacityAssessment a = assessments.get(k).value();
      if (a.hasCapacity() && !a.assessedAt().isAfter(moment)) {
        found.add(assessments.get(k));
      }
    }
    return found;
  }

  /** The latest of some assessments; the first recorded wins a tie. */
  private static Indexed<CapacityAssessment> latest(List<Indexed<CapacityAssessment>> assessments) {
    Indexed<CapacityAssessment> latest = assessments.get(0);
    for (Indexed<CapacityAssessment> assessment : assessments) {
      if (assessment.value().assessedAt().isAfter(latest.value().assessedAt())) {
        latest = assessment;
      }
    }
    return latest;
  }

  /** The other principal participants of a process: the people a decision to take part is about. */
  private static Set<PartyId> counterpartiesIn(
      CheckContext context, RestorativeProcess process, PartyId party) {
    Set<PartyId> counterparties = new LinkedHashSet<>();
    for (PartyId participant : process.participants()) {
      if (!participant.equals(party)
          && context.party(participant).filter(p -> p.role().isPrincipal()).isPresent()) {
        counterparties.add(participant);
      }
    }
    return counterparties;
  }

  private static boolean isMentalStatePause(CaseEvent event) {
    return event.toStage().filter(to -> to == Stage.PAUSED).isPresent()
        && event.pauseReason().filter(MENTAL_STATE_CHANGES::contains).isPresent();
  }

  /**
   * After the last pause for a change in mental state before a meeting (about the attendee or about
   * no one), whether the attendee lacks a fresh finding of capacity, or a consent given or
   * reconfirmed, after it; a pause for lost capacity that names them needs the fresh finding.
   */
  private static Optional<String> afterAChangeOfMentalState(
      CheckContext context,
      PartyId party,
      ProcessType type,
      Instant start,
      List<CaseEvent> mentalStatePauses) {
    CaseEvent last = null;
    for (CaseEvent pause : mentalStatePauses) {
      boolean aboutThem = pause.party().filter(p -> !p.equals(party)).isEmpty();
      if (aboutThem
          && pause.at().isBefore(start)
          && (last == null || !pause.at().isBefore(last.at()))) {
        last = pause;
      }
    }
    if (last == null) {
      return Optional.empty();
    }
    Instant changed = last.at();
    Predicate<Instant> fresh = at -> at.isAfter(changed) && !at.isAfter(start);
    boolean reassessed = false;
    for (Indexed<CapacityAssessment> assessment : context.capacityAssessmentsOf(party)) {
      CapacityAssessment a = assessment.value();
      Optional<ProcessType> about = a.decision().processType();
      if (a.hasCapacity()
          && fresh.test(a.assessedAt())
          && (about.isEmpty() || about.get() == type)) {
        reassessed = true;
        break;
      }
    }
    boolean capacityLost =
        last.pauseReason().filter(r -> r == PauseReason.CAPACITY_TEMPORARILY_LOST).isPresent()
            && last.party().isPresent();
    if (reassessed) {
      return Optional.empty();
    }
    if (capacityLost) {
      return Optional.of(
          "An attendee whose capacity was lost was not found to have capacity again before the"
              + " meeting.");
    }
    if (consentedOrReconfirmed(context, party, fresh)) {
      return Optional.empty();
    }
    return Optional.of(
        "An attendee's mental state changed and neither a fresh capacity finding nor a"
            + " reconfirmation of consent followed before the meeting.");
  }

  /**
   * Whether the finding in force at a meeting's start, if it found capacity but marked it
   * fluctuating, is left without a fresh confirmation: the finding itself, a later one, or a
   * consent given or reconfirmed, not before the attendee's last preparation contact and, when the
   * trust set a window, within it.
   */
  private static Optional<String> whileCapacityFluctuates(
      CheckContext context,
      PartyId party,
      ProcessType type,
      Instant start,
      Optional<Duration> window,
      List<Instant> contacts) {
    Optional<CapacityAssessment> inForce =
        context.capacityFindingInForce(party, type, start).map(Indexed::value);
    if (inForce.filter(a -> a.fluctuating() && a.hasCapacity()).isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> lastContact = latestBefore(contacts, start);
    Optional<Instant> windowOpens = window.map(w -> Dates.before(start, w));
    Predicate<Instant> fresh =
        at ->
            !at.isAfter(start)
                && lastContact.filter(at::isBefore).isEmpty()
                && windowOpens.filter(at::isBefore).isEmpty();
    if (fresh.test(inForce.get().assessedAt()) || consentedOrReconfirmed(context, party, fresh)) {
      return Optional.empty();
    }
    return Optional.of(
        "An attendee whose capacity fluctuates was not found to have capacity, nor reconfirmed"
            + " consent, recently enough before the meeting.");
  }

  /**
   * Whether the finding in force at a meeting's start is inconclusive and came after the attendee's
   * last consent: capacity was doubted again and not resolved at the material time. An inconclusive
   * finding before a consent is rule 11's (the consent was given in doubt).
   */
  private static Optional<String> leftInDoubt(
      CheckContext context, PartyId party, ProcessType type, Instant start) {
    Optional<CapacityAssessment> inForce =
        context.capacityFindingInForce(party, type, start).map(Indexed::value);
    if (inForce.filter(a -> a.outcome() == CapacityOutcome.INCONCLUSIVE).isEmpty()) {
      return Optional.empty();
    }
    Instant found = inForce.get().assessedAt();
    boolean consentedSince = false;
    for (Consent c : context.participationConsentsOf(party)) {
      if (c.obtainedAt().isPresent() && !c.obtainedAt().get().isBefore(found)) {
        consentedSince = true;
        break;
      }
    }
    return consentedSince
        ? Optional.empty()
        : Optional.of(
            "An attendee's capacity was last found inconclusive before the meeting, and was not"
                + " resolved.");
  }

  /**
   * Whether the party gave or reconfirmed a participation consent at a moment that passes a test.
   */
  private static boolean consentedOrReconfirmed(
      CheckContext context, PartyId party, Predicate<Instant> when) {
    for (Consent consent : context.participationConsentsOf(party)) {
      if (consent.obtainedAt().isPresent() && when.test(consent.obtainedAt().get())) {
        return true;
      }
      for (Reconfirmation reconfirmation : consent.reconfirmations()) {
        if (when.test(reconfirmation.at())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The latest of these moments before another, if any. */
  private static Optional<Instant> latestBefore(List<Instant> moments, Instant before) {
    @Nullable Instant latest = null;
    for (int k = 0; k < moments.size(); k++) {
      Instant at = moments.get(k);
      if (at.isBefore(before) && (latest == null || at.isAfter(latest))) {
        latest = at;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Whether a party was under 16 on a day, from the date of birth or else the recorded band. A date
   * of birth after the day (an error of dates, for the date rules) tells nothing.
   */
  private static boolean isUnder16On(Party party, LocalDate day) {
    return party.knownAgeBandOn(day).filter(band -> band == AgeBand.CHILD_UNDER_16).isPresent();
  }
}
