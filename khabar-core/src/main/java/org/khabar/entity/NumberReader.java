package org.khabar.entity;

import java.util.HashMap;
import java.util.Map;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicNumbers;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/**
 * Reads one number expression at a word of a line: digits (any script, with thousands separators and decimals),
 * number words ({@code خمسة وعشرون}, {@code ثلاثة آلاف}), approximate plurals ({@code عشرات الآلاف}), a hedge or
 * bound before it ({@code نحو}, {@code أكثر من}, {@code أقل من}) and a range ({@code بين 50 و60}). The lexicon is
 * the text layer's list ({@code org/khabar/text/number-words.tsv}, the one list of number words), its classes mapped
 * onto this reader's:
 *
 * <ul>
 *   <li>UNIT, TEN, TENS: words that add their value; صفر (UNIT 0) is skipped, as it is also the month Safar and
 *       counts nothing.
 *   <li>UNIT_COMPOUND (أحد, إحدى): adds 1, only right before عشر/عشرة (أحد القتلى is "one of").
 *   <li>HUNDRED, HUNDREDS: hundreds (مئة times a unit before it: ثلاث مئة).
 *   <li>SCALE: multiplies what precedes; DUAL_SCALE (ألفين, مليوني): the whole number 2 × value.
 *   <li>PLURAL_SCALE (آلاف, ملايين, مليارات): a scale after a number (ثلاثة آلاف), else the range 2..10 × value
 *       minus 1 (آلاف 2000..9999), which a following scale multiplies (عشرات الآلاف 20000..99999).
 *   <li>APPROX (عشرات, مئات, بضعة): the range min..max.
 *   <li>HEDGE_ABOUT: an approximate value; HEDGE_MORE and HEDGE_ATLEAST: a lower bound (the value stands);
 *       HEDGE_LESS and HEDGE_ATMOST: an upper bound (0..value); RANGE_BETWEEN (بين N و M) and RANGE_FROM (من N
 *       إلى M, counted only as a range's start): range markers. All are read before the number, also with a clitic.
 *   <li>ORDINAL, ORDINAL_TENS, PERCENT (units are the quantity reader's) and HEDGE_ATLEAST_AFTER (على الأقل, after
 *       the number): not used.
 * </ul>
 *
 * <p>Digit groups are read by the text layer's {@link ArabicNumbers#parseDigits}. It works
 * on this package's word tokens because quantities need what {@link ArabicNumbers#find} does not give yet: ranges
 * ({@code بين 50 و60}, {@code 20-30}), hedges with a clitic ({@code بأكثر من}, {@code بنحو}) and definite
 * approximate plurals ({@code العشرات}). Immutable and thread-safe.
 */
final class NumberReader {
  /**
   * One number expression.
   *
   * @param value the number, or the low end of a range
   * @param max the high end of a range, or null
   * @param start the character offset where the expression (with its hedge) starts
   * @param first the index of its first word (the hedge's, if any)
   * @param coreFirst the index of the number's own first word
   * @param next the index of the word after it
   * @param digits true when the number was written as one plain digit group
   */
  /** The range connectors إلى and حتى as word keys (the key folds alef maksura into yeh: إلى is الي). */
  private static final String TO = ArabicText.matchKey("إلى");
  private static final String UNTIL = ArabicText.matchKey("حتى");
  /** لست: ل + ست ("for six"), or the verb "am not". */
  private static final String AM_NOT = ArabicText.matchKey("لست");
  private static final String AND_TO = ArabicText.matchKey("وإلى");
  private static final String AND_UNTIL = ArabicText.matchKey("وحتى");

  record Reading(double value, Double max, int start, int first, int coreFirst, int next, boolean digits) {}

  /** What a number word does in {@link #core}. */
  private enum Kind {
    /** adds its value (units, عشر/عشرة, tens). */
    ADD,
    /** أحد/إحدى: adds 1, only right before عشر/عشرة. */
    COMPOUND,
    /** مئة (times a unit before it) or a whole hundred (مئتان, ثلاثمئة): adds its value. */
    HUNDRED,
    /** multiplies what precedes (ألف, مليون, آلاف after a number). */
    SCALE,
    /** a whole number on its own (ألفين, مليونان): adds its value. */
    ABS
  }

