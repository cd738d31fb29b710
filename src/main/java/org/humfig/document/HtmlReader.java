package org.humfig.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page into a {@link Document}: the text of its article (or main content, or body)
 * with one paragraph per line, without scripts, styles, navigation, sidebars, forms or comments.
 * Title, publisher, address and publication date come from the page's metadata where present.
 */
final class HtmlReader {

  private static final String FURNITURE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " select, object, embed, [hidden], [aria-hidden=true], [role=navigation],"
          + " [role=complementary], [role=banner], [role=contentinfo]";
  private static final String FURNITURE_CLASS =
      "(?i)(^|.*[\\s_-])(nav|navbar|menu|sidebar|related|share|sharing|social|footer|comments?|"
          + "advert|advertisement|ads?|promo|newsletter|cookie|breadcrumbs?|subscribe|widget|"
          + "most-read|trending|recommended)([\\s_-].*|$)";
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "figure",
          "figcaption",
          "address",
          "hr",
          "br",
          "header",
          "footer",
          "title",
          "body",
          "caption");

  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlReader() {}

  /** Returns the document of a page's bytes, decoded as {@link Decoder#html} says. */
  static Document read(String id, String origin, byte[] bytes, long limit) throws Unreadable {
    if (bytes.length > limit) {
      throw new Unreadable(Decoder.tooLarge(bytes.length, limit));
    }
    return read(id, origin, Decoder.html(bytes).text());
  }

  /** Returns the document of a page whose text {@link Decoder#html} decoded. */
  static Document read(String id, String origin, String html) throws Unreadable {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.selectFirst("main");
    }
    if (root == null) {
      root = page.body();
    }
    JsonNode ld = linkedData(page);
    root.select(FURNITURE).remove();
    root.select("[class~=" + FURNITURE_CLASS + "], [id~=" + FURNITURE_CLASS + "]").remove();
    String text = text(root);
    if (text.isBlank()) {
      throw new Unreadable("no text in the page body");
    }
    return new Document(
        id,
        text,
        origin,
        first(page, "meta[property=og:title]", "content", page.title()),
        first(page, "meta[property=og:site_name]", "content", publisher(ld)),
        first(
            page,
            "link[rel=canonical]",
            "href",
            first(page, "meta[property=og:url]", "content", "")),
        published(page, root, ld),
        language(page));
  }

  /** The page's language: the {@code lang} of its root, else its content-language meta. */
  private static String language(org.jsoup.nodes.Document page) {
    org.jsoup.nodes.Element html = page.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip();
    return lang.isEmpty() ? first(page, "meta[http-equiv=content-language]", "content", "") : lang;
  }

  /** The page's schema.org article in JSON-LD: the first object with a publication date. */
  private static JsonNode linkedData(org.jsoup.nodes.Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = article(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (IOException | RuntimeException e) {
        // a malformed block says nothing; the page's other metadata still count
      }
    }
    return null;
  }

  private static JsonNode article(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = article(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("datePublished")) {
      return node;
    }
    return node.has("@graph") ? article(node.get("@graph")) : null;
  }

  private static String publisher(JsonNode ld) {
    if (ld == null || !ld.has("publisher")) {
      return "";
    }
    JsonNode p = ld.get("publisher");
    if (p.isArray() && p.size() > 0) {
      p = p.get(0);
    }
    return p.isTextual() ? p.asText().strip() : p.path("name").asText("").strip();
  }

  /** Marks the end of a table row while the text is gathered. */
  private static final char ROW = '\u001E';

  /** Marks the start of a table cell while the text is gathered. */
  private static final char CELL = '\u001F';

  /**
   * Returns the visible text of {@code root}, one block per line, paragraphs apart. A table's rows
   * are adjacent lines, each row's cells between bars, so that a header and the rows under it read
   * as one table.
   */
  static String text(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.text().replace(ROW, ' ').replace(CELL, ' '));
            } else if (node instanceof Element e) {
              String name = e.normalName();
              if (name.equals("td") || name.equals("th")) {
                sb.append(CELL);
              } else if (BLOCKS.contains(name)) {
                sb.append('\n');
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.normalName().equals("tr")) {
                sb.append(ROW);
              } else if (BLOCKS.contains(e.normalName())) {
                sb.append('\n');
              }
            }
          }
        },
        root);
    StringBuilder out = new StringBuilder();
    for (String line : sb.toString().split("\n")) {
      StringBuilder block = new StringBuilder();
      for (String row : line.split(String.valueOf(ROW))) {
        String s = cells(row);
        if (!s.isEmpty()) {
          block.append(block.length() > 0 ? "\n" : "").append(s);
        }
      }
      if (block.length() > 0) {
        out.append(out.length() > 0 ? "\n\n" : "").append(block);
      }
    }
    return out.toString();
  }

  /**
   * Returns a line's text with its spaces folded; a table row's cells are set between bars, as in
   * Markdown ("| Kogi | 22 | |"), empty cells kept so that each value stays under its column.
   */
  private static String cells(String row) {
    String[] cells = row.split(String.valueOf(CELL), -1);
    if (cells.length == 1) {
      return fold(row);
    }
    String before = fold(cells[0]);
    StringBuilder out = new StringBuilder(before.isEmpty() ? "" : before + " ");
    boolean text = !before.isEmpty();
    for (int c = 1; c < cells.length; c++) {
      String s = fold(cells[c]);
      text |= !s.isEmpty();
      out.append("| ").append(s).append(s.isEmpty() ? "" : " ");
    }
    return text ? out.append('|').toString() : "";
  }

  private static String fold(String s) {
    return s.strip().replaceAll("[ \\t\\u00A0]+", " ");
  }

  private static String first(
      org.jsoup.nodes.Document page, String css, String attr, String fallback) {
    Element e = page.selectFirst(css);
    if (e == null || e.attr(attr).isBlank()) {
      return fallback == null ? "" : fallback.strip();
    }
    return e.attr(attr).strip();
  }

  /**
   * The publication date: JSON-LD's datePublished, then the page's meta tags (Open Graph, Dublin
   * Core, schema.org microdata), and only then a {@code <time>} of the article itself, never one of
   * the page's furniture (a ticker, a sidebar).
   */
  private static Optional<LocalDate> published(
      org.jsoup.nodes.Document page, Element root, JsonNode ld) {
    if (ld != null) {
      Optional<LocalDate> d = Dates.parse(ld.path("datePublished").asText(""));
      if (d.isPresent()) {
        return d;
      }
    }
    String[][] places = {
      {"meta[property=article:published_time]", "content"},
      {"meta[name=article:published_time]", "content"},
      {"meta[name=dcterms.date]", "content"},
      {"meta[name=DCTERMS.date]", "content"},
      {"meta[name=dcterms.created]", "content"},
      {"meta[name=dc.date.issued]", "content"},
      {"meta[itemprop=datePublished]", "content"},
      {"meta[name=date]", "content"},
      {"meta[name=pubdate]", "content"},
      {"meta[name=dc.date]", "content"},
    };
    for (String[] p : places) {
      Optional<LocalDate> d = Dates.parse(first(page, p[0], p[1], ""));
      if (d.isPresent()) {
        return d;
      }
    }
    Element time = root.selectFirst("time[datetime]");
    return time == null ? Optional.empty() : Dates.parse(time.attr("datetime"));
  }
}
