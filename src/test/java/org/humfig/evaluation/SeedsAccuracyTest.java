package org.humfig.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.humfig.document.Inputs;
import org.humfig.document.Item;
import org.humfig.document.Manifest;
import org.humfig.document.Metadata;
import org.humfig.extract.Extractor;
import org.humfig.model.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy floor on the five sample articles against the hand-annotated gold, with the matching
 * rules of the project's scorer. It guards against regressions; raise the floors, never lower them.
 */
class SeedsAccuracyTest {

  private static final Path EXAMPLES = Path.of("examples");
  private static List<Figure> figures;
  private static Score score;

  @BeforeAll
  static void extract() throws IOException {
    Extractor x = Extractor.english();
    figures = new ArrayList<>();
    Inputs.Options options =
        new Inputs.Options(Manifest.EMPTY, Metadata.NONE, Inputs.DEFAULT_MAX_BYTES);
    try (Inputs in = Inputs.open(List.of(EXAMPLES), options)) {
      while (in.hasNext()) {
        Item item = in.next();
        assertThat(item).isInstanceOf(Item.Read.class);
        figures.addAll(x.extract(((Item.Read) item).document()));
      }
    }
    score = Scorer.score(Scorer.read(Path.of("src/test/resources/seeds/gold.csv")), figures);
  }

  @Test
  void seeds_f1AtLeastFloor() {
    assertThat(score.f1()).as(score.summary()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void seeds_attributesRightOnNinetyPercentOfHits() {
    assertThat(score.qualifier().value()).as(score.summary()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.attribution().value()).as(score.summary()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.location().value()).as(score.summary()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void seeds_forumHeadlinesYieldNoFigure() throws IOException {
    String text = Files.readString(EXAMPLES.resolve("002_ddb399af3f17ee9c.txt"));
    int forum = text.indexOf("Today at 7:09 am by Rocky");
    assertThat(forum).isPositive();
    assertThat(figures)
        .filteredOn(f -> f.documentId().equals("002_ddb399af3f17ee9c"))
        .allSatisfy(f -> assertThat(f.evidenceStart()).isLessThan(forum));
  }

  @Test
  void seeds_repostedStoryIsExtractedOnce() {
    assertThat(figures)
        .filteredOn(f -> f.documentId().equals("002_ddb399af3f17ee9c"))
        .extracting(f -> f.metric().id() + " " + f.value())
        .doesNotHaveDuplicates();
  }
}
