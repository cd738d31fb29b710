package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledResourcesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every bundled YAML file reads as the same tree from its compiled form as from its YAML. */
  @Test
  void theCompiledFilesHoldTheSameTreesAsTheYaml() throws IOException, URISyntaxException {
    List<String> paths = CompiledResources.yamlFiles(classes());
    assertThat(paths).contains("/lexicon/packs.yaml", "/lexicon/en/place.yaml");
    assertThat(paths).anyMatch(p -> p.startsWith("/rules/"));
    for (String path : paths) {
      byte[] yaml = bytes(path);
      try (JsonParser p = CompiledResources.open(path, yaml)) {
        assertThat((Object) p).as(path + ": compiled by the build from this YAML").isNotNull();
        JsonNode compiled = JSON.readTree(p);
        assertThat(compiled).as(path).isEqualTo(Resource.yamlMapper().readTree(yaml));
      }
      byte[] json = CompiledResources.compile(yaml);
      assertThat(new String(json, StandardCharsets.UTF_8).lines().count())
          .as(path + ": no more lines than the YAML, with the CRC and the end")
          .isLessThanOrEqualTo(new String(yaml, StandardCharsets.UTF_8).lines().count() + 2);
    }
  }

  /** A file is read from either form alike, down to the words YAML 1.1 would make booleans. */
  @Test
  void readsTheSameValuesFromEitherForm() throws IOException {
    try (JsonParser compiled = Resource.parser("/lexicon/en/place.yaml", true);
        JsonParser yaml = Resource.parser("/lexicon/en/place.yaml", false)) {
      assertThat((Object) compiled.getClass()).isNotEqualTo(yaml.getClass());
      JsonNode a = JSON.readTree(compiled);
      JsonNode b = JSON.readTree(yaml);
      assertThat(a).isEqualTo(b);
    }
  }

  @Test
  void aCompiledFileOfOtherYamlIsNotRead() throws IOException {
    String path = "/lexicon/packs.yaml";
    byte[] yaml = bytes(path);
    assertThat((Object) CompiledResources.open(path, yaml)).isNotNull();
    yaml[yaml.length - 1] ^= 1;
    assertThat((Object) CompiledResources.open(path, yaml)).isNull();
    assertThat((Object) CompiledResources.open("/rules/none.yaml", yaml)).isNull();
  }

  /** The folder the bundled resources are read from in the build. */
  private static Path classes() throws URISyntaxException {
    return Path.of(Resource.class.getResource("/lexicon/packs.yaml").toURI())
        .getParent()
        .getParent();
  }

  private static byte[] bytes(String path) throws IOException {
    try (InputStream in = Resource.open(path)) {
      return in.readAllBytes();
    }
  }
}
