/**
 * Measurements on synthetic data: a deterministic corpus of invented news articles ({@link
 * org.humfig.bench.NewsCorpus}) and the runs that time extraction over it, so speed targets are
 * checked by a repeatable benchmark rather than a timed test.
 */
package org.humfig.bench;
