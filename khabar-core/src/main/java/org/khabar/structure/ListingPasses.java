package org.khabar.structure;

import static org.khabar.structure.PageWords.openLines;
import static org.khabar.structure.PageWords.opensConnective;
import static org.khabar.structure.PageWords.stems;
import static org.khabar.structure.WidgetPasses.hasDigits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.model.LineRole;
import org.khabar.text.ArabicText;

/**
 * Listing pages: teasers cut off with dots, and listings without cut marks whose items repeat the CMS's date-stamp
 * label or one dateline label.
 *
 * <p>Stateless and thread-safe: a pass changes only the lines of the one page it is given.
 */
final class ListingPasses {
  private final Lexicon lexicon;

  ListingPasses(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A date stamp of a listing's teaser (21 / 01 / 2018, 2018-01-21). */
  private static final Pattern DATE_STAMP = Pattern.compile(
      "\\b\\d{1,2} ?[/-] ?\\d{1,2} ?[/-] ?(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d ?[/-] ?\\d{1,2} ?[/-] ?\\d{1,2}\\b");
  /** Words after a date stamp in which a listing's template (author label, view counter) is looked for. */
  static final int TEMPLATE_WORDS = 4;
  /** Least date stamps that carry the template. */
  static final int MIN_TEMPLATE_STAMPS = 3;
  /** Words (not numbers) of the label that follows a listing's date stamps. */
  static final int TEMPLATE_LABEL_WORDS = 2;

  /**
   * Listings of dated teasers without cut marks (section and archive pages): each teaser carries the CMS's template
   * of metadata, a date stamp followed by the same label words ("25 / 11 / 2017 بقلم عدد المشاهدات : 2585 ..."),
   * which an article's dated paragraphs (a chronology: each date followed by its own event) do not repeat. A page is
   * such a listing when the same label, the first {@link #TEMPLATE_LABEL_WORDS} words (not numbers) within
   * {@link #TEMPLATE_WORDS} words after a stamp, follows {@link #MIN_TEMPLATE_STAMPS} date stamps or more and half
   * of the page's stamps or more (a list of dated events or names has a new name after each date), and the lines holding a stamp make
   * half the page's open lines or more: its open lines from the first such line to the last are boilerplate. Runs on the learnt model's output.
   */
  static void markDatedListing(List<PageLine> nonBlank) {
    List<PageLine> open = openLines(nonBlank);
    int m = open.size();
    if (m < MIN_TEMPLATE_STAMPS) {
      return;
    }
    Map<String, Integer> after = new HashMap<>();
    int stamps = 0;
    int first = -1;
    int last = -1;
    int dated = 0;
    for (int j = 0; j < m; j++) {
      PageLine l = open.get(j);
      String t = l.scanned;
      if (!hasDigits(t, 5)) {
        continue;
      }
      Matcher mt = DATE_STAMP.matcher(t);
      boolean any = false;
      while (mt.find()) {
        any = true;
        stamps++;
        List<String> next = Lexicon.words(ArabicText.matchKey(t.substring(mt.end(), Math.min(t.length(), mt.end() + 120))));
        StringBuilder key = new StringBuilder();
        int labels = 0;
        for (int w = 0; w < Math.min(TEMPLATE_WORDS, next.size()) && labels < TEMPLATE_LABEL_WORDS; w++) {
          String word = next.get(w);
          if (!Character.isDigit(word.charAt(0))) {
            key.append(word).append(' ');
            labels++;
          }
        }
        if (labels == TEMPLATE_LABEL_WORDS) {
          after.merge(key.toString(), 1, Integer::sum);
        }
      }
      if (any) {
        dated++;
        if (first < 0) {
          first = j;
        }
        last = j;
      }
    }
    if (stamps < MIN_TEMPLATE_STAMPS || 2 * dated < m) {
      return;
    }
    int template = 0;
    for (int c : after.values()) {
      template = Math.max(template, c);
    }
    if (template < MIN_TEMPLATE_STAMPS || 2 * template < stamps) {
      return;
    }
    for (int j = first; j <= last; j++) {
      open.get(j).role = LineRole.BOILERPLATE;
    }
  }

  /** Most words of a dateline's source label between two spaced dashes ("زاخو - X . info - ..."). */
  static final int DATELINE_LABEL_WORDS = 3;
  /** Least lines that carry the same dateline label for a page to be a listing. */
  static final int MIN_DATELINE_LINES = 3;

  /**
   * Listings of news items without cut marks: each item of a section page opens with its own dateline, the place and
   * the outlet's or agency's label between spaced dashes ("headline PLACE - LABEL - lead ..."); an article carries
   * its dateline once (a compilation of two wire reports, twice). A page is such a listing when one label of one to
   * {@link #DATELINE_LABEL_WORDS} words (not only numbers) stands between two spaced dashes on {@link
   * #MIN_DATELINE_LINES} open lines or more that make half the page's open lines or more: its open lines from the
   * first such line to the last are boilerplate. Runs on the learnt model's output.
   */
  static void markDatelineListing(List<PageLine> nonBlank) {
    List<PageLine> open = openLines(nonBlank);
    int m = open.size();
    if (m < MIN_DATELINE_LINES) {
      return;
    }
    List<Set<String>> labels = new ArrayList<>(m);
    Map<String, Integer> count = new HashMap<>();
    for (PageLine l : open) {
      Set<String> mine = datelineLabels(l.scanned);
      labels.add(mine);
      for (String k : mine) {
        count.merge(k, 1, Integer::sum);
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (e.getValue() > most || (e.getValue() == most && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    if (most < MIN_DATELINE_LINES || 2 * most < m) {
      return;
    }
    int first = -1;
    int last = -1;
    for (int j = 0; j < m; j++) {
      if (labels.get(j).contains(best)) {
        first = first < 0 ? j : first;
        last = j;
      }
    }
    for (int j = first; j <= last; j++) {
      open.get(j).role = LineRole.BOILERPLATE;
    }
  }

  /** The labels of one to {@link #DATELINE_LABEL_WORDS} words (not only numbers) between two spaced dashes. */
  static Set<String> datelineLabels(String text) {
    Set<String> out = new HashSet<>();
    int prev = -1;
    for (int i = 1; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      boolean dash = (c == '-' || c == '\u2013' || c == '\u2014') && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
      if (!dash) {
        continue;
      }
      if (prev >= 0) {
        List<String> w = Lexicon.words(ArabicText.matchKey(text.substring(prev + 1, i)));
        boolean letters = false;
        for (String x : w) {
          letters |= !Character.isDigit(x.charAt(0));
        }
        if (!w.isEmpty() && w.size() <= DATELINE_LABEL_WORDS && letters) {
          out.add(String.join(" ", w));
        }
      }
      prev = i;
    }
    return out;
  }

  /** Least number of lines with a teaser cut that make a listing. */
  static final int MIN_CUT_LINES = 4;
  /** Words after a cut mark that make a new teaser (fewer: the line's or a sentence's own trailing dots). */
  static final int MIN_WORDS_AFTER_CUT = 5;
  /** The text after a teaser cut shares less than this share of its longer words with the text before it. */
  static final double CUT_OVERLAP = 0.2;

  /**
   * Section, archive and author pages, and long "more stories" boxes, list teasers: a headline, its lead and the
   * start of the next sentence cut off with dots ("وقال المصدر إن . . . بغداد - وكالات أعلن ..."), then the next
   * teaser on the same line. Each teaser reads as prose, so the line-level score keeps them; as a block they show: a
   * cut mark followed by a new text on other things (few words shared with the text before the cut), outside a
   * quotation (a quoted speaker's pauses, "…", are prose), on at least {@link #MIN_CUT_LINES} lines that make up
   * at least half of the page. From the first such line to the last, undecided lines are boilerplate, and so are the
   * lines right below that end with a cut (the last teaser's continuation); the line above
   * the first is the first teaser's head when the cut line continues it (opens with a connective) and nothing but
   * furniture stands above it. Checked on clean text (ant-2018): it fires on no article there.
   */
  void markCutTeasers(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    if (n < MIN_CUT_LINES) {
      return;
    }
    int count = 0;
    int first = -1;
    int last = -1;
    for (int k = 0; k < n; k++) {
      PageLine l = nonBlank.get(k);
      if (l.role == LineRole.DUPLICATE || !teaserCut(l, k > 0 ? nonBlank.get(k - 1) : null)) {
        continue;
      }
      count++;
      if (first < 0) {
        first = k;
      }
      last = k;
      // cheap bound: the remaining lines cannot reach half of the page
      if (2 * (count + n - 1 - k) < n) {
        return;
      }
    }
    if (count < MIN_CUT_LINES || 2 * count < n || !uniformExcerpts(nonBlank, first, last)) {
      return;
    }
    for (int k = first; k <= last; k++) {
      PageLine l = nonBlank.get(k);
      if (l.role == null || l.role == LineRole.BOILERPLATE) {
        l.role = LineRole.BOILERPLATE;
        l.block = true;
      }
    }
    // the last teaser's continuation, cut off at the line's end
    for (int k = last + 1; k < n && nonBlank.get(k).role == null && endsWithCut(nonBlank.get(k)); k++) {
      nonBlank.get(k).role = LineRole.BOILERPLATE;
      nonBlank.get(k).block = true;
    }
    if (first > 0 && nonBlank.get(first - 1).role == null && opensConnective(lexicon, nonBlank.get(first))) {
      boolean top = true;
      for (int k = 0; k < first - 1 && top; k++) {
        top = nonBlank.get(k).role != null;
      }
      if (top) {
        nonBlank.get(first - 1).role = LineRole.BOILERPLATE;
        nonBlank.get(first - 1).block = true;
      }
    }
  }

  /** Most spread (interquartile range over median) of the word counts between a listing's cut marks. */
  static final double MAX_EXCERPT_SPREAD = 0.5;

  /**
   * True when the text between consecutive cut marks, from the first cut line to the last, has nearly the same
   * length every time: a listing's CMS cuts each excerpt at a fixed length (WordPress's {@code the_excerpt} keeps 55
   * words by default; other CMSs cut at a character count), so headline + excerpt varies by a few words. A writer's
   * own dots ("... لقمة عيش . . . فالمشروع"), used as a pause in columns and blog posts, fall at any distance:
   * interquartile range over median of these counts above {@link #MAX_EXCERPT_SPREAD}, the lines are prose.
   */
  static boolean uniformExcerpts(List<PageLine> nonBlank, int first, int last) {
    List<Integer> counts = new ArrayList<>();
    int words = -1; // -1: before the first cut mark
    for (int k = first; k <= last; k++) {
      PageLine l = nonBlank.get(k);
      String t = l.scanned;
      boolean inWord = false;
      int i = 0;
      while (i < t.length()) {
        int end = cutEnd(t, i);
        if (end >= 0) {
          if (words >= 0) {
            counts.add(words);
          }
          words = 0;
          inWord = false;
          i = end;
          continue;
        }
        char c = t.charAt(i);
        boolean wordChar = Character.isLetterOrDigit(c);
        if (wordChar && !inWord && words >= 0) {
          words++;
        }
        inWord = wordChar;
        i++;
      }
    }
    if (counts.size() < MIN_CUT_LINES - 1) {
      return true;
    }
    Collections.sort(counts);
    int m = counts.size();
    double q1 = counts.get(m / 4);
    double q3 = counts.get(Math.min(m - 1, (3 * m) / 4));
    double median = m % 2 == 1 ? counts.get(m / 2) : (counts.get(m / 2 - 1) + counts.get(m / 2)) / 2.0;
    return median > 0 && (q3 - q1) <= MAX_EXCERPT_SPREAD * median;
  }

  /** True when the line holds a teaser cut (see {@link #markCutTeasers}); {@code prev} is the line above, or null. */
  static boolean teaserCut(PageLine l, PageLine prev) {
    String t = l.scanned;
    // most lines hold no cut mark at all
    if (t.indexOf('\u2026') < 0 && t.indexOf("..") < 0 && t.indexOf(". .") < 0) {
      return false;
    }
    int total = 0;
    for (int j = 0; j < t.length(); j++) {
      if (isQuote(t.charAt(j))) {
        total++;
      }
    }
    int from = 0;
    int quotes = 0;
    boolean firstCut = true;
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (isQuote(c)) {
        quotes++;
        i++;
        continue;
      }
      int end = cutEnd(t, i);
      if (end < 0) {
        i++;
        continue;
      }
      int next = end;
      while (next < t.length() && cutEnd(t, next) < 0) {
        next++;
      }
      // Inside a quotation that closes later on the line: a speaker's pause. A teaser's cut leaves its quote open.
      boolean quoted = quotes % 2 == 1 && (total - quotes) % 2 == 1;
      if (!quoted) {
        List<String> after = Lexicon.words(ArabicText.matchKey(t.substring(end, next)));
        if (after.size() >= MIN_WORDS_AFTER_CUT) {
          List<String> before = new ArrayList<>(Lexicon.words(ArabicText.matchKey(t.substring(from, i))));
          if (firstCut && before.size() < 8 && prev != null) {
            before.addAll(prev.words);
          }
          Set<String> a = stems(after);
          if (!a.isEmpty()) {
            Set<String> b = stems(before);
            int shared = 0;
            for (String w : a) {
              if (b.contains(w)) {
                shared++;
              }
            }
            if (shared < CUT_OVERLAP * a.size()) {
              return true;
            }
          }
        }
      }
      firstCut = false;
      from = end;
      i = end;
    }
    return false;
  }

  /** True when the line ends with a cut mark ("...", ". . .", "…"). */
  private static boolean endsWithCut(PageLine l) {
    String t = l.text.strip();
    int dots = 0;
    for (int i = t.length() - 1; i >= 0 && dots < 3; i--) {
      char c = t.charAt(i);
      if (c == '\u2026') {
        return true;
      }
      if (c == '.') {
        dots++;
      } else if (c != ' ') {
        break;
      }
    }
    return dots >= 3;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
  }

  /**
   * The end of a cut mark starting at {@code i}: three dots or more, single spaces allowed between them ("...",
   * ". . ."), or an ellipsis character; -1 if none starts there.
   */
  private static int cutEnd(String t, int i) {
    char c = t.charAt(i);
    if (c == '\u2026') {
      return i + 1;
    }
    if (c != '.') {
      return -1;
    }
    int dots = 0;
    int j = i;
    int end = i;
    while (j < t.length()) {
      if (t.charAt(j) == '.') {
        dots++;
        j++;
        end = j;
      } else if (t.charAt(j) == ' ' && j + 1 < t.length() && t.charAt(j + 1) == '.') {
        j++;
      } else {
        break;
      }
    }
    return dots >= 3 ? end : -1;
  }
}
