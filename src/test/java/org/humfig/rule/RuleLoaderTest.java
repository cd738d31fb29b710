package org.humfig.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {

  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    Path p = dir.resolve("my-rules.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  @Test
  void wordList_definedInTwoFiles_failsNamingBoth() {
    String first = "lexicon-twice/first.yaml";
    String second = "lexicon-twice/second.yaml";
    assertThatThrownBy(
            () -> RuleLoader.of("en", java.util.List.of(first, second), java.util.List.of()))
        .isInstanceOf(RuleException.class)
        .hasMessage(
            second
                + ": lexicon 'fled_verb' is already defined in "
                + first
                + "; define each word list in one file");
    assertThat(RuleLoader.of("en", java.util.List.of(first), java.util.List.of())).isNotNull();
  }

  @Test
  void english_everyRuleHasExamplesAndAnAnchor() {
    RuleSet rules = RuleLoader.english();
    assertThat(rules.rules()).hasSizeGreaterThan(30);
    assertThat(rules.rules())
        .allSatisfy(
            r -> {
              assertThat(r.positive()).isNotEmpty();
              assertThat(r.negative()).isNotEmpty();
            });
    assertThat(rules.rules()).extracting(Rule::id).doesNotHaveDuplicates();
  }

  @Test
  void add_unknownLexicon_namesFileLineAndRule() throws IOException {
    Path p =
        file(
            "family: displacement\n"
                + "rules:\n"
                + "  - id: fled.custom\n"
                + "    pattern: QTY POP? @DISPLACD\n"
                + "    metric: fled\n"
                + "    positive: [\"12 people fled\"]\n"
                + "    negative: [\"nothing\"]\n");
    assertThatThrownBy(() -> RuleLoader.bundled().add(p).build())
        .isInstanceOf(RuleException.class)
        .hasMessage(p + ":3: rule 'fled.custom': unknown lexicon 'DISPLACD'");
  }

  @Test
  void add_missingExamples_isRefused() throws IOException {
    Path p =
        file(
            "family: casualty\nrules:\n  - id: killed.mine\n    pattern: QTY @killed\n    metric: killed\n"
                + "    positive: [\"12 killed\"]\n");
    assertThatThrownBy(() -> RuleLoader.bundled().add(p).build())
        .hasMessage(
            p + ":3: rule 'killed.mine': needs at least one positive and one negative example");
  }

  @Test
  void add_unknownMetricAndField_areNamed() throws IOException {
    Path metric =
        file(
            "family: casualty\nrules:\n  - id: x.y\n    pattern: QTY @killed\n    metric: slain\n");
    assertThatThrownBy(() -> RuleLoader.bundled().add(metric).build())
        .hasMessageContaining("unknown metric 'slain'");
    Path field =
        file(
            "family: casualty\nrules:\n  - id: x.y\n    pattern: QTY @killed\n    metirc: killed\n");
    assertThatThrownBy(() -> RuleLoader.bundled().add(field).build())
        .hasMessageContaining("unknown field 'metirc'");
  }

  @Test
  void add_badYaml_givesLine() throws IOException {
    Path p = file("family: casualty\nrules:\n  - id: [unclosed\n");
    assertThatThrownBy(() -> RuleLoader.bundled().add(p).build())
        .isInstanceOf(RuleException.class)
        .hasMessageStartingWith(p + ":")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void add_sameId_replacesBundledRule() throws IOException {
    Path p =
        file(
            "family: casualty\n"
                + "rules:\n"
                + "  - id: killed.passive\n"
                + "    pattern: QTY POP? @aux{0,3} @killed\n"
                + "    metric: killed\n"
                + "    enabled: false\n"
                + "    positive: [\"12 people were killed\"]\n"
                + "    negative: [\"nothing\"]\n");
    RuleSet rules = RuleLoader.bundled().add(p).build();
    assertThat(rules.rule("killed.passive")).get().extracting(Rule::enabled).isEqualTo(false);
    assertThat(rules.rule("killed.passive").orElseThrow().origin()).startsWith(p.toString());
  }

  @Test
  void add_idAndEnabledOnly_switchesTheBundledRule() throws IOException {
    assertThat(RuleLoader.english().rule("homeless.housing").orElseThrow().enabled()).isFalse();
    Path p =
        file(
            "family: displacement\n"
                + "rules:\n"
                + "  - {id: homeless.housing, enabled: true}\n"
                + "  - {id: killed.passive, enabled: false}\n");
    RuleSet rules = RuleLoader.bundled().add(p).build();
    Rule housing = rules.rule("homeless.housing").orElseThrow();
    assertThat(housing.enabled()).isTrue();
    assertThat(housing.origin()).doesNotStartWith(p.toString()); // still the bundled rule
    assertThat(housing.positive()).isNotEmpty();
    assertThat(rules.rule("killed.passive").orElseThrow().enabled()).isFalse();
  }

  @Test
  void add_switchOfAnUnknownRule_failsNamingIt() throws IOException {
    Path p = file("family: displacement\nrules:\n  - {id: homeless.nothing, enabled: true}\n");
    assertThatThrownBy(() -> RuleLoader.bundled().add(p))
        .isInstanceOf(RuleException.class)
        .hasMessageStartingWith(p + ":3: rule 'homeless.nothing': no loaded rule has this id");
  }

  @Test
  void compile_patternSyntaxErrors_areExplained() {
    Lexicon lex = new Lexicon().add("killed", java.util.List.of("killed"));
    assertThatThrownBy(() -> Pattern.compile("QTY Killed", lex))
        .hasMessageContaining("unknown element 'Killed'");
    assertThatThrownBy(() -> Pattern.compile("QTY<weight> @killed", lex))
        .hasMessageContaining("unknown dimension 'weight'");
    assertThatThrownBy(() -> Pattern.compile("_ _", lex)).hasMessageContaining("anchor");
    assertThat(Pattern.compile("QTY POP? @killed{1,2}", lex).toString())
        .isEqualTo("QTY POP? @killed{1,2}");
  }
}
