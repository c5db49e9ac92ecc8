package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.json.FormatRoundTrip.assertRoundTrip;
import static org.restorative.json.FormatRoundTrip.writtenNames;
import static org.restorative.json.OneObjectChanged.assertBothAccept;
import static org.restorative.json.OneObjectChanged.assertBothRefuse;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.Ability;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CapacityBasis;
import org.restorative.core.consent.CapacityDecision;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.CompetenceOutcome;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.InformationProvided;
import org.restorative.core.consent.InformationTopic;
import org.restorative.core.consent.LawfulBasis;
import org.restorative.core.consent.LawfulBasisType;
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.SharingScope;
import org.restorative.core.consent.TestOrder;
import org.restorative.core.consent.VoluntarinessCheck;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.Medium;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessType;
import org.restorative.core.synthetic.SyntheticCases;
import tools.jackson.databind.JsonNode;

class ConsentFormatsTest {

  private static List<RestorativeCase> cases;

  @BeforeAll
  static void cohort() {
    cases = SyntheticCases.seeded(2026).cohort(300).toList();
  }

  // ---- synthetic round trips -------------------------------------------------------------------

  @Test
  void consentsOfTheCohortRoundTrip() {
    List<Consent> consents = all(RestorativeCase::consents);
    assertThat(consents).isNotEmpty();
    consents.forEach(consent -> assertRoundTrip(ConsentFormats.CONSENT, consent));
  }

  @Test
  void capacityAssessmentsOfTheCohortRoundTrip() {
    List<CapacityAssessment> assessments = all(RestorativeCase::capacityAssessments);
    assertThat(assessments).isNotEmpty();
    assessments.forEach(a -> assertRoundTrip(ConsentFormats.CAPACITY_ASSESSMENT, a));
  }

  @Test
  void competenceAssessmentsOfTheCohortRoundTrip() {
    List<CompetenceAssessment> assessments = all(RestorativeCase::competenceAssessments);
    assertThat(assessments).isNotEmpty();
    assessments.forEach(a -> assertRoundTrip(ConsentFormats.COMPETENCE_ASSESSMENT, a));
  }

  @Test
  void withdrawalsOfTheCohortRoundTrip() {
    List<Withdrawal> withdrawals = all(RestorativeCase::withdrawals);
    assertThat(withdrawals).isNotEmpty();
    withdrawals.forEach(w -> assertRoundTrip(ConsentFormats.WITHDRAWAL, w));
  }

  @Test
  void disclosuresOfTheCohortRoundTrip() {
    List<Disclosure> disclosures = all(RestorativeCase::disclosures);
    assertThat(disclosures).isNotEmpty();
    disclosures.forEach(d -> assertRoundTrip(ConsentFormats.DISCLOSURE, d));
  }

  // ---- hand-built values with every attribute set ----------------------------------------------

  @Test
  void aParticipationConsentWithEveryAttributeRoundTrips() {
    Consent consent = participationConsent();
    assertRoundTrip(ConsentFormats.CONSENT, consent);
    // participation and sharing exclude each other by kind; every other property is written
    assertThat(writtenNames(ConsentFormats.CONSENT, consent))
        .containsExactlyElementsOf(namesExcept(ConsentFormats.CONSENT, "sharing"));
  }

  @Test
  void aSharingConsentWithEveryAttributeRoundTrips() {
    Consent consent = sharingConsent();
    assertRoundTrip(ConsentFormats.CONSENT, consent);
    assertThat(writtenNames(ConsentFormats.CONSENT, consent))
        .containsExactlyElementsOf(namesExcept(ConsentFormats.CONSENT, "participation"));
  }

  @Test
  void aCapacityAssessmentWithEveryAttributeRoundTrips() {
    CapacityAssessment assessment = capacityAssessment();
    assertRoundTrip(ConsentFormats.CAPACITY_ASSESSMENT, assessment);
    assertThat(writtenNames(ConsentFormats.CAPACITY_ASSESSMENT, assessment))
        .containsExactlyElementsOf(namesExcept(ConsentFormats.CAPACITY_ASSESSMENT));
    assertThat(writtenNames(ConsentFormats.FUNCTIONAL_TEST, assessment.functional()))
        .containsExactlyElementsOf(namesExcept(ConsentFormats.FUNCTIONAL_TEST));
    assertThat(writtenNames(ConsentFormats.CAPACITY_DECISION, assessment.decision()))
        .containsExactlyElementsOf(namesExcept(ConsentFormats.CAPACITY_DECISION));
  }

