package org.khabar.structure;

import static org.khabar.structure.PageWords.startsWithWaw;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khabar.model.LineMarkup;
import org.khabar.model.LineRole;
import org.khabar.model.RawArticle;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * The boilerplate score of every line and the rules' decision on it: a weighted sum of general signals (length,
 * sentence shape, share of Arabic letters, digits, widget vocabulary, position, HTML link density and DOM path,
 * recurrence across the outlet's articles), a cohesion penalty for lines of the page's second half that share few
 * words with its first part, then smoothing by the neighbours as jusText does and the decision from the foot of the
 * page upwards.
 *
 * <p>Stateless and thread-safe: it changes only the lines of the one page it is given.
 */
final class BoilerplateRules {
  /** A line scoring above this is boilerplate. */
  static final double THRESHOLD = 1.0;

  private static final String[] FURNITURE = {"nav", "footer", "header", "aside", "menu", "sidebar", "comment",
      "share", "social", "related", "breadcrumb", "widget", "banner", "cookie", "newsletter", "subscribe", "promo",
      "advert", "ad-", "ads", "sponsor", "popup", "modal", "tags", "pagination", "copyright", "toolbar", "login"};

  private final TemplateIndex templates;

  BoilerplateRules(TemplateIndex templates) {
    this.templates = templates;
  }

  void score(RawArticle article, List<PageLine> lines) {
    String outlet = templates == TemplateIndex.EMPTY ? null : TemplateIndex.outletOf(article);
    int outletArticles = templates.articles(outlet);
    List<LineMarkup> markup = article.markup();
    List<PageLine> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    int n = nonBlank.size();
    // The last line that looks like prose: what follows it is the page's tail.
    int lastProse = -1;
    for (int k = 0; k < n; k++) {
      PageLine l = nonBlank.get(k);
      if (l.wordCount >= 12 && l.endsFinal && l.hits.strong() == 0) {
        lastProse = k;
      }
    }
    for (int k = 0; k < n; k++) {
      PageLine l = nonBlank.get(k);
      double s = 0;
      // Widget vocabulary, damped on long lines where a menu word may sit inside prose.
      Lexicon.WidgetHits h = l.hits;
      double damp = Math.min(1.0, 20.0 / Math.max(1, l.wordCount));
      double strongDamp = Math.min(1.0, 40.0 / Math.max(1, l.wordCount));
      // Footer furniture glued after a paragraph's end ("ويخشى ... على الاحتمالات كافة . . اقرأ أيضا - - 2018
      // جميع الحقوق محفوظة") says nothing of the paragraph, which is the article's own text.
      if (!paragraphBeforeWidgets(l)) {
        s += h.strong() * 1.6 * strongDamp + (h.weight() - 3 * h.strong()) * 0.35 * damp;
        if (h.strong() >= 2) {
          s += 1.0 * strongDamp;
        }
        s += 2.5 * ((double) h.coveredWords() / Math.max(1, l.wordCount));
      }
      if (h.atStart() && h.strong() > 0) {
        s += 0.8;
      }
      // Header furniture glued before the lead ("... المستعرض لا يدعم الفيديو | شنت قوات ... ."): a full sentence
      // after the last widget word is the article's own text.
      if (h.weight() > 0 && l.endsFinal && l.wordCount - h.lastHitEnd() >= 12) {
        s -= 1.2;
      }
      // Length and sentence shape.
      if (l.wordCount <= 3) {
        s += 0.6;
      } else if (l.wordCount <= 7) {
        s += 0.2;
      } else if (l.wordCount >= 15) {
        s -= 0.8;
      }
      if (l.wordCount >= 30) {
        s -= 0.8;
      }
      if (l.endsFinal && l.wordCount >= 5) {
        s -= 1.0;
      }
      // Arabic narrative sentences mostly open with the conjunction wa- glued to a verb or pronoun ("وقال",
      // "وأضاف", "وهذا"); menus and widgets hardly ever do.
      if (l.wordCount >= 4 && startsWithWaw(l)) {
        s -= 0.6;
      }
      s -= Math.min(1.0, 0.25 * l.innerPunct) * (l.wordCount >= 6 ? 1 : 0);
      // Script and digits: menus in Latin script, counters, dates alone.
      if (l.noLetters) {
        s += 3.0;
      } else if (l.arabicShare < 0.5) {
        s += 1.4;
      } else if (l.arabicShare < 0.8) {
        s += 0.5;
      }
      if (l.digitWordShare > 0.5 && l.wordCount > 0) {
        s += 1.5;
      } else if (l.digitWordShare > 0.3) {
        s += 0.5;
      }
      if (startsWithSymbol(l.text)) {
        s += 0.7;
      }
      if (l.diversity < 0.35) {
        s += 2.5;
      }
      // Position: a short line after the last prose line belongs to the page's tail.
      if (lastProse >= 0 && k > lastProse) {
        s += l.wordCount < 12 ? 0.5 : 0.2;
      }
      // HTML evidence.
      if (!markup.isEmpty()) {
        LineMarkup m = markup.get(l.index);
        s += 2.5 * m.linkDensity();
        if (furniture(m.path())) {
          s += 2.0;
          l.evidence = true;
        }
        l.evidence |= m.linkDensity() > 0.3;
        String tag = m.tag().toLowerCase(Locale.ROOT);
        if (tag.equals("li") || tag.equals("a") || tag.equals("button") || tag.equals("option")) {
          s += 0.5;
        } else if (tag.equals("p")) {
          s -= 0.5;
        }
      }
      // Recurrence across the outlet's articles.
      if (outlet != null && outletArticles >= 5) {
        int c = templates.countKey(outlet, l.text.length() > TemplateIndex.MAX_KEY_CHARS
            ? ArabicText.matchKey(l.text.substring(0, TemplateIndex.MAX_KEY_CHARS)) : l.key);
        if (c >= 3 && c >= 0.05 * outletArticles) {
          l.evidence = true;
          s += (l.wordCount >= 20 && l.endsFinal) ? 1.0 : 2.5;
        }
      }
      l.score = s;
      l.evidence |= h.weight() > 0 || l.noLetters || l.arabicShare < 0.8 || l.digitWordShare > 0.3
          || startsWithSymbol(l.text) || l.diversity < 0.35;
    }
    cohesion(nonBlank);
  }

