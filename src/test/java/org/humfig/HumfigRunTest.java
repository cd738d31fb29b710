package org.humfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.humfig.document.Document;
import org.humfig.document.Item;
import org.humfig.document.Problem;
import org.humfig.extract.Extractor;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import org.junit.jupiter.api.Test;

/** A run hands the same outcomes over in input order whatever its number of threads. */
class HumfigRunTest {

  private static final Extractor EXTRACTOR = Extractor.english();
  private static final LocalDate DAY = LocalDate.of(2016, 12, 11);

  /** Forty inputs: documents read, records left unread, one that fails to read, a skipped one. */
  private static List<Item> items() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Document d =
          Document.of(
              "d" + i, "At least " + (i + 2) + " people were killed in Aleppo on Sunday.", DAY);
      if (i == 7) {
        items.add(new Item.Skipped(new Problem("bad.txt", "empty file")));
      } else if (i == 9) {
        items.add(
            new Item.Unread(
                "d9",
                "feed.jsonl line 9",
                10,
                () -> {
                  throw new IllegalStateException("broken");
                }));
      } else if (i % 2 == 0) {
        items.add(new Item.Unread(d.id(), "feed", 60, () -> new Item.Read(d, List.of())));
      } else {
        items.add(new Item.Read(d, List.of()));
      }
    }
    return items;
  }

  private static List<String> run(int threads) throws Exception {
    Humfig h =
        new Humfig(EXTRACTOR, new FigureValidator(TableSchema.bundled(), DAY.plusDays(1)), threads);
    List<String> out = new ArrayList<>();
    h.run(
        items().iterator(),
        o ->
            out.add(
                o instanceof Outcome.Read r
                    ? r.document().id() + " " + r.figures().get(0).figure().value()
                    : o.problems().get(0).toString()));
    return out;
  }

  @Test
  void run_oneThreadOrMany_sameOutcomesInInputOrder() throws Exception {
    List<String> one = run(1);
    assertThat(one).hasSize(40);
    assertThat(one.get(0)).isEqualTo("d0 2.0");
    assertThat(one.get(7)).isEqualTo("bad.txt: empty file");
    assertThat(one.get(9))
        .isEqualTo("feed.jsonl line 9: cannot read (IllegalStateException: broken); skipped");
    assertThat(one.get(39)).isEqualTo("d39 41.0");
    assertThat(run(2)).isEqualTo(one);
    assertThat(run(4)).isEqualTo(one);
  }
}
