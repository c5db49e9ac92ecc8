package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.restorative.core.process.Medium;
import org.restorative.core.process.ProcessType;

class ParticipationScopeTest {

  @Test
  void a_scope_with_no_media_covers_the_process_in_any_medium() {
    ParticipationScope scope = ParticipationScope.of(ProcessType.RESTORATIVE_CIRCLE);

    assertThat(scope.media()).isEmpty();
    for (Medium medium : Medium.values()) {
      assertThat(scope.covers(ProcessType.RESTORATIVE_CIRCLE, medium)).as("%s", medium).isTrue();
    }
  }

  @Test
  void a_scope_naming_media_covers_only_those_media() {
    ParticipationScope scope = ParticipationScope.of(ProcessType.VIDEO_MEETING, Medium.VIDEO);

    assertThat(scope.covers(ProcessType.VIDEO_MEETING, Medium.VIDEO)).isTrue();
    assertThat(scope.covers(ProcessType.VIDEO_MEETING, Medium.IN_PERSON)).isFalse();
  }

  @Test
  void a_scope_does_not_cover_a_process_type_it_does_not_name() {
    ParticipationScope scope = ParticipationScope.of(ProcessType.LETTER_EXCHANGE);

    assertThat(scope.covers(ProcessType.FACE_TO_FACE_CONFERENCE, Medium.IN_PERSON)).isFalse();
  }

  @Test
  void a_scope_may_cover_several_process_types() {
    ParticipationScope scope =
        new ParticipationScope.Builder()
            .addAllProcessTypes(
                EnumSet.of(ProcessType.LETTER_EXCHANGE, ProcessType.SHUTTLE_COMMUNICATION))
            .build();

    assertThat(scope.covers(ProcessType.LETTER_EXCHANGE, Medium.WRITTEN)).isTrue();
    assertThat(scope.covers(ProcessType.SHUTTLE_COMMUNICATION, Medium.PHONE)).isTrue();
  }

  @Test
  void copying_with_other_media_changes_only_the_media() {
    ParticipationScope scope = ParticipationScope.of(ProcessType.VIDEO_MEETING, Medium.VIDEO);

    assertOnlyChanged(
        ParticipationScope.class, scope, scope.withMedia(Medium.VIDEO, Medium.PHONE), "media");
  }

  @Test
  void two_scopes_of_the_same_process_and_medium_are_equal() {
    assertThat(ParticipationScope.of(ProcessType.VIDEO_MEETING, Medium.VIDEO))
        .isEqualTo(ParticipationScope.of(ProcessType.VIDEO_MEETING, Medium.VIDEO))
        .hasSameHashCodeAs(ParticipationScope.of(ProcessType.VIDEO_MEETING, Medium.VIDEO))
        .isNotEqualTo(ParticipationScope.of(ProcessType.VIDEO_MEETING));
  }

  @Test
  void a_scope_must_name_at_least_one_process_type() {
    assertRejected(
        () -> new ParticipationScope.Builder().addMedia(Medium.VIDEO).build(),
        "participation scope processTypes");
  }
}
