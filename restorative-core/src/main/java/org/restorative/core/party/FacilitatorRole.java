package org.restorative.core.party;

/**
 * A facilitator's role in a case (domain brief §3.1, §3.7). Facilitators are not parties; a
 * co-facilitator is advised in serious or complex cases (SCOT-GUID2017 B).
 */
public enum FacilitatorRole {
  /** The lead facilitator, who must be trained to the level the case needs (brief Rule 24). */
  FACILITATOR_LEAD,
  /** A co-facilitator. */
  FACILITATOR_CO
}
