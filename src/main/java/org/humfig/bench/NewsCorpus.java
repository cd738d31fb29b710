package org.humfig.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.humfig.text.Resource;

/**
 * A deterministic corpus of invented news articles for benchmarks: wire-style stories whose length
 * (a log-normal spread around 2.5 KB), share of sentences stating a figure (about one in eight) and
 * distractor numbers (years, money, ages, distances, times) resemble real news. The same seed gives
 * the same bytes; article {@code i} depends only on the seed and {@code i}.
 *
 * <pre>{@code
 * NewsCorpus c = new NewsCorpus(42);
 * c.article(0).text()   → "KHARKIV, May 3 (Reuters) - At least 17 civilians were killed ..."
 * c.write(Path.of("news.jsonl"), NewsCorpus.Layout.JSONL, 30L << 20);   // about 30 MB
 * }</pre>
 */
public final class NewsCorpus {

  /** How the corpus is laid out on disk. */
  public enum Layout {
    /** One JSON Lines file, one article per line. */
    JSONL,
    /** A folder of {@code .txt} files. */
    TEXT,
    /** A folder of {@code .html} pages with navigation, metadata and a footer. */
    HTML
  }

  /**
   * An invented article.
   *
   * @param id its id
   * @param title its headline
   * @param text its body, paragraphs separated by blank lines
   * @param published its publication date
   * @param url its address
   */
  public record Article(String id, String title, String text, LocalDate published, String url) {}

  private static final double FIGURE_SHARE = 0.125;
  private static final double DISTRACTOR_SHARE = 0.10;
  private static final JsonFactory JSON = new JsonFactory();

  private final long seed;
  private final double reporting;
  private final Map<String, List<String>> words;

  /** Returns the corpus of {@code seed}, every article of which reports figures. */
  public NewsCorpus(long seed) {
    this(seed, 1.0);
  }

  /**
   * Returns the corpus of {@code seed} where a share {@code reporting} (0 to 1) of the articles
   * report figures and the others none, as in a general news feed: the same seed gives the same
   * reporting articles whatever the share, and at share 1 the corpus of {@link #NewsCorpus(long)}.
   */
  @SuppressWarnings("unchecked")
  public NewsCorpus(long seed, double reporting) {
    if (!(reporting >= 0 && reporting <= 1)) {
      throw new IllegalArgumentException("the share of reporting articles must be 0 to 1");
    }
    this.seed = seed;
    this.reporting = reporting;
    this.words = Resource.yaml("/bench/news.yaml", Map.class);
  }

