/**
 * A run from inputs to exports: documents are read, their figures extracted and validated on all
 * cores, checked as a dataset, and written to {@code figures.csv}, {@code figures.xlsx} and {@code
 * validation.json}. The command line and any other runner call {@link org.humfig.run.Extraction}
 * and only print what it returns.
 */
package org.humfig.run;
