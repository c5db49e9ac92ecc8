package org.restorative.core.party;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * The person who speaks for an organisation when it acknowledges its part in a harm (domain brief
 * §2.1 {@code ORGANISATION_ON_PERSON}, §3.1 {@code ORGANISATION}, §6 {@code
 * RESTORATIVE_JUST_CULTURE_REVIEW}). An organisation cannot acknowledge anything by itself: the
 * record says who spoke, from which post, and on what authority, so the acknowledgement can be held
 * to account (rule 1).
 *
 * <p>The name, the post and the authority are redacted from {@code toString()}: in a trust a post
 * often identifies one person.
 */
@Value.Immutable
public abstract class Spokesperson implements WithSpokesperson {

  Spokesperson() {}

  /**
   * The post the speaker holds in the organisation, such as "Director of Nursing".
   *
   * @return the post, non-blank
   */
  @Value.Redacted
  public abstract String role();

  /**
   * The speaker's name.
   *
   * @return the name, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * The authority on which the speaker speaks for the organisation, such as a delegation from the
   * board.
   *
   * @return the authority, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> authority();

  /**
   * A spokesperson known by their post.
   *
   * @param role the post the speaker holds
   * @return the spokesperson
   */
  public static Spokesperson of(String role) {
    return new Builder().role(role).build();
  }

  /**
   * A spokesperson known by their post, with the authority on which they speak.
   *
   * @param role the post the speaker holds
   * @param authority the authority on which they speak for the organisation
   * @return the spokesperson
   */
  public static Spokesperson of(String role, String authority) {
    return new Builder().role(role).authority(authority).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(role(), "spokesperson role");
    Invariants.nonBlank(name(), "spokesperson name");
    Invariants.nonBlank(authority(), "spokesperson authority");
  }

  /** Builds a {@link Spokesperson}. */
  public static final class Builder extends ImmutableSpokesperson.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