  /** Returns article {@code i}. */
  public Article article(int i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    boolean reports =
        reporting >= 1
            || new SplittableRandom(~seed * 0xC2B2AE3D27D4EB4FL + i).nextDouble() < reporting;
    LocalDate published = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650));
    StringBuilder text = new StringBuilder(4096);
    text.append(fill(r, pick(r, "datelines"), published));
    text.append(fill(r, reports ? pick(r, "figures") : filler(r), published));
    int sentences = (int) Math.max(4, Math.min(250, Math.exp(3.0 + 0.7 * r.nextGaussian())));
    int paragraph = 1;
    for (int s = 1; s < sentences; s++) {
      if (paragraph >= 1 + r.nextInt(4)) {
        text.append("\n\n");
        paragraph = 0;
      } else {
        text.append(' ');
      }
      double kind = r.nextDouble();
      String template =
          kind < FIGURE_SHARE
              ? reports ? pick(r, "figures") : filler(r)
              : kind < FIGURE_SHARE + DISTRACTOR_SHARE ? pick(r, "distractors") : filler(r);
      text.append(fill(r, template, published));
      paragraph++;
    }
    text.append('\n');
    String title = fill(r, pick(r, "titles"), published);
    return new Article(
        String.format(Locale.ROOT, "news-%08d", i),
        title,
        text.toString(),
        published,
        "https://news.example.org/" + published + "/" + i);
  }

  /**
   * Writes articles until about {@code bytes} bytes are written; returns the number of articles.
   *
   * @param target the JSON Lines file, or the folder for text and HTML files
   */
  public int write(Path target, Layout layout, long bytes) throws IOException {
    if (layout == Layout.JSONL) {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        long written = 0;
        int i = 0;
        while (written < bytes) {
          String line = jsonLine(article(i++));
          out.write(line);
          written += line.getBytes(StandardCharsets.UTF_8).length;
        }
        return i;
      }
    }
    Files.createDirectories(target);
    long written = 0;
    int i = 0;
    while (written < bytes) {
      Article a = article(i++);
      String body = layout == Layout.TEXT ? a.text() : html(a);
      String extension = layout == Layout.TEXT ? ".txt" : ".html";
      Path file = target.resolve(a.id() + extension);
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(body);
      }
      written += body.getBytes(StandardCharsets.UTF_8).length;
    }
    return i;
  }

  /** Returns the JSON Lines record of {@code a}, with its line end. */
  public static String jsonLine(Article a) throws IOException {
    StringWriter w = new StringWriter(a.text().length() + 256);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("title", a.title());
      g.writeStringField("url", a.url());
      g.writeStringField("source", "Example News");
      g.writeStringField("published", a.published().toString());
      g.writeStringField("text", a.text());
      g.writeEndObject();
    }
    return w.append('\n').toString();
  }

  /** Returns {@code a} as a news page: navigation, metadata, the article and a footer. */
  public static String html(Article a) {
    StringBuilder b = new StringBuilder(a.text().length() + 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(a.title()))
        .append(" | Example News</title>\n<meta property=\"article:published_time\" content=\"")
        .append(a.published())
        .append("T08:00:00Z\">\n<meta property=\"og:site_name\" content=\"Example News\">\n")
        .append("<link rel=\"canonical\" href=\"")
        .append(a.url())
        .append("\"></head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>")
        .append(" <a href=\"/live\">Live: 24 updates</a></nav>\n<article><h1>")
        .append(escape(a.title()))
        .append("</h1>\n");
    for (String p : a.text().split("\n\n")) {
      b.append("<p>").append(escape(p.strip())).append("</p>\n");
    }
    b.append("</article>\n<footer>© 2024 Example News. All rights reserved.</footer>")
        .append("</body></html>\n");
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private String filler(SplittableRandom r) {
    String subject = pick(r, "subjects");
    String verb = pick(r, "verbs");
    String clause = pick(r, "clauses");
    return r.nextBoolean()
        ? subject + " " + verb + " " + clause + "."
        : Character.toUpperCase(clause.charAt(0))
            + clause.substring(1)
            + ", "
            + subject.toLowerCase(Locale.ROOT)
            + " "
            + verb
            + ".";
  }

  private String pick(SplittableRandom r, String list) {
    List<String> l = words.get(list);
    return l.get(r.nextInt(l.size()));
  }

  /** Fills the slots of {@code template}. */
  private String fill(SplittableRandom r, String template, LocalDate published) {
    StringBuilder b = new StringBuilder(template.length() + 32);
    int k = 0;
    while (k < template.length()) {
      char c = template.charAt(k);
      int close = c == '{' ? template.indexOf('}', k) : -1;
      if (close < 0) {
        b.append(c);
        k++;
        continue;
      }
      String slot = template.substring(k + 1, close);
      b.append(slot(r, slot, published));
      k = close + 1;
    }
    String s = b.toString();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String slot(SplittableRandom r, String slot, LocalDate published) {
    return switch (slot) {
      case "N" -> number(r);
      case "P" -> Integer.toString(1 + r.nextInt(99));
      case "M" -> Integer.toString(1 + r.nextInt(9));
      case "A" -> Integer.toString(10 + r.nextInt(50));
      case "D" -> Integer.toString(published.getDayOfMonth());
      case "YEAR" -> Integer.toString(1990 + r.nextInt(35));
      case "MONTH" -> words.get("months").get(published.getMonthValue() - 1);
      case "PLACE" -> pick(r, "places");
      case "UPPLACE" -> pick(r, "places").toUpperCase(Locale.ROOT);
      case "REGION" -> pick(r, "regions");
      case "SOURCE" -> pick(r, "sources");
      case "POP" -> pick(r, "populations");
      case "DAY" -> pick(r, "days");
      default -> throw new IllegalStateException("unknown slot {" + slot + "} in bench/news.yaml");
    };
  }

  /** A number as news writes it: small counts, grouped thousands, millions, rarely in words. */
  private static String number(SplittableRandom r) {
    double kind = r.nextDouble();
    if (kind < 0.5) {
      return Integer.toString(2 + r.nextInt(98));
    }
    if (kind < 0.85) {
      return String.format(Locale.ROOT, "%,d", 100 + r.nextInt(250_000));
    }
    if (kind < 0.95) {
      return (1 + r.nextInt(9)) + "." + r.nextInt(10) + " million";
    }
    return List.of("two", "five", "seven", "twelve", "twenty", "forty").get(r.nextInt(6));
  }
}
