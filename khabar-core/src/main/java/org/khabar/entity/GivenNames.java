package org.khabar.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/**
 * Given names and person-name particles ({@code given-names.txt}): common Arabic given names and the Arabic spellings
 * of common foreign ones, and the kinship words that open or join a name (بن، ابن، أبو، عبد...). The classic
 * person-name feature of the recogniser. Immutable and thread-safe.
 */
final class GivenNames {
  static final String RESOURCE = "given-names.txt";

  /** What a word is: nothing, a given name, a name particle. */
  static final int NONE = 0;
  static final int GIVEN = 1;
  static final int PARTICLE = 2;

  private final Map<String, Integer> kinds;

  private GivenNames(Map<String, Integer> kinds) {
    this.kinds = kinds;
  }

  static GivenNames bundled() {
    return read(KnowledgeFile.rows(GivenNames.class, RESOURCE));
  }

  /**
   * Reads the rows of a given-name list: a name, or {@code PARTICLE<TAB>word}.
   *
   * @throws IllegalStateException naming the file and line of a malformed row
   */
  static GivenNames read(List<KnowledgeFile.Row> rows) {
    Map<String, Integer> kinds = new HashMap<>();
    for (KnowledgeFile.Row row : rows) {
      String[] f = row.fields();
      if (f.length == 2 && f[0].equals("PARTICLE")) {
        kinds.put(ArabicText.matchKey(f[1]), PARTICLE);
      } else if (f.length == 1 && f[0].indexOf(' ') < 0) {
        kinds.putIfAbsent(ArabicText.matchKey(f[0]), GIVEN);
      } else {
        throw row.error("expected a name or PARTICLE<TAB>word");
      }
    }
    return new GivenNames(kinds);
  }

  /** What a matching key is: {@link #NONE}, {@link #GIVEN} or {@link #PARTICLE}. */
  int kind(String key) {
    Integer k = kinds.get(key);
    return k == null ? NONE : k;
  }

  int size() {
    return kinds.size();
  }
}
