package org.restorative.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.restorative.json.ObjectFormat.StraightReader;
import tools.jackson.core.JsonParser;

/**
 * The straight path's readers of the properties of object formats, one class for each format: a
 * hidden class defined from the bytes of {@link ObjectReaderTemplate}, whose data are the format's
 * parts. The JIT compiler takes each part as a constant and compiles the reading of each property
 * with its codec and its setter inlined, where code shared by all formats calls them through
 * tables. The loop over an object's members stays shared ({@link
 * ObjectFormat#readStraight(JsonParser, ObjectFormat.Elsewhere)}), so that the parser's matching of
 * names is compiled once, not once for each format.
 *
 * <p>Where hidden classes cannot be defined (a runtime without them, or the template's bytes
 * missing from a repackaged jar), no reader is made and every document takes the full path, which
 * gives the same results, more slowly.
 */
final class ObjectReaders {

  private ObjectReaders() {}

  /** Makes, fills and builds one format's builders on the straight path. */
  abstract static class ObjectReader {

    /** A new builder of the format's type. */
    abstract Object newBuilder();

    /** The value built from the builder; throws as the model's builder throws. */
    abstract Object build(Object builder);

    /**
     * Reads the value of the property declared at this place into the builder, as its {@link
     * StraightReader} does, and returns it.
     */
    abstract Object read(int position, Object builder, JsonParser in);
  }

  /**
   * What a format's reader is made of.
   *
   * @param newBuilder a new builder of the format's type
   * @param build builds the value from the builder
   * @param readers the readers of the format's properties, in declared order
   */
  record Parts(
      Supplier<Object> newBuilder,
      Function<Object, Object> build,
      List<StraightReader<Object>> readers) {}

  /** The reader at a place where the format declares no property: never called. */
  static final StraightReader<Object> NONE =
      (builder, in) -> {
        throw new IllegalStateException("no property is declared at this place");
      };

  private static final byte @Nullable [] TEMPLATE = template();

  private static byte @Nullable [] template() {
    // Named by its class, not by a string, so that a tool that shrinks a jar keeps the template.
    Class<?> template = ObjectReaderTemplate.class;
    try (InputStream in = template.getResourceAsStream(template.getSimpleName() + ".class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  /** The reader of a format of these parts; null where hidden classes cannot be defined. */
  static @Nullable ObjectReader of(Parts parts) {
    return of(parts, TEMPLATE);
  }

  /** {@link #of(Parts)} from a template's bytes, or from none. */
  static @Nullable ObjectReader of(Parts parts, byte @Nullable [] template) {
    if (template == null) {
      return null;
    }
    try {
      Class<?> reader =
          MethodHandles.lookup()
              .defineHiddenClassWithClassData(template, parts, true)
              .lookupClass();
      return (ObjectReader) reader.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }
}
