package org.humfig.reconcile;

import java.time.LocalDate;
import java.util.List;
import org.humfig.model.Category;
import org.humfig.model.Metric;
import org.humfig.model.Status;
import org.humfig.model.Tally;
import org.humfig.model.Unit;

/**
 * One fact that one or more figures report: a row of {@code consolidated.csv}. Components are null
 * where unknown, as in {@link org.humfig.model.Figure}.
 *
 * @param groupId the fact's id, which its figures carry in {@code group_id}
 * @param category the category of its metric
 * @param metric its metric family: {@code fled} and {@code displaced} are one, written {@code
 *     displaced}; every other metric is its own
 * @param metrics the metrics its figures use, in vocabulary order
 * @param unit the unit of its values: households are counted in people where a figure gives them
 * @param population who is counted: {@code people} (everyone), {@code armed}, or narrower groups
 *     ({@code children}, {@code children+women})
 * @param place the key the figures were grouped by: a gazetteer id, or country and name
 * @param national true when the place is the whole country
 * @param location the place, as the recommended figure names it
 * @param countryCode the ISO3 code of the place's country
 * @param admin1 the first-level division of the place, where known
 * @param geonamesId the gazetteer id of the place, where known
 * @param dateStart the first day of the period the current reports cover
 * @param dateEnd the last day of that period
 * @param asOf the latest day a current report is about (its period's end, else its publication)
 * @param tally {@code cumulative} for a running total, {@code new} for an addition, else null
 * @param valueLow the lowest bound any current report gives
 * @param valueBest the value chosen by {@code best}
 * @param valueHigh the highest bound any current report gives (its value when it has no bound)
 * @param best the policy {@code valueBest} was chosen by
 * @param reports the documents reporting the fact
 * @param sources the independent sources among them: one publisher, or reprints of one text, count
 *     once
 * @param figures the figures in the group
 * @param recommended the id of the figure {@code valueBest} comes from
 * @param figureIds the ids of every figure in the group, the recommended first
 * @param conflict true when the current reports disagree by more than the threshold
 * @param spread how far the current reports' values disagree: (highest - lowest) / highest
 * @param status the best status among the figures the values come from
 * @param notes remarks: superseded figures, the disagreement
 */
public record Fact(
    String groupId,
    Category category,
    Metric metric,
    List<Metric> metrics,
    Unit unit,
    String population,
    String place,
    boolean national,
    String location,
    String countryCode,
    String admin1,
    String geonamesId,
    LocalDate dateStart,
    LocalDate dateEnd,
    LocalDate asOf,
    Tally tally,
    Double valueLow,
    Double valueBest,
    Double valueHigh,
    Best best,
    int reports,
    int sources,
    int figures,
    String recommended,
    List<String> figureIds,
    boolean conflict,
    double spread,
    Status status,
    String notes) {

  /** Copies the lists so the record stays immutable. */
  public Fact {
    metrics = List.copyOf(metrics);
    figureIds = List.copyOf(figureIds);
  }

  /**
   * Returns the typed value of column {@code column} of {@code consolidated.csv}: a String, Double,
   * Integer, Boolean, LocalDate or vocabulary member, or null when unknown. Lists are written with
   * semicolons.
   *
   * @throws IllegalArgumentException for a column a fact does not have
   */
  public Object value(String column) {
    return switch (column) {
      case "group_id" -> groupId;
      case "category" -> category;
      case "metric" -> metric;
      case "metrics" ->
          metrics.isEmpty() ? null : String.join("; ", metrics.stream().map(Metric::id).toList());
      case "unit" -> unit;
      case "population" -> population;
      case "location" -> location;
      case "country_code" -> countryCode;
      case "admin1" -> admin1;
      case "geonames_id" ->
          geonamesId == null || !geonamesId.matches("\\d{1,9}")
              ? null
              : Integer.valueOf(geonamesId);
      case "date_start" -> dateStart;
      case "date_end" -> dateEnd;
      case "as_of" -> asOf;
      case "tally" -> tally;
      case "value_low" -> valueLow;
      case "value_best" -> valueBest;
      case "value_high" -> valueHigh;
      case "best" -> best;
      case "reports" -> reports;
      case "sources" -> sources;
      case "figures" -> figures;
      case "recommended" -> recommended;
      case "figure_ids" -> String.join("; ", figureIds);
      case "conflict" -> conflict;
      case "spread" -> Math.round(spread * 10_000) / 10_000.0;
      case "status" -> status;
      case "notes" -> notes;
      default -> throw new IllegalArgumentException("a fact has no column '" + column + "'");
    };
  }

  /**
   * Returns the day this fact is taken to be about when facts are ranked by recency: the end of its
   * period when a report dates it, else {@value Estimate#UNDATED_AGE} days before the day it was
   * reported as of, as an undated figure is known only to be no newer than its publication.
   */
  public LocalDate recency() {
    LocalDate undated = asOf == null ? null : asOf.minusDays(Estimate.UNDATED_AGE);
    if (dateEnd == null) {
      return undated;
    }
    return undated != null && undated.isAfter(dateEnd) ? undated : dateEnd;
  }
}
