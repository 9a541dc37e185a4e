package org.khabar.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Number reading over tokens with the word lists of {@code number-words.tsv}: a small additive grammar (units, عشر,
 * tens, hundreds, scales joined by و), ordinals, hedges before (and على الأقل after) and percent after. The range
 * markers of the list (classes RANGE_BETWEEN, RANGE_FROM) are for the quantity reader and skipped. Stateless and
 * thread-safe.
 */
final class LexiconNumbers implements ArabicNumbers {
  private static final int MAX_DIGITS = 30;

  enum Cls {
    UNIT, UNIT_COMPOUND, TEN, TENS, HUNDRED, HUNDREDS, SCALE, DUAL_SCALE, PLURAL_SCALE, APPROX, ORDINAL, ORDINAL_TENS,
    HEDGE_ABOUT, HEDGE_MORE, HEDGE_LESS, HEDGE_ATLEAST, HEDGE_ATMOST, HEDGE_ATLEAST_AFTER, PERCENT,
    /** بين N و M: read by the quantity reader only; skipped here. */
    RANGE_BETWEEN,
    /** من N إلى M: read by the quantity reader only; skipped here. */
    RANGE_FROM;

    /** True for the classes this reader uses; the others are loaded (so a misspelt class still fails) and skipped. */
    boolean used() {
      return this != RANGE_BETWEEN && this != RANGE_FROM;
    }

    /** True for a hedge read before the number (all but the trailing على الأقل). */
    boolean leadingHedge() {
      return name().startsWith("HEDGE") && this != HEDGE_ATLEAST_AFTER;
    }
  }

  record Entry(Cls cls, double value, double max) {}

  /** A phrase of several tokens (hedges, percent words), as token keys. */
  record Phrase(String[] keys, Entry entry) {}

  private static volatile LexiconNumbers standard;

  private final Map<String, Entry> words = new HashMap<>();
  private final List<Phrase> phrases = new ArrayList<>();

