package org.restorative.core.questions;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * Where a question set's wording comes from, and how far it was checked (domain brief §5.1,
 * Appendix A).
 */
@Value.Immutable
public abstract class Source implements WithSource {

  Source() {}

  /**
   * The citation: author or body, title, and the brief's source key.
   *
   * @return the citation
   */
  public abstract String citation();

  /**
   * The address where the wording was found.
   *
   * @return the address, if there is one
   */
  public abstract Optional<String> url();

  /**
   * When the wording was retrieved from the address.
   *
   * @return the date, if recorded
   */
  public abstract Optional<LocalDate> retrievedOn();

  /**
   * How far the wording was checked against the source.
   *
   * @return the verification
   */
  public abstract Verification verification();

  /**
   * A source found at an address.
   *
   * @param citation the citation
   * @param url the address
   * @param verification how far the wording was checked
   * @return the source
   */
  public static Source of(String citation, String url, Verification verification) {
    return new Builder().citation(citation).url(url).verification(verification).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(citation(), "source citation");
    Invariants.nonBlank(url(), "source url");
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
