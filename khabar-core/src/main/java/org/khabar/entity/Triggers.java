package org.khabar.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/**
 * Trigger words of the recogniser ({@code triggers.tsv}): institution nouns that open organisation names, place-kind
 * nouns before place names, titles before persons, reporting verbs. Immutable and thread-safe.
 */
final class Triggers {
  static final String RESOURCE = "triggers.tsv";

  /** Trigger kinds, as bits. */
  static final int ORG = 1;
  static final int PLACE = 2;
  static final int PERSON = 4;
  static final int SPEECH = 8;
  static final int ORG_OF = 16;

  private final Map<String, Integer> kinds;

  private Triggers(Map<String, Integer> kinds) {
    this.kinds = kinds;
  }

  static Triggers bundled() {
    return read(KnowledgeFile.rows(Triggers.class, RESOURCE));
  }

  /**
   * Reads the rows of a trigger list, {@code KIND<TAB>word}; a word listed under several kinds has them all.
   *
   * @throws IllegalStateException naming the file and line of a malformed row or an unknown kind
   */
  static Triggers read(List<KnowledgeFile.Row> rows) {
    Map<String, Integer> kinds = new HashMap<>();
    for (KnowledgeFile.Row row : rows) {
      String[] f = row.fields();
      if (f.length != 2) {
        throw row.error("expected KIND<TAB>word");
      }
      int kind = switch (f[0]) {
        case "ORG" -> ORG;
        case "PLACE" -> PLACE;
        case "PERSON" -> PERSON;
        case "SPEECH" -> SPEECH;
        case "ORG_OF" -> ORG_OF;
        default -> throw row.error("unknown kind " + f[0]);
      };
      kinds.merge(ArabicText.matchKey(f[1]), kind, (a, b) -> a | b);
    }
    return new Triggers(kinds);
  }

  /** The kinds of a matching key, as bits (0 when it triggers nothing). */
  int kinds(String key) {
    Integer k = kinds.get(key);
    return k == null ? 0 : k;
  }
}
