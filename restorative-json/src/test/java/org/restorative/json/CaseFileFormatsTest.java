package org.restorative.json;

import static org.restorative.json.OneObjectChanged.assertBothAccept;
import static org.restorative.json.OneObjectChanged.assertBothRefuse;

import org.junit.jupiter.api.Test;

class CaseFileFormatsTest {

  @Test
  void onlyAClosedCaseNamesTheCaseItWasReopenedAsForReaderAndSchema() {
    assertBothRefuse("referral.json", "", c -> c.put("reopenedAs", "SYN-999999"));
    assertBothAccept("closed-completed.json", "", c -> c.put("reopenedAs", "SYN-999999"));
  }
}
