package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.json.FormatRoundTrip.assertRoundTrip;
import static org.restorative.json.FormatRoundTrip.write;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.CareContext;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.ConflictDeclaration;
import org.restorative.core.party.ConflictKind;
import org.restorative.core.party.CpdRecord;
import org.restorative.core.party.CriminalResponsibility;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.Escort;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.Place;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.party.SpeakingRole;
import org.restorative.core.party.Spokesperson;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.party.TrainingRecord;
import org.restorative.core.party.VcsRoute;
import org.restorative.core.party.VcsStatus;
import org.restorative.core.party.VictimContactScheme;
import org.restorative.core.party.VulnerabilityFlag;
import org.restorative.core.synthetic.SyntheticCases;
import tools.jackson.databind.JsonNode;

class PartyFormatsTest {

  private static List<RestorativeCase> cases;

  @BeforeAll
  static void generate() {
    cases = SyntheticCases.seeded(20_251).cohort(300).toList();
  }

  @Test
  void everySyntheticPartyRoundTrips() {
    List<Party> parties = cases.stream().flatMap(c -> c.parties().stream()).toList();
    assertThat(parties).isNotEmpty();
    parties.forEach(party -> assertRoundTrip(PartyFormats.PARTY, party));
  }

  @Test
  void everySyntheticFacilitatorRoundTrips() {
    List<Facilitator> facilitators =
        cases.stream().flatMap(c -> c.facilitators().stream()).toList();
    assertThat(facilitators).isNotEmpty();
    facilitators.forEach(facilitator -> assertRoundTrip(PartyFormats.FACILITATOR, facilitator));
  }

  @Test
  void everySyntheticProfessionalRoundTrips() {
    List<Professional> professionals =
        cases.stream().flatMap(c -> c.professionals().stream()).toList();
    assertThat(professionals).isNotEmpty();
    professionals.forEach(professional -> assertRoundTrip(PartyFormats.PROFESSIONAL, professional));
  }