  @Test
  void aCompetenceAssessmentAndADisclosureWithEveryAttributeRoundTrip() {
    assertRoundTrip(ConsentFormats.COMPETENCE_ASSESSMENT, competenceAssessment());
    assertThat(writtenNames(ConsentFormats.COMPETENCE_ASSESSMENT, competenceAssessment()))
        .containsExactlyElementsOf(namesExcept(ConsentFormats.COMPETENCE_ASSESSMENT));
    Disclosure byBasis = disclosure();
    assertRoundTrip(ConsentFormats.DISCLOSURE, byBasis);
    assertThat(writtenNames(ConsentFormats.DISCLOSURE, byBasis))
        .containsExactlyElementsOf(namesExcept(ConsentFormats.DISCLOSURE, "consent"));
  }

  @Test
  void defaultedPropertiesMayBeLeftOutWhenRead() {
    ReadContext context = new ReadContext(false);
    JsonNode node =
        CaseJson.tree(
            "{\"id\":\"CON-9\",\"party\":\"P-1\",\"kind\":\"PARTICIPATION\","
                + "\"participation\":{\"processTypes\":[\"LETTER_EXCHANGE\"]},\"status\":\"DRAFT\"}");
    Optional<Consent> read = ConsentFormats.CONSENT.read(node, context);
    assertThat(context.problems()).isEmpty();
    assertThat(read)
        .get()
        .satisfies(
            c -> {
              assertThat(c.givenBy()).isEqualTo(ConsentGiver.SELF);
              assertThat(c.confidentialityLimitsExplained()).isFalse();
            });
  }

  // ---- the declarations themselves ------------------------------------------------------------

  @Test
  void everyAbstractAccessorIsDeclaredAndEveryPropertyIsAnAccessor() {
    assertCoversAccessors(ConsentFormats.PARTICIPATION_SCOPE, ParticipationScope.class);
    assertCoversAccessors(ConsentFormats.SHARING_SCOPE, SharingScope.class);
    assertCoversAccessors(ConsentFormats.INFORMATION_PROVIDED, InformationProvided.class);
    assertCoversAccessors(ConsentFormats.CAPACITY_BASIS, CapacityBasis.class);
    assertCoversAccessors(ConsentFormats.VOLUNTARINESS_CHECK, VoluntarinessCheck.class);
    assertCoversAccessors(ConsentFormats.RECONFIRMATION, Reconfirmation.class);
    assertCoversAccessors(ConsentFormats.WITHDRAWAL, Withdrawal.class);
    assertCoversAccessors(ConsentFormats.CAPACITY_DECISION, CapacityDecision.class);
    assertCoversAccessors(ConsentFormats.LIMB_FINDING, LimbFinding.class);
    assertCoversAccessors(ConsentFormats.FUNCTIONAL_TEST, FunctionalTest.class);
    assertCoversAccessors(ConsentFormats.PRACTICABLE_STEP, PracticableStep.class);
    assertCoversAccessors(ConsentFormats.LAWFUL_BASIS, LawfulBasis.class);
    assertCoversAccessors(ConsentFormats.CONSENT, Consent.class);
    assertCoversAccessors(ConsentFormats.CAPACITY_ASSESSMENT, CapacityAssessment.class);
    assertCoversAccessors(ConsentFormats.COMPETENCE_ASSESSMENT, CompetenceAssessment.class);
    assertCoversAccessors(ConsentFormats.DISCLOSURE, Disclosure.class);
  }

