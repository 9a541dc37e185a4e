package org.khabar.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.khabar.model.DateBasis;
import org.khabar.model.Published;

/**
 * Decides an article's publication day, in order of trust:
 * <ol>
 *   <li>metadata: the container's date field ({@link MetadataDates});
 *   <li>explicit: the text equates the day with a date ("اليوم الأحد، الـ 20 من أيار / مايو 2018"), or a dateline
 *       (a line near the top that is mostly one full date);
 *   <li>relative: the text's constraints ({@link #constraints}): the weekday of "اليوم الخميس" or "أمس الأربعاء",
 *       the year of "العام الجاري 2018", the month of "أيار الجاري", the latest full date (day, month and year)
 *       not reported as future (the article is not earlier) and the earliest date reported as future (the article
 *       is earlier). Bare years and months do not bound the article from below: they name plans ("عام 2030") as
 *       often as the past. "أيار الماضي" / "أيار المقبل" only say the article is not in May (in March, "أيار
 *       الماضي" is last year's May), which trims the bounds at their edges.
 * </ol>
 * A day is claimed only when exactly one is determined. Every decision lists its evidence.
 *
 * <p>Stateless and thread-safe.
 */
final class PublicationDating {
  private PublicationDating() {}

  /** How many lines from the top a dateline may be on. */
  private static final int DATELINE_LINES = 3;
  /** A past date later than the next latest one by more than this is an outlier (a misread future date). */
  private static final int OUTLIER_DAYS = 366;
  /** Years outside this range are no plausible publication year of a news text ("العام الحالي 1071" is a typo). */
  private static final int MIN_ANCHOR_YEAR = 1900;
  private static final int MAX_ANCHOR_YEAR = 2100;

  /** The decision and what led to it. */
  record Decision(Published published, DateConstraints constraints, List<String> conflicts) {}

  /**
   * Dates one article.
   *
   * @param metadataPublished the container's date field, or null
   * @param exprs every tagged expression of the article, in line order
   * @param leadLines numbers of the lines that may carry a dateline or a statement of the day (byline, first
   *     lines)
   * @param lineTexts the text of those lines, by number
   */
  static Decision decide(
      String metadataPublished, List<Expr> exprs, Set<Integer> leadLines, Map<Integer, String> lineTexts) {
    List<String> conflicts = new ArrayList<>();
    Quotes quotes = new Quotes();
    for (Expr e : exprs) {
      // "today" inside a quotation or deep in the body is the day of the quoted statement or of a reported event,
      // often the day before publication: it then only bounds the article from below, like any past date
      if (e.today && (!leadLines.contains(e.line) || quotes.inside(e, lineTexts.get(e.line)))) {
        e.today = false;
        e.quoted = true;
      } else if (e.namedWeekday != null && e.op == Expr.Op.DAY && quotes.inside(e, lineTexts.get(e.line))) {
        e.quoted = true;
      }
    }
    DateConstraints own = constraints(exprs, conflicts);
    Optional<LocalDate> meta = MetadataDates.parse(metadataPublished);
    if (meta.isPresent()) {
      LocalDate d = meta.get();
      return new Decision(
          new Published(d, d, d, d.getDayOfWeek(), DateBasis.METADATA, List.of("metadata published: " + metadataPublished.strip())),
          own, conflicts);
    }
    Published explicit = explicit(exprs, own, leadLines, lineTexts, conflicts);
    if (explicit != null) {
      return new Decision(explicit, own, conflicts);
    }
    if (own.isEmpty()) {
      List<String> why = new ArrayList<>(own.evidence());
      why.add(metadataPublished == null || metadataPublished.isBlank() ? "no metadata date"
          : "unreadable metadata date: " + metadataPublished.strip());
      why.add("the text states no day, weekday or bounds");
      return new Decision(new Published(null, null, null, null, DateBasis.UNKNOWN, why), own, conflicts);
    }
    return new Decision(own.toPublished(DateBasis.RELATIVE), own, conflicts);
  }

