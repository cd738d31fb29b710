package org.humfig.cli;

import org.humfig.reconcile.Best;
import org.humfig.reconcile.Reconciler;
import picocli.CommandLine.Option;

/** The {@code --best} option: how a consolidated fact's best value is chosen. */
final class ReconcileOptions {

  @Option(
      names = "--best",
      paramLabel = "POLICY",
      defaultValue = "conservative",
      description =
          "How a fact's best value is chosen from its reports: conservative (the lowest, as ACLED"
              + " does), latest (the most recent report) or median (over independent sources)"
              + " (default: ${DEFAULT-VALUE}).")
  Best best = Best.CONSERVATIVE;

  /** Returns the reconciliation settings these options give. */
  Reconciler.Settings settings() {
    return new Reconciler.Settings(best, Reconciler.Settings.THRESHOLD);
  }
}
