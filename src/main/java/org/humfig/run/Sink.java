package org.humfig.run;

import java.io.IOException;
import org.humfig.Outcome;

/**
 * Where a run's outcomes go besides the exports, such as a store that accumulates runs. It takes
 * every outcome in input order, on the thread that consumes them, and hears once at the end that
 * the run completed; a run that fails never calls {@link #finish}.
 */
public interface Sink {

  /** Takes the next outcome. */
  void accept(Outcome outcome) throws IOException;

  /** Records that the run completed with {@code counts}, after the exports were written. */
  void finish(Counts counts) throws IOException;
}
