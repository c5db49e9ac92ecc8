package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes one value with its object format and reads it back through the format's own parser
 * settings, for the tests of each package's formats.
 */
final class FormatRoundTrip {

  private static final JsonFactory FACTORY = new JsonFactory();

  private FormatRoundTrip() {}

  static <T> String write(ObjectFormat<T, ?> format, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      format.write(out, value);
    }
    return text.toString();
  }

  /** Reads text with a format, asserting it reads back to the value with no problem. */
  static <T> void assertReadsBack(ObjectFormat<T, ?> format, T value, String text) {
    ReadContext context = new ReadContext(false);
    Optional<T> read = format.read(CaseJson.tree(text), context);
    assertThat(context.problems()).as(text).isEmpty();
    assertThat(read).as(text).contains(value);
  }

  /** Writes a value and asserts it reads back equal, with no problem. */
  static <T> void assertRoundTrip(ObjectFormat<T, ?> format, T value) {
    assertReadsBack(format, value, write(format, value));
  }

  /** The property names a value's written object holds, in order. */
  static <T> List<String> writtenNames(ObjectFormat<T, ?> format, T value) {
    List<String> names = new ArrayList<>();
    CaseJson.tree(write(format, value)).propertyNames().forEach(names::add);
    return names;
  }
}
