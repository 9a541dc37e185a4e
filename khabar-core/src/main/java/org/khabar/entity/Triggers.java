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
    try (InputStream in = Triggers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Integer> kinds = new HashMap<>();
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected KIND<TAB>word");
        }
        int kind = switch (f[0]) {
          case "ORG" -> ORG;
          case "PLACE" -> PLACE;
          case "PERSON" -> PERSON;
          case "SPEECH" -> SPEECH;
          case "ORG_OF" -> ORG_OF;
          default -> throw new IllegalStateException(RESOURCE + ":" + lineNo + ": unknown kind " + f[0]);
        };
        kinds.merge(ArabicText.matchKey(f[1].strip()), kind, (a, b) -> a | b);
      }
      return new Triggers(kinds);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  /** The kinds of a matching key, as bits (0 when it triggers nothing). */
  int kinds(String key) {
    Integer k = kinds.get(key);
    return k == null ? 0 : k;
  }
}
