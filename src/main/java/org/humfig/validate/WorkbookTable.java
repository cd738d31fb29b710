package org.humfig.validate;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A sheet of an Excel workbook as a {@link Table}, read as a stream of XML events so a sheet of a
 * million rows fits in bounded memory. Numbers are read as plain numbers ("1200", never the
 * displayed "1,200"), date cells as ISO dates, text as written. Row numbers are Excel's.
 */
public final class WorkbookTable implements Table {

  /** The sheet read when none is named. */
  public static final String DEFAULT_SHEET = "Figures";

  private final Path file;
  private final String sheet;

  /**
   * Returns the table of sheet {@code sheet} of workbook {@code file}; with a null sheet, the
   * {@value #DEFAULT_SHEET} sheet, else the first.
   */
  public WorkbookTable(Path file, String sheet) {
    this.file = file;
    this.sheet = sheet;
  }

  @Override
  public boolean fixedWidth() {
    return false;
  }

  @Override
  public String name() {
    return file + (sheet == null ? "" : " [" + sheet + "]");
  }

  @Override
  public void read(Visitor visitor) throws IOException, Unreadable {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      InputStream stream = find(reader);
      try (stream) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                null,
                new ReadOnlySharedStringsTable(pkg),
                new Rows(visitor),
                new PlainFormatter(),
                false));
        xml.parse(new InputSource(stream));
      }
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      throw new Unreadable(file + ": not an Excel workbook (.xlsx)");
    } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
      throw new Unreadable(file + ": cannot read the workbook (" + firstLine(e) + ")");
    } catch (org.apache.poi.ooxml.POIXMLException | IllegalArgumentException e) {
      throw new Unreadable(file + ": cannot read the workbook (" + firstLine(e) + ")");
    } catch (IOException | RuntimeException e) {
      String m = firstLine(e);
      throw new Unreadable(
          file
              + (m.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")
                  ? ": refused: its parts expand far more than a workbook's do (a zip bomb)"
                  : ": cannot read the workbook (" + m + ")"));
    }
  }

  /** Returns the first line of an exception's message (the libraries' run over several). */
  private static String firstLine(Exception e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
    int line = m.indexOf('\n');
    return line < 0 ? m : m.substring(0, line).strip();
  }

  private InputStream find(XSSFReader reader) throws IOException, OpenXML4JException, Unreadable {
    XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
    List<String> names = new ArrayList<>();
    InputStream first = null;
    while (it.hasNext()) {
      InputStream in = it.next();
      String name = it.getSheetName();
      names.add(name);
      boolean wanted = sheet == null ? name.equals(DEFAULT_SHEET) : name.equals(sheet);
      if (wanted) {
        if (first != null) {
          first.close();
        }
        return in;
      }
      if (first == null && sheet == null) {
        first = in;
      } else {
        in.close();
      }
    }
    if (first != null) {
      return first;
    }
    throw new Unreadable(
        file + ": no sheet named '" + sheet + "' (sheets: " + String.join(", ", names) + ")");
  }

  /** Collects a row's cells by column, filling the gaps an event stream leaves for empty cells. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Visitor visitor;
    private final List<String> cells = new ArrayList<>();
    private boolean header = true;

    Rows(Visitor visitor) {
      this.visitor = visitor;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      if (cells.isEmpty()) {
        return;
      }
      if (header) {
        header = false;
        visitor.header(rowNum + 1, List.copyOf(cells));
      } else {
        visitor.row(rowNum + 1, List.copyOf(cells));
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int col = new CellReference(reference).getCol();
      while (cells.size() < col) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }
  }

  /** Formats numbers plainly and dates as ISO dates, whatever the cell's display format. */
  private static final class PlainFormatter extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value)
            .toLocalDate()
            .format(DateTimeFormatter.ISO_LOCAL_DATE);
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  @Override
  public void close() {}
}
