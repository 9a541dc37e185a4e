package org.khabar.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.TemporalType;
import org.khabar.text.ArabicLetters;
import org.khabar.text.Digits;
import org.khabar.time.Lexicon.Cls;
import org.khabar.time.Lexicon.Entry;
import org.khabar.time.Lexicon.Phrase;

/**
 * The temporal grammar over one line's tokens: finds every expression, left to right, longest first, and builds its
 * {@link Expr}.
 *
 * <p>Each rule is a small recursive-descent function over tokens that already carry their lexicon phrase, so a line
 * is read in one pass with a bounded look-ahead (no backtracking regular expressions). Spans start after a leading
 * conjunction or preposition glued to the first word (و، ف، ب، ل، ك) and are offsets in the original line. Not
 * thread-safe: one instance per line.
 */
final class Grammar {
  /** How many tokens before an expression are searched for a future marker. */
  private static final int FUTURE_WINDOW = 6;
  /** Years of a numeric date read as Hijri years (1300-1500 AH is 1882-2077 AD). */
  private static final int HIJRI_NUMERIC_FROM = 1300;
  private static final int HIJRI_NUMERIC_TO = 1500;

  private final Lexicon lex;
  private final String line;
  private final int lineNo;
  private final Scanner s;
  private final Phrase[] ph;
  private final int[] phEnd;
  private final int[] clitic;

  // results of the helper parsers (instead of allocating small result objects)
  private int rValue;
  private int rNext;
  private boolean rHijri;
  private boolean rSupported;

  private Grammar(Lexicon lex, String line, int lineNo) {
    this.lex = lex;
    this.line = line;
    this.lineNo = lineNo;
    this.s = Scanner.scan(line);
    this.ph = new Phrase[s.size];
    this.phEnd = new int[s.size];
    this.clitic = new int[s.size];
    for (int i = 0; i < s.size; i++) {
      match(i);
    }
  }

  /** Every expression of one line. */
  static List<Expr> tag(Lexicon lex, String line, int lineNo) {
    Grammar g = new Grammar(lex, line, lineNo);
    return g.run();
  }

  private List<Expr> run() {
    List<Expr> out = new ArrayList<>();
    int i = 0;
    while (i < s.size) {
      Expr e = parseAt(i);
      if (e == null || e.nextToken <= i) {
        i++;
        continue;
      }
      finish(e, i);
      if (cutsANumber(e)) {
        i++; // 1990.5, ١٩٩٠٫٥: a decimal number, not the year 1990
        continue;
      }
      out.add(e);
      i = e.nextToken;
    }
    return out;
  }

  /**
   * True when the expression starts or ends inside a number, at a separator that joins two digits ({@link
   * Digits#joinsDigits}: {@code في 1990.5}, {@code ١٩٩٠٫٥}, {@code ١٬٢٠١٨}); a numeric date's own separators are
   * inside its span ({@code 21.5.2018}) and the Arabic comma never joins ({@code منذ ٢٠١١،٢٠١٢}).
   */
  private boolean cutsANumber(Expr e) {
    return Digits.joinsDigits(line, e.end) || Digits.joinsDigits(line, e.start - 1);
  }

  private void finish(Expr e, int first) {
    e.line = lineNo;
    int lastTok = e.nextToken - 1;
    if (e.start < 0) {
      e.start = start(first);
    }
    e.end = s.end[lastTok];
    e.text = line.substring(e.start, e.end);
    for (int k = first - 1; k >= 0 && k >= first - FUTURE_WINDOW; k--) {
      if (s.isPunct(k, ".")) {
        break;
      }
      if (has(k, Cls.FUTURE)) {
        e.future = true;
        break;
      }
    }
    if (e.future && e.op == Expr.Op.WEEKDAY && e.dir == 0) {
      e.dir = Expr.UPCOMING;
    }
  }

  // ---- lexicon matching ----

  private void match(int i) {
    if (s.type[i] != Scanner.WORD) {
      return;
    }
    String k = s.key[i];
    if (tryMatch(i, k, 0)) {
      return;
    }
    int c = 0;
    String rest = k;
    if (rest.length() > 2 && (rest.charAt(0) == '\u0648' || rest.charAt(0) == '\u0641')) { // و ف
      c = 1;
      rest = rest.substring(1);
      if (tryMatch(i, rest, c)) {
        return;
      }
    }
    if (rest.length() > 2) {
      char p = rest.charAt(0);
      if (p == '\u0644' && rest.charAt(1) == '\u0644') { // لل = ل + ال
        if (tryMatch(i, "\u0627" + rest.substring(1), c + 1)) {
          return;
        }
      } else if (p == '\u0628' || p == '\u0644' || p == '\u0643') { // ب ل ك
        tryMatch(i, rest.substring(1), c + 1);
      }
    }
  }

