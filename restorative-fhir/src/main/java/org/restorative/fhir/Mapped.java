package org.restorative.fhir;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The declaration of where each attribute of the model that the Bundle carries goes, as a JSON
 * Pointer pattern into the case-record format ({@code *} stands for an index) with its FHIR
 * element. Extensions are the library's ({@code urn:restorative:fhir:extension:NAME}); codes are
 * codings of the library's code systems unless said otherwise. With {@link NotCarried} it covers
 * every attribute of the format (a test walks the format's JSON Schema), and docs/fhir.md is
 * generated from the two.
 */
final class Mapped {

  private Mapped() {}

  static final Map<String, String> DECLARED = declared();

  private static Map<String, String> declared() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("/format", "(the JSON format's own name: not part of the case)");
    d.put("/formatVersion", "(the JSON format's own version: not part of the case)");
    d.put(
        "/id", "EpisodeOfCare.identifier (system urn:restorative:fhir:id:case); Bundle.identifier");
    d.put(
        "/stage",
        "EpisodeOfCare extension case-stage; EpisodeOfCare.status the nearest FHIR status");
    d.put("/referral/receivedAt", "EpisodeOfCare.period.start");
    d.put("/referral/source", "EpisodeOfCare extension referral-source");
    d.put(
        "/referral/harms", "EpisodeOfCare extension referral-harm (Reference to the AdverseEvent)");
    d.put("/referral/acceptedAt", "EpisodeOfCare extension referral-accepted-at");
    d.put("/referral/caseOwner", "EpisodeOfCare.careManager (logical reference: the actor id)");
    d.put(
        "/referral/notes",
        "EpisodeOfCare extension referral-notes (free text; R4's EpisodeOfCare has no note)");
    d.put("/pause/pausedFrom", "EpisodeOfCare extension pause, part paused-from");
    d.put("/pause/reason", "EpisodeOfCare extension pause, part reason");
    d.put("/pause/since", "EpisodeOfCare extension pause, part since");
    d.put("/pause/reviewOn", "EpisodeOfCare extension pause, part review-on");
    d.put("/closure/closedAt", "EpisodeOfCare.period.end; extension closure, part closed-at");
    d.put(
        "/closure/notProceedingReason",
        "EpisodeOfCare extension closure, part not-proceeding-reason");
    d.put("/closure/summary", "EpisodeOfCare extension closure, part summary (free text)");
    d.put("/reopenedFrom", "EpisodeOfCare extension reopened-from (Identifier of the case system)");
    d.put("/reopenedAs", "EpisodeOfCare extension reopened-as (Identifier of the case system)");

    d.put("/harms/*/id", "AdverseEvent.identifier (system urn:restorative:fhir:id:harm)");
    d.put(
        "/harms/*/externalIncidentRefs/*/system",
        "AdverseEvent extension external-incident-ref: Identifier.type.text");
    d.put(
        "/harms/*/externalIncidentRefs/*/reference",
        "AdverseEvent extension external-incident-ref: Identifier.value");
    d.put("/harms/*/occurred/from", "AdverseEvent.date");
    d.put("/harms/*/occurred/to", "AdverseEvent extension occurred-end");
    d.put("/harms/*/occurred/precision", "AdverseEvent extension occurrence-precision");
    d.put("/harms/*/reportedOn", "AdverseEvent.recordedDate (a date)");
    d.put("/harms/*/setting", "AdverseEvent extension setting");
    d.put("/harms/*/context", "AdverseEvent extension harm-context");
    d.put("/harms/*/otherContext", "AdverseEvent extension other-context");
    d.put("/harms/*/types", "AdverseEvent.category, one per type");
    d.put("/harms/*/severity/scale", "AdverseEvent extension severity, part scale");
    d.put("/harms/*/severity/grade", "AdverseEvent extension severity, part grade");
    d.put("/harms/*/severity/localScale", "AdverseEvent extension severity, part local-scale");
    d.put("/harms/*/sensitiveFlags", "AdverseEvent extension sensitive-flag, one per flag");
    d.put("/harms/*/legalStatus", "AdverseEvent extension legal-status");
    d.put(
        "/harms/*/involvedPersons/*/party",
        "AdverseEvent extension involved-person, part party; the first harmed Patient or RelatedPerson is AdverseEvent.subject");
    d.put("/harms/*/involvedPersons/*/role", "AdverseEvent extension involved-person, part role");
    d.put("/harms/*/relationship", "AdverseEvent extension relationship");
    d.put("/harms/*/ongoingCoexistence", "AdverseEvent extension ongoing-coexistence");
    d.put("/harms/*/dutyOfCandour/applies", "AdverseEvent extension duty-of-candour, part applies");
    d.put(
        "/harms/*/dutyOfCandour/notificationRef",
        "AdverseEvent extension duty-of-candour, part notification-ref");
    d.put("/harms/*/safeguardingReferralRef", "AdverseEvent extension safeguarding-referral-ref");
    String flag = "Flag (extension harm: the AdverseEvent)";
    d.put("/harms/*/contactRestrictions/*/type", flag + ".code");
    d.put(
        "/harms/*/contactRestrictions/*/protectedParty",
        flag + " extension protected-party; Flag.subject when the restricted party is not one");
    d.put(
        "/harms/*/contactRestrictions/*/restrictedParty",
        flag + " extension restricted-party; Flag.subject when a Patient or Organization");
    d.put("/harms/*/contactRestrictions/*/source", flag + " extension source");
    d.put("/harms/*/contactRestrictions/*/startsOn", flag + ".period.start (a date)");
    d.put("/harms/*/contactRestrictions/*/endsOn", flag + ".period.end (a date)");
    d.put(
        "/harms/*/contactRestrictions/*/permittedException",
        flag + " extension permitted-exception");
    d.put(
        "/harms/*/contactRestrictions/*/place",
        flag + " extension place (Identifier of the system urn:restorative:fhir:id:place)");
    d.put(
        "/harms/*/narrative",
        "AdverseEvent extension narrative (R4's AdverseEvent has no description)");

    String party = "Patient, RelatedPerson or Organization";
    d.put("/parties/*/id", party + ".identifier (system urn:restorative:fhir:id:party)");
    d.put("/parties/*/role", party + " extension party-role");
    d.put("/parties/*/personType", party + " extension person-type");
    d.put(
        "/parties/*/name",
        "Patient or RelatedPerson .name (use official, text); Organization.name");
    d.put(
        "/parties/*/preferredName",
        "Patient or RelatedPerson .name (use usual, text); Organization.alias");
    d.put("/parties/*/dateOfBirth", "Patient or RelatedPerson .birthDate");
    d.put("/parties/*/ageBand", party + " extension age-band");
    d.put("/parties/*/language", "Patient or RelatedPerson .communication.language.text");
    d.put(
        "/parties/*/principal",
        "RelatedPerson.patient; for a party whose principal is an organisation, extension principal");
    d.put(
        "/parties/*/relationshipToPrincipal",
        "RelatedPerson.relationship; otherwise extension relationship-to-principal");
    d.put("/parties/*/speakingRole", party + " extension speaking-role");
    d.put("/parties/*/careContext", party + " extension care-context");
    d.put(
        "/parties/*/reasonToDoubtCapacity",
        party + " extension reason-to-doubt-capacity (when true)");
    d.put("/parties/*/communicationNeeds", party + " extension communication-need, one per need");
    d.put("/parties/*/vulnerabilityFlags", party + " extension vulnerability-flag, one per flag");
    d.put(
        "/parties/*/mentalHealthAct/section",
        party + " extension mental-health-act, part section (code system mha-status)");
    d.put(
        "/parties/*/mentalHealthAct/restricted",
        party + " extension mental-health-act, part restricted");
    d.put("/parties/*/mentalHealthAct/since", party + " extension mental-health-act, part since");
    d.put(
        "/parties/*/mentalHealthAct/orderNamesUnit",
        party + " extension mental-health-act, part order-names-unit");
    d.put(
        "/parties/*/pronouns",
        party + " extension pronouns (R4 has no element; R5's is an extension)");
    d.put("/parties/*/criminalResponsibility", party + " extension criminal-responsibility");
    d.put(
        "/parties/*/victimContactScheme/status",
        party + " extension victim-contact-scheme, part status");
    d.put(
        "/parties/*/victimContactScheme/route",
        party + " extension victim-contact-scheme, part route");
    d.put(
        "/parties/*/adjustments/*/type",
        party + " extension adjustment, one per adjustment, part type");
    d.put(
        "/parties/*/adjustments/*/detail",
        party + " extension adjustment, part detail (free text)");
    d.put(
        "/parties/*/reasonToDoubtCapacityRationale",
        party + " extension reason-to-doubt-capacity-rationale (free text)");
    d.put("/parties/*/acknowledgements/*/level", party + " extension acknowledgement, part level");
    d.put(
        "/parties/*/acknowledgements/*/acknowledgedOn",
        party + " extension acknowledgement, part acknowledged-on");
    d.put(
        "/parties/*/acknowledgements/*/recordedBy",
        party + " extension acknowledgement, part recorded-by (logical reference: the actor id)");
    d.put(
        "/parties/*/acknowledgements/*/note",
        party + " extension acknowledgement, part note (free text)");
    for (String part : new String[] {"role", "name", "authority"}) {
      d.put(
          "/parties/*/acknowledgements/*/spokesperson/" + part,
          party + " extension acknowledgement, part spokesperson, part " + part + " (text)");
    }
    String parental = party + " extension parental-involvement";
    d.put(
        "/parties/*/parentalInvolvement/holderOfResponsibility",
        parental + ", part holder-of-responsibility (text)");
    d.put("/parties/*/parentalInvolvement/informed", parental + ", part informed");
    d.put("/parties/*/parentalInvolvement/consented", parental + ", part consented");
    d.put("/parties/*/parentalInvolvement/recordedOn", parental + ", part recorded-on");
    String leave = "Basic (code LEAVE_AUTHORISATION, subject the party's resource)";
    d.put("/parties/*/leaveAuthorisations/*/type", leave + " extension leave-type");
    d.put("/parties/*/leaveAuthorisations/*/escort", leave + " extension escort");
    d.put("/parties/*/leaveAuthorisations/*/authorisedBy", leave + " extension authorised-by");
    d.put("/parties/*/leaveAuthorisations/*/validFrom", leave + " extension valid-from");
    d.put("/parties/*/leaveAuthorisations/*/validTo", leave + " extension valid-to");
    d.put(
        "/parties/*/leaveAuthorisations/*/conditions",
        leave + " extension condition, one per condition (text)");
    d.put("/parties/*/leaveAuthorisations/*/purpose", leave + " extension purpose (free text)");
    d.put(
        "/parties/*/leaveAuthorisations/*/places",
        leave
            + " extension place, one per place (Identifier of the system"
            + " urn:restorative:fhir:id:place)");
    d.put(
        "/parties/*/leaveAuthorisations/*/noContactWith",
        leave + " extension no-contact-with, one per party");
    String discharge = "Basic (code DISCHARGE_CONDITION, subject the party's resource)";
    d.put(
        "/parties/*/dischargeConditions/*/type", discharge + " extension discharge-condition-type");
    d.put(
        "/parties/*/dischargeConditions/*/protectedParty",
        discharge + " extension protected-party");
    d.put(
        "/parties/*/dischargeConditions/*/description",
        discharge + " extension description (free text)");
    d.put("/parties/*/dischargeConditions/*/since", discharge + " extension since");
    d.put(
        "/parties/*/dischargeConditions/*/place",
        discharge + " extension place (Identifier of the system urn:restorative:fhir:id:place)");
    d.put(
        "/parties/*/dischargeConditions/*/permittedException",
        discharge + " extension permitted-exception (free text)");

    d.put(
        "/facilitators/*/id",
        "Practitioner.identifier (system urn:restorative:fhir:id:facilitator)");
    d.put(
        "/facilitators/*/role",
        "PractitionerRole.code (PractitionerRole.practitioner names the Practitioner)");
    d.put("/facilitators/*/name", "Practitioner.name.text");
    d.put("/facilitators/*/external", "Practitioner extension external (when true)");
    d.put("/facilitators/*/lastSupervisionOn", "Practitioner extension last-supervision-on");
    d.put(
        "/facilitators/*/lastObservedPracticeOn",
        "Practitioner extension last-observed-practice-on");
    d.put(
        "/facilitators/*/rjcRegistration",
        "Practitioner extension rjc-registration (the Restorative Justice Council publishes no"
            + " FHIR identifier system)");
    d.put("/facilitators/*/trainingRecords/*/level", "Practitioner.qualification.code");
    d.put(
        "/facilitators/*/trainingRecords/*/completedOn", "Practitioner.qualification.period.start");
    d.put(
        "/facilitators/*/trainingRecords/*/provider", "Practitioner.qualification.issuer.display");
    d.put(
        "/facilitators/*/trainingRecords/*/rjcRegisteredProvider",
        "Practitioner.qualification extension rjc-registered-provider (when true)");
    d.put(
        "/facilitators/*/cpd/*/year",
        "Practitioner extension cpd, one per year, part year (integer); R4's qualification is for"
            + " certificates, not hours of development");
    d.put("/facilitators/*/cpd/*/hours", "Practitioner extension cpd, part hours (decimal)");
    d.put(
        "/facilitators/*/cpd/*/rjcApprovedHours",
        "Practitioner extension cpd, part rjc-approved-hours (decimal)");
    d.put(
        "/facilitators/*/conflictDeclaration/declaredAt",
        "Practitioner extension conflict-declaration, part declared-at");
    d.put(
        "/facilitators/*/conflictDeclaration/conflicts/*/kind",
        "Practitioner extension conflict-declaration, part conflict, one per conflict, part kind");
    d.put(
        "/facilitators/*/conflictDeclaration/conflicts/*/party",
        "Practitioner extension conflict-declaration, part conflict, part party");
    d.put(
        "/facilitators/*/conflictDeclaration/conflicts/*/detail",
        "Practitioner extension conflict-declaration, part conflict, part detail (free text)");
    d.put(
        "/professionals/*/id",
        "Practitioner.identifier (system urn:restorative:fhir:id:professional)");
    d.put("/professionals/*/role", "PractitionerRole.code");
    d.put("/professionals/*/name", "Practitioner.name.text");
    d.put("/professionals/*/organisation", "PractitionerRole.organization.display");
    d.put("/professionals/*/language", "Practitioner.communication.text");
    d.put(
        "/professionals/*/relatedParties",
        "PractitionerRole extension related-party, one per party");

    d.put("/consents/*/id", "Consent.identifier (system urn:restorative:fhir:id:consent)");
    d.put(
        "/consents/*/party",
        "Consent.performer; Consent.patient is the party or the principal they support, when a Patient");
    d.put(
        "/consents/*/kind",
        "Consent.scope, Consent.category and Consent.policyRule (code system consent-kind)");
    d.put(
        "/consents/*/participation/processTypes",
        "Consent.provision (permit) .code, one per process type");
    d.put("/consents/*/participation/media", "Consent.provision (permit) .code, one per medium");
    d.put("/consents/*/sharing/recipients/*/type", "Consent.provision.actor.role");
    d.put("/consents/*/sharing/recipients/*/party", "Consent.provision.actor.reference");
    d.put(
        "/consents/*/sharing/recipients/*/organisation",
        "Consent.provision.actor.reference.display");
    d.put("/consents/*/sharing/purposes", "Consent.provision.purpose, one per purpose");
    d.put(
        "/consents/*/status",
        "Consent extension consent-status; Consent.status the nearest FHIR state");
    d.put("/consents/*/obtainedAt", "Consent.dateTime");
    d.put(
        "/consents/*/obtainedBy",
        "Consent extension obtained-by (logical reference: the actor id)");
    d.put("/consents/*/method", "Consent extension method");
    d.put("/consents/*/givenBy", "Consent extension given-by");
    d.put("/consents/*/reconfirmations/*/at", "Consent extension reconfirmation, part at");
    d.put("/consents/*/reconfirmations/*/by", "Consent extension reconfirmation, part by");
    d.put("/consents/*/reconfirmations/*/method", "Consent extension reconfirmation, part method");
    d.put("/consents/*/reviewDueOn", "Consent extension review-due-on");
    d.put(
        "/consents/*/informationProvided/leafletId",
        "Consent extension information-provided, part leaflet-id");
    d.put(
        "/consents/*/informationProvided/version",
        "Consent extension information-provided, part version");
    d.put(
        "/consents/*/informationProvided/topics",
        "Consent extension information-provided, part topic, one per topic");
    d.put("/consents/*/capacityBasis/type", "Consent extension capacity-basis, part type");
    d.put(
        "/consents/*/capacityBasis/assessment",
        "Consent extension capacity-basis, part assessment (Identifier of the capacity assessment)");
    d.put(
        "/consents/*/competenceBasis",
        "Consent extension competence-basis (Identifier of the competence assessment)");
    d.put(
        "/consents/*/voluntariness/checkedAt", "Consent extension voluntariness, part checked-at");
    d.put("/consents/*/voluntariness/confirmed", "Consent extension voluntariness, part confirmed");
    d.put(
        "/consents/*/confidentialityLimitsExplained",
        "Consent extension confidentiality-limits-explained (when true)");
    d.put(
        "/consents/*/interpreter",
        "Consent extension interpreter (Identifier of the professional)");
    d.put("/consents/*/withdrawal/party", "(the consent's party: Consent.performer)");
    d.put("/consents/*/withdrawal/at", "Consent extension withdrawal, part at");
    d.put("/consents/*/withdrawal/scope", "Consent extension withdrawal, part scope");
    d.put("/consents/*/withdrawal/processType", "Consent extension withdrawal, part process-type");
    d.put(
        "/consents/*/withdrawal/meeting",
        "Consent extension withdrawal, part meeting (Identifier)");
    d.put("/consents/*/withdrawal/recordedBy", "Consent extension withdrawal, part recorded-by");
    d.put("/consents/*/withdrawal/reason", "Consent extension withdrawal, part reason (free text)");
    String withdrawal = "Basic (code WITHDRAWAL)";
    d.put("/withdrawals/*/party", withdrawal + ".subject (the party's resource)");
    for (String part : new String[] {"at", "scope", "processType", "meeting", "recordedBy"}) {
      d.put(
          "/withdrawals/*/" + part,
          withdrawal + " extension withdrawal, part " + kebab(part) + " (as on a Consent)");
    }
    d.put("/withdrawals/*/reason", withdrawal + " extension withdrawal, part reason (free text)");
    d.put(
        "/consents/*/methodReason",
        "Consent extension method-reason (free text; R4's Consent has no note)");
    d.put(
        "/consents/*/voluntariness/note", "Consent extension voluntariness, part note (free text)");

    String audit = "AuditEvent (type DICOM 110106 Export)";
    d.put(
        "/disclosures/*/id",
        audit
            + " extension disclosure-id (Identifier of the system urn:restorative:fhir:id:disclosure;"
            + " R4's AuditEvent has no identifier)");
    d.put("/disclosures/*/subject", audit + ".entity.what (the party's resource)");
    d.put(
        "/disclosures/*/recipient/type",
        audit + ".agent.type of the agent that is not the requestor (code system recipient-type)");
    d.put("/disclosures/*/recipient/party", audit + ".agent.who of that agent");
    d.put("/disclosures/*/recipient/organisation", audit + ".agent.who.display of that agent");
    d.put(
        "/disclosures/*/disclosedAt",
        audit + ".recorded (the model holds one time for the disclosure)");
    d.put(
        "/disclosures/*/by",
        audit + ".agent.who of the requestor (logical reference: the actor id)");
    d.put("/disclosures/*/medium", audit + " extension medium");
    d.put(
        "/disclosures/*/items",
        audit + ".entity.type, one entity per item (code system disclosed-item)");
    d.put("/disclosures/*/purpose", audit + ".purposeOfEvent (code system sharing-purpose)");
    d.put(
        "/disclosures/*/consent",
        audit + " extension consent (Reference to the Consent, with its identifier)");
    d.put("/disclosures/*/lawfulBasis/type", audit + " extension lawful-basis, part type");
    d.put(
        "/disclosures/*/lawfulBasis/reference", audit + " extension lawful-basis, part reference");
    d.put("/disclosures/*/justification", audit + " extension justification (free text)");
    d.put(
        "/disclosures/*/fromMinimumDataset", audit + " extension from-minimum-dataset (when true)");

    String capacity = "Observation (code CAPACITY_ASSESSMENT)";
    d.put(
        "/capacityAssessments/*/id",
        capacity + ".identifier (system urn:restorative:fhir:id:capacity-assessment)");
    d.put("/capacityAssessments/*/party", capacity + ".subject when a Patient, else .focus");
    d.put(
        "/capacityAssessments/*/decision/description",
        capacity + " extension capacity-decision, part description");
    d.put(
        "/capacityAssessments/*/decision/processType",
        capacity + " extension capacity-decision, part process-type");
    d.put(
        "/capacityAssessments/*/decision/counterparties",
        capacity + " extension capacity-decision, part counterparty");
    d.put("/capacityAssessments/*/assessedAt", capacity + ".effectiveDateTime");
    d.put(
        "/capacityAssessments/*/assessor",
        capacity + ".performer (logical reference: the actor id)");
    d.put(
        "/capacityAssessments/*/relevantInformationProvided",
        capacity + ".component RELEVANT_INFORMATION_PROVIDED (boolean)");
    for (String limb : new String[] {"understand", "retain", "useOrWeigh", "communicate"}) {
      d.put(
          "/capacityAssessments/*/functional/" + limb + "/ability",
          capacity + ".component coded by the limb (functional-limb), value the ability");
      d.put(
          "/capacityAssessments/*/functional/" + limb + "/evidence",
          capacity
              + ".component coded by the limb, extension evidence (free text: the component's"
              + " value is the ability, and R4's component has no note)");
    }
    d.put(
        "/capacityAssessments/*/reasonForDoubt",
        capacity + " extension reason-for-doubt (free text)");
    d.put("/capacityAssessments/*/impairment", capacity + " extension impairment (free text)");
    d.put(
        "/capacityAssessments/*/causalLinkRationale",
        capacity + " extension causal-link-rationale (free text)");
    d.put(
        "/capacityAssessments/*/impairmentIdentified",
        capacity + ".component IMPAIRMENT_IDENTIFIED (boolean)");
    d.put(
        "/capacityAssessments/*/causalLinkEstablished",
        capacity + ".component CAUSAL_LINK_ESTABLISHED (boolean)");
    d.put("/capacityAssessments/*/outcome", capacity + ".valueCodeableConcept");
    d.put("/capacityAssessments/*/fluctuating", capacity + ".component FLUCTUATING (boolean)");
    d.put("/capacityAssessments/*/reassessBy", capacity + " extension reassess-by");
    d.put(
        "/capacityAssessments/*/practicableSteps/*/type",
        capacity + " extension practicable-step, one per step, part type");
    d.put(
        "/capacityAssessments/*/practicableSteps/*/detail",
        capacity + " extension practicable-step, part detail (free text)");
    d.put(
        "/capacityAssessments/*/notBasedSolelyOnStatus",
        capacity + ".component NOT_BASED_SOLELY_ON_STATUS (boolean)");
    d.put("/capacityAssessments/*/testOrder", capacity + " extension test-order");

    String competence = "Observation (code COMPETENCE_ASSESSMENT)";
    d.put(
        "/competenceAssessments/*/id",
        competence + ".identifier (system urn:restorative:fhir:id:competence-assessment)");
    d.put("/competenceAssessments/*/party", competence + ".subject when a Patient, else .focus");
    d.put("/competenceAssessments/*/assessedAt", competence + ".effectiveDateTime");
    d.put(
        "/competenceAssessments/*/assessor",
        competence + ".performer (logical reference: the actor id)");
    d.put("/competenceAssessments/*/processType", competence + " extension process-type");
    d.put(
        "/competenceAssessments/*/understandsIssues",
        competence + ".component UNDERSTANDS_ISSUES (boolean)");
    d.put(
        "/competenceAssessments/*/understandsRisksAndOptions",
        competence + ".component UNDERSTANDS_RISKS_AND_OPTIONS (boolean)");
    d.put(
        "/competenceAssessments/*/canGiveReasons",
        competence + ".component CAN_GIVE_REASONS (boolean)");
    d.put(
        "/competenceAssessments/*/maturityConsidered",
        competence + ".component MATURITY_CONSIDERED (boolean)");
    d.put("/competenceAssessments/*/outcome", competence + ".valueCodeableConcept");
    d.put("/competenceAssessments/*/notes", competence + ".note (free text)");

    d.put(
        "/history/*/id",
        "Provenance extension event-id (Identifier of the system urn:restorative:fhir:id:event)");
    d.put("/history/*/at", "Provenance.recorded");
    d.put("/history/*/by", "Provenance.agent.who (logical reference: the actor id)");
    d.put("/history/*/type", "Provenance.activity");
    d.put("/history/*/from", "Provenance extension from-stage");
    d.put("/history/*/to", "Provenance extension to-stage");
    d.put("/history/*/pauseReason", "Provenance extension pause-reason");
    d.put("/history/*/notProceedingReason", "Provenance extension not-proceeding-reason");
    d.put("/history/*/party", "Provenance extension party");
    d.put("/history/*/note", "Provenance extension note (free text; R4's Provenance has no note)");
    meetingsAndMessages(d);
    processes(d);
    oversight(d);
    plans(d);
    responses(d);
    return d;
  }

  private static void responses(Map<String, String> d) {
    String use = "QuestionnaireResponse (a use of a question set)";
    d.put(
        "/questionSetUses/*/id",
        use + ".identifier (system urn:restorative:fhir:id:question-set-use)");
    d.put(
        "/questionSetUses/*/questionSet/id",
        use
            + ".questionnaire: urn:restorative:fhir:Questionnaire:ID|VERSION (Questionnaires.all())");
    d.put("/questionSetUses/*/questionSet/version", use + ".questionnaire, after the |");
    d.put("/questionSetUses/*/usedAt", use + ".authored");
    d.put(
        "/questionSetUses/*/meeting",
        use + ".encounter (logical reference: the meeting's identifier)");
    d.put(
        "/questionSetUses/*/preparationContact",
        use + " extension preparation-contact (Identifier)");
    d.put("/questionSetUses/*/message", use + " extension message (Identifier)");
    d.put(
        "/questionSetUses/*/responses/*/respondent",
        use + ".item extension respondent, one item per response in order");
    d.put("/questionSetUses/*/responses/*/questionOrdinal", use + ".item.linkId");
    d.put("/questionSetUses/*/responses/*/answer", use + ".item.answer.valueString");
    d.put("/questionSetUses/*/responses/*/checked", use + ".item.answer.valueBoolean");
    d.put("/questionSetUses/*/responses/*/declined", use + ".item extension declined");

    String evaluation = "QuestionnaireResponse (the evaluation form)";
    d.put(
        "/evaluations/*/id",
        evaluation + ".identifier (system urn:restorative:fhir:id:evaluation)");
    d.put("/evaluations/*/party", evaluation + ".subject");
    d.put("/evaluations/*/roleAtTime", evaluation + " extension role-at-time");
    d.put(
        "/evaluations/*/uptake",
        evaluation + " extension uptake; QuestionnaireResponse.status the nearest FHIR status");
    d.put("/evaluations/*/offeredAt", evaluation + " extension offered-at");
    d.put("/evaluations/*/completedAt", evaluation + ".authored");
    d.put("/evaluations/*/completedProcess", evaluation + " extension completed-process");
    d.put("/evaluations/*/satisfaction", evaluation + ".item satisfaction (valueCoding)");
    d.put("/evaluations/*/wouldRecommend", evaluation + ".item would-recommend (valueBoolean)");
    d.put("/evaluations/*/feltAfter", evaluation + ".item felt-after (valueCoding)");
    d.put("/evaluations/*/iesRScore", evaluation + ".item ies-r-score (valueInteger)");
    d.put(
        "/evaluations/*/proceduralFairness",
        evaluation + ".item procedural-fairness (valueInteger)");
    d.put("/evaluations/*/comments", evaluation + ".item comments (valueString)");
  }

  private static void plans(Map<String, String> d) {
    String risk = "RiskAssessment";
    d.put(
        "/riskAssessments/*/id",
        risk + ".identifier (system urn:restorative:fhir:id:risk-assessment)");
    d.put("/riskAssessments/*/assessor", risk + ".performer (the facilitator's Practitioner)");
    d.put("/riskAssessments/*/startedAt", risk + ".occurrencePeriod.start");
    d.put("/riskAssessments/*/completedAt", risk + ".occurrencePeriod.end");
    d.put(
        "/riskAssessments/*/status",
        risk + ".status: preliminary (IN_PROGRESS) or final (COMPLETED)");
    d.put("/riskAssessments/*/processTypes", risk + " extension process-type, one per type");
    d.put(
        "/riskAssessments/*/findings/*/party",
        risk
            + ".prediction extension party; the first party written as a Patient is "
            + risk
            + ".subject");
    d.put("/riskAssessments/*/findings/*/riskLevel", risk + ".prediction.qualitativeRisk");
    d.put("/riskAssessments/*/findings/*/risks", risk + ".prediction.rationale");
    d.put("/riskAssessments/*/findings/*/strengths", risk + ".prediction extension strengths");
    d.put("/riskAssessments/*/domainsConsidered", risk + " extension risk-domain, one per domain");
    d.put("/riskAssessments/*/outcome", risk + " extension risk-outcome");
    d.put("/riskAssessments/*/conditions", risk + " extension condition, one per condition");
    d.put("/riskAssessments/*/reviewBy", risk + " extension review-by");

    String concern = "Basic (code SAFEGUARDING_CONCERN)";
    d.put(
        "/safeguardingConcerns/*/id",
        concern + ".identifier (system urn:restorative:fhir:id:safeguarding-concern)");
    d.put("/safeguardingConcerns/*/raisedAt", concern + " extension raised-at");
    d.put(
        "/safeguardingConcerns/*/raisedBy", concern + ".author (logical reference: the actor id)");
    d.put(
        "/safeguardingConcerns/*/about",
        concern + " extension about, one per party; the first party is Basic.subject");
    d.put(
        "/safeguardingConcerns/*/referralRef",
        concern + " extension referral-ref (the referral's reference in its own system)");
    d.put("/safeguardingConcerns/*/description", concern + " extension description (free text)");
    d.put(
        "/safeguardingConcerns/*/pauseDecision/decidedAt",
        concern + " extension pause-decision, part decided-at");
    d.put(
        "/safeguardingConcerns/*/pauseDecision/pause",
        concern + " extension pause-decision, part pause");
    d.put(
        "/safeguardingConcerns/*/pauseDecision/rationale",
        concern + " extension pause-decision, part rationale (free text)");
    d.put(
        "/safeguardingConcerns/*/pauseDecision/decidedBy",
        concern + " extension pause-decision, part decided-by (logical reference: the actor id)");

    String safety = "CarePlan (category SAFETY_PLAN)";
    d.put("/safetyPlans/*/id", safety + ".identifier (system urn:restorative:fhir:id:safety-plan)");
    d.put(
        "/safetyPlans/*/meeting",
        safety + ".encounter (logical reference: the meeting's identifier)");
    d.put("/safetyPlans/*/agreedAt", safety + ".created");
    d.put("/safetyPlans/*/measures", safety + " extension safety-measure, one per measure");
    d.put("/safetyPlans/*/notes", safety + ".note (free text)");

    String plan = "CarePlan (category OUTCOME_AGREEMENT)";
    d.put("/agreements/*/id", plan + ".identifier (system urn:restorative:fhir:id:agreement)");
    d.put(
        "/agreements/*/meeting", plan + ".encounter (logical reference: the meeting's identifier)");
    d.put("/agreements/*/process", plan + " extension process");
    d.put("/agreements/*/createdAt", plan + ".created");
    d.put(
        "/agreements/*/status",
        plan + " extension agreement-status; CarePlan.status the nearest FHIR status");
    d.put(
        "/agreements/*/partyAgreements/*/party",
        plan
            + " extension party-agreement, part party; the first party written as a Patient is"
            + " CarePlan.subject");
    for (String part : new String[] {"agreed", "method", "at", "signatureRef", "freelyGiven"}) {
      d.put(
          "/agreements/*/partyAgreements/*/" + part,
          plan + " extension party-agreement, part " + kebab(part));
    }
    d.put(
        "/agreements/*/monitoring/monitor/party",
        plan + " extension monitoring, part monitor (a Reference to the party)");
    d.put(
        "/agreements/*/monitoring/monitor/role",
        plan + " extension monitoring, part monitor (a Reference with the role as display)");
    d.put("/agreements/*/monitoring/method", plan + " extension monitoring, part method");
    d.put(
        "/agreements/*/monitoring/reviewDates",
        plan + " extension monitoring, part review-date, one per date");
    d.put(
        "/agreements/*/confidentiality/copiesTo",
        plan + " extension confidentiality, part copies-to, one per party");
    for (String part : new String[] {"type", "party", "organisation"}) {
      d.put(
          "/agreements/*/confidentiality/mayBeSharedWith/*/" + part,
          plan + " extension confidentiality, part may-be-shared-with, part " + part);
    }
    d.put(
        "/agreements/*/confidentiality/note",
        plan + " extension confidentiality, part note (free text)");
    d.put("/agreements/*/notes", plan + ".note (free text)");
    d.put("/agreements/*/questionSet/id", plan + " extension question-set, part id");
    d.put("/agreements/*/questionSet/version", plan + " extension question-set, part version");
    d.put(
        "/agreements/*/supersedes",
        plan + ".replaces (logical reference: the superseded agreement's identifier)");

    d.put("/actions/*/id", "Task.identifier (system urn:restorative:fhir:id:action)");
    d.put("/actions/*/agreement", "Task.basedOn (logical reference: the agreement's identifier)");
    d.put("/actions/*/type", "Task.code");
    d.put("/actions/*/description", "Task.description");
    d.put("/actions/*/owner/party", "Task.owner (a Reference to the party)");
    d.put("/actions/*/owner/role", "Task.owner (a Reference with the role as display)");
    d.put("/actions/*/beneficiaries", "Task extension beneficiary, one per party");
    d.put("/actions/*/dueOn", "Task.restriction.period.end (a date)");
    d.put("/actions/*/reviewOn", "Task extension review-on");
    d.put("/actions/*/monitoringMethod", "Task extension monitoring-method");
    d.put("/actions/*/monitor/party", "Task extension monitor (a Reference to the party)");
    d.put(
        "/actions/*/monitor/role", "Task extension monitor (a Reference with the role as display)");
    d.put(
        "/actions/*/status",
        "Task.businessStatus (code system action-status); Task.status the nearest FHIR status");
    d.put("/actions/*/statusHistory/*/to", "Task extension status-change, part to");
    d.put("/actions/*/statusHistory/*/at", "Task extension status-change, part at");
    d.put("/actions/*/statusHistory/*/reason", "Task extension status-change, part reason");
    d.put(
        "/actions/*/statusHistory/*/by",
        "Task extension status-change, part by (logical reference: the actor id)");
    d.put("/actions/*/notCompletedReason", "Task.statusReason");
    d.put(
        "/actions/*/successCriteria",
        "Task extension success-criteria (free text; no R4 element says when a Task succeeds)");
    d.put(
        "/actions/*/evidenceNotes",
        "Task.note (free text: R4's note is what is captured as the Task progresses)");
    d.put("/actions/*/harmedInformedAt", "Task extension harmed-informed-at");
    d.put("/actions/*/amount", "Task extension amount (decimal)");
    d.put("/actions/*/hours", "Task extension hours (unsignedInt)");
    d.put(
        "/actions/*/proportionalityCheck",
        "Task extension proportionality-check (Identifier of the system"
            + " urn:restorative:fhir:id:sign-off)");
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
  }

  private static void oversight(Map<String, String> d) {
    String consultation = "Communication (a clinical consultation)";
    d.put(
        "/consultations/*/id",
        consultation + ".identifier (system urn:restorative:fhir:id:consultation)");
    d.put(
        "/consultations/*/patient",
        consultation + ".subject when the party is a Patient, else extension patient");
    d.put("/consultations/*/consultee", consultation + ".sender (the professional's Practitioner)");
    d.put("/consultations/*/consultedAt", consultation + ".sent");
    d.put("/consultations/*/topics", consultation + " extension topic, one per topic");
    d.put("/consultations/*/advice", consultation + " extension advice");
    d.put("/consultations/*/notes", consultation + ".note (free text)");

    String signOff = "Provenance (a sign-off, targeting the EpisodeOfCare)";
    d.put(
        "/signOffs/*/id",
        signOff
            + " extension sign-off-id (Identifier of the system urn:restorative:fhir:id:sign-off)");
    d.put("/signOffs/*/supervisor", signOff + ".agent.who (the professional's Practitioner)");
    d.put("/signOffs/*/signedAt", signOff + ".recorded");
    d.put("/signOffs/*/subject", signOff + ".activity (code system sign-off-subject)");
    d.put("/signOffs/*/decision", signOff + " extension decision");
    d.put(
        "/signOffs/*/notes", signOff + " extension notes (free text; R4's Provenance has no note)");
  }

  private static void processes(Map<String, String> d) {
    String procedure = "Procedure";
    d.put("/processes/*/id", procedure + ".identifier (system urn:restorative:fhir:id:process)");
    d.put("/processes/*/type", procedure + ".code (code system process-type)");
    d.put("/processes/*/medium", procedure + " extension medium");
    d.put(
        "/processes/*/chosenAt",
        procedure
            + ".performedPeriod.start (the process, its preparation included, runs from its"
            + " choice)");
    d.put(
        "/processes/*/participants",
        procedure
            + ".performer.actor, one per party; the first written as a Patient is "
            + procedure
            + ".subject");
    d.put(
        "/processes/*/status",
        procedure
            + ".status, one to one: PLANNED preparation, IN_PROGRESS in-progress, CONCLUDED"
            + " completed, HALTED stopped");
    d.put("/processes/*/endedAt", procedure + ".performedPeriod.end");

    String contact = "Encounter (a preparation contact)";
    d.put(
        "/preparationContacts/*/id",
        contact + ".identifier (system urn:restorative:fhir:id:preparation-contact)");
    d.put(
        "/preparationContacts/*/party",
        contact + " extension party; Encounter.subject when the party is a Patient");
    d.put(
        "/preparationContacts/*/process",
        contact + " extension process (Identifier of the system urn:restorative:fhir:id:process)");
    d.put("/preparationContacts/*/at", contact + ".period.start");
    d.put(
        "/preparationContacts/*/medium",
        contact + ".class (code system medium: no class of R4's value set says how)");
    d.put("/preparationContacts/*/by", contact + ".participant.individual (the Practitioner)");
    d.put("/preparationContacts/*/topics", contact + " extension topic, one per topic");
    d.put(
        "/preparationContacts/*/notes",
        contact + " extension notes (free text; R4's Encounter has no note)");
  }

  private static void meetingsAndMessages(Map<String, String> d) {
    d.put("/meetings/*/id", "Encounter.identifier (system urn:restorative:fhir:id:meeting)");
    d.put(
        "/meetings/*/process",
        "Encounter extension process (Identifier of the system urn:restorative:fhir:id:process)");
    d.put(
        "/meetings/*/status",
        "Encounter extension meeting-status; Encounter.status the nearest FHIR status");
    d.put("/meetings/*/startAt", "Encounter.period.start");
    d.put("/meetings/*/endAt", "Encounter.period.end");
    d.put(
        "/meetings/*/venue/type",
        "Encounter.class (code system venue-type: no class of R4's value set says where)");
    d.put("/meetings/*/venue/description", "Encounter.location.location.display");
    d.put(
        "/meetings/*/venue/place",
        "Encounter.location.location.identifier (system urn:restorative:fhir:id:place)");
    d.put("/meetings/*/medium", "Encounter extension medium");
    d.put(
        "/meetings/*/attendees/*/party",
        "Encounter extension attendee, part party; the first attendee written as a Patient is"
            + " Encounter.subject (R4's participant takes no Patient or Organization)");
    d.put("/meetings/*/attendees/*/escorted", "Encounter extension attendee, part escorted");
    d.put("/meetings/*/attendees/*/attendance", "Encounter extension attendee, part attendance");
    d.put("/meetings/*/facilitators", "Encounter.participant.individual (the Practitioner)");
    d.put("/meetings/*/professionals", "Encounter.participant.individual (the Practitioner)");
    d.put("/meetings/*/adjustments/*/party", "Encounter extension arranged-adjustment, part party");
    d.put("/meetings/*/adjustments/*/type", "Encounter extension arranged-adjustment, part type");
    d.put(
        "/meetings/*/adjustments/*/provider",
        "Encounter extension arranged-adjustment, part provider (the Practitioner)");
    d.put("/meetings/*/stopReason", "Encounter extension stop-reason");
    d.put("/meetings/*/notes", "Encounter extension notes (free text; R4's Encounter has no note)");

    d.put("/messages/*/id", "Communication.identifier (system urn:restorative:fhir:id:message)");
    d.put(
        "/messages/*/process",
        "Communication extension process (Identifier of the system urn:restorative:fhir:id:process)");
    d.put("/messages/*/from", "Communication.sender");
    d.put("/messages/*/to", "Communication.recipient, one per party");
    d.put("/messages/*/medium", "Communication.medium");
    d.put("/messages/*/round", "Communication extension round (positiveInt)");
    d.put(
        "/messages/*/status",
        "Communication extension message-status; Communication.status the nearest FHIR status");
    d.put("/messages/*/draftedAt", "Communication extension drafted-at");
    d.put(
        "/messages/*/review/reviewer",
        "Communication extension review, part reviewer (the facilitator's Practitioner)");
    d.put("/messages/*/review/reviewedAt", "Communication extension review, part reviewed-at");
    d.put("/messages/*/review/decision", "Communication extension review, part decision");
    d.put("/messages/*/deliveredAt", "Communication.sent");
    d.put("/messages/*/content", "Communication.payload.contentString");
  }
}
