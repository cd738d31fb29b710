package org.humfig.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.humfig.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsCorpusTest {

  @TempDir Path dir;

  @Test
  void article_sameSeedAndIndex_sameArticle_otherSeed_otherArticle() {
    NewsCorpus a = new NewsCorpus(7);
    assertThat(new NewsCorpus(7).article(3)).isEqualTo(a.article(3));
    assertThat(new NewsCorpus(8).article(3).text()).isNotEqualTo(a.article(3).text());
    assertThat(a.article(3).text()).isNotEqualTo(a.article(4).text());
  }

  @Test
  void reporting_aShareOfArticlesReportsFigures_theRestNone() {
    org.humfig.extract.Extractor x = Extractor.english();
    NewsCorpus all = new NewsCorpus(5);
    NewsCorpus share = new NewsCorpus(5, 0.25);
    NewsCorpus none = new NewsCorpus(5, 0);
    int reporting = 0;
    for (int i = 0; i < 80; i++) {
      NewsCorpus.Article a = share.article(i);
      boolean reports =
          !x.extract(org.humfig.document.Document.of(a.id(), a.text(), a.published())).isEmpty();
      if (reports) {
        reporting++;
        assertThat(a)
            .as("a reporting article is the same in every corpus of its seed")
            .isEqualTo(all.article(i));
      }
      NewsCorpus.Article quiet = none.article(i);
      assertThat(x.extract(org.humfig.document.Document.of("q", quiet.text(), quiet.published())))
          .as(quiet.text())
          .isEmpty();
      assertThat(new NewsCorpus(5, 1.0).article(i)).isEqualTo(all.article(i));
    }
    assertThat(reporting).isBetween(10, 32);
  }

  @Test
  void write_jsonl_sameBytesTwice_andAboutTheSizeAsked() throws IOException {
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    int n = new NewsCorpus(1).write(one, NewsCorpus.Layout.JSONL, 100_000);
    new NewsCorpus(1).write(two, NewsCorpus.Layout.JSONL, 100_000);
    assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));
    assertThat(Files.size(one)).isBetween(100_000L, 160_000L);
    assertThat(Files.readAllLines(one)).hasSize(n);
  }

  @Test
  void write_textAndHtml_oneFilePerArticle() throws IOException {
    int text = new NewsCorpus(1).write(dir.resolve("t"), NewsCorpus.Layout.TEXT, 20_000);
    int html = new NewsCorpus(1).write(dir.resolve("h"), NewsCorpus.Layout.HTML, 20_000);
    try (var t = Files.list(dir.resolve("t"));
        var h = Files.list(dir.resolve("h"))) {
      assertThat(t.count()).isEqualTo(text);
      assertThat(h.count()).isEqualTo(html);
    }
    assertThat(Files.readString(dir.resolve("h/news-00000000.html")))
        .contains("<article>", "article:published_time", "<nav>");
  }

  @Test
  void bench_smallCorpus_findsFiguresOnEveryThreadCount() throws IOException {
    Path corpus = dir.resolve("news.jsonl");
    int n = new NewsCorpus(3).write(corpus, NewsCorpus.Layout.JSONL, 60_000);
    ExtractionBench bench = new ExtractionBench(corpus);
    Extractor x = Extractor.english();

    ExtractionBench.Measure bare = bench.tokenize();
    ExtractionBench.Measure one = bench.extract(x, 1, dir.resolve("one"));
    ExtractionBench.Measure two = bench.extract(x, 2, dir.resolve("two"));

    assertThat(bare.documents()).isEqualTo(n);
    assertThat(one.documents()).isEqualTo(n);
    assertThat(one.figures()).isGreaterThan(n);
    assertThat(two.figures()).isEqualTo(one.figures());
    assertThat(Files.readAllBytes(dir.resolve("two/figures.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("one/figures.csv")));
    assertThat(one.toString()).contains("MB/s", "docs/s", "MB per CPU s");
    assertThat(one.cpuNanos()).isPositive();
    assertThat(one.megabytesPerCpuSecond()).isPositive();
  }
}
