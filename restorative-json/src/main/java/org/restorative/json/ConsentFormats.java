package org.restorative.json;

import org.restorative.core.consent.Ability;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityBasis;
import org.restorative.core.consent.CapacityBasisType;
import org.restorative.core.consent.CapacityDecision;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceOutcome;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.InformationProvided;
import org.restorative.core.consent.InformationTopic;
import org.restorative.core.consent.LawfulBasis;
import org.restorative.core.consent.LawfulBasisType;
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.SharingScope;
import org.restorative.core.consent.TestOrder;
import org.restorative.core.consent.VoluntarinessCheck;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.process.Medium;
import org.restorative.core.process.ProcessType;

/** The JSON forms of the {@code consent} package. */
final class ConsentFormats {

  private ConsentFormats() {}

  static final ObjectFormat<ParticipationScope, ParticipationScope.Builder> PARTICIPATION_SCOPE =
      ObjectFormat.of(
              "ParticipationScope",
              ParticipationScope.Builder::new,
              ParticipationScope.Builder::build)
          .atLeastOneDistinct(
              "processTypes",
              Codecs.code(ProcessType.class),
              ParticipationScope::processTypes,
              ParticipationScope.Builder::addAllProcessTypes)
          .distinct(
              "media",
              Codecs.code(Medium.class),
              ParticipationScope::media,
              ParticipationScope.Builder::addAllMedia);

  static final ObjectFormat<SharingScope, SharingScope.Builder> SHARING_SCOPE =
      ObjectFormat.of("SharingScope", SharingScope.Builder::new, SharingScope.Builder::build)
          .atLeastOne(
              "recipients",
              SharedFormats.RECIPIENT,
              SharingScope::recipients,
              SharingScope.Builder::addAllRecipients)
          .atLeastOneDistinct(
              "purposes",
              Codecs.code(SharingPurpose.class),
              SharingScope::purposes,
              SharingScope.Builder::addAllPurposes);

  static final ObjectFormat<InformationProvided, InformationProvided.Builder> INFORMATION_PROVIDED =
      ObjectFormat.of(
              "InformationProvided",
              InformationProvided.Builder::new,
              InformationProvided.Builder::build)
          .required(
              "leafletId",
              Codecs.TEXT,
              InformationProvided::leafletId,
              InformationProvided.Builder::leafletId)
          .required(
              "version",
              Codecs.TEXT,
              InformationProvided::version,
              InformationProvided.Builder::version)
          .distinct(
              "topics",
              Codecs.code(InformationTopic.class),
              InformationProvided::topics,
              InformationProvided.Builder::addAllTopics);

  static final ObjectFormat<CapacityBasis, CapacityBasis.Builder> CAPACITY_BASIS =
      ObjectFormat.of("CapacityBasis", CapacityBasis.Builder::new, CapacityBasis.Builder::build)
          .required(
              "type",
              Codecs.code(CapacityBasisType.class),
              CapacityBasis::type,
              CapacityBasis.Builder::type)
          .optional(
              "assessment",
              Ids.CAPACITY_ASSESSMENT,
              CapacityBasis::assessment,
              CapacityBasis.Builder::assessment)
          .presentExactlyWhen(
              "assessment",
              "type",
              CapacityBasisType.class,
              t -> t == CapacityBasisType.ASSESSED_HAS_CAPACITY);

  static final ObjectFormat<VoluntarinessCheck, VoluntarinessCheck.Builder> VOLUNTARINESS_CHECK =
      ObjectFormat.of(
              "VoluntarinessCheck",
              VoluntarinessCheck.Builder::new,
              VoluntarinessCheck.Builder::build)
          .required(
              "checkedAt",
              Codecs.INSTANT,
              VoluntarinessCheck::checkedAt,
              VoluntarinessCheck.Builder::checkedAt)
          .required(
              "confirmed",
              Codecs.BOOLEAN,
              VoluntarinessCheck::confirmed,
              VoluntarinessCheck.Builder::confirmed)
          .optional("note", Codecs.TEXT, VoluntarinessCheck::note, VoluntarinessCheck.Builder::note)
          .personal();

