package org.humfig.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The development corpus (real articles kept beside the project, {@code ../shared/corpus/dev})
 * measures how the rules generalise only while none of its text is in the project: rule examples,
 * lexicon comments and test cases are invented examples of a form of language, never a sentence of
 * the corpus with its numbers changed. This test finds any run of {@value #RUN} words (numbers left
 * out) that a file under {@code src} or {@code examples} shares with a corpus article. It is
 * skipped where the corpus is absent.
 */
class CorpusIndependenceTest {

  private static final int RUN = 8;

  /** Names of institutions long enough to reach the run length; naming them is not quoting. */
  private static final Set<String> NAMES =
      Set.of("office for the coordination of humanitarian affairs");

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}]+");

  @Test
  void noFileQuotesTheDevelopmentCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("humfig.dev.corpus", "../shared/corpus/dev/articles"));
    assumeTrue(Files.isDirectory(corpus), "no development corpus at " + corpus);
    Map<String, String> runs = new HashMap<>();
    try (Stream<Path> articles = Files.list(corpus)) {
      for (Path a : articles.sorted().toList()) {
        List<String> w = words(Files.readString(a, StandardCharsets.UTF_8));
        for (int k = 0; k + RUN <= w.size(); k++) {
          runs.putIfAbsent(String.join(" ", w.subList(k, k + RUN)), a.getFileName().toString());
        }
      }
    }
    List<String> quotes = new ArrayList<>();
    for (String root : List.of("src", "examples")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          quotes.addAll(quotes(f, runs));
        }
      }
    }
    assertThat(quotes)
        .as(
            "these lines repeat text of the development corpus; write an invented example of the"
                + " same form of language instead (the corpus must stay unseen to measure how rules"
                + " generalise)")
        .isEmpty();
  }

  private static List<String> quotes(Path file, Map<String, String> runs) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return out;
    }
    for (int n = 0; n < lines.size(); n++) {
      List<String> w = words(lines.get(n));
      for (int k = 0; k + RUN <= w.size(); k++) {
        String run = String.join(" ", w.subList(k, k + RUN));
        String article = runs.get(run);
        if (article != null && NAMES.stream().noneMatch(run::contains)) {
          out.add(file + ":" + (n + 1) + " repeats dev/" + article + ": \"" + run + "\"");
          break;
        }
      }
    }
    return out;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
