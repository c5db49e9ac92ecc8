package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.restorative.core.Identifier;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.Consent;
import org.restorative.core.harm.Harm;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.Message;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The case's own check of references, proven in core apart from any reader: each part of each kind
 * of a generated cohort is taken out of its list alone, leaving whatever names it. The case is
 * refused with one {@link UnknownReferenceException.UnknownReference} for each place that named the
 * part, each naming the part's list, and is built when nothing named it. How many places name a
 * part is counted in the case's {@code toString}, which shows ids (never personal values), apart
 * from the walk under test.
 */
class PartTakenOutAloneTest {

  /** One kind of part: its list in the record, how to read it and how to replace it. */
  private record Kind<T>(
      String list,
      Function<RestorativeCase, List<T>> parts,
      Function<T, Identifier> id,
      BiFunction<RestorativeCase, List<T>, RestorativeCase> with) {}

  private static final List<Kind<?>> KINDS =
      List.of(
          new Kind<>("/parties", RestorativeCase::parties, Party::id, RestorativeCase::withParties),
          new Kind<>("/harms", RestorativeCase::harms, Harm::id, RestorativeCase::withHarms),
          new Kind<>(
              "/consents", RestorativeCase::consents, Consent::id, RestorativeCase::withConsents),
          new Kind<>(
              "/capacityAssessments",
              RestorativeCase::capacityAssessments,
              CapacityAssessment::id,
              RestorativeCase::withCapacityAssessments),
          new Kind<>(
              "/competenceAssessments",
              RestorativeCase::competenceAssessments,
              CompetenceAssessment::id,
              RestorativeCase::withCompetenceAssessments),
          new Kind<>(
              "/processes",
              RestorativeCase::processes,
              RestorativeProcess::id,
              RestorativeCase::withProcesses),
          new Kind<>(
              "/preparationContacts",
              RestorativeCase::preparationContacts,
              PreparationContact::id,
              RestorativeCase::withPreparationContacts),
          new Kind<>(
              "/meetings", RestorativeCase::meetings, Meeting::id, RestorativeCase::withMeetings),
          new Kind<>(
              "/messages", RestorativeCase::messages, Message::id, RestorativeCase::withMessages),
          new Kind<>(
              "/agreements",
              RestorativeCase::agreements,
              OutcomeAgreement::id,
              RestorativeCase::withAgreements),
          new Kind<>(
              "/signOffs",
              RestorativeCase::signOffs,
              SupervisorSignOff::id,
              RestorativeCase::withSignOffs));

  @Test
  void a_part_taken_out_alone_is_reported_at_every_place_that_named_it() {
    int refused = 0;
    int built = 0;
    for (RestorativeCase c : SyntheticCases.seeded(2027).cohort(120).toList()) {
      for (Kind<?> kind : KINDS) {
        if (takeEachOut(c, kind)) {
          refused++;
        } else {
          built++;
        }
      }
    }
    assertThat(refused).isGreaterThan(100);
    assertThat(built).isGreaterThan(0);
  }

  @Test
  void a_long_list_is_searched_as_a_short_one_is() {
    RestorativeCase c =
        SyntheticCases.seeded(2027).cohort(120).toList().stream()
            .filter(g -> g.parties().size() > 1 && !g.processes().isEmpty())
            .findFirst()
            .orElseThrow();
    List<Party> many = new ArrayList<>(c.parties());
    for (int i = 0; i < 20; i++) {
      many.add(c.parties().get(c.parties().size() - 1).withId(PartyId.of("unnamed-" + i)));
    }
    RestorativeCase longList = c.withParties(many);

    assertThat(takeEachOut(longList, KINDS.get(0))).isTrue();
  }

  /**
   * Takes each part of a kind out alone and checks what the case says; true when some part was
   * named elsewhere, so that the case was refused.
   */
  private static <T> boolean takeEachOut(RestorativeCase c, Kind<T> kind) {
    boolean refusedOnce = false;
    List<T> parts = kind.parts().apply(c);
    for (int i = 0; i < parts.size(); i++) {
      T part = parts.get(i);
      String id = kind.id().apply(part).value();
      int named = occurrences(c.toString(), id) - occurrences(part.toString(), id);
      if (kind.list().equals("/parties")) {
        named -= withdrawnConsentParties(c, id);
      }
      List<T> rest = new ArrayList<>(parts);
      rest.remove(i);

      UnknownReferenceException refused =
          catchThrowableOfType(UnknownReferenceException.class, () -> kind.with().apply(c, rest));

      String what = kind.list() + "/" + i + " of " + c.id().value();
      if (named == 0) {
        assertThat(refused).as(what).isNull();
        continue;
      }
      refusedOnce = true;
      assertThat(refused).as(what).isNotNull();
      assertThat(refused.references()).as(what).hasSize(named);
      assertThat(refused.references())
          .as(what)
          .allMatch(unknown -> unknown.list().equals(kind.list()))
          .extracting(UnknownReferenceException.UnknownReference::pointer)
          .doesNotHaveDuplicates()
          .allMatch(pointer -> pointer.startsWith("/"));
      assertThat(refused.getMessage()).doesNotContain(id);
    }
    return refusedOnce;
  }

  /** How many times an id stands as a value in a {@code toString}. */
  private static int occurrences(String text, String id) {
    Matcher m = Pattern.compile("(?<=[=\\[ ])" + Pattern.quote(id) + "(?=[,\\]}])").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * A withdrawn consent repeats its party in its withdrawal, which the consent's own check keeps
   * equal to it: the walk follows the consent's party only.
   */
  private static int withdrawnConsentParties(RestorativeCase c, String id) {
    int n = 0;
    for (Consent consent : c.consents()) {
      if (consent.withdrawal().filter(w -> w.party().value().equals(id)).isPresent()) {
        n++;
      }
    }
    return n;
  }
}
