package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.humfig.Exported;
import org.humfig.Programs;
import org.humfig.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the README's recipes for the exports, as written, on an export of the sample articles and a
 * page whose document id is {@code 0001}: each with the real tool where it is installed (skipped
 * where not), DuckDB and SQLite through their JDBC drivers always, and frictionless' checks through
 * {@link PackageCheck} where frictionless is missing. Every recipe is tried on a plain export and,
 * where the README gives the variant, on one written with {@code --hxl}.
 */
class RecipesIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @TempDir static Path dir;

  private static Path plain;
  private static Path hxl;
  private static int figures;

  @BeforeAll
  static void export() throws Exception {
    plain = Exported.folder(dir.resolve("plain"), false).getParent();
    hxl = Exported.folder(dir.resolve("hxl"), true).getParent();
    figures = rows(plain.resolve("exports/figures.csv")).size() - 1;
    assertThat(figures).isGreaterThan(20);
  }

  private static Path folder(boolean withHxl) {
    return withHxl ? hxl : plain;
  }

  /** Returns the code block under {@code <!-- recipe: name -->} in the README. */
  static String recipe(String name) throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile(
                "<!-- recipe: " + Pattern.quote(name) + " -->\\n```[a-z]*\\n(.*?)```",
                Pattern.DOTALL)
            .matcher(readme);
    assertThat(m.find()).as("README recipe " + name).isTrue();
    return m.group(1);
  }

  private static Programs.Result bash(Path cwd, Map<String, String> env, String script)
      throws Exception {
    String all = Programs.humfigFunction() + "set -euo pipefail\n" + script;
    return Programs.run(cwd, env, TIMEOUT, List.of("bash", "-c", all));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void frictionless_validatesThePackage(boolean withHxl) throws Exception {
    Path cwd = folder(withHxl);
    Optional<Path> frictionless = Programs.find("frictionless");
    if (frictionless.isPresent()) {
      Programs.Result r = bash(cwd, Map.of(), recipe("frictionless"));
      assertThat(r.code()).as(r.output()).isZero();
    }
    // Without frictionless, and besides it: the same checks, against the vendored profiles.
    assertThat(PackageCheck.errors(cwd.resolve("exports"))).isEmpty();
  }

  @Test
  void packageCheck_catchesWhatFrictionlessWould() throws Exception {
    Path copy = Files.createDirectories(dir.resolve("broken/exports"));
    for (String f :
        List.of(
            "datapackage.json",
            "figure.schema.json",
            "figures.xlsx",
            "consolidated.csv",
            "consolidated.schema.json")) {
      Files.copy(plain.resolve("exports").resolve(f), copy.resolve(f));
    }
    List<String> lines = Files.readAllLines(plain.resolve("exports/figures.csv"));
    String bad =
        lines.get(1).replaceFirst(",displacement,besieged,250000,", ",displacement,besieged,lots,");
    lines.set(1, bad);
    Files.write(copy.resolve("figures.csv"), lines);

    List<String> errors = PackageCheck.errors(copy);

    assertThat(errors).anyMatch(e -> e.startsWith("figures: bytes"));
    assertThat(errors).anyMatch(e -> e.startsWith("figures: hash"));
    assertThat(errors).anyMatch(e -> e.contains("type.number"));
    assertThat(errors).noneMatch(e -> e.startsWith("figures-sheet"));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void pandas_readsIdsAsText_datesAsDates_emptyAsMissing(boolean withHxl) throws Exception {
    Optional<String> python = Programs.python("pandas");
    Assumptions.assumeTrue(python.isPresent(), "no Python with pandas here");
    String code = recipe("pandas");
    if (withHxl) {
      code = code.replace("skiprows=None", "skiprows=[1]");
    }
    code +=
        """
        assert (figures["document_id"] == "0001").any(), figures["document_id"].tolist()
        assert str(figures["value"].dtype) == "float64", figures["value"].dtype
        assert str(figures["published_date"].dtype).startswith("datetime64")
        assert figures["value_high"].isna().any() and figures["value_high"].notna().any()
        assert str(figures["evidence_start"].dtype) == "Int64", figures["evidence_start"].dtype
        assert figures["title"].str.contains("Homs").any()
        print(len(figures))
        """;
    Path script = Files.writeString(folder(withHxl).resolve("recipe.py"), code);
    Programs.Result r =
        Programs.run(folder(withHxl), Map.of(), TIMEOUT, List.of(python.get(), script.toString()));
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output().strip()).endsWith(String.valueOf(figures));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void polars_readsTheSchemaTypes(boolean withHxl) throws Exception {
    Optional<String> python = Programs.python("polars");
    Assumptions.assumeTrue(python.isPresent(), "no Python with polars here");
    String code = recipe("polars");
    if (withHxl) {
      code = code.replace("skip_rows_after_header=0", "skip_rows_after_header=1");
    }
    code +=
        """
        assert figures.filter(pl.col("document_id") == "0001").height > 0
        assert figures.schema["value"] == pl.Float64
        assert figures.schema["published_date"] == pl.Date
        assert figures["value_high"].null_count() > 0
        print(figures.height)
        """;
    Path script = Files.writeString(folder(withHxl).resolve("recipe.py"), code);
    Programs.Result r =
        Programs.run(folder(withHxl), Map.of(), TIMEOUT, List.of(python.get(), script.toString()));
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output().strip()).endsWith(String.valueOf(figures));
  }

  private static String schemaSql(String dialect) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"schema", "--sql", "--dialect", dialect},
            new PrintWriter(out),
            new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void duckdb_copiesIntoTheSchemaTable(boolean withHxl) throws Exception {
    String copy = recipe("duckdb").strip();
    if (withHxl) {
      copy = copy.replace("SKIP 0", "SKIP 1");
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      s.execute("SET file_search_path = '" + folder(withHxl).toString().replace("'", "''") + "'");
      s.execute(schemaSql("duckdb"));
      s.execute(copy);
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*), count(value_high), typeof(value), typeof(published_date),"
                  + " count(*) FILTER (WHERE document_id = '0001')"
                  + " FROM figures GROUP BY ALL")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getInt(1)).isEqualTo(figures);
        assertThat(r.getInt(2)).isBetween(1, figures - 1);
        assertThat(r.getString(3)).isEqualTo("DOUBLE");
        assertThat(r.getString(4)).isEqualTo("DATE");
        assertThat(r.getInt(5)).isPositive();
      }
    }
  }

  /**
   * Loads figures.csv with the SQL of {@code humfig schema --sql --dialect sqlite}, inserting each
   * row's cells as text as the sqlite3 shell's {@code .import} does.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void sqlite_loadsWithTheSchemaSql(boolean withHxl) throws Exception {
    List<String[]> rows = rows(folder(withHxl).resolve("exports/figures.csv"));
    rows = rows.subList(withHxl ? 2 : 1, rows.size());
    Path file = dir.resolve("jdbc-" + withHxl + ".db");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement()) {
      s.executeUpdate(schemaSql("sqlite"));
      int columns = rows.get(0).length;
      String marks = String.join(",", Collections.nCopies(columns, "?"));
      try (PreparedStatement insert =
          db.prepareStatement("INSERT INTO figures VALUES (" + marks + ")")) {
        for (String[] row : rows) {
          for (int c = 0; c < columns; c++) {
            insert.setString(c + 1, row[c]);
          }
          insert.executeUpdate();
        }
      }
      assertSqliteTable(s);
    }
  }

  private static void assertSqliteTable(Statement s) throws Exception {
    try (ResultSet r =
        s.executeQuery(
            "SELECT count(*), count(value_high), sum(typeof(value) = 'real'),"
                + " sum(typeof(evidence_start) = 'integer'), sum(source_name = ''),"
                + " sum(document_id = '0001') FROM figures")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getInt(1)).isEqualTo(figures);
      assertThat(r.getInt(2)).isBetween(1, figures - 1);
      assertThat(r.getInt(3)).isEqualTo(figures);
      assertThat(r.getInt(4)).isEqualTo(figures);
      assertThat(r.getInt(5)).isZero();
      assertThat(r.getInt(6)).isPositive();
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void sqlite3_importsWithTheRecipe(boolean withHxl) throws Exception {
    Assumptions.assumeTrue(Programs.find("sqlite3").isPresent(), "no sqlite3 here");
    Path cwd = folder(withHxl);
    Files.deleteIfExists(cwd.resolve("figures.db"));
    String script = recipe("sqlite");
    if (withHxl) {
      script = script.replace("--skip 1", "--skip 2");
    }
    Programs.Result r = bash(cwd, Map.of(), script);
    assertThat(r.code()).as(r.output()).isZero();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + cwd.resolve("figures.db"));
        Statement s = db.createStatement()) {
      assertSqliteTable(s);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void postgres_copiesWithTheRecipe(boolean withHxl) throws Exception {
    try (Postgres pg = Postgres.start(dir)) {
      Assumptions.assumeTrue(pg != null, "no PostgreSQL server programs here");
      String script = recipe("postgres");
      if (withHxl) {
        List<String> lines = new ArrayList<>(script.lines().toList());
        String variant = lines.remove(2).replaceFirst("^# written with --hxl: ", "");
        lines.set(1, "psql -v ON_ERROR_STOP=1 -c \"" + variant + "\"");
        script = String.join("\n", lines) + "\n";
      }
      Programs.Result r = bash(folder(withHxl), pg.env(), script);
      assertThat(r.code()).as(r.output()).isZero();
      Programs.Result q =
          bash(
              folder(withHxl),
              pg.env(),
              "psql -At -F ' ' -c \"SELECT count(*), count(value_high),"
                  + " count(*) FILTER (WHERE document_id = '0001'),"
                  + " pg_typeof(min(published_date)) FROM figures\"");
      assertThat(q.code()).as(q.output()).isZero();
      String[] got = q.output().strip().split(" ");
      assertThat(Integer.parseInt(got[0])).isEqualTo(figures);
      assertThat(Integer.parseInt(got[1])).isBetween(1, figures - 1);
      assertThat(Integer.parseInt(got[2])).isPositive();
      assertThat(got[3]).isEqualTo("date");
    }
  }

  @Test
  void libreOffice_writesAUtf8CsvThatValidates() throws Exception {
    Optional<Path> office = Programs.find("soffice");
    Assumptions.assumeTrue(office.isPresent(), "no LibreOffice here");
    Path home = Files.createDirectories(dir.resolve("office-home"));
    Programs.Result r = bash(plain, Map.of("HOME", home.toString()), recipe("libreoffice"));
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).contains("0 errors");
    String converted =
        Files.readString(plain.resolve("edited/figures.csv"), StandardCharsets.UTF_8);
    assertThat(converted).contains("Médecins Sans Frontières");
    assertThat(converted.replace("\r\n", "\n"))
        .isEqualTo(Files.readString(plain.resolve("exports/figures.csv")).replace("\r\n", "\n"));
  }

  private static List<String[]> rows(Path csv) throws Exception {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVReader reader =
            new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
      return reader.readAll();
    }
  }
}
