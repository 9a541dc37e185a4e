package org.khabar.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The temporal vocabulary: every phrase of the knowledge files, folded, indexed by its first word.
 *
 * <p>Immutable once loaded and thread-safe.
 */
final class Lexicon {
  /** What a phrase means to the grammar. */
  enum Cls {
    MONTH, HIJRI, WEEKDAY, CARD, TENS, ORD, ORDTENS, DAY, TONIGHT, PART, MIDNIGHT, DAYWORD, UNIT, THE, MOD, THIS,
    EDGE, AGO, AFTER, FOR, APPROX, EVERY, FREQ, AD, AH, YEARWORD, MONTHWORD, OF, DEF, CLOCK, VAGUE, FUTURE, PARTADV,
    TZ, ORDF, YEARPREP, THEPL
  }

  /**
   * One meaning of a phrase.
   *
   * @param cls its class
   * @param value its value as written in the file (a number, a code)
   * @param weak whether it is also an ordinary word and needs support from its neighbours
   */
  record Entry(Cls cls, String value, boolean weak) {
    int num() {
      return Integer.parseInt(value);
    }
  }

  /** A phrase: its folded words and its meanings. */
  record Phrase(String[] keys, List<Entry> entries) {
    Entry get(Cls cls) {
      for (Entry e : entries) {
        if (e.cls == cls) {
          return e;
        }
      }
      return null;
    }
  }

  static final String[] FILES = {"months.tsv", "hijri-months.tsv", "weekdays.tsv", "numbers.tsv", "time-words.tsv"};

  private final Map<String, List<Phrase>> byFirst;

  private Lexicon(Map<String, List<Phrase>> byFirst) {
    this.byFirst = byFirst;
  }

  private static final Lexicon STANDARD = load();

  static Lexicon standard() {
    return STANDARD;
  }

  /** The phrases that start with {@code key}, longest first; empty when none. */
  List<Phrase> startingWith(String key) {
    List<Phrase> list = byFirst.get(key);
    return list == null ? List.of() : list;
  }

  private static Lexicon load() {
    Map<String, List<Entry>> phrases = new HashMap<>();
    for (String file : FILES) {
      try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing resource org/khabar/time/" + file);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t");
          if (cols.length < 3) {
            throw new IllegalStateException(file + ":" + number + ": expected phrase, class, value: " + line);
          }
          Cls cls;
          try {
            cls = Cls.valueOf(cols[1].trim());
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ":" + number + ": unknown class " + cols[1], e);
          }
          boolean weak = cols.length > 3 && cols[3].trim().equals("weak");
          String key = String.join(" ", Scanner.keysOf(cols[0].trim()));
          if (key.isEmpty()) {
            throw new IllegalStateException(file + ":" + number + ": empty phrase");
          }
          List<Entry> entries = phrases.computeIfAbsent(key, k -> new ArrayList<>());
          Entry entry = new Entry(cls, cols[2].trim(), weak);
          if (!entries.contains(entry)) {
            entries.add(entry);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read org/khabar/time/" + file, e);
      }
    }
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    for (Map.Entry<String, List<Entry>> e : phrases.entrySet()) {
      String[] keys = e.getKey().split(" ");
      byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Phrase(keys, List.copyOf(e.getValue())));
    }
    for (List<Phrase> list : byFirst.values()) {
      list.sort(Comparator.comparingInt((Phrase p) -> -p.keys().length));
    }
    Map<String, List<Phrase>> frozen = new HashMap<>();
    byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new Lexicon(Map.copyOf(frozen));
  }
}