  /**
   * Teaser boxes of other stories sit after the article and share few words with it: a line in the second half
   * of the page whose longer words are mostly absent from the first part of the article leans to boilerplate.
   */
  private static void cohesion(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    if (n < 6) {
      return;
    }
    Set<String> head = new HashSet<>();
    int prose = 0;
    for (PageLine l : nonBlank) {
      if (l.wordCount >= 8 && l.score <= THRESHOLD && l.role == null) {
        for (String w : l.words) {
          if (w.length() >= 4) {
            head.add(w);
          }
        }
        if (++prose >= Math.max(2, n * 2 / 5)) {
          break;
        }
      }
    }
    for (int k = n / 2; k < n; k++) {
      PageLine l = nonBlank.get(k);
      if (l.role != null || l.wordCount < 10 || startsWithWaw(l) || l.endsFinal || l.endsColon) {
        continue;
      }
      int total = 0;
      int shared = 0;
      Set<String> mine = new HashSet<>();
      for (String w : l.words) {
        if (w.length() >= 4 && mine.add(w)) {
          total++;
          if (head.contains(w)) {
            shared++;
          }
        }
      }
      if (total == 0) {
        continue;
      }
      double overlap = (double) shared / total;
      if (overlap < 0.1) {
        l.score += 1.2;
        l.evidence = true;
      } else if (overlap < 0.2) {
        l.score += 0.6;
      }
    }
  }

