package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.humfig.model.Columns;
import org.junit.jupiter.api.Test;

/** The records are the bytes OpenCSV writes for the same cells, whatever the text. */
class CsvRecordsTest {

  @Test
  void text_givesOpenCsvsBytes_forHostileCells() throws Exception {
    Random random = new Random(9);
    String[] pieces = {
      "a", "", " ", ",", "\"", "\n", "\r", "\r\n", "=1+1", "-3", "@x", "\t", "é", "日本", "😀",
      "\uD83D", "\uDE00", "'", ";"
    };
    List<String[]> rows = new ArrayList<>();
    for (int r = 0; r < 3_000; r++) {
      String[] row = new String[1 + random.nextInt(6)];
      for (int c = 0; c < row.length; c++) {
        if (random.nextInt(10) == 0) {
          continue; // null
        }
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(5); k > 0; k--) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
        row[c] = sb.toString();
      }
      rows.add(row);
    }
    for (boolean guard : new boolean[] {false, true}) {
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      try (ICSVWriter w =
          new CSVWriterBuilder(
                  new BufferedWriter(new OutputStreamWriter(expected, StandardCharsets.UTF_8)))
              .withLineEnd(ICSVWriter.RFC4180_LINE_END)
              .build()) {
        for (String[] row : rows) {
          String[] cells = row.clone();
          for (int c = 0; guard && c < cells.length; c++) {
            cells[c] = Cells.neutralize(cells[c]);
          }
          w.writeNext(cells, false);
        }
      }
      ByteArrayOutputStream actual = new ByteArrayOutputStream();
      try (CsvRecords csv = new CsvRecords(actual)) {
        for (String[] row : rows) {
          for (String cell : row) {
            csv.text(cell, guard);
          }
          csv.end();
        }
      }
      assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }
  }

  @Test
  void numberAndDate_areWrittenAsColumnsWritesThem() throws Exception {
    double[] numbers = {
      0,
      -0.0,
      1,
      -1,
      0.9,
      33.33,
      1e-7,
      123456789.125,
      1e15,
      1e15 + 0.5,
      1e20,
      -2.5e-3,
      1.0 / 3,
      Long.MAX_VALUE,
      999999999999999.0,
      0.1 + 0.2
    };
    LocalDate[] dates = {
      LocalDate.of(2016, 12, 11),
      LocalDate.of(1, 1, 1),
      LocalDate.of(999, 9, 9),
      LocalDate.of(10000, 1, 1),
      LocalDate.of(-5, 3, 4)
    };
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    StringBuilder expected = new StringBuilder();
    try (CsvRecords csv = new CsvRecords(actual)) {
      for (double d : numbers) {
        csv.number(d);
        expected.append(expected.length() == 0 ? "" : ",").append(Columns.number(d));
      }
      for (LocalDate d : dates) {
        csv.date(d);
        expected.append(',').append(d);
      }
      csv.end();
    }
    assertThat(actual.toString(StandardCharsets.UTF_8)).isEqualTo(expected + "\r\n");
  }
}
