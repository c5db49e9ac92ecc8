package org.restorative.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every JSON form of this module shares around its own format: the mapper its documents are
 * parsed with (under the form's own limits), the two writers, and NDJSON written a line at a time.
 */
final class JsonDocuments {

  private JsonDocuments() {}

  /**
   * The mapper for a form's documents: its limits, duplicate properties refused, decimals keeping
   * their scale (16.50 reads back as 16.50, not 16.5), and trailing content left for the reader to
   * report with its own code.
   *
   * @param limits the form's limits
   * @return the mapper
   */
  static JsonMapper mapper(StreamReadConstraints limits) {
    return JsonMapper.builder(
            JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build())
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * A writer that indents, with a space after each name's colon.
   *
   * @param mapper the form's mapper
   * @return the writer
   */
  static ObjectWriter pretty(JsonMapper mapper) {
    return mapper
        .writer()
        .with(
            new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)));
  }

  /**
   * A writer of one line with nothing between root values, so an NDJSON line starts with its
   * object.
   *
   * @param mapper the form's mapper
   * @return the writer
   */
  static ObjectWriter compact(JsonMapper mapper) {
    return mapper.writer().withRootValueSeparator("");
  }

  /**
   * Writes one value as text, through a generator of {@code writer}, the way Jackson writes a value
   * as a string: into segments from the factory's recycled buffers, joined once at the end (a
   * {@code java.io.StringWriter} would append every flushed buffer to a synchronised, growing
   * {@code StringBuffer}, then copy it again).
   *
   * @param mapper the form's mapper, whose factory lends the buffers
   * @param writer the writer whose generator writes the value (pretty or compact)
   * @param value the value
   * @param write writes the value with the generator
   * @param <T> the value's type
   * @return the text written
   */
  static <T> String writeText(
      JsonMapper mapper, ObjectWriter writer, T value, BiConsumer<JsonGenerator, T> write) {
    BufferRecycler buffers = mapper.tokenStreamFactory()._getBufferRecycler();
    try (SegmentedStringWriter text = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator out = writer.createGenerator(text)) {
        write.accept(out, value);
      }
      return text.getAndClear();
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * Writes values as NDJSON in UTF-8: each line made whole before it is written, so a value the
   * format cannot carry leaves no partial line behind it, and a stream of any length needs the
   * memory of one value.
   *
   * @param values the values
   * @param line writes one value on one line, without a newline
   * @param out where to write; flushed, not closed
   * @param <T> the values' type
   */
  static <T> void writeLines(Stream<T> values, Function<T, String> line, OutputStream out) {
    values.forEach(
        value -> {
          try {
            out.write((line.apply(value) + "\n").getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
