package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CAPACITY_ASSESSED_WHEN_DOUBTED;
import static org.restorative.core.rules.StandardCode.CAPACITY_CURRENT_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CAPACITY_DECISION_SPECIFIC;
import static org.restorative.core.rules.StandardCode.CAPACITY_FINDING_COMPLETE;
import static org.restorative.core.rules.StandardCode.CHILD_COMPETENCE_RECORDED;
import static org.restorative.core.rules.StandardCode.INCAPACITY_NOT_FROM_STATUS_ALONE;
import static org.restorative.core.rules.StandardCode.NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.rules.CheckContext.Indexed;

/**
 * Rules 11–17 of the domain brief §8: capacity and competence. Capacity is presumed unless there is
 * reason to doubt it; a doubt is resolved by an assessment for this decision, made before consent and
 * still current at the meeting; an incapacity finding is complete and never rests on status alone; no
 * one consents to take part on another's behalf; and a child under 16 is assessed for Gillick
 * competence, with a parent or guardian involved (brief §4.5–§4.7).
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
   * Rule 11: when there is reason to doubt a party's capacity, an assessment finding that they have
   * capacity was made before their participation consent was given.
   */
  static Rule aDoubtAboutCapacityIsResolvedBeforeConsent() {
    return Rule.of(
        CAPACITY_ASSESSED_WHEN_DOUBTED.name(),
        Severity.ERROR,
        Stage.PREPARATION,
        "MCA 2005 s1(2); draft MCA Code of Practice 2022 (proper reason to doubt)",
        "When there is reason to doubt a party's capacity, an assessment finding capacity is made"
            + " before their participation consent is given.",
        context -> {
          List<Finding> findings = new ArrayList<>();
          List<Consent> consents = context.restorativeCase().consents();
          for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            if (isObtainedWithDoubt(context, consent)
                && capacityFoundBy(context, consent.party(), consent.obtainedAt().get())
                    .isEmpty()) {
              findings.add(
                  Finding.at(
                      Pointer.of("consents", i, "capacityBasis"),
                      "Capacity was doubted but not found by an assessment before the consent."));
            }
          }
          return findings;
        });
  }

  /**
   * Rule 12: the assessment that resolved a doubt was about this decision: the process type the party
   * takes part in and the people they would meet. Applies only once rule 11 is satisfied.
   */
  static Rule theCapacityAssessmentIsForThisProcessAndThesePeople() {
    return Rule.of(
        CAPACITY_DECISION_SPECIFIC.name(),
        Severity.ERROR,
        Stage.PREPARATION,
        "MCA 2005 s2(1) (in relation to the matter) and Explanatory Notes §21",
        "A capacity assessment resolves a doubt only if its decision names the process type and the"
            + " counterparties of each process the consent covers.",
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
            if (!isObtainedWithDoubt(context, consent)) {
              continue;
            }
            List<Indexed<CapacityAssessment>> found =
                capacityFoundBy(context, consent.party(), consent.obtainedAt().get());
            if (found.isEmpty()) {
              continue;
            }
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
              specific &=
                  found.stream()
                      .anyMatch(a -> a.value().matches(process.type(), counterparties));
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
   * Rule 13: an attendee's capacity is current when the meeting starts. An assessment marked
   * fluctuating found capacity within the policy's window before the meeting; and a pause for a
   * change in mental state or lost capacity after an attendee was assessed (about them, or about no
   * one in particular) needs a fresh assessment finding capacity after the pause. A meeting still to
   * come is judged for recency only once the window has opened.
   */
  static Rule capacityIsStillCurrentWhenTheMeetingStarts() {
    return Rule.of(
            CAPACITY_CURRENT_BEFORE_MEETING.name(),
            Severity.ERROR,
            Stage.PREPARATION,
            "MCA 2005 s2(1)–(2) (at the material time; temporary impairment) and Explanatory"
                + " Notes §21; window: practice consensus",
            "Where capacity fluctuates or the mental state changed after the assessment, a fresh"
                + " assessment finding capacity precedes the meeting.",
            context -> {
              List<CaseEvent> mentalStatePauses =
                  context.restorativeCase().history().stream()
                      .filter(CapacityRules::isMentalStatePause)
                      .toList();
              List<Finding> findings = new ArrayList<>();
              for (Indexed<Meeting> meeting : context.meetingsInScope()) {
                Optional<Instant> startAt = meeting.value().startAt();
                if (startAt.isEmpty()) {
                  continue;
                }
                Instant start = startAt.get();
                Instant windowOpens = start.minus(context.policy().capacityReassessmentWindow());
                boolean windowOpen = !context.asOf().isBefore(windowOpens);
                List<Attendee> attendees = meeting.value().attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  Optional<String> problem =
                      capacityProblem(
                          context, party, start, windowOpens, windowOpen, mentalStatePauses);
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
        .withPolicyParameters("capacityReassessmentWindow");
  }

  /**
   * Rule 14: a finding that someone lacks capacity records which functional limb failed, the
   * impairment, the causal link, and the practicable steps tried to help them decide.
   */
  static Rule aFindingOfIncapacitySaysWhichTestFailedAndWhy() {
    return Rule.of(
        CAPACITY_FINDING_COMPLETE.name(),
        Severity.ERROR,
        Stage.REFERRAL,
        "MCA 2005 s1(3), s2(1), s3(1)",
        "A lacks-capacity outcome records the failed functional limbs, the impairment, the causal"
            + " link and the practicable steps tried.",
        context -> {
          List<Finding> findings = new ArrayList<>();
          List<CapacityAssessment> assessments = context.restorativeCase().capacityAssessments();
          for (int k = 0; k < assessments.size(); k++) {
            CapacityAssessment assessment = assessments.get(k);
            if (assessment.outcome() == CapacityOutcome.LACKS_CAPACITY
                && !assessment.isIncapacityFindingComplete()) {
              findings.add(
                  Finding.at(
                      Pointer.of("capacityAssessments", k),
                      "A finding of incapacity lacks a failed limb, the impairment, the causal link"
                          + " or the practicable steps tried."));
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
    return Rule.of(
        NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE.name(),
        Severity.ERROR,
        Stage.REFERRAL,
        "RJC Service Provider Code C; practice consensus; needs legal review (restorative"
            + " justice is not in the MCA 2005 s27 excluded list)",
        "Only the person's own consent counts for participation; no substitute or best-interests"
            + " consent (the brief says this needs legal review before it is a hard rule).",
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
    return Rule.of(
        INCAPACITY_NOT_FROM_STATUS_ALONE.name(),
        Severity.ERROR,
        Stage.REFERRAL,
        "MCA 2005 s2(3), s1(4)",
        "A lacks-capacity outcome confirms it is not based solely on diagnosis, detention, age,"
            + " appearance, behaviour or an unwise decision.",
        context -> {
          List<Finding> findings = new ArrayList<>();
          List<CapacityAssessment> assessments = context.restorativeCase().capacityAssessments();
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
   * Rule 17: a child under 16 who consents to take part was first found Gillick competent, and a
   * parent or guardian's involvement is recorded. A young person of 16 or 17 uses the MCA route.
   */
  static Rule aChildUnderSixteenIsAssessedForGillickCompetence() {
    return Rule.of(
        CHILD_COMPETENCE_RECORDED.name(),
        Severity.ERROR,
        Stage.PREPARATION,
        "Gillick competence; Victims' Code 2020 definitions; practice consensus",
        "A participant under 16 has a Gillick assessment finding them competent before consent,"
            + " and a record of parental or guardian involvement.",
        context -> {
          Map<CompetenceAssessmentId, CompetenceAssessment> competence = new HashMap<>();
          for (CompetenceAssessment assessment :
              context.restorativeCase().competenceAssessments()) {
            competence.putIfAbsent(assessment.id(), assessment);
          }
          List<Finding> findings = new ArrayList<>();
          Set<PartyId> reportedParents = new HashSet<>();
          List<Consent> consents = context.restorativeCase().consents();
          for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            if (!ConsentRules.isObtainedParticipation(consent)) {
              continue;
            }
            Instant obtainedAt = consent.obtainedAt().get();
            Optional<Party> child =
                context
                    .party(consent.party())
                    .filter(p -> isUnder16On(p, context.dateOf(obtainedAt)));
            if (child.isEmpty()) {
              continue;
            }
            boolean competent =
                consent
                    .competenceBasis()
                    .map(competence::get)
                    .filter(a -> a.party().equals(consent.party()))
                    .filter(CompetenceAssessment::isCompetent)
                    .filter(a -> !a.assessedAt().isAfter(obtainedAt))
                    .isPresent();
            if (!competent) {
              findings.add(
                  Finding.at(
                      Pointer.of("consents", i, "competenceBasis"),
                      "A consent from a child under 16 does not name a prior assessment finding"
                          + " them competent."));
            }
            if (child.get().parentalInvolvement().isEmpty()
                && reportedParents.add(consent.party())) {
              findings.add(
                  Finding.at(
                      context.partyPath(consent.party()) + "/parentalInvolvement",
                      "A child under 16 taking part has no record of parental or guardian"
                          + " involvement."));
            }
          }
          return findings;
        });
  }

  // ---------------------------------------------------------------- shared by the capacity rules

  /** An obtained participation consent of a party about whose capacity there is reason to doubt. */
  private static boolean isObtainedWithDoubt(CheckContext context, Consent consent) {
    return ConsentRules.isObtainedParticipation(consent)
        && context.party(consent.party()).filter(Party::reasonToDoubtCapacity).isPresent();
  }

  /** The party's assessments finding capacity, made at or before a moment. */
  private static List<Indexed<CapacityAssessment>> capacityFoundBy(
      CheckContext context, PartyId party, Instant moment) {
    return context.capacityAssessmentsOf(party).stream()
        .filter(a -> a.value().hasCapacity() && !a.value().assessedAt().isAfter(moment))
        .toList();
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
    return event.to().filter(to -> to == Stage.PAUSED).isPresent()
        && event.pauseReason().filter(MENTAL_STATE_CHANGES::contains).isPresent();
  }

  /** What, if anything, makes an attendee's capacity not current at a meeting's start. */
  private static Optional<String> capacityProblem(
      CheckContext context,
      PartyId party,
      Instant start,
      Instant windowOpens,
      boolean windowOpen,
      List<CaseEvent> mentalStatePauses) {
    List<Indexed<CapacityAssessment>> before =
        context.capacityAssessmentsOf(party).stream()
            .filter(a -> !a.value().assessedAt().isAfter(start))
            .toList();
    if (before.isEmpty()) {
      return Optional.empty();
    }
    CapacityAssessment latest = latest(before).value();
    if (latest.fluctuating()) {
      if (!latest.hasCapacity()) {
        return Optional.of(
            "An attendee whose capacity fluctuates was last assessed as not having capacity.");
      }
      if (windowOpen && latest.assessedAt().isBefore(windowOpens)) {
        return Optional.of(
            "An attendee whose capacity fluctuates was not reassessed within the window before the"
                + " meeting.");
      }
    }
    Instant firstAssessed = latest.assessedAt();
    for (Indexed<CapacityAssessment> assessment : before) {
      if (assessment.value().assessedAt().isBefore(firstAssessed)) {
        firstAssessed = assessment.value().assessedAt();
      }
    }
    Optional<Instant> lastChange = Optional.empty();
    for (CaseEvent pause : mentalStatePauses) {
      boolean aboutThem = pause.party().filter(p -> !p.equals(party)).isEmpty();
      boolean between = pause.at().isAfter(firstAssessed) && pause.at().isBefore(start);
      if (aboutThem && between && (lastChange.isEmpty() || pause.at().isAfter(lastChange.get()))) {
        lastChange = Optional.of(pause.at());
      }
    }
    if (lastChange.isPresent()) {
      Instant changed = lastChange.get();
      boolean reassessed =
          before.stream()
              .anyMatch(a -> a.value().hasCapacity() && a.value().assessedAt().isAfter(changed));
      if (!reassessed) {
        return Optional.of(
            "An attendee's mental state changed after their capacity assessment and capacity was"
                + " not found again before the meeting.");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a party was under 16 on a day, from the date of birth or else the recorded band. A date
   * of birth after the day (an error of dates, for the date rules) tells nothing.
   */
  private static boolean isUnder16On(Party party, LocalDate day) {
    if (party.dateOfBirth().filter(born -> born.isAfter(day)).isPresent()) {
      return false;
    }
    return party.ageBandOn(day).filter(band -> band == AgeBand.CHILD_UNDER_16).isPresent();
  }
}
