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

  static final String[] FILES = {"months.tsv", "hijri-months.tsv", "weekdays.tsv", "time-words.tsv"};

  /** The number words are the text layer's list, read into the classes of the temporal grammar. */
  private static final Class<?> NUMBER_WORDS_OWNER = org.khabar.text.ArabicNumbers.class;

  private static final String NUMBER_WORDS = "number-words.tsv";

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
      for (Row row : rows(Lexicon.class, file)) {
        Cls cls;
        try {
          cls = Cls.valueOf(row.cols[1].trim());
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(row.where() + ": unknown class " + row.cols[1], e);
        }
        boolean weak = row.cols.length > 3 && row.cols[3].trim().equals("weak");
        add(phrases, row, cls, weak);
      }
    }
    for (Row row : rows(NUMBER_WORDS_OWNER, NUMBER_WORDS)) {
      Cls cls = numberClass(row.cols[0].trim(), row.cols[1].trim());
      if (cls != null) {
        add(phrases, row, cls, false);
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

  /**
   * The temporal class of a number word of the text layer's list, or null when the grammar has no use for it
   * (scales, hedges, percent). Cardinals (units, the compound-only أحد/إحدى, عشر) are CARD; tens and مئة are TENS;
   * ordinals are ORD, or ORDF in their feminine form (ending in ة or ى: الثانية، الأولى), which names clock hours.
   */
  static Cls numberClass(String form, String numberClass) {
    return switch (numberClass) {
      case "UNIT", "UNIT_COMPOUND", "TEN" -> Cls.CARD;
      case "TENS", "HUNDRED" -> Cls.TENS;
      case "ORDINAL" -> form.endsWith("ة") || form.endsWith("ى") ? Cls.ORDF : Cls.ORD;
      case "ORDINAL_TENS" -> Cls.ORDTENS;
      default -> null;
    };
  }

  private static void add(Map<String, List<Entry>> phrases, Row row, Cls cls, boolean weak) {
    String key = String.join(" ", Scanner.keysOf(row.cols[0].trim()));
    if (key.isEmpty()) {
      throw new IllegalStateException(row.where() + ": empty phrase");
    }
    List<Entry> entries = phrases.computeIfAbsent(key, k -> new ArrayList<>());
    Entry entry = new Entry(cls, row.cols[2].trim(), weak);
    if (!entries.contains(entry)) {
      entries.add(entry);
    }
  }

  /** A data row of a knowledge file, with where it came from. */
  private record Row(String file, int number, String[] cols) {
    String where() {
      return file + ":" + number;
    }
  }

  private static List<Row> rows(Class<?> owner, String file) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + owner.getPackageName().replace('.', '/') + "/" + file);
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
        rows.add(new Row(file, number, cols));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows;
  }
}