  static final ObjectFormat<Reconfirmation, Reconfirmation.Builder> RECONFIRMATION =
      ObjectFormat.of("Reconfirmation", Reconfirmation.Builder::new, Reconfirmation.Builder::build)
          .required("at", Codecs.INSTANT, Reconfirmation::at, Reconfirmation.Builder::at)
          .required("by", Ids.ACTOR, Reconfirmation::by, Reconfirmation.Builder::by)
          .required(
              "method",
              Codecs.code(ConsentMethod.class),
              Reconfirmation::method,
              Reconfirmation.Builder::method);

  static final ObjectFormat<Withdrawal, Withdrawal.Builder> WITHDRAWAL =
      ObjectFormat.of("Withdrawal", Withdrawal.Builder::new, Withdrawal.Builder::build)
          .required("party", Ids.PARTY, Withdrawal::party, Withdrawal.Builder::party)
          .required("at", Codecs.INSTANT, Withdrawal::at, Withdrawal.Builder::at)
          .required(
              "scope",
              Codecs.code(WithdrawalScope.class),
              Withdrawal::scope,
              Withdrawal.Builder::scope)
          .optional(
              "processType",
              Codecs.code(ProcessType.class),
              Withdrawal::processType,
              Withdrawal.Builder::processType)
          .optional("meeting", Ids.MEETING, Withdrawal::meeting, Withdrawal.Builder::meeting)
          .optional("recordedBy", Ids.ACTOR, Withdrawal::recordedBy, Withdrawal.Builder::recordedBy)
          .optional("reason", Codecs.TEXT, Withdrawal::reason, Withdrawal.Builder::reason)
          .personal()
          .presentExactlyWhen(
              "processType", "scope", WithdrawalScope.class, s -> s == WithdrawalScope.PROCESS_TYPE)
          .presentExactlyWhen(
              "meeting", "scope", WithdrawalScope.class, s -> s == WithdrawalScope.MEETING);

  static final ObjectFormat<CapacityDecision, CapacityDecision.Builder> CAPACITY_DECISION =
      ObjectFormat.of(
              "CapacityDecision", CapacityDecision.Builder::new, CapacityDecision.Builder::build)
          .required(
              "description",
              Codecs.TEXT,
              CapacityDecision::description,
              CapacityDecision.Builder::description)
          .personal()
          .optional(
              "processType",
              Codecs.code(ProcessType.class),
              CapacityDecision::processType,
              CapacityDecision.Builder::processType)
          .distinct(
              "counterparties",
              Ids.PARTY,
              CapacityDecision::counterparties,
              CapacityDecision.Builder::addAllCounterparties);

  static final ObjectFormat<LimbFinding, LimbFinding.Builder> LIMB_FINDING =
      ObjectFormat.of("LimbFinding", LimbFinding.Builder::new, LimbFinding.Builder::build)
          .required(
              "ability",
              Codecs.code(Ability.class),
              LimbFinding::ability,
              LimbFinding.Builder::ability)
          .optional("evidence", Codecs.TEXT, LimbFinding::evidence, LimbFinding.Builder::evidence)
          .personal();

  static final ObjectFormat<FunctionalTest, FunctionalTest.Builder> FUNCTIONAL_TEST =
      ObjectFormat.of("FunctionalTest", FunctionalTest.Builder::new, FunctionalTest.Builder::build)
          .optional(
              "understand",
              LIMB_FINDING,
              FunctionalTest::understand,
              FunctionalTest.Builder::understand)
          .optional("retain", LIMB_FINDING, FunctionalTest::retain, FunctionalTest.Builder::retain)
          .optional(
              "useOrWeigh",
              LIMB_FINDING,
              FunctionalTest::useOrWeigh,
              FunctionalTest.Builder::useOrWeigh)
          .optional(
              "communicate",
              LIMB_FINDING,
              FunctionalTest::communicate,
              FunctionalTest.Builder::communicate);

