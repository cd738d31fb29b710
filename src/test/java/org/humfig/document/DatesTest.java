package org.humfig.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Metadata dates are read as the ISO expression and {@link LocalDate#parse} read them. */
class DatesTest {

  private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");

  private static Optional<LocalDate> byExpression(String text) {
    var m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void parse_readsWhatTheExpressionAndTheFormatterRead() {
    String[] cases = {
      "2016-12-11",
      " 2016-12-11T08:30:00Z ",
      "2016-12-11 08:30",
      "2016-02-30",
      "2016-02-29",
      "2015-02-29",
      "2016-13-01",
      "0000-01-01",
      "2016-12-1",
      "2016/12/11",
      "2016-12-11Z",
      "2016-12-11T08\n30",
      "2016-12-11T",
      "",
      " ",
      "x2016-12-11",
      "2016-12-11\u2028"
    };
    for (String c : cases) {
      assertThat(Dates.parse(c)).as("'%s'", c).isEqualTo(byExpression(c));
    }
    assertThat(Dates.parse("2016-12-11T08:30:00Z")).contains(LocalDate.of(2016, 12, 11));
    assertThat(Dates.parse(null)).isEmpty();
    Random random = new Random(5);
    String alphabet = "0123456789-T :\n1";
    for (int k = 0; k < 50_000; k++) {
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "2016-0" : "");
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(Dates.parse(text)).as("'%s'", text).isEqualTo(byExpression(text));
    }
  }
}