  private record Word(Kind kind, double value) {}

  private record Range(double lo, double hi) {}

  private static final int MAX_DIGITS = 15;
  private static final ArabicNumbers DIGITS = ArabicNumbers.standard();

  /**
   * Fraction words that scale a scale word after them (نصف مليون: half a million; ربع مليار: a quarter billion).
   * Source: general knowledge of Modern Standard Arabic.
   */
  private static final Map<String, Double> FRACTIONS =
      Map.of(ArabicText.matchKey("نصف"), 0.5, ArabicText.matchKey("ربع"), 0.25);

  private final Map<String, Word> words = new HashMap<>();
  private final Map<String, Range> approx = new HashMap<>();
  private final NameTrie<String> modifiers = new NameTrie<>();
  /** The keys a number expression can start with (besides digits), clitic-prefixed hedges included. */
  private final java.util.Set<String> starts = new java.util.HashSet<>();

  private static final NumberReader STANDARD = new NumberReader();

  static NumberReader standard() {
    return STANDARD;
  }

  private NumberReader() {
    FRACTIONS.keySet().forEach(this::start);
    for (KnowledgeFile.Row row : KnowledgeFile.rows(ArabicNumbers.class, "number-words.tsv")) {
      String[] f = row.fields(3, "form, class, value");
      double value;
      try {
        value = Double.parseDouble(f[2]);
      } catch (NumberFormatException e) {
        throw row.error("bad value");
      }
      String key = ArabicText.matchKey(f[0]);
      switch (f[1]) {
        case "UNIT", "TEN", "TENS" -> {
          if (value > 0) { // صفر is also the month Safar, and no count
            word(key, Kind.ADD, value);
          }
        }
        case "UNIT_COMPOUND" -> word(key, Kind.COMPOUND, value);
        case "HUNDRED", "HUNDREDS" -> word(key, Kind.HUNDRED, value);
        case "SCALE" -> word(key, Kind.SCALE, value);
        case "DUAL_SCALE" -> word(key, Kind.ABS, 2 * value);
        case "PLURAL_SCALE" -> {
          word(key, Kind.SCALE, value);
          range(key, 2 * value, 10 * value - 1);
        }
        case "APPROX" -> {
          if (f.length < 4) {
            throw row.error("expected form, class, min, max");
          }
          range(key, value, Double.parseDouble(f[3]));
        }
        case "HEDGE_ABOUT" -> modifier(f[0], "approx");
        case "HEDGE_MORE", "HEDGE_ATLEAST" -> modifier(f[0], "over");
        case "HEDGE_LESS", "HEDGE_ATMOST" -> modifier(f[0], "under");
        case "RANGE_BETWEEN" -> modifier(f[0], "between");
        case "RANGE_FROM" -> modifier(f[0], "from");
        default -> {
          // ORDINAL, ORDINAL_TENS, HEDGE_ATLEAST_AFTER (after the number), PERCENT (read by the quantity reader's
          // units): not number expressions here
        }
      }
    }
  }

  private void word(String key, Kind kind, double value) {
    words.put(key, new Word(kind, value));
    start(key);
  }

  private void range(String key, double lo, double hi) {
    approx.put(key, new Range(lo, hi));
    start(key);
  }

  /** A number word starts an expression alone or after the preposition ب or ل (بأحد عشر، لخمسة آلاف). */
  private void start(String key) {
    starts.add(key);
    starts.add(ArabicLetters.BEH + key);
    starts.add(ArabicLetters.LAM + key);
  }

