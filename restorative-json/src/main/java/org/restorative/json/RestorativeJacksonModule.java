package org.restorative.json;

import java.util.stream.Collectors;
import org.restorative.core.casefile.RestorativeCase;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the case-record format: lets any Jackson mapper read and write {@link
 * RestorativeCase} in this format. Registered through the service loader, so {@code
 * JsonMapper.builder().findAndAddModules()} finds it.
 *
 * <p>A mapper throws on the first problem, as Jackson does; its message lists the problems' codes
 * and JSON Pointers and never a value from the input, nor a property name the format does not
 * define (a record that is not well-formed JSON inside is {@code JSON_MALFORMED} at the deepest
 * place the format defines, not Jackson's message, which can quote the token it could not read). To
 * collect every problem without exceptions, use {@link CaseJson} instead.
 */
public final class RestorativeJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module that reads strictly. */
  public RestorativeJacksonModule() {
    this(CaseJson.strict());
  }

  /**
   * A module that reads as the given reader does.
   *
   * @param json the reader whose strictness and upcasters to use
   */
  public RestorativeJacksonModule(CaseJson json) {
    super("restorative-case-format");
    addSerializer(RestorativeCase.class, new CaseSerializer());
    addDeserializer(RestorativeCase.class, new CaseDeserializer(json));
  }

  private static final class CaseSerializer extends ValueSerializer<RestorativeCase> {
    @Override
    public void serialize(RestorativeCase value, JsonGenerator out, SerializationContext context) {
      CaseFormat.write(out, value);
    }
  }

  private static final class CaseDeserializer extends ValueDeserializer<RestorativeCase> {
    private final CaseJson json;

    CaseDeserializer(CaseJson json) {
      this.json = json;
    }

    @Override
    public RestorativeCase deserialize(JsonParser parser, DeserializationContext context) {
      JsonNode tree;
      try {
        tree = context.readTree(parser);
      } catch (StreamReadException | StreamConstraintsException e) {
        // Jackson's own message can quote the token it could not read: a value from the input.
        return context.reportInputMismatch(
            RestorativeCase.class,
            "The case record cannot be read: %s at %s",
            e instanceof StreamConstraintsException
                ? ProblemCode.JSON_LIMIT_EXCEEDED
                : ProblemCode.JSON_MALFORMED,
            pointerOrRoot(CaseJson.pointer(parser)));
      }
      ReadResult result = json.readTree(tree);
      if (result.restorativeCase().isEmpty()) {
        return context.reportInputMismatch(
            RestorativeCase.class,
            "The case record cannot be read: %s",
            result.errors().stream()
                .map(v -> v.code() + " at " + pointerOrRoot(v.path()))
                .collect(Collectors.joining(", ")));
      }
      return result.restorativeCase().get();
    }

    private static String pointerOrRoot(String pointer) {
      return pointer.isEmpty() ? "/" : pointer;
    }
  }
}