  static final ObjectFormat<PracticableStep, PracticableStep.Builder> PRACTICABLE_STEP =
      ObjectFormat.of(
              "PracticableStep", PracticableStep.Builder::new, PracticableStep.Builder::build)
          .required(
              "type",
              Codecs.code(PracticableStepType.class),
              PracticableStep::type,
              PracticableStep.Builder::type)
          .optional("detail", Codecs.TEXT, PracticableStep::detail, PracticableStep.Builder::detail)
          .personal();

  static final ObjectFormat<LawfulBasis, LawfulBasis.Builder> LAWFUL_BASIS =
      ObjectFormat.of("LawfulBasis", LawfulBasis.Builder::new, LawfulBasis.Builder::build)
          .required(
              "type",
              Codecs.code(LawfulBasisType.class),
              LawfulBasis::type,
              LawfulBasis.Builder::type)
          .optional(
              "reference", Codecs.TEXT, LawfulBasis::reference, LawfulBasis.Builder::reference);

  static final ObjectFormat<Consent, Consent.Builder> CONSENT =
      ObjectFormat.of("Consent", Consent.Builder::new, Consent.Builder::build)
          .required("id", Ids.CONSENT, Consent::id, Consent.Builder::id)
          .required("party", Ids.PARTY, Consent::party, Consent.Builder::party)
          .required("kind", Codecs.code(ConsentKind.class), Consent::kind, Consent.Builder::kind)
          .optional(
              "participation",
              PARTICIPATION_SCOPE,
              Consent::participation,
              Consent.Builder::participation)
          .optional("sharing", SHARING_SCOPE, Consent::sharing, Consent.Builder::sharing)
          .required(
              "status", Codecs.code(ConsentStatus.class), Consent::status, Consent.Builder::status)
          .optional("obtainedAt", Codecs.INSTANT, Consent::obtainedAt, Consent.Builder::obtainedAt)
          .optional("obtainedBy", Ids.ACTOR, Consent::obtainedBy, Consent.Builder::obtainedBy)
          .optional(
              "method", Codecs.code(ConsentMethod.class), Consent::method, Consent.Builder::method)
          .optional(
              "methodReason", Codecs.TEXT, Consent::methodReason, Consent.Builder::methodReason)
          .personal()
          .defaulted(
              "givenBy",
              Codecs.code(ConsentGiver.class),
              Consent::givenBy,
              Consent.Builder::givenBy)
          .optional(
              "informationProvided",
              INFORMATION_PROVIDED,
              Consent::informationProvided,
              Consent.Builder::informationProvided)
          .optional(
              "capacityBasis",
              CAPACITY_BASIS,
              Consent::capacityBasis,
              Consent.Builder::capacityBasis)
          .optional(
              "competenceBasis",
              Ids.COMPETENCE_ASSESSMENT,
              Consent::competenceBasis,
              Consent.Builder::competenceBasis)
          .optional(
              "voluntariness",
              VOLUNTARINESS_CHECK,
              Consent::voluntariness,
              Consent.Builder::voluntariness)
          .defaulted(
              "confidentialityLimitsExplained",
              Codecs.BOOLEAN,
              Consent::confidentialityLimitsExplained,
              Consent.Builder::confidentialityLimitsExplained)
          .optional(
              "interpreter", Ids.PROFESSIONAL, Consent::interpreter, Consent.Builder::interpreter)
          .many(
              "reconfirmations",
              RECONFIRMATION,
              Consent::reconfirmations,
              Consent.Builder::addAllReconfirmations)
          .optional("reviewDueOn", Codecs.DATE, Consent::reviewDueOn, Consent.Builder::reviewDueOn)
          .optional("withdrawal", WITHDRAWAL, Consent::withdrawal, Consent.Builder::withdrawal)
          .presentExactlyWhen(
              "participation", "kind", ConsentKind.class, k -> k == ConsentKind.PARTICIPATION)
          .presentExactlyWhen("sharing", "kind", ConsentKind.class, ConsentKind::isSharing)
          .presentExactlyWhen(
              "withdrawal", "status", ConsentStatus.class, s -> s == ConsentStatus.WITHDRAWN)
          .presentWhen(
              "obtainedAt", "status", ConsentStatus.class, ConsentStatus::requiresObtainedAt)
          .presentWhen(
              "reconfirmations", "status", ConsentStatus.class, s -> s == ConsentStatus.RECONFIRMED)
          .presentOnlyWith("reconfirmations", "obtainedAt")
          .inTimeOrder(Codecs.INSTANT, "obtainedAt", "reconfirmations/*/at", "withdrawal/at");

