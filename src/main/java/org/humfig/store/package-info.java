/**
 * The store: an SQLite database, one file, that accumulates the documents and figures of every run
 * and the record of each run, so that a daily run builds a dataset. A document is known by the hash
 * of its text, so a copy fetched again adds nothing; a corrected article at the same address
 * replaces its figures, which stay in the store marked as superseded. Each document is written in
 * one transaction, so a store interrupted at any point holds complete documents only. The store's
 * documents come out again as {@link org.humfig.run.Outcomes}, which a run writes to the usual
 * exports.
 */
package org.humfig.store;
