package org.humfig.evaluation;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.humfig.model.Figure;

/**
 * Scores extracted figures against gold with the matching rules of the project's {@code score.py}:
 * a figure matches a gold row of the same document and metric family whose [low, high] holds its
 * value; each gold row matches once; a match on an optional row is neither a hit nor an extra.
 * Attribute accuracy is judged over the hits: qualifier equal, source and location sharing a word
 * of three letters or more, the gold date inside the figure's period.
 */
public final class Scorer {

  private static final Map<String, String> FAMILIES =
      Map.ofEntries(
          Map.entry("fled", "moved"),
          Map.entry("displaced", "moved"),
          Map.entry("evacuated", "moved"),
          Map.entry("refugees", "moved"),
          Map.entry("homeless", "moved"));

  /** A word as Python's {@code \\w+} reads one: letters, digits and underscores of any script. */
  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("\\w+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  private Scorer() {}

  /** Returns the metric family used for matching: fled, displaced, evacuated... are one. */
  static String family(String metric) {
    String m = metric == null ? "" : metric.strip().toLowerCase(Locale.ROOT);
    return FAMILIES.getOrDefault(m, m);
  }

  /**
   * Reads a gold CSV: {@code document, category, metric, value_low, value_high, qualifier, unit,
   * population, location, actor, date, attributed_to, required, evidence}.
   *
   * @throws IOException when the file cannot be read or lacks a needed column
   */
  public static List<GoldFigure> read(Path file) throws IOException {
    List<GoldFigure> gold = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReaderHeaderAware csv = new CSVReaderHeaderAware(r)) {
      Map<String, String> row;
      while ((row = csv.readMap()) != null) {
        for (String need : List.of("document", "metric", "value_low", "value_high")) {
          if (!row.containsKey(need)) {
            throw new IOException(file + ": gold has no '" + need + "' column");
          }
        }
        gold.add(
            new GoldFigure(
                row.get("document").strip(),
                row.get("metric").strip(),
                Double.parseDouble(row.get("value_low").replace(",", "").strip()),
                Double.parseDouble(row.get("value_high").replace(",", "").strip()),
                row.getOrDefault("qualifier", "").strip(),
                row.getOrDefault("attributed_to", "").strip(),
                row.getOrDefault("location", "").strip(),
                row.getOrDefault("date", "").strip(),
                !"no".equalsIgnoreCase(row.getOrDefault("required", "yes").strip()),
                row.getOrDefault("evidence", "")));
      }
    } catch (CsvValidationException | NumberFormatException e) {
      throw new IOException(file + ": not a readable gold CSV (" + e.getMessage() + ")", e);
    }
    return gold;
  }

  /** Scores {@code figures} (in export order) against {@code gold}. */
  public static Score score(List<GoldFigure> gold, List<Figure> figures) {
    return score(gold, figures, Set.of());
  }