  static final ObjectFormat<CapacityAssessment, CapacityAssessment.Builder> CAPACITY_ASSESSMENT =
      ObjectFormat.of(
              "CapacityAssessment",
              CapacityAssessment.Builder::new,
              CapacityAssessment.Builder::build)
          .required(
              "id", Ids.CAPACITY_ASSESSMENT, CapacityAssessment::id, CapacityAssessment.Builder::id)
          .required(
              "party", Ids.PARTY, CapacityAssessment::party, CapacityAssessment.Builder::party)
          .required(
              "decision",
              CAPACITY_DECISION,
              CapacityAssessment::decision,
              CapacityAssessment.Builder::decision)
          .required(
              "assessedAt",
              Codecs.INSTANT,
              CapacityAssessment::assessedAt,
              CapacityAssessment.Builder::assessedAt)
          .required(
              "assessor",
              Ids.ACTOR,
              CapacityAssessment::assessor,
              CapacityAssessment.Builder::assessor)
          .optional(
              "reasonForDoubt",
              Codecs.TEXT,
              CapacityAssessment::reasonForDoubt,
              CapacityAssessment.Builder::reasonForDoubt)
          .personal()
          .many(
              "practicableSteps",
              PRACTICABLE_STEP,
              CapacityAssessment::practicableSteps,
              CapacityAssessment.Builder::addAllPracticableSteps)
          .defaulted(
              "relevantInformationProvided",
              Codecs.BOOLEAN,
              CapacityAssessment::relevantInformationProvided,
              CapacityAssessment.Builder::relevantInformationProvided)
          .required(
              "functional",
              FUNCTIONAL_TEST,
              CapacityAssessment::functional,
              CapacityAssessment.Builder::functional)
          .optional(
              "impairmentIdentified",
              Codecs.BOOLEAN,
              CapacityAssessment::impairmentIdentified,
              CapacityAssessment.Builder::impairmentIdentified)
          .optional(
              "impairment",
              Codecs.TEXT,
              CapacityAssessment::impairment,
              CapacityAssessment.Builder::impairment)
          .personal()
          .optional(
              "causalLinkEstablished",
              Codecs.BOOLEAN,
              CapacityAssessment::causalLinkEstablished,
              CapacityAssessment.Builder::causalLinkEstablished)
          .optional(
              "causalLinkRationale",
              Codecs.TEXT,
              CapacityAssessment::causalLinkRationale,
              CapacityAssessment.Builder::causalLinkRationale)
          .personal()
          .required(
              "outcome",
              Codecs.code(CapacityOutcome.class),
              CapacityAssessment::outcome,
              CapacityAssessment.Builder::outcome)
          .defaulted(
              "fluctuating",
              Codecs.BOOLEAN,
              CapacityAssessment::fluctuating,
              CapacityAssessment.Builder::fluctuating)
          .optional(
              "reassessBy",
              Codecs.DATE,
              CapacityAssessment::reassessBy,
              CapacityAssessment.Builder::reassessBy)
          .defaulted(
              "notBasedSolelyOnStatus",
              Codecs.BOOLEAN,
              CapacityAssessment::notBasedSolelyOnStatus,
              CapacityAssessment.Builder::notBasedSolelyOnStatus)
          .optional(
              "testOrder",
              Codecs.code(TestOrder.class),
              CapacityAssessment::testOrder,
              CapacityAssessment.Builder::testOrder)
          .presentOnlyWhenTrue("impairment", "impairmentIdentified")
          .trueOnlyWhenTrue("causalLinkEstablished", "impairmentIdentified");

