package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.ConfidentialityTerms;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.ConflictDeclaration;
import org.restorative.core.party.ConflictKind;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.Escort;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.Professional;
import org.restorative.core.process.Medium;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.QuestionSetUseId;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every id by which a part of a case names another part must name one the case holds. This suite
 * states, apart from the model's own walk, where ids of the case's parts stand in a case record,
 * and breaks each, one at a time, in generated cases of every stage and in a case made by hand to
 * hold the places generation leaves out ({@link #everyPlace}): the strict and the lenient reader
 * each report exactly one {@code JSON_UNKNOWN_REFERENCE}, at the id, naming the list it should be
 * an entry of and not the id; the record is not read.
 */
class UnknownReferenceTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An id no generated case gives any part. */
  private static final String NOWHERE = "id-named-nowhere";

  /**
   * Where ids of parts stand, each with the list it names an entry of; {@code *} is every element
   * of an array. Staff ids (a facilitator's, professional's or actor's) are not among them.
   */
  static final Map<String, String> REFERENCES = new LinkedHashMap<>();

  static {
    REFERENCES.put("/referral/harms/*", "/harms");
    REFERENCES.put("/harms/*/contactRestrictions/*/protectedParty", "/parties");
    REFERENCES.put("/harms/*/contactRestrictions/*/restrictedParty", "/parties");
    REFERENCES.put("/harms/*/involvedPersons/*/party", "/parties");
    REFERENCES.put("/parties/*/principal", "/parties");
    REFERENCES.put("/parties/*/leaveAuthorisations/*/noContactWith/*", "/parties");
    REFERENCES.put("/parties/*/dischargeConditions/*/protectedParty", "/parties");
    REFERENCES.put("/facilitators/*/conflictDeclaration/conflicts/*/party", "/parties");
    REFERENCES.put("/professionals/*/relatedParties/*", "/parties");
    REFERENCES.put("/consents/*/party", "/parties");
    REFERENCES.put("/consents/*/capacityBasis/assessment", "/capacityAssessments");
    REFERENCES.put("/consents/*/competenceBasis", "/competenceAssessments");
    REFERENCES.put("/consents/*/withdrawal/meeting", "/meetings");
    REFERENCES.put("/capacityAssessments/*/party", "/parties");
    REFERENCES.put("/capacityAssessments/*/decision/counterparties/*", "/parties");
    REFERENCES.put("/competenceAssessments/*/party", "/parties");
    REFERENCES.put("/withdrawals/*/party", "/parties");
    REFERENCES.put("/withdrawals/*/meeting", "/meetings");
    REFERENCES.put("/disclosures/*/subject", "/parties");
    REFERENCES.put("/disclosures/*/recipient/party", "/parties");
    REFERENCES.put("/disclosures/*/consent", "/consents");
    REFERENCES.put("/riskAssessments/*/findings/*/party", "/parties");
    REFERENCES.put("/safetyPlans/*/meeting", "/meetings");
    REFERENCES.put("/consultations/*/patient", "/parties");
    REFERENCES.put("/safeguardingConcerns/*/about/*", "/parties");
    REFERENCES.put("/processes/*/participants/*", "/parties");
    REFERENCES.put("/preparationContacts/*/party", "/parties");
    REFERENCES.put("/preparationContacts/*/process", "/processes");
    REFERENCES.put("/meetings/*/process", "/processes");
    REFERENCES.put("/meetings/*/attendees/*/party", "/parties");
    REFERENCES.put("/meetings/*/adjustments/*/party", "/parties");
    REFERENCES.put("/messages/*/process", "/processes");
    REFERENCES.put("/messages/*/from", "/parties");
    REFERENCES.put("/messages/*/to/*", "/parties");
    REFERENCES.put("/questionSetUses/*/meeting", "/meetings");
    REFERENCES.put("/questionSetUses/*/preparationContact", "/preparationContacts");
    REFERENCES.put("/questionSetUses/*/message", "/messages");
    REFERENCES.put("/questionSetUses/*/responses/*/respondent", "/parties");
    REFERENCES.put("/agreements/*/meeting", "/meetings");
    REFERENCES.put("/agreements/*/process", "/processes");
    REFERENCES.put("/agreements/*/partyAgreements/*/party", "/parties");
    REFERENCES.put("/agreements/*/confidentiality/copiesTo/*", "/parties");
    REFERENCES.put("/agreements/*/supersedes", "/agreements");
    REFERENCES.put("/actions/*/agreement", "/agreements");
    REFERENCES.put("/actions/*/owner/party", "/parties");
    REFERENCES.put("/actions/*/beneficiaries/*", "/parties");
    REFERENCES.put("/actions/*/monitor/party", "/parties");
    REFERENCES.put("/actions/*/proportionalityCheck", "/signOffs");
    REFERENCES.put("/evaluations/*/party", "/parties");
    REFERENCES.put("/history/*/party", "/parties");
  }

  /** A case record and the JSON Pointer of one id in it. */
  private record Place(ObjectNode document, String pointer, String list) {}

  @Test
  void each_id_that_names_no_part_is_reported_alone_at_the_id() {
    List<ObjectNode> documents = cohort();
    documents.add(record(everyPlace()));
    List<Place> places = places(documents);
    Map<String, Integer> broken = new LinkedHashMap<>();
    for (Place place : places) {
      ObjectNode document = place.document().deepCopy();
      replace(document, place.pointer(), NOWHERE);
      String text = JSON.writeValueAsString(document);

      for (CaseJson reader : List.of(CaseJson.strict(), CaseJson.lenient())) {
        ReadResult result = reader.read(text);
        assertThat(result.problems())
            .as("breaking %s", place.pointer())
            .extracting(Violation::code, Violation::severity, Violation::path)
            .containsExactly(
                tuple(ProblemCode.JSON_UNKNOWN_REFERENCE.name(), Severity.ERROR, place.pointer()));
        assertThat(result.problems().get(0).message())
            .isEqualTo("Expected the id of an entry of " + place.list() + " in this case.");
        assertThat(result.isRead()).isFalse();
      }
      broken.merge(pattern(place.pointer()), 1, Integer::sum);
    }
    assertThat(broken.keySet())
        .as("every place of an id is broken at least once")
        .containsExactlyInAnyOrderElementsOf(REFERENCES.keySet());
  }

  /**
   * The lenient reader drops a repeated element of a set with a warning; an unknown id after the
   * repeat is still reported where it stands in the record, not where it stands in the set built.
   * Each place of an id below an element other than the first of a set gets one repeat, then two,
   * of the set's first element just before it.
   */
  @Test
  void after_repeats_the_lenient_reader_dropped_an_unknown_id_is_reported_where_it_stands() {
    List<ObjectNode> documents = cohort();
    documents.add(record(everyPlace()));
    Map<String, Integer> shifted = new LinkedHashMap<>();
    for (Place place : places(documents)) {
      String[] segments = place.pointer().substring(1).split("/");
      for (int k = 0; k < segments.length; k++) {
        if (!segments[k].matches("[1-9]\\d*")) {
          continue;
        }
        String array = "/" + String.join("/", List.of(segments).subList(0, k));
        int index = Integer.parseInt(segments[k]);
        for (int repeats = 1; repeats <= 2; repeats++) {
          ObjectNode document = place.document().deepCopy();
          replace(document, place.pointer(), NOWHERE);
          ArrayNode elements = (ArrayNode) document.at(array);
          for (int r = 0; r < repeats; r++) {
            elements.insert(index, elements.get(0).deepCopy());
          }
          ReadResult result = CaseJson.lenient().read(JSON.writeValueAsString(document));
          if (result.problems().stream()
              .noneMatch(p -> p.code().equals(ProblemCode.JSON_DUPLICATE_ELEMENT.name()))) {
            break; // a list, not a set: its repeats are kept, or refused otherwise
          }
          String[] moved = segments.clone();
          moved[k] = String.valueOf(index + repeats);
          List<Tuple> expected = new ArrayList<>();
          for (int r = 0; r < repeats; r++) {
            expected.add(
                tuple(
                    ProblemCode.JSON_DUPLICATE_ELEMENT.name(),
                    Severity.WARNING,
                    array + "/" + (index + r)));
          }
          expected.add(
              tuple(
                  ProblemCode.JSON_UNKNOWN_REFERENCE.name(),
                  Severity.ERROR,
                  "/" + String.join("/", moved)));
          assertThat(result.problems())
              .as("repeating %s before %s", array + "/0", place.pointer())
              .extracting(Violation::code, Violation::severity, Violation::path)
              .containsExactlyElementsOf(expected);
          assertThat(result.isRead()).isFalse();
          shifted.merge(pattern(array) + "/*", 1, Integer::sum);
        }
      }
    }
    assertThat(shifted.keySet())
        .as("sets with an id after their first element")
        .containsExactlyInAnyOrder(
            "/processes/*/participants/*", "/capacityAssessments/*/decision/counterparties/*");
  }

  @Test
  void every_unknown_id_of_a_record_is_reported_in_record_order() {
    ObjectNode document = (ObjectNode) JSON.readTree(CaseJson.strict().write(richest()));
    List<Place> places = places(List.of(document));
    List<String> pointers = new ArrayList<>();
    for (Place place : places) {
      replace(document, place.pointer(), NOWHERE + "-" + pointers.size());
      pointers.add(place.pointer());
    }

    ReadResult result = CaseJson.strict().read(JSON.writeValueAsString(document));

    assertThat(pointers).hasSizeGreaterThan(20);
    assertThat(result.problems())
        .extracting(Violation::code)
        .containsOnly(ProblemCode.JSON_UNKNOWN_REFERENCE.name());
    assertThat(result.problems())
        .extracting(Violation::path)
        .containsExactlyInAnyOrderElementsOf(pointers);
  }

  @Test
  void the_case_made_by_hand_names_only_parts_it_holds() {
    RestorativeCase c = everyPlace();
    String text = CaseJson.strict().write(c);

    ReadResult read = CaseJson.strict().read(text);

    assertThat(read.problems()).isEmpty();
    assertThat(read.restorativeCase()).contains(c);
  }

  @Test
  void a_whole_generated_cohort_names_only_parts_it_holds() {
    for (RestorativeCase c : generated()) {
      ReadResult read = CaseJson.strict().read(CaseJson.strict().write(c));
      assertThat(read.problems()).isEmpty();
    }
  }

  /** Generated cases of every stage. */
  private static List<RestorativeCase> generated() {
    List<RestorativeCase> cases = new ArrayList<>();
    SyntheticCases.seeded(2027).cohort(120).forEach(cases::add);
    return cases;
  }

  /**
   * A generated case with a meeting, an agreement, an action and a sign-off, given by hand a part
   * at each place of an id that generation never fills, each id naming a part the case holds: a
   * party's leave with a party not to contact, a facilitator's declared conflict with a party, a
   * professional's related party, a consent withdrawn from the meeting and the same withdrawal
   * among the case's, a disclosure to a party, a safeguarding concern about a party, a question set
   * used in a preparation contact and one in a message (added for it), an agreement's
   * confidentiality copied to a party, an agreement superseding another (added for it), and an
   * action monitored by a party and checked for proportionality by the sign-off.
   */
  private static RestorativeCase everyPlace() {
    RestorativeCase c =
        generated().stream()
            .filter(
                g ->
                    g.parties().size() > 1
                        && !g.facilitators().isEmpty()
                        && !g.professionals().isEmpty()
                        && !g.consents().isEmpty()
                        && !g.meetings().isEmpty()
                        && !g.preparationContacts().isEmpty()
                        && !g.questionSetUses().isEmpty()
                        && !g.agreements().isEmpty()
                        && !g.actions().isEmpty()
                        && !g.signOffs().isEmpty())
            .findFirst()
            .orElseThrow();
    PartyId first = c.parties().get(0).id();
    PartyId last = c.parties().get(c.parties().size() - 1).id();
    MeetingId meeting = c.meetings().get(0).id();
    Instant at = Instant.parse("2026-02-07T10:00:00Z");

    List<Party> parties = new ArrayList<>(c.parties());
    Party leaving = parties.get(0);
    parties.set(
        0,
        leaving.withLeaveAuthorisations(
            plus(
                leaving.leaveAuthorisations(),
                new LeaveAuthorisation.Builder()
                    .type(LeaveType.COMMUNITY)
                    .escort(Escort.ESCORTED)
                    .authorisedBy(LeaveAuthority.RC_AND_SOSJ)
                    .validFrom(LocalDate.of(2026, 3, 2))
                    .validTo(LocalDate.of(2026, 3, 16))
                    .addNoContactWith(last)
                    .build())));

    List<Facilitator> facilitators = new ArrayList<>(c.facilitators());
    facilitators.set(
        0,
        facilitators
            .get(0)
            .withConflictDeclaration(
                new ConflictDeclaration.Builder()
                    .declaredAt(at)
                    .addConflicts(
                        new DeclaredConflict.Builder()
                            .kind(ConflictKind.TREATING_TEAM_MEMBER)
                            .party(first)
                            .build())
                    .build()));

    List<Professional> professionals = new ArrayList<>(c.professionals());
    professionals.set(0, professionals.get(0).withRelatedParties(first));

    // The consent is withdrawn after it was last confirmed; its withdrawal is the case's too.
    List<Consent> consents = new ArrayList<>(c.consents());
    Consent consent = consents.get(0);
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(consent.party())
            .at(consent.lastConfirmedAt().orElse(at).plusSeconds(3600))
            .scope(WithdrawalScope.MEETING)
            .meeting(meeting)
            .build();
    consents.set(0, consent.withdrawnBy(withdrawal));

    Disclosure toParty =
        new Disclosure.Builder()
            .id(DisclosureId.of("disclosure-to-party"))
            .subject(first)
            .recipient(Recipient.party(last))
            .disclosedAt(at)
            .by(ActorId.of("staff-7"))
            .medium(Medium.WRITTEN)
            .addItems(DisclosedItem.PARTY_ACCOUNT)
            .purpose(SharingPurpose.DELIVERING_RESTORATIVE_PROCESS)
            .build();

    SafeguardingConcern concern =
        new SafeguardingConcern.Builder()
            .id(SafeguardingConcernId.of("concern-about-a-party"))
            .raisedAt(at)
            .raisedBy(ActorId.of("staff-7"))
            .addAbout(first)
            .build();

    Message message =
        new Message.Builder()
            .id(MessageId.of("message-with-questions"))
            .process(c.processes().get(0).id())
            .sender(first)
            .addRecipients(last)
            .medium(Medium.WRITTEN)
            .round(1)
            .status(MessageStatus.MESSAGE_DRAFTED)
            .draftedAt(at)
            .build();
    QuestionSetUse use = c.questionSetUses().get(0);
    List<QuestionSetUse> uses = new ArrayList<>(c.questionSetUses());
    uses.add(
        new QuestionSetUse.Builder()
            .from(use)
            .id(QuestionSetUseId.of("use-in-contact"))
            .meeting(Optional.empty())
            .preparationContact(c.preparationContacts().get(0).id())
            .build());
    uses.add(
        new QuestionSetUse.Builder()
            .from(use)
            .id(QuestionSetUseId.of("use-in-message"))
            .meeting(Optional.empty())
            .message(message.id())
            .build());

    OutcomeAgreement agreement = c.agreements().get(0);
    AgreementId before = AgreementId.of("agreement-before");
    List<OutcomeAgreement> agreements = new ArrayList<>(c.agreements());
    agreements.set(
        0,
        agreement
            .withConfidentiality(new ConfidentialityTerms.Builder().addCopiesTo(first).build())
            .withSupersedes(before));
    agreements.add(agreement.withId(before));

    List<Action> actions = new ArrayList<>(c.actions());
    actions.set(
        0,
        actions
            .get(0)
            .withMonitor(PartyOrRole.party(last))
            .withProportionalityCheck(c.signOffs().get(0).id()));

    return c.withParties(parties)
        .withFacilitators(facilitators)
        .withProfessionals(professionals)
        .withConsents(consents)
        .withWithdrawals(plus(c.withdrawals(), withdrawal))
        .withDisclosures(plus(c.disclosures(), toParty))
        .withSafeguardingConcerns(plus(c.safeguardingConcerns(), concern))
        .withMessages(plus(c.messages(), message))
        .withQuestionSetUses(uses)
        .withAgreements(agreements)
        .withActions(actions);
  }

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return longer;
  }

  /** The generated cases as records. */
  private static List<ObjectNode> cohort() {
    List<ObjectNode> documents = new ArrayList<>();
    for (RestorativeCase c : generated()) {
      documents.add(record(c));
    }
    return documents;
  }

  private static ObjectNode record(RestorativeCase c) {
    return (ObjectNode) JSON.readTree(CaseJson.strict().write(c));
  }

  /** The generated case with the longest record. */
  private static RestorativeCase richest() {
    return generated().stream()
        .max(Comparator.comparingInt(c -> CaseJson.strict().write(c).length()))
        .orElseThrow();
  }

  /** Each place of an id in each document: every place once per document, its first element. */
  private static List<Place> places(List<ObjectNode> documents) {
    List<Place> places = new ArrayList<>();
    for (ObjectNode document : documents) {
      for (Map.Entry<String, String> reference : REFERENCES.entrySet()) {
        for (String pointer : matches(document, reference.getKey())) {
          if (!boundToAnother(document, pointer)) {
            places.add(new Place(document, pointer, reference.getValue()));
          }
        }
      }
    }
    return places;
  }

  /**
   * Whether the id must equal another in its own object, which then refuses the change first: a
   * withdrawn consent's party is its withdrawal's party ({@code JSON_INCONSISTENT_OBJECT}), as in
   * the case made by hand. None of the places that case alone holds is bound so.
   */
  private static boolean boundToAnother(JsonNode document, String pointer) {
    return pointer.matches("/consents/\\d+/party")
        && document.at(pointer.substring(0, pointer.lastIndexOf('/'))).has("withdrawal");
  }

  /** The pointers of the string values a pattern matches in a document. */
  private static List<String> matches(JsonNode document, String pattern) {
    List<String> found = new ArrayList<>();
    match(document, pattern.substring(1).split("/"), 0, "", found);
    return found;
  }

  private static void match(
      JsonNode node, String[] segments, int at, String pointer, List<String> found) {
    if (at == segments.length) {
      if (node.isString()) {
        found.add(pointer);
      }
      return;
    }
    if (segments[at].equals("*")) {
      if (node instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          match(array.get(i), segments, at + 1, pointer + "/" + i, found);
        }
      }
      return;
    }
    JsonNode next = node.get(segments[at]);
    if (next != null) {
      match(next, segments, at + 1, pointer + "/" + segments[at], found);
    }
  }

  private static void replace(ObjectNode document, String pointer, String id) {
    int last = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, last));
    String key = pointer.substring(last + 1);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(key), id);
    } else {
      ((ObjectNode) parent).put(key, id);
    }
  }

  private static String pattern(String pointer) {
    return pointer.replaceAll("/\\d+(?=/|$)", "/*");
  }
}