  /**
   * Scores {@code figures} against {@code gold}, also counting as extras the figures of {@code
   * unannotated} documents (those a manifest lists, some with no gold figure at all), as score.py
   * does with {@code --manifest}.
   */
  public static Score score(List<GoldFigure> gold, List<Figure> figures, Set<String> unannotated) {
    Set<String> documents = new HashSet<>(unannotated);
    gold.forEach(g -> documents.add(g.document()));
    boolean[] taken = new boolean[gold.size()];
    List<Score.Hit> hits = new ArrayList<>();
    List<Figure> extras = new ArrayList<>();
    for (Figure f : figures) {
      if (!documents.contains(f.documentId()) || f.value() == null || f.metric() == null) {
        continue;
      }
      String fam = family(f.metric().id());
      int match = -1;
      for (int i = 0; i < gold.size() && match < 0; i++) {
        GoldFigure g = gold.get(i);
        if (!taken[i]
            && g.document().equals(f.documentId())
            && family(g.metric()).equals(fam)
            && g.low() - 1e-9 <= f.value()
            && f.value() <= g.high() + 1e-9) {
          match = i;
        }
      }
      if (match < 0) {
        extras.add(f);
        continue;
      }
      taken[match] = true;
      if (gold.get(match).required()) {
        hits.add(new Score.Hit(gold.get(match), f));
      }
    }
    List<GoldFigure> missed = new ArrayList<>();
    int required = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i).required()) {
        required++;
        if (!taken[i]) {
          missed.add(gold.get(i));
        }
      }
    }
    return new Score(
        required,
        hits,
        missed,
        extras,
        ratio(
            hits,
            h -> !h.gold().qualifier().isEmpty(),
            h -> h.gold().qualifier().equalsIgnoreCase(id(h.figure().qualifier()))),
        ratio(
            hits,
            h -> !h.gold().attributedTo().isEmpty(),
            h -> overlaps(h.gold().attributedTo(), h.figure().attributedTo())),
        ratio(
            hits,
            h -> !h.gold().location().isEmpty(),
            h -> overlaps(h.gold().location(), h.figure().location())),
        ratio(hits, h -> iso(h.gold().date()), h -> within(h.gold().date(), h.figure())));
  }

  /** Returns what is wrong with a hit's attributes, empty when nothing is. */
  public static List<String> differences(Score.Hit h) {
    List<String> wrong = new ArrayList<>();
    GoldFigure g = h.gold();
    Figure f = h.figure();
    if (!g.qualifier().isEmpty() && !g.qualifier().equalsIgnoreCase(id(f.qualifier()))) {
      wrong.add("qualifier '" + id(f.qualifier()) + "' != '" + g.qualifier() + "'");
    }
    if (!g.attributedTo().isEmpty() && !overlaps(g.attributedTo(), f.attributedTo())) {
      wrong.add("attributed_to '" + nz(f.attributedTo()) + "' != '" + g.attributedTo() + "'");
    }
    if (!g.location().isEmpty() && !overlaps(g.location(), f.location())) {
      wrong.add("location '" + nz(f.location()) + "' != '" + g.location() + "'");
    }
    if (iso(g.date()) && !within(g.date(), f)) {
      wrong.add("date " + f.dateStart() + ".." + f.dateEnd() + " misses " + g.date());
    }
    return wrong;
  }

  private static Score.Ratio ratio(
      List<Score.Hit> hits,
      java.util.function.Predicate<Score.Hit> judged,
      java.util.function.Predicate<Score.Hit> good) {
    int n = 0;
    int ok = 0;
    for (Score.Hit h : hits) {
      if (judged.test(h)) {
        n++;
        if (good.test(h)) {
          ok++;
        }
      }
    }
    return new Score.Ratio(ok, n);
  }

  private static String id(org.humfig.model.Vocabulary v) {
    return v == null ? "" : v.id();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * The words of a name longer than two letters, without possessives and punctuation, as score.py
   * compares them: "Tigray" shares a word with "Tigray, Ethiopia".
   */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    if (text == null) {
      return words;
    }
    String t = text.toLowerCase(Locale.ROOT).replace("'s", "").replace("\u2019s", "");
    java.util.regex.Matcher m = WORD.matcher(t);
    while (m.find()) {
      if (m.group().length() > 2) {
        words.add(m.group());
      }
    }
    return words;
  }

  private static boolean overlaps(String gold, String predicted) {
    Set<String> g = words(gold);
    if (g.isEmpty()) {
      return true;
    }
    g.retainAll(words(predicted));
    return !g.isEmpty();
  }

  private static boolean iso(String text) {
    return text != null && text.matches("\\d{4}-\\d{2}-\\d{2}");
  }

  private static boolean within(String day, Figure f) {
    if (f.dateStart() == null) {
      return false;
    }
    LocalDate d = LocalDate.parse(day);
    LocalDate end = f.dateEnd() == null ? f.dateStart() : f.dateEnd();
    return !d.isBefore(f.dateStart()) && !d.isAfter(end);
  }
}
