package org.restorative.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.restorative.core.assessment.PauseDecision;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.consent.LawfulBasis;
import org.restorative.core.consent.LawfulBasisType;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.ConfidentialityTerms;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Monitoring;
import org.restorative.core.outcome.MonitoringMethod;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.ConflictDeclaration;
import org.restorative.core.party.ConflictKind;
import org.restorative.core.party.CpdRecord;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.Escort;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.Place;
import org.restorative.core.party.Professional;
import org.restorative.core.party.Spokesperson;
import org.restorative.core.process.ArrangedAdjustment;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.QuestionSetUseId;
import org.restorative.core.questions.Response;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;

/**
 * The cases the tests map: restorative-json's golden cases and a synthetic cohort of every stage.
 */
final class FhirFixtures {

  private FhirFixtures() {}

  static final Path GOLDEN =
      Path.of("..", "restorative-json", "src", "test", "resources", "golden");

  /** The resources of one type in a Bundle, in entry order. */
  static <R extends Resource> List<R> all(Bundle bundle, Class<R> type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  /** A case written as a collection Bundle and read back. */
  static RestorativeCase readBack(RestorativeCase c) {
    return FhirBundles.read(FhirBundles.collection(c)).restorativeCase().orElseThrow();
  }

  /** Synthetic cases per stage in the cohort. */
  static final int PER_STAGE = 8;

  static Map<String, RestorativeCase> goldenCases() {
    Map<String, RestorativeCase> cases = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json")) {
          continue;
        }
        ReadResult read = CaseJson.strict().read(Files.readString(file));
        cases.put(name, read.restorativeCase().orElseThrow(() -> new AssertionError(name)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (cases.size() < 14) {
      throw new AssertionError("expected restorative-json's golden cases, found " + cases.size());
    }
    return cases;
  }

  /**
   * The golden cases, the cases of {@link #rareParts} and the synthetic cases with a sign-off, with
   * a sentinel in every slot of free text each has room for ({@link FreeText}), by name.
   */
  static Map<String, FreeText> freeTextCases() {
    Map<String, FreeText> cases = new LinkedHashMap<>();
    goldenCases().forEach((name, c) -> cases.put("free text in " + name, FreeText.fill(c)));
    rareParts().forEach((name, c) -> cases.put("free text in " + name, FreeText.fill(c)));
    cases.put("free text in every withdrawal scope", FreeText.fill(everyWithdrawalScope()));
    // Neither holds a sign-off: the cohort's cases that do.
    List<RestorativeCase> cohort = cohort();
    for (int i = 0; i < cohort.size(); i++) {
      if (!cohort.get(i).signOffs().isEmpty()) {
        cases.put("free text in synthetic #" + i, FreeText.fill(cohort.get(i)));
      }
    }
    return cases;
  }

  /**
   * Cases that hold the parts the golden cases and the generator hold seldom or never, each part
   * with every attribute it has: a golden case and a synthetic case of the cohort, each party with
   * leave, a condition of discharge, parental involvement, an acknowledgement with a note and a
   * spokesperson, and an adjustment with its detail; a person, a supporter and an organisation
   * among the parties, so that every resource a party is written as is a subject.
   */
  static Map<String, RestorativeCase> rareParts() {
    Map<String, RestorativeCase> cases = new LinkedHashMap<>();
    cases.put(
        "every part in organisation-on-person.json",
        withEveryPart(goldenCases().get("organisation-on-person.json")));
    cases.put("every part in synthetic #94", withEveryPart(cohort().get(94)));
    RestorativeCase supported =
        cohort().stream()
            .filter(
                c ->
                    c.parties().stream()
                        .anyMatch(
                            p ->
                                p.principal()
                                    .flatMap(c::party)
                                    .filter(q -> !q.isOrganisation())
                                    .isPresent()))
            .findFirst()
            .orElseThrow();
    cases.put("every part in a synthetic case with a supporter", withEveryPart(supported));
    return cases;
  }

  private static RestorativeCase withEveryPart(RestorativeCase c) {
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < c.parties().size(); i++) {
      Party p = c.parties().get(i);
      PartyId other = c.parties().get((i + 1) % c.parties().size()).id();
      LocalDate day = LocalDate.of(2026, 3, 2).plusDays(i);
      LeaveAuthorisation leave =
          new LeaveAuthorisation.Builder()
              .type(LeaveType.COMMUNITY)
              .escort(Escort.ESCORTED)
              .authorisedBy(LeaveAuthority.RC_AND_SOSJ)
              .validFrom(day)
              .validTo(day.plusDays(14))
              .addConditions("Returns to the ward by 18:00", "No alcohol")
              .purpose("To attend the restorative meeting")
              .addPlaces(Place.of("trust/site-a"), Place.of("city/centre"))
              .addNoContactWith(other)
              .build();
      DischargeCondition condition =
          new DischargeCondition.Builder()
              .type(DischargeConditionType.NO_CONTACT)
              .protectedParty(other)
              .description("No contact, direct or indirect")
              .since(day.minusYears(1))
              .place(Place.of("city/north"))
              .permittedException("Through the restorative service")
              .build();
      Acknowledgement acknowledgement =
          new Acknowledgement.Builder()
              .level(AcknowledgementLevel.values()[0])
              .acknowledgedOn(day)
              .recordedBy(ActorId.of("staff-7"))
              .note("Said so in the first preparation meeting")
              .spokesperson(
                  new Spokesperson.Builder()
                      .role("Director of Nursing")
                      .name("A. Spokesperson")
                      .authority("Delegated by the trust board")
                      .build())
              .build();
      parties.add(
          p.withLeaveAuthorisations(append(p.leaveAuthorisations(), leave))
              .withDischargeConditions(append(p.dischargeConditions(), condition))
              .withParentalInvolvement(
                  new ParentalInvolvement.Builder()
                      .holderOfResponsibility("Mother")
                      .informed(true)
                      .consented(i % 2 == 0)
                      .recordedOn(day)
                      .build())
              .withAcknowledgements(append(p.acknowledgements(), acknowledgement))
              .withAdjustments(
                  append(
                      p.adjustments(),
                      Adjustment.of(AdjustmentType.QUIET_ENVIRONMENT, "A room without windows")))
              .withReasonToDoubtCapacityRationale("Fluctuating, by the ward's account"));
    }
    List<Facilitator> facilitators = new ArrayList<>();
    for (int i = 0; i < c.facilitators().size(); i++) {
      Facilitator f = c.facilitators().get(i);
      facilitators.add(
          f.withCpd(
                  append(
                      f.cpd().stream().filter(x -> x.year() != 2019).toList(),
                      CpdRecord.of(2019, new BigDecimal("12.50"), new BigDecimal("3.25"))))
              .withConflictDeclaration(
                  new ConflictDeclaration.Builder()
                      .declaredAt(Instant.parse("2026-02-01T09:30:00Z").plusSeconds(i))
                      .addConflicts(
                          new DeclaredConflict.Builder()
                              .kind(ConflictKind.TREATING_TEAM_MEMBER)
                              .party(c.parties().get(i % c.parties().size()).id())
                              .detail("Was on the ward team two years ago")
                              .build(),
                          new DeclaredConflict.Builder().kind(ConflictKind.OTHER).build())
                      .build()));
    }
    List<Disclosure> disclosures = new ArrayList<>(c.disclosures());
    Disclosure.Builder toParty =
        new Disclosure.Builder()
            .id(DisclosureId.of("disclosure-to-party"))
            .subject(c.parties().get(0).id())
            .recipient(Recipient.party(c.parties().get(c.parties().size() - 1).id()))
            .disclosedAt(Instant.parse("2026-02-03T10:15:30Z"))
            .by(ActorId.of("staff-7"))
            .medium(Medium.WRITTEN)
            .addItems(DisclosedItem.PARTY_ACCOUNT, DisclosedItem.NARRATIVE)
            .purpose(SharingPurpose.DELIVERING_RESTORATIVE_PROCESS)
            .justification("Only the account the party agreed to share");
    c.consents().stream().findFirst().ifPresent(k -> toParty.consent(k.id()));
    disclosures.add(toParty.build());
    disclosures.add(
        new Disclosure.Builder()
            .id(DisclosureId.of("disclosure-to-police"))
            .subject(c.parties().get(c.parties().size() - 1).id())
            .recipient(Recipient.organisation(RecipientType.POLICE, "A police force"))
            .disclosedAt(Instant.parse("2026-02-04T16:00:00.250Z"))
            .by(ActorId.of("staff-8"))
            .medium(Medium.PHONE)
            .addItems(DisclosedItem.RISK_INFORMATION)
            .purpose(SharingPurpose.SAFEGUARDING)
            .lawfulBasis(LawfulBasis.of(LawfulBasisType.SAFEGUARDING, "Children Act 1989 s47"))
            .fromMinimumDataset(true)
            .build());
    List<SafeguardingConcern> concerns = new ArrayList<>(c.safeguardingConcerns());
    concerns.add(
        new SafeguardingConcern.Builder()
            .id(SafeguardingConcernId.of("concern-paused"))
            .raisedAt(Instant.parse("2026-02-05T11:00:00Z"))
            .raisedBy(ActorId.of("staff-7"))
            .addAbout(c.parties().get(0).id(), c.parties().get(c.parties().size() - 1).id())
            .referralRef("LA-2026-0042")
            .description("A disclosure of harm at home during preparation")
            .pauseDecision(
                new PauseDecision.Builder()
                    .decidedAt(Instant.parse("2026-02-05T15:30:00Z"))
                    .pause(true)
                    .rationale("Until the local authority has assessed")
                    .decidedBy(ActorId.of("staff-9"))
                    .build())
            .build());
    concerns.add(
        new SafeguardingConcern.Builder()
            .id(SafeguardingConcernId.of("concern-about-no-party"))
            .raisedAt(Instant.parse("2026-02-06T08:00:00.125Z"))
            .raisedBy(ActorId.of("staff-8"))
            .build());
    return c.withParties(parties)
        .withFacilitators(facilitators)
        .withDisclosures(disclosures)
        .withSafeguardingConcerns(concerns);
  }

  /**
   * A synthetic case of the cohort with every attribute that the golden cases, {@link #rareParts}
   * and the cohort leave out of the Bundle set on one part of each list: links to the cases it
   * reopens and is reopened as, a harm's end and local scale, a restriction's end and place,
   * preferred names, a section's start, a facilitator's registration and training provider, a
   * professional's related party, a capacity assessment's findings, a meeting's venue, its
   * professional and an adjustment's provider, a finding's risks and strengths, an agreement's
   * signature, monitor, confidentiality, question set and predecessor, an action's owner as a role,
   * monitor, amount, hours and proportionality check, a use's contact, message and ticked answer,
   * and an evaluation's every answer.
   */
  static RestorativeCase everyAttribute() {
    RestorativeCase c = cohort().get(71);
    PartyId first = c.parties().get(0).id();
    Instant at = Instant.parse("2026-02-07T10:00:00Z");
    List<Party> parties = new ArrayList<>();
    for (Party p : c.parties()) {
      parties.add(
          p.withPreferredName("Preferred " + p.id().value())
              .withMentalHealthAct(
                  p.mentalHealthAct()
                      .map(m -> m.withSince(LocalDate.of(2025, 11, 3)).withOrderNamesUnit(true))));
    }
    Harm harm = c.harms().get(0);
    HarmSeverity severity =
        new HarmSeverity.Builder()
            .scale(SeverityScale.LOCAL)
            .grade(harm.severity().map(HarmSeverity::grade).orElse("3"))
            .localScale("Ward incident scale")
            .build();
    List<ContactRestriction> restrictions = new ArrayList<>(harm.contactRestrictions());
    restrictions.set(
        0,
        restrictions
            .get(0)
            .withEndsOn(restrictions.get(0).startsOn().plusDays(90))
            .withPlace(Place.of("trust/site-b")));
    Occurrence occurred = harm.occurred();
    List<Harm> harms = new ArrayList<>(c.harms());
    harms.set(
        0,
        harm.withOccurred(
                Occurrence.of(
                    occurred.start(), occurred.start().plusSeconds(1800), occurred.precision()))
            .withSeverity(severity)
            .withSafeguardingReferralRef("LA-2026-0099")
            .withContactRestrictions(restrictions));
    List<Facilitator> facilitators = new ArrayList<>();
    for (Facilitator f : c.facilitators()) {
      facilitators.add(
          f.withRjcRegistration("RJC-" + f.id().value())
              .withTrainingRecords(
                  f.trainingRecords().stream()
                      .map(t -> t.withProvider("A registered training provider"))
                      .toList()));
    }
    List<Professional> professionals = new ArrayList<>(c.professionals());
    Professional professional = professionals.get(0).withRelatedParties(first);
    professionals.set(0, professional);
    List<CapacityAssessment> capacity = new ArrayList<>(c.capacityAssessments());
    capacity.set(
        0,
        capacity
            .get(0)
            .withImpairmentIdentified(true)
            .withCausalLinkEstablished(true)
            .withImpairment("A named impairment"));
    Meeting meeting = c.meetings().get(0);
    List<Meeting> meetings = new ArrayList<>(c.meetings());
    meetings.set(
        0,
        meeting
            .withVenue(
                meeting
                    .venue()
                    .withDescription("The quiet room")
                    .withPlace(Place.of("trust/site-a")))
            .withProfessionals(professional.id())
            .withAdjustments(
                append(
                    meeting.adjustments(),
                    new ArrangedAdjustment.Builder()
                        .party(meeting.attendees().get(0).party())
                        .type(AdjustmentType.QUIET_ENVIRONMENT)
                        .provider(professional.id())
                        .build())));
    List<RiskAssessment> risks = new ArrayList<>(c.riskAssessments());
    RiskAssessment risk = risks.get(0);
    risks.set(
        0,
        risk.withFindings(
            risk.findings().stream()
                .map(f -> f.withRisks("Raised voice when anxious").withStrengths("Insight"))
                .toList()));
    OutcomeAgreement agreement = c.agreements().get(0);
    List<OutcomeAgreement> agreements = new ArrayList<>(c.agreements());
    agreements.set(
        0,
        agreement
            .withPartyAgreements(
                agreement.partyAgreements().stream()
                    .map(a -> a.withSignatureRef("scan-" + a.party().value()))
                    .toList())
            .withMonitoring(
                new Monitoring.Builder()
                    .monitor(PartyOrRole.party(first))
                    .method(MonitoringMethod.REVIEW_MEETING)
                    .addReviewDates(LocalDate.of(2026, 4, 1))
                    .build())
            .withConfidentiality(
                new ConfidentialityTerms.Builder()
                    .addCopiesTo(first)
                    .addMayBeSharedWith(
                        Recipient.party(first),
                        Recipient.organisation(RecipientType.POLICE, "A police force"))
                    .note("Not to be shared outside the ward")
                    .build())
            .withQuestionSet(QuestionSetRef.of("conference-standard", 1))
            .withSupersedes(AgreementId.of("agreement-before")));
    agreements.add(agreement.withId(AgreementId.of("agreement-before")));
    List<Action> actions = new ArrayList<>(c.actions());
    Action action = actions.get(0);
    actions.set(
        0,
        action
            .withOwner(PartyOrRole.role("Ward manager"))
            .withMonitor(PartyOrRole.party(first))
            .withStatusHistory(
                action.statusHistory().stream().map(s -> s.withBy(ActorId.of("staff-7"))).toList())
            .withAmount(new BigDecimal("25.00"))
            .withHours(6)
            .withProportionalityCheck(c.signOffs().get(0).id()));
    List<QuestionSetUse> uses = new ArrayList<>(c.questionSetUses());
    QuestionSetUse use = uses.get(0);
    uses.set(
        0,
        use.withResponses(
            append(
                use.responses(),
                new Response.Builder()
                    .respondent(first)
                    .questionOrdinal(1)
                    .checked(true)
                    .build())));
    uses.add(
        new QuestionSetUse.Builder()
            .from(use)
            .id(QuestionSetUseId.of("use-in-contact"))
            .meeting(Optional.empty())
            .preparationContact(c.preparationContacts().get(0).id())
            .build());
    uses.add(
        new QuestionSetUse.Builder()
            .from(use)
            .id(QuestionSetUseId.of("use-in-message"))
            .meeting(Optional.empty())
            .message(MessageId.of("message-never-sent"))
            .build());
    List<Evaluation> evaluations = new ArrayList<>(c.evaluations());
    int completed = 0;
    while (!evaluations.get(completed).isCompleted()) {
      completed++;
    }
    evaluations.set(
        completed,
        evaluations
            .get(completed)
            .withSatisfaction(Satisfaction.values()[0])
            .withWouldRecommend(false)
            .withFeltAfter(FeltAfter.values()[0])
            .withIesRScore(12)
            .withProceduralFairness(4)
            .withComments("Glad it happened"));
    RestorativeCase filled =
        c.withReopenedFrom(CaseId.of("case-before"))
            .withParties(parties)
            .withHarms(harms)
            .withFacilitators(facilitators)
            .withProfessionals(professionals)
            .withCapacityAssessments(capacity)
            .withMeetings(meetings)
            .withRiskAssessments(risks)
            .withAgreements(agreements)
            .withActions(actions)
            .withMessages(
                plusOne(
                    c.messages(),
                    new Message.Builder()
                        .id(MessageId.of("message-never-sent"))
                        .process(c.processes().get(0).id())
                        .sender(first)
                        .addRecipients(c.parties().get(1).id())
                        .medium(Medium.WRITTEN)
                        .round(1)
                        .status(MessageStatus.MESSAGE_DRAFTED)
                        .draftedAt(at)
                        .build()))
            .withQuestionSetUses(uses)
            .withEvaluations(evaluations);
    return c.stage().isClosed() ? filled.withReopenedAs(CaseId.of("case-after")) : filled;
  }

  private static <T> List<T> append(List<T> list, T part) {
    List<T> all = new ArrayList<>(list);
    all.add(part);
    return all;
  }

  /**
   * golden/closed-withdrawn.json with one withdrawal of its party of each scope, each with its
   * process type or meeting, who recorded it and a reason.
   */
  private static <T> List<T> plusOne(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return longer;
  }

  static RestorativeCase everyWithdrawalScope() {
    // The withdrawn case's first withdrawal, recorded in every scope in the completed case, whose
    // parties include its party and which holds a meeting a withdrawal from one meeting can name.
    Withdrawal first = goldenCases().get("closed-withdrawn.json").withdrawals().get(0);
    RestorativeCase c = goldenCases().get("closed-completed.json");
    List<Withdrawal> all = new ArrayList<>();
    for (WithdrawalScope scope : WithdrawalScope.values()) {
      Withdrawal.Builder one =
          new Withdrawal.Builder()
              .party(first.party())
              .at(first.at())
              .scope(scope)
              .recordedBy(ActorId.of("staff-3"))
              .reason("Said it was too soon");
      if (scope == WithdrawalScope.PROCESS_TYPE) {
        one.processType(ProcessType.values()[0]);
      }
      if (scope == WithdrawalScope.MEETING) {
        one.meeting(c.meetings().get(0).id());
      }
      all.add(one.build());
    }
    return c.withWithdrawals(all);
  }

  static List<RestorativeCase> cohort() {
    SyntheticCases synthetic = SyntheticCases.seeded(20261207L);
    List<RestorativeCase> cases = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      for (int i = 0; i < PER_STAGE; i++) {
        cases.add(synthetic.caseAt(stage, i));
      }
    }
    return cases;
  }
}
