package org.humfig.validate;

import java.util.Set;

/** The ids of the dataset rules humfig implements (see {@link TableValidator}). */
final class DatasetRules {

  /** figure_id is unique in the table. */
  static final String UNIQUE = "id.unique";

  /** part_of names a figure of the table. */
  static final String PART_OF = "part_of.known";

  private DatasetRules() {}

  static Set<String> ids() {
    return Set.of(UNIQUE, PART_OF);
  }
}