  private static Published explicit(List<Expr> exprs, DateConstraints own, Set<Integer> leadLines,
      Map<Integer, String> lineTexts, List<String> conflicts) {
    Map<LocalDate, List<String>> days = new LinkedHashMap<>();
    for (Expr e : exprs) {
      if (!e.today) {
        continue;
      }
      if (e.op == Expr.Op.ABS) {
        LocalDate stated = LocalDate.parse(e.abs.substring(0, 10));
        if (e.namedWeekday != null && stated.getDayOfWeek() != e.namedWeekday) {
          conflicts.add(conflict(e, stated));
          continue;
        }
        days.computeIfAbsent(stated.minusDays(e.offset), k -> new ArrayList<>()).add(evidence(e, "states the day"));
      } else if (e.op == Expr.Op.NAMED_MONTH && e.day > 0) {
        // "اليوم الأحد 20 أيار": the year is the one, among those the text allows, where the weekday fits
        for (int y : candidateYears(exprs, own)) {
          LocalDate stated = Calendars.date(y, e.month, e.day);
          if (stated != null && (e.namedWeekday == null || stated.getDayOfWeek() == e.namedWeekday)
              && within(stated.minusDays(e.offset), own)) {
            days.computeIfAbsent(stated.minusDays(e.offset), k -> new ArrayList<>())
                .add(evidence(e, "states the day; year " + y + (e.namedWeekday != null ? " fits its weekday" : "")));
          }
        }
      }
    }
    if (days.isEmpty()) {
      Map<Integer, Integer> letterCounts = new java.util.HashMap<>();
      for (Expr e : exprs) {
        if (e.op == Expr.Op.ABS && e.abs.length() >= 10 && Character.isDigit(e.abs.charAt(0))
            && leadLines.contains(e.line) && isDateline(e, lineTexts, letterCounts)) {
          LocalDate stated = LocalDate.parse(e.abs.substring(0, 10));
          if (e.namedWeekday != null && stated.getDayOfWeek() != e.namedWeekday) {
            conflicts.add(conflict(e, stated));
            continue;
          }
          days.computeIfAbsent(stated, k -> new ArrayList<>()).add(evidence(e, "dateline"));
          break;
        }
      }
    }
    if (days.size() != 1) {
      if (days.size() > 1) {
        conflicts.add("conflict: the text states different days: " + days.keySet());
      }
      return null;
    }
    Map.Entry<LocalDate, List<String>> only = days.entrySet().iterator().next();
    LocalDate d = only.getKey();
    if (own.weekday() != null && own.weekday() != d.getDayOfWeek()) {
      conflicts.add("conflict: stated day " + d + " is a " + name(d.getDayOfWeek()) + " but the text's weekday is "
          + name(own.weekday()));
      return null;
    }
    return new Published(d, d, d, d.getDayOfWeek(), DateBasis.EXPLICIT, only.getValue());
  }

  /**
   * Tells whether expressions stand inside a quotation on their line. Expressions come in line order, so each line
   * is scanned once, from its start to its last expression (linear even for megabyte lines).
   */
  static final class Quotes {
    private int line = -1;
    private int pos;
    private int straight;
    private int open;

    boolean inside(Expr e, String text) {
      if (text == null) {
        return false;
      }
      if (e.line != line || e.start < pos) {
        line = e.line;
        pos = 0;
        straight = 0;
        open = 0;
      }
      for (; pos < e.start && pos < text.length(); pos++) {
        char c = text.charAt(pos);
        if (c == '"') {
          straight++;
        } else if (c == '\u201C' || c == '\u00AB') {
          open++;
        } else if ((c == '\u201D' || c == '\u00BB') && open > 0) {
          open--;
        }
      }
      return straight % 2 == 1 || open > 0;
    }
  }

  private static boolean isDateline(Expr e, Map<Integer, String> lineTexts, Map<Integer, Integer> letterCounts) {
    int total = letterCounts.computeIfAbsent(e.line, n -> {
      String line = lineTexts.get(n);
      int count = 0;
      for (int i = 0; line != null && i < line.length(); i++) {
        if (Character.isLetterOrDigit(line.charAt(i))) {
          count++;
        }
      }
      return count;
    });
    if (total == 0) {
      return false;
    }
    int inside = 0;
    for (int i = 0; i < e.text.length(); i++) {
      if (Character.isLetterOrDigit(e.text.charAt(i))) {
        inside++;
      }
    }
    return inside * 3 >= total * 2; // a dateline is (nearly) all date: "دمشق - 20 أيار 2018"
  }

  private static boolean within(LocalDate d, DateConstraints c) {
    return (c.earliest() == null || !d.isBefore(c.earliest())) && (c.latest() == null || !d.isAfter(c.latest()));
  }

