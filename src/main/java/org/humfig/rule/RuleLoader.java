package org.humfig.rule;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.humfig.model.Metric;
import org.humfig.model.Tally;
import org.humfig.model.Vocabulary;
import org.humfig.text.Packs;
import org.humfig.text.Resource;

/**
 * Reads rule files and lexicon files into a {@link RuleSet}.
 *
 * <p>A rule file holds a {@code family}, an optional {@code lexicon} (classes it adds to or
 * extends) and a list of {@code rules}; see {@code rules/en/*.yaml}. Every problem is reported with
 * the file, the line of the rule and the rule id, e.g. {@code my-rules.yaml:12: rule
 * 'fled.passive': unknown lexicon 'DISPLACD'}.
 */
public final class RuleLoader {

  /** The keys an example may set: the CSV columns it checks. */
  public static final Set<String> EXPECTABLE =
      Set.of(
          "value",
          "value_low",
          "value_high",
          "qualifier",
          "unit",
          "metric",
          "category",
          "population",
          "location",
          "actor",
          "attributed_to",
          "date_start",
          "date_end",
          "date_precision",
          "country_code",
          "modality",
          "tally",
          "value_people",
          "household_size",
          "part_of");

  private static final Set<String> RULE_KEYS =
      Set.of(
          "id",
          "name",
          "pattern",
          "metric",
          "tally",
          "priority",
          "confidence",
          "enabled",
          "positive",
          "negative");

  /** The keys of a rule file entry that only switches a loaded rule on or off. */
  private static final Set<String> SWITCH_KEYS = Set.of("id", "enabled");

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");

  private final String language;
  private final Lexicon lexicon = new Lexicon();
  private final Map<String, Raw> rules = new LinkedHashMap<>();

  /** Whether bundled files are read from their compiled form where there is one. */
  private boolean compiled = true;

  /** The file that defines each word list, so no list is defined in two files. */
  private final Map<String, String> wordLists = new java.util.HashMap<>();

  /**
   * A rule as read, its fields as the file gives them (plain maps, lists and scalars), before its
   * pattern is compiled against the final lexicon.
   */
  private record Raw(String id, String family, Map<String, Object> node, String origin) {}

  private RuleLoader(String language) {
    this.language = language;
  }

  /**
   * Returns the rules and lexicons of the default pack bundled with humfig, built once a process
   * and shared: a rule set is immutable.
   */
  public static RuleSet english() {
    RuleSet r = english;
    if (r == null) {
      synchronized (RuleLoader.class) {
        r = english;
        if (r == null) {
          r = bundled().build();
          english = r;
        }
      }
    }
    return r;
  }

  /** The bundled rule set once built. */
  private static volatile RuleSet english;

  /** Returns a loader holding the default pack's files, to which user files may be added. */
  public static RuleLoader bundled() {
    return bundled(Packs.defaultCode());
  }

  /**
   * Returns a loader holding the files of the bundled pack {@code language} ("en", "fr"), to which
   * user files may be added.
   */
  public static RuleLoader bundled(String language) {
    Packs.Pack pack = Packs.of(language);
    List<String> lexicons = new ArrayList<>();
    pack.lexicons().forEach(n -> lexicons.add("lexicon/" + pack.code() + "/words/" + n + ".yaml"));
    List<String> rules = new ArrayList<>();
    pack.rules().forEach(n -> rules.add("rules/" + pack.code() + "/" + n + ".yaml"));
    return of(pack.code(), lexicons, rules);
  }

  /**
   * Returns a loader holding the word lists and rule files at these resource paths, in order.
   *
   * @throws RuleException when a word list is defined in two files
   */
  static RuleLoader of(String language, List<String> lexicons, List<String> rules) {
    return of(language, lexicons, rules, true);
  }

  /**
   * Returns a loader holding the word lists and rule files at these resource paths, in order, read
   * from their compiled form where the build wrote one and {@code compiled} is true, else from the
   * YAML.
   */
  static RuleLoader of(
      String language, List<String> lexicons, List<String> rules, boolean compiled) {
    RuleLoader loader = new RuleLoader(language);
    loader.compiled = compiled;
    for (String path : lexicons) {
      loader.readLexicon(loader.parser("/" + path, path), path);
    }
    for (String path : rules) {
      loader.readRules(loader.parser("/" + path, path), path);
    }
    return loader;
  }

