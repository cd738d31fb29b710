package org.humfig.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes web archives for tests, as a crawler would: a warcinfo record, then for each page a
 * request and its response, with records that are not pages between them (a redirect, a 404 page,
 * an image, a revisit). Every second page is sent gzip-encoded.
 */
public final class WarcFiles {

  /** The day every record is archived. */
  public static final Instant ARCHIVED = Instant.parse("2023-05-07T10:15:30Z");

  private WarcFiles() {}

  /** Returns the address a page is archived under. */
  public static String target(Path page) {
    return "https://news.example.org/" + page.getFileName();
  }

  /** Returns the record id of the {@code n}th page (0-based) of an archive. */
  public static String recordId(int n) {
    return "urn:uuid:" + new UUID(0x5eed, n);
  }

  /** Writes {@code pages} to archive {@code warc}, gzip-compressed when its name ends in .gz. */
  public static Path write(Path warc, Path... pages) throws IOException {
    WarcCompression compression =
        warc.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter w =
        new WarcWriter(
            FileChannel.open(
                warc,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            compression)) {
      w.write(
          new Warcinfo.Builder().filename(warc.getFileName().toString()).date(ARCHIVED).build());
      for (int i = 0; i < pages.length; i++) {
        String target = target(pages[i]);
        w.write(
            new WarcRequest.Builder(target)
                .date(ARCHIVED)
                .body(new HttpRequest.Builder("GET", URI.create(target).getPath()).build())
                .build());
        byte[] html = Files.readAllBytes(pages[i]);
        HttpResponse.Builder http = new HttpResponse.Builder(200, "OK").addHeader("Server", "test");
        if (i % 2 == 1) {
          http.addHeader("Content-Encoding", "gzip").body(MediaType.HTML_UTF8, gzip(html));
        } else {
          http.body(MediaType.parse("text/html; charset=UTF-8"), html);
        }
        w.write(
            new WarcResponse.Builder(target)
                .recordId(URI.create(recordId(i)))
                .date(ARCHIVED)
                .body(http.build())
                .build());
        noise(w, target, i);
      }
    }
    return warc;
  }

  private static void noise(WarcWriter w, String target, int i) throws IOException {
    switch (i % 3) {
      case 0 ->
          w.write(
              response(
                  target + "/old",
                  new HttpResponse.Builder(301, "Moved Permanently")
                      .addHeader("Location", target)
                      .body(
                          MediaType.HTML,
                          "<p>Moved: 500 people</p>".getBytes(StandardCharsets.UTF_8))
                      .build()));
      case 1 ->
          w.write(
              response(
                  target + "/missing",
                  new HttpResponse.Builder(404, "Not Found")
                      .body(
                          MediaType.HTML,
                          "<p>Not found. 404 people were killed.</p>"
                              .getBytes(StandardCharsets.UTF_8))
                      .build()));
      default -> {
        w.write(
            response(
                target + "/photo.png",
                new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                    .build()));
        w.write(
            new WarcRevisit.Builder(target, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .date(ARCHIVED)
                .build());
      }
    }
  }

  private static WarcResponse response(String target, HttpResponse http) throws IOException {
    return new WarcResponse.Builder(target).date(ARCHIVED).body(http).build();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }
}
