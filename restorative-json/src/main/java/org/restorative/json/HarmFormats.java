package org.restorative.json;

import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.ContactRestrictionType;
import org.restorative.core.harm.DutyOfCandour;
import org.restorative.core.harm.DutyOfCandourGrade;
import org.restorative.core.harm.ExternalIncidentRef;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.HarmType;
import org.restorative.core.harm.InvolvedPerson;
import org.restorative.core.harm.LegalStatus;
import org.restorative.core.harm.NrlsGrade;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.harm.RoleInHarm;
import org.restorative.core.harm.SensitiveFlag;
import org.restorative.core.harm.Setting;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.party.PartyRelationship;

/** The JSON forms of the {@code harm} package. */
final class HarmFormats {

  private HarmFormats() {}

  static final ObjectFormat<ExternalIncidentRef, ExternalIncidentRef.Builder>
      EXTERNAL_INCIDENT_REF =
          ObjectFormat.of(
                  "ExternalIncidentRef",
                  ExternalIncidentRef.Builder::new,
                  ExternalIncidentRef.Builder::build)
              .required(
                  "system",
                  Codecs.TEXT,
                  ExternalIncidentRef::system,
                  ExternalIncidentRef.Builder::system)
              .required(
                  "reference",
                  Codecs.TEXT,
                  ExternalIncidentRef::reference,
                  ExternalIncidentRef.Builder::reference);

  static final ObjectFormat<Occurrence, Occurrence.Builder> OCCURRENCE =
      ObjectFormat.of("Occurrence", Occurrence.Builder::new, Occurrence.Builder::build)
          .required("from", Codecs.INSTANT, Occurrence::start, Occurrence.Builder::start)
          .optional("to", Codecs.INSTANT, Occurrence::end, Occurrence.Builder::end)
          .required(
              "precision",
              Codecs.code(OccurrencePrecision.class),
              Occurrence::precision,
              Occurrence.Builder::precision)
          .inTimeOrder(Codecs.INSTANT, "from", "to");

  static final ObjectFormat<HarmSeverity, HarmSeverity.Builder> SEVERITY =
      ObjectFormat.of("HarmSeverity", HarmSeverity.Builder::new, HarmSeverity.Builder::build)
          .required(
              "scale",
              Codecs.code(SeverityScale.class),
              HarmSeverity::scale,
              HarmSeverity.Builder::scale)
          .required("grade", Codecs.TEXT, HarmSeverity::grade, HarmSeverity.Builder::grade)
          .optional(
              "localScale", Codecs.TEXT, HarmSeverity::localScale, HarmSeverity.Builder::localScale)
          .presentExactlyWhen(
              "localScale", "scale", SeverityScale.class, s -> s == SeverityScale.LOCAL)
          .codeWhen("grade", DutyOfCandourGrade.class, "scale", SeverityScale.DUTY_OF_CANDOUR_REG20)
          .codeWhen("grade", NrlsGrade.class, "scale", SeverityScale.NRLS_GRADING);

  static final ObjectFormat<InvolvedPerson, InvolvedPerson.Builder> INVOLVED_PERSON =
      ObjectFormat.of("InvolvedPerson", InvolvedPerson.Builder::new, InvolvedPerson.Builder::build)
          .required("party", Ids.PARTY, InvolvedPerson::party, InvolvedPerson.Builder::party)
          .required(
              "role",
              Codecs.code(RoleInHarm.class),
              InvolvedPerson::role,
              InvolvedPerson.Builder::role);