  /**
   * Returns a parser of the bundled file {@code path}: of its compiled form when the build wrote
   * one from it and this loader reads compiled files, else of its YAML.
   */
  private JsonParser parser(String path, String where) {
    try {
      return Resource.parser(path, compiled);
    } catch (IOException e) {
      throw new RuleException(where + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Adds the rules (and lexicon classes) of a user file; a rule with the id of a loaded rule
   * replaces it.
   *
   * @throws RuleException when the file cannot be read or holds a bad rule
   */
  public RuleLoader add(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      readRules(Resource.yamlMapper().getFactory().createParser(in), file.toString());
    } catch (IOException e) {
      throw new RuleException(file + ": cannot read: " + e.getMessage());
    }
    return this;
  }

  /**
   * Compiles every rule against the lexicon and returns the rule set.
   *
   * @throws RuleException naming the first bad rule
   */
  public RuleSet build() {
    for (String name : Grammar.REQUIRED) {
      if (!lexicon.has(name)) {
        throw new RuleException("lexicon: the class '" + name + "' is required but missing");
      }
    }
    List<Rule> built = new ArrayList<>();
    for (Raw raw : rules.values()) {
      built.add(compile(raw));
    }
    return new RuleSet(built, lexicon, language);
  }

  private void readLexicon(JsonParser in, String where) {
    try (in) {
      if (!(Resource.tree(in) instanceof Map<?, ?> root)) {
        throw new RuleException(where + ": a lexicon file is a map of class name to word list");
      }
      for (Object name : root.keySet()) {
        String first = wordLists.putIfAbsent((String) name, where);
        if (first != null) {
          throw new RuleException(
              where
                  + ": lexicon '"
                  + name
                  + "' is already defined in "
                  + first
                  + "; define each word list in one file");
        }
      }
      addClasses(root, where);
    } catch (JsonProcessingException e) {
      throw new RuleException(
          where + ":" + line(e) + ": not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RuleException(where + ": cannot read: " + e.getMessage());
    }
  }

  private void addClasses(Object tree, String where) {
    if (!(tree instanceof Map<?, ?> map)) {
      throw new RuleException(where + ": 'lexicon' must be a map of class name to word list");
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getValue() instanceof List<?> list)) {
        throw new RuleException(where + ": lexicon '" + e.getKey() + "': expected a list of words");
      }
      List<String> words = new ArrayList<>();
      for (Object w : list) {
        if (!(w instanceof String word) || word.isBlank()) {
          throw new RuleException(
              where
                  + ": lexicon '"
                  + e.getKey()
                  + "': entry "
                  + w
                  + " is not a word; write it in quotes");
        }
        words.add(word);
      }
      lexicon.add((String) e.getKey(), words);
    }
  }

  private void readRules(JsonParser in, String where) {
    try (JsonParser p = in) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new RuleException(where + ":1: a rule file is a map with 'family' and 'rules'");
      }
      String family = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int line = p.currentLocation().getLineNr();
        p.nextToken();
        switch (field) {
          case "family" -> family = p.getValueAsString();
          case "lexicon" -> addClasses(Resource.tree(p), where);
          case "rules" -> readRuleList(p, where, family);
          default ->
              throw new RuleException(where + ":" + line + ": unknown field '" + field + "'");
        }
      }
    } catch (JsonProcessingException e) {
      throw new RuleException(
          where + ":" + line(e) + ": not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RuleException(where + ": cannot read: " + e.getMessage());
    }
  }

  private void readRuleList(JsonParser p, String where, String family) throws IOException {
    if (family == null) {
      throw new RuleException(where + ": 'family' must come before 'rules'");
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new RuleException(
          where + ":" + p.currentLocation().getLineNr() + ": 'rules' must be a list");
    }
    while (p.nextToken() == JsonToken.START_OBJECT) {
      int line = p.currentLocation().getLineNr();
      @SuppressWarnings("unchecked") // a value that starts at START_OBJECT is a map
      Map<String, Object> node = (Map<String, Object>) Resource.tree(p);
      String origin = where + ":" + line;
      String id = text(node, "id", "");
      if (!ID.matcher(id).matches()) {
        throw new RuleException(
            origin
                + ": rule '"
                + id
                + "': id must be lower case words joined by dots, e.g. killed.passive");
      }
      if (node.keySet().equals(SWITCH_KEYS)) {
        enable(id, flag(node, "enabled", true), origin);
        continue;
      }
      rules.remove(id);
      rules.put(id, new Raw(id, family, node, origin));
    }
  }

  /**
   * Switches the loaded rule {@code id} on or off, as a rule file entry with only {@code id} and
   * {@code enabled} does: the way to turn on a bundled rule that is off by default.
   *
   * @throws RuleException when no rule with this id is loaded
   */
  public RuleLoader enable(String id, boolean enabled) {
    return enable(id, enabled, "rule '" + id + "'");
  }

  private RuleLoader enable(String id, boolean enabled, String origin) {
    Raw raw = rules.get(id);
    if (raw == null) {
      throw new RuleException(origin + ": rule '" + id + "': no loaded rule has this id");
    }
    Map<String, Object> node = new LinkedHashMap<>(raw.node());
    node.put("enabled", enabled);
    rules.put(id, new Raw(id, raw.family(), node, raw.origin()));
    return this;
  }

  private Rule compile(Raw raw) {
    String prefix = raw.origin() + ": rule '" + raw.id() + "': ";
    Map<String, Object> n = raw.node();
    for (String key : n.keySet()) {
      if (!RULE_KEYS.contains(key)) {
        throw new RuleException(prefix + "unknown field '" + key + "'");
      }
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(text(n, "pattern", ""), lexicon);
    } catch (IllegalArgumentException e) {
      throw new RuleException(prefix + e.getMessage());
    }
    Metric metric = null;
    if (Rule.ATTRIBUTION.equals(raw.family())) {
      if (!pattern.captures(Capture.SOURCE)) {
        throw new RuleException(prefix + "an attribution pattern needs SRC");
      }
    } else if (Rule.ACTOR.equals(raw.family())) {
      if (!pattern.captures(Capture.ACTOR)) {
        throw new RuleException(prefix + "an actor pattern needs ACT");
      }
    } else {
      String id = text(n, "metric", "");
      metric =
          Vocabulary.parse(Metric.class, id)
              .orElseThrow(() -> new RuleException(prefix + "unknown metric '" + id + "'"));
      if (!pattern.captures(Capture.VALUE)) {
        throw new RuleException(prefix + "a figure pattern needs QTY");
      }
    }
    Tally tally = null;
    if (n.containsKey("tally")) {
      String id = text(n, "tally", "");
      tally =
          Vocabulary.parse(Tally.class, id)
              .orElseThrow(
                  () ->
                      new RuleException(prefix + "unknown tally '" + id + "' (cumulative or new)"));
    }
    double confidence = number(n, "confidence", 0.8);
    if (confidence <= 0 || confidence > 1) {
      throw new RuleException(prefix + "confidence must be in (0, 1]");
    }
    List<Example> positive = examples(n.get("positive"), raw.origin(), prefix, true);
    List<Example> negative = examples(n.get("negative"), raw.origin(), prefix, false);
    if (positive.isEmpty() || negative.isEmpty()) {
      throw new RuleException(prefix + "needs at least one positive and one negative example");
    }
    return new Rule(
        raw.id(),
        text(n, "name", raw.id()),
        raw.family(),
        pattern,
        metric,
        tally,
        (int) number(n, "priority", 0),
        confidence,
        flag(n, "enabled", true),
        positive,
        negative,
        raw.origin());
  }

  private static List<Example> examples(
      Object tree, String origin, String prefix, boolean positive) {
    List<Example> out = new ArrayList<>();
    if (tree == null) {
      return out;
    }
    if (!(tree instanceof List<?> list)) {
      throw new RuleException(prefix + "examples must be a list");
    }
    for (Object e : list) {
      if (e instanceof String text) {
        out.add(new Example(text, Map.of(), origin));
        continue;
      }
      Map<?, ?> fields = e instanceof Map<?, ?> m ? m : Map.of();
      String text = fields.get("text") instanceof String t ? t : "";
      if (text.isBlank()) {
        throw new RuleException(prefix + "an example has no text");
      }
      Map<String, String> expect = new LinkedHashMap<>();
      for (Map.Entry<?, ?> f : fields.entrySet()) {
        String key = (String) f.getKey();
        if (key.equals("text")) {
          continue;
        }
        if (!positive || !EXPECTABLE.contains(key)) {
          throw new RuleException(prefix + "example '" + text + "': cannot check '" + key + "'");
        }
        expect.put(key, scalar(f.getValue()));
      }
      out.add(new Example(text, expect, origin));
    }
    return out;
  }

  /**
   * Returns the scalar field {@code key} of {@code node} as text, or {@code otherwise} when it is
   * absent, null, a list or a map.
   */
  private static String text(Map<String, Object> node, String key, String otherwise) {
    Object v = node.get(key);
    return v == null || v instanceof Map || v instanceof List ? otherwise : scalar(v);
  }

  /**
   * Returns the field {@code key} of {@code node} as a number, or {@code otherwise} when it is
   * absent or not a number.
   */
  private static double number(Map<String, Object> node, String key, double otherwise) {
    Object v = node.get(key);
    if (v instanceof Number x) {
      return x.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.strip());
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
    return otherwise;
  }

  /**
   * Returns the field {@code key} of {@code node} as a truth value: a boolean, "true" or "false", a
   * number other than 0; else {@code otherwise}.
   */
  private static boolean flag(Map<String, Object> node, String key, boolean otherwise) {
    Object v = node.get(key);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number x) {
      return x.doubleValue() != 0;
    }
    String s = v instanceof String t ? t.strip() : "";
    return s.equals("true") || (!s.equals("false") && otherwise);
  }

  /** Returns a scalar as the file writes it: "12", "0.5", "true"; a null as "". */
  private static String scalar(Object v) {
    return v == null ? "" : v.toString();
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }
}
