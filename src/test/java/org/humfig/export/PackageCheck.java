package org.humfig.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;
import org.humfig.validate.CsvTable;
import org.humfig.validate.FigureValidator;
import org.humfig.validate.Table;
import org.humfig.validate.TableValidator;
import org.humfig.validate.WorkbookTable;

/**
 * What {@code frictionless validate datapackage.json} checks, for machines without frictionless:
 * the descriptor against the Data Package v2 profile and each table schema against the Table Schema
 * v2 profile (the profiles are vendored test resources), each resource's path, size and hash, each
 * table's header against its schema's fields (frictionless' default {@code fieldsMatch: exact}),
 * its comment rows, and every cell against its field's type and constraints, the primary key
 * unique. The schema's own {@code rules}, which frictionless does not know, are left out.
 */
final class PackageCheck {

  /** The rules of humfig's validator that are also frictionless checks. */
  private static final Set<String> FRICTIONLESS_RULES =
      Set.of(
          "field.required",
          "field.minimum",
          "field.maximum",
          "field.pattern",
          "field.enum",
          "type.number",
          "type.integer",
          "type.date",
          "table.missing-column",
          "table.renamed-column",
          "table.duplicate-column",
          "table.extra-column",
          "table.unbalanced-quote",
          "row.ragged",
          "row.blank",
          "id.unique");

  private static final Schema PACKAGE = profile("datapackage.json");
  private static final Schema TABLE_SCHEMA = profile("tableschema.json");

  private PackageCheck() {}

  private static Schema profile(String name) {
    try (InputStream in = PackageCheck.class.getResourceAsStream("/frictionless/" + name)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns what is wrong with the descriptor alone, against the Data Package profile. */
  static List<String> descriptorErrors(String json) {
    return PACKAGE.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  /** Returns what is wrong with a table schema, against the Table Schema profile. */
  static List<String> schemaErrors(String json) {
    return TABLE_SCHEMA.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  /** Returns every problem frictionless would report for the package in {@code dir}. */
  static List<String> errors(Path dir) throws Exception {
    Path descriptor = dir.resolve(DataPackage.FILE);
    String json = Files.readString(descriptor, StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>(descriptorErrors(json));
    for (JsonNode r : new ObjectMapper().readTree(json).path("resources")) {
      String name = r.path("name").asText();
      Path file = dir.resolve(r.path("path").asText()).normalize();
      if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
        errors.add(name + ": no file " + r.path("path").asText() + " in the package");
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (r.path("bytes").asLong() != bytes.length) {
        errors.add(name + ": bytes " + r.path("bytes") + " but the file has " + bytes.length);
      }
      String hash =
          "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      if (!r.path("hash").asText().equals(hash)) {
        errors.add(name + ": hash " + r.path("hash") + " but the file's is " + hash);
      }
      if (r.has("schema")) {
        errors.addAll(table(dir, r, file).stream().map(e -> name + ": " + e).toList());
      }
    }
    return errors;
  }

  private static List<String> table(Path dir, JsonNode r, Path file) throws Exception {
    List<String> errors = new ArrayList<>();
    Path schemaFile = dir.resolve(r.path("schema").asText());
    errors.addAll(schemaErrors(Files.readString(schemaFile)));
    TableSchema schema = TableSchema.read(schemaFile);
    JsonNode dialect = r.path("dialect");
    List<String> header = new ArrayList<>();
    List<String> second = new ArrayList<>();
    Table table =
        dialect.has("sheetName")
            ? new WorkbookTable(file, dialect.path("sheetName").asText())
            : new CsvTable(file);
    try (table) {
      table.read(
          new Table.Visitor() {
            @Override
            public void header(int row, List<String> names) {
              header.addAll(names);
            }

            @Override
            public void row(int row, List<String> cells) {
              if (row == 2) {
                second.addAll(cells);
              }
            }

            @Override
            public void problem(org.humfig.validate.Finding finding) {}
          });
    }
    if (!header.equals(schema.names())) {
      errors.add("header " + header + " is not the schema's fields " + schema.names());
    }
    List<String> tags = schema.fields().stream().map(Field::hxl).toList();
    boolean comment = dialect.path("commentRows").toString().equals("[2]");
    if (comment != second.equals(tags)) {
      errors.add("row 2 is " + (comment ? "not " : "") + "the HXL row, yet commentRows says so");
    }
    java.util.function.Consumer<org.humfig.validate.Finding> sink =
        f -> {
          if (FRICTIONLESS_RULES.contains(f.rule())) {
            errors.add(f.toString());
          }
        };
    try (Table again =
        dialect.has("sheetName")
            ? new WorkbookTable(file, dialect.path("sheetName").asText())
            : new CsvTable(file)) {
      if (schema.field("figure_id").isPresent()) {
        try (FigureValidator figures = new FigureValidator(schema, LocalDate.of(9999, 1, 1))) {
          new TableValidator(figures, 1).validate(again, sink);
        }
      } else {
        new org.humfig.validate.FactValidator(schema).validate(again, sink);
      }
    }
    return errors;
  }
}
