package org.humfig.evaluation;

/**
 * A figure a careful analyst recorded by hand: one row of a gold CSV.
 *
 * @param document the document id
 * @param metric the metric
 * @param low the lowest value that matches
 * @param high the highest value that matches
 * @param qualifier the expected qualifier, or empty when not judged
 * @param attributedTo the expected source, or empty when not judged
 * @param location the expected location, or empty when not judged
 * @param date a day the figure refers to (yyyy-mm-dd), or empty when not judged
 * @param required false for a nice-to-have figure: finding it is no error, missing it costs nothing
 * @param evidence the sentence, for reports
 */
public record GoldFigure(
    String document,
    String metric,
    double low,
    double high,
    String qualifier,
    String attributedTo,
    String location,
    String date,
    boolean required,
    String evidence) {}
