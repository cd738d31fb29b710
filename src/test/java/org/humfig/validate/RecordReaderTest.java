package org.humfig.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The records read are OpenCSV's, line counts and errors included, whatever the text. */
class RecordReaderTest {

  private static final int LIMIT = 5;

  @Test
  void next_readsWhatOpenCsvReads_inPlainAndHostileText() throws Exception {
    Random random = new Random(3);
    String[] pieces = {
      "a", "bc", "", " ", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "é", "x\"y", "\"q\"", "1.5"
    };
    List<String> texts = new ArrayList<>();
    texts.add("");
    texts.add("a,b\r\n1,2\r\n");
    texts.add("h\r\n\"multi\nline\",\"x\"\"y\"\r\n\"\",\r\n,\r\n");
    texts.add("h\r\n\"a\"\"\r\nb\"\r\n");
    texts.add("h\r\n\"never closed\r\n1\r\n2\r\n");
    texts.add("h\r\n\"" + "\n".repeat(LIMIT + 2) + "\"\r\n");
    for (int t = 0; t < 3_000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(sb.toString());
    }
    for (int t = 0; t < 500; t++) {
      StringBuilder sb = new StringBuilder();
      for (int r = random.nextInt(5); r >= 0; r--) {
        for (int c = 0; c < 4; c++) {
          if (c > 0) {
            sb.append(',');
          }
          String v = pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)];
          sb.append(random.nextBoolean() ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        sb.append("\r\n");
      }
      texts.add(sb.toString());
    }
    int records = 0;
    for (String text : texts) {
      for (char separator : new char[] {',', ';'}) {
        records += compare(text, separator);
      }
    }
    assertThat(records).isGreaterThan(5_000);
  }

  private static int compare(String text, char separator) throws Exception {
    CSVReader csv =
        new CSVReaderBuilder(new BufferedReader(new StringReader(text)))
            .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
            .withMultilineLimit(LIMIT)
            .withKeepCarriageReturn(false)
            .build();
    RecordReader ours =
        new RecordReader(new BufferedReader(new StringReader(text)), separator, LIMIT);
    int n = 0;
    while (true) {
      assertThat(ours.lines()).as(text).isEqualTo(csv.getLinesRead());
      String[] expected;
      Class<?> failure = null;
      try {
        expected = csv.readNext();
      } catch (Exception e) {
        expected = null;
        failure = e.getClass();
      }
      String[] actual;
      try {
        actual = ours.next();
      } catch (Exception e) {
        assertThat(e.getClass()).as(text).isEqualTo(failure);
        return n;
      }
      assertThat(failure).as(text).isNull();
      assertThat(actual)
          .as("%s record %d: %s", text, n, Arrays.toString(actual))
          .isEqualTo(expected);
      if (actual == null) {
        return n;
      }
      n++;
    }
  }
}