  void decide(List<PageLine> lines) {
    List<PageLine> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    int n = nonBlank.size();
    // Smoothing (jusText): a short, undecided line between two boilerplate lines is boilerplate too.
    for (int k = 0; k < n; k++) {
      PageLine l = nonBlank.get(k);
      if (l.role != null) {
        continue;
      }
      boolean bad = l.score > THRESHOLD;
      if (!bad && l.score > 0 && l.wordCount < 12 && l.evidence) {
        boolean prevBad = k == 0 || isBad(nonBlank.get(k - 1));
        boolean nextBad = k == n - 1 || isBad(nonBlank.get(k + 1));
        bad = prevBad && nextBad && !(k == 0 && k == n - 1);
      }
      if (bad) {
        l.role = LineRole.BOILERPLATE;
      }
    }
    // The tail: from the end upwards, lines that lean to boilerplate stay boilerplate.
    int firstOpen = 0;
    while (firstOpen < n && nonBlank.get(firstOpen).role != null) {
      firstOpen++;
    }
    for (int k = n - 1; k >= 0; k--) {
      PageLine l = nonBlank.get(k);
      if (l.role == LineRole.BOILERPLATE || l.role == LineRole.DUPLICATE) {
        continue;
      }
      // A sentence (final punctuation, no widget word) ends the tail: articles often close on a short sentence. So
      // does a paragraph with the page's furniture glued after its end ("وقال ... على الاحتمالات كافة . . اقرأ أيضا
      // - - - 2018 جميع الحقوق محفوظة"): it opens with wa- as an article's later paragraphs do and runs a
      // sentence's worth of words before the first widget phrase.
      boolean sentence = (l.endsFinal && l.hits.strong() == 0 && l.wordCount >= 3) || paragraphBeforeWidgets(l);
      // Below the article, a line that opens with a widget title ("اقرأ أيضا ...", "عناوين ذات صلة ...") is the
      // widget, whatever teaser text follows; so is a short line that talks of widgets ("لا تنسوا عمل لايك لصفحتنا
      // على الفيسبوك ومتابعة آخر الأخبار على تويتر"). Never the page's first open line: the article starts there.
      // Furniture glued before a paragraph ("أخبار متعلقة وأكد ...") is not: the paragraph goes on with wa-.
      int after = l.hits.firstHitEnd();
      boolean proseAfter = after < l.wordCount && l.words.get(after).length() > 2
          && l.words.get(after).charAt(0) == ArabicLetters.WAW;
      boolean widgetOpener = l.hits.atStart() && (!startsWithWaw(l) || l.hits.atStartBare()) && !proseAfter
          && (l.hits.strong() > 0 || l.hits.weight() >= 4);
      boolean widgetTalk = l.hits.weight() >= 4 && l.wordCount < 20 && !startsWithWaw(l);
      if (l.role == null && k > firstOpen && (widgetOpener || widgetTalk)) {
        l.role = LineRole.BOILERPLATE;
        continue;
      }
      if (l.role == null && l.score > 0.3 && !sentence && l.evidence) {
        l.role = LineRole.BOILERPLATE;
        continue;
      }
      if (l.role == LineRole.BYLINE) {
        continue;
      }
      break;
    }
  }

  /** Words of prose before the first widget phrase that make a line a paragraph with furniture glued after it. */
  static final int PROSE_BEFORE_WIDGETS = 12;

  /** Most words of a source credit between a paragraph's last full stop and the widgets glued after it. */
  static final int CREDIT_WORDS = 6;

  /**
   * A paragraph of the article with widget words glued after its end: the line opens with wa- (an article's later
   * paragraph), and a sentence ends after {@link #PROSE_BEFORE_WIDGETS} words or more, right before its first widget
   * phrase or a short source credit before it ("... الأسبوع المقبل . المصدر : وكالة الأنباء تابعنا على ..."; a
   * sign-in form or a "latest posts" box glued after a cut teaser does not follow a full stop).
   */
  static boolean paragraphBeforeWidgets(PageLine l) {
    return l.hits.weight() > 0 && startsWithWaw(l)
        && lastSentenceEnd(l.key, l.hits.firstHitStart(), CREDIT_WORDS) >= PROSE_BEFORE_WIDGETS;
  }

  /**
   * In {@code key}, the number of words before the last sentence end (. ! ? ؟, not a decimal point between digits)
   * that comes before word number {@code word} (0-based) with at most {@code maxGap} words between them; -1 when
   * there is none.
   */
  static int lastSentenceEnd(String key, int word, int maxGap) {
    int seen = 0;
    int last = -1;
    boolean in = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !in) {
        if (seen == word) {
          break;
        }
        seen++;
      }
      in = letter;
      boolean end = c == '.' || c == '!' || c == '?' || c == ArabicLetters.ARABIC_QUESTION_MARK;
      if (end && seen > 0 && !(c == '.' && betweenDigits(key, i))) {
        last = seen;
      }
    }
    return last >= 0 && seen - last <= maxGap ? last : -1;
  }

  /** The characters around position {@code i}, white space skipped, are both digits ("1 . 9"). */
  private static boolean betweenDigits(String key, int i) {
    int a = i - 1;
    while (a >= 0 && Character.isWhitespace(key.charAt(a))) {
      a--;
    }
    int b = i + 1;
    while (b < key.length() && Character.isWhitespace(key.charAt(b))) {
      b++;
    }
    return a >= 0 && b < key.length() && Character.isDigit(key.charAt(a)) && Character.isDigit(key.charAt(b));
  }

  private static boolean isBad(PageLine l) {
    return l.role == LineRole.BOILERPLATE || (l.role == null && l.score > THRESHOLD)
        || (l.role == LineRole.DUPLICATE && l.wordCount < 8);
  }

  private static boolean startsWithSymbol(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    int cp = t.codePointAt(0);
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.SURROGATE;
  }

  private static boolean furniture(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    for (String f : FURNITURE) {
      if (p.contains(f)) {
        return true;
      }
    }
    return false;
  }
}
