package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;
import static org.restorative.core.consent.ConsentFixtures.theConferenceLeaflet;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class InformationProvidedTest {

  @Test
  void the_conference_leaflet_names_its_id_version_and_topics() {
    InformationProvided leaflet = theConferenceLeaflet();

    assertThat(leaflet.leafletId()).isEqualTo("RJ-LEAFLET-CONF");
    assertThat(leaflet.version()).isEqualTo("3");
    assertThat(leaflet.topics()).containsExactlyInAnyOrder(InformationTopic.values());
  }

  @Test
  void a_leaflet_covering_every_topic_covers_the_participation_essentials() {
    assertThat(theConferenceLeaflet().coversParticipationEssentials()).isTrue();
  }

  @Test
  void a_leaflet_covering_the_five_essentials_but_not_data_use_is_enough_to_take_part() {
    InformationProvided leaflet =
        InformationProvided.of(
            "RJ-LEAFLET-CONF",
            "2",
            EnumSet.of(
                InformationTopic.PROCESS,
                InformationTopic.POSSIBLE_OUTCOMES,
                InformationTopic.MONITORING_OF_OUTCOMES,
                InformationTopic.RIGHT_TO_WITHDRAW,
                InformationTopic.CONFIDENTIALITY_LIMITS));

    assertThat(leaflet.coversParticipationEssentials()).isTrue();
  }

  @Test
  void a_leaflet_silent_on_the_right_to_withdraw_does_not_cover_the_essentials() {
    InformationProvided leaflet =
        InformationProvided.of(
            "RJ-LEAFLET-OLD",
            "1",
            EnumSet.of(
                InformationTopic.PROCESS,
                InformationTopic.POSSIBLE_OUTCOMES,
                InformationTopic.MONITORING_OF_OUTCOMES,
                InformationTopic.CONFIDENTIALITY_LIMITS,
                InformationTopic.DATA_USE));

    assertThat(leaflet.coversParticipationEssentials()).isFalse();
  }

  @Test
  void data_use_is_the_only_topic_not_essential_to_taking_part() {
    for (InformationTopic topic : InformationTopic.values()) {
      assertThat(topic.isParticipationEssential())
          .as("%s", topic)
          .isEqualTo(topic != InformationTopic.DATA_USE);
    }
  }

  @Test
  void copying_with_a_new_version_changes_only_the_version() {
    InformationProvided leaflet = theConferenceLeaflet();

    assertOnlyChanged(InformationProvided.class, leaflet, leaflet.withVersion("4"), "version");
  }

  @Test
  void two_records_of_the_same_leaflet_are_equal() {
    assertThat(theConferenceLeaflet())
        .isEqualTo(theConferenceLeaflet())
        .hasSameHashCodeAs(theConferenceLeaflet());
    assertThat(theConferenceLeaflet()).isNotEqualTo(theConferenceLeaflet().withVersion("4"));
  }

  @Test
  void a_leaflet_must_be_identified() {
    assertRejected(
        () -> InformationProvided.of(" ", "3", EnumSet.of(InformationTopic.PROCESS)),
        "information provided leafletId");
  }

  @Test
  void a_leaflet_must_name_its_version() {
    assertRejected(
        () -> InformationProvided.of("RJ-LEAFLET-CONF", "", EnumSet.of(InformationTopic.PROCESS)),
        "information provided version",
        "RJ-LEAFLET-CONF");
  }
}
