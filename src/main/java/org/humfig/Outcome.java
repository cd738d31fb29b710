package org.humfig;

import java.util.List;
import org.humfig.document.Document;
import org.humfig.document.Problem;

/**
 * What one input yielded, in input order: a document read with its validated figures, or an input
 * skipped with the reason.
 */
public sealed interface Outcome {

  /** Returns the validated figures, in document order; none for a skipped input. */
  List<Validated> figures();

  /** Returns the warnings about a document, or the reason an input was skipped. */
  List<Problem> problems();

  /**
   * A document read and its figures.
   *
   * @param document the document
   * @param figures its figures, validated, in document order
   * @param problems warnings that did not stop it being read
   */
  record Read(Document document, List<Validated> figures, List<Problem> problems)
      implements Outcome {

    /** Checks the document and copies the lists so the record stays immutable. */
    public Read {
      java.util.Objects.requireNonNull(document, "document");
      figures = List.copyOf(figures);
      problems = List.copyOf(problems);
    }
  }

  /**
   * An input that yielded no document.
   *
   * @param problem what was wrong and where
   */
  record Skipped(Problem problem) implements Outcome {

    /** Checks the problem. */
    public Skipped {
      java.util.Objects.requireNonNull(problem, "problem");
    }

    @Override
    public List<Validated> figures() {
      return List.of();
    }

    @Override
    public List<Problem> problems() {
      return List.of(problem);
    }
  }
}
