/**
 * Exports: {@code figures.csv} for BI tools and {@code figures.xlsx} for analysts, both streamed,
 * both written beside their final path and moved into place only when complete.
 */
package org.humfig.export;
