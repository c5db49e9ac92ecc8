package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CareContextTest {

  @Test
  void ward_and_forensic_patients_are_inpatient_or_forensic() {
    assertThat(CareContext.INPATIENT.isInpatientOrForensic()).isTrue();
    assertThat(CareContext.FORENSIC_INPATIENT.isInpatientOrForensic()).isTrue();
    assertThat(CareContext.COMMUNITY_FORENSIC.isInpatientOrForensic()).isTrue();
  }

  @Test
  void community_mental_health_patients_and_people_not_in_service_are_not() {
    assertThat(CareContext.COMMUNITY_MENTAL_HEALTH.isInpatientOrForensic()).isFalse();
    assertThat(CareContext.NOT_IN_SERVICE.isInpatientOrForensic()).isFalse();
  }

  @Test
  void the_person_types_are_those_of_the_design() {
    assertThat(PersonType.values())
        .extracting(Enum::name)
        .containsExactly(
            "PATIENT",
            "STAFF_MEMBER",
            "FAMILY_MEMBER_OR_CARER",
            "MEMBER_OF_PUBLIC",
            "ORGANISATION");
  }
}