  /**
   * True when word {@code j} is ب or ل glued to a number word (بثلاثة، لمئات). Not لست before a definite word: that
   * is the verb "am not" (لست الشخص), while لست سيدات is "for six women".
   */
  private boolean prepositionOnNumber(Token[] t, int j) {
    String key = t[j].key();
    if (key.equals(AM_NOT) && j + 1 < t.length && t[j + 1].key().startsWith("ال")) {
      return false;
    }
    if (key.length() < 3 || (key.charAt(0) != ArabicLetters.BEH && key.charAt(0) != ArabicLetters.LAM)) {
      return false;
    }
    String rest = key.substring(1);
    return words.containsKey(rest) || approx.containsKey(rest) || FRACTIONS.containsKey(rest);
  }

  private void modifier(String phrase, String meaning) {
    String[] w = NameTrie.words(phrase);
    modifiers.put(w, meaning);
    for (String clitic : new String[] {"", "\u0628", "\u0648", "\u0644"}) {
      starts.add(clitic + w[0]); // بنحو، وحوالي، لأكثر
    }
  }

  /** True when a number expression may start at a word with this key: a digit, a number word or a hedge. */
  boolean mayStart(String key) {
    return Token.isDigit(key.charAt(0)) || starts.contains(key);
  }

  /** Reads the number expression starting at word {@code i}, or returns null when none starts there. */
  Reading read(String line, Token[] t, int i) {
    Object[] found = new Object[1];
    String mod = null;
    int j = i;
    int len = modifiers.longest(line, t, i, t[i].key(), found);
    int clitic = 0;
    if (len == 0 && t[i].key().length() > 2 && (t[i].key().charAt(0) == '\u0628' || t[i].key().charAt(0) == '\u0648'
        || t[i].key().charAt(0) == '\u0644')) {
      len = modifiers.longest(line, t, i, t[i].key().substring(1), found); // بنحو، وحوالي، لأكثر
      clitic = len > 0 ? 1 : 0;
    }
    if (len > 0 && i + len < t.length) {
      mod = (String) found[0];
      j = i + len;
    }
    double[] core = new double[4];
    int after = core(line, t, j, core);
    boolean preposition = false;
    if (after < 0 && mod == null && prepositionOnNumber(t, j)) {
      after = core(line, t, j, core, true); // بأحد عشر: the span starts after the preposition
      preposition = after > 0;
    }
    if (after < 0) {
      if (mod == null) {
        return null;
      }
      mod = null;
      j = i;
      after = core(line, t, j, core);
      if (after < 0) {
        return null;
      }
    }
    double value = core[0];
    Double max = Double.isNaN(core[1]) ? null : core[1];
    boolean digits = core[2] > 0;
    // A range: بين N و M, من N إلى M, N - M, N إلى M.
    if (after < t.length) {
      String c = t[after].key();
      boolean dash = after > 0 && between(line, t[after - 1].end(), t[after].start(), '-');
      boolean between = "between".equals(mod);
      boolean connector = c.equals("و") && between || c.equals(TO) || c.equals(UNTIL)
          || between && (c.equals(AND_TO) || c.equals(AND_UNTIL)); // بين 10 وحتى 15
      // بين ستة وعشرة: the و of the range is glued to the high end's number word
      boolean gluedAnd = !dash && !connector && between && c.length() > 1 && c.charAt(0) == ArabicLetters.WAW
          && (words.containsKey(c.substring(1)) || approx.containsKey(c.substring(1)));
      int second = dash || gluedAnd ? after : (connector ? after + 1 : -1);
      if (second > 0 && second < t.length && (dash || onlySpaceOrPercent(line, t[after - 1].end(), t[after].start()))) {
        double[] hi = new double[4];
        int end = core(line, t, second, hi, gluedAnd);
        double low = value;
        if (end > 0 && core[3] == 1 && hi[3] > 1 && Double.isNaN(core[1]) && value * hi[3] <= hi[0]) {
          low = value * hi[3]; // بين 1.5 و2.5 مليون: the high end's scale word counts for the low end too
        }
        if (end > 0 && isRange(line, t[after - 1].end(), t[end - 1].end(), core, low, hi)) {
          value = low;
          max = hi[0];
          after = end;
          digits = false;
        }
      }
    }
    if ("from".equals(mod) && max == null) {
      mod = null; // "من" counts only as the start of a range
    }
    if (mod != null) {
      switch (mod) {
        case "under" -> {
          max = value;
          value = 0;
        }
        default -> {
          // approx, over, between: the value stands as read (a hedge, a lower bound, a range)
        }
      }
      digits = false;
    }
    int first = mod == null ? j : i;
    int start = mod == null ? t[j].offsetAfterKeyChars(line, preposition ? 1 : 0)
        : t[i].offsetAfterKeyChars(line, clitic);
    return new Reading(value, max, start, first, j, after, digits);
  }