  /** A supporter with every attribute set; a date of birth excludes an age band, see the next. */
  static Party fullParty() {
    return new Party.Builder()
        .id(PartyId.of("P-SUP-1"))
        .role(PartyRole.SUPPORTER)
        .personType(PersonType.PATIENT)
        .name("Alex Example")
        .preferredName("Al")
        .pronouns("they/them")
        .dateOfBirth(LocalDate.of(2008, 2, 29))
        .language("Welsh")
        .principal(PartyId.of("P-HARMED-1"))
        .relationshipToPrincipal(PartyRelationship.CARER)
        .speakingRole(SpeakingRole.PRESENCE_ONLY)
        .careContext(CareContext.FORENSIC_INPATIENT)
        .mentalHealthAct(
            new MentalHealthActStatus.Builder()
                .section(MhaStatus.S3)
                .restricted(true)
                .since(LocalDate.of(2024, 5, 1))
                .orderNamesUnit(true)
                .build())
        .addLeaveAuthorisations(
            new LeaveAuthorisation.Builder()
                .type(LeaveType.COMMUNITY)
                .escort(Escort.ESCORTED)
                .authorisedBy(LeaveAuthority.RC_AND_SOSJ)
                .validFrom(LocalDate.of(2025, 3, 1))
                .validTo(LocalDate.of(2025, 3, 31))
                .addConditions("two escorts", "return by 4pm")
                .purpose("attend a restorative meeting")
                .addPlaces(Place.of("leeds/rj-service-office"))
                .addNoContactWith(PartyId.of("P-HARMED-1"))
                .build())
        .addDischargeConditions(
            new DischargeCondition.Builder()
                .type(DischargeConditionType.NO_CONTACT)
                .protectedParty(PartyId.of("P-HARMED-1"))
                .description("no contact with the person harmed")
                .since(LocalDate.of(2024, 12, 24))
                .place(Place.of("leeds/ls6"))
                .permittedException("contact through the restorative service")
                .build())
        .reasonToDoubtCapacity(true)
        .reasonToDoubtCapacityRationale("fluctuating presentation on the ward")
        .addCommunicationNeeds(CommunicationNeed.AUTISM, CommunicationNeed.PROCESSING_TIME)
        .addAdjustments(
            Adjustment.of(AdjustmentType.TIME_OF_DAY, "appointments after 2pm"),
            Adjustment.of(AdjustmentType.VISUAL_AIDS))
        .addVulnerabilityFlags(
            VulnerabilityFlag.TRAUMA_HISTORY, VulnerabilityFlag.SAFEGUARDING_CHILD)
        .victimContactScheme(VictimContactScheme.of(VcsStatus.OPTED_IN, VcsRoute.VLO))
        .addAcknowledgements(
            new Acknowledgement.Builder()
                .level(AcknowledgementLevel.OWN_PART)
                .acknowledgedOn(LocalDate.of(2025, 2, 3))
                .recordedBy(ActorId.of("A-7"))
                .note("said it was their fault")
                .build(),
            Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 1, 20)))
        .criminalResponsibility(CriminalResponsibility.DIMINISHED)
        .parentalInvolvement(
            new ParentalInvolvement.Builder()
                .holderOfResponsibility("mother")
                .informed(true)
                .consented(true)
                .recordedOn(LocalDate.of(2025, 1, 15))
                .build())
        .build();
  }

  @Test
  void anOrganisationAcknowledgesThroughItsSpokesperson() {
    Spokesperson spokesperson =
        new Spokesperson.Builder()
            .role("Director of Nursing")
            .name("Dana Director")
            .authority("Delegated by the trust board")
            .build();
    Party trust =
        new Party.Builder()
            .id(PartyId.of("P-TRUST"))
            .role(PartyRole.ORGANISATION)
            .personType(PersonType.ORGANISATION)
            .name("The trust")
            .addAcknowledgements(
                Acknowledgement.of(
                    AcknowledgementLevel.FACTS, LocalDate.of(2025, 2, 3), spokesperson),
                new Acknowledgement.Builder()
                    .from(
                        Acknowledgement.of(AcknowledgementLevel.OWN_PART, LocalDate.of(2025, 2, 3)))
                    .spokesperson(Spokesperson.of("Medical Director"))
                    .build())
            .build();
    assertRoundTrip(PartyFormats.PARTY, trust);
    assertRoundTrip(PartyFormats.SPOKESPERSON, spokesperson);
    assertThat(fieldNames(CaseJson.tree(write(PartyFormats.SPOKESPERSON, spokesperson))))
        .isEqualTo(names(PartyFormats.SPOKESPERSON));
    assertThat(write(PartyFormats.ACKNOWLEDGEMENT, trust.acknowledgements().get(1)))
        .contains("\"spokesperson\":{\"role\":\"Medical Director\"}");
  }

  @Test
  void aPartyWithEveryAttributeRoundTrips() {
    Party party = fullParty();
    assertRoundTrip(PartyFormats.PARTY, party);
    Set<String> written = fieldNames(CaseJson.tree(write(PartyFormats.PARTY, party)));
    Set<String> declared = names(PartyFormats.PARTY);
    declared.remove("ageBand"); // excluded by dateOfBirth; see the next test
    assertThat(written).isEqualTo(declared);
  }

  @Test
  void aPartyWithAnAgeBandInsteadOfADateOfBirthRoundTrips() {
    Party party =
        new Party.Builder()
            .from(fullParty())
            .dateOfBirth(Optional.empty())
            .ageBand(AgeBand.YOUNG_PERSON_16_17)
            .build();
    assertRoundTrip(PartyFormats.PARTY, party);
    assertThat(write(PartyFormats.PARTY, party)).contains("\"ageBand\":\"YOUNG_PERSON_16_17\"");
  }

  @Test
  void defaultedPropertiesTakeTheModelsDefaultWhenAbsent() {
    JsonNode node =
        CaseJson.tree(
            "{\"id\":\"P-1\",\"role\":\"PERSON_RESPONSIBLE\",\"personType\":\"PATIENT\","
                + "\"mentalHealthAct\":{\"section\":\"S37_41\"},"
                + "\"parentalInvolvement\":{}}");
    ReadContext context = new ReadContext(false);
    Party party = PartyFormats.PARTY.read(node, context).orElseThrow();
    assertThat(context.problems()).isEmpty();
    assertThat(party.reasonToDoubtCapacity()).isFalse();
    assertThat(party.mentalHealthAct().orElseThrow().restricted()).isTrue();
    assertThat(party.mentalHealthAct().orElseThrow().orderNamesUnit()).isFalse();
    assertThat(party.parentalInvolvement().orElseThrow().informed()).isFalse();
    assertThat(party.parentalInvolvement().orElseThrow().consented()).isFalse();
    String text = write(PartyFormats.PARTY, party);
    assertThat(text)
        .contains("\"reasonToDoubtCapacity\":false", "\"restricted\":true", "\"informed\":false");
    assertThat(text).as("a false flag is not written").doesNotContain("orderNamesUnit");
  }

  @Test
  void aFacilitatorWithEveryAttributeRoundTrips() {
    Facilitator facilitator =
        new Facilitator.Builder()
            .id(FacilitatorId.of("F-1"))
            .role(FacilitatorRole.FACILITATOR_CO)
            .name("Sam Facilitator")
            .addTrainingRecords(
                new TrainingRecord.Builder()
                    .level(TrainingLevel.ADVANCED)
                    .completedOn(LocalDate.of(2021, 6, 30))
                    .provider("An RJC provider")
                    .rjcRegisteredProvider(true)
                    .build(),
                TrainingRecord.of(TrainingLevel.FOUNDATION, LocalDate.of(2019, 1, 10)))
            .lastSupervisionOn(LocalDate.of(2025, 2, 1))
            .lastObservedPracticeOn(LocalDate.of(2024, 11, 5))
            .addCpd(
                CpdRecord.of(2024, new BigDecimal("16.50"), new BigDecimal("8.0")),
                CpdRecord.of(2023, new BigDecimal("12"), new BigDecimal("6")))
            .rjcRegistration("RJC-12345")
            .external(true)
            .conflictDeclaration(
                new ConflictDeclaration.Builder()
                    .declaredAt(Instant.parse("2025-03-12T15:20:00.123Z"))
                    .addConflicts(
                        new DeclaredConflict.Builder()
                            .kind(ConflictKind.LINE_MANAGER_OF_PARTY)
                            .party(PartyId.of("P-2"))
                            .detail("managed the party in 2022")
                            .build())
                    .build())
            .build();
    assertRoundTrip(PartyFormats.FACILITATOR, facilitator);
    assertThat(fieldNames(CaseJson.tree(write(PartyFormats.FACILITATOR, facilitator))))
        .isEqualTo(names(PartyFormats.FACILITATOR));
  }

  @Test
  void aProfessionalWithEveryAttributeRoundTrips() {
    Professional professional =
        new Professional.Builder()
            .id(ProfessionalId.of("PR-1"))
            .role(ProfessionalRole.INTERPRETER)
            .name("Ina Interpreter")
            .organisation("Language Line")
            .language("Polish")
            .addRelatedParties(PartyId.of("P-1"), PartyId.of("P-2"))
            .build();
    assertRoundTrip(PartyFormats.PROFESSIONAL, professional);
    assertThat(fieldNames(CaseJson.tree(write(PartyFormats.PROFESSIONAL, professional))))
        .isEqualTo(names(PartyFormats.PROFESSIONAL));
  }

  @Test
  void everyAccessorIsDeclaredAndNothingElse() {
    assertCovers(
        PartyFormats.MENTAL_HEALTH_ACT_STATUS,
        MentalHealthActStatus.class,
        "restricted",
        "orderNamesUnit");
    assertCovers(PartyFormats.LEAVE_AUTHORISATION, LeaveAuthorisation.class);
    assertCovers(PartyFormats.DISCHARGE_CONDITION, DischargeCondition.class);
    assertCovers(PartyFormats.ADJUSTMENT, Adjustment.class);
    assertCovers(PartyFormats.VICTIM_CONTACT_SCHEME, VictimContactScheme.class);
    assertCovers(PartyFormats.ACKNOWLEDGEMENT, Acknowledgement.class);
    assertCovers(PartyFormats.SPOKESPERSON, Spokesperson.class);
    assertCovers(
        PartyFormats.PARENTAL_INVOLVEMENT, ParentalInvolvement.class, "informed", "consented");
    assertCovers(PartyFormats.TRAINING_RECORD, TrainingRecord.class, "rjcRegisteredProvider");
    assertCovers(PartyFormats.CPD_RECORD, CpdRecord.class);
    assertCovers(PartyFormats.DECLARED_CONFLICT, DeclaredConflict.class);
    assertCovers(PartyFormats.CONFLICT_DECLARATION, ConflictDeclaration.class);
    assertCovers(PartyFormats.PARTY, Party.class, "reasonToDoubtCapacity");
    assertCovers(PartyFormats.FACILITATOR, Facilitator.class, "external");
    assertCovers(PartyFormats.PROFESSIONAL, Professional.class);
  }

  @Test
  void personalPropertiesAreTheRedactedOnes() {
    assertThat(personal(PartyFormats.PARTY))
        .containsExactly(
            "name", "preferredName", "pronouns", "dateOfBirth", "reasonToDoubtCapacityRationale");
    assertThat(personal(PartyFormats.FACILITATOR)).containsExactly("name");
    assertThat(personal(PartyFormats.PROFESSIONAL)).containsExactly("name");
    assertThat(personal(PartyFormats.LEAVE_AUTHORISATION))
        .containsExactly("conditions", "purpose", "places");
    assertThat(personal(PartyFormats.DISCHARGE_CONDITION))
        .containsExactly("description", "place", "permittedException");
    assertThat(personal(PartyFormats.ADJUSTMENT)).containsExactly("detail");
    assertThat(personal(PartyFormats.ACKNOWLEDGEMENT)).containsExactly("note");
    assertThat(personal(PartyFormats.SPOKESPERSON)).containsExactly("role", "name", "authority");
    assertThat(personal(PartyFormats.PARENTAL_INVOLVEMENT))
        .containsExactly("holderOfResponsibility");
    assertThat(personal(PartyFormats.DECLARED_CONFLICT)).containsExactly("detail");
    assertThat(personal(PartyFormats.MENTAL_HEALTH_ACT_STATUS)).isEmpty();
    assertThat(personal(PartyFormats.VICTIM_CONTACT_SCHEME)).isEmpty();
    assertThat(personal(PartyFormats.TRAINING_RECORD)).isEmpty();
    assertThat(personal(PartyFormats.CPD_RECORD)).isEmpty();
    assertThat(personal(PartyFormats.CONFLICT_DECLARATION)).isEmpty();
  }

  /** The declared names are the abstract accessors plus the named {@code @Value.Default} ones. */
  private static void assertCovers(ObjectFormat<?, ?> format, Class<?> type, String... defaulted) {
    Set<String> expected =
        Arrays.stream(type.getMethods())
            .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    expected.addAll(List.of(defaulted));
    assertThat(new TreeSet<>(names(format))).as(format.name()).isEqualTo(expected);
  }

  private static Set<String> names(ObjectFormat<?, ?> format) {
    return format.properties().stream()
        .map(ObjectFormat.Property::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static List<String> personal(ObjectFormat<?, ?> format) {
    return format.properties().stream()
        .filter(ObjectFormat.Property::personal)
        .map(ObjectFormat.Property::name)
        .toList();
  }

  private static Set<String> fieldNames(JsonNode node) {
    return node.properties().stream()
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
