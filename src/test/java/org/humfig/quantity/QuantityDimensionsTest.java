package org.humfig.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.humfig.bench.NewsCorpus;
import org.humfig.rule.Rule;
import org.humfig.rule.RuleLoader;
import org.humfig.text.PageConventions;
import org.humfig.text.Segmenter;
import org.humfig.text.Sentence;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The dimensions a sentence may hold bound those of every quantity found in it or in any part of it
 * with tokens left out, as the extractor's views leave out asides.
 */
class QuantityDimensionsTest {

  private final QuantityParser parser = new QuantityParser(QuantityLexicon.of("en"));

  @Test
  void mayHoldDimensions_boundTheQuantitiesOfEveryView() {
    List<List<Token>> sentences = new ArrayList<>();
    Tokenizer tokenizer = new Tokenizer();
    for (Rule r : RuleLoader.bundled("en").build().rules()) {
      r.positive().forEach(e -> sentences.add(tokenizer.tokenize(e.text())));
      r.negative().forEach(e -> sentences.add(tokenizer.tokenize(e.text())));
    }
    for (String s :
        List.of(
            "a 48-hour curfew over 300 sq km and 12%, a third of the $5 million, five-year plan",
            "40, or so, square kilometres and 2 million dollars (1.5 million euros) and 3/4 of it",
            "between 10 and 20 per cent of 7sq km, half of the 1,200 hectares, 30 miles away")) {
      sentences.add(tokenizer.tokenize(s));
    }
    Segmenter segmenter = new Segmenter(PageConventions.english());
    NewsCorpus corpus = new NewsCorpus(9);
    for (int i = 0; i < 60; i++) {
      for (Sentence s : segmenter.segment(corpus.article(i).text())) {
        sentences.add(s.tokens());
      }
    }
    SplittableRandom random = new SplittableRandom(2);
    int views = 0;
    for (List<Token> all : sentences) {
      Set<Dimension> may = parser.mayHoldDimensions(all);
      for (int v = 0; v < 6; v++) {
        List<Token> view = new ArrayList<>();
        for (Token t : all) {
          if (v == 0 || random.nextInt(4) > 0) {
            view.add(t);
          }
        }
        for (QuantitySpan q : parser.parse(view)) {
          assertThat(may)
              .as("%s in '%s'", q, Token.text(view, 0, view.size()))
              .contains(q.quantity().dimension());
          views++;
        }
      }
    }
    assertThat(views).isGreaterThan(1000);
    assertThat(parser.mayHoldDimensions(tokenizer.tokenize("No number here."))).isEmpty();
    assertThat(parser.mayHoldDimensions(tokenizer.tokenize("12 people fled.")))
        .containsExactly(Dimension.COUNT);
  }
}
