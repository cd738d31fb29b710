package org.humfig.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A closed vocabulary whose members are written in files as lower-case ids ({@code more_than},
 * {@code controlled_share}).
 *
 * <p>Implemented by the enums of the data model so that the CSV, the workbook, the rule files and
 * the schema all spell a member the same way.
 */
public interface Vocabulary {

  /** Returns the enum constant name, as every enum provides. */
  String name();

  /**
   * Returns the id written in files: the constant name in lower case, made once for each member of
   * an enum (every cell of an export asks for it).
   */
  default String id() {
    if (this instanceof Enum<?> e) {
      return VocabularyIds.of(e);
    }
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the member of {@code type} whose id is {@code id} (case-insensitive, surrounding space
   * ignored), or empty when there is none.
   */
  static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (E member : type.getEnumConstants()) {
      if (member.id().equals(wanted)) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }
}
