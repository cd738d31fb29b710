package org.humfig.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.humfig.extract.Extractor;
import org.humfig.model.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcReaderTest {

  private static final LocalDate ARCHIVED = LocalDate.of(2023, 5, 7);
  private static Path[] pages;

  @TempDir Path dir;

  @BeforeAll
  static void pages() throws URISyntaxException {
    Path folder = Path.of(WarcReaderTest.class.getResource("/warc/flood.html").toURI()).getParent();
    pages =
        new Path[] {
          folder.resolve("flood.html"), folder.resolve("siege.html"), folder.resolve("camps.html")
        };
  }

  private static List<Item> read(Path... paths) {
    List<Item> items = new ArrayList<>();
    try (Inputs in = Inputs.open(List.of(paths), Inputs.Options.DEFAULT)) {
      in.forEachRemaining(items::add);
    }
    return items;
  }

  private static List<Document> documents(List<Item> items) {
    assertThat(items).allMatch(i -> i instanceof Item.Read);
    return items.stream().map(i -> ((Item.Read) i).document()).toList();
  }

  private static List<String> problems(List<Item> items) {
    return items.stream()
        .filter(i -> i instanceof Item.Skipped)
        .map(i -> ((Item.Skipped) i).problem().toString())
        .toList();
  }

  @Test
  void read_htmlResponses_areDocumentsWithTargetAndRecordId() throws IOException {
    Path warc = WarcFiles.write(dir.resolve("crawl.warc.gz"), pages);
    List<Document> docs = documents(read(warc));
    assertThat(docs)
        .extracting(Document::id)
        .containsExactly(WarcFiles.recordId(0), WarcFiles.recordId(1), WarcFiles.recordId(2));
    assertThat(docs)
        .extracting(Document::sourceUrl)
        .containsExactly(
            WarcFiles.target(pages[0]), WarcFiles.target(pages[1]), WarcFiles.target(pages[2]));
    Document flood = docs.get(0);
    assertThat(flood.origin()).startsWith(warc + " offset ");
    assertThat(flood.title()).isEqualTo("Floods sweep river valley as rains continue");
    assertThat(flood.sourceName()).isEqualTo("Valley Courier");
    assertThat(flood.text()).doesNotContain("Also read", "readers online");
  }

  @Test
  void read_publicationDate_isThePagesElseTheDayArchived() throws IOException {
    List<Document> docs = documents(read(WarcFiles.write(dir.resolve("a.warc"), pages)));
    assertThat(docs)
        .extracting(Document::published)
        .containsExactly(
            Optional.of(LocalDate.of(2023, 9, 14)),
            Optional.of(ARCHIVED),
            Optional.of(LocalDate.of(2024, 2, 3)));
  }

  @Test
  void read_givesTheFiguresOfTheSamePagesSavedAsHtml() throws IOException {
    List<Document> archived = documents(read(WarcFiles.write(dir.resolve("b.warc.gz"), pages)));
    List<Document> saved = documents(read(pages));
    Extractor extractor = Extractor.english();
    int figures = 0;
    for (int i = 0; i < pages.length; i++) {
      Document html = saved.get(i).withDefaults(new Metadata("", "", Optional.of(ARCHIVED)));
      assertThat(archived.get(i).text()).isEqualTo(html.text());
      List<Figure> fromHtml = comparable(extractor.extract(html));
      assertThat(comparable(extractor.extract(archived.get(i)))).isEqualTo(fromHtml);
      figures += fromHtml.size();
    }
    assertThat(figures).isGreaterThanOrEqualTo(9);
  }

  /** Drops what names the document rather than the figure: its id and address. */
  private static List<Figure> comparable(List<Figure> figures) {
    return figures.stream()
        .map(f -> f.toBuilder().id(null).documentId(null).partOf(null).sourceUrl(null).build())
        .toList();
  }

  @Test
  void read_notAnArchive_isOneProblemNamingIt() throws IOException {
    Path warc = Files.writeString(dir.resolve("notes.warc"), "These are notes, not an archive.");
    List<String> problems = problems(read(warc));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .startsWith(warc + " offset 0: not a readable WARC record (")
        .endsWith("the rest of the file is skipped");
  }

  @Test
  void read_truncatedArchive_keepsTheRecordsBeforeTheBreak() throws IOException {
    Path whole = WarcFiles.write(dir.resolve("whole.warc"), pages);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    List<Item> items = read(cut);
    assertThat(items.get(0)).isInstanceOf(Item.Read.class);
    assertThat(problems(items)).isNotEmpty();
    assertThat(problems(items).get(problems(items).size() - 1)).contains(cut.toString());
  }

  @Test
  void read_archiveWithoutPages_saysSo() throws IOException {
    Path empty = Files.write(dir.resolve("empty.warc"), new byte[0]);
    assertThat(problems(read(empty))).containsExactly(empty + ": no HTML responses in the archive");
  }

  @Test
  void read_pageOverTheLimit_isSkippedAndTheRestRead() throws IOException {
    Path warc = WarcFiles.write(dir.resolve("c.warc"), pages);
    long limit = Files.size(pages[2]) + 10;
    List<Item> items = new ArrayList<>();
    try (WarcReader r = new WarcReader(Files.newInputStream(warc), "c.warc", limit)) {
      r.forEachRemaining(items::add);
    }
    long larger = Arrays.stream(pages).filter(p -> p.toFile().length() > limit).count();
    assertThat(larger).isPositive();
    assertThat(problems(items))
        .hasSize((int) larger)
        .allMatch(p -> p.contains("too large (") && p.contains(" MB, the limit is "));
    assertThat(items.get(items.size() - 1)).isInstanceOf(Item.Read.class);
  }

  @Test
  void read_pageWithoutText_isNamed() throws IOException {
    Path page =
        Files.writeString(dir.resolve("blank.html"), "<html><body><nav>Home</nav></body></html>");
    Path warc = WarcFiles.write(dir.resolve("d.warc"), page);
    assertThat(problems(read(warc)))
        .singleElement()
        .asString()
        .contains("no text in the page body");
  }

  @Test
  void read_fromAStream_needsNoFile() throws IOException {
    byte[] bytes = Files.readAllBytes(WarcFiles.write(dir.resolve("e.warc.gz"), pages));
    try (WarcReader r =
        new WarcReader(new ByteArrayInputStream(bytes), "hdfs://archive/e.warc.gz", 1 << 20)) {
      assertThat(r.hasNext()).isTrue();
      assertThat(((Item.Read) r.next()).document().text()).contains("At least 42 people");
    }
  }
}
