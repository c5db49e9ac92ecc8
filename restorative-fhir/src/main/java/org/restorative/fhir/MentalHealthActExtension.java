package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Extension;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;

/**
 * Family B, a party's Mental Health Act status, as the library's complex extension {@code
 * mental-health-act} on the party's resource: the section (code system {@code mha-status}), whether
 * the party is a restricted patient, since when, and whether the order names the unit.
 *
 * <p>UK Core's LegalStatus extension is not used: it sits on an Encounter, describes one patient's
 * status on admission or discharge, and is coded in the NHS Data Dictionary's legal status
 * classification, for which this library holds no checked crosswalk from its sections. The model
 * holds each party's current status whether or not a meeting takes place, so it goes with the
 * party.
 */
final class MentalHealthActExtension {

  private MentalHealthActExtension() {}

  static final String NAME = "mental-health-act";

  /** The party's status in full; {@code path} is the status's JSON Pointer. */
  static void write(List<Extension> holder, MentalHealthActStatus status, String path) {
    Extension x = write(holder, status.section(), status.restricted());
    status
        .since()
        .ifPresent(d -> Ext.add(x.getExtension(), "since", Times.date(d, path + "/since")));
    Ext.add(x.getExtension(), "order-names-unit", new BooleanType(status.orderNamesUnit()));
  }

  /**
   * The extension with its section and whether the patient is restricted: all the pseudonymised
   * Bundle holds, and what the ordinary Bundle adds to.
   */
  static Extension write(List<Extension> holder, MhaStatus section, boolean restricted) {
    Extension x = Ext.complex(holder, NAME);
    Ext.add(x.getExtension(), "section", CodeSystems.coding(section));
    Ext.add(x.getExtension(), "restricted", new BooleanType(restricted));
    return x;
  }

  static Optional<MentalHealthActStatus> read(Reading r, List<Extension> holder, String path) {
    Optional<Extension> x = Ext.one(holder, NAME);
    if (x.isEmpty()) {
      return Optional.empty();
    }
    List<Extension> parts = x.get().getExtension();
    Optional<MhaStatus> section = r.codeExt(parts, "section", MhaStatus.class, path + "/section");
    if (section.isEmpty()) {
      r.missing(path + "/section", "code");
      return Optional.empty();
    }
    MentalHealthActStatus.Builder status =
        new MentalHealthActStatus.Builder()
            .section(section.get())
            .restricted(r.boolExt(parts, "restricted", path + "/restricted"))
            .orderNamesUnit(r.boolExt(parts, "order-names-unit", path + "/orderNamesUnit"));
    r.dateExt(parts, "since", path + "/since").ifPresent(status::since);
    return r.build(status::build, path);
  }
}
