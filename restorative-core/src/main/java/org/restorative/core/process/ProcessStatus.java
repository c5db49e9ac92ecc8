package org.restorative.core.process;

/**
 * Where a chosen restorative process stands (domain brief §1.2 S2–S3).
 *
 * <p>A case may try more than one process, for example a letter exchange that later becomes a
 * conference; each process has its own status, while the case keeps its own stage.
 */
public enum ProcessStatus {
  /** Chosen for the case and being prepared; no meeting held and no message delivered yet. */
  PLANNED,
  /** Under way: a meeting is scheduled or running, or messages are passing between the parties. */
  IN_PROGRESS,
  /**
   * Ran its course: the meeting was held or the last message delivered (brief §1.2 S3 "CONCLUDED").
   */
  CONCLUDED,
  /** Stopped before it ran its course: a party withdrew, or it was stopped for safety. */
  HALTED;

  /**
   * Whether the process has ended, whether it ran its course or was stopped.
   *
   * @return true for {@link #CONCLUDED} and {@link #HALTED}
   */
  public boolean isEnded() {
    return this == CONCLUDED || this == HALTED;
  }
}
