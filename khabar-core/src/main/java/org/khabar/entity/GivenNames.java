package org.khabar.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.khabar.text.ArabicText;

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
    try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  static GivenNames read(BufferedReader r) throws IOException {
    Map<String, Integer> kinds = new HashMap<>();
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length == 2 && f[0].equals("PARTICLE")) {
        kinds.put(ArabicText.matchKey(f[1].strip()), PARTICLE);
      } else if (f.length == 1 && f[0].strip().indexOf(' ') < 0) {
        kinds.putIfAbsent(ArabicText.matchKey(f[0].strip()), GIVEN);
      } else {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected a name or PARTICLE<TAB>word");
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
