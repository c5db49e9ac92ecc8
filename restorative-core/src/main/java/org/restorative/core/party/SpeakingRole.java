package org.restorative.core.party;

/**
 * How a supporter takes part in a meeting (domain brief §3.6; PETOMCLAREN: some supporters are only
 * a supportive physical presence; the IIRP script gives supporters of each side their own turn).
 */
public enum SpeakingRole {
  /** Speaks in their own turn. */
  ACTIVE,
  /** Attends as a supportive presence and does not speak. */
  PRESENCE_ONLY
}
