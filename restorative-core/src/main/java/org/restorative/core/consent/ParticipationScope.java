package org.restorative.core.consent;

import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.process.Medium;
import org.restorative.core.process.ProcessType;

/**
 * What a participation consent covers: the process types, and optionally the media (domain brief
 * §4.2, §4.3, rule 6). Consent is specific to the process type: consent to a letter exchange does
 * not cover a conference (SCOT-FW §25.2, granular consent, extended to participation).
 */
@Value.Immutable
public abstract class ParticipationScope implements WithParticipationScope {

  ParticipationScope() {}

  /**
   * The process types the person agreed to take part in.
   *
   * @return the process types; never empty
   */
  public abstract Set<ProcessType> processTypes();

  /**
   * The media the person agreed to, such as in person or by video.
   *
   * @return the media; empty means any medium
   */
  public abstract Set<Medium> media();

  /**
   * A scope of one process type in any medium.
   *
   * @param processType the process type
   * @return the scope
   */
  public static ParticipationScope of(ProcessType processType) {
    return new Builder().addProcessType(processType).build();
  }

  /**
   * A scope of one process type in one medium.
   *
   * @param processType the process type
   * @param medium the medium
   * @return the scope
   */
  public static ParticipationScope of(ProcessType processType, Medium medium) {
    return new Builder().addProcessType(processType).addMedia(medium).build();
  }

  /**
   * Whether this scope covers taking part in a process of the given type through the given medium
   * (rule 6).
   *
   * @param processType the process type actually used
   * @param medium the medium actually used
   * @return true when the process type is in scope and the medium is in scope or any medium was
   *     agreed
   */
  public boolean covers(ProcessType processType, Medium medium) {
    return processTypes().contains(processType) && (media().isEmpty() || media().contains(medium));
  }

  @Value.Check
  void check() {
    Invariants.require(
        !processTypes().isEmpty(), "participation scope processTypes must not be empty");
  }

  /** Builds a {@link ParticipationScope}. */
  public static final class Builder extends ImmutableParticipationScope.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
