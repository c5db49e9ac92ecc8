package org.restorative.fhir;

/**
 * The names this library gives in FHIR: its canonical base, its identifier systems, its code
 * systems and its extensions. All are URNs under {@value #BASE}, as the project names its JSON
 * formats ({@code urn:restorative:case-record:1}): the library owns no web domain to publish
 * HTTP(S) canonicals under (docs/fhir.md gives the reason in full).
 */
public final class FhirNames {

  private FhirNames() {}

  /** The base of every name: {@value}. */
  public static final String BASE = "urn:restorative:fhir:";

  /** The identifier system of the NHS number, as UK Core names it: {@value}. */
  public static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

  /**
   * The identifier system of one kind of the case's own ids: {@code urn:restorative:fhir:id:KIND},
   * for example {@code urn:restorative:fhir:id:party}.
   *
   * @param kind the kind of id, in kebab case
   * @return the system
   */
  public static String idSystem(String kind) {
    return BASE + "id:" + kind;
  }

  /**
   * The canonical URL of one of the library's code systems: {@code
   * urn:restorative:fhir:CodeSystem:NAME}.
   *
   * @param name the code system's name, in kebab case
   * @return the canonical URL
   */
  public static String codeSystem(String name) {
    return BASE + "CodeSystem:" + name;
  }

  /**
   * The URL of one of the library's extensions: {@code urn:restorative:fhir:extension:NAME}.
   *
   * @param name the extension's name, in kebab case
   * @return the URL
   */
  public static String extension(String name) {
    return BASE + "extension:" + name;
  }

  /**
   * An enumeration's name in kebab case: {@code PartyRole} gives {@code party-role}.
   *
   * @param type the enumeration
   * @return the name
   */
  static String kebab(Class<?> type) {
    String simple = type.getSimpleName();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('-');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }
}