  static final ObjectFormat<ContactRestriction, ContactRestriction.Builder> CONTACT_RESTRICTION =
      ObjectFormat.of(
              "ContactRestriction",
              ContactRestriction.Builder::new,
              ContactRestriction.Builder::build)
          .required(
              "type",
              Codecs.code(ContactRestrictionType.class),
              ContactRestriction::type,
              ContactRestriction.Builder::type)
          .required(
              "protectedParty",
              Ids.PARTY,
              ContactRestriction::protectedParty,
              ContactRestriction.Builder::protectedParty)
          .required(
              "restrictedParty",
              Ids.PARTY,
              ContactRestriction::restrictedParty,
              ContactRestriction.Builder::restrictedParty)
          .optional(
              "source", Codecs.TEXT, ContactRestriction::source, ContactRestriction.Builder::source)
          .required(
              "startsOn",
              Codecs.DATE,
              ContactRestriction::startsOn,
              ContactRestriction.Builder::startsOn)
          .optional(
              "endsOn", Codecs.DATE, ContactRestriction::endsOn, ContactRestriction.Builder::endsOn)
          .optional(
              "permittedException",
              Codecs.TEXT,
              ContactRestriction::permittedException,
              ContactRestriction.Builder::permittedException)
          .personal()
          .optional(
              "place", Codecs.PLACE, ContactRestriction::place, ContactRestriction.Builder::place)
          .personal()
          .inTimeOrder(Codecs.DATE, "startsOn", "endsOn");

  static final ObjectFormat<DutyOfCandour, DutyOfCandour.Builder> DUTY_OF_CANDOUR =
      ObjectFormat.of("DutyOfCandour", DutyOfCandour.Builder::new, DutyOfCandour.Builder::build)
          .required(
              "applies", Codecs.BOOLEAN, DutyOfCandour::applies, DutyOfCandour.Builder::applies)
          .optional(
              "notificationRef",
              Codecs.TEXT,
              DutyOfCandour::notificationRef,
              DutyOfCandour.Builder::notificationRef)
          .presentOnlyWhenTrue("notificationRef", "applies");

  static final ObjectFormat<Harm, Harm.Builder> HARM =
      ObjectFormat.of("Harm", Harm.Builder::new, Harm.Builder::build)
          .required("id", Ids.HARM, Harm::id, Harm.Builder::id)
          .many(
              "externalIncidentRefs",
              EXTERNAL_INCIDENT_REF,
              Harm::externalIncidentRefs,
              Harm.Builder::addAllExternalIncidentRefs)
          .required("occurred", OCCURRENCE, Harm::occurred, Harm.Builder::occurred)
          .optional("reportedOn", Codecs.DATE, Harm::reportedOn, Harm.Builder::reportedOn)
          .required("setting", Codecs.code(Setting.class), Harm::setting, Harm.Builder::setting)
          .required("context", Codecs.code(HarmContext.class), Harm::context, Harm.Builder::context)
          .optional("otherContext", Codecs.TEXT, Harm::otherContext, Harm.Builder::otherContext)
          .personal()
          .distinct("types", Codecs.code(HarmType.class), Harm::types, Harm.Builder::addAllTypes)
          .optional("severity", SEVERITY, Harm::severity, Harm.Builder::severity)
          .distinct(
              "sensitiveFlags",
              Codecs.code(SensitiveFlag.class),
              Harm::sensitiveFlags,
              Harm.Builder::addAllSensitiveFlags)
          .defaulted(
              "legalStatus",
              Codecs.code(LegalStatus.class),
              Harm::legalStatus,
              Harm.Builder::legalStatus)
          .many(
              "contactRestrictions",
              CONTACT_RESTRICTION,
              Harm::contactRestrictions,
              Harm.Builder::addAllContactRestrictions)
          .many(
              "involvedPersons",
              INVOLVED_PERSON,
              Harm::involvedPersons,
              Harm.Builder::addAllInvolvedPersons)
          .optional(
              "relationship",
              Codecs.code(PartyRelationship.class),
              Harm::relationship,
              Harm.Builder::relationship)
          .defaulted(
              "ongoingCoexistence",
              Codecs.BOOLEAN,
              Harm::ongoingCoexistence,
              Harm.Builder::ongoingCoexistence)
          .optional(
              "dutyOfCandour", DUTY_OF_CANDOUR, Harm::dutyOfCandour, Harm.Builder::dutyOfCandour)
          .optional(
              "safeguardingReferralRef",
              Codecs.TEXT,
              Harm::safeguardingReferralRef,
              Harm.Builder::safeguardingReferralRef)
          .optional("narrative", Codecs.TEXT, Harm::narrative, Harm.Builder::narrative)
          .personal()
          .presentExactlyWhen(
              "otherContext", "context", HarmContext.class, c -> c == HarmContext.OTHER);
}
