package org.restorative.core.privacy;

import static org.restorative.core.privacy.Sensitivity.CLINICAL_CONFIDENTIAL;
import static org.restorative.core.privacy.Sensitivity.NONE;
import static org.restorative.core.privacy.Sensitivity.PARTYS_OWN_ACCOUNT;
import static org.restorative.core.privacy.Sensitivity.PERSONAL;
import static org.restorative.core.privacy.Sensitivity.SPECIAL_CATEGORY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.restorative.core.Identifier;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.PauseDecision;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.UnknownReferenceException.UnknownReference;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityDecision;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.InformationProvided;
import org.restorative.core.consent.LawfulBasis;
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.VoluntarinessCheck;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.DutyOfCandour;
import org.restorative.core.harm.ExternalIncidentRef;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.internal.Invariants;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ConfidentialityTerms;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.Place;
import org.restorative.core.party.Professional;
import org.restorative.core.party.Spokesperson;
import org.restorative.core.party.TrainingRecord;
import org.restorative.core.party.VictimContactScheme;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.Message;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.Venue;
import org.restorative.core.questions.Question;
import org.restorative.core.questions.QuestionSet;
import org.restorative.core.questions.Response;
import org.restorative.core.questions.Source;
import org.restorative.core.rules.Move;

/**
 * The classification of the case record's fields, in one place. Rows are grouped by model type in
 * the order of the case; a field that is not here is {@link Sensitivity#NONE}. Every attribute that
 * can hold text has a row of its own (a test finds them by reflection and fails on one without), so
 * the {@code NONE} rows record a decision worth reading: a text that is a code, a published wording
 * or a post, not personal.
 */
final class SensitivityTable {

  private SensitivityTable() {}

  private static final String LINKING_REFERENCE =
      "A reference into another system, which finds the person there.";
  private static final String FREE_TEXT = "Free text written about the people in the case.";

  static final List<FieldSensitivity> ENTRIES = build();

  private static final Map<Class<?>, Map<String, Sensitivity>> INDEX = index(ENTRIES);

  static Sensitivity lookup(Class<?> type, String attribute) {
    return INDEX.getOrDefault(type, Map.of()).getOrDefault(attribute, NONE);
  }

