package org.humfig.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The page's own metadata comes before any date in its furniture. */
class HtmlMetadataTest {

  private static Document read(String html) throws Unreadable {
    return HtmlReader.read("p", "p.html", html.getBytes(StandardCharsets.UTF_8), 1 << 20);
  }

  private static final String BODY =
      "<body><div class=\"ticker\"><time datetime=\"2024-05-30\">Today</time></div>"
          + "<article><p>About 400 people fled the fighting, officials said.</p></article></body>";

  @Test
  void jsonLdDatePublishedAndPublisherComeFirst() throws Exception {
    Document d =
        read(
            "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2021-03-04T08:00:00+01:00\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Herald\"}}]}"
                + "</script></head>"
                + BODY
                + "</html>");
    assertThat(d.published()).contains(LocalDate.of(2021, 3, 4));
    assertThat(d.sourceName()).isEqualTo("Valley Herald");
  }

  @Test
  void dublinCoreDateAndSiteNameBeforeAFurnitureTime() throws Exception {
    Document d =
        read(
            "<html><head><meta name=\"dcterms.date\" content=\"2019-07-02\">"
                + "<meta property=\"og:site_name\" content=\"Coast Daily\"></head>"
                + BODY
                + "</html>");
    assertThat(d.published()).contains(LocalDate.of(2019, 7, 2));
    assertThat(d.sourceName()).isEqualTo("Coast Daily");
  }

  @Test
  void aTickersTimeIsNotThePublicationDate() throws Exception {
    assertThat(read("<html><head></head>" + BODY + "</html>").published()).isEmpty();
  }

  @Test
  void malformedJsonLdIsIgnored() throws Exception {
    Document d =
        read(
            "<html><head><script type=\"application/ld+json\">{not json</script>"
                + "<meta property=\"article:published_time\" content=\"2018-01-09T10:00:00Z\">"
                + "</head>"
                + BODY
                + "</html>");
    assertThat(d.published()).contains(LocalDate.of(2018, 1, 9));
  }
}
