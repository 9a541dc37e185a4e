package org.khabar.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicNumbers;
import org.khabar.text.KnowledgeFile;

/**
 * The temporal vocabulary: every phrase of the knowledge files, folded, indexed by its first word. The number words
 * are the text layer's list ({@code number-words.tsv}), read into the classes of the temporal grammar.
 *
 * <p>Immutable once loaded and thread-safe.
 */
final class Lexicon {
  /** What a phrase means to the grammar. */
  enum Cls {
    MONTH, HIJRI, WEEKDAY, CARD, TENS, ORD, ORDTENS, DAY, TONIGHT, PART, MIDNIGHT, DAYWORD, UNIT, THE, MOD, THIS,
    EDGE, AGO, AFTER, FOR, APPROX, EVERY, FREQ, AD, AH, YEARWORD, MONTHWORD, OF, DEF, CLOCK, VAGUE, FUTURE, PARTADV,
    TZ, ORDF, YEARPREP, THEPL, GENERAL
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
      for (KnowledgeFile.Row row : KnowledgeFile.rows(Lexicon.class, file)) {
        String[] f = row.fields(3, "phrase, class, value");
        Cls cls;
        try {
          cls = Cls.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
          throw row.error("unknown class " + f[1]);
        }
        add(phrases, row, f, cls, f.length > 3 && f[3].equals("weak"));
      }
    }
    for (KnowledgeFile.Row row : KnowledgeFile.rows(ArabicNumbers.class, "number-words.tsv")) {
      String[] f = row.fields(3, "form, class, value");
      Cls cls = numberClass(f[0], f[1]);
      if (cls != null) {
        add(phrases, row, f, cls, false);
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
   * (scales, hedges, percent, range markers). Cardinals (units, the compound-only أحد/إحدى, عشر) are CARD; tens and مئة are TENS;
   * ordinals are ORD, or ORDF in their feminine form (ending in ة or ى: الثانية، الأولى), which names clock hours.
   */
  static Cls numberClass(String form, String numberClass) {
    return switch (numberClass) {
      case "UNIT", "UNIT_COMPOUND", "TEN" -> Cls.CARD;
      case "TENS", "HUNDRED" -> Cls.TENS;
      case "ORDINAL" -> {
        char last = form.charAt(form.length() - 1);
        yield last == ArabicLetters.TEH_MARBUTA || last == ArabicLetters.ALEF_MAKSURA ? Cls.ORDF : Cls.ORD;
      }
      case "ORDINAL_TENS" -> Cls.ORDTENS;
      default -> null;
    };
  }

  private static void add(Map<String, List<Entry>> phrases, KnowledgeFile.Row row, String[] f, Cls cls,
      boolean weak) {
    String key = String.join(" ", Scanner.keysOf(f[0]));
    if (key.isEmpty()) {
      throw row.error("empty phrase");
    }
    List<Entry> entries = phrases.computeIfAbsent(key, k -> new ArrayList<>());
    Entry entry = new Entry(cls, f[2], weak);
    if (!entries.contains(entry)) {
      entries.add(entry);
    }
  }
}
