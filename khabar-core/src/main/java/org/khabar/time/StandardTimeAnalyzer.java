package org.khabar.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.model.DateMention;
import org.khabar.model.LineAnnotation;
import org.khabar.model.LineRole;
import org.khabar.model.Published;
import org.khabar.model.RawArticle;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;

/**
 * The standard {@link TimeAnalyzer}: tags every readable line, dates the article ({@link PublicationDating}), then
 * resolves every expression against the publication day.
 *
 * <p>When only a range and perhaps a weekday are known, an expression gets the value all the candidate days agree
 * on (for a range of up to {@link #MAX_CANDIDATES} days), else its best underspecified TIMEX3 value
 * ({@code XXXX-WXX-3} for a Wednesday, {@code XXXX-05-19} for a day of May, {@code PAST_REF} for "الأسبوع الماضي").
 * {@code XXXX-XX-XX} is never produced.
 *
 * <p>Stateless and thread-safe.
 */
final class StandardTimeAnalyzer implements TimeAnalyzer {
  static final StandardTimeAnalyzer INSTANCE = new StandardTimeAnalyzer(RuleTagger.INSTANCE);

  /** The most candidate days enumerated to resolve an expression against a range. */
  static final int MAX_CANDIDATES = 62;
  /** Lines from the first readable one that may carry a dateline. */
  private static final int DATELINE_LINES = 4;

  private final RuleTagger tagger;

  StandardTimeAnalyzer(RuleTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public TimeAnalysis analyze(RawArticle article, ArticleStructure structure) {
    List<TextLine> lines = readableLines(article, structure);
    List<Expr> exprs = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Set<Integer> datelineLines = new HashSet<>();
    Map<Integer, String> lineTexts = new HashMap<>();
    for (TextLine line : lines) {
      try {
        exprs.addAll(tagger.expressions(line.text(), line.number()));
      } catch (RuntimeException e) {
        failures.add("line " + line.number() + ": time tagging failed: " + e);
      }
      if (datelineLines.size() < DATELINE_LINES && !line.text().isBlank()) {
        datelineLines.add(line.number());
        lineTexts.put(line.number(), line.text());
      }
    }
    if (structure != null) {
      for (LineAnnotation a : structure.lines()) {
        if (a.role() == LineRole.BYLINE && a.line() <= article.lines().size()) {
          datelineLines.add(a.line());
          lineTexts.put(a.line(), article.line(a.line()));
        }
      }
    }
    PublicationDating.Decision decision = PublicationDating.decide(
        article.metadata().published(), exprs, datelineLines, lineTexts);
    List<String> conflicts = new ArrayList<>(decision.conflicts());
    List<DateMention> dates = resolveAll(exprs, decision.published(), conflicts);
    Published published = decision.published();
    Set<String> allConflicts = new LinkedHashSet<>(conflicts);
    allConflicts.addAll(failures);
    if (!allConflicts.isEmpty()) {
      List<String> evidence = new ArrayList<>(published.evidence());
      evidence.addAll(allConflicts);
      published = new Published(published.date(), published.earliest(), published.latest(), published.weekday(),
          published.basis(), evidence);
    }
    return new TimeAnalysis(published, dates, decision.constraints(), List.copyOf(allConflicts));
  }

  /** Resolves every expression against what is known of the publication day and checks named weekdays. */
  static List<DateMention> resolveAll(List<Expr> exprs, Published published, List<String> conflicts) {
    LocalDate anchor = published.date();
    List<LocalDate> candidates = new ArrayList<>();
    if (anchor == null && published.earliest() != null && published.latest() != null
        && published.latest().toEpochDay() - published.earliest().toEpochDay() < MAX_CANDIDATES) {
      for (LocalDate d = published.earliest(); !d.isAfter(published.latest()); d = d.plusDays(1)) {
        if (published.weekday() == null || d.getDayOfWeek() == published.weekday()) {
          candidates.add(d);
        }
      }
    }
    List<DateMention> out = new ArrayList<>(exprs.size());
    for (Expr e : exprs) {
      String value;
      if (anchor != null) {
        value = e.resolve(anchor);
      } else if (!e.anchorDependent()) {
        value = e.abs;
      } else if (!candidates.isEmpty()) {
        value = agreed(e, candidates, published);
      } else {
        value = e.underspecified(published.weekday());
      }
      checkWeekday(e, value, conflicts);
      out.add(new DateMention(e.text, value, e.type, e.line, e.start, e.end));
    }
    return out;
  }

  private static String agreed(Expr e, List<LocalDate> candidates, Published published) {
    String first = null;
    for (LocalDate d : candidates) {
      String v = e.resolve(d);
      if (first == null) {
        first = v;
      } else if (!first.equals(v)) {
        return e.underspecified(published.weekday());
      }
    }
    return first;
  }

  private static void checkWeekday(Expr e, String value, List<String> conflicts) {
    if (e.namedWeekday == null || value.length() < 10 || !Character.isDigit(value.charAt(0)) || value.charAt(4) != '-'
        || value.charAt(7) != '-') {
      return;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(value.substring(0, 10));
    } catch (RuntimeException ex) {
      return;
    }
    if (d.getDayOfWeek() != e.namedWeekday) {
      conflicts.add(PublicationDating.conflict(e, d));
    }
  }

  private static List<TextLine> readableLines(RawArticle article, ArticleStructure structure) {
    List<TextLine> lines = new ArrayList<>();
    if (structure != null && !structure.lines().isEmpty()) {
      // Content lines as the structure hands them to the analysis (an oversized article's are cut to a budget);
      // titles, bylines and subheadings from the input.
      java.util.Map<Integer, String> content = new java.util.HashMap<>();
      for (TextLine t : structure.content()) {
        content.putIfAbsent(t.number(), t.text());
      }
      for (LineAnnotation a : structure.lines()) {
        LineRole r = a.role();
        if (r == LineRole.BLANK || r == LineRole.BOILERPLATE || r == LineRole.DUPLICATE
            || a.line() > article.lines().size()) {
          continue;
        }
        if (r == LineRole.CONTENT) {
          String text = content.get(a.line());
          if (text != null) {
            lines.add(new TextLine(a.line(), text));
          }
          continue;
        }
        lines.add(new TextLine(a.line(), article.line(a.line())));
      }
      return lines;
    }
    for (int i = 0; i < article.lines().size(); i++) {
      if (!article.lines().get(i).isBlank()) {
        lines.add(new TextLine(i + 1, article.lines().get(i)));
      }
    }
    return lines;
  }
}
