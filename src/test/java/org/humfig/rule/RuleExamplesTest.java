package org.humfig.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.humfig.document.Document;
import org.humfig.extract.Extractor;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of every rule of every bundled language pack, run as a test with the reference date
 * 2016-12-11.
 */
class RuleExamplesTest {

  static final LocalDate REFERENCE = LocalDate.of(2016, 12, 11);

  @TestFactory
  Stream<DynamicTest> examples() {
    return org.humfig.text.Packs.codes().stream().flatMap(RuleExamplesTest::pack);
  }

  private static Stream<DynamicTest> pack(String language) {
    RuleSet rules = RuleLoader.bundled(language).build();
    Extractor all = new Extractor(rules);
    List<Rule> off = rules.rules().stream().filter(r -> !r.enabled()).toList();
    return Stream.concat(
        rules.rules().stream().filter(Rule::enabled).flatMap(r -> tests(rules, all, r)),
        off.isEmpty() ? Stream.empty() : switchedOn(language, off));
  }

  /** The examples of the rules that are off by default, run with them switched on. */
  private static Stream<DynamicTest> switchedOn(String language, List<Rule> off) {
    RuleLoader loader = RuleLoader.bundled(language);
    off.forEach(r -> loader.enable(r.id(), true));
    RuleSet rules = loader.build();
    Extractor all = new Extractor(rules);
    return off.stream().flatMap(r -> tests(rules, all, rules.rule(r.id()).orElseThrow()));
  }

  private static Stream<DynamicTest> tests(RuleSet rules, Extractor all, Rule rule) {
    Extractor x =
        rule.figure()
            ? all
            : new Extractor(
                rules.select(r -> !r.family().equals(rule.family()) || r.id().equals(rule.id())));
    Stream<DynamicTest> positive =
        rule.positive().stream()
            .map(
                e ->
                    DynamicTest.dynamicTest(
                        rules.language() + " " + rule.id() + " finds: " + e.text(),
                        () -> positive(x, rule, e)));
    Stream<DynamicTest> negative =
        rule.negative().stream()
            .map(
                e ->
                    DynamicTest.dynamicTest(
                        rules.language() + " " + rule.id() + " ignores: " + e.text(),
                        () -> negative(x, rule, e)));
    return Stream.concat(positive, negative);
  }

  private static List<Figure> extract(Extractor x, Example e) {
    return x.extract(Document.of("example", e.text(), REFERENCE));
  }

  private static void positive(Extractor x, Rule rule, Example e) {
    List<Figure> figures = extract(x, e);
    List<Figure> mine =
        rule.attribution()
            ? figures.stream().filter(f -> f.attributedTo() != null).toList()
            : rule.actor()
                ? figures.stream().filter(f -> f.actor() != null).toList()
                : figures.stream().filter(f -> rule.id().equals(f.ruleId())).toList();
    assertThat(mine)
        .as(
            "%s (%s): figures from this rule in '%s'; all: %s",
            rule.id(), e.origin(), e.text(), figures)
        .isNotEmpty();
    Figure f = mine.get(0);
    for (Map.Entry<String, String> want : e.expect().entrySet()) {
      Object actual = Columns.value(f, want.getKey());
      String text = Columns.text(actual);
      if (actual instanceof Number n) {
        assertThat(n.doubleValue())
            .as("%s: %s of '%s'", rule.id(), want.getKey(), e.text())
            .isCloseTo(
                Double.parseDouble(want.getValue()), org.assertj.core.data.Offset.offset(1e-6));
      } else {
        assertThat(text)
            .as("%s: %s of '%s'", rule.id(), want.getKey(), e.text())
            .isEqualTo(want.getValue());
      }
    }
  }

  private static void negative(Extractor x, Rule rule, Example e) {
    List<Figure> figures = extract(x, e);
    if (rule.attribution()) {
      assertThat(figures)
          .as("%s: '%s'", rule.id(), e.text())
          .allSatisfy(f -> assertThat(f.attributedTo()).isNull());
    } else if (rule.actor()) {
      assertThat(figures)
          .as("%s: '%s'", rule.id(), e.text())
          .allSatisfy(f -> assertThat(f.actor()).isNull());
    } else {
      assertThat(figures)
          .extracting(Figure::ruleId)
          .as("%s: '%s'", rule.id(), e.text())
          .doesNotContain(rule.id());
    }
  }
}
