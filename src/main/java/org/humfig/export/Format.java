package org.humfig.export;

import org.humfig.model.Vocabulary;

/** The export files humfig can write. */
public enum Format implements Vocabulary {
  /** {@code figures.csv}, for BI tools, pandas and databases. */
  CSV("figures.csv"),
  /** {@code figures.xlsx}, for analysts. */
  XLSX("figures.xlsx");

  private final String file;

  Format(String file) {
    this.file = file;
  }

  /** Returns the file name of this export. */
  public String file() {
    return file;
  }
}
