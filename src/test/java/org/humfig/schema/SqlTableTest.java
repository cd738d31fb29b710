package org.humfig.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlTableTest {

  private static final TableSchema SCHEMA = TableSchema.bundled();

  @Test
  void postgres_typesNotNullAndPrimaryKey_inSchemaOrder() {
    String sql = SqlTable.create(SCHEMA, "figures", SqlTable.Dialect.POSTGRES);

    assertThat(sql).startsWith("-- humfig-figure ").contains("CREATE TABLE \"figures\" (\n");
    assertThat(sql)
        .contains("  \"figure_id\" text NOT NULL,  -- Figure id\n")
        .contains("  \"value\" double precision NOT NULL,")
        .contains("  \"value_low\" double precision,")
        .contains("  \"evidence_start\" bigint,")
        .contains("  \"published_date\" date,")
        .contains("  PRIMARY KEY (\"figure_id\")\n);\n")
        .doesNotContain("TRIGGER")
        .doesNotContain("CHECK");
    assertThat(sql.indexOf("\"figure_id\"")).isLessThan(sql.indexOf("\"document_id\""));
    assertThat(sql.indexOf("\"notes\"")).isLessThan(sql.indexOf("\"language\""));
  }

  @Test
  void duckdb_andSqlite_useTheirOwnTypes() {
    String duck = SqlTable.create(SCHEMA, "figures", SqlTable.Dialect.DUCKDB);
    assertThat(duck)
        .contains("\"value\" DOUBLE NOT NULL")
        .contains("\"published_date\" DATE,")
        .contains("\"evidence_start\" BIGINT,")
        .contains("\"figure_id\" VARCHAR NOT NULL");
    String lite = SqlTable.create(SCHEMA, "figures", SqlTable.Dialect.SQLITE);
    assertThat(lite)
        .contains("\"value\" REAL NOT NULL")
        .contains("\"published_date\" TEXT,")
        .contains("\"evidence_start\" INTEGER,")
        .contains("CREATE TRIGGER \"figures_empty_is_null\" AFTER INSERT ON \"figures\"")
        .contains("    \"value_low\" = NULLIF(\"value_low\", ''),")
        .doesNotContain("\"value\" = NULLIF")
        .endsWith("  WHERE rowid = NEW.rowid;\nEND;\n");
  }

  @Test
  void names_areQuoted_andTheSchemaWithoutKeyOrOptionalColumnsStillReads(@TempDir Path dir)
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("tiny.schema.json"),
            "{\"name\": \"tiny\", \"fields\": [{\"name\": \"a \\\"b\\\"\", \"title\": \"A\\nB\","
                + " \"constraints\": {\"required\": true}}]}");
    TableSchema tiny = TableSchema.read(file);

    String sql = SqlTable.create(tiny, "my table", SqlTable.Dialect.SQLITE);

    assertThat(sql)
        .contains("CREATE TABLE \"my table\" (\n  \"a \"\"b\"\"\" TEXT NOT NULL  -- A B\n);\n")
        .doesNotContain("PRIMARY KEY")
        .doesNotContain("TRIGGER");
    assertThat(tiny.primaryKey()).isEmpty();
    assertThat(tiny.file()).isEqualTo("tiny.schema.json");
  }

  @Test
  void primaryKey_mustNameAField(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.json"), "{\"primaryKey\": \"id\", \"fields\": [{\"name\": \"x\"}]}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableSchema.read(file))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("primary key field 'id'");
  }
}
