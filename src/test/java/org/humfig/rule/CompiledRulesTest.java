package org.humfig.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.humfig.text.Packs;
import org.humfig.text.Resource;
import org.junit.jupiter.api.Test;

class CompiledRulesTest {

  /** Every bundled file reads as the same tree from its compiled form as from its YAML. */
  @Test
  void theCompiledFilesHoldTheSameTreesAsTheYaml() throws IOException {
    List<String> paths = CompiledRules.bundled();
    assertThat(paths).isNotEmpty();
    for (String path : paths) {
      byte[] yaml = bytes(path);
      try (JsonParser p = CompiledRules.open(path, yaml)) {
        assertThat((Object) p).as(path + ": compiled by the build from this YAML").isNotNull();
        JsonNode compiled = Resource.YAML.readTree(p);
        assertThat(compiled).as(path).isEqualTo(Resource.YAML.readTree(yaml));
      }
      byte[] json = CompiledRules.compile(yaml);
      assertThat(new String(json, StandardCharsets.UTF_8).lines().count())
          .as(path + ": no more lines than the YAML, with the CRC and the end")
          .isLessThanOrEqualTo(new String(yaml, StandardCharsets.UTF_8).lines().count() + 2);
    }
  }

  /** The rules built from the compiled files are the YAML's, down to the line of each rule. */
  @Test
  void buildsTheSameRulesAsTheYaml() {
    for (String code : Packs.codes()) {
      Packs.Pack pack = Packs.of(code);
      List<String> lexicons = new ArrayList<>();
      pack.lexicons().forEach(n -> lexicons.add("lexicon/" + code + "/words/" + n + ".yaml"));
      List<String> rules = new ArrayList<>();
      pack.rules().forEach(n -> rules.add("rules/" + code + "/" + n + ".yaml"));
      RuleSet a = RuleLoader.of(code, lexicons, rules, true).build();
      RuleSet b = RuleLoader.of(code, lexicons, rules, false).build();
      assertThat(a.rules()).hasSameSizeAs(b.rules());
      for (int i = 0; i < a.rules().size(); i++) {
        Rule x = a.rules().get(i);
        Rule y = b.rules().get(i);
        assertThat(describe(x)).as(y.id()).isEqualTo(describe(y));
      }
      assertThat(a.lexicon().names()).isEqualTo(b.lexicon().names());
      for (String name : b.lexicon().names()) {
        assertThat(a.lexicon().phrases(name)).as(name).isEqualTo(b.lexicon().phrases(name));
      }
    }
  }

  @Test
  void aCompiledFileOfOtherYamlIsNotRead() throws IOException {
    String path = CompiledRules.bundled().get(0);
    byte[] yaml = bytes(path);
    yaml[yaml.length - 1] ^= 1;
    assertThat((Object) CompiledRules.open(path, yaml)).isNull();
    assertThat((Object) CompiledRules.open("/rules/none.yaml", yaml)).isNull();
  }

  private static String describe(Rule r) {
    return String.join(
        " | ",
        r.id(),
        r.name(),
        r.family(),
        String.valueOf(r.pattern()),
        String.valueOf(r.metric()),
        String.valueOf(r.tally()),
        String.valueOf(r.priority()),
        String.valueOf(r.confidence()),
        String.valueOf(r.enabled()),
        r.positive().toString(),
        r.negative().toString(),
        r.origin());
  }

  private static byte[] bytes(String path) throws IOException {
    try (InputStream in = Resource.open(path)) {
      return in.readAllBytes();
    }
  }
}
