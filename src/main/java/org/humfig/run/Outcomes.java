package org.humfig.run;

import java.io.IOException;
import org.humfig.Humfig;

/**
 * A source of outcomes in order: the extraction of inputs, or the documents kept in a store. A run
 * writes whatever it yields to the same exports and report.
 */
@FunctionalInterface
public interface Outcomes {

  /** Hands every outcome, in order, to {@code consumer}. */
  void forEach(Humfig.Consumer consumer) throws IOException;
}
