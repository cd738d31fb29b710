package org.humfig.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.humfig.document.Document;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.text.Resource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Sentences and the figures they must give: {@code extraction/cases.yaml}. */
class ExtractionCasesTest {

  private static final Extractor X = Extractor.english();
  private static final LocalDate SUNDAY = LocalDate.of(2016, 12, 11);

  record Case(String text, boolean none, List<Map<String, String>> figures) {}

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Case> cases;
    try (InputStream in = getClass().getResourceAsStream("/extraction/cases.yaml")) {
      cases = Resource.yamlMapper().readValue(in, new TypeReference<List<Case>>() {});
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.text(), () -> check(c)));
  }

  private static void check(Case c) {
    List<Figure> got = X.extract(Document.of("case", c.text(), SUNDAY));
    if (c.none()) {
      assertThat(got).as(c.text()).isEmpty();
      return;
    }
    assertThat(got).as("%s%n%s", c.text(), got).hasSameSizeAs(c.figures());
    for (int i = 0; i < got.size(); i++) {
      Figure f = got.get(i);
      for (Map.Entry<String, String> want : c.figures().get(i).entrySet()) {
        String expected = want.getValue();
        if (expected.startsWith("@")) {
          expected = got.get(Integer.parseInt(expected.substring(1))).id();
        }
        Object actual = Columns.value(f, want.getKey());
        if (actual instanceof Number n) {
          assertThat(n.doubleValue())
              .as("%s: %s", c.text(), want.getKey())
              .isEqualTo(Double.parseDouble(expected));
        } else {
          assertThat(Columns.text(actual))
              .as("%s: %s%n%s", c.text(), want.getKey(), f)
              .isEqualTo(expected);
        }
      }
    }
  }
}
