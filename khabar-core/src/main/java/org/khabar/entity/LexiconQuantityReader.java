package org.khabar.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.model.Quantity;
import org.khabar.model.TextLine;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * The standard {@link QuantityReader}: numbers read by {@link NumberReader}, counted nouns and event words from
 * lexicon resources ({@code quantity-nouns.tsv}, {@code quantity-events.tsv}, {@code months.txt}). Stateless and
 * thread-safe.
 */
final class LexiconQuantityReader implements QuantityReader {
  static final LexiconQuantityReader INSTANCE = new LexiconQuantityReader();

  /** What a counted noun says; {@code dual} is its value when the noun is a dual that counts on its own (يومين). */
  record Counted(String counts, String unit, Double dual) {}

  private static final String PERSON = "person";
  /** الشهر after من: days of the month (16 من الشهر الجاري), as a month's name is. */
  private static final String THE_MONTH = ArabicText.matchKey("الشهر");
  private static final Set<String> YEAR_WORDS = DictionaryActorLinker.keys(List.of(
      "عام", "العام", "لعام", "بعام", "وعام", "سنة", "السنة", "منذ", "مطلع", "أواخر", "أوائل", "منتصف", "خريف",
      "ربيع", "صيف", "شتاء", "موسم", "حتى"));
  private static final Set<String> CLOCK_WORDS =
      DictionaryActorLinker.keys(List.of("الساعة", "الساعه", "بالساعة", "حوالي الساعة"));

  private final NumberReader numbers = NumberReader.standard();
  private final NameTrie<Counted> nouns = new NameTrie<>();
  private final Map<String, String> events = new HashMap<>();
  private final Map<String, String> eventsAfter = new HashMap<>();
  private final Map<String, Counted> duals = new HashMap<>();
  private final Set<String> months;
  private final Set<String> notCounted;

  private LexiconQuantityReader() {
    for (String row : DictionaryActorLinker.load("quantity-nouns.tsv")) {
      String[] f = row.split("\t");
      if (f.length != 3 && f.length != 4) {
        throw new IllegalStateException("quantity-nouns.tsv: expected form, counts, unit [, value] in: " + row);
      }
      if (f.length == 4) {
        duals.put(ArabicText.matchKey(f[0]), new Counted(f[1], f[2], Double.parseDouble(f[3])));
      } else {
        nouns.put(NameTrie.words(f[0]), new Counted(f[1], f[2], null));
      }
    }
    for (String row : DictionaryActorLinker.load("quantity-events.tsv")) {
      String[] f = row.split("\t");
      if (f.length != 3 || !(f[2].equals("before") || f[2].equals("after"))) {
        throw new IllegalStateException("quantity-events.tsv: expected word, counts, before|after in: " + row);
      }
      (f[2].equals("before") ? events : eventsAfter).put(ArabicText.matchKey(f[0]), f[1]);
    }
    months = DictionaryActorLinker.keys(DictionaryActorLinker.load("months.txt"));
    notCounted = DictionaryActorLinker.keys(DictionaryActorLinker.load("not-counted.txt"));
  }

  @Override
  public List<Quantity> read(List<TextLine> content) {
    if (content == null) {
      return new ArrayList<>();
    }
    return readTokenized(TokenizedLine.of(content));
  }

  /** Reads the quantities of lines already split into words. */
  List<Quantity> readTokenized(List<TokenizedLine> content) {
    List<Quantity> out = new ArrayList<>();
    for (TokenizedLine l : content) {
      read(l.number(), l.text(), l.tokens(), out);
    }
    return out;
  }

