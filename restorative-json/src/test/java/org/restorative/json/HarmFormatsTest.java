package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.restorative.json.OneObjectChanged.assertBothAccept;
import static org.restorative.json.OneObjectChanged.assertBothRefuse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.harm.DutyOfCandourGrade;
import org.restorative.core.harm.NrlsGrade;
import org.restorative.core.harm.SeverityScale;

class HarmFormatsTest {

  @Test
  void aDutyOfCandourNamesItsNotificationOnlyWhenTheDutyAppliesForReaderAndSchema() {
    String golden = "closed-completed.json";
    String at = "/harms/0/dutyOfCandour";
    assertBothRefuse(golden, at, d -> d.put("applies", false));
    assertBothAccept(golden, at, d -> d.put("applies", false).remove("notificationRef"));
  }

  @Test
  void aGradeThatIsNotOneOfItsNamedScalesIsReportedAtTheGradeWhichTheSchemaLeavesToTheReader() {
    List<List<String>> scaleAndGrade =
        List.of(
            List.of(SeverityScale.NRLS_GRADING.name(), "NOT_A_GRADE"),
            List.of(
                SeverityScale.NRLS_GRADING.name(),
                DutyOfCandourGrade.PROLONGED_PSYCHOLOGICAL.name()),
            List.of(SeverityScale.DUTY_OF_CANDOUR_REG20.name(), "NOT_A_GRADE"),
            List.of(SeverityScale.DUTY_OF_CANDOUR_REG20.name(), NrlsGrade.LOW.name()));
    for (List<String> severity : scaleAndGrade) {
      String document =
          OneObjectChanged.document(
              "closed-completed.json",
              "/harms/0/severity",
              s -> s.put("scale", severity.get(0)).put("grade", severity.get(1)));
      for (CaseJson reader : List.of(CaseJson.strict(), CaseJson.lenient())) {
        ReadResult read = reader.read(document);
        assertThat(read.isRead()).isFalse();
        assertThat(read.problems())
            .as(severity.toString())
            .extracting(p -> tuple(p.code(), p.path()))
            .containsExactly(
                tuple(ProblemCode.JSON_INCONSISTENT_OBJECT.name(), "/harms/0/severity/grade"));
      }
      assertThat(SchemaTest.validate(document)).as("the published schema's errors").isEmpty();
    }
  }
}