  static final ObjectFormat<CompetenceAssessment, CompetenceAssessment.Builder>
      COMPETENCE_ASSESSMENT =
          ObjectFormat.of(
                  "CompetenceAssessment",
                  CompetenceAssessment.Builder::new,
                  CompetenceAssessment.Builder::build)
              .required(
                  "id",
                  Ids.COMPETENCE_ASSESSMENT,
                  CompetenceAssessment::id,
                  CompetenceAssessment.Builder::id)
              .required(
                  "party",
                  Ids.PARTY,
                  CompetenceAssessment::party,
                  CompetenceAssessment.Builder::party)
              .required(
                  "assessedAt",
                  Codecs.INSTANT,
                  CompetenceAssessment::assessedAt,
                  CompetenceAssessment.Builder::assessedAt)
              .required(
                  "assessor",
                  Ids.ACTOR,
                  CompetenceAssessment::assessor,
                  CompetenceAssessment.Builder::assessor)
              .optional(
                  "processType",
                  Codecs.code(ProcessType.class),
                  CompetenceAssessment::processType,
                  CompetenceAssessment.Builder::processType)
              .defaulted(
                  "understandsIssues",
                  Codecs.BOOLEAN,
                  CompetenceAssessment::understandsIssues,
                  CompetenceAssessment.Builder::understandsIssues)
              .defaulted(
                  "understandsRisksAndOptions",
                  Codecs.BOOLEAN,
                  CompetenceAssessment::understandsRisksAndOptions,
                  CompetenceAssessment.Builder::understandsRisksAndOptions)
              .defaulted(
                  "canGiveReasons",
                  Codecs.BOOLEAN,
                  CompetenceAssessment::canGiveReasons,
                  CompetenceAssessment.Builder::canGiveReasons)
              .defaulted(
                  "maturityConsidered",
                  Codecs.BOOLEAN,
                  CompetenceAssessment::maturityConsidered,
                  CompetenceAssessment.Builder::maturityConsidered)
              .required(
                  "outcome",
                  Codecs.code(CompetenceOutcome.class),
                  CompetenceAssessment::outcome,
                  CompetenceAssessment.Builder::outcome)
              .optional(
                  "notes",
                  Codecs.TEXT,
                  CompetenceAssessment::notes,
                  CompetenceAssessment.Builder::notes)
              .personal();

  static final ObjectFormat<Disclosure, Disclosure.Builder> DISCLOSURE =
      ObjectFormat.of("Disclosure", Disclosure.Builder::new, Disclosure.Builder::build)
          .required("id", Ids.DISCLOSURE, Disclosure::id, Disclosure.Builder::id)
          .required("subject", Ids.PARTY, Disclosure::subject, Disclosure.Builder::subject)
          .required(
              "recipient",
              SharedFormats.RECIPIENT,
              Disclosure::recipient,
              Disclosure.Builder::recipient)
          .required(
              "disclosedAt",
              Codecs.INSTANT,
              Disclosure::disclosedAt,
              Disclosure.Builder::disclosedAt)
          .required("by", Ids.ACTOR, Disclosure::by, Disclosure.Builder::by)
          .required(
              "medium", Codecs.code(Medium.class), Disclosure::medium, Disclosure.Builder::medium)
          .atLeastOneDistinct(
              "items",
              Codecs.code(DisclosedItem.class),
              Disclosure::items,
              Disclosure.Builder::addAllItems)
          .required(
              "purpose",
              Codecs.code(SharingPurpose.class),
              Disclosure::purpose,
              Disclosure.Builder::purpose)
          .optional("consent", Ids.CONSENT, Disclosure::consent, Disclosure.Builder::consent)
          .optional(
              "lawfulBasis", LAWFUL_BASIS, Disclosure::lawfulBasis, Disclosure.Builder::lawfulBasis)
          .optional(
              "justification",
              Codecs.TEXT,
              Disclosure::justification,
              Disclosure.Builder::justification)
          .personal()
          .defaulted(
              "fromMinimumDataset",
              Codecs.BOOLEAN,
              Disclosure::fromMinimumDataset,
              Disclosure.Builder::fromMinimumDataset)
          .notBoth("consent", "lawfulBasis");
}
