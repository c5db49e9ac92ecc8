package org.restorative.core.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.restorative.core.Identifier;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.internal.Dates;
import org.restorative.core.internal.Invariants;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.RestorativeProcess;

/**
 * Makes keyed pseudonyms and pseudonymised cases with a key the user supplies.
 *
 * <p>A pseudonym is the HMAC-SHA256 of the id's type and text under the key, written as a prefix
 * and the first 16 characters of its base32 form (80 bits): {@code P-} for a party, {@code C-} for
 * a case, {@code F-} for a facilitator and {@code PR-} for a professional. The same key and the
 * same id always give the same pseudonym, in any file and on any run, so one person can be followed
 * across exports; without the key the pseudonym cannot be computed or reversed. Different keys give
 * unrelated pseudonyms.
 *
 * <p>The key is the means of re-identification, so hold it apart from the pseudonymised data (ICO
 * guidance); the output is still personal data for anyone who holds it ({@link
 * PseudonymisedCase#NOTICE}). This class copies the key, never prints it, and is safe to share
 * between threads.
 *
 * <pre>{@code
 * Pseudonymiser pseudonymiser = Pseudonymiser.keyed(keyBytes);   // at least 16 bytes
 * PseudonymisedCase shared = pseudonymiser.pseudonymise(restorativeCase, ZoneId.of("Europe/London"));
 * String who = pseudonymiser.pseudonym(PartyId.of("party-1"));     // "P-" + 16 base32 characters
 * }</pre>
 */
public final class Pseudonymiser {

  /** The shortest key accepted, in bytes (128 bits). */
  public static final int MINIMUM_KEY_BYTES = 16;

  /** How many base32 characters of the HMAC a pseudonym keeps (80 bits). */
  public static final int PSEUDONYM_LENGTH = 16;

  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private final HmacSha256 hmac;

  private Pseudonymiser(byte[] key) {
    this.hmac = new HmacSha256(key);
  }

  /**
   * A pseudonymiser with the user's key. The key is copied: changing the array afterwards changes
   * nothing.
   *
   * @param key the secret key, at least {@value #MINIMUM_KEY_BYTES} bytes; use a random key kept
   *     apart from the data
   * @return the pseudonymiser
   * @throws IllegalArgumentException if the key is shorter than {@value #MINIMUM_KEY_BYTES} bytes
   */
  public static Pseudonymiser keyed(byte[] key) {
    Invariants.require(
        key.length >= MINIMUM_KEY_BYTES,
        "pseudonymiser key must be at least " + MINIMUM_KEY_BYTES + " bytes");
    return new Pseudonymiser(key.clone());
  }

  /**
   * A party's pseudonym.
   *
   * @param id the party's id
   * @return {@code P-} and 16 base32 characters
   */
  public String pseudonym(PartyId id) {
    return pseudonym("P-", "party", id);
  }

  /**
   * A case's pseudonym.
   *
   * @param id the case's id
   * @return {@code C-} and 16 base32 characters
   */
  public String pseudonym(CaseId id) {
    return pseudonym("C-", "case", id);
  }

  /**
   * A facilitator's pseudonym.
   *
   * @param id the facilitator's id
   * @return {@code F-} and 16 base32 characters
   */
  public String pseudonym(FacilitatorId id) {
    return pseudonym("F-", "facilitator", id);
  }

  /**
   * A professional's pseudonym.
   *
   * @param id the professional's id
   * @return {@code PR-} and 16 base32 characters
   */
  public String pseudonym(ProfessionalId id) {
    return pseudonym("PR-", "professional", id);
  }

