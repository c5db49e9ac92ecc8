package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.fhir.FhirFixtures.all;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.party.Party;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;

class ReadProblemsTest {

  private static RestorativeCase golden(String name) {
    return FhirFixtures.goldenCases().get(name);
  }

  private static List<String> codesAndPaths(FhirReadResult read) {
    return read.problems().stream().map(v -> v.code() + " " + v.path()).toList();
  }

  @Test
  void the_referral_golden_case_comes_back_whole() {
    FhirReadResult read = FhirBundles.read(FhirBundles.collection(golden("referral.json")));

    assertThat(read.isRead()).isTrue();
    assertThat(read.problems()).isEmpty();
    assertThat(read.restorativeCase()).contains(golden("referral.json"));
  }

  @Test
  void an_organisation_birth_date_and_language_are_reported_as_not_carried() {
    FhirReadResult read = FhirBundles.read(FhirBundles.collection(datedOrganisation()));

    assertThat(read.isRead()).isTrue();
    assertThat(codesAndPaths(read)).containsExactly(DATED_ORGANISATION_NOT_CARRIED);
    assertThat(read.problems()).extracting(Violation::severity).containsOnly(Severity.WARNING);
  }

  /**
   * referral.json, which the Bundle carries whole, with an organisation added as its last party
   * that holds a date of birth and a language: an Organization has no element for either.
   */
  private static RestorativeCase datedOrganisation() {
    RestorativeCase c = golden("referral.json");
    List<Party> parties = new ArrayList<>(c.parties());
    parties.add(
        new Party.Builder()
            .id(org.restorative.core.party.PartyId.of("trust"))
            .role(org.restorative.core.party.PartyRole.ORGANISATION)
            .personType(org.restorative.core.party.PersonType.ORGANISATION)
            .name("A trust")
            .dateOfBirth(java.time.LocalDate.of(1948, 7, 5))
            .language("Welsh")
            .build());
    return c.withParties(parties);
  }

  private static final String[] DATED_ORGANISATION_NOT_CARRIED = {
    "FHIR_NOT_CARRIED /parties/3/dateOfBirth", "FHIR_NOT_CARRIED /parties/3/language"
  };

  @Test
  void a_bundle_without_a_case_is_not_read() {
    FhirReadResult read = FhirBundles.read(new Bundle().setType(Bundle.BundleType.COLLECTION));

    assertThat(read.isRead()).isFalse();
    assertThat(codesAndPaths(read)).containsExactly("FHIR_NO_CASE ");
  }

  @Test
  void an_unknown_code_is_reported_at_its_attribute_without_the_code() {
    Bundle bundle = FhirBundles.collection(golden("referral.json"));
    Patient first =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(Patient.class::isInstance)
            .map(Patient.class::cast)
            .findFirst()
            .orElseThrow();
    ((Coding) first.getExtensionByUrl(FhirNames.extension("party-role")).getValue())
        .setCode("SECRET_CODE");

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("FHIR_UNKNOWN_CODE /parties/0/role");
    assertThat(read.problems()).extracting(Violation::message).noneMatch(m -> m.contains("SECRET"));
  }

  @Test
  void a_reference_to_no_resource_of_the_bundle_is_broken() {
    RestorativeCase c = golden("closed-completed.json");
    Bundle bundle = FhirBundles.collection(c);
    org.hl7.fhir.r4.model.Consent consent =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(org.hl7.fhir.r4.model.Consent.class::isInstance)
            .map(org.hl7.fhir.r4.model.Consent.class::cast)
            .findFirst()
            .orElseThrow();
    consent.getPerformer().set(0, new Reference("urn:uuid:00000000-0000-0000-0000-000000000000"));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("FHIR_BROKEN_REFERENCE /consents/0/party");
  }

  @Test
  void parts_that_name_a_process_whose_resource_is_gone_are_broken_references_at_each_id() {
    RestorativeCase c = golden("closed-completed.json");
    Bundle bundle = FhirBundles.collection(c);
    bundle.getEntry().removeIf(e -> e.getResource() instanceof Procedure);

    FhirReadResult read = FhirBundles.read(bundle);

    List<String> expected = new ArrayList<>();
    for (int k = 0; k < c.preparationContacts().size(); k++) {
      if (c.preparationContacts().get(k).process().isPresent()) {
        expected.add("FHIR_BROKEN_REFERENCE /preparationContacts/" + k + "/process");
      }
    }
    for (int m = 0; m < c.meetings().size(); m++) {
      expected.add("FHIR_BROKEN_REFERENCE /meetings/" + m + "/process");
    }
    for (int a = 0; a < c.agreements().size(); a++) {
      if (c.agreements().get(a).process().isPresent()) {
        expected.add("FHIR_BROKEN_REFERENCE /agreements/" + a + "/process");
      }
    }
    assertThat(read.isRead()).isFalse();
    assertThat(expected).contains("FHIR_BROKEN_REFERENCE /meetings/0/process");
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactlyElementsOf(expected);
    assertThat(read.errors())
        .extracting(Violation::message)
        .containsOnly("the id names a part whose resource the Bundle does not hold");
  }