  /**
   * Whether a low end (read into {@code low}, scaled to {@code lo}) and a high end (read into {@code hi}) make one
   * range. Not when the low end carries a percent sign and the high end does not (ارتفع 6% إلى 293 مليار: a rate,
   * then an amount), when a bare year opens it to a number that is not a year (في 2018 إلى 5.6 مليار), or when the
   * high end is not above the low end or over a hundred times it.
   */
  private static boolean isRange(String line, int lowEnd, int highEnd, double[] low, double lo, double[] hi) {
    if (!(hi[0] > lo)) {
      return false;
    }
    if (percentSign(line, lowEnd) > 0 && percentSign(line, highEnd) < 0) {
      return false;
    }
    if (low[2] > 0 && isYearLike(low[0]) && !isYearLike(hi[0])) {
      return false;
    }
    return lo <= 0 || hi[0] <= 100 * lo;
  }

  /** A whole number that reads as a Gregorian (1900-2100) or Hijri (1300-1500) year. */
  static boolean isYearLike(double v) {
    return v == Math.rint(v) && ((v >= 1900 && v <= 2100) || (v >= 1300 && v <= 1500));
  }

  /** The offset just past a percent sign that follows {@code end} (up to two spaces between), or -1. */
  static int percentSign(String line, int end) {
    int i = end;
    while (i < line.length() && i - end < 2 && line.charAt(i) == ' ') {
      i++;
    }
    return i < line.length() && (line.charAt(i) == '%' || line.charAt(i) == '\u066A') ? i + 1 : -1;
  }
  /** True when only white space and percent signs stand between {@code from} and {@code to}. */
  private static boolean onlySpaceOrPercent(String line, int from, int to) {
    for (int k = from; k < to; k++) {
      char d = line.charAt(k);
      if (!Character.isWhitespace(d) && d != '%' && d != '\u066A') {
        return false;
      }
    }
    return true;
  }

  private static boolean between(String line, int from, int to, char c) {
    boolean seen = false;
    for (int k = from; k < to; k++) {
      char d = line.charAt(k);
      if (d == c || d == '\u2013') {
        seen = true;
      } else if (!Character.isWhitespace(d)) {
        return false;
      }
    }
    return seen;
  }

  /**
   * Reads the number itself at word {@code j}: stores value, max (NaN if none), 1 if written as a plain digit group,
   * and the scale word's value that multiplied a digit group (1 if none) in {@code out}; returns the index of the
   * word after it, or -1.
   */
  private int core(String line, Token[] t, int j, double[] out) {
    return core(line, t, j, out, false);
  }

