package org.humfig.schema;

import org.humfig.model.Vocabulary;

/** How serious a broken rule is, as in HXL schemas and frictionless reports. */
public enum Severity implements Vocabulary {
  /** The figure is invalid. */
  ERROR,
  /** The figure is usable but doubtful or incomplete. */
  WARNING,
  /** Worth knowing; changes nothing. */
  INFO
}
