package org.humfig.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path dir;

  private List<Item> read(Inputs.Options options, Path... paths) {
    List<Item> items = new ArrayList<>();
    try (Inputs in = Inputs.open(List.of(paths), options)) {
      in.forEachRemaining(items::add);
    }
    return items;
  }

  private static Document doc(Item item) {
    assertThat(item).isInstanceOf(Item.Read.class);
    return ((Item.Read) item).document();
  }

  private static String problem(Item item) {
    assertThat(item).isInstanceOf(Item.Skipped.class);
    return ((Item.Skipped) item).problem().toString();
  }

  @Test
  void open_folder_readsInNameOrderWithFolderManifest() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Second.");
    Files.writeString(dir.resolve("a.txt"), "\uFEFFFirst.");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.txt"), "Third.");
    Files.writeString(
        dir.resolve("manifest.csv"),
        "document,source_name,source_url,published\na,Reuters,https://example.org/a,2016-12-11\nc,AFP,,2016-12-10\n");
    List<Item> items = read(Inputs.Options.DEFAULT, dir);
    assertThat(items).extracting(i -> doc(i).id()).containsExactly("a", "b", "c");
    Document a = doc(items.get(0));
    assertThat(a.text()).isEqualTo("First.");
    assertThat(a.sourceName()).isEqualTo("Reuters");
    assertThat(a.sourceUrl()).isEqualTo("https://example.org/a");
    assertThat(a.published()).contains(LocalDate.of(2016, 12, 11));
    assertThat(doc(items.get(2)).sourceName()).isEqualTo("AFP");
    assertThat(doc(items.get(1)).published()).isEmpty();
  }

  @Test
  void open_explicitManifestAndDefaults() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Text.");
    Path m = Files.writeString(dir.resolve("other.csv"), "id,published\na,2020-01-02\n");
    Inputs.Options options =
        new Inputs.Options(
            Manifest.read(m),
            new Metadata("Fallback", "", java.util.Optional.of(LocalDate.of(2000, 1, 1))),
            1 << 20);
    Document d = doc(read(options, a).get(0));
    assertThat(d.published()).contains(LocalDate.of(2020, 1, 2));
    assertThat(d.sourceName()).isEqualTo("Fallback");
  }

  @Test
  void open_badFiles_areSkippedWithReasons() throws IOException {
    Files.write(dir.resolve("a.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1'});
    Files.write(dir.resolve("b.txt"), new byte[] {'o', 'k', (byte) 0x81});
    Files.writeString(dir.resolve("c.txt"), "   \n  ");
    Files.writeString(dir.resolve("d.txt"), "x".repeat(2000));
    Files.writeString(dir.resolve("e.doc"), "word");
    List<Item> items = read(new Inputs.Options(Manifest.EMPTY, Metadata.NONE, 1000), dir);
    assertThat(items)
        .extracting(InputsTest::problem)
        .containsExactly(
            dir.resolve("a.txt") + ": binary file (a PDF file), not text",
            dir.resolve("b.txt")
                + ": neither UTF-8 (invalid at byte 2) nor windows-1252; save the file as UTF-8",
            dir.resolve("c.txt") + ": no text (only white space)",
            dir.resolve("d.txt")
                + ": too large (0.0 MB, the limit is 0.0 MB); split it or raise --max-size",
            dir.resolve("e.doc") + ": skipped: not a .txt, .html, .jsonl or .warc file");
  }

  @Test
  void open_missingPath_isReported() {
    assertThat(problem(read(Inputs.Options.DEFAULT, dir.resolve("gone.txt")).get(0)))
        .endsWith("no such file or folder");
  }

  @Test
  void open_jsonLines_readsRecordsAndReportsBadLines() throws IOException {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"a1\", \"text\": \"300 fled.\", \"source\": \"Reuters\", \"url\": \"https://x.org/1\", \"published\": \"2016-12-11T08:00:00Z\"}\n"
            + "\n"
            + "{\"id\": 7, \"text\": \"Second.\", \"title\": \"T\"}\n"
            + "{\"text\": \"no id\"}\n"
            + "{\"id\": \"b\"}\n"
            + "not json\n"
            + "{\"id\": \"a1\", \"text\": \"duplicate\"}\n"
            + "{\"id\": \"c\", \"text\": \"bad date\", \"published\": \"yesterday\"}\n",
        StandardCharsets.UTF_8);
    List<Item> items = read(Inputs.Options.DEFAULT, f);
    assertThat(items).hasSize(7);
    Document a = doc(items.get(0));
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.sourceName()).isEqualTo("Reuters");
    assertThat(a.published()).contains(LocalDate.of(2016, 12, 11));
    assertThat(doc(items.get(1)).id()).isEqualTo("7");
    assertThat(problem(items.get(2)))
        .isEqualTo(f + " line 4: field \"id\" is missing or not a string");
    assertThat(problem(items.get(3)))
        .isEqualTo(f + " line 5: field \"text\" is missing or not a string");
    assertThat(problem(items.get(4))).startsWith(f + " line 6: not valid JSON");
    assertThat(problem(items.get(5))).contains("duplicate document id 'a1'");
    Item.Read last = (Item.Read) items.get(6);
    assertThat(last.warnings())
        .singleElement()
        .asString()
        .contains("line 8")
        .contains("'yesterday' is not an ISO date");
  }

  @Test
  void open_jsonLines_readsLinesAcrossChunksWithCrLfAndAccents() throws IOException {
    Path f = dir.resolve("long.jsonl");
    String body = "Some 300 people fled Homs. ".repeat(6000); // longer than a read chunk
    Files.writeString(
        f,
        "{\"id\": \"a\", \"text\": \""
            + body
            + "\"}\r\n"
            + "{\"id\": \"b\", \"text\": \"Déjà 40 blessés à Alep.\"}\r\n"
            + "{\"id\": \"c\", \"text\": \"Last line, no line end.\"}",
        StandardCharsets.UTF_8);
    List<Item> items = read(Inputs.Options.DEFAULT, f);
    assertThat(items).hasSize(3);
    assertThat(doc(items.get(0)).text()).isEqualTo(body);
    assertThat(doc(items.get(1)).text()).isEqualTo("Déjà 40 blessés à Alep.");
    assertThat(doc(items.get(2)).id()).isEqualTo("c");
  }

  @Test
  void open_jsonLines_skipsALineOverTheLimitAndReadsOn() throws IOException {
    Path f = dir.resolve("big.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"a\", \"text\": \""
            + "x".repeat(200_000)
            + "\"}\n"
            + "{\"id\": \"b\", \"text\": \"Short.\"}\n",
        StandardCharsets.UTF_8);
    List<Item> items = read(new Inputs.Options(Manifest.EMPTY, Metadata.NONE, 100_000), f);
    assertThat(items).hasSize(2);
    assertThat(problem(items.get(0))).contains("line 1: line too long");
    assertThat(doc(items.get(1)).id()).isEqualTo("b");
  }

  @Test
  void open_html_readsArticleTextWithoutFurniture() throws IOException {
    Path f = dir.resolve("page.html");
    Files.writeString(
        f,
        "<html><head><title>Aleppo</title><meta property=\"og:site_name\" content=\"Example News\">"
            + "<meta property=\"article:published_time\" content=\"2016-12-11T10:00:00Z\">"
            + "<link rel=\"canonical\" href=\"https://example.org/aleppo\"><script>var x = 300;</script></head>"
            + "<body><nav><a>Home</a> <a>300 killed elsewhere</a></nav>"
            + "<article><h1>Rebels leave</h1><p>More than 300 people were <b>killed</b>, monitors said.</p>"
            + "<div class=\"related-links\">Also 500 fled</div><p>Second paragraph."
            + "</article><footer>(c) 2016</footer></body></html>");
    Document d = doc(read(Inputs.Options.DEFAULT, f).get(0));
    assertThat(d.id()).isEqualTo("page");
    assertThat(d.text())
        .isEqualTo(
            "Rebels leave\n\nMore than 300 people were killed, monitors said.\n\nSecond paragraph.");
    assertThat(d.title()).isEqualTo("Aleppo");
    assertThat(d.sourceName()).isEqualTo("Example News");
    assertThat(d.sourceUrl()).isEqualTo("https://example.org/aleppo");
    assertThat(d.published()).contains(LocalDate.of(2016, 12, 11));
  }

  @Test
  void open_htmlTable_givesOneLinePerRowWithCellsApart() throws IOException {
    Path f = dir.resolve("table.html");
    Files.writeString(
        f,
        "<article><p>Figures by state.</p><table><caption>Flood toll</caption>"
            + "<thead><tr><th>State</th><th>Deaths</th><th>Missing</th></tr></thead><tbody>"
            + "<tr><td>Kogi</td><td>22</td><td></td></tr>"
            + "<tr><td><b>Benue</b> state</td><td>5</td><td>12</td></tr></tbody></table>"
            + "<p>Rain continues.</p></article>");
    assertThat(doc(read(Inputs.Options.DEFAULT, f).get(0)).text())
        .isEqualTo(
            "Figures by state.\n\nFlood toll\n\n| State | Deaths | Missing |\n| Kogi | 22 | |\n"
                + "| Benue state | 5 | 12 |\n\nRain continues.");
  }

  @Test
  void open_brokenHtml_isStillRead() throws IOException {
    Path f = dir.resolve("broken.htm");
    Files.writeString(f, "<p>About 5,000 families <b>were displaced<p>in the <i>floods");
    assertThat(doc(read(Inputs.Options.DEFAULT, f).get(0)).text())
        .contains("About 5,000 families were displaced");
  }

  @Test
  void open_utf16WithBom_isDecoded() throws IOException {
    byte[] body = "300 people fled.".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(dir.resolve("u.txt"), bytes);
    assertThat(doc(read(Inputs.Options.DEFAULT, dir.resolve("u.txt")).get(0)).text())
        .isEqualTo("300 people fled.");
  }

  @Test
  void open_readsEachDocumentsLanguage() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Texte.");
    Files.writeString(dir.resolve("manifest.csv"), "document,language\na,fr\n");
    Files.writeString(
        dir.resolve("b.html"),
        "<html lang=\"fr-FR\"><body><article><p>Le bilan.</p></article></body></html>");
    Files.writeString(
        dir.resolve("c.jsonl"), "{\"id\": \"c\", \"text\": \"Le bilan.\", \"language\": \"fr\"}\n");
    Files.writeString(dir.resolve("d.txt"), "No language.");
    List<Item> items = read(Inputs.Options.DEFAULT, dir);
    assertThat(items.stream().map(InputsTest::doc).map(Document::language))
        .containsExactly("fr", "fr-FR", "fr", "");
  }

  @Test
  void open_specialFiles_areNamedAndSkippedWithoutOpening() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
    Path fifo = dir.resolve("pipe.txt");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0);
    Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
    Files.writeString(dir.resolve("ok.txt"), "Text.");
    List<Item> items = read(Inputs.Options.DEFAULT, dir);
    assertThat(items).hasSize(3);
    assertThat(doc(items.get(0)).id()).isEqualTo("ok");
    assertThat(problem(items.get(1)))
        .isEqualTo(fifo + ": not a regular file (a named pipe); skipped");
    assertThat(problem(items.get(2)))
        .isEqualTo(dir.resolve("zero.txt") + ": not a regular file (a character device); skipped");
  }

  @Test
  void open_linkLoop_isNamedOnceAndNotFollowed() throws IOException {
    Files.createDirectories(dir.resolve("x"));
    Files.createDirectories(dir.resolve("y"));
    Files.createSymbolicLink(dir.resolve("x/to-y"), Path.of("../y"));
    Files.createSymbolicLink(dir.resolve("y/to-x"), Path.of("../x"));
    Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
    Files.createSymbolicLink(dir.resolve("nowhere.txt"), Path.of("missing.txt"));
    Files.writeString(dir.resolve("x/a.txt"), "Text.");
    Files.createSymbolicLink(dir.resolve("y/same.txt"), Path.of("../x/a.txt"));
    List<Item> items = read(Inputs.Options.DEFAULT, dir);
    assertThat(items)
        .extracting(i -> i instanceof Item.Read r ? r.document().id() : problem(i))
        .containsExactly(
            dir.resolve("nowhere.txt") + ": a symbolic link to nothing; skipped",
            dir.resolve("self.txt") + ": a loop of symbolic links; skipped",
            "a",
            dir.resolve("x/to-y/same.txt")
                + ": the same file as '"
                + dir.resolve("x/a.txt")
                + "', already read; skipped",
            dir.resolve("x/to-y/to-x")
                + ": the same folder as '"
                + dir.resolve("x")
                + "', already read; skipped",
            dir.resolve("y")
                + ": the same folder as '"
                + dir.resolve("x/to-y")
                + "', already read; skipped");
  }

  @Test
  void open_sameNameInTwoFolders_getsUniqueIds() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/report.txt"), "First.");
    Files.writeString(dir.resolve("b/report.txt"), "Second.");
    Files.writeString(dir.resolve("b/report.html"), "<p>Third.</p>");
    Files.writeString(dir.resolve("b/manifest.csv"), "document,source_name\nreport,Local paper\n");
    List<Item> items = read(Inputs.Options.DEFAULT, dir);
    assertThat(items)
        .extracting(i -> doc(i).id())
        .containsExactly("report", "b/report", "b/report~2");
    assertThat(items)
        .extracting(i -> doc(i).sourceName())
        .containsExactly("", "Local paper", "Local paper");
    assertThat(read(Inputs.Options.DEFAULT, dir.resolve("a"), dir.resolve("b/report.txt")))
        .extracting(i -> doc(i).id())
        .containsExactly("report", dir.resolve("b/report").toString());
  }

  @Test
  void open_legacyText_isReadAsWindows1252WithANote() throws IOException {
    Path f = dir.resolve("latin.txt");
    Files.write(f, "About 300 people fled Caf\u00e9 Town\u2019s east.".getBytes("windows-1252"));
    Item.Read r = (Item.Read) read(Inputs.Options.DEFAULT, f).get(0);
    assertThat(r.document().text()).isEqualTo("About 300 people fled Caf\u00e9 Town\u2019s east.");
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .isEqualTo(f + ": not UTF-8 (invalid at byte 25); read as windows-1252");
  }

  @Test
  void open_html_isDecodedByItsDeclaredCharset() throws IOException {
    String body = "<p>About 300 people fled Caf\u00e9 Town\u2019s east.</p>";
    Path meta = dir.resolve("meta.html");
    Files.write(
        meta,
        ("<html><head><meta charset=\"windows-1252\"></head><body>" + body)
            .getBytes("windows-1252"));
    Path equiv = dir.resolve("equiv.html");
    Files.write(
        equiv,
        ("<head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\"></head>"
                + body)
            .getBytes("windows-1252"));
    Path koi = dir.resolve("koi.html");
    Files.write(
        koi,
        "<meta charset=koi8-r><p>\u0411\u0435\u0436\u0435\u043d\u0446\u044b: 300</p>"
            .getBytes("koi8-r"));
    Path lying = dir.resolve("lying.html");
    Files.write(lying, ("<meta charset=utf-8>" + body).getBytes("windows-1252"));
    List<Item> items = read(Inputs.Options.DEFAULT, dir);
    assertThat(doc(items.get(0)).text())
        .isEqualTo("About 300 people fled Caf\u00e9 Town\u2019s east.");
    assertThat(doc(items.get(1)).text())
        .isEqualTo("\u0411\u0435\u0436\u0435\u043d\u0446\u044b: 300");
    assertThat(problem(items.get(2)))
        .isEqualTo(
            lying
                + ": invalid UTF-8 at byte 48, though the page declares UTF-8; save the file as UTF-8");
    assertThat(doc(items.get(3)).text())
        .isEqualTo("About 300 people fled Caf\u00e9 Town\u2019s east.");
  }

  @Test
  void open_fileLargerThanItClaims_isReadNoFurtherThanTheLimit() throws IOException {
    Path maps = Path.of("/proc/self/maps");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(maps) && Files.size(maps) == 0);
    Path f = Files.createSymbolicLink(dir.resolve("maps.txt"), maps);
    List<Item> items = read(new Inputs.Options(Manifest.EMPTY, Metadata.NONE, 1000), f);
    assertThat(problem(items.get(0))).contains("too large (0.0 MB, the limit is 0.0 MB)");
  }
}