  @Test
  void parts_the_model_rejects_are_not_a_case() {
    RestorativeCase c =
        FhirFixtures.cohort().stream()
            .filter(x -> x.consents().stream().anyMatch(k -> k.status() == ConsentStatus.WITHDRAWN))
            .findFirst()
            .orElseThrow();
    Bundle bundle = FhirBundles.collection(c);
    bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(org.hl7.fhir.r4.model.Consent.class::isInstance)
        .map(org.hl7.fhir.r4.model.Consent.class::cast)
        .forEach(
            k ->
                k.getExtension()
                    .removeIf(e -> e.getUrl().equals(FhirNames.extension("withdrawal"))));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("FHIR_NOT_A_CASE /consents/" + withdrawnIndex(c));
  }

  private static int withdrawnIndex(RestorativeCase c) {
    for (int i = 0; i < c.consents().size(); i++) {
      if (c.consents().get(i).status() == ConsentStatus.WITHDRAWN) {
        return i;
      }
    }
    throw new AssertionError("no withdrawn consent");
  }

  @Test
  void a_not_carried_path_the_library_does_not_declare_is_refused_without_echoing_it() {
    Bundle bundle = FhirBundles.collection(golden("referral.json"));
    EpisodeOfCare episode = (EpisodeOfCare) bundle.getEntryFirstRep().getResource();
    Ext.add(episode.getExtension(), Assembly.NOT_CARRIED, new StringType("/parties/0/Quillon"));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("FHIR_INVALID_VALUE ");
    assertThat(read.problems())
        .extracting(Violation::message)
        .noneMatch(m -> m.contains("Quillon"));
  }

  @Test
  void free_text_that_is_no_string_is_an_invalid_value_at_its_attribute() {
    FreeText filled = FhirFixtures.freeTextCases().get("free text in closed-completed.json");
    Bundle bundle = FhirBundles.collection(filled.restorativeCase());
    EpisodeOfCare episode = (EpisodeOfCare) bundle.getEntryFirstRep().getResource();
    episode.getExtensionByUrl(FhirNames.extension("referral-notes")).setValue(new IntegerType(7));
    Extension closure = episode.getExtensionByUrl(FhirNames.extension("closure"));
    closure.getExtensionByUrl(FhirNames.extension("summary")).setValue(new BooleanType(true));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly(
            "FHIR_INVALID_VALUE /referral/notes", "FHIR_INVALID_VALUE /closure/summary");
    assertThat(read.problems()).noneMatch(p -> p.message().contains(FreeText.MARK));
  }

  @Test
  void a_practicable_step_with_an_unknown_type_and_a_consent_reason_that_is_no_string() {
    FreeText filled = FhirFixtures.freeTextCases().get("free text in follow-up.json");
    Bundle bundle = FhirBundles.collection(filled.restorativeCase());
    List<Resource> resources =
        bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
    List<CapacityAssessment> assessments = filled.restorativeCase().capacityAssessments();
    int index = 0;
    while (assessments.get(index).practicableSteps().isEmpty()) {
      index++;
    }
    Observation capacity =
        resources.stream()
            .filter(Observation.class::isInstance)
            .map(Observation.class::cast)
            .filter(
                o -> Reading.idValue(o.getIdentifier(), AssessmentResources.CAPACITY).isPresent())
            .toList()
            .get(index);
    Extension step = Ext.all(capacity.getExtension(), "practicable-step").get(0);
    ((Coding) step.getExtensionByUrl(FhirNames.extension("type")).getValue())
        .setCode("SECRET_STEP");
    org.hl7.fhir.r4.model.Consent consent =
        resources.stream()
            .filter(org.hl7.fhir.r4.model.Consent.class::isInstance)
            .map(org.hl7.fhir.r4.model.Consent.class::cast)
            .findFirst()
            .orElseThrow();
    consent.getExtensionByUrl(FhirNames.extension("method-reason")).setValue(new IntegerType(3));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactlyInAnyOrder(
            "FHIR_INVALID_VALUE /consents/0/methodReason",
            "FHIR_UNKNOWN_CODE /capacityAssessments/" + index + "/practicableSteps/0/type");
    assertThat(read.problems())
        .noneMatch(p -> p.message().contains("SECRET") || p.message().contains(FreeText.MARK));
  }

