package org.humfig.rule;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");

  private final ObjectMapper json = Resource.JSON;
  private final String language;
  private final Lexicon lexicon = new Lexicon();
  private final Map<String, Raw> rules = new LinkedHashMap<>();

  /** Whether bundled files are read from their compiled form where there is one. */
  private boolean compiled = true;

  /** The file that defines each word list, so no list is defined in two files. */
  private final Map<String, String> wordLists = new java.util.HashMap<>();

  /** A rule as read, before its pattern is compiled against the final lexicon. */
  private record Raw(String id, String family, JsonNode node, String origin) {}

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
      JsonNode root = json.readTree(in);
      if (root == null || !root.isObject()) {
        throw new RuleException(where + ": a lexicon file is a map of class name to word list");
      }
      root.fieldNames()
          .forEachRemaining(
              name -> {
                String first = wordLists.putIfAbsent(name, where);
                if (first != null) {
                  throw new RuleException(
                      where
                          + ": lexicon '"
                          + name
                          + "' is already defined in "
                          + first
                          + "; define each word list in one file");
                }
              });
      addClasses(root, where);
    } catch (JsonProcessingException e) {
      throw new RuleException(
          where + ":" + line(e) + ": not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RuleException(where + ": cannot read: " + e.getMessage());
    }
  }

  private void addClasses(JsonNode map, String where) {
    Iterator<Map.Entry<String, JsonNode>> it = map.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isArray()) {
        throw new RuleException(where + ": lexicon '" + e.getKey() + "': expected a list of words");
      }
      List<String> words = new ArrayList<>();
      for (JsonNode w : e.getValue()) {
        if (!w.isTextual() || w.asText().isBlank()) {
          throw new RuleException(
              where
                  + ": lexicon '"
                  + e.getKey()
                  + "': entry "
                  + w
                  + " is not a word; write it in quotes");
        }
        words.add(w.asText());
      }
      lexicon.add(e.getKey(), words);
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
          case "lexicon" -> addClasses(json.readTree(p), where);
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
      JsonNode node = json.readTree(p);
      String origin = where + ":" + line;
      String id = node.path("id").asText("");
      if (!ID.matcher(id).matches()) {
        throw new RuleException(
            origin
                + ": rule '"
                + id
                + "': id must be lower case words joined by dots, e.g. killed.passive");
      }
      rules.remove(id);
      rules.put(id, new Raw(id, family, node, origin));
    }
  }

  private Rule compile(Raw raw) {
    String prefix = raw.origin() + ": rule '" + raw.id() + "': ";
    JsonNode n = raw.node();
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!RULE_KEYS.contains(key)) {
        throw new RuleException(prefix + "unknown field '" + key + "'");
      }
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(n.path("pattern").asText(""), lexicon);
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
      String id = n.path("metric").asText("");
      metric =
          Vocabulary.parse(Metric.class, id)
              .orElseThrow(() -> new RuleException(prefix + "unknown metric '" + id + "'"));
      if (!pattern.captures(Capture.VALUE)) {
        throw new RuleException(prefix + "a figure pattern needs QTY");
      }
    }
    Tally tally = null;
    if (n.has("tally")) {
      String id = n.path("tally").asText("");
      tally =
          Vocabulary.parse(Tally.class, id)
              .orElseThrow(
                  () ->
                      new RuleException(prefix + "unknown tally '" + id + "' (cumulative or new)"));
    }
    double confidence = n.path("confidence").asDouble(0.8);
    if (confidence <= 0 || confidence > 1) {
      throw new RuleException(prefix + "confidence must be in (0, 1]");
    }
    List<Example> positive = examples(n.path("positive"), raw.origin(), prefix, true);
    List<Example> negative = examples(n.path("negative"), raw.origin(), prefix, false);
    if (positive.isEmpty() || negative.isEmpty()) {
      throw new RuleException(prefix + "needs at least one positive and one negative example");
    }
    return new Rule(
        raw.id(),
        n.path("name").asText(raw.id()),
        raw.family(),
        pattern,
        metric,
        tally,
        n.path("priority").asInt(0),
        confidence,
        n.path("enabled").asBoolean(true),
        positive,
        negative,
        raw.origin());
  }

  private static List<Example> examples(
      JsonNode list, String origin, String prefix, boolean positive) {
    List<Example> out = new ArrayList<>();
    if (list.isMissingNode()) {
      return out;
    }
    if (!list.isArray()) {
      throw new RuleException(prefix + "examples must be a list");
    }
    for (JsonNode e : list) {
      if (e.isTextual()) {
        out.add(new Example(e.asText(), Map.of(), origin));
        continue;
      }
      String text = e.path("text").asText("");
      if (text.isBlank()) {
        throw new RuleException(prefix + "an example has no text");
      }
      Map<String, String> expect = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = e.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        if (f.getKey().equals("text")) {
          continue;
        }
        if (!positive || !EXPECTABLE.contains(f.getKey())) {
          throw new RuleException(
              prefix + "example '" + text + "': cannot check '" + f.getKey() + "'");
        }
        expect.put(f.getKey(), f.getValue().asText());
      }
      out.add(new Example(text, expect, origin));
    }
    return out;
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }
}