  /**
   * The pseudonymised view of a case: pseudonyms for the case and its people, months for moments,
   * age bands for dates of birth, codes kept and every name and free text dropped.
   *
   * @param restorativeCase the case
   * @param zone the zone in which moments fall into months and the referral day is taken for age
   *     bands, such as {@code Europe/London}
   * @return the pseudonymised case, which carries {@link PseudonymisedCase#NOTICE}
   */
  public PseudonymisedCase pseudonymise(RestorativeCase restorativeCase, ZoneId zone) {
    LocalDate referredOn = Dates.dateOf(restorativeCase.referral().receivedAt(), zone);
    PseudonymisedCase.Builder builder =
        new PseudonymisedCase.Builder()
            .casePseudonym(pseudonym(restorativeCase.id()))
            .stage(restorativeCase.stage())
            .referredIn(month(restorativeCase.referral().receivedAt(), zone));
    for (Harm harm : restorativeCase.harms()) {
      builder.addHarm(
          new PseudonymisedHarm.Builder()
              .context(harm.context())
              .setting(harm.setting())
              .types(harm.types())
              .severityScale(harm.severity().map(HarmSeverity::scale))
              .severityGrade(nationalGrade(harm.severity()))
              .sensitiveFlags(harm.sensitiveFlags())
              .legalStatus(harm.legalStatus())
              .occurredIn(month(harm.occurred().start(), zone))
              .build());
    }
    for (Party party : restorativeCase.parties()) {
      builder.addParty(party(party, referredOn));
    }
    for (RestorativeProcess process : restorativeCase.processes()) {
      builder.addProcess(
          new PseudonymisedProcess.Builder()
              .type(process.type())
              .medium(process.medium())
              .status(process.status())
              .chosenIn(month(process.chosenAt(), zone))
              .build());
    }
    for (Meeting meeting : restorativeCase.meetings()) {
      PseudonymisedMeeting.Builder pseudonymised =
          new PseudonymisedMeeting.Builder()
              .status(meeting.status())
              .venueType(meeting.venue().type())
              .medium(meeting.medium())
              .month(meeting.startAt().map(at -> month(at, zone)));
      for (Attendee attendee : meeting.attendees()) {
        pseudonymised.addAttendee(pseudonym(attendee.party()));
      }
      for (FacilitatorId facilitator : meeting.facilitators()) {
        pseudonymised.addFacilitator(pseudonym(facilitator));
      }
      builder.addMeeting(pseudonymised.build());
    }
    for (OutcomeAgreement agreement : restorativeCase.agreements()) {
      builder.addAgreement(
          new PseudonymisedAgreement.Builder()
              .status(agreement.status())
              .month(month(agreement.createdAt(), zone))
              .build());
    }
    for (Action action : restorativeCase.actions()) {
      builder.addAction(
          new PseudonymisedAction.Builder()
              .type(action.type())
              .status(action.status())
              .ownerPseudonym(action.ownerParty().map(this::pseudonym))
              .ownerRole(action.owner().flatMap(PartyOrRole::role))
              .build());
    }
    for (Evaluation evaluation : restorativeCase.evaluations()) {
      builder.addEvaluation(
          new PseudonymisedEvaluation.Builder()
              .party(pseudonym(evaluation.party()))
              .role(evaluation.roleAtTime())
              .uptake(evaluation.uptake())
              .completedProcess(evaluation.completedProcess())
              .satisfaction(evaluation.satisfaction())
              .wouldRecommend(evaluation.wouldRecommend())
              .feltAfter(evaluation.feltAfter())
              .build());
    }
    for (CaseEvent event : restorativeCase.history()) {
      builder.addHistory(
          new PseudonymisedEvent.Builder()
              .type(event.type())
              .fromStage(event.fromStage())
              .toStage(event.toStage())
              .month(month(event.at(), zone))
              .build());
    }
    return builder.build();
  }

  private PseudonymisedParty party(Party party, LocalDate referredOn) {
    Optional<MentalHealthActStatus> act = party.mentalHealthAct();
    return new PseudonymisedParty.Builder()
        .pseudonym(pseudonym(party.id()))
        .role(party.role())
        .personType(party.personType())
        .principal(party.principal().map(this::pseudonym))
        .ageBand(party.knownAgeBandOn(referredOn))
        .mhaSection(act.map(MentalHealthActStatus::section))
        .restricted(party.isRestrictedPatient())
        .careContext(party.careContext())
        .communicationNeeds(party.communicationNeeds())
        .vulnerabilityFlags(party.vulnerabilityFlags())
        .build();
  }

  private static YearMonth month(Instant moment, ZoneId zone) {
    return Dates.monthOf(moment, zone);
  }

  private String pseudonym(String prefix, String type, Identifier id) {
    byte[] message = (type + '\u0000' + id.value()).getBytes(StandardCharsets.UTF_8);
    return prefix + base32(hmac.mac(message), PSEUDONYM_LENGTH);
  }

  /** The first {@code length} characters of the RFC 4648 base32 form of {@code bytes}. */
  private static String base32(byte[] bytes, int length) {
    StringBuilder text = new StringBuilder(length);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < bytes.length && text.length() < length; i++) {
      buffer = (buffer << 8) | (bytes[i] & 0xff);
      bits += 8;
      while (bits >= 5 && text.length() < length) {
        bits -= 5;
        text.append(BASE32[(buffer >> bits) & 0x1f]);
      }
    }
    return text.toString();
  }

  /**
   * Says that this is a pseudonymiser; never shows the key.
   *
   * @return {@code Pseudonymiser[key=***]}
   */
  @Override
  public String toString() {
    return "Pseudonymiser[key=***]";
  }

  /**
   * A severity's grade when it is a code of a national scale; a trust's local grade is free text.
   */
  private static Optional<String> nationalGrade(Optional<HarmSeverity> severity) {
    return severity.filter(s -> s.scale() != SeverityScale.LOCAL).map(HarmSeverity::grade);
  }
}
