package org.humfig.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One humanitarian figure as reported in one document: a row of {@code figures.csv}.
 *
 * <p>Components mirror the columns of {@code schemas/figure.schema.json}. A component is {@code
 * null} where the value is unknown, which the CSV writes as an empty cell; {@link #issues()} is
 * never null.
 *
 * @param id stable id of the figure, the same on every run over the same document
 * @param documentId id of the document the figure was read from
 * @param sourceName publisher of the document
 * @param sourceUrl address of the document
 * @param publishedDate date the document was published
 * @param category broad kind of figure
 * @param metric what is counted
 * @param value best single number
 * @param valueLow lower bound of the number
 * @param valueHigh upper bound of the number; null means no upper bound
 * @param qualifier how exactly the text states the number
 * @param unit unit of the number
 * @param population who is counted, as the text says ("civilians", "men and boys")
 * @param location where, as a place name
 * @param actor the party that holds territory, for territory figures; the party that killed or
 *     injured, for casualty figures
 * @param dateStart first day of the period the figure refers to
 * @param dateEnd last day of that period
 * @param datePrecision how precisely the period is known
 * @param attributedTo who the text says reported the figure
 * @param evidence the sentence stating the figure
 * @param evidenceStart offset of the sentence's first character in the document text
 * @param evidenceEnd offset just past the sentence's last character
 * @param ruleId id of the extraction rule that found the figure
 * @param confidence how sure the extractor is, 0 to 1
 * @param status outcome of validation
 * @param issues rule ids of the validation problems, empty when valid
 * @param countryCode ISO 3166-1 alpha-3 code of the location's country
 * @param modality whether the text states the figure as fact or possibility
 * @param tally whether the figure is a running total or an addition; null when not stated
 * @param partOf id of the figure this one is a part of ("13 children" of "16 people")
 * @param householdSize people per household used to estimate people from households
 * @param valuePeople the figure in people: stated, or households times household size
 * @param notes remarks for the analyst (how a date or number was worked out)
 * @param admin1 name of the first-level division the location lies in
 * @param latitude latitude of the location, decimal degrees
 * @param longitude longitude of the location, decimal degrees
 * @param geonamesId GeoNames id of the location
 * @param locationPrecision how precisely the location is known
 * @param title title of the document the figure was read from
 * @param language language of the document, as a language tag ("en")
 * @param groupId id of the consolidated fact the figure reports, set by reconciliation
 * @param role whether the fact's best value comes from this figure, set by reconciliation
 */
public record Figure(
    String id,
    String documentId,
    String sourceName,
    String sourceUrl,
    LocalDate publishedDate,
    Category category,
    Metric metric,
    Double value,
    Double valueLow,
    Double valueHigh,
    Qualifier qualifier,
    Unit unit,
    String population,
    String location,
    String actor,
    LocalDate dateStart,
    LocalDate dateEnd,
    DatePrecision datePrecision,
    String attributedTo,
    String evidence,
    Integer evidenceStart,
    Integer evidenceEnd,
    String ruleId,
    Double confidence,
    Status status,
    List<String> issues,
    String countryCode,
    Modality modality,
    Tally tally,
    String partOf,
    Double householdSize,
    Double valuePeople,
    String notes,
    String admin1,
    Double latitude,
    Double longitude,
    Integer geonamesId,
    LocationPrecision locationPrecision,
    String title,
    String language,
    String groupId,
    Role role) {

  /** Copies the issue list so the record stays immutable. */
  public Figure {
    issues = issues == null ? List.of() : List.copyOf(issues);
  }

  /** Returns a builder with every component unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this figure's components, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.documentId = documentId;
    b.sourceName = sourceName;
    b.sourceUrl = sourceUrl;
    b.publishedDate = publishedDate;
    b.category = category;
    b.metric = metric;
    b.value = value;
    b.valueLow = valueLow;
    b.valueHigh = valueHigh;
    b.qualifier = qualifier;
    b.unit = unit;
    b.population = population;
    b.location = location;
    b.actor = actor;
    b.dateStart = dateStart;
    b.dateEnd = dateEnd;
    b.datePrecision = datePrecision;
    b.attributedTo = attributedTo;
    b.evidence = evidence;
    b.evidenceStart = evidenceStart;
    b.evidenceEnd = evidenceEnd;
    b.ruleId = ruleId;
    b.confidence = confidence;
    b.status = status;
    b.issues = issues;
    b.countryCode = countryCode;
    b.modality = modality;
    b.tally = tally;
    b.partOf = partOf;
    b.householdSize = householdSize;
    b.valuePeople = valuePeople;
    b.notes = notes;
    b.admin1 = admin1;
    b.latitude = latitude;
    b.longitude = longitude;
    b.geonamesId = geonamesId;
    b.locationPrecision = locationPrecision;
    b.title = title;
    b.language = language;
    b.groupId = groupId;
    b.role = role;
    return b;
  }

  /** Builds a {@link Figure} one component at a time. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String documentId;
    private String sourceName;
    private String sourceUrl;
    private LocalDate publishedDate;
    private Category category;
    private Metric metric;
    private Double value;
    private Double valueLow;
    private Double valueHigh;
    private Qualifier qualifier;
    private Unit unit;
    private String population;
    private String location;
    private String actor;
    private LocalDate dateStart;
    private LocalDate dateEnd;
    private DatePrecision datePrecision;
    private String attributedTo;
    private String evidence;
    private Integer evidenceStart;
    private Integer evidenceEnd;
    private String ruleId;
    private Double confidence;
    private Status status;
    private List<String> issues = List.of();
    private String countryCode;
    private Modality modality;
    private Tally tally;
    private String partOf;
    private Double householdSize;
    private Double valuePeople;
    private String notes;
    private String admin1;
    private Double latitude;
    private Double longitude;
    private Integer geonamesId;
    private LocationPrecision locationPrecision;
    private String title;
    private String language;
    private String groupId;
    private Role role;

    private Builder() {}

    public Builder id(String v) {
      id = v;
      return this;
    }

    public Builder documentId(String v) {
      documentId = v;
      return this;
    }

    public Builder sourceName(String v) {
      sourceName = v;
      return this;
    }

    public Builder sourceUrl(String v) {
      sourceUrl = v;
      return this;
    }

    public Builder publishedDate(LocalDate v) {
      publishedDate = v;
      return this;
    }

    public Builder category(Category v) {
      category = v;
      return this;
    }

    public Builder metric(Metric v) {
      metric = v;
      return this;
    }

    public Builder value(Double v) {
      value = v;
      return this;
    }

    public Builder valueLow(Double v) {
      valueLow = v;
      return this;
    }

    public Builder valueHigh(Double v) {
      valueHigh = v;
      return this;
    }

    public Builder qualifier(Qualifier v) {
      qualifier = v;
      return this;
    }

    public Builder unit(Unit v) {
      unit = v;
      return this;
    }

    public Builder population(String v) {
      population = v;
      return this;
    }

    public Builder location(String v) {
      location = v;
      return this;
    }

    public Builder actor(String v) {
      actor = v;
      return this;
    }

    public Builder dateStart(LocalDate v) {
      dateStart = v;
      return this;
    }

    public Builder dateEnd(LocalDate v) {
      dateEnd = v;
      return this;
    }

    public Builder datePrecision(DatePrecision v) {
      datePrecision = v;
      return this;
    }

    public Builder attributedTo(String v) {
      attributedTo = v;
      return this;
    }

    public Builder evidence(String v) {
      evidence = v;
      return this;
    }

    public Builder evidenceStart(Integer v) {
      evidenceStart = v;
      return this;
    }

    public Builder evidenceEnd(Integer v) {
      evidenceEnd = v;
      return this;
    }

    public Builder ruleId(String v) {
      ruleId = v;
      return this;
    }

    public Builder confidence(Double v) {
      confidence = v;
      return this;
    }

    public Builder status(Status v) {
      status = v;
      return this;
    }

    public Builder issues(List<String> v) {
      issues = v;
      return this;
    }

    public Builder countryCode(String v) {
      countryCode = v;
      return this;
    }

    public Builder modality(Modality v) {
      modality = v;
      return this;
    }

    public Builder tally(Tally v) {
      tally = v;
      return this;
    }

    public Builder partOf(String v) {
      partOf = v;
      return this;
    }

    public Builder householdSize(Double v) {
      householdSize = v;
      return this;
    }

    public Builder valuePeople(Double v) {
      valuePeople = v;
      return this;
    }

    public Builder notes(String v) {
      notes = v;
      return this;
    }

    public Builder admin1(String v) {
      admin1 = v;
      return this;
    }

    public Builder latitude(Double v) {
      latitude = v;
      return this;
    }

    public Builder longitude(Double v) {
      longitude = v;
      return this;
    }

    public Builder geonamesId(Integer v) {
      geonamesId = v;
      return this;
    }

    public Builder locationPrecision(LocationPrecision v) {
      locationPrecision = v;
      return this;
    }

    /** Sets the location and every column that describes it from {@code other}'s. */
    public Builder placeOf(Figure other) {
      location = other.location;
      countryCode = other.countryCode;
      admin1 = other.admin1;
      latitude = other.latitude;
      longitude = other.longitude;
      geonamesId = other.geonamesId;
      locationPrecision = other.locationPrecision;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder groupId(String v) {
      groupId = v;
      return this;
    }

    public Builder role(Role v) {
      role = v;
      return this;
    }

    /** Returns the figure built so far. */
    public Figure build() {
      return new Figure(
          id,
          documentId,
          sourceName,
          sourceUrl,
          publishedDate,
          category,
          metric,
          value,
          valueLow,
          valueHigh,
          qualifier,
          unit,
          population,
          location,
          actor,
          dateStart,
          dateEnd,
          datePrecision,
          attributedTo,
          evidence,
          evidenceStart,
          evidenceEnd,
          ruleId,
          confidence,
          status,
          issues,
          countryCode,
          modality,
          tally,
          partOf,
          householdSize,
          valuePeople,
          notes,
          admin1,
          latitude,
          longitude,
          geonamesId,
          locationPrecision,
          title,
          language,
          groupId,
          role);
    }
  }
}
