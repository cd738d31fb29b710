package org.humfig.validate;

import jakarta.validation.Payload;
import org.humfig.schema.Severity;

/** Bean Validation payloads that carry a constraint's severity. */
final class Levels {

  private Levels() {}

  /** An error: the figure is invalid. */
  interface Error extends Payload {}

  /** A warning: the figure is usable but doubtful or incomplete. */
  interface Warning extends Payload {}

  /** Information only. */
  interface Info extends Payload {}

  static Class<? extends Payload> of(Severity s) {
    return switch (s) {
      case ERROR -> Error.class;
      case WARNING -> Warning.class;
      case INFO -> Info.class;
    };
  }

  static Severity from(java.util.Set<Class<? extends Payload>> payload) {
    if (payload.contains(Warning.class)) {
      return Severity.WARNING;
    }
    if (payload.contains(Info.class)) {
      return Severity.INFO;
    }
    return Severity.ERROR;
  }
}