  private LexiconNumbers(List<String> lines) {
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IllegalStateException("number-words.tsv: expected form TAB class TAB value: " + line);
      }
      Cls cls = Cls.valueOf(cols[1]);
      if (!cls.used()) {
        continue;
      }
      double value = Double.parseDouble(cols[2]);
      Entry e = new Entry(cls, value, cols.length > 3 ? Double.parseDouble(cols[3]) : value);
      String key = ArabicText.matchKey(cols[0]);
      if (key.indexOf(' ') >= 0 || cls.name().startsWith("HEDGE") || cls == Cls.PERCENT) {
        phrases.add(new Phrase(key.split(" "), e));
      } else {
        words.put(key, e);
      }
    }
    phrases.sort((a, b) -> Integer.compare(b.keys().length, a.keys().length)); // longest first
  }

  static LexiconNumbers standard() {
    LexiconNumbers s = standard;
    if (s == null) {
      synchronized (LexiconNumbers.class) {
        s = standard;
        if (s == null) {
          s = new LexiconNumbers(Resources.lines("number-words.tsv"));
          standard = s;
        }
      }
    }
    return s;
  }

  @Override
  public OptionalDouble parseDigits(CharSequence digits) {
    if (digits == null) {
      return OptionalDouble.empty();
    }
    String s = digits.toString().strip();
    int n = s.length();
    if (n == 0 || n > 3 * MAX_DIGITS) {
      return OptionalDouble.empty();
    }
    int dots = 0;
    int commas = 0;
    int lastDot = -1;
    int lastComma = -1;
    int arabicDecimal = -1;
    int count = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (ArabicLetters.digitValue(c) >= 0) {
        count++;
      } else if (c == '.') {
        dots++;
        lastDot = i;
      } else if (c == ',') {
        commas++;
        lastComma = i;
      } else if (c == ArabicLetters.ARABIC_DECIMAL_SEPARATOR) {
        if (arabicDecimal >= 0) {
          return OptionalDouble.empty();
        }
        arabicDecimal = i;
      } else if (c != ArabicLetters.ARABIC_THOUSANDS_SEPARATOR) {
        return OptionalDouble.empty();
      }
    }
    if (count == 0 || count > MAX_DIGITS) {
      return OptionalDouble.empty();
    }
    int decimal;
    if (arabicDecimal >= 0) {
      decimal = arabicDecimal;
    } else if (dots > 0 && commas > 0) {
      decimal = Math.max(lastDot, lastComma);
    } else if (commas > 0) {
      decimal = commas == 1 && !groupsOfThree(s, ',') ? lastComma : -1;
    } else if (dots > 0) {
      decimal = dots == 1 || !groupsOfThree(s, '.') ? lastDot : -1;
    } else {
      decimal = -1;
    }
    StringBuilder b = new StringBuilder(count + 1);
    for (int i = 0; i < n; i++) {
      int d = ArabicLetters.digitValue(s.charAt(i));
      if (d >= 0) {
        b.append((char) ('0' + d));
      } else if (i == decimal) {
        b.append('.');
      }
    }
    if (b.charAt(b.length() - 1) == '.') {
      b.setLength(b.length() - 1);
    }
    try {
      return OptionalDouble.of(Double.parseDouble(b.toString()));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** True when every {@code sep} is followed by exactly three digits: 1,220 or 1.220.000. */
  private static boolean groupsOfThree(String s, char sep) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == sep) {
        int j = i + 1;
        while (j < s.length() && ArabicLetters.digitValue(s.charAt(j)) >= 0) {
          j++;
        }
        if (j - i - 1 != 3) {
          return false;
        }
      }
    }
    return true;
  }

  /** A number read from tokens {@code [from, to)}; {@code startOffset} skips a leading clitic. */
  private record Reading(int from, int to, int startOffset, double value, double min, double max, boolean ordinal,
      boolean approximate) {}

  @Override
  public List<NumberMention> find(CharSequence text) {
    List<NumberMention> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String s = text.toString();
    List<Token> tokens = Tokenizer.standard().tokenize(s);
    int t = tokens.size();
    String[] keys = new String[t];
    for (int i = 0; i < t; i++) {
      Token tok = tokens.get(i);
      if (tok.type() == TokenType.ARABIC || tok.type() == TokenType.PUNCT) {
        keys[i] = tok.text().length() > 40 ? "" : ArabicText.matchKey(tok.text());
      }
    }
    int i = 0;
    while (i < t) {
      NumberMention m = readAt(s, tokens, keys, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        while (i < t && tokens.get(i).start() < m.end()) {
          i++;
        }
      }
    }
    return out;
  }

  private NumberMention readAt(String s, List<Token> tokens, String[] keys, int i) {
    int t = tokens.size();
    int j = i;
    Cls hedge = null;
    int start = tokens.get(i).start();
    int[] hedgeMatch = matchPhrase(keys, i, true, true);
    if (hedgeMatch != null) {
      hedge = phrases.get(hedgeMatch[0]).entry().cls();
      if (hedgeMatch[2] == 1) {
        start = afterLetters(tokens.get(i), 1);
      }
      j = hedgeMatch[1];
    }
    if (j >= t) {
      return null;
    }
    Reading r = tokens.get(j).type() == TokenType.NUMBER ? digits(tokens, keys, j) : words(tokens, keys, j);
    if (r == null) {
      return null;
    }
    if (hedge == null) {
      start = r.startOffset();
    }
    int endTok = r.to();
    double min = r.min();
    double max = r.max();
    boolean approximate = r.approximate();
    int[] after = matchPhrase(keys, endTok, false, false);
    if (after != null && phrases.get(after[0]).entry().cls() == Cls.HEDGE_ATLEAST_AFTER) {
      hedge = Cls.HEDGE_ATLEAST;
      endTok = after[1];
      after = matchPhrase(keys, endTok, false, false);
    }
    boolean percent = false;
    if (after != null && phrases.get(after[0]).entry().cls() == Cls.PERCENT && !r.ordinal()) {
      percent = true;
      endTok = after[1];
    }
    if (hedge != null) {
      approximate = true;
      switch (hedge) {
        case HEDGE_MORE, HEDGE_ATLEAST -> max = Double.POSITIVE_INFINITY;
        case HEDGE_LESS, HEDGE_ATMOST -> min = 0;
        default -> {
          // about: the value said, flagged approximate
        }
      }
    }
    double value = r.value();
    if (value < min) {
      min = value;
    }
    if (value > max) {
      max = value;
    }
    NumberKind kind = percent ? NumberKind.PERCENT
        : r.ordinal() ? NumberKind.ORDINAL
        : approximate ? NumberKind.APPROXIMATE : NumberKind.CARDINAL;
    int end = tokens.get(endTok - 1).end();
    return new NumberMention(s.substring(start, end), start, end, value, min, max, kind, approximate);
  }

  /**
   * The phrase matching at token {@code i}: {index, end token, 1 if a leading و was stripped}, or null. Only leading
   * hedges when {@code hedges}, else only percent and the trailing hedge.
   */
  private int[] matchPhrase(String[] keys, int i, boolean hedges, boolean allowWaw) {
    for (int p = 0; p < phrases.size(); p++) {
      Phrase ph = phrases.get(p);
      if (ph.entry().cls().leadingHedge() != hedges) {
        continue;
      }
      String[] k = ph.keys();
      if (i + k.length > keys.length) {
        continue;
      }
      int stripped = 0;
      boolean ok = true;
      for (int q = 0; q < k.length && ok; q++) {
        String key = keys[i + q];
        if (key == null) {
          ok = false;
        } else if (!key.equals(k[q])) {
          if (q == 0 && allowWaw && key.length() == k[q].length() + 1 && key.charAt(0) == ArabicLetters.WAW
              && key.endsWith(k[q])) {
            stripped = 1;
          } else {
            ok = false;
          }
        }
      }
      if (ok) {
        return new int[] {p, i + k.length, stripped};
      }
    }
    return null;
  }

  private Reading digits(List<Token> tokens, String[] keys, int j) {
    OptionalDouble v = parseDigits(tokens.get(j).text());
    if (v.isEmpty()) {
      return null;
    }
    double value = v.getAsDouble();
    int to = j + 1;
    if (to < tokens.size() && keys[to] != null) {
      Entry e = words.get(keys[to]);
      if (e != null && (e.cls() == Cls.SCALE || e.cls() == Cls.PLURAL_SCALE)) {
        value *= e.value();
        to++;
      }
    }
    return new Reading(j, to, tokens.get(j).start(), value, value, value, false, false);
  }

  /** Looks up a first number word, stripping up to two leading clitic letters (وثلاثة, بخمسة, وبخمسة). */
  private int[] firstWord(String key) {
    if (key == null) {
      return null;
    }
    if (words.containsKey(key)) {
      return new int[] {0};
    }
    // Only words of three letters or more once stripped: لست is not ل + ست.
    for (int strip = 1; strip <= 2 && key.length() - strip >= 3; strip++) {
      if ("وفبلك".indexOf(key.charAt(strip - 1)) < 0) {
        return null;
      }
      if (words.containsKey(key.substring(strip))) {
        return new int[] {strip};
      }
    }
    return null;
  }

  private Reading words(List<Token> tokens, String[] keys, int j) {
    int t = tokens.size();
    int[] first = firstWord(keys[j]);
    if (first == null) {
      return null;
    }
    int startOffset = first[0] == 0 ? tokens.get(j).start() : afterLetters(tokens.get(j), first[0]);
    Entry e = words.get(keys[j].substring(first[0]));
    double total = 0;
    double current = 0;
    boolean ordinal = false;
    Cls last = e.cls();
    int k = j + 1;
    switch (e.cls()) {
      case UNIT_COMPOUND -> {
        Entry next = k < t && keys[k] != null ? words.get(keys[k]) : null;
        if (next == null || next.cls() != Cls.TEN) {
          return null; // أحد alone is "one of" or Sunday, not a number
        }
        current = e.value();
      }
      case UNIT, TEN, TENS, HUNDREDS -> current = e.value();
      case HUNDRED -> current = 100;
      case SCALE -> total = e.value();
      case DUAL_SCALE -> total = 2 * e.value();
      case PLURAL_SCALE -> {
        return new Reading(j, k, startOffset, 2 * e.value(), 2 * e.value(), 10 * e.value() - 1, false, true);
      }
      case APPROX -> {
        double min = e.value();
        double max = e.max();
        if (k < t && keys[k] != null) {
          Entry scale = words.get(keys[k]);
          if (scale != null && (scale.cls() == Cls.PLURAL_SCALE || scale.cls() == Cls.SCALE)) {
            min *= scale.value();
            max = (max + 1) * scale.value() - 1;
            k++;
          }
        }
        return new Reading(j, k, startOffset, min, min, max, false, true);
      }
      case ORDINAL, ORDINAL_TENS -> {
        ordinal = true;
        current = e.value();
      }
      default -> {
        return null;
      }
    }
    while (k < t && keys[k] != null) {
      String key = keys[k];
      int next = k + 1;
      boolean viaWaw = false;
      Entry n = null;
      if (key.equals("و") && k + 1 < t && keys[k + 1] != null) {
        n = words.get(keys[k + 1]);
        viaWaw = n != null;
        next = k + 2;
      } else {
        n = words.get(key);
        if (n == null && key.length() > 2 && key.charAt(0) == ArabicLetters.WAW) {
          n = words.get(key.substring(1));
          viaWaw = n != null;
        }
      }
      if (n == null) {
        break;
      }
      double v = n.value();
      boolean ok;
      if (viaWaw) {
        ok = switch (n.cls()) {
          case UNIT -> !ordinal && current % 100 == 0 && (current > 0 || total > 0);
          case TENS -> !ordinal && current % 100 < 10 && (current > 0 || total > 0);
          case HUNDRED, HUNDREDS -> !ordinal && current == 0 && total > 0;
          case ORDINAL_TENS -> ordinal && current < 10;
          default -> false;
        };
      } else {
        ok = switch (n.cls()) {
          case TEN -> (last == Cls.UNIT || last == Cls.UNIT_COMPOUND || last == Cls.ORDINAL) && current < 10;
          case HUNDRED -> last == Cls.UNIT && current < 10;
          case SCALE, PLURAL_SCALE -> !ordinal && current > 0 && last != Cls.SCALE;
          default -> false;
        };
      }
      if (!ok) {
        break;
      }
      switch (n.cls()) {
        case UNIT, TENS, HUNDREDS, ORDINAL_TENS -> current += v;
        case TEN -> current += 10;
        case HUNDRED -> current = (current == 0 ? 1 : current) * 100;
        case SCALE, PLURAL_SCALE -> {
          total += current * v;
          current = 0;
        }
        default -> {
          // not reached: filtered above
        }
      }
      last = n.cls();
      k = next;
    }
    double value = total + current;
    return new Reading(j, k, startOffset, value, value, value, ordinal, false);
  }

  /** The offset in the input just past the first {@code letters} letters of a token and their marks. */
  private static int afterLetters(Token token, int letters) {
    String w = token.text();
    int seen = 0;
    int i = 0;
    while (i < w.length() && seen < letters) {
      if (!TableNormalizer.isAttachedMark(w.charAt(i))) {
        seen++;
      }
      i++;
    }
    while (i < w.length() && TableNormalizer.isAttachedMark(w.charAt(i))) {
      i++;
    }
    return token.start() + i;
  }
}
