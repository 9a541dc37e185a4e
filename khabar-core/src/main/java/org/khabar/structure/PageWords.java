package org.khabar.structure;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.model.LineRole;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * Shared helpers of the page passes: word overlap with the article's head, stems, headline shape, furniture roles
 * and connective openings.
 *
 * <p>Stateless and thread-safe.
 */
final class PageWords {
  private PageWords() {}

  /** The lines of {@code nonBlank} that no pass has given a role yet, in page order, with their words counted. */
  static OpenLines openLines(List<PageLine> nonBlank) {
    return OpenLines.of(nonBlank);
  }

  /** The cohesion terms of the page's title line(s). */
  static Set<String> titleTerms(List<PageLine> nonBlank) {
    Set<String> title = new HashSet<>();
    for (PageLine l : nonBlank) {
      if (l.role == LineRole.TITLE) {
        title.addAll(l.terms());
      }
    }
    return title;
  }

  /** The article's core: the stems of the open lines of the page's second half. */
  static Set<String> secondHalfStems(List<PageLine> open) {
    Set<String> core = new HashSet<>();
    for (int c = open.size() / 2; c < open.size(); c++) {
      core.addAll(open.get(c).stems());
    }
    return core;
  }

  /** The article's head: the stems of the first half of {@code lines} (the middle line of an odd count with them). */
  static Set<String> firstHalfStems(List<PageLine> lines) {
    Set<String> head = new HashSet<>();
    for (int c = 0; c < (lines.size() + 1) / 2; c++) {
      head.addAll(lines.get(c).stems());
    }
    return head;
  }

  static boolean isFurniture(PageLine l) {
    return l.role == LineRole.BOILERPLATE || l.role == LineRole.DUPLICATE || l.role == LineRole.BYLINE;
  }

  /**
   * An article's later paragraph opens with a connective: a function word ("كما", "في", "لكن"), a background
   * formula ("يذكر أن", "تجدر الإشارة", from {@code paragraph-openers.txt}) or wa- glued to a
   * word, possibly after a short subheading the scraper glued on ("مصير الجولاني وأضاف ...").
   */
  static boolean opensConnective(Lexicon lexicon, PageLine l) {
    if (l.wordCount == 0) {
      return false;
    }
    if (lexicon.isFunctionWord(l.words.get(0)) || lexicon.isParagraphOpener(l.words.get(0))) {
      return true;
    }
    for (int i = 0; i < Math.min(3, l.wordCount); i++) {
      String w = l.words.get(i);
      if (w.length() > 2 && w.charAt(0) == ArabicLetters.WAW) {
        return true;
      }
    }
    return false;
  }

  /**
   * Headline punctuation inside the line, counted: the headline's ".." ("X.. Y"), or a question or exclamation mark
   * before the line's end (lists of headlines run together: "لماذا يأتي X الآن ? Y يحرر ...").
   */
  static int headlineMarks(PageLine l) {
    String t = l.truncated ? l.scanned : l.text.strip();
    int end = t.length() - 3;
    int marks = 0;
    for (int i = 0; i < end; i++) {
      char c = t.charAt(i);
      if (c == '?' || c == '؟' || c == '!') {
        marks++;
      } else if (c == '.' && (t.charAt(i + 1) == '.' || (t.charAt(i + 1) == ' ' && t.charAt(i + 2) == '.'))) {
        marks++;
        // one mark for the whole run of dots
        while (i + 1 < end && (t.charAt(i + 1) == '.' || t.charAt(i + 1) == ' ')) {
          i++;
        }
      }
    }
    return marks;
  }

  /**
   * A headline followed by its lead: two thirds of the longer words of the line's first 4 to 14 words come again in
   * the next 40
   * ("شكوك حول مشاركة ترامب في منتدى دافوس أعلن البيت الأبيض أنه قد يعاد النظر في مشاركة الرئيس ... في منتدى
   * دافوس").
   */
  static boolean echoesHeadline(PageLine l) {
    List<String> st = new ArrayList<>(Math.min(l.wordCount, 60));
    for (int i = 0; i < Math.min(l.wordCount, 60); i++) {
      Set<String> one = stems(List.of(l.words.get(i)));
      st.add(one.isEmpty() ? null : one.iterator().next());
    }
    for (int h = 4; h < Math.min(15, st.size() - 3); h++) {
      Set<String> head = new HashSet<>();
      for (int i = 0; i < h; i++) {
        if (st.get(i) != null) {
          head.add(st.get(i));
        }
      }
      if (head.size() < 3) {
        continue;
      }
      Set<String> rest = new HashSet<>();
      for (int i = h; i < Math.min(st.size(), h + 40); i++) {
        if (st.get(i) != null) {
          rest.add(st.get(i));
        }
      }
      int shared = 0;
      for (String w : head) {
        if (rest.contains(w)) {
          shared++;
        }
      }
      if (3 * shared >= 2 * head.size()) {
        return true;
      }
    }
    return false;
  }

  /** The share of a line's longer words (clitics off) found in {@code head}. */
  static double overlap(PageLine l, Set<String> head) {
    return overlap(l.stems(), head);
  }

  /** The share of the words' longer words (clitics off) found in {@code head}. */
  static double overlap(List<String> words, Set<String> head) {
    return overlap(stems(words), head);
  }

  /** The share of the stems {@code mine} found in {@code head}. */
  private static double overlap(Set<String> mine, Set<String> head) {
    if (mine.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : mine) {
      if (head.contains(w)) {
        shared++;
      }
    }
    return (double) shared / mine.size();
  }

  /** Words of four letters or more with a leading wa- and the article (al-, bi-al-, li-l-...) taken off. */
  static Set<String> stems(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      String s = w;
      if (s.length() > 4 && s.charAt(0) == ArabicLetters.WAW) {
        s = s.substring(1);
      }
      for (String article : ARTICLES) {
        if (s.startsWith(article) && s.length() - article.length() >= 3) {
          s = s.substring(article.length());
          break;
        }
      }
      if (s.length() >= 4 || (s.length() >= 3 && s != w)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The definite article with the prepositions glued before it, longest first. */
  private static final String[] ARTICLES = {
      "" + ArabicLetters.BEH + ArabicLetters.ALEF + ArabicLetters.LAM,
      "" + ArabicLetters.FEH + ArabicLetters.ALEF + ArabicLetters.LAM,
      "" + ArabicLetters.KAF + ArabicLetters.ALEF + ArabicLetters.LAM,
      "" + ArabicLetters.ALEF + ArabicLetters.LAM,
      "" + ArabicLetters.LAM + ArabicLetters.LAM};

  static boolean startsWithWaw(PageLine l) {
    return l.wordCount > 0 && l.words.get(0).length() > 2 && l.words.get(0).charAt(0) == ArabicLetters.WAW;
  }

  /** True when the first visible character is a letter (not a bullet, dash, number, quote or bracket). */
  static boolean opensWithLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !ArabicText.isInvisibleMark(c)) {
        return Character.isLetter(c);
      }
    }
    return false;
  }
}
