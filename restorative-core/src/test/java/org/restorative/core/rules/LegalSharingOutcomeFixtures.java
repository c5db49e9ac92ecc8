package org.restorative.core.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.SharingScope;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.ContactRestrictionType;
import org.restorative.core.harm.Harm;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Escort;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Cases and records for the tests of the legal, sharing and outcome rules: realistic synthetic
 * cases of a given shape, and small helpers that change exactly one thing in them.
 */
final class LegalSharingOutcomeFixtures {

  /** The moment of checking: after every synthetic date. */
  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  static final ActorId RECORDS_OFFICER = ActorId.of("staff-records-officer");

  private static final SyntheticCases SYNTHETIC = SyntheticCases.seeded(20261121L);

  private LegalSharingOutcomeFixtures() {}

  /**
   * The first synthetic case at a stage with the shape a test needs.
   *
   * @throws AssertionError if none of the first cases has it
   */
  static RestorativeCase aCase(Stage stage, Predicate<RestorativeCase> shape) {
    for (int index = 0; index < 3_000; index++) {
      RestorativeCase candidate = SYNTHETIC.caseAt(stage, index);
      if (shape.test(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no synthetic case at " + stage + " has the shape the test needs");
  }

  static List<Violation> violations(List<Rule> rules, RestorativeCase c, StandardCode code) {
    return violations(rules, c, code, Policy.standard());
  }

  static List<Violation> violations(
      List<Rule> rules, RestorativeCase c, StandardCode code, Policy policy) {
    return RuleSet.of(rules).check(c, policy, AS_OF).violations().stream()
        .filter(v -> v.code().equals(code.name()))
        .toList();
  }

  static LocalDate dateOf(Instant moment) {
    return LocalDate.ofInstant(moment, LONDON);
  }

  static <T> List<T> replaced(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }

  static <T> List<T> plus(List<T> list, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.add(value);
    return copy;
  }

  static Party party(RestorativeCase c, PartyId id) {
    return c.party(id).orElseThrow();
  }

  static RestorativeCase withParty(RestorativeCase c, Party changed) {
    return c.with(changed);
  }

  static RestorativeCase withMeeting(RestorativeCase c, int index, Meeting changed) {
    return c.with(changed);
  }

  static RestorativeCase withHarm(RestorativeCase c, int index, Harm changed) {
    return c.with(changed);
  }

  static RestorativeCase withRestriction(RestorativeCase c, ContactRestriction restriction) {
    Harm harm = c.harms().get(0);
    return withHarm(
        c, 0, harm.withContactRestrictions(plus(harm.contactRestrictions(), restriction)));
  }

  /** Section 17 leave valid for a fortnight either side of a day. */
  static LeaveAuthorisation leave(
      LeaveType type, Escort escort, LeaveAuthority authority, LocalDate around) {
    return new LeaveAuthorisation.Builder()
        .type(type)
        .escort(escort)
        .authorisedBy(authority)
        .validFrom(around.minusDays(14))
        .validTo(around.plusDays(14))
        .purpose("To attend a restorative meeting")
        .build();
  }

  /** A contact restriction in force from a day, with no permitted exception. */
  static ContactRestriction restriction(
      ContactRestrictionType type,
      PartyId protectedParty,
      PartyId restrictedParty,
      LocalDate from) {
    return new ContactRestriction.Builder()
        .type(type)
        .protectedParty(protectedParty)
        .restrictedParty(restrictedParty)
        .source("Order of the court")
        .startsOn(from)
        .build();
  }

  /** A consent, given at a moment, to share with one recipient for one purpose. */
  static Consent sharingConsent(
      String id,
      PartyId party,
      ConsentKind kind,
      Recipient recipient,
      SharingPurpose purpose,
      Instant obtainedAt) {
    return new Consent.Builder()
        .id(ConsentId.of(id))
        .party(party)
        .kind(kind)
        .sharing(SharingScope.of(recipient, purpose))
        .status(ConsentStatus.GIVEN)
        .obtainedAt(obtainedAt)
        .obtainedBy(RECORDS_OFFICER)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .build();
  }

  /** A disclosure of one item, relying on a consent, from a minimum dataset. */
  static Disclosure disclosure(
      String id,
      PartyId subject,
      Recipient recipient,
      DisclosedItem item,
      SharingPurpose purpose,
      Instant at,
      Optional<ConsentId> consent) {
    return new Disclosure.Builder()
        .id(DisclosureId.of(id))
        .subject(subject)
        .recipient(recipient)
        .disclosedAt(at)
        .by(RECORDS_OFFICER)
        .medium(Medium.WRITTEN)
        .addItem(item)
        .purpose(purpose)
        .consent(consent)
        .fromMinimumDataset(true)
        .build();
  }
}
