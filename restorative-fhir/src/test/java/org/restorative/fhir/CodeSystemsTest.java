package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.PartyRole;

class CodeSystemsTest {

  @Test
  void each_enumeration_is_a_complete_code_system_of_its_constants() {
    for (Class<? extends Enum<?>> type : CodeSystems.enumerations()) {
      CodeSystem system = CodeSystems.of(type);
      List<String> codes =
          system.getConcept().stream().map(CodeSystem.ConceptDefinitionComponent::getCode).toList();

      assertThat(codes)
          .as(type.getSimpleName())
          .containsExactlyElementsOf(
              Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      assertThat(system.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.COMPLETE);
      assertThat(system.getCount()).isEqualTo(codes.size());
    }
  }

  @Test
  void the_canonical_url_is_a_urn_of_the_library_named_in_kebab_case() {
    assertThat(CodeSystems.url(PartyRole.class))
        .isEqualTo("urn:restorative:fhir:CodeSystem:party-role");
    assertThat(CodeSystems.of(PartyRole.class).getUrl())
        .isEqualTo(CodeSystems.url(PartyRole.class));
    assertThat(CodeSystems.all()).hasSize(CodeSystems.enumerations().size());
    assertThat(CodeSystems.all().stream().map(CodeSystem::getUrl).distinct())
        .hasSize(CodeSystems.enumerations().size());
  }

  @Test
  void a_coding_names_the_system_the_code_and_a_display_in_words() {
    Coding coding = CodeSystems.coding(Stage.OUTCOME_AGREEMENT);

    assertThat(coding.getSystem()).isEqualTo("urn:restorative:fhir:CodeSystem:stage");
    assertThat(coding.getCode()).isEqualTo("OUTCOME_AGREEMENT");
    assertThat(coding.getDisplay()).isEqualTo("Outcome agreement");
    assertThat(CodeSystems.constant(Stage.class, "OUTCOME_AGREEMENT"))
        .contains(Stage.OUTCOME_AGREEMENT);
    assertThat(CodeSystems.constant(Stage.class, "outcome_agreement")).isEmpty();
  }

  @Test
  void an_enumeration_that_is_not_a_code_system_of_the_library_is_refused() {
    assertThatThrownBy(() -> CodeSystems.url(Thread.State.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a code system of the library");
  }
}
