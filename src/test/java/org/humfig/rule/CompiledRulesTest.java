package org.humfig.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.humfig.text.Packs;
import org.junit.jupiter.api.Test;

class CompiledRulesTest {

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
}