  private void read(int lineNo, String line, Token[] t, List<Quantity> out) {
    Object[] found = new Object[1];
    int i = 0;
    while (i < t.length) {
      NumberReader.Reading r = numbers.mayStart(t[i].key()) ? numbers.read(line, t, i) : null;
      if (r == null) {
        Counted dual = duals.get(t[i].key());
        if (dual != null) {
          out.add(new Quantity(line.substring(t[i].start(), t[i].end()), dual.dual(), null, dual.unit(), dual.counts(),
              lineNo, t[i].start(), t[i].end()));
        }
        i++;
        continue;
      }
      int next = Math.max(r.next(), i + 1);
      if (notAQuantity(line, t, r)) {
        i = next;
        continue;
      }
      int end = t[r.next() - 1].end();
      Counted noun = null;
      int after = r.next();
      int pct = NumberReader.percentSign(line, end);
      if (pct > 0) {
        noun = new Counted("percent", "percent", null);
        end = pct;
      } else if (after < t.length && Token.spaceOnlyBetween(line, t[after - 1].end(), t[after].start())) {
        int k = after;
        if (t[k].key().equals("من") && r.max() != null && k + 1 < t.length) {
          k++; // عشرات من المدنيين
        }
        String key = t[k].key();
        int len = nouns.longest(line, t, k, key, found);
        if (len == 0 && key.endsWith("ا") && key.length() > 2) {
          len = nouns.longest(line, t, k, key.substring(0, key.length() - 1), found); // the accusative -an: مقاتلا
        }
        if (len == 0 && key.startsWith("ال") && key.length() > 4) {
          len = nouns.longest(line, t, k, key.substring(2), found); // a construct: عشرات المقاتلين، من المدنيين
        }
        if (len > 0) {
          noun = (Counted) found[0];
        } else if (isNisba(key, line, t[k]) && !notCounted.contains(key)) {
          noun = PEOPLE; // 25 فلسطينيا، 900 أجنبي: people named by where they are from
          len = 1;
        }
        if (len > 0) {
          end = t[k + len - 1].end();
          next = k + len;
        }
      }
      if (isYear(r) && (noun == null || noun == PEOPLE)) {
        i = next;
        continue;
      }
      String event = event(t, r.first());
      if (event == null && noun != null && next < t.length) {
        event = eventsAfter.get(t[next].key()); // 30 شخصا قتلوا
      }
      String counts;
      String unit;
      if (event != null && (noun == null || PERSON.equals(noun.unit()))) {
        counts = event;
        unit = PERSON;
      } else if (noun != null) {
        counts = noun.counts();
        unit = noun.unit();
      } else {
        i = next;
        continue;
      }
      int start = r.start();
      out.add(new Quantity(line.substring(start, end), r.value(), r.max(), unit, counts, lineNo, start, end));
      i = next;
    }
  }

  private static final Counted PEOPLE = new Counted("people", PERSON, null);

  /**
   * An indefinite relative adjective used as a noun of people: فلسطينيا، أجنبي، سوريين. The ending is read on the
   * written word, not the key: the key folds alef maksura and yeh with hamza into yeh, and وحتى or موانئ are no
   * nisba. A word opening with the conjunction و is the next item of a list (76 وإيطاليا), not a counted noun.
   */
  private static boolean isNisba(String key, String line, Token word) {
    if (key.length() < 4 || key.startsWith("ال") || !Character.isLetter(key.charAt(0))
        || key.charAt(0) == ArabicLetters.WAW) {
      return false;
    }
    StringBuilder b = new StringBuilder(word.end() - word.start());
    for (int i = word.start(); i < word.end(); i++) {
      char c = line.charAt(i);
      if (!Token.isMark(c)) {
        b.append(c);
      }
    }
    String w = b.toString();
    return w.endsWith("يا") || w.endsWith("يين") || w.endsWith("يون") || w.endsWith("ي");
  }

  /** Years, days of a month, clock times, numbers inside dates and the teen of an ordinal are not quantities. */
  private boolean notAQuantity(String line, Token[] t, NumberReader.Reading r) {
    int first = r.coreFirst();
    if (first > 0) {
      String before = t[first - 1].key();
      String own = t[first].key();
      if ((own.equals("عشر") || own.equals("عشره")) && before.startsWith("ال")) {
        return true; // الثاني عشر، الحادية عشرة: an ordinal
      }
      if (CLOCK_WORDS.contains(before)) {
        return true;
      }
      if (isYear(r) && YEAR_WORDS.contains(before)) {
        return true;
      }
    }
    // 19/5/2018, 10:30, 2018-05-19
    int s = t[first].start();
    int e = t[r.next() - 1].end();
    if ((s > 0 && isDateSeparator(line.charAt(s - 1)) && s > 1 && Character.isDigit(line.charAt(s - 2)))
        || (e + 1 < line.length() && isDateSeparator(line.charAt(e)) && Character.isDigit(line.charAt(e + 1)))) {
      return true;
    }
    int k = r.next();
    if (k < t.length && (t[k].key().equals("من") || t[k].key().equals("شهر")) && k + 1 < t.length) {
      k++;
    }
    return k < t.length && (months.contains(t[k].key()) || t[k].key().equals(THE_MONTH) && t[k - 1].key().equals("من"));
  }

  private static boolean isDateSeparator(char c) {
    return c == '/' || c == ':' || c == '-' || c == '\\';
  }

  /** A bare four-digit whole number that reads as a Gregorian or Hijri year. */
  private static boolean isYear(NumberReader.Reading r) {
    return r.digits() && r.max() == null && NumberReader.isYearLike(r.value());
  }

  /**
   * The count an event word before the number gives ("مقتل 20", "وإصابة نحو 30"), or null. A verb may stand before
   * its subject ("اعتقلت السلطات المصرية 40 شخصا"): up to three definite words may come between.
   */
  private String event(Token[] t, int first) {
    String[] readings = new String[6];
    int[] stripped = new int[6];
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      String key = t[k].key();
      if (k < first - 1 && !t[k + 1].key().startsWith("ال")) {
        break; // only a definite subject may stand between the verb and the number
      }
      String c = events.get(key);
      if (c != null) {
        return c;
      }
      int n = Clitics.readings(key, readings, stripped);
      for (int r = 0; r < n; r++) {
        c = events.get(readings[r]);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }
}