  @Test
  void a_note_without_text_is_missing_and_a_meeting_note_that_is_no_string_is_invalid() {
    FreeText filled = FhirFixtures.freeTextCases().get("free text in closed-completed.json");
    Bundle bundle = FhirBundles.collection(filled.restorativeCase());
    List<Resource> resources =
        bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
    CarePlan plan =
        resources.stream()
            .filter(CarePlan.class::isInstance)
            .map(CarePlan.class::cast)
            .filter(p -> Reading.idValue(p.getIdentifier(), PlanResources.AGREEMENT).isPresent())
            .findFirst()
            .orElseThrow();
    plan.getNoteFirstRep().setText(null);
    Encounter meeting =
        resources.stream()
            .filter(Encounter.class::isInstance)
            .map(Encounter.class::cast)
            .filter(e -> Reading.idValue(e.getIdentifier(), MeetingResources.MEETING).isPresent())
            .findFirst()
            .orElseThrow();
    meeting.getExtensionByUrl(FhirNames.extension("notes")).setValue(new BooleanType(false));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly(
            "FHIR_INVALID_VALUE /meetings/0/notes", "FHIR_MISSING_ELEMENT /agreements/0/notes");
    assertThat(read.problems()).noneMatch(p -> p.message().contains(FreeText.MARK));
  }

  private static Procedure process(Bundle bundle) {
    return new Reading(bundle)
        .withId(Procedure.class, MeetingResources.PROCESS, Procedure::getIdentifier)
        .get(0);
  }

  private static Encounter contact(Bundle bundle) {
    return new Reading(bundle)
        .withId(Encounter.class, ProcessResources.PREPARATION_CONTACT, Encounter::getIdentifier)
        .get(0);
  }

  @Test
  void a_process_without_its_period_lacks_the_moment_it_was_chosen() {
    Bundle bundle = FhirBundles.collection(golden("closed-completed.json"));
    process(bundle).setPerformed(null);

    assertThat(errors(bundle)).containsExactly("FHIR_MISSING_ELEMENT /processes/0/chosenAt");
  }

  @Test
  void a_process_of_an_unknown_type_is_reported_without_the_code() {
    Bundle bundle = FhirBundles.collection(golden("closed-completed.json"));
    process(bundle).getCode().getCodingFirstRep().setCode("SECRET_TYPE");

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(errors(bundle)).containsExactly("FHIR_UNKNOWN_CODE /processes/0/type");
    assertThat(read.problems()).noneMatch(p -> p.message().contains("SECRET"));
  }

  @Test
  void a_process_with_a_status_a_process_does_not_have_is_an_invalid_value() {
    Bundle bundle = FhirBundles.collection(golden("closed-completed.json"));
    process(bundle).setStatus(Procedure.ProcedureStatus.ONHOLD);

    assertThat(errors(bundle)).containsExactly("FHIR_INVALID_VALUE /processes/0/status");
  }

  @Test
  void a_preparation_contact_for_a_party_not_in_the_bundle_is_a_broken_reference() {
    Bundle bundle = FhirBundles.collection(golden("closed-completed.json"));
    Encounter contact = contact(bundle);
    contact
        .getExtensionByUrl(FhirNames.extension("party"))
        .setValue(new Reference("urn:uuid:00000000-0000-0000-0000-000000000000"));
    contact.setSubject(null);

    assertThat(errors(bundle))
        .containsExactly("FHIR_BROKEN_REFERENCE /preparationContacts/0/party");
  }

  @Test
  void a_preparation_contact_without_its_moment_or_with_an_unknown_topic() {
    Bundle bundle = FhirBundles.collection(golden("closed-completed.json"));
    Encounter contact = contact(bundle);
    contact.setPeriod(null);
    ((Coding) Ext.all(contact.getExtension(), "topic").get(0).getValue()).setCode("SECRET_TOPIC");

    assertThat(errors(bundle))
        .containsExactly(
            "FHIR_MISSING_ELEMENT /preparationContacts/0/at",
            "FHIR_UNKNOWN_CODE /preparationContacts/0/topics");
  }

  private static RestorativeCase withSignOffAndConsultation() {
    return FhirFixtures.cohort().stream()
        .filter(c -> !c.signOffs().isEmpty() && !c.consultations().isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("the cohort holds no such case"));
  }

  private static Provenance signOff(Bundle bundle) {
    return new Reading(bundle)
        .all(Provenance.class).stream()
            .filter(p -> Ext.one(p.getExtension(), "sign-off-id").isPresent())
            .findFirst()
            .orElseThrow();
  }

  private static Communication consultation(Bundle bundle) {
    return new Reading(bundle)
        .withId(
            Communication.class, ConsultationResources.CONSULTATION, Communication::getIdentifier)
        .get(0);
  }

