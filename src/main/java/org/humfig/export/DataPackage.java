package org.humfig.export;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.humfig.schema.JsonTree;
import org.humfig.schema.TableSchema;

/**
 * Writes {@code datapackage.json}, a <a href="https://datapackage.org/standard/data-package/">
 * Frictionless Data Package</a> (v2) that tells {@code frictionless}, data portals and catalogues
 * what the files of an export are: each table with its schema (copied beside it, as a package's
 * paths must stay inside its folder), its dialect (the HXL row, when written, declared a comment
 * row so readers skip it), size and SHA-256 hash; other files with their format.
 *
 * <pre>{@code
 * DataPackage.write(Path.of("exports"), run, List.of(
 *     Resource.csv("figures", Path.of("exports/figures.csv"), schema, false, "Figures", "..."),
 *     Resource.file("validation", Path.of("exports/validation.json"), "Validation", "...")));
 * // exports/datapackage.json and exports/figure.schema.json
 * }</pre>
 *
 * <p>The descriptor holds nothing but the run's record and the files: the same files give the same
 * bytes.
 */
public final class DataPackage {

  /** The descriptor's file name, the one frictionless looks for. */
  public static final String FILE = "datapackage.json";

  /** The Data Package profile the descriptor follows. */
  public static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

  /** The Table Dialect profile of the tables' dialects. */
  public static final String DIALECT = "https://datapackage.org/profiles/2.0/tabledialect.json";

  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "csv", "text/csv",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "json", "application/json");

  /**
   * A file of the package.
   *
   * @param name the resource's name: lower case letters, digits, {@code -}, {@code _} and {@code .}
   * @param path the file, inside the package's folder
   * @param title a human title
   * @param description what the file holds
   * @param schema the table schema of a table, or null for a file that is not one
   * @param sheet for a table that is a workbook sheet, the sheet's name; else null
   * @param hxl whether the table has the HXL hashtag row under its header
   */
  public record Resource(
      String name,
      Path path,
      String title,
      String description,
      TableSchema schema,
      String sheet,
      boolean hxl) {

    /** Checks the name, which frictionless and the standard restrict. */
    public Resource {
      Objects.requireNonNull(path, "path");
      if (!name.matches("[a-z0-9][a-z0-9._-]*")) {
        throw new IllegalArgumentException(
            "resource name '" + name + "' is not lower-case a-z0-9._-");
      }
    }

    /** Returns a CSV table of the package (UTF-8, comma, CRLF, as {@link CsvWriter} writes). */
    public static Resource csv(
        String name, Path path, TableSchema schema, boolean hxl, String title, String description) {
      return new Resource(name, path, title, description, schema, null, hxl);
    }

    /** Returns a sheet of a workbook as a table of the package. */
    public static Resource sheet(
        String name,
        Path workbook,
        String sheet,
        TableSchema schema,
        boolean hxl,
        String title,
        String description) {
      return new Resource(name, workbook, title, description, schema, sheet, hxl);
    }

    /** Returns a file of the package that is not a table (a JSON report). */
    public static Resource file(String name, Path path, String title, String description) {
      return new Resource(name, path, title, description, null, null, false);
    }
  }

  private DataPackage() {}

  /**
   * Writes {@code datapackage.json} describing {@code resources} into {@code dir}, with a copy of
   * each table's schema, and returns the files written: the schemas, then the descriptor. Each file
   * appears only when complete.
   *
   * @throws IOException when a resource cannot be read or a file cannot be written
   */
  public static List<Path> write(Path dir, Run run, List<Resource> resources) throws IOException {
    return write(dir, run, resources, Map.of());
  }

  /**
   * As {@link #write(Path, Run, List)}, with the SHA-256 of some files already known, worked out
   * while they were written: only the others are read to hash them.
   *
   * @param known lower-case hex SHA-256 by file, as {@link Staging#sha256()} gives it
   */
  public static List<Path> write(
      Path dir, Run run, List<Resource> resources, Map<Path, String> known) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", PROFILE);
    root.put("name", "humfig-figures");
    root.put("title", "Humanitarian figures");
    root.put(
        "description",
        "Casualty, displacement, territory and population figures reported in news articles and"
            + " situation reports, one row per figure with the sentence that states it, extracted"
            + " and checked by "
            + run.tool()
            + ".");
    root.put("created", run.date() + "T00:00:00Z");
    ArrayNode keywords = root.putArray("keywords");
    List.of("humanitarian", "casualties", "displacement", "hxl").forEach(keywords::add);
    if (!run.inputs().isEmpty()) {
      ArrayNode sources = root.putArray("sources");
      run.inputs().forEach(i -> sources.addObject().put("title", i));
    }
    Map<String, TableSchema> schemas = new LinkedHashMap<>();
    Map<Path, String> hashes = hashes(resources, known);
    ArrayNode list = root.putArray("resources");
    for (Resource r : resources) {
      list.add(resource(dir, r, hashes.get(r.path())));
      if (r.schema() != null) {
        schemas.putIfAbsent(r.schema().file(), r.schema());
      }
    }
    List<Path> written = new ArrayList<>();
    for (TableSchema schema : schemas.values()) {
      written.add(put(dir.resolve(schema.file()), schema.source()));
    }
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    byte[] text = JsonTree.write(root, pretty);
    byte[] withNewline = new byte[text.length + 1];
    System.arraycopy(text, 0, withNewline, 0, text.length);
    withNewline[text.length] = '\n';
    written.add(put(dir.resolve(FILE), withNewline));
    return written;
  }

  /**
   * Returns the SHA-256 of each file of {@code resources}: the {@code known} ones as given, the
   * others read once each (the workbook is two resources), side by side.
   */
  private static Map<Path, String> hashes(List<Resource> resources, Map<Path, String> known)
      throws IOException {
    Map<Path, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
    List<Path> files = new ArrayList<>();
    for (Path f : resources.stream().map(Resource::path).distinct().toList()) {
      String hash = known.get(f);
      if (hash != null) {
        hashes.put(f, hash);
      } else {
        files.add(f);
      }
    }
    try {
      files.parallelStream()
          .forEach(
              f -> {
                try {
                  hashes.put(f, sha256(f));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return hashes;
  }

  private static ObjectNode resource(Path dir, Resource r, String hash) throws IOException {
    String path = relative(dir, r.path());
    String format = format(path);
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", r.name());
    if (r.schema() != null) {
      node.put("type", "table");
    }
    node.put("path", path);
    node.put("title", r.title());
    node.put("description", r.description());
    node.put("format", format);
    node.put("mediatype", MEDIA_TYPES.get(format));
    if (!format.equals("xlsx")) {
      node.put("encoding", "utf-8");
    }
    node.put("bytes", Files.size(r.path()));
    node.put("hash", "sha256:" + hash);
    if (r.schema() != null) {
      node.set("dialect", dialect(r, format));
      node.put("schema", r.schema().file());
    }
    return node;
  }

  private static ObjectNode dialect(Resource r, String format) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    d.put("$schema", DIALECT);
    if (r.sheet() != null) {
      d.put("sheetName", r.sheet());
    }
    d.put("header", true);
    d.putArray("headerRows").add(1);
    if (r.hxl()) {
      d.putArray("commentRows").add(2);
    }
    if (format.equals("csv")) {
      d.put("delimiter", ",");
      d.put("lineTerminator", "\r\n");
      d.put("quoteChar", "\"");
      d.put("doubleQuote", true);
    }
    return d;
  }

  /** Returns {@code file} relative to {@code dir}, with {@code /} separators, as the spec wants. */
  private static String relative(Path dir, Path file) {
    Path rel = dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    if (rel.startsWith("..") || rel.toString().isEmpty()) {
      throw new IllegalArgumentException(file + " is not inside the package folder " + dir);
    }
    return rel.toString().replace('\\', '/');
  }

  private static String format(String path) {
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    if (!MEDIA_TYPES.containsKey(ext)) {
      throw new IllegalArgumentException("no data package format for " + path);
    }
    return ext;
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Path put(Path target, byte[] bytes) throws IOException {
    Staging staging = new Staging(target);
    try {
      Files.write(staging.temp(), bytes);
      staging.commit();
    } finally {
      staging.discard();
    }
    return target;
  }
}
