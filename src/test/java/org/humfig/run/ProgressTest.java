package org.humfig.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.humfig.Outcome;
import org.humfig.document.Document;
import org.humfig.document.Problem;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter text = new StringWriter();
  private final long[] now = {0};
  private final long[] read = {0};

  private Progress progress(long total) {
    return new Progress(new PrintWriter(text), () -> read[0], total, () -> now[0]);
  }

  private static Outcome doc() {
    return new Outcome.Read(Document.of("a", "Text.", null), List.of(), List.of());
  }

  @Test
  void aShortRunPrintsNothing() {
    Progress p = progress(1 << 20);
    for (int i = 0; i < 10; i++) {
      now[0] += 100_000_000L;
      p.accept(doc());
    }
    p.finish(null);
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void aLongRunShowsDocumentsSpeedAndTimeLeftThenWipesTheLine() {
    Progress p = progress(10L << 20);
    now[0] = 2_000_000_000L;
    read[0] = 2L << 20;
    p.accept(doc());
    p.accept(new Outcome.Skipped(new Problem("x", "bad")));
    assertThat(text.toString())
        .isEqualTo("\r1 documents, 2.0 MB read, 1.0 MB/s, 20%, about 0:00:08 left");
    now[0] += 100_000_000L;
    p.accept(doc());
    assertThat(text.toString()).doesNotContain("2 documents"); // not redrawn yet
    now[0] = 4_000_000_000L;
    read[0] = 4L << 20;
    p.accept(doc());
    String line = "3 documents, 4.0 MB read, 1.0 MB/s, 40%, about 0:00:06 left";
    assertThat(text.toString()).endsWith("\r" + line);
    p.finish(null);
    assertThat(text.toString()).endsWith("\r" + line + "\r" + " ".repeat(line.length()) + "\r");
  }

  @Test
  void anUnknownTotalShowsNoTimeLeft() {
    assertThat(progress(0).line(1_000_000_000L)).isEqualTo("0 documents, 0.0 MB read, 0.0 MB/s");
  }
}
