package org.humfig.model;

import java.util.Locale;

/** The ids of the members of each vocabulary enum, made once: constant names in lower case. */
final class VocabularyIds {

  private static final ClassValue<String[]> IDS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] members = type.getEnumConstants();
          String[] ids = new String[members.length];
          for (int i = 0; i < ids.length; i++) {
            ids[i] = ((Enum<?>) members[i]).name().toLowerCase(Locale.ROOT);
          }
          return ids;
        }
      };

  private VocabularyIds() {}

  /** Returns the id of {@code member}. */
  static String of(Enum<?> member) {
    return IDS.get(member.getDeclaringClass())[member.ordinal()];
  }
}
