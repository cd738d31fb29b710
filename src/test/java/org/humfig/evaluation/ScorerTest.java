package org.humfig.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static GoldFigure gold(String doc, String location, String source) {
    return new GoldFigure(doc, "killed", 12, 12, "exact", source, location, "", true, "");
  }

  private static Figure figure(String doc, double value, String location, String source) {
    return Figure.builder()
        .documentId(doc)
        .metric(Metric.KILLED)
        .category(Metric.KILLED.category())
        .value(value)
        .qualifier(org.humfig.model.Qualifier.EXACT)
        .location(location)
        .attributedTo(source)
        .build();
  }

  @Test
  void words_ignorePunctuationAndPossessives() {
    assertThat(Scorer.words("Tigray, Ethiopia")).containsExactlyInAnyOrder("tigray", "ethiopia");
    assertThat(Scorer.words("Idlib's (northern) province.")).contains("idlib", "northern");
  }

  @Test
  void score_placeWithCountry_matchesPlace() {
    Score s =
        Scorer.score(
            List.of(gold("a", "Tigray", "UN")), List.of(figure("a", 12, "Tigray, Ethiopia", null)));
    assertThat(s.hits()).hasSize(1);
    assertThat(Scorer.differences(s.hits().get(0))).isEmpty();
  }

  @Test
  void score_sourceWithPunctuation_matches() {
    Score s =
        Scorer.score(
            List.of(gold("a", "", "Syrian Observatory")),
            List.of(figure("a", 12, null, "Observatory, a monitor")));
    assertThat(Scorer.differences(s.hits().get(0))).isEmpty();
  }

  @Test
  void score_unannotatedDocuments_countTheirFiguresAsExtras() {
    List<GoldFigure> g = List.of(gold("a", "", ""));
    List<Figure> f = List.of(figure("a", 12, null, null), figure("b", 5, null, null));
    assertThat(Scorer.score(g, f).extras()).isEmpty();
    assertThat(Scorer.score(g, f, Set.of("b")).extras()).hasSize(1);
  }
}
