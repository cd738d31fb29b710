package org.humfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.humfig.document.Inputs;
import org.humfig.document.Item;
import org.humfig.quantity.QuantityLexicon;
import org.humfig.quantity.QuantityParser;
import org.humfig.text.PageConventions;
import org.humfig.text.Segmenter;
import org.humfig.text.Sentence;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the tokenizer, the quantity parser, the segmenter and the readers with seeded hostile
 * text: no exception escapes, and each call does work proportional to its input. Work is counted,
 * not timed: characters read by the tokenizer, tokens looked at by the quantity parser, bytes
 * allocated by the segmenter and the readers.
 */
class HostileTextTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final QuantityParser QUANTITIES = new QuantityParser(QuantityLexicon.english());
  private static final Segmenter SEGMENTER = new Segmenter(PageConventions.english());

  @TempDir Path dir;

  /** A text that counts the characters read from it. */
  private static final class Counted implements CharSequence {
    private final String text;
    long reads;

    Counted(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** A token list that counts the tokens looked at. */
  private static final class Looked extends AbstractList<Token> {
    private final List<Token> tokens;
    long gets;

    Looked(List<Token> tokens) {
      this.tokens = tokens;
    }

    @Override
    public Token get(int index) {
      gets++;
      return tokens.get(index);
    }

    @Override
    public int size() {
      return tokens.size();
    }
  }

  private static long tokenizerWork(String text) {
    Counted c = new Counted(text);
    TOKENIZER.tokenize(c);
    return c.reads;
  }

  private static long quantityWork(String text) {
    Looked l = new Looked(TOKENIZER.tokenize(text));
    QUANTITIES.parse(l);
    return l.gets;
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private static long segmenterWork(String text) {
    long before = allocated();
    long[] tokens = {0};
    SEGMENTER.segment(
        text,
        (Sentence s) -> {
          assertThat(s.tokens()).hasSizeLessThanOrEqualTo(Segmenter.MAX_TOKENS);
          tokens[0] += s.tokens().size();
        });
    return allocated() - before;
  }

  private long readerWork(String text, String name) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    long before = allocated();
    List<Item> items = new ArrayList<>();
    try (Inputs in = Inputs.open(List.of(f), Inputs.Options.DEFAULT)) {
      in.forEachRemaining(items::add);
    }
    assertThat(items).hasSize(1);
    return allocated() - before;
  }

  @Test
  void randomText_noExceptionAndWorkProportionalToLength() throws IOException {
    SplittableRandom random = new SplittableRandom(20261201L);
    SEGMENTER.segment("warm up the lexicons. 12 people.");
    readerWork("Warm up the readers.", "w.txt");
    readerWork("<p>Warm up the readers.</p>", "w.html");
    for (int round = 0; round < 150; round++) {
      String text = Hostile.text(random, 1 + random.nextInt(400));
      int n = Math.max(1, text.length());
      assertThat(tokenizerWork(text)).as("tokenizer, round %d", round).isLessThan(12L * n + 64);
      assertThat(quantityWork(text)).as("quantities, round %d", round).isLessThan(40L * n + 64);
      assertThat(segmenterWork(text))
          .as("segmenter, round %d", round)
          .isLessThan(2_000L * n + (1 << 20));
      if (round % 10 == 0) {
        assertThat(readerWork(text, "t" + round + ".txt")).isLessThan(2_000L * n + (4 << 20));
        assertThat(readerWork("<p>" + text + "</p>", "h" + round + ".html"))
            .isLessThan(4_000L * n + (4 << 20));
      }
    }
  }

  @Test
  void pathologicalShapes_growLinearly() {
    for (String piece : Hostile.PATHOLOGICAL) {
      String small = Hostile.run(piece, 20_000);
      String large = Hostile.run(piece, 80_000);
      assertThat(tokenizerWork(large))
          .as("tokenizer on %s", piece)
          .isLessThan(5 * tokenizerWork(small) + 64);
      assertThat(quantityWork(large))
          .as("quantities on %s", piece)
          .isLessThan(5 * quantityWork(small) + 64);
      segmenterWork(small);
      assertThat(segmenterWork(large))
          .as("segmenter on %s", piece)
          .isLessThan(5 * segmenterWork(small) + (1 << 20));
    }
  }
}
