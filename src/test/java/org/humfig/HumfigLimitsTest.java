package org.humfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.humfig.document.Document;
import org.humfig.document.Item;
import org.humfig.document.Problem;
import org.humfig.extract.Extractor;
import org.humfig.model.Figure;
import org.humfig.schema.TableSchema;
import org.humfig.text.PageConventions;
import org.humfig.text.Segmenter;
import org.humfig.text.Sentence;
import org.humfig.validate.FigureValidator;
import org.junit.jupiter.api.Test;

/** Per-document limits: a document over its time or its figures is skipped in one line. */
class HumfigLimitsTest {

  private static final Extractor EXTRACTOR = Extractor.english();
  private static final LocalDate DAY = LocalDate.of(2016, 12, 11);

  private static List<Outcome> run(Humfig.Limits limits, Document... docs) throws Exception {
    return run(2, limits, docs);
  }

  private static List<Outcome> run(int threads, Humfig.Limits limits, Document... docs)
      throws Exception {
    Humfig h =
        new Humfig(
            EXTRACTOR,
            new FigureValidator(TableSchema.bundled(), DAY.plusDays(1)),
            threads,
            limits);
    List<Item> items = new ArrayList<>();
    for (Document d : docs) {
      items.add(new Item.Read(d, List.of()));
    }
    List<Outcome> out = new ArrayList<>();
    h.run(items.iterator(), out::add);
    return out;
  }

  @Test
  void documentOverItsTime_isSkippedAndTheNextOneRead() throws Exception {
    AtomicLong clock = new AtomicLong();
    // Every look at the clock moves it a second: a document of many sentences runs out of time.
    // One thread reads the two in turn: on two, the slow one's looks would age the quick one too.
    Humfig.Limits limits =
        new Humfig.Limits(
            Duration.ofSeconds(30), Humfig.Limits.FIGURES, () -> clock.addAndGet(1_000_000_000L));
    Document slow = Document.of("slow", "Twelve people were killed. ".repeat(200), DAY);
    Document quick = Document.of("quick", "At least 12 people were killed in Aleppo.", DAY);
    List<Outcome> out = run(1, limits, slow, quick);
    assertThat(out.get(0))
        .isInstanceOf(Outcome.Skipped.class)
        .extracting(o -> o.problems().get(0).toString())
        .isEqualTo("slow: took more than 30 s; raise --timeout to read it; skipped");
    assertThat(out.get(1)).isInstanceOf(Outcome.Read.class);
    assertThat(out.get(1).figures()).hasSize(1);
  }

  @Test
  void documentWithTooManyFigures_isSkipped() throws Exception {
    Humfig.Limits limits = new Humfig.Limits(Duration.ZERO, 20, () -> 0L);
    Document list = Document.of("list", "12 people were killed. ".repeat(100), DAY);
    Problem p = run(limits, list).get(0).problems().get(0);
    assertThat(p.toString())
        .isEqualTo("list: more than 20 figures: a list or a table, not an article; skipped");
  }

  @Test
  void evidence_startsPastFormulaCharactersAndStaysTheText() {
    Figure f =
        Figure.builder().evidence("=+ -@12 killed").evidenceStart(10).evidenceEnd(24).build();
    Figure safe = Humfig.evidence(f);
    assertThat(safe.evidence()).isEqualTo("12 killed");
    assertThat(safe.evidenceStart()).isEqualTo(15);
    assertThat(safe.evidenceEnd()).isEqualTo(24);
  }

  @Test
  void longRunWithoutSentenceEnd_isCutIntoBoundedSentences_andWindowsDoNotMoveBoundaries() {
    Segmenter s = new Segmenter(PageConventions.english());
    List<Sentence> cut = s.segment("1 ".repeat(1000));
    assertThat(cut).hasSize(4).allSatisfy(x -> assertThat(x.tokens()).hasSize(250));
    String sentence = "Twelve people were killed in the town on Sunday, the monitor said. ";
    List<Sentence> long1 = s.segment(sentence.repeat(5_000)); // one paragraph of 335 KB
    assertThat(long1).hasSize(5_000);
    String text = sentence.repeat(5_000);
    assertThat(long1).allSatisfy(x -> assertThat(x.text(text)).isEqualTo(sentence.strip()));
  }
}
