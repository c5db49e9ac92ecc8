package org.restorative.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.Harm;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.Party;
import org.restorative.core.party.Professional;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.Message;
import org.restorative.core.questions.Response;

/** The sensitivity class of every field of the case record. */
class FieldSensitivityTest {

  @Test
  void a_date_of_birth_is_personal() {
    assertThat(FieldSensitivity.of(Party.class, "dateOfBirth")).isEqualTo(Sensitivity.PERSONAL);
  }

  @Test
  void names_of_parties_facilitators_and_professionals_are_personal() {
    assertThat(FieldSensitivity.of(Party.class, "name")).isEqualTo(Sensitivity.PERSONAL);
    assertThat(FieldSensitivity.of(Party.class, "preferredName")).isEqualTo(Sensitivity.PERSONAL);
    assertThat(FieldSensitivity.of(Facilitator.class, "name")).isEqualTo(Sensitivity.PERSONAL);
    assertThat(FieldSensitivity.of(Professional.class, "name")).isEqualTo(Sensitivity.PERSONAL);
  }

  @Test
  void mental_health_act_status_is_special_category() {
    assertThat(FieldSensitivity.of(Party.class, "mentalHealthAct"))
        .isEqualTo(Sensitivity.SPECIAL_CATEGORY);
  }

  @Test
  void leave_authorisations_are_clinically_confidential() {
    assertThat(FieldSensitivity.of(Party.class, "leaveAuthorisations"))
        .isEqualTo(Sensitivity.CLINICAL_CONFIDENTIAL);
  }

  @Test
  void the_narrative_of_a_harm_is_personal() {
    assertThat(FieldSensitivity.of(Harm.class, "narrative")).isEqualTo(Sensitivity.PERSONAL);
  }

  @Test
  void answers_and_messages_are_the_partys_own_account() {
    assertThat(FieldSensitivity.of(Response.class, "answer"))
        .isEqualTo(Sensitivity.PARTYS_OWN_ACCOUNT);
    assertThat(FieldSensitivity.of(Message.class, "content"))
        .isEqualTo(Sensitivity.PARTYS_OWN_ACCOUNT);
  }

  @Test
  void ids_codes_and_moments_of_acts_are_not_sensitive_on_their_own() {
    assertThat(FieldSensitivity.of(Party.class, "id")).isEqualTo(Sensitivity.NONE);
    assertThat(FieldSensitivity.of(Party.class, "role")).isEqualTo(Sensitivity.NONE);
    assertThat(FieldSensitivity.of(RestorativeCase.class, "stage")).isEqualTo(Sensitivity.NONE);
    assertThat(FieldSensitivity.of(Harm.class, "context")).isEqualTo(Sensitivity.NONE);
    assertThat(FieldSensitivity.of(Meeting.class, "startAt")).isEqualTo(Sensitivity.NONE);
    assertThat(FieldSensitivity.of(CaseEvent.class, "at")).isEqualTo(Sensitivity.NONE);
    assertThat(FieldSensitivity.of(Action.class, "dueOn")).isEqualTo(Sensitivity.NONE);
  }

