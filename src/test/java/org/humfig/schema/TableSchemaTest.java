package org.humfig.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Qualifier;
import org.humfig.model.Unit;
import org.humfig.model.Vocabulary;
import org.junit.jupiter.api.Test;

/** The Java model and the schema must agree: a change to one without the other fails here. */
class TableSchemaTest {

  private final TableSchema schema = TableSchema.bundled();

  @Test
  void schemaColumns_matchTheFigureModel() {
    assertThat(new TreeSet<>(schema.names())).isEqualTo(new TreeSet<>(Columns.names()));
    assertThat(Figure.class.getRecordComponents()).hasSameSizeAs(schema.fields());
  }

  @Test
  void schemaEnums_matchTheVocabularies() {
    assertThat(allowed("metric")).isEqualTo(ids(Metric.values()));
    assertThat(allowed("qualifier")).isEqualTo(ids(Qualifier.values()));
    assertThat(allowed("unit")).isEqualTo(ids(Unit.values()));
    assertThat(allowed("category")).isEqualTo(ids(org.humfig.model.Category.values()));
    assertThat(allowed("status")).isEqualTo(ids(org.humfig.model.Status.values()));
    assertThat(allowed("date_precision")).isEqualTo(ids(org.humfig.model.DatePrecision.values()));
  }

  @Test
  void everyFieldHasTitleDescriptionAndHxlTag() {
    assertThat(schema.fields())
        .allSatisfy(
            f -> {
              assertThat(f.description()).isNotBlank();
              assertThat(f.hxl()).matches("#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*");
            });
  }

  @Test
  void everyRuleHasAMessageInValidationMessages() throws IOException {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/ValidationMessages.properties")) {
      p.load(in);
    }
    for (Check c : schema.checks()) {
      assertThat(p).containsKey("humfig.rule." + c.id());
      assertThat(c.message()).isNotBlank();
    }
  }

  private Set<String> allowed(String column) {
    return new TreeSet<>(schema.field(column).orElseThrow().allowed());
  }

  private static Set<String> ids(Vocabulary[] values) {
    return new TreeSet<>(Arrays.stream(values).map(Vocabulary::id).toList());
  }
}
