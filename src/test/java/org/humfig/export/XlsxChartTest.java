package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxChartTest {

  @TempDir Path dir;

  /** The chart's XML is POI's chart API's, byte for byte, and so is every other part. */
  @Test
  void writesTheChartAsPoisChartApi() throws IOException {
    String[][] names = {
      {"Aleppo", "eastern region, Nepal", "Port-au-Prince"},
      {"A & B", "<b>", "x > y", "]]>", "\"quoted\" 'twice'", "tab\there", "Ḥalab", "😀 Sanaʽa"},
      {"one"},
      {"cr\rlf\r\n", "bell\u0001", "a]]b>c", ">start"},
    };
    Double[][] values = {
      {150000.0, 6890.0, 47.0},
      {1.5, 2.0e-4, 1.0e12, 0.0, 123456789.0, 3.25, 7.0, 99.0},
      {5.0},
      {1.0, 2.0, 3.0, 4.0},
    };
    for (int i = 0; i < names.length; i++) {
      Map<String, byte[]> ours = write(names[i], values[i], false);
      Map<String, byte[]> poi = write(names[i], values[i], true);
      assertThat(ours.keySet()).isEqualTo(poi.keySet());
      for (String part : poi.keySet()) {
        if (part.equals("docProps/core.xml")) {
          continue; // the time it was written
        }
        assertThat(new String(ours.get(part), java.nio.charset.StandardCharsets.UTF_8))
            .as(part)
            .isEqualTo(new String(poi.get(part), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  /** Writes a workbook of one sheet with two charts and returns its parts by name. */
  private Map<String, byte[]> write(String[] names, Double[] values, boolean poi)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxBook book = new XlsxBook(100, dir, 0L)) {
      SXSSFSheet sheet = book.createSheet("Summary");
      for (int k = 0; k < 2; k++) {
        XlsxChart.Box box = new XlsxChart.Box(19, 6 + 20 * k, 28, 25 + 20 * k);
        List<XlsxChart.Series> series =
            List.of(
                new XlsxChart.Series(
                    "killed",
                    new CellReference("Summary", 6, 30, true, true),
                    values,
                    "Summary!$AE$8:$AE$" + (7 + values.length),
                    k == 0 ? 0xC0392B : 0x2E86C1));
        String range = "Summary!$AD$8:$AD$" + (7 + names.length);
        if (poi) {
          PoiChart.columns(sheet, box, "killed & more, <latest>", names, range, series, "people");
        } else {
          XlsxChart.columns(sheet, box, "killed & more, <latest>", names, range, series, "people");
        }
      }
      book.writeAvoidingTempFiles(out);
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip =
        new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }
}