  @Test
  void a_sign_off_of_an_unknown_subject_and_without_its_supervisor() {
    Bundle bundle = FhirBundles.collection(withSignOffAndConsultation());
    Provenance provenance = signOff(bundle);
    provenance.getActivity().getCodingFirstRep().setCode("SECRET_SUBJECT");
    provenance.getAgent().clear();

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(errors(bundle))
        .containsExactly(
            "FHIR_MISSING_ELEMENT /signOffs/0/supervisor", "FHIR_UNKNOWN_CODE /signOffs/0/subject");
    assertThat(read.problems()).noneMatch(p -> p.message().contains("SECRET"));
  }

  @Test
  void a_consultation_whose_consultee_is_no_resource_of_the_bundle_is_a_broken_reference() {
    Bundle bundle = FhirBundles.collection(withSignOffAndConsultation());
    consultation(bundle).setSender(new Reference("urn:uuid:00000000-0000-0000-0000-000000000000"));

    assertThat(errors(bundle)).containsExactly("FHIR_BROKEN_REFERENCE /consultations/0/consultee");
  }

  @Test
  void a_consultation_without_its_moment_or_with_an_unknown_advice() {
    Bundle bundle = FhirBundles.collection(withSignOffAndConsultation());
    Communication communication = consultation(bundle);
    communication.setSentElement(null);
    ((Coding) communication.getExtensionByUrl(FhirNames.extension("advice")).getValue())
        .setCode("SECRET_ADVICE");

    assertThat(errors(bundle))
        .containsExactly(
            "FHIR_MISSING_ELEMENT /consultations/0/consultedAt",
            "FHIR_UNKNOWN_CODE /consultations/0/advice");
  }

  private static Basic withdrawal(Bundle bundle) {
    return new Reading(bundle)
        .all(Basic.class).stream()
            .filter(
                b -> RecordKind.WITHDRAWAL.name().equals(b.getCode().getCodingFirstRep().getCode()))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void a_withdrawal_about_no_party_of_the_bundle_is_a_broken_reference() {
    Bundle bundle = FhirBundles.collection(golden("closed-withdrawn.json"));
    withdrawal(bundle).setSubject(new Reference("urn:uuid:00000000-0000-0000-0000-000000000000"));

    assertThat(errors(bundle)).containsExactly("FHIR_BROKEN_REFERENCE /withdrawals/0/party");
  }

  @Test
  void a_withdrawal_without_its_moment_lacks_it() {
    Bundle bundle = FhirBundles.collection(golden("closed-withdrawn.json"));
    Extension parts = Ext.one(withdrawal(bundle).getExtension(), "withdrawal").orElseThrow();
    parts.getExtension().removeIf(e -> e.getUrl().equals(FhirNames.extension("at")));

    assertThat(errors(bundle)).containsExactly("FHIR_MISSING_ELEMENT /withdrawals/0/at");
  }

  @Test
  void a_withdrawal_of_an_unknown_scope_is_reported_without_the_code() {
    Bundle bundle = FhirBundles.collection(golden("closed-withdrawn.json"));
    Extension parts = Ext.one(withdrawal(bundle).getExtension(), "withdrawal").orElseThrow();
    ((Coding) parts.getExtensionByUrl(FhirNames.extension("scope")).getValue())
        .setCode("SECRET_SCOPE");

    assertThat(errors(bundle)).containsExactly("FHIR_UNKNOWN_CODE /withdrawals/0/scope");
  }

  @Test
  void the_bundle_names_what_it_does_not_carry_on_its_episode_of_care() {
    Bundle bundle = FhirBundles.collection(datedOrganisation());

    assertThat(FhirBundles.notCarried(bundle))
        .containsExactly("/parties/3/dateOfBirth", "/parties/3/language");
    assertThat(FhirBundles.notCarried(new Bundle())).isEmpty();
  }

  /** Every extension of the library that holds a value, in the order a walk of the Bundle finds. */
  private static List<Extension> valuedExtensions(Bundle bundle) {
    List<Extension> found = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      walk(entry.getResource(), found);
    }
    return found;
  }

  private static void walk(Base base, List<Extension> found) {
    for (Property property : base.children()) {
      for (Base value : property.getValues()) {
        if (value instanceof Extension extension
            && extension.getUrl().startsWith(FhirNames.extension(""))
            && extension.hasValue()) {
          found.add(extension);
        }
        walk(value, found);
      }
    }
  }

