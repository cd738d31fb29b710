package org.humfig.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.humfig.document.Problem;
import org.humfig.run.Counts;
import org.humfig.validate.Digest;

/**
 * What one task did with its partition, sent back to the driver: the part file it wrote, what it
 * read and found, its validation findings in brief, and the first problems with its inputs.
 */
final class PartReport implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most problems one part sends; the rest are only counted. */
  static final int PROBLEMS = 1000;

  final int index;
  final String file;
  final Digest digest;
  final List<Problem> problems = new ArrayList<>();
  Counts counts = new Counts();
  long unlisted;

  PartReport(int index, String file, Digest digest) {
    this.index = index;
    this.file = file;
    this.digest = digest;
  }

  /** Keeps {@code p} while fewer than {@link #PROBLEMS} are kept, else counts it. */
  void problem(Problem p) {
    if (problems.size() < PROBLEMS) {
      problems.add(p);
    } else {
      unlisted++;
    }
  }
}
