package org.humfig.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Cells are read as numbers, whole numbers and dates exactly when the schema's forms say so. */
class RowReaderTest {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Test
  void numberIntegerAndDate_acceptWhatTheirFormsAccept() {
    Random random = new Random(5);
    String alphabet = "0123456789+-.eE x٣";
    int numbers = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(RowReader.number(s)).as(s).isEqualTo(NUMBER.matcher(s).matches());
      assertThat(RowReader.integer(s)).as(s).isEqualTo(INTEGER.matcher(s).matches());
      numbers += RowReader.number(s) ? 1 : 0;
    }
    assertThat(numbers).isGreaterThan(1_000);
    for (String s :
        new String[] {
          "2016-12-11", "2016-02-29", "2015-02-29", "2016-13-01", "2016-00-10", "0000-01-01",
          "9999-12-31", "2016-1-01", "2016/12/11", "２０１６-12-11", "2016-12-111", ""
        }) {
      assertThat(RowReader.date(s)).as(s).isEqualTo(regexDate(s));
    }
  }

  private static LocalDate regexDate(String s) {
    if (!DATE.matcher(s).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
