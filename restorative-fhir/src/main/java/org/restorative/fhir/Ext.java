package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * The library's extensions: each has the URL {@code urn:restorative:fhir:extension:NAME}. A holder
 * is an element's or a resource's list of extensions ({@code getExtension()}).
 *
 * <p>Free text that no R4 element means is a {@code valueString} extension named after its
 * attribute in kebab case ({@link #text}), read back with {@link Reading#text}.
 */
final class Ext {

  private Ext() {}

  static Extension add(List<Extension> holder, String name, Type value) {
    Extension extension = new Extension(FhirNames.extension(name), value);
    holder.add(extension);
    return extension;
  }

  /**
   * Free text of the case, when it holds some: an extension with a {@code valueString}, named after
   * the attribute ({@code notes} gives {@code notes}, {@code methodReason} gives {@code
   * method-reason}).
   */
  static void text(List<Extension> holder, String name, Optional<String> text) {
    text.ifPresent(t -> add(holder, name, new StringType(t)));
  }

  /** A complex extension: its parts are added to the returned extension's own list. */
  static Extension complex(List<Extension> holder, String name) {
    Extension extension = new Extension(FhirNames.extension(name));
    holder.add(extension);
    return extension;
  }

  static List<Extension> all(List<Extension> holder, String name) {
    String url = FhirNames.extension(name);
    return holder.stream().filter(e -> url.equals(e.getUrl())).toList();
  }

  static Optional<Extension> one(List<Extension> holder, String name) {
    return all(holder, name).stream().findFirst();
  }

  static Optional<Type> value(List<Extension> holder, String name) {
    return one(holder, name).map(Extension::getValue);
  }
}
