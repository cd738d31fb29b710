package org.humfig.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.humfig.Fixtures;
import org.humfig.model.Category;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Status;
import org.humfig.model.Unit;
import org.humfig.schema.SchemaException;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FigureValidatorTest {

  private static final FigureValidator VALIDATOR = new FigureValidator(TableSchema.bundled());

  @TempDir Path dir;

  @AfterAll
  static void close() {
    VALIDATOR.close();
  }

  @Test
  void check_completeFigure_isValid() {
    Figure f = VALIDATOR.apply(Fixtures.figure());
    assertThat(VALIDATOR.check(Fixtures.figure())).isEmpty();
    assertThat(f.status()).isEqualTo(Status.VALID);
    assertThat(f.issues()).isEmpty();
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of(
            "value.bounds", "value", (UnaryOperator<Figure.Builder>) b -> b.valueLow(400.0)),
        Arguments.of(
            "field.minimum",
            "value",
            (UnaryOperator<Figure.Builder>) b -> b.value(-1.0).valueLow(null)),
        Arguments.of(
            "share.maximum",
            "value",
            (UnaryOperator<Figure.Builder>)
                b ->
                    b.category(Category.TERRITORY)
                        .metric(Metric.CONTROLLED_SHARE)
                        .unit(Unit.PERCENT)
                        .value(120.0)
                        .valueLow(120.0)),
        Arguments.of("unit.metric", "unit", (UnaryOperator<Figure.Builder>) b -> b.unit(Unit.KM2)),
        Arguments.of(
            "metric.category",
            "metric",
            (UnaryOperator<Figure.Builder>) b -> b.metric(Metric.FLED)),
        Arguments.of(
            "period.order",
            "date_end",
            (UnaryOperator<Figure.Builder>) b -> b.dateEnd(LocalDate.of(2016, 11, 1))),
        Arguments.of(
            "period.published",
            "date_end",
            (UnaryOperator<Figure.Builder>) b -> b.dateEnd(LocalDate.of(2016, 12, 12))),
        Arguments.of(
            "evidence.offsets",
            "evidence_end",
            (UnaryOperator<Figure.Builder>) b -> b.evidenceEnd(101)),
        Arguments.of(
            "field.required",
            "evidence",
            (UnaryOperator<Figure.Builder>) b -> b.evidence(" ").evidenceStart(null)),
        Arguments.of(
            "field.pattern", "figure_id", (UnaryOperator<Figure.Builder>) b -> b.id("-bad id")),
        Arguments.of(
            "field.maximum", "confidence", (UnaryOperator<Figure.Builder>) b -> b.confidence(1.5)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void check_brokenFigure_namesRuleAndColumn(
      String rule, String column, UnaryOperator<Figure.Builder> change) {
    List<Violation> v = VALIDATOR.check(change.apply(Fixtures.figure().toBuilder()).build());
    assertThat(v).extracting(Violation::rule).containsExactly(rule);
    assertThat(v.get(0).column()).isEqualTo(column);
    assertThat(v.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(v.get(0).message()).isNotBlank();
    assertThat(VALIDATOR.apply(change.apply(Fixtures.figure().toBuilder()).build()).status())
        .isEqualTo(Status.INVALID);
  }

  @Test
  void check_missingDateAndSource_areWarnings() {
    Figure f =
        Fixtures.figure().toBuilder().dateStart(null).dateEnd(null).attributedTo(null).build();
    List<Violation> v = VALIDATOR.check(f);
    assertThat(v)
        .extracting(Violation::rule)
        .containsExactly("date.missing", "attribution.missing");
    assertThat(v).extracting(Violation::severity).containsOnly(Severity.WARNING);
    Figure applied = VALIDATOR.apply(f);
    assertThat(applied.status()).isEqualTo(Status.WARNING);
    assertThat(applied.issues()).containsExactly("date.missing", "attribution.missing");
  }

  @Test
  void check_messageFillsInValues() {
    Figure f = Fixtures.figure().toBuilder().unit(Unit.KM2).build();
    assertThat(VALIDATOR.check(f).get(0).message())
        .isEqualTo("unit km2 does not fit metric killed");
  }

  /** Returns the bundled schema with one field's constraints changed. */
  private Path edited(String field, String constraint, JsonNode value) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(Path.of("schemas/figure.schema.json").toFile());
    for (JsonNode f : root.get("fields")) {
      if (f.get("name").asText().equals(field)) {
        ((ObjectNode) f).withObject("/constraints").set(constraint, value);
      }
    }
    Path file = dir.resolve(field + "-" + constraint + ".schema.json");
    json.writeValue(file.toFile(), root);
    return file;
  }

  @Test
  void editedSchema_changesChecksWithoutRebuilding() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path required = edited("attributed_to", "required", json.getNodeFactory().booleanNode(true));
    Figure unattributed = Fixtures.figure().toBuilder().attributedTo(null).build();
    try (FigureValidator tight = new FigureValidator(TableSchema.read(required))) {
      assertThat(tight.check(unattributed))
          .extracting(Violation::rule, Violation::column)
          .contains(org.assertj.core.groups.Tuple.tuple("field.required", "attributed_to"));
    }
    assertThat(VALIDATOR.check(unattributed))
        .extracting(Violation::rule)
        .containsExactly("attribution.missing");

    Path narrower =
        edited(
            "category", "enum", json.readTree("[\"displacement\", \"territory\", \"population\"]"));
    try (FigureValidator tight = new FigureValidator(TableSchema.read(narrower))) {
      assertThat(tight.check(Fixtures.figure()))
          .extracting(Violation::rule, Violation::column)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("field.enum", "category"));
    }
    Path countries = edited("country_code", "enum", json.readTree("[\"SYR\", \"IRQ\"]"));
    try (FigureValidator tight = new FigureValidator(TableSchema.read(countries))) {
      assertThat(tight.check(Fixtures.figure().toBuilder().countryCode("TUR").build()))
          .extracting(Violation::rule)
          .containsExactly("field.enum");
      assertThat(tight.check(Fixtures.figure().toBuilder().countryCode("SYR").build())).isEmpty();
    }
  }

  @Test
  void schemaWithUnknownRule_isRefused() throws IOException {
    String schema =
        Files.readString(Path.of("schemas/figure.schema.json"))
            .replace("\"value.bounds\"", "\"value.magic\"");
    Path file = Files.writeString(dir.resolve("bad.schema.json"), schema);
    assertThatThrownBy(() -> new FigureValidator(TableSchema.read(file)))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("value.magic");
  }
}