  private static List<FieldSensitivity> build() {
    Rows rows = new Rows();

    // every id of the case, of whatever type
    rows.add(
        Identifier.class,
        "value",
        NONE,
        "An id is opaque and must not encode a name, a date of birth or an NHS number; pseudonymised"
            + " views still give only its keyed pseudonym.");

    // casefile
    rows.add(Referral.class, "notes", PERSONAL, FREE_TEXT);
    rows.add(
        Pause.class,
        "reason",
        SPECIAL_CATEGORY,
        "Pause reasons name a change of mental state, lost capacity, recall or criminal proceedings.");
    rows.add(
        Closure.class,
        "notProceedingReason",
        SPECIAL_CATEGORY,
        "Reasons name lack of capacity, a clinical contraindication or legal proceedings.");
    rows.add(Closure.class, "summary", PERSONAL, FREE_TEXT);
    rows.add(
        CaseEvent.class,
        "pauseReason",
        SPECIAL_CATEGORY,
        "Pause reasons name a change of mental state, lost capacity, recall or criminal proceedings.");
    rows.add(
        CaseEvent.class,
        "notProceedingReason",
        SPECIAL_CATEGORY,
        "Reasons name lack of capacity, a clinical contraindication or legal proceedings.");
    rows.add(CaseEvent.class, "note", PERSONAL, FREE_TEXT);
    rows.add(
        UnknownReference.class,
        "pointer",
        NONE,
        "Where an id that names no part stands, as a JSON Pointer of the format's property names"
            + " and indices; never the id.");
    rows.add(
        UnknownReference.class,
        "list",
        NONE,
        "The list of the case the id should name an entry of, as a JSON Pointer such as /parties.");

    // harm
    rows.add(Harm.class, "externalIncidentRefs", PERSONAL, LINKING_REFERENCE);
    rows.add(Harm.class, "otherContext", PERSONAL, FREE_TEXT);
    rows.add(
        Harm.class,
        "sensitiveFlags",
        SPECIAL_CATEGORY,
        "Flags name sexual violence, domestic abuse, hate crime and other offences (Art 9, Art 10).");
    rows.add(
        Harm.class,
        "legalStatus",
        SPECIAL_CATEGORY,
        "Criminal proceedings and their outcome, including a finding of insanity (Art 10, Art 9).");
    rows.add(Harm.class, "safeguardingReferralRef", PERSONAL, LINKING_REFERENCE);
    rows.add(Harm.class, "narrative", PERSONAL, "The account of what happened, with its people.");
    rows.add(HarmSeverity.class, "scale", NONE, "A code: the scale the harm is graded on.");
    rows.add(
        HarmSeverity.class,
        "grade",
        PERSONAL,
        "On a trust's local scale the grade is the trust's own label, free text; on a national scale it"
            + " is one of the scale's codes, which shared views give as that code.");
    rows.add(
        HarmSeverity.class, "localScale", PERSONAL, "The name of a trust's own scale, free text.");
    rows.add(ExternalIncidentRef.class, "reference", PERSONAL, LINKING_REFERENCE);
    rows.add(
        ExternalIncidentRef.class,
        "system",
        NONE,
        "Names the other system (the trust's incident system, the police), not a person.");
    rows.add(
        ContactRestriction.class,
        "type",
        SPECIAL_CATEGORY,
        "Restraining orders and bail or discharge conditions are criminal offence data (Art 10).");
    rows.add(ContactRestriction.class, "source", PERSONAL, LINKING_REFERENCE);
    rows.add(ContactRestriction.class, "permittedException", PERSONAL, FREE_TEXT);
    rows.add(
        ContactRestriction.class,
        "place",
        PERSONAL,
        "An exclusion zone's area, which can say where the protected person lives.");
    rows.add(DutyOfCandour.class, "notificationRef", PERSONAL, LINKING_REFERENCE);
    rows.add(
        Place.class,
        "code",
        NONE,
        "A code of the trust's hierarchy of places; where a place can say where a person lives, the"
            + " attribute that holds it is classed (a venue, an exclusion zone, leave).");

    // party
    rows.add(Party.class, "name", PERSONAL, "Identifies the person.");
    rows.add(Party.class, "preferredName", PERSONAL, "Identifies the person.");
    rows.add(Party.class, "pronouns", PERSONAL, "Describes the person's gender identity.");
    rows.add(
        Party.class,
        "dateOfBirth",
        PERSONAL,
        "Identifies the person with little else; share the age band instead.");
    rows.add(Party.class, "language", PERSONAL, "A preferred language points to origin.");
    rows.add(
        Party.class,
        "careContext",
        SPECIAL_CATEGORY,
        "Says the person is a mental-health patient and where they are treated (health).");
    rows.add(
        Party.class,
        "mentalHealthAct",
        SPECIAL_CATEGORY,
        "Detention under the Mental Health Act is health data; restriction also reveals offending.");
    rows.add(
        Party.class,
        "leaveAuthorisations",
        CLINICAL_CONFIDENTIAL,
        "s17 leave is a clinical decision of the responsible clinician, held in confidence.");
    rows.add(
        Party.class,
        "dischargeConditions",
        CLINICAL_CONFIDENTIAL,
        "Conditions of a conditional discharge are part of the patient's clinical and legal record.");
    rows.add(
        Party.class,
        "reasonToDoubtCapacity",
        SPECIAL_CATEGORY,
        "A reason to doubt capacity points to an impairment of mind (health).");
    rows.add(
        Party.class,
        "reasonToDoubtCapacityRationale",
        CLINICAL_CONFIDENTIAL,
        "The clinical reason capacity is in doubt.");
    rows.add(
        Party.class,
        "communicationNeeds",
        SPECIAL_CATEGORY,
        "Needs name autism, learning disability, brain injury, hearing or vision (disability).");
    rows.add(
        Party.class,
        "adjustments",
        SPECIAL_CATEGORY,
        "Adjustments follow from disability or health.");
    rows.add(
        Party.class,
        "vulnerabilityFlags",
        SPECIAL_CATEGORY,
        "Flags name self-harm risk, trauma history and substance use (health).");
    rows.add(
        Party.class,
        "victimContactScheme",
        SPECIAL_CATEGORY,
        "The scheme applies to victims of offenders under hospital orders (Art 10).");
    rows.add(
        Party.class,
        "acknowledgements",
        PARTYS_OWN_ACCOUNT,
        "What the person responsible has acknowledged is their own account of the harm.");
    rows.add(
        Party.class,
        "criminalResponsibility",
        SPECIAL_CATEGORY,
        "Diminished responsibility or insanity is health and criminal offence data.");
    rows.add(
        Party.class, "parentalInvolvement", PERSONAL, "Names who holds parental responsibility.");
    rows.add(
        MentalHealthActStatus.class,
        "section",
        SPECIAL_CATEGORY,
        "The section a patient is held under (health; a restriction order reveals offending).");
    rows.add(
        MentalHealthActStatus.class,
        "restricted",
        SPECIAL_CATEGORY,
        "A restriction order follows a criminal court's order (Art 10) for a patient (health).");
    rows.add(MentalHealthActStatus.class, "since", SPECIAL_CATEGORY, "The date detention began.");
    rows.add(
        LeaveAuthorisation.class, "type", CLINICAL_CONFIDENTIAL, "Part of an s17 leave decision.");
    rows.add(
        LeaveAuthorisation.class,
        "escort",
        CLINICAL_CONFIDENTIAL,
        "Part of an s17 leave decision.");
    rows.add(
        LeaveAuthorisation.class,
        "authorisedBy",
        CLINICAL_CONFIDENTIAL,
        "Part of an s17 leave decision.");
    rows.add(
        LeaveAuthorisation.class,
        "validFrom",
        CLINICAL_CONFIDENTIAL,
        "When the patient may be out of hospital.");
    rows.add(
        LeaveAuthorisation.class,
        "validTo",
        CLINICAL_CONFIDENTIAL,
        "When the patient may be out of hospital.");
    rows.add(
        LeaveAuthorisation.class,
        "conditions",
        CLINICAL_CONFIDENTIAL,
        "The clinician's conditions of leave.");
    rows.add(
        LeaveAuthorisation.class, "purpose", CLINICAL_CONFIDENTIAL, "Why the leave was granted.");
    rows.add(
        LeaveAuthorisation.class,
        "places",
        CLINICAL_CONFIDENTIAL,
        "Where the patient may go on leave.");
    rows.add(
        LeaveAuthorisation.class,
        "noContactWith",
        CLINICAL_CONFIDENTIAL,
        "A condition of the patient's leave.");
    rows.add(
        DischargeCondition.class,
        "type",
        CLINICAL_CONFIDENTIAL,
        "A condition of the patient's conditional discharge.");
    rows.add(
        DischargeCondition.class,
        "description",
        CLINICAL_CONFIDENTIAL,
        "The condition of discharge in words.");
    rows.add(
        DischargeCondition.class,
        "since",
        CLINICAL_CONFIDENTIAL,
        "When the condition was imposed.");
    rows.add(
        DischargeCondition.class,
        "place",
        PERSONAL,
        "An exclusion zone's area, which can say where the person harmed lives.");
    rows.add(DischargeCondition.class, "permittedException", PERSONAL, FREE_TEXT);
    rows.add(Adjustment.class, "type", SPECIAL_CATEGORY, "Follows from disability or health.");
    rows.add(
        Adjustment.class,
        "detail",
        SPECIAL_CATEGORY,
        "Describes the need behind an adjustment in words.");
    rows.add(
        VictimContactScheme.class,
        "status",
        SPECIAL_CATEGORY,
        "Eligibility follows from an offence and a hospital order (Art 10).");
    rows.add(
        VictimContactScheme.class,
        "route",
        SPECIAL_CATEGORY,
        "The route follows from the offender's restriction status (Art 10).");
    rows.add(
        Acknowledgement.class,
        "level",
        PARTYS_OWN_ACCOUNT,
        "How far the person acknowledges the harm is their own account.");
    rows.add(
        Acknowledgement.class,
        "note",
        PARTYS_OWN_ACCOUNT,
        "What the person said when acknowledging.");
    rows.add(
        Acknowledgement.class,
        "spokesperson",
        PERSONAL,
        "Who spoke for an organisation when it acknowledged.");
    rows.add(
        Spokesperson.class, "role", PERSONAL, "In a trust a post often identifies one person.");
    rows.add(Spokesperson.class, "name", PERSONAL, "Identifies the person who spoke.");
    rows.add(Spokesperson.class, "authority", PERSONAL, FREE_TEXT);
    rows.add(
        ParentalInvolvement.class,
        "holderOfResponsibility",
        PERSONAL,
        "Names the holder of parental responsibility.");
    rows.add(Facilitator.class, "name", PERSONAL, "Identifies the facilitator.");
    rows.add(
        Facilitator.class,
        "rjcRegistration",
        PERSONAL,
        "Finds the facilitator on the public register.");
    rows.add(
        TrainingRecord.class,
        "provider",
        NONE,
        "Names the organisation that gave a facilitator's training, not a person.");
    rows.add(DeclaredConflict.class, "detail", PERSONAL, FREE_TEXT);
    rows.add(Professional.class, "name", PERSONAL, "Identifies the professional.");
    rows.add(
        Professional.class,
        "organisation",
        NONE,
        "Names the organisation or team a professional works for (a treating team), not a person.");
    rows.add(
        Professional.class,
        "language",
        PERSONAL,
        "An interpreter's language is the party's language.");

    // consent
    rows.add(Consent.class, "methodReason", PERSONAL, "Why consent was verbal, in words.");
    rows.add(
        InformationProvided.class,
        "leafletId",
        NONE,
        "Identifies a published leaflet, the same for everyone given it.");
    rows.add(InformationProvided.class, "version", NONE, "The published leaflet's version.");
    rows.add(
        Recipient.class,
        "organisation",
        NONE,
        "Names an organisation a consent or a disclosure names (a police force, a GP practice), not a"
            + " person; the rules compare it.");
    rows.add(VoluntarinessCheck.class, "note", PERSONAL, FREE_TEXT);
    rows.add(
        Withdrawal.class,
        "reason",
        PARTYS_OWN_ACCOUNT,
        "The party's own reason for withdrawing; never required (Rule 8).");
    rows.add(
        CapacityAssessment.class,
        "reasonForDoubt",
        CLINICAL_CONFIDENTIAL,
        "The clinical reason capacity was doubted.");
    rows.add(
        CapacityAssessment.class,
        "impairmentIdentified",
        SPECIAL_CATEGORY,
        "Whether there is an impairment of the mind or brain (health).");
    rows.add(
        CapacityAssessment.class,
        "impairment",
        CLINICAL_CONFIDENTIAL,
        "The impairment or diagnosis, in words.");
    rows.add(
        CapacityAssessment.class,
        "causalLinkRationale",
        CLINICAL_CONFIDENTIAL,
        "The assessor's reasoning about the impairment.");
    rows.add(
        CapacityAssessment.class,
        "outcome",
        SPECIAL_CATEGORY,
        "A finding of incapacity is health data.");
    rows.add(
        CapacityAssessment.class,
        "fluctuating",
        SPECIAL_CATEGORY,
        "A fluctuating capacity describes the person's health.");
    rows.add(
        CapacityDecision.class,
        "description",
        PERSONAL,
        "The decision in question, naming the process and the people.");
    rows.add(
        LimbFinding.class,
        "ability",
        SPECIAL_CATEGORY,
        "Whether the person could understand, retain, weigh or communicate (health).");
    rows.add(
        LimbFinding.class, "evidence", CLINICAL_CONFIDENTIAL, "The assessor's evidence in words.");
    rows.add(
        PracticableStep.class,
        "detail",
        CLINICAL_CONFIDENTIAL,
        "The help given in a capacity assessment, in words.");
    rows.add(CompetenceAssessment.class, "notes", PERSONAL, "Notes about a child's understanding.");
    rows.add(Disclosure.class, "justification", PERSONAL, FREE_TEXT);
    rows.add(
        LawfulBasis.class,
        "reference",
        PERSONAL,
        "May be a court order's number, which finds the person in court records.");

    // assessment
    rows.add(AttendeeFinding.class, "riskLevel", PERSONAL, "A judgement about the person.");
    rows.add(
        AttendeeFinding.class,
        "risks",
        SPECIAL_CATEGORY,
        "Risks are described with the person's health and offending.");
    rows.add(AttendeeFinding.class, "strengths", PERSONAL, FREE_TEXT);
    rows.add(RiskAssessment.class, "conditions", PERSONAL, "Conditions to proceed, in words.");
    rows.add(SafetyPlan.class, "notes", PERSONAL, FREE_TEXT);
    rows.add(
        ClinicalConsultation.class,
        "advice",
        CLINICAL_CONFIDENTIAL,
        "The treating team's advice about the patient.");
    rows.add(
        ClinicalConsultation.class,
        "notes",
        CLINICAL_CONFIDENTIAL,
        "What the treating team said about the patient.");
    rows.add(SupervisorSignOff.class, "notes", PERSONAL, FREE_TEXT);
    rows.add(SafeguardingConcern.class, "referralRef", PERSONAL, LINKING_REFERENCE);
    rows.add(SafeguardingConcern.class, "description", PERSONAL, "The concern, in words.");
    rows.add(PauseDecision.class, "rationale", PERSONAL, FREE_TEXT);

    // questions and process
    rows.add(
        QuestionSet.class,
        "title",
        NONE,
        "The published title of a question set, the same in every case that uses it.");
    rows.add(QuestionSet.class, "licenceNote", NONE, "A note on the question set's licence.");
    rows.add(
        Question.class,
        "text",
        NONE,
        "The question as the catalogue words it, not anyone's answer to it.");
    rows.add(Question.class, "group", NONE, "The heading the catalogue files a question under.");
    rows.add(Source.class, "citation", NONE, "A published source of a question set.");
    rows.add(Source.class, "url", NONE, "Where a published source can be found.");
    rows.add(Response.class, "answer", PARTYS_OWN_ACCOUNT, "The party's answer in their words.");
    rows.add(Response.class, "checked", PARTYS_OWN_ACCOUNT, "The party's yes or no to a question.");
    rows.add(
        PreparationContact.class,
        "notes",
        PARTYS_OWN_ACCOUNT,
        "What the party told the facilitator in preparation.");
    rows.add(Venue.class, "description", PERSONAL, "May be a person's home or a named place.");
    rows.add(Venue.class, "place", PERSONAL, "Where the venue is; may be a person's home.");
    rows.add(Meeting.class, "notes", PERSONAL, "What was said in the meeting.");
    rows.add(
        Message.class, "content", PARTYS_OWN_ACCOUNT, "The party's letter, message or recording.");

    // outcome
    rows.add(OutcomeAgreement.class, "notes", PERSONAL, FREE_TEXT);
    rows.add(PartyAgreement.class, "signatureRef", PERSONAL, "Finds the signed document.");
    rows.add(ConfidentialityTerms.class, "note", PERSONAL, FREE_TEXT);
    rows.add(
        PartyOrRole.class, "role", NONE, "A post such as \"Ward manager\", not a person's name.");
    rows.add(Action.class, "description", PERSONAL, "What a party will do, in words.");
    rows.add(Action.class, "successCriteria", PERSONAL, FREE_TEXT);
    rows.add(Action.class, "evidenceNotes", PERSONAL, FREE_TEXT);
    rows.add(Evaluation.class, "satisfaction", PARTYS_OWN_ACCOUNT, "The party's own rating.");
    rows.add(Evaluation.class, "wouldRecommend", PARTYS_OWN_ACCOUNT, "The party's own answer.");
    rows.add(Evaluation.class, "feltAfter", PARTYS_OWN_ACCOUNT, "The party's own answer.");
    rows.add(
        Evaluation.class,
        "iesRScore",
        SPECIAL_CATEGORY,
        "A trauma symptom score (IES-R) is health data.");
    rows.add(Evaluation.class, "proceduralFairness", PARTYS_OWN_ACCOUNT, "The party's own rating.");
    rows.add(Evaluation.class, "comments", PARTYS_OWN_ACCOUNT, "The party's own words.");

    // a proposed stage change, which carries a note into the history
    rows.add(Move.class, "note", PERSONAL, FREE_TEXT);

    return List.copyOf(rows.entries);
  }

  private static Map<Class<?>, Map<String, Sensitivity>> index(List<FieldSensitivity> entries) {
    Invariants.unique(entries, FieldSensitivity::qualifiedName, "field sensitivity table");
    Map<Class<?>, Map<String, Sensitivity>> index = new HashMap<>();
    for (FieldSensitivity entry : entries) {
      index
          .computeIfAbsent(entry.type(), type -> new HashMap<>())
          .put(entry.attribute(), entry.sensitivity());
    }
    index.replaceAll((type, fields) -> Map.copyOf(fields));
    return Map.copyOf(index);
  }

  private static final class Rows {
    private final List<FieldSensitivity> entries = new ArrayList<>();

    void add(Class<?> type, String attribute, Sensitivity sensitivity, String reason) {
      entries.add(
          new FieldSensitivity.Builder()
              .type(type)
              .attribute(attribute)
              .sensitivity(sensitivity)
              .reason(reason)
              .build());
    }
  }
}
