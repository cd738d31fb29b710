package org.humfig.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.humfig.model.Figure;
import org.humfig.rule.Lexicon;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;

/**
 * Resolves a source a figure's sentence only describes ("a war monitor said", "according to a
 * UK-based rights group") to the one source the document names elsewhere that such a description
 * fits: a lead often holds back the name its story gives further on ("the Syrian Observatory for
 * Human Rights said"). A description is a phrase of common words (an acronym of a country or body
 * aside) whose head is of class {@code source_reference}; it fits a source whose own name or one of
 * its known names ends with that head ("Britain-based war monitor") and whose names hold every
 * other word of it ("war"): "a provincial disaster agency" is not the UN's humanitarian agency.
 * With no such source, or with two, the description stays as written.
 */
final class SourceReferences {

  private static final String REFERENCE = "source_reference";
  private static final int LONGEST_ACRONYM = 3;

  private SourceReferences() {}

  static List<Figure> apply(List<Figure> figures, Sources sources, Lexicon lex) {
    List<Description> descriptions = new ArrayList<>(figures.size());
    boolean any = false;
    Tokenizer tokenizer = null;
    for (Figure f : figures) {
      Description d = null;
      if (f.attributedTo() != null) {
        if (tokenizer == null) {
          tokenizer = new Tokenizer();
        }
        d = description(tokenizer.tokenize(f.attributedTo()), lex);
      }
      descriptions.add(d);
      any |= d != null;
    }
    if (!any) {
      return figures;
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      Description d = descriptions.get(i);
      if (d == null) {
        out.add(f);
        continue;
      }
      Set<String> fits = new LinkedHashSet<>();
      for (int j = 0; j < figures.size(); j++) {
        String name = figures.get(j).attributedTo();
        if (descriptions.get(j) == null && name != null && fits(name, d, sources)) {
          fits.add(name);
        }
      }
      out.add(fits.size() == 1 ? f.toBuilder().attributedTo(fits.iterator().next()).build() : f);
    }
    return out;
  }

  /** A source only described: the head of the phrase and its other words, in lower case. */
  private record Description(String head, List<String> words) {}

  /**
   * The description a source phrase is, or null: "war monitor", "UK human rights group" are
   * descriptions; "Syrian Observatory", "Ahmed Hassan" and "officials" are not. An acronym of a
   * country or body ("UK") is no word of it that a name must hold.
   */
  private static Description description(List<Token> tokens, Lexicon lex) {
    if (tokens.isEmpty()) {
      return null;
    }
    Token head = tokens.get(tokens.size() - 1);
    if (head.shape() != Token.Shape.WORD || !lex.contains(REFERENCE, head)) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (Token t : tokens.subList(0, tokens.size() - 1)) {
      String s = t.text();
      boolean acronym = s.length() <= LONGEST_ACRONYM && s.equals(s.toUpperCase(Locale.ROOT));
      if (t.shape() == Token.Shape.WORD && !acronym && !s.equals(s.toLowerCase(Locale.ROOT))) {
        return null;
      }
      if (t.shape() == Token.Shape.WORD && !acronym) {
        words.addAll(Sources.words(s));
      }
    }
    return new Description(head.norm(), words);
  }

  /**
   * True when a source's name, or one of its known names, ends with the head of {@code d}, and its
   * names hold every other word of {@code d}.
   */
  private static boolean fits(String name, Description d, Sources sources) {
    List<String> own = Sources.words(name);
    boolean head =
        (!own.isEmpty() && own.get(own.size() - 1).equals(d.head()))
            || sources.headsOf(name).contains(d.head());
    return head && sources.namesHold(name, d.words());
  }
}