  /** Years the article may be from: those its bounds allow. */
  private static Set<Integer> candidateYears(List<Expr> exprs, DateConstraints own) {
    // the years a text mentions are not its own year (a stated "Friday 10 August" fits 2012 as well as 2018), so
    // the year comes only from bounds that the text itself ties to its day
    Set<Integer> years = new TreeSet<>();
    if (own.earliest() != null && own.latest() != null && own.latest().getYear() - own.earliest().getYear() <= 1) {
      for (int y = own.earliest().getYear(); y <= own.latest().getYear(); y++) {
        years.add(y);
      }
    }
    return years;
  }

  /** What the text alone says about the publication day. */
  static DateConstraints constraints(List<Expr> exprs, List<String> conflicts) {
    List<String> evidence = new ArrayList<>();
    Map<DayOfWeek, List<String>> weekdays = new LinkedHashMap<>();
    Map<Integer, List<String>> years = new LinkedHashMap<>();
    Set<Integer> months = new LinkedHashSet<>();
    Map<Integer, String> notMonths = new LinkedHashMap<>();
    Set<Integer> futureMonthDays = new java.util.HashSet<>();
    List<String> monthEvidence = new ArrayList<>();
    TreeSet<LocalDate> past = new TreeSet<>();
    Map<LocalDate, String> pastEvidence = new LinkedHashMap<>();
    LocalDate future = null;
    String futureEvidence = null;
    List<LocalDate[]> futureSpans = new ArrayList<>();
    for (Expr e : exprs) {
      if (e.namedWeekday != null && !e.quoted && (e.op == Expr.Op.DAY || e.today)) {
        DayOfWeek anchorDay = e.namedWeekday.minus(e.offset);
        weekdays.computeIfAbsent(anchorDay, k -> new ArrayList<>()).add(evidence(e, "weekday " + name(anchorDay)));
      }
      if (e.anchorYear >= MIN_ANCHOR_YEAR && e.anchorYear <= MAX_ANCHOR_YEAR) {
        years.computeIfAbsent(e.anchorYear, k -> new ArrayList<>()).add(evidence(e, "year " + e.anchorYear));
      }
      if (e.anchorMonth > 0) {
        months.add(e.anchorMonth);
        monthEvidence.add(evidence(e, "month " + e.anchorMonth));
      }
      if (e.op == Expr.Op.NAMED_MONTH && e.dir == 1) {
        futureMonthDays.add(e.month * 100 + e.day);
      }
      if (e.op == Expr.Op.NAMED_MONTH && (e.dir == -1 || e.dir == 1) && e.yearOffset == null) {
        // "أيار الماضي" or "أيار المقبل" is never written in May itself (that is "أيار الجاري"); it does not say
        // the article is later than May: in March, "أيار الماضي" is last year's May
        notMonths.putIfAbsent(e.month, evidence(e, "not in month " + e.month));
      }
      if (e.op == Expr.Op.ABS && e.type != org.khabar.model.TemporalType.DURATION
          && e.type != org.khabar.model.TemporalType.SET && !e.today) {
        LocalDate[] span = span(e.abs);
        if (span == null) {
          continue;
        }
        if (e.future) {
          futureSpans.add(span);
          if (future == null || span[1].isBefore(future)) {
            future = span[1];
            futureEvidence = evidence(e, "reported as future: not later than " + span[1]);
          }
        } else if (span[0].equals(span[1])) {
          // only full dates bound the article from below: a bare year or month is as often a plan ("عام 2030")
          past.add(span[0]);
          pastEvidence.putIfAbsent(span[0], evidence(e, "reported as past: not earlier than " + span[0]));
        }
      }
    }
    // a date the text also names as future ("في فبراير 2019 ... 28 فبراير 2019") is no past date
    past.removeIf(d -> futureSpans.stream().anyMatch(sp -> !d.isBefore(sp[0]) && !d.isAfter(sp[1])));
    // ... nor is a date whose day and month the text calls coming ("24 يونيو المقبل" ... "24 يونيو 2018")
    past.removeIf(d -> futureMonthDays.contains(d.getMonthValue() * 100 + d.getDayOfMonth())
        || futureMonthDays.contains(d.getMonthValue() * 100));
    DayOfWeek weekday = null;
    if (weekdays.size() == 1) {
      Map.Entry<DayOfWeek, List<String>> w = weekdays.entrySet().iterator().next();
      weekday = w.getKey();
      evidence.addAll(w.getValue());
    } else if (weekdays.size() > 1) {
      conflicts.add("conflict: the text implies different weekdays for its day: " + weekdays.values());
    }
    LocalDate earliest = null;
    LocalDate latest = null;
    // a past date far later than all the others is more likely a misread future date than the article's era
    while (past.size() >= 2 && past.last().toEpochDay() - past.lower(past.last()).toEpochDay() > OUTLIER_DAYS) {
      evidence.add("ignored outlier: " + pastEvidence.get(past.last()));
      past.remove(past.last());
    }
    if (!past.isEmpty()) {
      earliest = past.last();
      evidence.add(pastEvidence.get(earliest));
    }
    if (future != null && (earliest == null || !future.isBefore(earliest))) {
      latest = future;
      evidence.add(futureEvidence);
    } else if (future != null) {
      conflicts.add("conflict: " + futureEvidence + " but " + pastEvidence.get(earliest));
    }
    if (years.size() == 1) {
      int y = years.keySet().iterator().next();
      LocalDate from = LocalDate.of(y, 1, 1);
      LocalDate to = LocalDate.of(y, 12, 31);
      LocalDate e2 = earliest == null || earliest.isBefore(from) ? from : earliest;
      LocalDate l2 = latest == null || latest.isAfter(to) ? to : latest;
      if (!e2.isAfter(l2)) {
        earliest = e2;
        latest = l2;
        evidence.addAll(years.get(y));
      } else {
        conflicts.add("conflict: " + years.get(y) + " against the dates the text reports");
      }
    } else if (years.size() > 1) {
      conflicts.add("conflict: the text implies different years: " + years.keySet());
    }
    if (months.size() == 1 && earliest != null && latest != null && earliest.getYear() == latest.getYear()) {
      YearMonth ym = YearMonth.of(earliest.getYear(), months.iterator().next());
      LocalDate e2 = earliest.isBefore(ym.atDay(1)) ? ym.atDay(1) : earliest;
      LocalDate l2 = latest.isAfter(ym.atEndOfMonth()) ? ym.atEndOfMonth() : latest;
      if (!e2.isAfter(l2)) {
        earliest = e2;
        latest = l2;
        evidence.addAll(monthEvidence);
      }
    }
    if (earliest != null && latest != null && earliest.isAfter(latest)) {
      conflicts.add("conflict: earliest " + earliest + " after latest " + latest);
      latest = null;
    }
    if (earliest != null && latest != null && !notMonths.isEmpty()) {
      LocalDate e2 = earliest;
      LocalDate l2 = latest;
      while (!e2.isAfter(l2) && notMonths.containsKey(e2.getMonthValue())) {
        e2 = e2.plusDays(1);
      }
      while (!l2.isBefore(e2) && notMonths.containsKey(l2.getMonthValue())) {
        l2 = l2.minusDays(1);
      }
      if (!e2.isAfter(l2) && (!e2.equals(earliest) || !l2.equals(latest))) {
        for (int m : notMonths.keySet()) {
          evidence.add(notMonths.get(m));
        }
        earliest = e2;
        latest = l2;
      }
    }
    return new DateConstraints(earliest, latest, weekday, evidence);
  }

  /** The first and last day a value covers: {@code 2018-05-20}, {@code 2018-05}, {@code 2018}; null for others. */
  static LocalDate[] span(String v) {
    if (v == null || v.length() < 4 || !Character.isDigit(v.charAt(0))) {
      return null;
    }
    try {
      if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
        LocalDate d = LocalDate.parse(v.substring(0, 10));
        return new LocalDate[] {d, d};
      }
      if (v.length() == 7 && v.charAt(4) == '-') {
        YearMonth ym = YearMonth.parse(v);
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      if (v.length() == 4) {
        int y = Integer.parseInt(v);
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  static String evidence(Expr e, String what) {
    return "line " + e.line + " \"" + e.text + "\": " + what;
  }

  static String conflict(Expr e, LocalDate resolved) {
    return "conflict: line " + e.line + " \"" + e.text + "\" names " + name(e.namedWeekday) + " but denotes "
        + resolved + ", a " + name(resolved.getDayOfWeek());
  }

  static String name(DayOfWeek d) {
    String n = d.toString();
    return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
  }
}
