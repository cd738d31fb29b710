package org.humfig.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streaming workbook whose sheets spill into a folder of its own, their rows compressed as the
 * file will hold them, and whose web links beyond a sheet's first are kept as XML text.
 *
 * <p>POI writes a streamed workbook by writing every part of it but the rows, then copying that
 * package entry by entry into the file: a sheet's XML a character at a time, its rows inflated from
 * their temporary file and compressed again. Here a sheet's entry is put together compressed: the
 * start of its XML up to the rows and the end after them are compressed on their own (a few
 * kilobytes), and the rows, compressed once as they were written ({@link XlsxSpill}), are copied
 * between them as they are. Every entry goes in with its sizes and CRC known, so the file needs no
 * data descriptors, and the same cells give the same bytes.
 *
 * <p>Links: POI keeps each link as XML objects and a package relationship, over 1 kB apiece and
 * slow to write by the ten thousand. A sheet's first link is POI's, so that POI writes the list of
 * links and the relationships part; the others are kept as the two lines of XML each needs ({@link
 * XlsxLinks}) and added to that list and that part here. Excel and LibreOffice read them as POI's
 * own: the same elements, ids and targets.
 *
 * <p>Charts: POI places a chart and keeps an empty one in its part; the chart's XML, written
 * directly ({@link XlsxChart}), replaces it here ({@link #replace}).
 */
final class XlsxBook extends SXSSFWorkbook {

  private final Path folder;
  private final Map<SXSSFSheet, XlsxSpill> spills = new IdentityHashMap<>();
  private final Map<SXSSFSheet, XlsxLinks> links = new IdentityHashMap<>();

  /** Parts written here, by zip entry name, put into the file in place of POI's. */
  private final Map<String, byte[]> replaced = new java.util.HashMap<>();

  private XlsxSpill created;

  /** The time every part of the file is dated, in milliseconds since 1970. */
  private final long time;

  /**
   * Returns a workbook that keeps {@code window} rows of a sheet in memory, spilling to {@code
   * folder}, its parts dated {@code time} (milliseconds since 1970) rather than when it is written,
   * so that two runs of one day write the same bytes.
   */
  XlsxBook(int window, Path folder, long time) {
    super(window);
    this.folder = folder;
    this.time = time;
    setCompressTempFiles(true);
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    created = new XlsxSpill(folder);
    return created;
  }

  @Override
  public SXSSFSheet createSheet(String name) {
    SXSSFSheet sheet = super.createSheet(name);
    spills.put(sheet, created);
    return sheet;
  }

  /** Returns the spill of {@code sheet}, created by this workbook. */
  XlsxSpill spill(SXSSFSheet sheet) {
    return spills.get(sheet);
  }

  /**
   * Puts {@code data} into the file as the part {@code partName} ({@code /xl/charts/chart1.xml}),
   * in place of what POI writes for it.
   */
  void replace(String partName, byte[] data) {
    replaced.put(partName.startsWith("/") ? partName.substring(1) : partName, data);
  }

  /** Returns the links of {@code sheet}, taken from {@code budget}. */
  XlsxLinks links(SXSSFSheet sheet, XlsxLinks.Budget budget) {
    XlsxLinks l = new XlsxLinks(getXSSFWorkbook().getSheet(sheet.getSheetName()), budget);
    links.put(sheet, l);
    return l;
  }

  /** Flushes every sheet's rows and gives a sheet of table rows its dimension (see XlsxSpill). */
  @Override
  protected void flushSheets() throws IOException {
    super.flushSheets();
    for (Map.Entry<SXSSFSheet, XlsxSpill> e : spills.entrySet()) {
      org.apache.poi.ss.util.CellRangeAddress cells = e.getValue().dimension();
      if (cells != null) {
        getXSSFWorkbook().getSheet(e.getKey().getSheetName()).setDimensionOverride(cells);
      }
    }
  }

  @Override
  protected void injectData(ZipEntrySource source, OutputStream stream) throws IOException {
    OutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(buffered);
    zip.setUseZip64(Zip64Mode.AsNeeded);
    try {
      Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        byte[] template;
        try (InputStream in = source.getInputStream(entry)) {
          if (in instanceof ZipArchiveThresholdInputStream guarded) {
            guarded.setGuardState(false); // as POI: the parts are its own, not an upload
          }
          template = in.readAllBytes();
        }
        SXSSFSheet sheet = sheet(entry.getName());
        if (sheet != null) {
          sheet(zip, entry, template, spills.get(sheet), links.get(sheet));
        } else {
          SXSSFSheet linked = sheet(relationsOf(entry.getName()));
          XlsxLinks l = linked == null ? null : links.get(linked);
          byte[] data = l == null ? template : insert(template, "</Relationships>", l.targets());
          data = replaced.getOrDefault(entry.getName(), data);
          byte[] compressed = DeflatedPart.of(data, true);
          zip.addRawArchiveEntry(
              entry(entry, crc(data), data.length, compressed.length),
              new ByteArrayInputStream(compressed));
        }
      }
    } finally {
      zip.finish();
      buffered.flush();
      source.close();
    }
  }

  /** Returns the streamed sheet whose part is the zip entry {@code name}, or null. */
  private SXSSFSheet sheet(String name) {
    if (name == null) {
      return null;
    }
    XSSFSheet x = getSheetFromZipEntryName(name);
    return x == null || x instanceof XSSFChartSheet ? null : getSheet(x.getSheetName());
  }

  /** Returns the part whose relationships the entry {@code name} holds, or null. */
  private static String relationsOf(String name) {
    int slash = name.lastIndexOf("/_rels/");
    if (slash < 0 || !name.endsWith(".rels")) {
      return null;
    }
    return name.substring(0, slash + 1)
        + name.substring(slash + "/_rels/".length(), name.length() - ".rels".length());
  }

  /**
   * Writes a sheet's entry: the start of its XML, compressed; its rows, compressed as spilled; the
   * end of its XML with the links POI did not write, compressed.
   */
  private void sheet(
      ZipArchiveOutputStream zip,
      ZipArchiveEntry entry,
      byte[] template,
      XlsxSpill spill,
      XlsxLinks l)
      throws IOException {
    String xml = new String(template, StandardCharsets.UTF_8);
    String head;
    String tail;
    int empty = xml.indexOf("<sheetData/>");
    if (empty >= 0) {
      head = xml.substring(0, empty) + "<sheetData>\n"; // as POI opens the rows
      tail = "</sheetData>" + xml.substring(empty + "<sheetData/>".length());
    } else {
      int end = xml.indexOf("</sheetData>");
      if (end < 0) {
        throw new IOException("sheet " + entry.getName() + " has no sheetData element");
      }
      head = xml.substring(0, end);
      tail = xml.substring(end);
    }
    spill.close();
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] finish = tail.getBytes(StandardCharsets.UTF_8);
    if (l != null) {
      finish = insert(finish, "</hyperlinks>", l.refs());
    }
    long crc =
        Crc.combine(Crc.combine(crc(start), spill.crc(), spill.size()), crc(finish), finish.length);
    long size = start.length + spill.size() + finish.length;
    byte[] a = DeflatedPart.of(start, false);
    byte[] b = DeflatedPart.of(finish, true);
    ZipArchiveEntry out = entry(entry, crc, size, a.length + Files.size(spill.file()) + b.length);
    try (InputStream rows = Files.newInputStream(spill.file())) {
      zip.addRawArchiveEntry(
          out,
          new SequenceInputStream(
              new ByteArrayInputStream(a),
              new SequenceInputStream(rows, new ByteArrayInputStream(b))));
    }
  }

  /**
   * Returns an entry named as {@code template}, of compressed data with the sizes and CRC given.
   */
  private ZipArchiveEntry entry(ZipArchiveEntry template, long crc, long size, long compressed) {
    ZipArchiveEntry out = new ZipArchiveEntry(template.getName());
    out.setTime(time);
    out.setMethod(ZipEntry.DEFLATED);
    out.setCrc(crc);
    out.setSize(size);
    out.setCompressedSize(compressed);
    return out;
  }

  private static long crc(byte[] data) {
    CRC32 c = new CRC32();
    c.update(data);
    return c.getValue();
  }

  /** Returns {@code xml} with {@code text} put before the first {@code before}. */
  private static byte[] insert(byte[] xml, String before, CharSequence text) {
    if (text.length() == 0) {
      return xml;
    }
    String s = new String(xml, StandardCharsets.UTF_8);
    int at = s.indexOf(before);
    if (at < 0) {
      throw new IllegalStateException("no " + before + " to add links before");
    }
    return (s.substring(0, at) + text + s.substring(at)).getBytes(StandardCharsets.UTF_8);
  }
}
