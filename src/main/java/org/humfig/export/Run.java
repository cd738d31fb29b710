package org.humfig.export;

import java.time.LocalDate;
import java.util.List;

/**
 * What produced an export, for the record a workbook keeps of itself.
 *
 * @param tool the producing program and its version ("humfig 0.1.0")
 * @param date the day of the run, passed in by the caller (library code reads no clock)
 * @param inputs the inputs as the user gave them
 */
public record Run(String tool, LocalDate date, List<String> inputs) {

  /** Copies the inputs so the record stays immutable. */
  public Run {
    inputs = List.copyOf(inputs);
  }
}
