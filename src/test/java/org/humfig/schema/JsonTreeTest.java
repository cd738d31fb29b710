package org.humfig.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

  private static final String JSON =
      "{\"name\": \"figures\", \"n\": 12, \"big\": 12345678901, \"huge\": 123456789012345678901,"
          + " \"ratio\": 0.25, \"ok\": true, \"no\": false, \"none\": null, \"empty\": {},"
          + " \"list\": [1, \"two\", [3.5e3], {\"k\": \"v\\u00e9\\n\"}], \"n\": 13}";

  @Test
  void readsTheTreeAMapperReads() throws IOException {
    byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
    JsonNode tree = JsonTree.read(bytes);
    assertThat(tree).isEqualTo(new ObjectMapper().readTree(bytes));
    assertThat(tree.get("n").asInt()).isEqualTo(13); // a repeated field: the last wins
    assertThat(tree.get("big").isLong()).isTrue();
    assertThat(tree.get("huge").isBigInteger()).isTrue();
    assertThat(tree.get("ratio").isDouble()).isTrue();
  }

  @Test
  void writesTheBytesAMapperWrites() throws IOException {
    JsonNode tree = JsonTree.read(JSON.getBytes(StandardCharsets.UTF_8));
    byte[] expected =
        new ObjectMapper()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .writeValueAsBytes(tree);
    byte[] written =
        JsonTree.write(
            tree, new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
  }

  @Test
  void emptyInputIsAMissingNodeAndBrokenInputAnError() throws IOException {
    assertThat(JsonTree.read(new byte[0]).isMissingNode()).isTrue();
    assertThatThrownBy(() -> JsonTree.read("{\"a\": [1,".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
  }
}
