package org.humfig.reconcile;

import java.util.Objects;
import org.humfig.model.Figure;

/**
 * The front door of reconciliation: takes figures one at a time, then groups those that state one
 * fact and says what each group stands for.
 *
 * <pre>{@code
 * Reconciler r = new Reconciler(Reconciler.Settings.DEFAULT);
 * for (Figure f : figures) r.add(f);          // index 0, 1, 2...
 * Reconciliation done = r.reconcile();
 * done.apply(0, figures.get(0));               // the figure with its group_id and role
 * done.forEachFact(fact -> ...);               // one consolidated fact per group
 * }</pre>
 *
 * <p>Only what grouping needs is kept of each figure, in a compact form (about 65 bytes a figure,
 * see {@link Keys}), so a run of millions of figures can be reconciled while the figures themselves
 * wait on disk. The result does not depend on the order the figures were added in. Not thread-safe.
 */
public final class Reconciler {

  /**
   * Choices for reconciliation.
   *
   * @param best how a fact's best value is chosen
   * @param threshold the relative spread above which current reports are in conflict: (highest -
   *     lowest) / highest
   */
  public record Settings(Best best, double threshold) {

    /** The spread reports of one fact may show before they are flagged as in conflict: 10 %. */
    public static final double THRESHOLD = 0.10;

    /** Conservative best values and a 10 % conflict threshold. */
    public static final Settings DEFAULT = new Settings(Best.CONSERVATIVE, THRESHOLD);

    /** Checks the settings. */
    public Settings {
      Objects.requireNonNull(best, "best");
      if (!(threshold >= 0 && threshold < 1)) {
        throw new IllegalArgumentException("the conflict threshold is a share from 0 to 1");
      }
    }
  }

  private final Settings settings;
  private final Keys keys = new Keys(Places.english(), Populations.english());
  private boolean done;

  /**
   * Reads, once a process, the words figures' keys are made of (places, populations, the names of
   * countries): a command calls it on a thread of its own before its first reconciler.
   */
  public static void preload() {
    Places.preload();
    Populations.english();
  }

  /** Returns a reconciler with {@code settings}. */
  public Reconciler(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Adds a figure; returns its index, from 0 in the order figures are added. */
  public int add(Figure figure) {
    if (done) {
      throw new IllegalStateException("figures cannot be added after reconcile()");
    }
    return keys.add(figure);
  }

  /** Returns the number of figures added. */
  public int size() {
    return keys.size();
  }

  /** Returns the figure id of the figure added as {@code index}; empty when it has none. */
  public String id(int index) {
    return keys.id(index);
  }

  /**
   * Returns the indices of the figures added that have an id, ordered by id as text, then by index:
   * figures that share an id are side by side, the first added first. Dataset checks read the ids
   * from here rather than keep a second index of them.
   */
  public int[] byId() {
    return keys.byId();
  }

  /** Groups the figures added and returns the groups; no figure may be added after. */
  public Reconciliation reconcile() {
    return reconcile(1);
  }

  /**
   * Groups the figures added and returns the groups, the groups' estimates worked out on {@code
   * threads} threads; the result is the same on any number. No figure may be added after.
   */
  public Reconciliation reconcile(int threads) {
    done = true;
    return new Reconciliation(keys, new Grouping(keys, threads), settings, threads);
  }
}