  /**
   * Immutables prints a redacted attribute as {@code name=***}: those, and only those, are
   * personal.
   */
  @Test
  void personalPropertiesAreExactlyTheRedactedAttributes() {
    Consent participation = participationConsent();
    Consent sharing = sharingConsent();
    CapacityAssessment capacity = capacityAssessment();
    assertPersonalIsRedacted(ConsentFormats.CONSENT, participation);
    assertPersonalIsRedacted(ConsentFormats.CONSENT, sharing);
    assertPersonalIsRedacted(
        ConsentFormats.PARTICIPATION_SCOPE, participation.participation().orElseThrow());
    assertPersonalIsRedacted(ConsentFormats.SHARING_SCOPE, sharing.sharing().orElseThrow());
    assertPersonalIsRedacted(
        ConsentFormats.INFORMATION_PROVIDED, participation.informationProvided().orElseThrow());
    assertPersonalIsRedacted(
        ConsentFormats.CAPACITY_BASIS, participation.capacityBasis().orElseThrow());
    assertPersonalIsRedacted(
        ConsentFormats.VOLUNTARINESS_CHECK, participation.voluntariness().orElseThrow());
    assertPersonalIsRedacted(ConsentFormats.RECONFIRMATION, participation.reconfirmations().get(0));
    assertPersonalIsRedacted(ConsentFormats.WITHDRAWAL, participation.withdrawal().orElseThrow());
    assertPersonalIsRedacted(
        ConsentFormats.WITHDRAWAL,
        new Withdrawal.Builder()
            .party(PartyId.of("P-1"))
            .at(Instant.parse("2025-05-01T10:00:00Z"))
            .scope(WithdrawalScope.MEETING)
            .meeting(MeetingId.of("M-1"))
            .recordedBy(ActorId.of("staff-2"))
            .reason("Not ready to meet yet.")
            .build());
    assertPersonalIsRedacted(ConsentFormats.CAPACITY_ASSESSMENT, capacity);
    assertPersonalIsRedacted(ConsentFormats.CAPACITY_DECISION, capacity.decision());
    assertPersonalIsRedacted(ConsentFormats.FUNCTIONAL_TEST, capacity.functional());
    assertPersonalIsRedacted(
        ConsentFormats.LIMB_FINDING, capacity.functional().understand().orElseThrow());
    assertPersonalIsRedacted(ConsentFormats.PRACTICABLE_STEP, capacity.practicableSteps().get(0));
    assertPersonalIsRedacted(ConsentFormats.COMPETENCE_ASSESSMENT, competenceAssessment());
    assertPersonalIsRedacted(ConsentFormats.DISCLOSURE, disclosure());
    assertPersonalIsRedacted(ConsentFormats.LAWFUL_BASIS, disclosure().lawfulBasis().orElseThrow());
  }

  // ---- hand-built values ----------------------------------------------------------------------

  private static Consent participationConsent() {
    Instant obtained = Instant.parse("2025-03-12T15:20:00Z");
    return new Consent.Builder()
        .id(ConsentId.of("CON-1"))
        .party(PartyId.of("P-1"))
        .kind(ConsentKind.PARTICIPATION)
        .participation(
            new ParticipationScope.Builder()
                .addProcessTypes(ProcessType.FACE_TO_FACE_CONFERENCE, ProcessType.LETTER_EXCHANGE)
                .addMedia(Medium.IN_PERSON, Medium.WRITTEN)
                .build())
        .status(ConsentStatus.WITHDRAWN)
        .obtainedAt(obtained)
        .obtainedBy(ActorId.of("staff-1"))
        .method(ConsentMethod.VERBAL_RECORDED_WITH_REASON)
        .methodReason("Could not hold a pen after hand surgery.")
        .givenBy(ConsentGiver.PARENT_OR_GUARDIAN)
        .informationProvided(
            InformationProvided.of(
                "LEAFLET-RJ-1",
                "v3",
                Set.of(InformationTopic.PROCESS, InformationTopic.RIGHT_TO_WITHDRAW)))
        .capacityBasis(CapacityBasis.assessed(CapacityAssessmentId.of("CAP-1")))
        .competenceBasis(CompetenceAssessmentId.of("GIL-1"))
        .voluntariness(
            new VoluntarinessCheck.Builder()
                .checkedAt(obtained.minusSeconds(600))
                .confirmed(true)
                .note("Said leave does not depend on it.")
                .build())
        .confidentialityLimitsExplained(true)
        .interpreter(ProfessionalId.of("INT-7"))
        .addReconfirmations(
            Reconfirmation.of(
                Instant.parse("2025-04-01T09:00:00Z"),
                ActorId.of("staff-1"),
                ConsentMethod.WRITTEN_SIGNED),
            Reconfirmation.of(
                Instant.parse("2025-04-20T09:00:00Z"),
                ActorId.of("staff-3"),
                ConsentMethod.ALTERNATIVE_FORMAT))
        .reviewDueOn(LocalDate.parse("2025-06-12"))
        .withdrawal(
            new Withdrawal.Builder()
                .party(PartyId.of("P-1"))
                .at(Instant.parse("2025-05-01T10:00:00.123456789Z"))
                .scope(WithdrawalScope.PROCESS_TYPE)
                .processType(ProcessType.FACE_TO_FACE_CONFERENCE)
                .recordedBy(ActorId.of("staff-2"))
                .reason("Would rather write a letter.")
                .build())
        .build();
  }

