package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

  @Test
  void schema_printsTheBundledTableSchema() throws Exception {
    CliRun r = CliRun.of("schema");

    assertThat(r.code()).isZero();
    var root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("name").asText()).isEqualTo("humfig-figure");
    assertThat(root.path("fields").get(0).path("name").asText()).isEqualTo("figure_id");
  }

  @Test
  void sql_defaultsToPostgres_dialectAndTableChosen() {
    CliRun pg = CliRun.of("schema", "--sql");
    assertThat(pg.code()).isZero();
    assertThat(pg.out()).contains("CREATE TABLE \"figures\"").contains("double precision");

    CliRun lite = CliRun.of("schema", "--sql", "--dialect", "SQLite", "--table", "daily");
    assertThat(lite.code()).isZero();
    assertThat(lite.out()).contains("CREATE TABLE \"daily\"").contains("AFTER INSERT ON \"daily\"");
  }

  @Test
  void badDialect_orBadSchema_isAUsageError(@TempDir Path dir) throws Exception {
    CliRun oracle = CliRun.of("schema", "--sql", "--dialect", "oracle");
    assertThat(oracle.code()).isEqualTo(2);
    assertThat(oracle.err()).contains("--dialect").contains("oracle");

    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"fields\": 3}");
    CliRun broken = CliRun.of("schema", "--schema", bad.toString());
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("bad.json").hasLineCount(1);
  }
}
