package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.fhir.FhirFixtures.all;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.process.VenueType;

class MeetingResourcesTest {

  private static RestorativeCase withMeetings() {
    return FhirFixtures.cohort().stream()
        .filter(c -> c.meetings().stream().anyMatch(m -> !m.facilitators().isEmpty()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the cohort holds no meeting"));
  }

  private static RestorativeCase withMessages() {
    return FhirFixtures.cohort().stream()
        .filter(c -> c.messages().stream().anyMatch(m -> m.review().isPresent()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the cohort holds no reviewed message"));
  }

  /** The Encounters of meetings, not of preparation contacts. */
  private static List<Encounter> meetings(Bundle bundle) {
    return all(bundle, Encounter.class).stream()
        .filter(e -> Reading.idValue(e.getIdentifier(), MeetingResources.MEETING).isPresent())
        .toList();
  }

  @Test
  void meetings_and_messages_come_back_equal() {
    RestorativeCase meetings = withMeetings();
    RestorativeCase messages = withMessages();

    RestorativeCase one =
        FhirBundles.read(FhirBundles.collection(meetings)).restorativeCase().orElseThrow();
    RestorativeCase two =
        FhirBundles.read(FhirBundles.collection(messages)).restorativeCase().orElseThrow();

    assertThat(one.meetings()).isEqualTo(Carried.view(meetings).meetings()).isNotEmpty();
    assertThat(two.messages()).isEqualTo(messages.messages()).isNotEmpty();
  }

  @Test
  void a_meeting_is_an_encounter_classed_by_its_venue_and_a_message_a_communication() {
    RestorativeCase c = withMeetings();
    Bundle bundle = FhirBundles.collection(c);
    RestorativeCase m = withMessages();

    List<Encounter> encounters = meetings(bundle);
    List<Communication> communications = all(FhirBundles.collection(m), Communication.class);

    assertThat(encounters).hasSameSizeAs(c.meetings());
    assertThat(encounters.get(0).getClass_().getSystem())
        .isEqualTo(CodeSystems.url(VenueType.class));
    assertThat(encounters.get(0).getClass_().getCode())
        .isEqualTo(c.meetings().get(0).venue().type().name());
    assertThat(encounters.get(0).getEpisodeOfCareFirstRep().getReference())
        .isEqualTo(bundle.getEntryFirstRep().getFullUrl());
    assertThat(communications).hasSameSizeAs(m.messages());
    assertThat(communications.get(0).getRecipient())
        .hasSize(m.messages().get(0).recipients().size());
  }

  @Test
  void a_participant_that_is_no_facilitator_or_professional_is_a_broken_reference() {
    RestorativeCase c = withMeetings();
    Bundle bundle = FhirBundles.collection(c);
    int index = 0;
    while (c.meetings().get(index).facilitators().isEmpty()) {
      index++;
    }
    Encounter encounter = meetings(bundle).get(index);
    encounter
        .getParticipantFirstRep()
        .setIndividual(new Reference(bundle.getEntryFirstRep().getFullUrl()));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("FHIR_BROKEN_REFERENCE /meetings/" + index + "/facilitators");
  }

  @Test
  void a_message_without_its_sender_reports_the_missing_element_at_from() {
    RestorativeCase c = withMessages();
    Bundle bundle = FhirBundles.collection(c);
    all(bundle, Communication.class).get(0).setSender(null);

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .contains("FHIR_MISSING_ELEMENT /messages/0/from");
  }

  @Test
  void a_party_mental_health_act_status_comes_back_from_the_party_resource() {
    RestorativeCase c = FhirFixtures.goldenCases().get("referral.json");

    FhirReadResult read = FhirBundles.read(FhirBundles.collection(c));

    assertThat(c.parties().get(0).mentalHealthAct()).isPresent();
    assertThat(read.restorativeCase().orElseThrow().parties().get(0).mentalHealthAct())
        .isEqualTo(c.parties().get(0).mentalHealthAct());
    assertThat(read.problems()).noneMatch(p -> p.path().contains("mentalHealthAct"));
  }
}
