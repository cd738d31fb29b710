package org.humfig.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.humfig.bench.NewsCorpus;
import org.humfig.document.Document;
import org.humfig.model.Figure;
import org.humfig.rule.Rule;
import org.humfig.rule.RuleLoader;
import org.humfig.text.PageConventions;
import org.humfig.text.Segmenter;
import org.humfig.text.Sentence;
import org.junit.jupiter.api.Test;

/**
 * A document where no figure rule can match is not read past its sentences. These tests hold that
 * check to finding what reading every document in full finds, on documents made of sentences with
 * and without figures, distractor numbers and tables.
 */
class SparedDocumentsTest {

  private static final Extractor X = Extractor.english();

  @Test
  void sparedDocuments_giveWhatReadingThemInFullGives() {
    List<String> pool = new ArrayList<>();
    Segmenter segmenter = new Segmenter(PageConventions.english());
    NewsCorpus corpus = new NewsCorpus(11);
    for (int i = 0; i < 120; i++) {
      String text = corpus.article(i).text();
      for (Sentence s : segmenter.segment(text)) {
        pool.add(s.text(text));
      }
    }
    for (Rule r : RuleLoader.bundled("en").build().rules()) {
      r.positive().forEach(e -> pool.add(e.text()));
      r.negative().forEach(e -> pool.add(e.text()));
    }
    pool.add("| Province | Deaths | Displaced |\n| North | 120 | 3,400 |\n| South | 15 | 800 |");
    pool.add("Province\tHomes destroyed\nCoast\t1,250\nHills\t310");
    SplittableRandom random = new SplittableRandom(3);
    int empty = 0;
    int figures = 0;
    for (int d = 0; d < 600; d++) {
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(5);
      for (int k = 0; k < sentences; k++) {
        text.append(pool.get(random.nextInt(pool.size()))).append(k % 2 == 0 ? " " : "\n\n");
      }
      Document doc = Document.of("d" + d, text.toString(), LocalDate.of(2020, 5, 4));
      List<Figure> full = X.extractReadingEvery(doc);
      assertThat(X.extract(doc)).as(text.toString()).isEqualTo(full);
      empty += full.isEmpty() ? 1 : 0;
      figures += full.size();
    }
    assertThat(empty).as("documents without a figure").isGreaterThan(60);
    assertThat(figures).as("figures in all").isGreaterThan(300);
  }

  @Test
  void aDocumentWithNumbersButNoFigureWords_hasNoFigure_andOneWithThemHas() {
    Document plain =
        Document.of(
            "p",
            "The 2024 budget rose by 3 percent to 12 billion dollars. Trains ran 20 minutes late.",
            LocalDate.of(2024, 3, 1));
    Document flood =
        Document.of(
            "f",
            "The budget rose by 3 percent. Floods forced 12,000 people from their homes.",
            LocalDate.of(2024, 3, 1));
    assertThat(X.extract(plain)).isEmpty();
    assertThat(X.extract(flood)).extracting(Figure::value).contains(12000.0);
  }
}
