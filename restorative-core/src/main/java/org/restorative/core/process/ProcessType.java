package org.restorative.core.process;

/**
 * The kind of restorative process (domain brief §6). The medium ({@link Medium}) is a separate
 * attribute.
 *
 * <p>The brief lists "restorative conversation / impromptu conference" as one entry; it is the
 * single constant {@link #RESTORATIVE_CONVERSATION} here, so that the eleven entries of the brief
 * are eleven constants.
 */
public enum ProcessType {
  /**
   * Scripted meeting of the persons harmed and responsible, with supporters, led by a facilitator.
   */
  FACE_TO_FACE_CONFERENCE(ContactMode.DIRECT),
  /** "Closed" face-to-face meeting of the two parties with a facilitator, without supporters. */
  DIRECT_MEETING_NO_SUPPORTERS(ContactMode.DIRECT),
  /** A direct meeting held online. */
  VIDEO_MEETING(ContactMode.DIRECT),
  /** Group process in which one person speaks at a time, led by a keeper. */
  RESTORATIVE_CIRCLE(ContactMode.GROUP),
  /** The facilitator carries messages between parties who do not meet. */
  SHUTTLE_COMMUNICATION(ContactMode.INDIRECT),
  /** Letters passed through the facilitator, who reviews them before delivery. */
  LETTER_EXCHANGE(ContactMode.INDIRECT),
  /** An audio or video recording passed on by the facilitator. */
  RECORDED_MESSAGE(ContactMode.INDIRECT),
  /** Informal conversation soon after a low-level incident; also called an impromptu conference. */
  RESTORATIVE_CONVERSATION(ContactMode.VARIES),
  /** Restorative work with one party only, such as reflection or an unsent apology letter. */
  SINGLE_PARTY_RESTORATIVE_WORK(ContactMode.NONE),
  /** A structured group programme, such as Sycamore Tree in a secure unit. */
  GROUP_VICTIM_AWARENESS_PROGRAMME(ContactMode.NONE),
  /**
   * Organisational response to patient-safety or staff harm using Dekker's restorative questions.
   */
  RESTORATIVE_JUST_CULTURE_REVIEW(ContactMode.VARIES);

  private final ContactMode contactMode;

  ProcessType(ContactMode contactMode) {
    this.contactMode = contactMode;
  }

  /**
   * How this process type brings the parties into contact.
   *
   * @return the contact mode
   */
  public ContactMode contactMode() {
    return contactMode;
  }

  /**
   * Whether the parties meet, face to face, by video or in a group.
   *
   * @return true for direct and group processes
   */
  public boolean isDirect() {
    return contactMode == ContactMode.DIRECT || contactMode == ContactMode.GROUP;
  }

  /**
   * Whether messages pass between parties who do not meet.
   *
   * @return true for shuttle communication, letter exchange and recorded messages
   */
  public boolean isIndirect() {
    return contactMode == ContactMode.INDIRECT;
  }
}
