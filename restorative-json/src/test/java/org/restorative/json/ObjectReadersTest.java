package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restorative.json.ObjectFormat.StraightReader;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The straight path's readers of formats' properties, one hidden class for each format. */
class ObjectReadersTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final ObjectReaders.Parts PARTS =
      new ObjectReaders.Parts(
          StringBuilder::new,
          builder -> builder.toString(),
          List.<StraightReader<Object>>of((builder, in) -> "a value"));

  @Test
  void every_place_an_object_may_declare_reads_its_own_property() {
    ObjectFormat<Map<String, Integer>, Map<String, Integer>> format =
        ObjectFormat.of("Widest", LinkedHashMap::new, Map::copyOf);
    ObjectNode object = MAPPER.createObjectNode();
    for (int place = 0; place < ObjectFormat.MAX_PROPERTIES; place++) {
      String name = "p" + place;
      format.required(name, Codecs.INTEGER, map -> map.get(name), (map, v) -> map.put(name, v));
      object.put(name, place * 7);
    }
    // In reverse order, so that no place is read by the reader of the one before it by chance.
    ObjectNode reversed = MAPPER.createObjectNode();
    List<String> names = new ArrayList<>(object.propertyNames());
    for (int i = names.size() - 1; i >= 0; i--) {
      reversed.set(names.get(i), object.get(names.get(i)));
    }

    Map<String, Integer> read;
    try (JsonParser in = MAPPER.createParser(MAPPER.writeValueAsString(reversed))) {
      in.nextToken();
      read = format.readStraight(in);
    }

    assertThat(read).hasSize(ObjectFormat.MAX_PROPERTIES);
    for (int place = 0; place < ObjectFormat.MAX_PROPERTIES; place++) {
      assertThat(read).containsEntry("p" + place, place * 7);
    }
  }

  @Test
  void a_reader_is_a_class_of_its_own_for_each_format() {
    ObjectReaders.ObjectReader first = ObjectReaders.of(PARTS);
    ObjectReaders.ObjectReader second = ObjectReaders.of(PARTS);

    assertThat(first).isNotNull();
    assertThat(second).isNotNull();
    assertThat(first.getClass()).isNotEqualTo(second.getClass());
    assertThat(first.getClass().isHidden()).isTrue();
  }

  @Test
  void without_the_template_no_reader_is_made_and_nothing_is_thrown() {
    assertThat(ObjectReaders.of(PARTS, null)).isNull();
    assertThat(ObjectReaders.of(PARTS, new byte[] {1, 2, 3})).isNull();
  }
}