  /** Where an extension sits: its resource's type and its URL under its enclosing extension's. */
  private static String place(Bundle bundle, Extension extension) {
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      String in = placeIn(entry.getResource(), extension, entry.getResource().fhirType());
      if (in != null) {
        return in;
      }
    }
    throw new AssertionError("the extension is not in the Bundle");
  }

  private static @org.jspecify.annotations.Nullable String placeIn(
      Base base, Extension target, String prefix) {
    for (Property property : base.children()) {
      for (Base value : property.getValues()) {
        String here = prefix;
        if (value instanceof Extension extension) {
          here = prefix + " " + extension.getUrl().substring(FhirNames.extension("").length());
          if (extension == target) {
            return here;
          }
        }
        String in = placeIn(value, target, here);
        if (in != null) {
          return in;
        }
      }
    }
    return null;
  }

  /**
   * One case per place the Bundles of the golden cases and the cohort put a valued extension of the
   * library: the case, and the index of one such extension in its Bundle's walk.
   */
  static Stream<Arguments> everyValuedExtension() {
    Map<String, RestorativeCase> cases = new java.util.LinkedHashMap<>(FhirFixtures.goldenCases());
    cases.putAll(FhirFixtures.rareParts());
    List<RestorativeCase> cohort = FhirFixtures.cohort();
    for (int i = 0; i < cohort.size(); i++) {
      cases.put("synthetic #" + i, cohort.get(i));
    }
    Set<String> seen = new HashSet<>();
    List<Arguments> all = new ArrayList<>();
    for (Map.Entry<String, RestorativeCase> c : cases.entrySet()) {
      Bundle bundle = FhirBundles.collection(c.getValue());
      List<Extension> extensions = valuedExtensions(bundle);
      for (int k = 0; k < extensions.size(); k++) {
        String place = place(bundle, extensions.get(k));
        if (seen.add(place)) {
          all.add(Arguments.of(place, c.getKey(), c.getValue(), k));
        }
      }
    }
    return all.stream();
  }

  @Test
  void the_walk_finds_the_extensions_of_every_family() {
    List<String> places = everyValuedExtension().map(a -> (String) a.get()[0]).toList();

    assertThat(places)
        .hasSizeGreaterThan(100)
        .contains(
            "Basic withdrawal scope",
            "Patient party-role",
            "Practitioner external",
            "Consent reconfirmation by",
            "Flag harm",
            "Encounter attendee party",
            "Task beneficiary",
            "Provenance event-id",
            "Basic leave-type",
            "AuditEvent disclosure-id",
            "Basic pause-decision decided-by",
            "AuditEvent lawful-basis reference",
            "Practitioner cpd rjc-approved-hours",
            "Practitioner conflict-declaration conflict detail",
            "Basic discharge-condition-type",
            "RelatedPerson parental-involvement informed",
            "Organization acknowledgement spokesperson role");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyValuedExtension")
  void an_extension_of_the_library_holding_a_value_of_another_type_is_an_invalid_value(
      String place, String name, RestorativeCase c, int index) {
    Bundle bundle = FhirBundles.collection(c);
    valuedExtensions(bundle).get(index).setValue(new Quantity(7).setUnit("Quillon"));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors()).isNotEmpty();
    Violation first = read.errors().get(0);
    assertThat(first.code()).isEqualTo(FhirProblemCode.FHIR_INVALID_VALUE.name());
    String extension = place.substring(place.lastIndexOf(' ') + 1);
    if (extension.equals(Assembly.NOT_CARRIED)) {
      assertThat(first.path()).isEmpty(); // names an attribute of the case, not one of its own
      return;
    }
    String pattern = first.path().replaceAll("/[0-9]+(?=/|$)", "/*");
    // The path is the attribute the extension carries: its declaration, or one under it, names it.
    assertThat(
            Mapped.DECLARED.entrySet().stream()
                .filter(d -> d.getKey().equals(pattern) || d.getKey().startsWith(pattern + "/"))
                .map(Map.Entry::getValue))
        .as(first.path())
        .anyMatch(where -> where.matches(".*\\b(extension|part) " + extension + "\\b.*"));
    assertThat(read.problems())
        .extracting(Violation::message)
        .noneMatch(m -> m.contains("Quillon"));
  }

  @Test
  void a_wrongly_typed_extension_is_reported_at_its_attribute() {
    RestorativeCase c = golden("referral.json");
    Bundle bundle = FhirBundles.collection(c);
    Patient first =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(Patient.class::isInstance)
            .map(Patient.class::cast)
            .findFirst()
            .orElseThrow();
    first.getExtensionByUrl(FhirNames.extension("person-type")).setValue(new StringType("x"));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(codesAndPaths(read)).contains("FHIR_INVALID_VALUE /parties/0/personType");
  }

  // A party's records: leave, conditions of discharge, parental involvement, spokespeople.

  private static final RestorativeCase EVERY_PART =
      FhirFixtures.rareParts().get("every part in organisation-on-person.json");

  /** The first Basic of a kind: the first party's first record of that kind. */
  private static org.hl7.fhir.r4.model.Basic basic(Bundle bundle, RecordKind kind) {
    return all(bundle, org.hl7.fhir.r4.model.Basic.class).stream()
        .filter(b -> b.getCode().getCodingFirstRep().getCode().equals(kind.name()))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> errors(Bundle bundle) {
    FhirReadResult read = FhirBundles.read(bundle);
    assertThat(read.isRead()).isFalse();
    assertThat(read.problems())
        .extracting(Violation::message)
        .noneMatch(m -> m.contains("SECRET") || m.contains("Quillon"));
    return read.errors().stream().map(v -> v.code() + " " + v.path()).toList();
  }

  @Test
  void a_leave_without_its_first_day_misses_an_element_at_the_leave() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    basic(bundle, RecordKind.LEAVE_AUTHORISATION)
        .getExtension()
        .removeIf(e -> e.getUrl().equals(FhirNames.extension("valid-from")));

    assertThat(EVERY_PART.parties().get(0).leaveAuthorisations()).hasSize(1);
    assertThat(errors(bundle))
        .containsExactly("FHIR_MISSING_ELEMENT /parties/0/leaveAuthorisations/0/validFrom");
  }

  @Test
  void a_condition_of_discharge_of_an_unknown_type_is_an_unknown_code_at_its_type() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    ((Coding)
            basic(bundle, RecordKind.DISCHARGE_CONDITION)
                .getExtensionByUrl(FhirNames.extension("discharge-condition-type"))
                .getValue())
        .setCode("SECRET_CONDITION");

    assertThat(errors(bundle))
        .containsExactly("FHIR_UNKNOWN_CODE /parties/0/dischargeConditions/0/type");
  }

  @Test
  void a_leave_that_names_no_party_of_the_bundle_to_avoid_is_a_broken_reference() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    basic(bundle, RecordKind.LEAVE_AUTHORISATION)
        .getExtensionByUrl(FhirNames.extension("no-contact-with"))
        .setValue(new Reference("urn:uuid:00000000-0000-0000-0000-000000000000"));

    assertThat(errors(bundle))
        .containsExactly("FHIR_BROKEN_REFERENCE /parties/0/leaveAuthorisations/0/noContactWith");
  }

  @Test
  void a_record_about_no_party_of_the_bundle_is_a_broken_reference_not_a_silent_loss() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    basic(bundle, RecordKind.DISCHARGE_CONDITION)
        .setSubject(new Reference("urn:uuid:00000000-0000-0000-0000-000000000000"));

    assertThat(errors(bundle)).containsExactly("FHIR_BROKEN_REFERENCE /parties");
  }

  @Test
  void a_record_of_an_unknown_kind_is_an_unknown_code_not_a_silent_loss() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    basic(bundle, RecordKind.LEAVE_AUTHORISATION).getCode().getCodingFirstRep().setCode("SECRET");

    assertThat(errors(bundle)).containsExactly("FHIR_UNKNOWN_CODE ");
  }

  @Test
  void a_spokesperson_without_a_role_misses_an_element_at_the_spokesperson() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    Extension acknowledgement =
        all(bundle, Patient.class)
            .get(0)
            .getExtensionsByUrl(FhirNames.extension("acknowledgement"))
            .get(0);
    acknowledgement
        .getExtensionByUrl(FhirNames.extension("spokesperson"))
        .getExtension()
        .removeIf(e -> e.getUrl().equals(FhirNames.extension("role")));

    assertThat(EVERY_PART.parties().get(0).acknowledgements()).hasSize(1);
    assertThat(errors(bundle))
        .containsExactly("FHIR_MISSING_ELEMENT /parties/0/acknowledgements/0/spokesperson/role");
  }

  @Test
  void an_adjustment_without_its_type_misses_an_element_and_a_detail_of_another_type_is_invalid() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    List<Extension> adjustments =
        all(bundle, Patient.class).get(0).getExtensionsByUrl(FhirNames.extension("adjustment"));
    adjustments.get(0).getExtension().removeIf(e -> e.getUrl().equals(FhirNames.extension("type")));
    adjustments
        .get(0)
        .getExtensionByUrl(FhirNames.extension("detail"))
        .setValue(new Quantity(3).setUnit("Quillon"));

    assertThat(errors(bundle))
        .containsExactly(
            "FHIR_MISSING_ELEMENT /parties/0/adjustments/0/type",
            "FHIR_INVALID_VALUE /parties/0/adjustments/0/detail");
  }

  @Test
  void parental_involvement_recorded_on_no_full_day_is_an_invalid_value() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    all(bundle, Patient.class)
        .get(0)
        .getExtensionByUrl(FhirNames.extension("parental-involvement"))
        .getExtensionByUrl(FhirNames.extension("recorded-on"))
        .setValue(new org.hl7.fhir.r4.model.DateType("2026-03"));

    assertThat(errors(bundle))
        .containsExactly("FHIR_INVALID_VALUE /parties/0/parentalInvolvement/recordedOn");
  }

  @Test
  void a_name_or_language_with_no_text_is_read_as_absent_not_as_a_crash() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    // Another system may keep a name as its parts and a language as its code only.
    firstFacilitator(bundle).getNameFirstRep().setText(null).setFamily("Part");
    for (org.hl7.fhir.r4.model.Practitioner practitioner :
        all(bundle, org.hl7.fhir.r4.model.Practitioner.class)) {
      practitioner.getCommunicationFirstRep().setText(null);
    }
    for (org.hl7.fhir.r4.model.Patient patient : all(bundle, org.hl7.fhir.r4.model.Patient.class)) {
      patient.getCommunicationFirstRep().getLanguage().setText(null);
    }
    for (org.hl7.fhir.r4.model.Organization organisation :
        all(bundle, org.hl7.fhir.r4.model.Organization.class)) {
      organisation.addAliasElement();
      organisation
          .getAlias()
          .add(0, organisation.getAlias().remove(organisation.getAlias().size() - 1));
    }

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isTrue();
    RestorativeCase back = read.restorativeCase().orElseThrow();
    assertThat(back.facilitators().get(0).name()).isEmpty();
    assertThat(back.parties()).allSatisfy(p -> assertThat(p.language()).isEmpty());
    assertThat(back.professionals()).allSatisfy(p -> assertThat(p.language()).isEmpty());
  }

  // A facilitator's continuing professional development and declared conflicts.

  private static org.hl7.fhir.r4.model.Practitioner firstFacilitator(Bundle bundle) {
    return all(bundle, org.hl7.fhir.r4.model.Practitioner.class).get(0);
  }

  /** The index of the first facilitator's CPD record of 2019, the one {@code rareParts} adds. */
  private static int cpd2019() {
    List<org.restorative.core.party.CpdRecord> cpd = EVERY_PART.facilitators().get(0).cpd();
    assertThat(cpd.get(cpd.size() - 1).year()).isEqualTo(2019);
    return cpd.size() - 1;
  }

  private static Extension cpdExtension(Bundle bundle) {
    return firstFacilitator(bundle).getExtensionsByUrl(FhirNames.extension("cpd")).get(cpd2019());
  }

  private static Extension firstConflict(Bundle bundle) {
    return firstFacilitator(bundle)
        .getExtensionByUrl(FhirNames.extension("conflict-declaration"))
        .getExtensionsByUrl(FhirNames.extension("conflict"))
        .get(0);
  }

  @Test
  void a_cpd_record_without_its_hours_misses_an_element_at_them() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    cpdExtension(bundle)
        .getExtension()
        .removeIf(e -> e.getUrl().equals(FhirNames.extension("hours")));

    assertThat(errors(bundle))
        .containsExactly("FHIR_MISSING_ELEMENT /facilitators/0/cpd/" + cpd2019() + "/hours");
  }

  @Test
  void a_cpd_record_with_more_approved_hours_than_hours_is_not_a_case() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    cpdExtension(bundle)
        .getExtensionByUrl(FhirNames.extension("rjc-approved-hours"))
        .setValue(new org.hl7.fhir.r4.model.DecimalType("99"));

    assertThat(errors(bundle)).containsExactly("FHIR_NOT_A_CASE /facilitators/0/cpd/" + cpd2019());
  }

  @Test
  void a_declared_conflict_of_an_unknown_kind_is_an_unknown_code_at_its_kind() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    ((Coding) firstConflict(bundle).getExtensionByUrl(FhirNames.extension("kind")).getValue())
        .setCode("SECRET_KIND");

    assertThat(errors(bundle))
        .containsExactly("FHIR_UNKNOWN_CODE /facilitators/0/conflictDeclaration/conflicts/0/kind");
  }

  @Test
  void a_declared_conflict_with_no_party_of_the_bundle_is_a_broken_reference() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    firstConflict(bundle)
        .getExtensionByUrl(FhirNames.extension("party"))
        .setValue(new Reference("urn:uuid:00000000-0000-0000-0000-000000000000"));

    assertThat(errors(bundle))
        .containsExactly(
            "FHIR_BROKEN_REFERENCE /facilitators/0/conflictDeclaration/conflicts/0/party");
  }

  @Test
  void a_conflict_declaration_without_its_time_misses_an_element() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    firstFacilitator(bundle)
        .getExtensionByUrl(FhirNames.extension("conflict-declaration"))
        .getExtension()
        .removeIf(e -> e.getUrl().equals(FhirNames.extension("declared-at")));

    assertThat(errors(bundle))
        .containsExactly("FHIR_MISSING_ELEMENT /facilitators/0/conflictDeclaration/declaredAt");
  }

  // Disclosures.

  private static org.hl7.fhir.r4.model.AuditEvent disclosure(Bundle bundle, int index) {
    return all(bundle, org.hl7.fhir.r4.model.AuditEvent.class).get(index);
  }

  @Test
  void a_disclosure_without_its_time_misses_an_element_at_it() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    disclosure(bundle, 0).setRecordedElement(null);

    assertThat(EVERY_PART.disclosures()).hasSize(2);
    assertThat(errors(bundle)).containsExactly("FHIR_MISSING_ELEMENT /disclosures/0/disclosedAt");
  }

  @Test
  void a_disclosure_for_an_unknown_purpose_or_item_is_an_unknown_code_at_each() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    org.hl7.fhir.r4.model.AuditEvent event = disclosure(bundle, 1);
    event.getPurposeOfEventFirstRep().getCodingFirstRep().setCode("SECRET_PURPOSE");
    event.getEntity().get(1).getType().setCode("SECRET_ITEM");

    assertThat(errors(bundle))
        .containsExactly(
            "FHIR_UNKNOWN_CODE /disclosures/1/purpose", "FHIR_UNKNOWN_CODE /disclosures/1/items");
  }

  @Test
  void a_disclosure_about_or_to_no_party_of_the_bundle_is_a_broken_reference_at_each() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    org.hl7.fhir.r4.model.AuditEvent event = disclosure(bundle, 0);
    Reference nowhere = new Reference("urn:uuid:00000000-0000-0000-0000-000000000000");
    event.getEntityFirstRep().setWhat(nowhere);
    event.getAgent().get(1).setWho(nowhere.copy());

    assertThat(errors(bundle))
        .containsExactly(
            "FHIR_BROKEN_REFERENCE /disclosures/0/recipient/party",
            "FHIR_BROKEN_REFERENCE /disclosures/0/subject");
  }

  @Test
  void a_disclosure_without_whom_it_went_to_misses_an_element_at_the_recipient() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    disclosure(bundle, 1).getAgent().remove(1);

    assertThat(errors(bundle)).containsExactly("FHIR_MISSING_ELEMENT /disclosures/1/recipient");
  }

  // Safeguarding concerns.

  private static org.hl7.fhir.r4.model.Basic concern(Bundle bundle, int index) {
    return all(bundle, org.hl7.fhir.r4.model.Basic.class).stream()
        .filter(b -> b.getCode().getCodingFirstRep().getCode().equals("SAFEGUARDING_CONCERN"))
        .toList()
        .get(index);
  }

  @Test
  void a_pause_decision_without_who_decided_misses_an_element_at_it() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    concern(bundle, 0)
        .getExtensionByUrl(FhirNames.extension("pause-decision"))
        .getExtension()
        .removeIf(e -> e.getUrl().equals(FhirNames.extension("decided-by")));

    assertThat(EVERY_PART.safeguardingConcerns()).hasSize(2);
    assertThat(errors(bundle))
        .containsExactly("FHIR_MISSING_ELEMENT /safeguardingConcerns/0/pauseDecision/decidedBy");
  }

  @Test
  void a_concern_about_no_party_of_the_bundle_is_a_broken_reference_at_whom_it_is_about() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    concern(bundle, 0)
        .getExtensionsByUrl(FhirNames.extension("about"))
        .get(1)
        .setValue(new Reference("urn:uuid:00000000-0000-0000-0000-000000000000"));

    assertThat(errors(bundle))
        .containsExactly("FHIR_BROKEN_REFERENCE /safeguardingConcerns/0/about");
  }

  @Test
  void a_concern_of_an_unknown_kind_is_an_unknown_code_and_is_not_read_as_a_concern() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    concern(bundle, 1).getCode().getCodingFirstRep().setCode("SECRET");

    assertThat(errors(bundle)).containsExactly("FHIR_UNKNOWN_CODE ");
  }

  @Test
  void a_concern_without_the_time_it_was_raised_misses_an_element_at_it() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    concern(bundle, 1)
        .getExtension()
        .removeIf(e -> e.getUrl().equals(FhirNames.extension("raised-at")));

    assertThat(errors(bundle))
        .containsExactly("FHIR_MISSING_ELEMENT /safeguardingConcerns/1/raisedAt");
  }
}
