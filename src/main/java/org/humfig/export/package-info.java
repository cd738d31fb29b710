/**
 * Exports: {@code figures.csv} for BI tools, and {@code figures.xlsx} for analysts (Figures with
 * dropdowns and status colours, Summary with a chart, Sources, Validation, About and a hidden Lists
 * sheet). Both stream, and both are written beside their final path and moved into place only when
 * complete.
 */
package org.humfig.export;
