package org.humfig.spark;

import java.io.Serializable;
import org.humfig.document.FileType;

/**
 * A file to read, or a byte range of a JSON Lines file: the range holds the lines that start in it
 * (a line that starts before {@code start} belongs to the range before).
 *
 * @param path the file, as a Hadoop path ({@code hdfs://...}, {@code s3a://...}, {@code file:/...})
 * @param type how to read it
 * @param start the first byte of the range
 * @param end the byte the range ends before; the file's length when it is read whole
 * @param length the file's length
 * @param folder the folder whose manifest describes its documents, or null
 */
record Split(String path, FileType type, long start, long end, long length, String folder)
    implements Serializable {

  /** Returns true when the split is the whole file. */
  boolean whole() {
    return start == 0 && end == length;
  }

  /** Returns where the split's documents come from, in messages. */
  String label() {
    return whole() ? path : path + " from byte " + start;
  }
}
