package org.humfig.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invented articles as JSON Lines records, for store tests. */
record Articles(String id, String text, String url, String published) {

  static final Articles HOMS =
      new Articles(
          "homs-1",
          "Shelling killed 14 civilians in Homs on Monday, a local monitor said. Another 30 people"
              + " were injured.",
          "https://news.example.org/homs-shelling",
          "2016-12-13");
  static final Articles DEIR =
      new Articles(
          "deir-1",
          "About 2,000 families fled their homes in Deir ez-Zor province last week, the UN refugee"
              + " agency said.",
          "https://news.example.org/deir-families",
          "2016-12-12");
  static final Articles KASSALA =
      new Articles(
          "kassala-1",
          "Floods killed 40 people and injured 12 in Kassala on Tuesday, officials said.",
          "https://news.example.org/kassala-floods",
          "2016-12-14");

  /** Returns this article under another id and address. */
  Articles as(String otherId, String otherUrl) {
    return new Articles(otherId, text, otherUrl, published);
  }

  /** Returns this article with another text. */
  Articles saying(String otherText) {
    return new Articles(id, otherText, url, published);
  }

  /** Writes {@code articles} to {@code file}, one JSON record a line. */
  static Path write(Path file, List<Articles> articles) {
    ObjectMapper json = new ObjectMapper();
    StringBuilder sb = new StringBuilder();
    try {
      for (Articles a : articles) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", a.id());
        record.put("text", a.text());
        if (a.url() != null) {
          record.put("url", a.url());
        }
        if (a.published() != null) {
          record.put("published", a.published());
        }
        sb.append(json.writeValueAsString(record)).append('\n');
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, sb, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