  @Test
  void an_organisational_post_is_not_a_persons_name() {
    assertThat(FieldSensitivity.of(PartyOrRole.class, "role")).isEqualTo(Sensitivity.NONE);
    assertThat(FieldSensitivity.forType(PartyOrRole.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("post"));
  }

  @Test
  void a_field_that_is_not_in_the_table_is_none() {
    assertThat(FieldSensitivity.of(Party.class, "noSuchAttribute")).isEqualTo(Sensitivity.NONE);
    assertThat(FieldSensitivity.of(String.class, "name")).isEqualTo(Sensitivity.NONE);
  }

  @Test
  void every_attribute_the_model_redacts_is_classified_as_sensitive() throws IOException {
    List<PrivacyFixtures.RedactedAttribute> redacted =
        PrivacyFixtures.redactedAttributesInSources();
    assertThat(redacted)
        .as("the redacted attributes read from the sources")
        .hasSizeGreaterThanOrEqualTo(50)
        .extracting(Object::toString)
        .contains(
            "Party.name",
            "Party.dateOfBirth",
            "Harm.narrative",
            "Response.answer",
            "Message.content",
            "Action.description",
            "Evaluation.iesRScore");
    List<String> unclassified =
        redacted.stream()
            .filter(a -> !FieldSensitivity.of(a.type(), a.attribute()).isSensitive())
            .map(Object::toString)
            .toList();
    assertThat(unclassified).as("redacted attributes classified NONE").isEmpty();
  }

  @Test
  void every_entry_of_the_table_names_a_real_attribute_of_its_type() {
    for (FieldSensitivity entry : FieldSensitivity.all()) {
      Method accessor;
      try {
        accessor = entry.type().getMethod(entry.attribute());
      } catch (NoSuchMethodException e) {
        throw new AssertionError("no attribute " + entry.qualifiedName(), e);
      }
      assertThat(accessor.getDeclaringClass()).as(entry.qualifiedName()).isEqualTo(entry.type());
      assertThat(Modifier.isStatic(accessor.getModifiers())).as(entry.qualifiedName()).isFalse();
    }
  }

  @Test
  void the_table_lists_each_field_once_with_a_reason() {
    List<FieldSensitivity> all = FieldSensitivity.all();
    assertThat(all).hasSizeGreaterThan(90);
    assertThat(all).extracting(FieldSensitivity::qualifiedName).doesNotHaveDuplicates();
    assertThat(all).allSatisfy(e -> assertThat(e.reason()).isNotBlank().endsWith("."));
    assertThat(all)
        .extracting(FieldSensitivity::sensitivity)
        .contains(
            Sensitivity.PERSONAL,
            Sensitivity.SPECIAL_CATEGORY,
            Sensitivity.CLINICAL_CONFIDENTIAL,
            Sensitivity.PARTYS_OWN_ACCOUNT);
    assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void the_table_agrees_with_the_lookup() {
    for (FieldSensitivity entry : FieldSensitivity.all()) {
      assertThat(FieldSensitivity.of(entry.type(), entry.attribute()))
          .as(entry.qualifiedName())
          .isEqualTo(entry.sensitivity());
    }
  }

  @Test
  void the_fields_of_one_type_can_be_listed() {
    assertThat(FieldSensitivity.forType(Message.class))
        .extracting(FieldSensitivity::attribute)
        .containsExactly("content");
    assertThat(FieldSensitivity.forType(String.class)).isEmpty();
  }

  // ---------------------------------------------------------------- the entry as a value

  private static FieldSensitivity anEntry() {
    return new FieldSensitivity.Builder()
        .type(Party.class)
        .attribute("dateOfBirth")
        .sensitivity(Sensitivity.PERSONAL)
        .reason("Identifies the person.")
        .build();
  }

  @Test
  void an_entry_names_its_field_as_type_and_attribute() {
    assertThat(anEntry().qualifiedName()).isEqualTo("Party.dateOfBirth");
  }

  @Test
  void equal_entries_are_equal_and_hash_alike() {
    assertThat(anEntry()).isEqualTo(anEntry()).hasSameHashCodeAs(anEntry());
  }

  @Test
  void a_copy_with_another_class_changes_only_the_class() {
    FieldSensitivity entry = anEntry();
    FieldSensitivity copy = entry.withSensitivity(Sensitivity.SPECIAL_CATEGORY);
    assertThat(copy.sensitivity()).isEqualTo(Sensitivity.SPECIAL_CATEGORY);
    assertThat(copy.type()).isEqualTo(entry.type());
    assertThat(copy.attribute()).isEqualTo(entry.attribute());
    assertThat(copy.reason()).isEqualTo(entry.reason());
  }

  @Test
  void an_entry_needs_an_attribute_and_a_reason() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anEntry().withAttribute(" "))
        .withMessageContaining("attribute");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anEntry().withReason(""))
        .withMessageContaining("reason");
  }
}
