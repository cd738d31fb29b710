package org.humfig.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the YAML data files bundled with humfig (lexicons, rules, page conventions).
 *
 * <p>YAML 1.1 reads the words {@code no}, {@code on}, {@code off} and {@code yes} as booleans; in
 * word lists they are words, so the mapper keeps them as strings.
 */
public final class Resource {

  /** A YAML mapper that keeps yes/no/on/off as strings. */
  public static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
              .build());

  private Resource() {}

  /** Opens a bundled resource, failing clearly when the build left it out. */
  public static InputStream open(String path) {
    InputStream in = Resource.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return in;
  }

  /** Reads a bundled YAML resource into {@code type}. */
  public static <T> T yaml(String path, Class<T> type) {
    try (InputStream in = open(path)) {
      return YAML.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
