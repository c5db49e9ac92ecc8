package org.restorative.core.synthetic;

import java.util.List;
import org.restorative.core.harm.HarmContext;

/**
 * Invented names and texts. The names are deliberately unusual so that a test can search any output
 * for them without false matches; none is meant to resemble a real person.
 */
final class SyntheticText {

  private SyntheticText() {}

  static final List<String> GIVEN_NAMES =
      List.of(
          "Aurelio",
          "Brannagh",
          "Cosima",
          "Deverell",
          "Eilidh",
          "Fennimore",
          "Ginevra",
          "Hollis",
          "Isolde",
          "Jarrah",
          "Kestrel",
          "Lorcan",
          "Marisol",
          "Niamh-Rose",
          "Oriel",
          "Peregrine",
          "Quillon",
          "Rosalind",
          "Saoirse",
          "Tamsin",
          "Ulric",
          "Vesper",
          "Wilhelmina",
          "Xanthe",
          "Yestin",
          "Zephyrine");

  static final List<String> FAMILY_NAMES =
      List.of(
          "Ashdown-Vale",
          "Blackthorne",
          "Cardew",
          "Dunmore",
          "Eversleigh",
          "Fairweather",
          "Greyling",
          "Hawksmoor",
          "Inchbald",
          "Jessamy",
          "Kilbride",
          "Larkspur",
          "Merriweather",
          "Nettlefold",
          "Ottershaw",
          "Pendragon",
          "Quarrington",
          "Ravensworth",
          "Sallowmere",
          "Thistlewood",
          "Underhill",
          "Vanstone",
          "Wetherell",
          "Yarrowby");

  static final List<String> LANGUAGES =
      List.of("Polish", "Urdu", "Portuguese", "Romanian", "Somali", "Tigrinya", "Welsh");

  static final List<String> PRONOUNS = List.of("she/her", "he/him", "they/them");

  static String name(SplitMix rng) {
    return rng.pick(GIVEN_NAMES) + " " + rng.pick(FAMILY_NAMES);
  }

  static String narrative(SplitMix rng, HarmContext context) {
    String detail =
        rng.pick(
            "after a disagreement about the television",
            "when a request to use the telephone was refused",
            "during a busy medication round",
            "after an argument about a borrowed phone charger",
            "when leave was cancelled at short notice",
            "during a handover between shifts");
    return switch (context) {
      case PATIENT_ON_PATIENT ->
          "One patient pushed and punched another in the ward lounge "
              + detail
              + "; both were separated by staff and the injured patient was seen by the doctor.";
      case PATIENT_ON_STAFF ->
          "A patient struck a nurse on the arm and face "
              + detail
              + "; the nurse was bruised and was off work for a period afterwards.";
      case STAFF_ON_PATIENT ->
          "A patient was injured during a restraint "
              + detail
              + "; the incident was reported and the duty of candour conversation held.";
      case STAFF_ON_STAFF ->
          "A member of staff was repeatedly belittled by a colleague in front of the team "
              + detail
              + ", and went on sick leave.";
      case PATIENT_ON_FAMILY_CARER ->
          "While acutely unwell, the patient assaulted a family member at home; the family"
              + " member needed hospital treatment and has not seen the patient since.";
      case COMMUNITY_OFFENCE ->
          "The patient assaulted a stranger in a shop while unwell; the case led to a hospital"
              + " order and the person harmed was offered the victim contact scheme.";
      case ORGANISATION_ON_PERSON ->
          "A delay in acting on a family's concerns contributed to a patient's serious"
              + " self-harm; the family and the staff involved were both affected.";
      case OTHER ->
          "Property belonging to the ward's shared garden project was damaged " + detail + ".";
    };
  }

  static String answer(SplitMix rng) {
    return rng.pick(
            "I was frightened at the time and have gone over it many times since.",
            "I did not think about anyone else then; now I can see who was hurt.",
            "The hardest thing has been coming back to the ward and seeing them.",
            "I would like an apology and to know it will not happen again.",
            "I have thought about what I did every day since it happened.",
            "My family was worried and I stopped trusting the staff for a while.")
        + " "
        + rng.pick("(first session)", "(second session)", "(said in the meeting)");
  }

  static String letter(SplitMix rng) {
    return rng.pick(
        "I want to say sorry for what I did and explain what was happening for me then.",
        "Thank you for your letter. I want you to know how it affected me and my family.",
        "I have been working with my team on how to stop this happening again.");
  }
}
