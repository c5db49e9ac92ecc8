package org.restorative.json;

import static org.restorative.json.OneObjectChanged.assertBothAccept;
import static org.restorative.json.OneObjectChanged.assertBothRefuse;

import org.junit.jupiter.api.Test;

class HarmFormatsTest {

  @Test
  void aDutyOfCandourNamesItsNotificationOnlyWhenTheDutyAppliesForReaderAndSchema() {
    String golden = "closed-completed.json";
    String at = "/harms/0/dutyOfCandour";
    assertBothRefuse(golden, at, d -> d.put("applies", false));
    assertBothAccept(golden, at, d -> d.put("applies", false).remove("notificationRef"));
  }
}
