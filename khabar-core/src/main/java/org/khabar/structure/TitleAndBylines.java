package org.khabar.structure;

import static org.khabar.structure.BoilerplateRules.THRESHOLD;
import static org.khabar.structure.LineFeatures.lastMeaningful;
import static org.khabar.structure.PageWords.startsWithWaw;

import java.util.List;
import org.khabar.model.LineRole;
import org.khabar.model.RawArticle;
import org.khabar.text.ArabicText;

/**
 * The page's own labels: the section name at the top, bylines and datelines near the top or the bottom, and the
 * title (from metadata, else a short first line without final punctuation).
 *
 * <p>Stateless and thread-safe: a pass changes only the lines of the one page it is given.
 */
final class TitleAndBylines {
  private final Lexicon lexicon;

  TitleAndBylines(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A section name among the first three open lines, followed by a line that is not page furniture (in a menu,
   * "أخبار" is a link, not the story's section).
   */
  String markSection(List<PageLine> lines) {
    List<PageLine> open = lines.stream().filter(l -> !l.blank && l.role != LineRole.DUPLICATE).toList();
    for (int k = 0; k < Math.min(3, open.size() - 1); k++) {
      PageLine l = open.get(k);
      PageLine next = open.get(k + 1);
      if (l.role == null && l.wordCount >= 1 && l.wordCount <= 3 && !l.endsFinal
          && lexicon.isSection(String.join(" ", l.words)) && (next.role != null || next.score <= THRESHOLD)) {
        l.role = LineRole.SECTION;
        return l.text.strip();
      }
    }
    return null;
  }

  String markBylines(List<PageLine> lines) {
    List<PageLine> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    String byline = null;
    int n = nonBlank.size();
    for (int k = 0; k < n; k++) {
      if (k >= 6 && k < n - 4) {
        continue;
      }
      PageLine l = nonBlank.get(k);
      if (l.role != null || !isByline(l)) {
        continue;
      }
      l.role = LineRole.BYLINE;
      if (byline == null) {
        byline = stripLeadingDashes(l.text.strip());
      }
    }
    return byline;
  }

  private static String stripLeadingDashes(String t) {
    int i = 0;
    while (i < t.length() && ("|-–—".indexOf(t.charAt(i)) >= 0 || Character.isWhitespace(t.charAt(i)))) {
      i++;
    }
    return t.substring(i);
  }

  private boolean isByline(PageLine l) {
    if (l.wordCount == 0 || l.wordCount > 14) {
      return false;
    }
    String t = l.text.strip();
    if ((t.startsWith("|") || t.startsWith("–") || t.startsWith("—")) && l.wordCount <= 5) {
      return true;
    }
    String kind = lexicon.bylineOpener(l.words);
    if (kind != null && l.wordCount >= 2 && l.wordCount <= 8 && !l.endsFinal && l.hits.weight() == 0) {
      // "المصدر: وكالات", "بقلم أحمد", "كتب محمد علي": the opener is followed by a colon or a name, never a verb phrase.
      return kind.equals("author") || hasColonAfterFirstWord(t) || lexicon.startsWithWire(l.words, 1)
          || (l.wordCount <= 6 && !startsWithWaw(l));
    }
    // Datelines: "دمشق - رويترز", "القاهرة- أحمد الريدي", "لندن - وكالات الثلاثاء 5 ديسمبر".
    int dash = dashIndex(t);
    if (dash > 0 && !l.endsFinal) {
      List<String> before = Lexicon.words(ArabicText.matchKey(t.substring(0, dash)));
      List<String> after = Lexicon.words(ArabicText.matchKey(t.substring(dash + 1)));
      if (before.size() >= 1 && before.size() <= 3 && !after.isEmpty()) {
        if (lexicon.startsWithWire(after, 0)) {
          return true;
        }
        return after.size() <= 3 && l.wordCount <= 6 && after.stream().noneMatch(w -> Character.isDigit(w.charAt(0)));
      }
    }
    return false;
  }

  private static boolean hasColonAfterFirstWord(String t) {
    int colon = t.indexOf(':');
    return colon > 0 && colon < 16;
  }

  private static int dashIndex(String t) {
    for (int i = 1; i < Math.min(t.length(), 40); i++) {
      char c = t.charAt(i);
      if (c == '-' || c == '–' || c == '—') {
        return i;
      }
    }
    return -1;
  }

  String markTitle(RawArticle article, List<PageLine> lines) {
    String meta = article.metadata().title();
    List<PageLine> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    if (meta != null && !meta.isBlank()) {
      String want = Lexicon.wordKey(meta);
      for (int k = 0; k < Math.min(5, nonBlank.size()); k++) {
        PageLine l = nonBlank.get(k);
        if (l.role == null || l.role == LineRole.BOILERPLATE) {
          String have = String.join(" ", l.words);
          if (!want.isEmpty() && (have.equals(want) || (have.startsWith(want) && l.wordCount <= want.split(" ").length + 4
              && l.score > -1))) {
            l.role = LineRole.TITLE;
            break;
          }
        }
      }
      return meta.strip();
    }
    int seen = 0;
    for (PageLine l : nonBlank) {
      if (seen >= 3) {
        break;
      }
      seen++;
      if (l.role != null || l.score > THRESHOLD) {
        continue;
      }
      boolean commaSentence = l.commas > 0 && l.wordCount >= 12 && !l.repeatedLater;
      if (exclaimedHeadline(l, nonBlank)) {
        l.role = LineRole.TITLE;
        return l.text.strip();
      }
      if (l.wordCount >= 2 && l.wordCount <= 25 && !l.endsFinal && !l.endsColon && !l.endsFunctionWord
          && !commaSentence && l.arabicShare >= 0.5
          && l.hits.strong() == 0 && l.score <= THRESHOLD && l.digitWordShare < 0.5) {
        l.role = LineRole.TITLE;
        return l.text.strip();
      }
      return null;
    }
    return null;
  }

  /** Most words of a headline that ends with an exclamation mark. */
  static final int EXCLAIMED_TITLE_WORDS = 15;
  /** Least words of the lead below such a headline. */
  static final int LEAD_WORDS = 12;

  /**
   * A headline may end with "!" (tabloid and opinion headlines: "X يضرب عادات وتقاليد Y !"), which the sentence
   * test above refuses. The page's first open line is such a headline when it is one short exclamation (3 to
   * {@link #EXCLAIMED_TITLE_WORDS} words, no comma, no other sentence mark) and a prose lead of
   * {@link #LEAD_WORDS} words or more, ending like a sentence and not opening with wa-, follows it.
   */
  private static boolean exclaimedHeadline(PageLine l, List<PageLine> nonBlank) {
    if (l.wordCount < 3 || l.wordCount > EXCLAIMED_TITLE_WORDS || l.commas > 0 || l.innerPunct != 1
        || lastMeaningful(l.text) != '!' || l.arabicShare < 0.8 || l.digitWordShare >= 0.3) {
      return false;
    }
    int k = nonBlank.indexOf(l);
    if (k != 0 && nonBlank.subList(0, k).stream().anyMatch(p -> p.role == null)) {
      return false;
    }
    PageLine next = k + 1 < nonBlank.size() ? nonBlank.get(k + 1) : null;
    // The lead opens the article: a paragraph going on with wa- ("وقد قدرت ...") continues an exclamatory lead.
    return next != null && next.role == null && next.wordCount >= LEAD_WORDS && next.endsFinal
        && !startsWithWaw(next);
  }
}
