package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.process.ProcessFixtures.ZEBEDEE;
import static org.restorative.core.process.ProcessFixtures.assertRejected;
import static org.restorative.core.process.ProcessFixtures.theEducationCentre;

import org.junit.jupiter.api.Test;

class VenueTest {

  @Test
  void a_meeting_on_the_ward_needs_no_leave() {
    assertThat(VenueType.ON_WARD.requiresLeave()).isFalse();
    assertThat(VenueType.ON_WARD.needsGroundLeave()).isFalse();
    assertThat(VenueType.ON_WARD.needsCommunityLeave()).isFalse();
  }

  @Test
  void a_meeting_on_the_hospital_grounds_needs_ground_leave() {
    assertThat(VenueType.HOSPITAL_GROUNDS.requiresLeave()).isTrue();
    assertThat(VenueType.HOSPITAL_GROUNDS.needsGroundLeave()).isTrue();
    assertThat(VenueType.HOSPITAL_GROUNDS.needsCommunityLeave()).isFalse();
  }

  @Test
  void a_meeting_off_site_needs_community_leave() {
    assertThat(VenueType.OFF_SITE.requiresLeave()).isTrue();
    assertThat(VenueType.OFF_SITE.needsGroundLeave()).isFalse();
    assertThat(VenueType.OFF_SITE.needsCommunityLeave()).isTrue();
  }

  @Test
  void a_video_meeting_needs_no_leave() {
    assertThat(VenueType.ONLINE.requiresLeave()).isFalse();
    assertThat(VenueType.ONLINE.needsGroundLeave()).isFalse();
    assertThat(VenueType.ONLINE.needsCommunityLeave()).isFalse();
  }

  @Test
  void a_venue_records_its_type_and_description() {
    Venue venue = theEducationCentre();

    assertThat(venue.type()).isEqualTo(VenueType.HOSPITAL_GROUNDS);
    assertThat(venue.description()).contains("Education centre, room 2");
    assertThat(venue.requiresLeave()).isTrue();
    assertThat(Venue.of(VenueType.ON_WARD).description()).isEmpty();
    assertThat(Venue.of(VenueType.ON_WARD).requiresLeave()).isFalse();
  }

  @Test
  void changing_the_type_changes_only_the_type() {
    Venue venue = theEducationCentre();
    Venue offSite = venue.withType(VenueType.OFF_SITE);

    assertThat(offSite.type()).isEqualTo(VenueType.OFF_SITE);
    assertThat(offSite.description()).isEqualTo(venue.description());
  }

  @Test
  void equal_venues_are_equal_and_share_a_hash_code() {
    assertThat(theEducationCentre())
        .isEqualTo(theEducationCentre())
        .hasSameHashCodeAs(theEducationCentre());
    assertThat(theEducationCentre()).isNotEqualTo(Venue.of(VenueType.HOSPITAL_GROUNDS));
  }

  @Test
  void a_description_must_not_be_blank_when_given() {
    assertRejected(() -> Venue.of(VenueType.OFF_SITE, " "), "venue description");
  }

  @Test
  void the_description_is_redacted_because_an_address_can_identify_a_party() {
    Venue venue = Venue.of(VenueType.OFF_SITE, ZEBEDEE + "'s house");

    assertThat(venue.toString()).doesNotContain(ZEBEDEE).contains("***").contains("OFF_SITE");
  }
}