  /**
   * As {@link #core(String, Token[], int, double[])}; {@code glued}: the first word carries one letter before the
   * number word (the conjunction و of a range, the preposition ب or ل).
   */
  private int core(String line, Token[] t, int j, double[] out, boolean glued) {
    if (j >= t.length) {
      return -1;
    }
    String key = glued ? t[j].key().substring(1) : t[j].key();
    out[1] = Double.NaN;
    out[2] = 0;
    out[3] = 1;
    int k;
    if (Character.isDigit(key.charAt(0))) {
      double v = parseDigits(key);
      if (Double.isNaN(v)) {
        return -1;
      }
      k = j + 1;
      out[2] = 1;
      Word w = k < t.length ? words.get(t[k].key()) : null;
      if (w != null && w.kind() == Kind.SCALE && Token.spaceOnlyBetween(line, t[k - 1].end(), t[k].start())) {
        v *= w.value();
        k++;
        out[2] = 0;
        out[3] = w.value();
      }
      out[0] = v;
      return k;
    }
    Double fraction = FRACTIONS.get(key);
    if (fraction != null) {
      Word w = j + 1 < t.length ? words.get(t[j + 1].key()) : null;
      if (w == null || w.kind() != Kind.SCALE || !Token.spaceOnlyBetween(line, t[j].end(), t[j + 1].start())) {
        return -1; // نصف ساعة: a fraction counts only a scale word
      }
      out[0] = fraction * w.value();
      return j + 2;
    }
    Range r = approx.get(key);
    if (r != null) {
      double lo = r.lo();
      double hi = r.hi();
      k = j + 1;
      Word w = k < t.length ? words.get(t[k].key()) : null;
      if (w != null && w.kind() == Kind.SCALE) {
        lo *= w.value();
        hi = (hi + 1) * w.value() - 1; // عشرات الآلاف: 20000..99999
        k++;
      }
      out[0] = lo;
      out[1] = hi;
      return k;
    }
    double total = 0;
    double cur = 0;
    k = j;
    while (k < t.length) {
      String wk = k == j ? key : t[k].key();
      Word w = words.get(wk);
      if (k > j && wk.length() > 1 && wk.charAt(0) == ArabicLetters.WAW && words.containsKey(wk.substring(1))) {
        // وعشرون; after a number وأحد is "and one", though its key is the one of واحد
        w = words.get(wk.substring(1));
        if (w != null && !joinsWithAnd(total, cur, w)) {
          break; // بين ستة وأحد عشر: the و opens the next number
        }
      }
      if (w == null || (k > j && !Token.spaceOnlyBetween(line, t[k - 1].end(), t[k].start()))) {
        break;
      }
      if (w.kind() == Kind.COMPOUND && !tenFollows(line, t, k + 1)) {
        break; // أحد alone is "one of" (أحد القتلى), not a number
      }
      switch (w.kind()) {
        case ADD, COMPOUND -> cur += w.value();
        case HUNDRED -> cur = cur > 0 && cur < 10 && w.value() == 100 ? cur * 100 : cur + w.value();
        case SCALE -> {
          if (cur == 0 && total > 0 && total < w.value()) {
            total *= w.value(); // ألف مليار: a thousand billion
          } else {
            total += (cur == 0 ? 1 : cur) * w.value();
          }
          cur = 0;
        }
        case ABS -> total += w.value();
      }
      k++;
    }
    if (k == j) {
      return -1;
    }
    out[0] = total + cur;
    return k;
  }

  /**
   * Whether a number word joined by و continues the number read so far ({@code total} of whole scales, {@code cur}
   * below the last scale): tens after a unit (خمسة وعشرون), a unit, teen or tens after whole hundreds (مئة وخمسة),
   * anything after a scale (ألف وخمسمئة، مليون وألفين). Not a unit or ten after a unit (ستة وعشرة), nor tens after
   * tens (عشرين وثلاثين): those are two numbers.
   */
  private static boolean joinsWithAnd(double total, double cur, Word w) {
    double low = cur % 100;
    return switch (w.kind()) {
      case ADD, COMPOUND -> low == 0 || (w.value() >= 20 && low < 10);
      case HUNDRED, SCALE, ABS -> cur == 0 && total > 0;
    };
  }

  /** True when word {@code k} is عشر/عشرة (a word adding 10), right after the previous word. */
  private boolean tenFollows(String line, Token[] t, int k) {
    if (k >= t.length || !Token.spaceOnlyBetween(line, t[k - 1].end(), t[k].start())) {
      return false;
    }
    Word w = words.get(t[k].key());
    return w != null && w.kind() == Kind.ADD && w.value() == 10;
  }

  /** Parses a digit group with the text layer's rules (1,220 is 1220; 3,5 is 3.5); NaN if it is not one. */
  private static double parseDigits(String key) {
    if (key.length() > MAX_DIGITS + 4) {
      return Double.NaN;
    }
    java.util.OptionalDouble v = DIGITS.parseDigits(key);
    return v.isPresent() ? v.getAsDouble() : Double.NaN;
  }
}
