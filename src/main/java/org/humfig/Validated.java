package org.humfig;

import java.util.List;
import org.humfig.model.Figure;
import org.humfig.validate.Violation;

/**
 * A figure with the outcome of its validation.
 *
 * @param figure the figure, its status and issues set
 * @param violations the rules it breaks, in column order
 */
public record Validated(Figure figure, List<Violation> violations) {

  /** Copies the violations so the record stays immutable. */
  public Validated {
    violations = List.copyOf(violations);
  }
}
