package org.restorative.core.consent;

import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * The leaflet or script given to a person before they consented, by id and version, and the topics
 * it covered (domain brief §4.2, §4.3, rule 7; RJC Service Provider Code A).
 */
@Value.Immutable
public abstract class InformationProvided implements WithInformationProvided {

  InformationProvided() {}

  /**
   * The id of the leaflet or script, as the trust catalogues it.
   *
   * @return the leaflet id
   */
  public abstract String leafletId();

  /**
   * The version of the leaflet or script.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * The topics the information covered.
   *
   * @return the topics
   */
  public abstract Set<InformationTopic> topics();

  /**
   * Information given from one leaflet version.
   *
   * @param leafletId the leaflet id
   * @param version the leaflet version
   * @param topics the topics covered
   * @return the information provided
   */
  public static InformationProvided of(
      String leafletId, String version, Set<InformationTopic> topics) {
    return new Builder().leafletId(leafletId).version(version).addAllTopics(topics).build();
  }

  /**
   * Whether the information covered everything rule 7 asks for before a participation consent: the
   * process, possible outcomes, how outcomes are monitored, the right to withdraw and the limits of
   * confidentiality.
   *
   * @return true when every participation essential topic was covered
   */
  public boolean coversParticipationEssentials() {
    for (InformationTopic topic : InformationTopic.values()) {
      if (topic.isParticipationEssential() && !topics().contains(topic)) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(leafletId(), "information provided leafletId");
    Invariants.nonBlank(version(), "information provided version");
  }

  /** Builds an {@link InformationProvided}. */
  public static final class Builder extends ImmutableInformationProvided.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
