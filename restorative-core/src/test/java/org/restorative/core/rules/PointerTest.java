package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JSON Pointers (RFC 6901) built from names and indices. */
class PointerTest {

  @Test
  void names_and_indices_are_joined_with_a_slash_before_each() {
    assertThat(Pointer.of("meetings", 2, "attendees", 0)).isEqualTo("/meetings/2/attendees/0");
    assertThat(Pointer.of("stage")).isEqualTo("/stage");
  }

  @Test
  void no_segments_is_the_empty_pointer_to_the_whole_document() {
    assertThat(Pointer.of()).isEmpty();
  }

  @Test
  void a_tilde_and_a_slash_in_a_name_are_escaped_tilde_first() {
    assertThat(Pointer.of("a~b/c")).isEqualTo("/a~0b~1c");
    // "~1" read back must be the two characters "~1", not "/": so "~" is escaped before "/".
    assertThat(Pointer.of("~1")).isEqualTo("/~01");
    assertThat(Pointer.of("/", "~")).isEqualTo("/~1/~0");
  }
}
