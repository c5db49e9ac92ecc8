package org.restorative.json;

import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.questions.QuestionSetId;
import org.restorative.core.questions.QuestionSetRef;

/** JSON forms used by more than one package: recipients and question-set references. */
final class SharedFormats {

  private SharedFormats() {}

  static final ObjectFormat<Recipient, Recipient.Builder> RECIPIENT =
      ObjectFormat.of("Recipient", Recipient.Builder::new, Recipient.Builder::build)
          .required(
              "type", Codecs.code(RecipientType.class), Recipient::type, Recipient.Builder::type)
          .optional("party", Ids.PARTY, Recipient::party, Recipient.Builder::party)
          .optional(
              "organisation", Codecs.TEXT, Recipient::organisation, Recipient.Builder::organisation)
          .presentExactlyWhen("party", "type", RecipientType.class, t -> t == RecipientType.PARTY)
          .presentExactlyWhen(
              "organisation", "type", RecipientType.class, t -> t != RecipientType.PARTY);

  /** Collects the parts of a {@link QuestionSetRef}, a record, for reading. */
  static final class RefBuilder {
    private QuestionSetId id = QuestionSetId.of("unset");
    private int version;

    void id(QuestionSetId value) {
      this.id = value;
    }

    void version(int value) {
      this.version = value;
    }

    QuestionSetRef build() {
      return QuestionSetRef.of(id, version);
    }
  }

  static final ObjectFormat<QuestionSetRef, RefBuilder> QUESTION_SET_REF =
      ObjectFormat.of("QuestionSetRef", RefBuilder::new, RefBuilder::build)
          .required("id", Ids.QUESTION_SET, QuestionSetRef::id, RefBuilder::id)
          .required("version", Codecs.INTEGER, QuestionSetRef::version, RefBuilder::version);
}
