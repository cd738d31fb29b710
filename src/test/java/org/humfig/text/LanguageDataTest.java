package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Languages are data: no word of the English pack is written in Java. The test reads every word the
 * English pack holds (lexicon/en/), then every string literal of src/main/java, and fails on a
 * literal of one or two lower-case words that are all pack words ("of", "more than"): such a
 * literal is a word list creeping back into code, which a French pack could not replace. Names of
 * lexicon classes, of file sections and of schema columns are identifiers, not words.
 */
class LanguageDataTest {

  private static final Path JAVA = Path.of("src/main/java");
  private static final Path LEXICON = Path.of("src/main/resources/lexicon");
  private static final Path SCHEMA = Path.of("schemas/figure.schema.json");

  /**
   * Files that still compare tokens with English words, each with why it may. Empty this list as
   * they move their words into packs; never add a file to it without saying why.
   */
  private static final Map<String, String> EXCLUDED =
      Map.of(
          // Writes synthetic English articles for benchmarks: it writes text, it does not read it.
          "org/humfig/bench/NewsCorpus.java", "generates English text for benchmarks");

  private static final ObjectMapper YAML = Resource.yamlMapper();

  @Test
  void java_holdsNoWordOfTheEnglishPack() throws IOException {
    Set<String> words = grammarWords("en");
    words.removeAll(identifiers());
    assertThat(words).as("the English pack's words").contains("of", "the", "from", "than");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String rel = JAVA.relativize(f).toString().replace('\\', '/');
        if (!EXCLUDED.containsKey(rel)) {
          literals(Files.readString(f, StandardCharsets.UTF_8), rel, words, found);
        }
      }
    }
    assertThat(found).as("English words written in Java; move them into a pack file").isEmpty();
  }

  @Test
  void literals_findsAWordListInCode() {
    Set<String> words = Set.of("of", "the", "more", "than");
    List<String> found = new ArrayList<>();
    literals(
        "// \"of\" in a comment is fine\nSet<String> s = Set.of(\"of\", \"the\", \"than\");"
            + " String msg = \"of the people\"; boolean b = t.is(\"the\");"
            + " String two = \"more than\"; String one = \"of\";",
        "X.java",
        words,
        found);
    assertThat(found)
        .containsExactlyInAnyOrder(
            "X.java:2: \"of\"",
            "X.java:2: \"the\"",
            "X.java:2: \"than\"",
            "X.java:2: \"the\"",
            "X.java:2: \"more than\"");
  }

  /**
   * The closed-class words of a pack, which a word list in code would hold: function words (its
   * common.yaml), the words of numbers and dates, and abbreviations. Open-class triggers ("killed",
   * "family") also name identifiers in code and are not counted.
   */
  private static Set<String> grammarWords(String language) throws IOException {
    Path pack = LEXICON.resolve(language);
    Set<String> words = new HashSet<>();
    collectWords(YAML.readTree(pack.resolve("words/common.yaml").toFile()), words);
    JsonNode quantity = YAML.readTree(pack.resolve("quantity.yaml").toFile());
    for (String section :
        List.of(
            "numbers",
            "scales",
            "plural_scales",
            "vague",
            "fractions",
            "qualifiers",
            "suffixes",
            "grammar")) {
      collectWords(quantity.path(section), words);
    }
    JsonNode time = YAML.readTree(pack.resolve("time.yaml").toFile());
    for (String section :
        List.of(
            "months",
            "weekdays",
            "counts",
            "spans",
            "year_prepositions",
            "weekday_modifiers",
            "since",
            "range_openers",
            "range_joiners",
            "span_prepositions")) {
      collectWords(time.path(section), words);
    }
    collectWords(YAML.readTree(pack.resolve("page.yaml").toFile()).path("abbreviations"), words);
    return words;
  }

  /** Names of lexicon classes, file sections and schema columns: identifiers, not words. */
  private static Set<String> identifiers() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path f : yamlFiles(LEXICON)) {
      JsonNode root = YAML.readTree(f.toFile());
      if (root != null && root.isObject()) {
        root.fieldNames().forEachRemaining(ids::add);
        for (String section : List.of("grammar", "digits")) {
          root.path(section).fieldNames().forEachRemaining(ids::add);
        }
      }
    }
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    for (JsonNode field : schema.path("fields")) {
      ids.add(field.path("name").asText());
      ids.add(field.path("type").asText());
      field.path("constraints").path("enum").forEach(e -> ids.add(e.asText()));
    }
    keys(schema, ids);
    return ids;
  }

  /** Adds every key of a JSON tree: the schema's own vocabulary ("minimum", "maximum"). */
  private static void keys(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(out::add);
    }
    node.forEach(n -> keys(n, out));
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Adds the words of every string and map key below {@code node}. */
  private static void collectWords(JsonNode node, Set<String> out) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      split(node.asText(), out);
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        split(e.getKey(), out);
        collectWords(e.getValue(), out);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collectWords(n, out));
    }
  }

  private static void split(String phrase, Set<String> out) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.length() >= 2) {
        out.add(w);
      }
    }
  }

  /**
   * Adds to {@code found} the word lists of {@code java}, comments left out: a pack word compared
   * with a token ({@code .is("of")}), a phrase of two pack words ("more than"), or three or more
   * pack words in one statement ({@code Set.of("in", "on", "at")}).
   */
  static void literals(String java, String file, Set<String> words, List<String> found) {
    int line = 1;
    int i = 0;
    int n = java.length();
    List<String> statement = new ArrayList<>();
    while (i < n) {
      char c = java.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (c == ';' || c == '{' || c == '}') {
        if (statement.size() >= 3) {
          found.addAll(statement);
        }
        statement.clear();
        i++;
      } else if (c == '/' && i + 1 < n && java.charAt(i + 1) == '/') {
        while (i < n && java.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && java.charAt(i + 1) == '*') {
        int end = java.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(java, i, end);
        i = end;
      } else if (c == '\'') {
        int end = i + 1;
        while (end < n && java.charAt(end) != '\'') {
          end += java.charAt(end) == '\\' ? 2 : 1;
        }
        i = end + 1;
      } else if (c == '"') {
        if (java.startsWith("\"\"\"", i)) {
          int end = java.indexOf("\"\"\"", i + 3);
          end = end < 0 ? n : end + 3;
          line += count(java, i, end);
          i = end;
          continue;
        }
        int end = i + 1;
        StringBuilder s = new StringBuilder();
        while (end < n && java.charAt(end) != '"') {
          if (java.charAt(end) == '\\') {
            end++;
          }
          s.append(java.charAt(Math.min(end, n - 1)));
          end++;
        }
        String literal = s.toString();
        int size = words(literal, words);
        if (size > 0) {
          String where = file + ":" + line + ": \"" + literal + "\"";
          if (size == 2 || java.startsWith(".is(", i - 4)) {
            found.add(where);
          } else {
            statement.add(where);
          }
        }
        i = end + 1;
      } else {
        i++;
      }
    }
  }

  /** Returns how many words the literal has when it is one or two pack words, else 0. */
  private static int words(String s, Set<String> words) {
    String[] parts = s.split(" ", -1);
    if (parts.length > 2) {
      return 0;
    }
    for (String p : parts) {
      if (p.isEmpty()
          || !p.chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '\'')
          || !words.contains(p)) {
        return 0;
      }
    }
    return parts.length;
  }

  private static int count(String s, int from, int to) {
    int c = 0;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        c++;
      }
    }
    return c;
  }
}
