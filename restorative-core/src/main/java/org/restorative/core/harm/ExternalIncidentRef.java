package org.restorative.core.harm;

import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A reference to the same harm in another system (domain brief §2.3 {@code externalIncidentRefs}):
 * the trust's incident reporting system or a patient safety events id, a police crime reference, or
 * a PSIRF learning response.
 */
@Value.Immutable
public abstract class ExternalIncidentRef implements WithExternalIncidentRef {

  ExternalIncidentRef() {}

  /**
   * The system that holds the reference, such as the trust's incident system or the police force.
   *
   * @return the system's name
   */
  public abstract String system();

  /**
   * The reference in that system.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * A reference in another system.
   *
   * @param system the system's name
   * @param reference the reference in that system
   * @return the external reference
   */
  public static ExternalIncidentRef of(String system, String reference) {
    return new Builder().system(system).reference(reference).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(system(), "externalIncidentRef system");
    Invariants.nonBlank(reference(), "externalIncidentRef reference");
  }

  /** Builds an {@link ExternalIncidentRef}. */
  public static final class Builder extends ImmutableExternalIncidentRef.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
