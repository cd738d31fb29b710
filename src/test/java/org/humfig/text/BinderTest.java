package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BinderTest {

  private record Unit(String dimension, Double factor) {}

  private record Raw(
      Map<String, Double> numbers,
      @JsonProperty("stop_words") List<String> stopWords,
      Set<String> tags,
      Map<String, Unit> units,
      Integer offset,
      Boolean strict,
      String missing) {}

  private static Object tree(String json) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      return Binder.tree(p);
    }
  }

  @Test
  void bindsFieldsByNameOrByTheirJsonPropertyAndConvertsScalarsAsWritten() throws IOException {
    Object tree =
        tree(
            "{\"numbers\": {\"one\": 1, \"half\": 0.5}, \"stop_words\": [\"no\", 12],"
                + " \"tags\": [\"b\", \"a\", \"b\"], \"units\": {\"km2\": {\"dimension\": \"area\","
                + " \"factor\": 1}}, \"offset\": -1, \"strict\": true}");
    Raw raw = (Raw) Binder.bind(tree, Raw.class, "test.yaml");
    assertThat(raw.numbers()).containsExactly(Map.entry("one", 1.0), Map.entry("half", 0.5));
    assertThat(raw.stopWords()).containsExactly("no", "12");
    assertThat(raw.tags()).containsExactly("b", "a");
    assertThat(raw.units()).containsEntry("km2", new Unit("area", 1.0));
    assertThat(raw.offset()).isEqualTo(-1);
    assertThat(raw.strict()).isTrue();
    assertThat(raw.missing()).isNull();
  }

  @Test
  void readsTheTreeAsAMapWithWholeNumbersAsIntegers() throws IOException {
    Object tree = tree("{\"a\": [1, 2.5, \"x\", null, false], \"b\": {\"c\": 3000000000}}");
    assertThat(tree)
        .isEqualTo(
            Map.of(
                "a",
                java.util.Arrays.asList(1, 2.5, "x", null, false),
                "b",
                Map.of("c", 3000000000L)));
  }

  @Test
  void aFieldTheRecordLacksOrAValueOfTheWrongShapeIsAnErrorNamingIt() throws IOException {
    assertThatThrownBy(() -> Binder.bind(tree("{\"numbrs\": {}}"), Raw.class, "quantity.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity.yaml: unknown field 'numbrs'");
    assertThatThrownBy(() -> Binder.bind(tree("{\"tags\": {\"a\": 1}}"), Raw.class, "q.yaml"))
        .hasMessage("q.yaml.tags: expected a list, found a map");
    assertThatThrownBy(() -> Binder.bind(tree("{\"units\": {\"km2\": [1]}}"), Raw.class, "q.yaml"))
        .hasMessage("q.yaml.units.km2: expected a map, found a list");
  }
}
