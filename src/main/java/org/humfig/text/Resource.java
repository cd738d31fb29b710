package org.humfig.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the YAML data files bundled with humfig (lexicons, rules, page conventions), from the
 * compiled form the build writes of each ({@link CompiledResources}) when it was made from the
 * bundled YAML, else from the YAML.
 *
 * <p>YAML 1.1 reads the words {@code no}, {@code on}, {@code off} and {@code yes} as booleans; in
 * word lists they are words, so the YAML mapper keeps them as strings.
 */
public final class Resource {

  private Resource() {}

  /** The YAML mapper, made when a file without a compiled form is first read. */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        new ObjectMapper(
            YAMLFactory.builder()
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build());
  }

  /** Returns a YAML mapper that keeps yes/no/on/off as strings. */
  public static ObjectMapper yamlMapper() {
    return Yaml.MAPPER;
  }

  /** Opens a bundled resource, failing clearly when the build left it out. */
  public static InputStream open(String path) {
    InputStream in = Resource.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return in;
  }

  /**
   * Returns a parser of the bundled YAML file {@code path}: of its compiled form when the build
   * wrote one from it and {@code compiled} is true, else of its YAML.
   *
   * @throws IOException when the file cannot be read
   */
  public static JsonParser parser(String path, boolean compiled) throws IOException {
    byte[] bytes;
    try (InputStream in = open(path)) {
      bytes = in.readAllBytes();
    }
    JsonParser json = compiled ? CompiledResources.open(path, bytes) : null;
    return json != null ? json : yamlMapper().getFactory().createParser(bytes);
  }

  /**
   * Returns the value at the parser's current token, or at its next when it has read none, as plain
   * Java: maps with their keys in order, lists, strings, numbers, booleans and nulls.
   *
   * @throws IOException when the parser cannot read on
   */
  public static Object tree(JsonParser p) throws IOException {
    return Binder.tree(p);
  }

  /**
   * Reads a bundled YAML resource into {@code type}: a record (its fields by name, or by the name
   * their {@code JsonProperty} gives), or a map of what the file holds.
   */
  public static <T> T yaml(String path, Class<T> type) {
    Object tree;
    try (JsonParser in = parser(path, true)) {
      tree = Binder.tree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    try {
      return type.cast(Binder.bind(tree, type, path));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