  private boolean tryMatch(int i, String first, int cliticLen) {
    if (first.length() < 2 && cliticLen > 0) {
      return false;
    }
    for (Phrase p : lex.startingWith(first)) {
      String[] keys = p.keys();
      if (i + keys.length > s.size) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < keys.length && ok; k++) {
        ok = s.type[i + k] == Scanner.WORD && s.key[i + k].equals(keys[k]);
      }
      if (ok) {
        ph[i] = p;
        phEnd[i] = i + keys.length;
        clitic[i] = cliticLen;
        return true;
      }
    }
    return false;
  }

  private Entry e(int i, Cls cls) {
    return i >= 0 && i < s.size && ph[i] != null ? ph[i].get(cls) : null;
  }

  private boolean has(int i, Cls cls) {
    return e(i, cls) != null;
  }

  private Entry strong(int i, Cls cls) {
    Entry en = e(i, cls);
    return en != null && !en.weak() ? en : null;
  }

  private int after(int i) {
    return i < s.size && ph[i] != null ? phEnd[i] : i + 1;
  }

  private int start(int i) {
    return clitic[i] > 0 ? s.offsetOfKeyChar(line, i, clitic[i]) : s.start[i];
  }

  private boolean conj(int i) {
    return clitic[i] > 0 && (s.key[i].charAt(0) == '\u0648' || s.key[i].charAt(0) == '\u0641');
  }

  private int numAt(int i, int minDigits, int maxDigits, long min, long max) {
    if (!s.isNum(i) || s.digits[i] < minDigits || s.digits[i] > maxDigits || s.num[i] < min || s.num[i] > max) {
      return -1;
    }
    return (int) s.num[i];
  }

  private static Expr expr(Expr.Op op, int next) {
    Expr x = new Expr();
    x.op = op;
    x.nextToken = next;
    x.start = -1;
    return x;
  }

  private static Expr abs(String value, TemporalType type, int next) {
    Expr x = expr(Expr.Op.ABS, next);
    x.abs = value;
    x.type = type;
    return x;
  }

  // ---- the rules ----

  private Expr parseAt(int i) {
    if (s.type[i] == Scanner.NUM) {
      Expr x = numericDate(i);
      if (x == null) {
        x = dateFrom(i);
      }
      if (x == null) {
        x = yearNumber(i);
      }
      if (x == null) {
        x = duration(i, i);
      }
      return x;
    }
    if (ph[i] == null) {
      return null;
    }
    Expr x = null;
    if (has(i, Cls.DAY)) {
      x = day(i, null);
    } else if (has(i, Cls.TONIGHT)) {
      x = tonight(i);
    } else if (has(i, Cls.PART)) {
      x = part(i);
    } else if (has(i, Cls.MIDNIGHT)) {
      x = expr(Expr.Op.DAY, after(i));
      x.part = "24:00";
      x.type = TemporalType.TIME;
    } else if (has(i, Cls.DAYWORD)) {
      x = dayWord(i);
    } else if (has(i, Cls.WEEKDAY)) {
      x = weekday(i, false);
    }
    if (x == null && (has(i, Cls.ORD) || has(i, Cls.ORDTENS) || has(i, Cls.DEF))) {
      x = dateFrom(i);
      if (x == null && has(i, Cls.DEF)) {
        x = duration(i + 1, i);
      }
    }
    if (x == null && (has(i, Cls.MONTH) || has(i, Cls.HIJRI) || has(i, Cls.MONTHWORD))) {
      x = month(i);
    }
    if (x == null && has(i, Cls.EDGE)) {
      x = edge(i);
    }
    if (x == null && (has(i, Cls.THE) || has(i, Cls.THIS))) {
      x = period(i);
    }
    if (x == null && has(i, Cls.YEARWORD)) {
      x = yearWord(i);
    }
    if (x == null && (has(i, Cls.AGO) || has(i, Cls.AFTER))) {
      x = shift(i);
    }
    if (x == null && (has(i, Cls.CARD) || has(i, Cls.TENS))) {
      x = duration(i, i);
    }
    if (x == null && has(i, Cls.UNIT)) {
      x = dualDuration(i);
    }
    if (x == null && has(i, Cls.FOR)) {
      x = forUnit(i);
    }
    if (x == null && has(i, Cls.EVERY)) {
      x = every(i);
    }
    if (x == null && has(i, Cls.FREQ)) {
      x = abs(e(i, Cls.FREQ).value(), TemporalType.SET, after(i));
    }
    if (x == null && has(i, Cls.THEPL)) {
      x = plural(i);
    }
    if (x == null && has(i, Cls.VAGUE)) {
      x = abs(e(i, Cls.VAGUE).value(), TemporalType.DATE, after(i));
    }
    if (x == null && has(i, Cls.CLOCK)) {
      x = clock(i);
    }
    return x;
  }

  /** {@code 20/5/2018}, {@code 20-05-2018}, {@code 2018-05-20}, {@code 2018/5/20}. */
  private Expr numericDate(int i) {
    if (i + 4 >= s.size || s.type[i + 1] != Scanner.PUNCT) {
      return null;
    }
    String sep = s.key[i + 1];
    if (!(sep.equals("/") || sep.equals("-") || sep.equals("."))) {
      return null;
    }
    if (!s.isNum(i + 2) || !s.isPunct(i + 3, sep) || !s.isNum(i + 4)) {
      return null;
    }
    for (int k = i + 1; k <= i + 4; k++) {
      if (s.spaceBefore[k] && !sep.equals("/")) {
        return null;
      }
    }
    int a = numAt(i, 1, 4, 1, 9999);
    int b = numAt(i + 2, 1, 2, 1, 12);
    int c = numAt(i + 4, 1, 4, 1, 9999);
    if (a < 0 || b < 0 || c < 0) {
      return null;
    }
    int y;
    int day;
    if (s.digits[i] == 4 && s.digits[i + 4] <= 2) {
      y = a;
      day = c;
    } else if (s.digits[i + 4] == 4 && s.digits[i] <= 2) {
      y = c;
      day = a;
    } else {
      return null;
    }
    int next = i + 5;
    boolean ah = has(next, Cls.AH);
    if (ah || has(next, Cls.AD)) {
      next = after(next);
    }
    if (ah || (y >= HIJRI_NUMERIC_FROM && y <= HIJRI_NUMERIC_TO)) {
      // "30/9/1439": a year of this range in a numeric date is a Hijri year in modern news
      String v = Calendars.hijri(y, b, day);
      return v == null ? null : abs(v, TemporalType.DATE, next);
    }
    LocalDate d = Calendars.date(y, b, day);
    if (d == null || d.getYear() < 1000 || d.getYear() > 2199) {
      return null;
    }
    return abs(d.toString(), TemporalType.DATE, next);
  }

  /** A day of the month as a number ("20", "الـ19") or an ordinal ("التاسع عشر", "الحادي والعشرين"). */
  private boolean dayAt(int i) {
    if (has(i, Cls.DEF) && i + 1 < s.size) {
      int d = numAt(i + 1, 1, 2, 1, 31);
      if (d > 0) {
        rValue = d;
        rNext = i + 2;
        return true;
      }
      return false;
    }
    return numberAt(i, 2, 31, Cls.ORD, Cls.ORDTENS, true);
  }

  /**
   * A month name of any system, optionally after "شهر" and paired with its name in another system ("أيار / مايو",
   * "نيسان/أبريل", "أبريل نيسان", "أيار (مايو)").
   */
  private boolean monthAt(int i) {
    int j = i;
    boolean word = false;
    if (has(j, Cls.MONTHWORD) && (has(after(j), Cls.MONTH) || has(after(j), Cls.HIJRI))) {
      word = true;
      j = after(j);
    }
    Entry m = e(j, Cls.MONTH);
    boolean hijri = false;
    if (m == null) {
      m = e(j, Cls.HIJRI);
      hijri = true;
    }
    if (m == null) {
      return false;
    }
    int k = after(j);
    boolean paired = false;
    if (!hijri) {
      int q = k;
      boolean bracket = false;
      if (s.isPunct(q, "/") || s.isPunct(q, "-") || s.isPunct(q, "(")) {
        bracket = s.isPunct(q, "(");
        q++;
      }
      Entry other = e(q, Cls.MONTH);
      if (other != null && other.num() == m.num() && !s.key[q].equals(s.key[j])) {
        q = after(q);
        if (bracket) {
          if (s.isPunct(q, ")")) {
            q++;
            paired = true;
            k = q;
          }
        } else {
          paired = true;
          k = q;
        }
      }
    }
    rValue = m.num();
    rNext = k;
    rHijri = hijri;
    // "في مارس" is the month; "مارس الضغط" the verb: a preposition before a weak name supports it
    rSupported = !m.weak() || word || paired || has(i - 1, Cls.YEARPREP) || has(i - 1, Cls.AGO);
    return true;
  }

  /** A year after a month or a day: ", 2018", "عام 2018", "1439 هـ", "2018م". Sets rValue, rNext, rHijri. */
  private boolean yearAt(int i, boolean hijriMonth) {
    int j = i;
    if (s.isPunct(j, ",")) {
      j++;
    }
    if (has(j, Cls.YEARWORD) && s.isNum(after(j))) {
      j = after(j);
    }
    if (!s.isNum(j) || s.digits[j] < 3 || s.digits[j] > 4) {
      return false;
    }
    int y = (int) s.num[j];
    int k = j + 1;
    boolean ah = false;
    if (has(k, Cls.AH)) {
      ah = true;
      k = after(k);
    } else if (has(k, Cls.AD)) {
      k = after(k);
    }
    boolean hijri = ah || hijriMonth;
    if (hijri ? (y < 1 || y > 1700) : (s.digits[j] != 4 || y < 1000 || y > 2199)) {
      return false;
    }
    rValue = y;
    rNext = k;
    rHijri = hijri;
    return true;
  }

  /** A day and month (and year): "20 أيار 2018", "الـ 19 من أيار الجاري", "التاسع عشر من شهر رمضان 1439 هـ". */
  private Expr dateFrom(int i) {
    Expr numeric = numericDate(i);
    if (numeric != null) {
      return numeric;
    }
    if (!dayAt(i)) {
      return null;
    }
    int d = rValue;
    int j = rNext;
    if (has(j, Cls.OF)) {
      j = after(j);
    }
    if (!monthAt(j)) {
      return null;
    }
    int m = rValue;
    boolean hijri = rHijri;
    int k = rNext;
    return monthTail(m, d, hijri, k, true);
  }

  /** What follows a month: a year (also "من عام 1986"), a modifier, "من العام الماضي", or nothing. */
  private Expr monthTail(int m, int d, boolean hijri, int k, boolean supported) {
    // "8 سبتمبر من عام 1986": the year may follow من with its year word
    boolean ofYear = has(k, Cls.OF) && has(after(k), Cls.YEARWORD);
    if (yearAt(k, hijri) || ofYear && yearAt(after(k), hijri)) {
      int y = rValue;
      int next = rNext;
      String v;
      if (rHijri) {
        v = Calendars.hijri(y, m, d);
      } else if (d > 0) {
        LocalDate date = Calendars.date(y, m, d);
        v = date == null ? null : date.toString();
      } else {
        v = Calendars.year(y) + "-" + Expr.two(m);
      }
      return v == null ? null : abs(v, TemporalType.DATE, next);
    }
    Expr x = expr(hijri ? Expr.Op.HIJRI_MONTH : Expr.Op.NAMED_MONTH, k);
    x.month = m;
    x.day = d;
    x.dir = 2;
    Entry mod = e(k, Cls.MOD);
    if (mod != null) {
      x.dir = mod.num();
      x.nextToken = after(k);
      if (mod.num() == 0 && !hijri) {
        x.anchorMonth = m;
      }
      // "الـ 20 من أيار الجاري من العام 2018": the year may still follow the modifier
      int q = has(x.nextToken, Cls.OF) ? after(x.nextToken) : x.nextToken;
      if (q != x.nextToken && yearAt(q, hijri)) {
        int year = rValue;
        Expr full = monthTail(m, d, hijri, q, true);
        if (full != null) {
          full.anchorMonth = x.anchorMonth;
          full.anchorYear = mod.num() == 0 && !hijri ? year : 0;
          return full;
        }
      }
      return x;
    }
    int q = has(k, Cls.OF) ? after(k) : k;
    if (has(q, Cls.THIS) && e(after(q), Cls.THE) != null && e(after(q), Cls.THE).value().equals("Y")) {
      x.yearOffset = 0;
      x.nextToken = after(after(q));
      return x;
    }
    Entry the = e(q, Cls.THE);
    if (the != null && the.value().equals("Y") && has(after(q), Cls.MOD)) {
      x.yearOffset = e(after(q), Cls.MOD).num();
      x.nextToken = after(after(q));
      return x;
    }
    if (!supported) {
      return null;
    }
    return x;
  }

  /** A month with a year or modifier, or a strong month alone. */
  private Expr month(int i) {
    if (!monthAt(i)) {
      return null;
    }
    return monthTail(rValue, 0, rHijri, rNext, rSupported);
  }

  /** A bare year: "2018م", "1439 هـ", "في 2018". */
  private Expr yearNumber(int i) {
    int y = numAt(i, 3, 4, 1, 2199);
    if (y < 0) {
      return null;
    }
    int k = i + 1;
    if (has(k, Cls.AH)) {
      String v = Calendars.hijriYearValue(y);
      return v == null ? null : abs(v, TemporalType.DATE, after(k));
    }
    if (s.digits[i] != 4 || y < 1000) {
      return null;
    }
    if (has(k, Cls.AD)) {
      return abs(Calendars.year(y), TemporalType.DATE, after(k));
    }
    if (y >= 1900 && y <= 2100 && (has(i - 1, Cls.YEARPREP) || has(i - 1, Cls.AGO) || has(i - 1, Cls.AFTER)
        || has(i - 1, Cls.FOR))) {
      return abs(Calendars.year(y), TemporalType.DATE, i + 1);
    }
    return null;
  }

  /** "عام 2011", "العام 2018", "سنة 1439 هـ". */
  private Expr yearWord(int i) {
    int j = after(i);
    if (!s.isNum(j)) {
      return null;
    }
    Expr x = yearNumberAfterWord(j);
    return x;
  }

  private Expr yearNumberAfterWord(int j) {
    int y = numAt(j, 3, 4, 1, 2199);
    if (y < 0) {
      return null;
    }
    if (has(j + 1, Cls.AH)) {
      String v = Calendars.hijriYearValue(y);
      return v == null ? null : abs(v, TemporalType.DATE, after(j + 1));
    }
    if (s.digits[j] != 4 || y < 1000) {
      return null;
    }
    return abs(Calendars.year(y), TemporalType.DATE, has(j + 1, Cls.AD) ? after(j + 1) : j + 1);
  }

  /**
   * A deictic day (اليوم، أمس، غداً، أول من أمس، بعد غد), optionally with its weekday ("أمس الأربعاء",
   * "اليوم (الجمعة)") and an explicit date ("اليوم الأحد، الـ 20 من أيار 2018").
   */
  private Expr day(int i, String part) {
    int offset = e(i, Cls.DAY).num();
    int j = after(i);
    DayOfWeek named = null;
    int q = j;
    boolean bracket = false;
    if (s.isPunct(q, "(") || s.isPunct(q, ",") || s.isPunct(q, "-")) {
      bracket = s.isPunct(q, "(");
      q++;
    }
    Entry wd = strong(q, Cls.WEEKDAY);
    if (wd != null) {
      int r = after(q);
      if (bracket) {
        if (s.isPunct(r, ")")) {
          named = DayOfWeek.of(wd.num());
          j = r + 1;
        }
      } else {
        named = DayOfWeek.of(wd.num());
        j = r;
      }
    }
    int dq = j;
    if (s.isPunct(dq, ",") || s.isPunct(dq, "-")) {
      dq++;
    }
    if (has(dq, Cls.DAYWORD)) {
      dq = after(dq);
    }
    Expr date = dateFrom(dq);
    if (date != null && ((date.op == Expr.Op.ABS && date.abs.length() == 10)
        || (date.op == Expr.Op.NAMED_MONTH && date.day > 0 && date.yearOffset == null))) {
      date.today = true;
      date.offset = offset;
      date.namedWeekday = named;
      if (part != null) {
        if (date.op == Expr.Op.ABS) {
          date.abs = date.abs + "T" + part;
        } else {
          date.part = part;
        }
        date.type = TemporalType.TIME;
      }
      return date;
    }
    Expr x = expr(Expr.Op.DAY, j);
    x.offset = offset;
    x.namedWeekday = named;
    x.part = part;
    if (part != null) {
      x.type = TemporalType.TIME;
    }
    return x;
  }

  /** "الليلة", "الليلة الماضية". */
  private Expr tonight(int i) {
    Expr x = expr(Expr.Op.DAY, after(i));
    x.part = "NI";
    x.type = TemporalType.TIME;
    Entry mod = e(after(i), Cls.MOD);
    if (mod != null && mod.num() < 0) {
      x.offset = -1;
      x.nextToken = after(after(i));
    }
    return x;
  }

  /** A part of the day before a day: "صباح اليوم", "فجر يوم أمس الأحد", "مساء الخميس", "ليل السبت – الأحد". */
  private Expr part(int i) {
    String code = e(i, Cls.PART).value();
    String part = code.equals("24") ? "24:00" : code;
    int j = after(i);
    boolean dayWord = false;
    if (has(j, Cls.DAYWORD) && e(j, Cls.DAYWORD).num() == 1) {
      j = after(j);
      dayWord = true;
    }
    if (has(j, Cls.DAY)) {
      Expr x = day(j, part);
      x.start = start(i);
      return x;
    }
    Entry wd = dayWord ? e(j, Cls.WEEKDAY) : strong(j, Cls.WEEKDAY);
    if (wd != null) {
      Expr x = weekdayTail(j, wd);
      int k = x.nextToken;
      int nextDay = DayOfWeek.of(wd.num()).plus(1).getValue();
      if ((s.isPunct(k, "-") || s.isPunct(k, "/")) && has(k + 1, Cls.WEEKDAY)
          && e(k + 1, Cls.WEEKDAY).num() == nextDay) {
        x.nextToken = after(k + 1);
      } else if (has(k, Cls.WEEKDAY) && conj(k) && e(k, Cls.WEEKDAY).num() == nextDay) {
        x.nextToken = after(k);
      }
      if (x.op == Expr.Op.ABS) {
        if (x.abs.length() == 10) {
          x.abs = x.abs + "T" + part;
          x.type = TemporalType.TIME;
        }
      } else {
        x.part = part;
        x.type = TemporalType.TIME;
      }
      x.start = start(i);
      return x;
    }
    Expr date = dateFrom(j);
    if (date != null && date.op == Expr.Op.ABS && date.abs.length() == 10) {
      date.abs = date.abs + "T" + part;
      date.type = TemporalType.TIME;
      date.start = start(i);
      return date;
    }
    return null;
  }

  /** "يوم أمس", "يوم الجمعة", "يوم 20 مايو", "يومي الثلاثاء والأربعاء القادمين". */
  private Expr dayWord(int i) {
    int j = after(i);
    int count = e(i, Cls.DAYWORD).num();
    Expr x = null;
    if (count == 1 && has(j, Cls.DAY)) {
      x = day(j, null);
    } else if (has(j, Cls.WEEKDAY)) {
      x = weekday(j, true);
    } else if (count == 1) {
      x = dateFrom(j);
    }
    if (x != null) {
      x.start = start(i);
    }
    return x;
  }

  /** A weekday, optionally followed by a date ("الأحد 20 مايو 2018") or a modifier ("الخميس المقبل"). */
  private Expr weekday(int i, boolean afterDayWord) {
    Entry wd = afterDayWord ? e(i, Cls.WEEKDAY) : strong(i, Cls.WEEKDAY);
    if (wd == null) {
      return null;
    }
    return weekdayTail(i, wd);
  }

  private Expr weekdayTail(int i, Entry wd) {
    DayOfWeek w = DayOfWeek.of(wd.num());
    int j = after(i);
    int q = s.isPunct(j, ",") || s.isPunct(j, "-") ? j + 1 : j;
    Expr date = dateFrom(q);
    if (date != null) {
      date.namedWeekday = w;
      date.start = start(i);
      return date;
    }
    Expr x = expr(Expr.Op.WEEKDAY, j);
    x.weekday = w;
    Entry mod = e(j, Cls.MOD);
    if (mod != null) {
      x.dir = mod.num() == 0 ? 0 : mod.num();
      x.nextToken = after(j);
      return x;
    }
    // "يومي الثلاثاء والأربعاء القادمين": the modifier after the second weekday applies to both
    Entry second = e(j, Cls.WEEKDAY);
    if (second != null && conj(j)) {
      Entry mod2 = e(after(j), Cls.MOD);
      if (mod2 != null) {
        x.dir = mod2.num();
      }
    }
    return x;
  }

  /** "أواخر أيار الماضي", "مطلع العام الجاري", "منتصف الشهر", "نهاية عام 2017". */
  private Expr edge(int i) {
    Entry ed = e(i, Cls.EDGE);
    int j = after(i);
    if (has(j, Cls.OF)) {
      j = after(j);
    }
    Expr x = null;
    if (has(j, Cls.MONTH) || has(j, Cls.HIJRI) || has(j, Cls.MONTHWORD)) {
      if (monthAt(j)) {
        x = monthTail(rValue, 0, rHijri, rNext, true);
      }
    } else if (has(j, Cls.THE) || has(j, Cls.THIS)) {
      x = period(j);
      if (x == null && has(j, Cls.THE)) {
        x = yearWord(j);
        if (x == null) {
          x = expr(theOp(e(j, Cls.THE).value()), after(j));
        }
      }
    } else if (has(j, Cls.YEARWORD)) {
      x = yearWord(j);
    } else if (s.isNum(j)) {
      x = yearNumberAfterWord(j);
    }
    if (x == null) {
      return null;
    }
    x.edge = ed.value();
    x.start = start(i);
    return x;
  }

  private static Expr.Op theOp(String unit) {
    return switch (unit) {
      case "W" -> Expr.Op.WEEK;
      case "M" -> Expr.Op.MONTH;
      default -> Expr.Op.YEAR;
    };
  }

  /** "الأسبوع الماضي", "الشهر الجاري", "العام المقبل", "هذا العام", "العام الماضي 2017". */
  private Expr period(int i) {
    int j = i;
    boolean self = false;
    if (has(j, Cls.THIS)) {
      j = after(j);
      self = true;
    }
    Entry the = e(j, Cls.THE);
    if (the == null) {
      return null;
    }
    if (!self && the.value().equals("Y") && has(j - 1, Cls.GENERAL)) {
      return null; // الأمين العام السابق: the former secretary-general, not last year
    }
    int k = after(j);
    int offset;
    if (self) {
      offset = 0;
    } else {
      Entry mod = e(k, Cls.MOD);
      if (mod == null) {
        return the.value().equals("Y") ? yearWord(j) : null;
      }
      offset = mod.num();
      k = after(k);
    }
    Expr x = expr(theOp(the.value()), k);
    x.offset = offset;
    if (x.op == Expr.Op.YEAR) {
      int y = numAt(k, 4, 4, 1000, 2199);
      if (y > 0 && (has(k + 1, Cls.AH) || (y >= HIJRI_NUMERIC_FROM && y <= HIJRI_NUMERIC_TO))) {
        // "هذا العام 1439": a Hijri year straddles two Gregorian years, so it fixes no Gregorian year
        String v = Calendars.hijriYearValue(y);
        if (v != null) {
          x = abs(v, TemporalType.DATE, has(k + 1, Cls.AH) ? after(k + 1) : k + 1);
        }
      } else if (y > 0) {
        x = abs(Calendars.year(y), TemporalType.DATE, has(k + 1, Cls.AD) ? after(k + 1) : k + 1);
        x.anchorYear = y - offset;
      }
    }
    return x;
  }

  /** A count in digits or words: "3", "عشرة", "خمسة عشر", "خمسة وعشرين", "عشرين". Sets rValue, rNext. */
  private boolean quantAt(int i) {
    return numberAt(i, 5, 99999, Cls.CARD, Cls.TENS, false);
  }

  /**
   * A number: 1 to {@code max} in at most {@code maxDigits} digits, or in words: a {@code units} word with the tens
   * or عشر after it ("التاسع عشر", "خمسة وعشرين"; at most {@code max}), or a {@code tens} word alone (not checked
   * against {@code max}). Words written with a proclitic count only when {@code withClitic}. Sets rValue, rNext.
   */
  private boolean numberAt(int i, int maxDigits, int max, Cls units, Cls tens, boolean withClitic) {
    int n = numAt(i, 1, maxDigits, 1, max);
    if (n > 0) {
      rValue = n;
      rNext = i + 1;
      return true;
    }
    Entry unit = e(i, units);
    if (unit != null && (withClitic || clitic[i] == 0)) {
      compound(i, unit.num(), tens);
      return rValue <= max;
    }
    Entry ten = e(i, tens);
    if (ten != null && (withClitic || clitic[i] == 0)) {
      rValue = ten.num();
      rNext = after(i);
      return true;
    }
    return false;
  }

  /** The TIMEX3 duration of {@code n} units. */
  private static String period(char unit, int n) {
    return switch (unit) {
      case 'H' -> "PT" + n + "H";
      case 'N' -> "PT" + n + "M";
      case 'S' -> "PT" + n + "S";
      case 'E' -> "P" + (10L * n) + "Y";
      default -> "P" + n + unit;
    };
  }

  /**
   * A definite plural unit with a modifier: "الأشهر الماضية" ({@code PAST_REF}), "السنوات الثلاث الماضية" and
   * "الساعات الـ24 المقبلة" (durations).
   */
  private Expr plural(int i) {
    char unit = e(i, Cls.THEPL).value().charAt(0);
    int j = after(i);
    int n = 0;
    if (has(j, Cls.DEF) && numAt(j + 1, 1, 4, 1, 9999) > 0) {
      n = (int) s.num[j + 1];
      j += 2;
    } else if (numAt(j, 1, 4, 1, 9999) > 0) {
      n = (int) s.num[j];
      j++;
    } else {
      int card = definiteCard(j);
      if (card > 0) {
        n = card;
        j++;
      }
    }
    Entry mod = e(j, Cls.MOD);
    if (mod == null || mod.num() == 0) {
      return null;
    }
    if (n > 0) {
      return abs(period(unit, n), TemporalType.DURATION, after(j));
    }
    return abs(mod.num() < 0 ? "PAST_REF" : "FUTURE_REF", TemporalType.DATE, after(j));
  }

  /** A cardinal with the article ("الثلاث", "الخمسة"), or 0. */
  private int definiteCard(int i) {
    if (!s.isWord(i) || clitic[i] > 0 || !s.key[i].startsWith("\u0627\u0644") || s.key[i].length() < 4) {
      return 0;
    }
    for (Phrase p : lex.startingWith(s.key[i].substring(2))) {
      Entry card = p.keys().length == 1 ? p.get(Cls.CARD) : null;
      if (card != null) {
        return card.num();
      }
    }
    return 0;
  }

  /** "36 ساعة", "ثلاثة أسابيع", "الـ24 ساعة". */
  private Expr duration(int i, int first) {
    if (!quantAt(i)) {
      return null;
    }
    int n = rValue;
    int j = rNext;
    Entry unit = e(j, Cls.UNIT);
    if (unit == null || clitic[j] > 0) {
      return null;
    }
    int after = after(j);
    if (s.isNum(after) && s.digits[after] == 4) {
      return null; // "3 عام 2018" is no duration
    }
    Expr x = abs(period(unit.value().charAt(0), n), TemporalType.DURATION, after);
    x.start = start(first);
    return x;
  }

  /** A dual unit alone: "يومين", "ساعتين", "أسبوعين". */
  private Expr dualDuration(int i) {
    Entry unit = e(i, Cls.UNIT);
    if (unit.value().charAt(1) != '2') {
      return null;
    }
    return abs(period(unit.value().charAt(0), 2), TemporalType.DURATION, after(i));
  }

  /** "لمدة ساعة", "خلال يوم": a singular unit after a duration preposition (the span is the unit). */
  private Expr forUnit(int i) {
    int j = after(i);
    Entry unit = e(j, Cls.UNIT);
    if (unit == null || unit.weak() || unit.value().charAt(1) != '1' || s.isNum(after(j))) {
      return null;
    }
    Expr x = abs(period(unit.value().charAt(0), 1), TemporalType.DURATION, after(j));
    x.start = start(j);
    return x;
  }

  /** "منذ عشرة أيام", "قبل يومين", "بعد أسبوع", "منذ سنوات". */
  private Expr shift(int i) {
    int sign = has(i, Cls.AGO) ? -1 : 1;
    int j = after(i);
    if (has(j, Cls.APPROX)) {
      j = after(j);
    }
    int n;
    char unit;
    int next;
    if (quantAt(j) && has(rNext, Cls.UNIT) && clitic[rNext] == 0) {
      n = rValue;
      Entry u = e(rNext, Cls.UNIT);
      unit = u.value().charAt(0);
      next = after(rNext);
    } else if (has(j, Cls.UNIT) || (has(j, Cls.DAYWORD) && e(j, Cls.DAYWORD).num() == 1)) {
      Entry u = e(j, Cls.UNIT);
      if (u == null) {
        unit = 'D';
        n = 1;
      } else {
        if (u.weak()) {
          return null;
        }
        unit = u.value().charAt(0);
        n = u.value().charAt(1) - '0';
      }
      next = after(j);
      if (s.isNum(next)) {
        return null; // "منذ عام 2011": a year, read from its own word
      }
      if (n == 0) {
        Expr x = abs(sign < 0 ? "PAST_REF" : "FUTURE_REF", TemporalType.DATE, next);
        return x;
      }
    } else {
      return null;
    }
    Expr x = expr(Expr.Op.SHIFT, next);
    x.offset = sign * n;
    x.unit = unit;
    if (unit == 'H' || unit == 'N' || unit == 'S') {
      x.type = TemporalType.TIME;
    }
    return x;
  }

  /** "كل يوم جمعة", "كل أسبوع", "كل ثلاثة أيام". */
  private Expr every(int i) {
    int j = after(i);
    boolean dayWord = has(j, Cls.DAYWORD) && e(j, Cls.DAYWORD).num() == 1;
    int q = dayWord ? after(j) : j;
    Entry wd = dayWord ? e(q, Cls.WEEKDAY) : strong(q, Cls.WEEKDAY);
    if (wd != null) {
      return abs("XXXX-WXX-" + wd.num(), TemporalType.SET, after(q));
    }
    if (dayWord) {
      return abs("P1D", TemporalType.SET, after(j));
    }
    Entry unit = e(j, Cls.UNIT);
    if (unit != null && !unit.weak() && unit.value().charAt(1) == '1' && !s.isNum(after(j))) {
      return abs(period(unit.value().charAt(0), 1), TemporalType.SET, after(j));
    }
    if (unit != null && unit.value().charAt(1) == '2') {
      return abs(period(unit.value().charAt(0), 2), TemporalType.SET, after(j));
    }
    if (quantAt(j) && has(rNext, Cls.UNIT)) {
      return abs(period(e(rNext, Cls.UNIT).value().charAt(0), rValue), TemporalType.SET, after(rNext));
    }
    return null;
  }

  /**
   * True for a dot or Arabic decimal separator between an hour and its minutes after a clock word, written without
   * spaces ({@code الساعة 10.30}, {@code الساعة ١٠٫٣٠}): the clock's separator, not a decimal point.
   */
  private boolean isClockDot(int k) {
    return k < s.size && (s.isPunct(k, ".") || s.isPunct(k, String.valueOf(ArabicLetters.ARABIC_DECIMAL_SEPARATOR)))
        && Digits.joinsDigits(line, s.start[k]);
  }

  /** "الساعة 10:30 صباحاً", "الساعة 10.30", "الساعة العاشرة مساءً". */
  private Expr clock(int i) {
    int j = after(i);
    int h;
    int m = 0;
    int next;
    if (s.isNum(j)) {
      h = numAt(j, 1, 2, 0, 24);
      next = j + 1;
      if (h >= 0 && (s.isPunct(j + 1, ":") || isClockDot(j + 1)) && s.isNum(j + 2)) {
        m = numAt(j + 2, 2, 2, 0, 59);
        next = j + 3;
      }
    } else {
      Entry ord = e(j, Cls.ORDF);
      if (ord == null) {
        return null;
      }
      h = ord.num();
      next = after(j);
      Entry ten = e(next, Cls.CARD);
      if (h <= 2 && ten != null && ten.num() == 10) {
        h += 10;
        next = after(next);
      }
    }
    if (h < 0 || m < 0) {
      return null;
    }
    Entry adv = e(next, Cls.PARTADV);
    if (adv != null) {
      if ((adv.value().equals("EV") || adv.value().equals("NI") || adv.value().equals("AF")) && h < 12) {
        h += 12;
      }
      next = after(next);
    }
    if (has(next, Cls.TZ) && s.isWord(after(next))) {
      next = after(after(next));
    }
    Expr x = expr(Expr.Op.DAY, next);
    x.part = Expr.two(h) + ":" + Expr.two(m);
    x.type = TemporalType.TIME;
    return x;
  }

  /**
   * Completes a number whose unit word is at {@code i} with value {@code unit}: "N عشر" (teens) or "N و<tens>"
   * ("خمسة وعشرون", "الحادي والعشرون"), reading the tens from class {@code tensClass}. Sets {@link #rValue} and
   * {@link #rNext}.
   */
  private void compound(int i, int unit, Cls tensClass) {
    int v = unit;
    int j = after(i);
    Entry ten = e(j, Cls.CARD);
    Entry tens = e(j, tensClass);
    if (v < 10 && ten != null && ten.num() == 10 && clitic[j] == 0) {
      v += 10;
      j = after(j);
    } else if (v < 10 && tens != null && conj(j)) {
      v += tens.num();
      j = after(j);
    }
    rValue = v;
    rNext = j;
  }
}