  private static Consent sharingConsent() {
    return new Consent.Builder()
        .from(participationConsent())
        .id(ConsentId.of("CON-2"))
        .kind(ConsentKind.DISCLOSURE_CONFIDENTIALITY)
        .participation(Optional.empty())
        .sharing(
            new SharingScope.Builder()
                .addRecipients(
                    Recipient.party(PartyId.of("P-2")),
                    Recipient.organisation(RecipientType.CLINICAL_TEAM, "Ward 4 team"))
                .addPurposes(
                    SharingPurpose.DELIVERING_RESTORATIVE_PROCESS, SharingPurpose.SAFEGUARDING)
                .build())
        .capacityBasis(CapacityBasis.presumed())
        .build();
  }

  private static CapacityAssessment capacityAssessment() {
    return new CapacityAssessment.Builder()
        .id(CapacityAssessmentId.of("CAP-1"))
        .party(PartyId.of("P-1"))
        .decision(
            new CapacityDecision.Builder()
                .description("Take part in a conference with the nurse I hurt.")
                .processType(ProcessType.FACE_TO_FACE_CONFERENCE)
                .addCounterparties(PartyId.of("P-2"), PartyId.of("P-3"))
                .build())
        .assessedAt(Instant.parse("2025-03-10T11:00:00Z"))
        .assessor(ActorId.of("psych-1"))
        .reasonForDoubt("Acute psychotic episode last week.")
        .addPracticableSteps(
            PracticableStep.of(PracticableStepType.SIMPLE_LANGUAGE, "Easy-read leaflet."),
            PracticableStep.of(PracticableStepType.TIMING))
        .relevantInformationProvided(true)
        .functional(
            new FunctionalTest.Builder()
                .understand(LimbFinding.of(Ability.ABLE, "Explained it back."))
                .retain(LimbFinding.of(Ability.ABLE))
                .useOrWeigh(LimbFinding.of(Ability.UNABLE, "Could not weigh the risks."))
                .communicate(LimbFinding.of(Ability.ABLE, "Spoke clearly."))
                .build())
        .impairmentIdentified(true)
        .impairment("Disturbance from an acute psychotic episode.")
        .causalLinkEstablished(true)
        .causalLinkRationale("Unable to weigh because of intrusive beliefs.")
        .outcome(CapacityOutcome.LACKS_CAPACITY)
        .fluctuating(true)
        .reassessBy(LocalDate.parse("2025-04-10"))
        .notBasedSolelyOnStatus(true)
        .testOrder(TestOrder.FUNCTIONAL_FIRST)
        .build();
  }

  private static CompetenceAssessment competenceAssessment() {
    return new CompetenceAssessment.Builder()
        .id(CompetenceAssessmentId.of("GIL-1"))
        .party(PartyId.of("P-4"))
        .assessedAt(Instant.parse("2025-02-01T14:30:00Z"))
        .assessor(ActorId.of("staff-5"))
        .processType(ProcessType.LETTER_EXCHANGE)
        .understandsIssues(true)
        .understandsRisksAndOptions(true)
        .canGiveReasons(true)
        .maturityConsidered(true)
        .outcome(CompetenceOutcome.COMPETENT)
        .notes("Explained the options in their own words.")
        .build();
  }

  private static Disclosure disclosure() {
    return new Disclosure.Builder()
        .id(DisclosureId.of("DIS-1"))
        .subject(PartyId.of("P-1"))
        .recipient(Recipient.organisation(RecipientType.POLICE, "County police"))
        .disclosedAt(Instant.parse("2025-03-15T08:00:00Z"))
        .by(ActorId.of("staff-1"))
        .medium(Medium.WRITTEN)
        .addItems(DisclosedItem.IDENTITY, DisclosedItem.RISK_INFORMATION)
        .purpose(SharingPurpose.SAFETY_AND_RISK_MANAGEMENT)
        .lawfulBasis(LawfulBasis.of(LawfulBasisType.STATUTE, "Crime and Disorder Act 1998 s115"))
        .justification("Only identity and risk were needed.")
        .fromMinimumDataset(true)
        .build();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static <T> List<T> all(Function<RestorativeCase, List<T>> part) {
    List<T> values = new ArrayList<>();
    cases.forEach(c -> values.addAll(part.apply(c)));
    return values;
  }

  private static List<String> namesExcept(ObjectFormat<?, ?> format, String... left) {
    Set<String> out = Set.of(left);
    return format.properties().stream()
        .map(ObjectFormat.Property::name)
        .filter(name -> !out.contains(name))
        .toList();
  }

  static void assertCoversAccessors(ObjectFormat<?, ?> format, Class<?> type) {
    Set<String> declared =
        format.properties().stream().map(ObjectFormat.Property::name).collect(Collectors.toSet());
    assertThat(declared).as(format.name()).hasSameSizeAs(format.properties());
    Set<String> abstractAccessors =
        Arrays.stream(type.getDeclaredMethods())
            .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
            .map(Method::getName)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    assertThat(declared).as(format.name()).containsAll(abstractAccessors);
    for (String name : declared) {
      assertThat(Arrays.stream(type.getMethods()))
          .as(format.name() + "." + name)
          .anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == 0);
    }
  }

