/**
 * Reconciliation: figures that several reports give of one fact are grouped into a consolidated
 * fact with a low, best and high value, the number of reports and of independent sources, and a
 * conflict flag when they disagree. {@link org.humfig.reconcile.Reconciler} is the front door.
 */
package org.humfig.reconcile;
