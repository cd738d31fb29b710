package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spilled sheet holds the XML POI's own writer gives, byte for byte. */
class XlsxSpillTest {

  @TempDir Path dir;

  @Test
  void spill_writesPoisXml_forHostileTextNumbersDatesAndOtherCells() throws IOException {
    String[] texts = {
      "plain",
      " leading",
      "trailing ",
      "\ttab",
      "a<b>&\"c'",
      "line\nbreak\r\n",
      "nbsp\u00A0",
      "ctl\u0001\u001F",
      "ff\uFFFE\uFFFF",
      "😀 pair",
      "lone \uD83D high",
      "lone \uDE00 low",
      "",
      "日本語",
      "_x0041_"
    };
    byte[] poi = sheet(false, texts);
    byte[] ours = sheet(true, texts);
    assertThat(new String(ours, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(poi, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(ours).isEqualTo(poi);
  }

  /** Writes the cells in a workbook, through the spill or POI's own writer; returns its sheet. */
  private byte[] sheet(boolean spill, String[] texts) throws IOException {
    Path folder = Files.createTempDirectory(dir, "spill");
    SXSSFWorkbook wb =
        new SXSSFWorkbook(2) {
          @Override
          protected SheetDataWriter createSheetDataWriter() throws IOException {
            return spill ? new XlsxSpill(folder) : super.createSheetDataWriter();
          }
        };
    wb.setCompressTempFiles(true);
    Path file = dir.resolve(spill + ".xlsx");
    try {
      CellStyle style = wb.createCellStyle();
      style.setWrapText(true);
      Sheet sheet = wb.createSheet("S");
      int r = 0;
      for (String t : texts) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(t);
        row.createCell(2).setCellValue(t);
        row.getCell(2).setCellStyle(style);
        row.createCell(3).setCellValue(r * 1.5);
        row.createCell(4).setCellValue(LocalDate.of(2016, 12, r));
        row.createCell(5).setCellValue(r % 2 == 0);
        row.createCell(6).setCellFormula("D" + r + "*2");
        row.createCell(30).setCellValue(-r);
        row.createCell(7).setBlank();
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    } finally {
      wb.close();
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      try (InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
        return in.readAllBytes();
      }
    }
  }
}
