package org.humfig.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.humfig.document.Document;
import org.humfig.document.Manifest;
import org.humfig.document.Metadata;
import org.humfig.export.CsvWriter;

/**
 * Everything a task needs to know about the run, sent once to every executor.
 *
 * @param tool the producing program and its version
 * @param day the day of the run, the driver's: every executor validates against the same day
 * @param householdSize people per household, to estimate people from households
 * @param maxBytes the largest document, in bytes
 * @param format the figures' file format
 * @param bom start each CSV part with a UTF-8 byte-order mark
 * @param hxl write the HXL hashtag row under each CSV part's header
 * @param parts the folder the part files are written to
 * @param locations how many locations of each rule a part's validation digest keeps
 * @param given metadata from {@code --manifest}, by document id
 * @param folders the manifests of the input folders, by folder, then by document id
 * @param defaults metadata for documents nothing else describes
 */
record Job(
    String tool,
    LocalDate day,
    double householdSize,
    long maxBytes,
    Format format,
    boolean bom,
    boolean hxl,
    String parts,
    int locations,
    Map<String, Meta> given,
    Map<String, Map<String, Meta>> folders,
    Meta defaults)
    implements Serializable {

  /** The file format of the figures. */
  enum Format {
    /** CSV parts with the header and cells of {@code figures.csv}. */
    CSV("csv"),
    /** Parquet parts with the columns of {@code figures.csv}, typed. */
    PARQUET("parquet");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** Returns the file name of part {@code index}: {@code part-00003.csv}. */
    String part(int index) {
      return String.format(java.util.Locale.ROOT, "part-%05d.%s", index, extension);
    }
  }

  /**
   * What is known about a document besides its text, in a form that travels to executors.
   *
   * @param sourceName the publisher, or empty
   * @param sourceUrl the address, or empty
   * @param published the publication date, or null
   */
  record Meta(String sourceName, String sourceUrl, LocalDate published) implements Serializable {

    /** Returns the metadata {@code m} holds. */
    static Meta of(Metadata m) {
      return new Meta(m.sourceName(), m.sourceUrl(), m.published().orElse(null));
    }

    /** Returns the library's form of it. */
    Metadata metadata() {
      return new Metadata(sourceName, sourceUrl, Optional.ofNullable(published));
    }
  }

  /** Returns the CSV choices. */
  CsvWriter.Options csv() {
    return new CsvWriter.Options(bom, hxl);
  }

  /** Returns the row of a part's first figure as the file shows it. */
  int firstRow() {
    return format == Format.PARQUET ? 1 : hxl ? 3 : 2;
  }

  /**
   * Returns {@code d} described as a plain run describes it: its folder's manifest, then the given
   * manifest, override what it says; the defaults fill in what is still unknown.
   */
  Document describe(Document d, String folder) {
    Map<String, Meta> local = folder == null ? null : folders.get(folder);
    if (local != null && local.containsKey(d.id())) {
      d = d.withOverrides(local.get(d.id()).metadata());
    }
    Meta m = given.get(d.id());
    if (m != null) {
      d = d.withOverrides(m.metadata());
    }
    return d.withDefaults(defaults.metadata());
  }

  /** Returns the rows of {@code manifest} in the form that travels. */
  static Map<String, Meta> rows(Manifest manifest) {
    Map<String, Meta> out = new java.util.HashMap<>();
    for (String id : manifest.ids()) {
      out.put(id, Meta.of(manifest.get(id)));
    }
    return out;
  }
}
