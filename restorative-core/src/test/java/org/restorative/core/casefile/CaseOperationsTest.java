package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.casefile.CaseFixtures.CASE;
import static org.restorative.core.casefile.CaseFixtures.NURSE;
import static org.restorative.core.casefile.CaseFixtures.REFERRED_AT;
import static org.restorative.core.casefile.CaseFixtures.WARD_MANAGER;
import static org.restorative.core.casefile.CaseFixtures.theAssault;
import static org.restorative.core.casefile.CaseFixtures.theCase;
import static org.restorative.core.casefile.CaseFixtures.theConferenceMeeting;
import static org.restorative.core.casefile.CaseFixtures.theNurse;
import static org.restorative.core.casefile.CaseFixtures.thePatient;
import static org.restorative.core.casefile.CaseFixtures.theReferral;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.party.Party;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;

/**
 * The case's own operations: one part put in place by id, a case opened from its referral with its
 * first event, and the id the next event gets.
 */
class CaseOperationsTest {

  /**
   * Every list of parts with ids, as the case's accessors declare them; the history is appended to.
   */
  private static List<Method> partLists() {
    List<Method> lists = new ArrayList<>();
    for (Method accessor : RestorativeCase.class.getDeclaredMethods()) {
      if (Modifier.isPublic(accessor.getModifiers())
          && Modifier.isAbstract(accessor.getModifiers())
          && accessor.getReturnType() == List.class
          && !accessor.getName().equals("history")
          && hasId(elementType(accessor))) {
        lists.add(accessor);
      }
    }
    return lists;
  }

  private static Class<?> elementType(Method accessor) {
    return (Class<?>)
        ((ParameterizedType) accessor.getGenericReturnType()).getActualTypeArguments()[0];
  }

  private static boolean hasId(Class<?> type) {
    try {
      type.getMethod("id");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void every_kind_of_part_with_an_id_can_be_put_in_place_and_putting_one_again_changes_nothing()
      throws ReflectiveOperationException {
    RestorativeCase c = theCase();
    List<Method> lists = partLists();

    assertThat(lists).hasSize(21);
    for (Method list : lists) {
      Method with = RestorativeCase.class.getMethod("with", elementType(list));
      assertThat(with.getReturnType()).isEqualTo(RestorativeCase.class);
      for (Object part : (List<?>) list.invoke(c)) {
        assertThat(invoke(with, c, part)).as("%s put again", list.getName()).isEqualTo(c);
      }
    }
  }

  private static Object invoke(Method method, Object target, Object argument)
      throws IllegalAccessException, InvocationTargetException {
    return method.invoke(target, argument);
  }

  @Test
  void a_changed_part_replaces_the_one_with_its_id_where_it_stood_and_nothing_else_changes() {
    RestorativeCase c = theCase();
    Party renamed = theNurse().withName("Another name");

    RestorativeCase changed = c.with(renamed);

    int at = c.parties().indexOf(theNurse());
    assertThat(changed.parties()).hasSameSizeAs(c.parties());
    assertThat(changed.parties().get(at)).isEqualTo(renamed);
    assertThat(changed.party(NURSE)).contains(renamed);
    assertThat(changed.withParties(c.parties())).isEqualTo(c);
  }

  @Test
  void a_part_with_a_new_id_is_added_after_the_others() {
    RestorativeCase c = theCase();
    Meeting another = theConferenceMeeting().withId(MeetingId.of("meeting-follow-up"));

    RestorativeCase changed = c.with(another);

    assertThat(changed.meetings()).hasSize(c.meetings().size() + 1);
    assertThat(changed.meetings().subList(0, c.meetings().size())).isEqualTo(c.meetings());
    assertThat(changed.meetings().get(c.meetings().size())).isEqualTo(another);
  }

  @Test
  void opening_a_case_records_the_referral_as_its_first_event() {
    RestorativeCase opened =
        RestorativeCase.open(CASE, theReferral(), WARD_MANAGER)
            .addHarm(theAssault())
            .addParties(thePatient(), theNurse())
            .build();

    assertThat(opened.stage()).isEqualTo(Stage.REFERRAL);
    assertThat(opened.referral()).isEqualTo(theReferral());
    assertThat(opened.history())
        .containsExactly(
            new CaseEvent.Builder()
                .id(EventId.of("e-1"))
                .at(REFERRED_AT)
                .by(WARD_MANAGER)
                .type(CaseEventType.REFERRED)
                .build());
    assertThat(opened.nextEventId()).isEqualTo(EventId.of("e-2"));
  }

  @Test
  void the_next_event_id_is_one_past_the_history_and_skips_an_id_already_taken() {
    RestorativeCase opened =
        RestorativeCase.open(CASE, theReferral(), WARD_MANAGER)
            .addHarm(theAssault())
            .addParties(thePatient(), theNurse())
            .build();
    CaseEvent takenAhead = opened.history().get(0).withId(EventId.of("e-3"));

    RestorativeCase withTwo = opened.withHistory(opened.history().get(0), takenAhead);

    assertThat(withTwo.nextEventId()).isEqualTo(EventId.of("e-4"));
    assertThat(opened.nextEventId()).isEqualTo(EventId.of("e-2"));
  }
}
