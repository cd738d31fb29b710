package org.humfig.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.humfig.model.Vocabulary;

/**
 * The constraint schema of a figures table ({@code schemas/figure.schema.json}): a Frictionless
 * Table Schema whose fields carry an {@code hxl} property, with the rules a table schema cannot
 * express in a custom {@code rules} property.
 *
 * <p>It is the single source of truth for the CSV header order, the workbook's column dictionary,
 * the HXL row and the checks. Immutable.
 */
public final class TableSchema {

  private static final String BUNDLED = "/schemas/figure.schema.json";
  private static final String CONSOLIDATED = "/schemas/consolidated.schema.json";
  private static final Set<String> TYPES = Set.of("string", "number", "integer", "date", "boolean");

  private final String name;
  private final String version;
  private final List<Field> fields;
  private final List<Check> checks;
  private final List<String> missingValues;
  private final List<String> primaryKey;
  private final String file;
  private final byte[] source;

  private TableSchema(
      String name,
      String version,
      List<Field> fields,
      List<Check> checks,
      List<String> missing,
      List<String> primaryKey,
      String file,
      byte[] source) {
    this.name = name;
    this.version = version;
    this.fields = List.copyOf(fields);
    this.checks = List.copyOf(checks);
    this.missingValues = List.copyOf(missing);
    this.primaryKey = List.copyOf(primaryKey);
    this.file = file;
    this.source = source.clone();
  }

  /** Returns the schema bundled with humfig (a copy of {@code schemas/figure.schema.json}). */
  public static TableSchema bundled() {
    return resource(BUNDLED);
  }

  /**
   * Returns the schema of the consolidated facts bundled with humfig (a copy of {@code
   * schemas/consolidated.schema.json}).
   */
  public static TableSchema consolidated() {
    return resource(CONSOLIDATED);
  }

  private static TableSchema resource(String path) {
    try (InputStream in = TableSchema.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      byte[] bytes = in.readAllBytes();
      return parse(JsonTree.read(bytes), path.substring(path.lastIndexOf('/') + 1), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Reads a schema file.
   *
   * @throws SchemaException naming the file and what is wrong with it
   */
  public static TableSchema read(Path file) {
    JsonNode root;
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
      root = JsonTree.read(bytes);
    } catch (IOException e) {
      throw new SchemaException(file + ": not a readable JSON schema (" + e.getMessage() + ")");
    }
    return parse(root, file.toString(), bytes);
  }

  private static TableSchema parse(JsonNode root, String where, byte[] source) {
    if (root == null || !root.isObject() || !root.path("fields").isArray()) {
      throw new SchemaException(where + ": a table schema is an object with a 'fields' list");
    }
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode f : root.path("fields")) {
      String name = f.path("name").asText("");
      if (name.isEmpty() || !names.add(name)) {
        throw new SchemaException(where + ": field '" + name + "' is unnamed or repeated");
      }
      String type = f.path("type").asText("string");
      if (!TYPES.contains(type)) {
        throw new SchemaException(
            where + ": field '" + name + "': unsupported type '" + type + "'");
      }
      JsonNode c = f.path("constraints");
      List<String> allowed = new ArrayList<>();
      c.path("enum").forEach(v -> allowed.add(v.asText()));
      fields.add(
          new Field(
              name,
              f.path("title").asText(name),
              type,
              f.path("description").asText(""),
              f.path("hxl").asText(""),
              c.path("required").asBoolean(false),
              c.path("unique").asBoolean(false),
              c.has("minimum") ? c.get("minimum").asDouble() : null,
              c.has("maximum") ? c.get("maximum").asDouble() : null,
              allowed,
              c.has("pattern") ? c.get("pattern").asText() : null));
    }
    List<Check> checks = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      String id = r.path("id").asText("");
      String sev = r.path("severity").asText("error");
      Severity severity =
          Vocabulary.parse(Severity.class, sev)
              .orElseThrow(
                  () ->
                      new SchemaException(
                          where + ": rule '" + id + "': unknown severity '" + sev + "'"));
      ObjectNode params = ((ObjectNode) r).deepCopy();
      params.remove(List.of("id", "severity", "description", "message", "scope"));
      checks.add(
          new Check(
              id,
              severity,
              r.path("description").asText(""),
              r.path("message").asText(id),
              r.path("scope").asText("row"),
              params));
    }
    List<String> missing = new ArrayList<>();
    root.path("missingValues").forEach(v -> missing.add(v.asText()));
    if (missing.isEmpty()) {
      missing.add("");
    }
    List<String> key = new ArrayList<>();
    JsonNode pk = root.path("primaryKey");
    if (pk.isTextual()) {
      key.add(pk.asText());
    }
    pk.forEach(k -> key.add(k.asText()));
    for (String k : key) {
      if (!names.contains(k)) {
        throw new SchemaException(where + ": primary key field '" + k + "' is not a field");
      }
    }
    return new TableSchema(
        root.path("name").asText("figures"),
        root.path("version").asText(""),
        fields,
        checks,
        missing,
        key,
        Path.of(where).getFileName().toString(),
        source);
  }

  /** Returns the schema's name. */
  public String name() {
    return name;
  }

  /** Returns the schema's version. */
  public String version() {
    return version;
  }

  /** Returns the fields in column order. */
  public List<Field> fields() {
    return fields;
  }

  /** Returns the field called {@code name}, if any. */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Returns the cross-field and dataset rules. */
  public List<Check> checks() {
    return checks;
  }

  /** Returns the check with id {@code id}, if the schema has it. */
  public Optional<Check> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Returns the strings that mean "no value" (the empty string by default). */
  public List<String> missingValues() {
    return missingValues;
  }

  /** Returns the fields whose values identify a row, in order; empty when the schema names none. */
  public List<String> primaryKey() {
    return primaryKey;
  }

  /** Returns the name of the file the schema was read from ({@code figure.schema.json}). */
  public String file() {
    return file;
  }

  /** Returns the schema file's bytes as read, to copy it beside the tables it describes. */
  public byte[] source() {
    return source.clone();
  }

  /** Returns the column names in order. */
  public List<String> names() {
    return fields.stream().map(Field::name).toList();
  }
}
