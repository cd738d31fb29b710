package org.humfig;

import java.util.List;
import org.humfig.document.Document;
import org.humfig.document.Problem;

/**
 * What one input yielded: a document and its validated figures, or a problem.
 *
 * @param document the document, or null when the input was skipped
 * @param figures its figures, in document order
 * @param problems warnings about the document, or the reason it was skipped
 */
public record Outcome(Document document, List<Validated> figures, List<Problem> problems) {

  /** Copies the lists so the record stays immutable. */
  public Outcome {
    figures = List.copyOf(figures);
    problems = List.copyOf(problems);
  }

  /** Returns true when the input was skipped. */
  public boolean skipped() {
    return document == null;
  }
}
