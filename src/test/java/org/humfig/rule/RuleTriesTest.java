package org.humfig.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.humfig.bench.NewsCorpus;
import org.humfig.quantity.QuantityLexicon;
import org.humfig.quantity.QuantityParser;
import org.humfig.text.PageConventions;
import org.humfig.text.Segmenter;
import org.humfig.text.Sentence;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The rule set skips the tries that cannot match: a rule whose needed words the sentence lacks, and
 * one whose quantity or sentence start lies beyond its anchor's reach. These tests hold it to
 * finding exactly what trying every rule at every anchor finds.
 */
class RuleTriesTest {

  @Test
  void sparedTries_findWhatTryingEveryFinds_onEveryRuleExample() {
    for (String language : org.humfig.text.Packs.codes()) {
      RuleSet rules = RuleLoader.bundled(language).build();
      QuantityParser quantities = new QuantityParser(QuantityLexicon.of(language));
      List<String> texts = new ArrayList<>();
      for (Rule r : rules.rules()) {
        r.positive().forEach(e -> texts.add(e.text()));
        r.negative().forEach(e -> texts.add(e.text()));
      }
      int n = texts.size();
      for (int k = 0; k + 1 < n; k += 2) {
        // two examples in one sentence: quantities and anchors at every distance
        texts.add(texts.get(k) + " " + texts.get(k + 1));
      }
      for (String text : texts) {
        same(rules, quantities, new Tokenizer().tokenize(text));
      }
    }
  }

  @Test
  void sparedTries_findWhatTryingEveryFinds_onGeneratedNews() {
    RuleSet rules = RuleLoader.bundled("en").build();
    QuantityParser quantities = new QuantityParser(QuantityLexicon.of("en"));
    Segmenter segmenter = new Segmenter(PageConventions.of("en"));
    NewsCorpus corpus = new NewsCorpus(7);
    int found = 0;
    for (int i = 0; i < 150; i++) {
      for (Sentence s : segmenter.segment(corpus.article(i).text())) {
        found += same(rules, quantities, s.tokens());
      }
    }
    assertThat(found).as("matches in 150 generated articles").isGreaterThan(300);
  }

  private static int same(RuleSet rules, QuantityParser quantities, List<Token> tokens) {
    View spared = new View(tokens, quantities.parse(tokens));
    View every = new View(tokens, quantities.parse(tokens));
    List<List<Match>> matches =
        List.of(rules.figures(spared), rules.attributions(spared), rules.actors(spared));
    assertThat(matches)
        .as(Token.text(tokens, 0, tokens.size()))
        .isEqualTo(rules.tryingEvery(every));
    return matches.get(0).size() + matches.get(1).size();
  }
}