  /**
   * Checks the personal marks against the model's redaction, which Immutables shows in {@code
   * toString} as {@code name=***}: every personal property must be present in the value and
   * redacted, and every other property present in the value must be shown as it is.
   */
  static <T> void assertPersonalIsRedacted(ObjectFormat<T, ?> format, T value) {
    String shown = value.toString();
    for (ObjectFormat.Property<T, ?> property : format.properties()) {
      String name = property.name();
      boolean present = shown.contains("{" + name + "=") || shown.contains(", " + name + "=");
      boolean redacted =
          shown.contains("{" + name + "=***") || shown.contains(", " + name + "=***");
      String what = format.name() + "." + name;
      if (property.personal()) {
        assertThat(redacted)
            .as(what + " is personal, so must be set and redacted in " + shown)
            .isTrue();
      } else if (present) {
        assertThat(redacted).as(what + " is not personal, so must not be redacted").isFalse();
      }
    }
  }

  @Test
  void aConsentHoldsObtainedAtUnlessItIsADraftForReaderAndSchema() {
    String golden = "closed-partial.json";
    assertBothRefuse(golden, "/consents/2", c -> c.remove("obtainedAt"));
    assertBothAccept(golden, "/consents/2", c -> c.put("status", "DRAFT").remove("obtainedAt"));
  }

  @Test
  void aReconfirmedConsentHoldsAReconfirmationForReaderAndSchema() {
    String golden = "closed-partial.json";
    assertBothRefuse(golden, "/consents/0", c -> c.remove("reconfirmations"));
    assertBothRefuse(golden, "/consents/0", c -> c.putArray("reconfirmations"));
    assertBothAccept(
        golden, "/consents/0", c -> c.put("status", "GIVEN").remove("reconfirmations"));
  }

  @Test
  void aConsentHoldsReconfirmationsOnlyWithObtainedAtForReaderAndSchema() {
    String golden = "closed-partial.json";
    assertBothRefuse(golden, "/consents/0", c -> c.put("status", "DRAFT").remove("obtainedAt"));
    assertBothAccept(
        golden,
        "/consents/0",
        c -> {
          c.put("status", "DRAFT").remove("obtainedAt");
          c.putArray("reconfirmations");
        });
  }

  @Test
  void aCapacityAssessmentNamesAnImpairmentOnlyWhenOneIsIdentifiedForReaderAndSchema() {
    String golden = "follow-up.json";
    String at = "/capacityAssessments/0";
    assertBothRefuse(golden, at, c -> c.put("impairment", "A named impairment"));
    assertBothRefuse(
        golden,
        at,
        c -> c.put("impairmentIdentified", false).put("impairment", "A named impairment"));
    assertBothAccept(
        golden,
        at,
        c -> c.put("impairmentIdentified", true).put("impairment", "A named impairment"));
  }

  @Test
  void aCapacityAssessmentEstablishesACausalLinkOnlyWithAnImpairmentForReaderAndSchema() {
    String golden = "follow-up.json";
    String at = "/capacityAssessments/0";
    assertBothRefuse(
        golden,
        at,
        c -> {
          c.remove("impairment");
          c.put("impairmentIdentified", false).put("causalLinkEstablished", true);
        });
    assertBothRefuse(
        golden,
        at,
        c -> {
          c.remove("impairment");
          c.remove("impairmentIdentified");
          c.put("causalLinkEstablished", true);
        });
    assertBothAccept(
        golden, at, c -> c.put("impairmentIdentified", true).put("causalLinkEstablished", true));
    assertBothAccept(
        golden,
        at,
        c -> {
          c.remove("impairment");
          c.put("impairmentIdentified", false).put("causalLinkEstablished", false);
        });
  }

  @Test
  void aDisclosureNamesNotBothAConsentAndALawfulBasisForReaderAndSchema() {
    String golden = "closed-partial.json";
    assertBothRefuse(
        golden,
        "/disclosures/0",
        d -> d.putObject("lawfulBasis").put("type", LawfulBasisType.SAFEGUARDING.name()));
    assertBothAccept(
        golden,
        "/disclosures/0",
        d -> {
          d.remove("consent");
          d.putObject("lawfulBasis").put("type", LawfulBasisType.SAFEGUARDING.name());
        });
  }
}
