package org.humfig.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.humfig.extract.Extractor;
import org.junit.jupiter.api.Test;

class ShapesTest {

  @Test
  void text_repeatsThePieceUpToTheLength() {
    for (Shapes.Shape s : Shapes.ALL) {
      String text = s.text(10_000);
      assertThat(text.length()).as(s.name()).isBetween(10_000 - s.piece().length() + 1, 10_000);
      assertThat(text).startsWith(s.piece()).endsWith(s.piece());
    }
  }

  @Test
  void shape_readsEveryShapeAndMeasuresIt() {
    Extractor extractor = Extractor.english();
    for (Shapes.Shape s : Shapes.ALL) {
      ExtractionBench.Measure m = ExtractionBench.shape(extractor, s, 20_000);
      assertThat(m.name()).isEqualTo(s.name());
      assertThat(m.bytes()).isEqualTo(s.text(20_000).length());
      assertThat(m.nanos()).isPositive();
    }
    Shapes.Shape figures =
        Shapes.ALL.stream().filter(s -> s.piece().contains("killed")).skip(1).findFirst().get();
    assertThat(ExtractionBench.shape(extractor, figures, 20_000).figures()).isPositive();
  }
}
