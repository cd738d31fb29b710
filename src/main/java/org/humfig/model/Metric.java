package org.humfig.model;

/** What a figure counts. Each metric belongs to exactly one {@link Category}. */
public enum Metric implements Vocabulary {
  KILLED(Category.CASUALTY),
  INJURED(Category.CASUALTY),
  MISSING(Category.CASUALTY),
  DISPLACED(Category.DISPLACEMENT),
  FLED(Category.DISPLACEMENT),
  EVACUATED(Category.DISPLACEMENT),
  REFUGEES(Category.DISPLACEMENT),
  HOMELESS(Category.DISPLACEMENT),
  BESIEGED(Category.DISPLACEMENT),
  RETURNED(Category.DISPLACEMENT),
  CONTROLLED_SHARE(Category.TERRITORY),
  CONTROLLED_AREA(Category.TERRITORY),
  LOST_SHARE(Category.TERRITORY),
  LOST_AREA(Category.TERRITORY),
  POPULATION(Category.POPULATION),
  /** People affected by a disaster or crisis, OCHA's headline figure ("33 million affected"). */
  AFFECTED(Category.POPULATION),
  /** People in need of humanitarian assistance, OCHA's planning figure. */
  IN_NEED(Category.POPULATION);

  private final Category category;

  Metric(Category category) {
    this.category = category;
  }

  /** Returns the category this metric belongs to. */
  public Category category() {
    return category;
  }
}
