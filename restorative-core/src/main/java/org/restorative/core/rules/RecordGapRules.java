package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.MEETING_DATED;
import static org.restorative.core.rules.StandardCode.MESSAGE_REVIEWED_BEFORE_DELIVERY;
import static org.restorative.core.rules.StandardCode.REFERRAL_LINKED_TO_HARM;
import static org.restorative.core.rules.StandardCode.RISK_CONDITIONS_RECORDED;

import java.util.ArrayList;
import java.util.List;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.casefile.Stage;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageReview;

/**
 * What a draft record may leave out but the practice needs: a referral linked to its harm, the
 * conditions of a risk assessment that lets the process go ahead on conditions, the dates of a
 * scheduled or held meeting, and the facilitator's approval of a message before it is delivered.
 * Each was once refused when the record was built; as rules, a case worker can record a draft with
 * these gaps and be told, at the JSON Pointer of each, what is missing.
 */
final class RecordGapRules {

  private RecordGapRules() {}

  static List<Rule> rules() {
    return List.of(
        referralLinkedToHarm(),
        riskConditionsRecorded(),
        meetingDated(),
        messageReviewedBeforeDelivery());
  }

  /** A referral names at least one harm (brief §1.2 S0, entry). */
  static Rule referralLinkedToHarm() {
    return Rule.define(REFERRAL_LINKED_TO_HARM)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "Domain brief §1.2 S0, entry (a referral is linked to at least one harm record);"
                + " Scottish Government Guidance 2017 Part A §2 (Scottish)")
        .meaning("The referral names at least one harm of the case it refers.")
        .check(
            context ->
                context.restorativeCase().referral().harms().isEmpty()
                    ? List.of(
                        Finding.at(Pointer.of("referral", "harms"), "The referral names no harm."))
                    : List.of())
        .withLimitations(
            "Whether the harm named is the one the referrer meant is for the person who screens"
                + " the referral; the rule checks that one is named.");
  }

  /** A risk assessment whose outcome is to proceed with conditions lists the conditions. */
  static Rule riskConditionsRecorded() {
    return Rule.define(RISK_CONDITIONS_RECORDED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "RJC Service Provider Code E; Scottish Government Policy and Practice Framework §20"
                + " (Scottish); practice consensus (conditions written down so that preparation"
                + " can meet them)")
        .meaning(
            "A risk assessment completed with the outcome PROCEED_WITH_CONDITIONS lists at least"
                + " one condition.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<RiskAssessment> assessments = context.restorativeCase().riskAssessments();
              for (int i = 0; i < assessments.size(); i++) {
                RiskAssessment assessment = assessments.get(i);
                boolean onConditions =
                    assessment
                        .outcome()
                        .filter(RiskOutcome.PROCEED_WITH_CONDITIONS::equals)
                        .isPresent();
                if (onConditions && assessment.conditions().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("riskAssessments", i, "conditions"),
                          "The assessment lets the process go ahead on conditions but lists none."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the conditions are enough, and whether preparation meets them, is the"
                + " facilitator's and the case supervisor's judgement.");
  }

  /**
   * Preparation to intervention: a meeting that is scheduled, in progress, held or adjourned has
   * its start, and a held meeting its end. A planned meeting may wait for its date, and an
   * abandoned one never needs it.
   */
  static Rule meetingDated() {
    return Rule.define(MEETING_DATED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.INTERVENTION)
        .source(
            "Domain brief §1.2 S2, exit to intervention (logistics arranged), and S3 (the meeting"
                + " sub-states); practice consensus")
        .meaning(
            "Each meeting scheduled or later, and not abandoned, records when it starts; each held"
                + " meeting records when it ended.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Meeting> meetings = context.restorativeCase().meetings();
              for (int i = 0; i < meetings.size(); i++) {
                Meeting meeting = meetings.get(i);
                MeetingStatus status = meeting.status();
                if (!status.isScheduledOrLater() || status == MeetingStatus.ABANDONED) {
                  continue;
                }
                if (meeting.startAt().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("meetings", i, "startAt"),
                          "A scheduled meeting has no start."));
                }
                if (status == MeetingStatus.HELD && meeting.endAt().isEmpty()) {
                  findings.add(
                      Finding.at(Pointer.of("meetings", i, "endAt"), "A held meeting has no end."));
                }
              }
              return findings;
            });
  }

  /** A delivered message was reviewed and approved by the facilitator (brief §1.2 S3). */
  static Rule messageReviewedBeforeDelivery() {
    return Rule.define(MESSAGE_REVIEWED_BEFORE_DELIVERY)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "Domain brief §1.2 S3 (the facilitator reviews every letter before passing it on) and"
                + " §6; Staffordshire Victim Gateway, Types of Restorative Justice")
        .meaning(
            "Each delivered message records the facilitator's review, and the review approved it.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Message> messages = context.restorativeCase().messages();
              for (int i = 0; i < messages.size(); i++) {
                Message message = messages.get(i);
                if (message.isDelivered()
                    && message.review().filter(MessageReview::isApproved).isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("messages", i, "review"),
                          "A message was delivered without the facilitator's approval."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the review was careful enough, and whether the content delivered is the"
                + " content approved, the record cannot show.");
  }
}
