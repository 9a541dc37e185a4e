package org.khabar.structure;

import static org.khabar.structure.EdgeCohesion.EDGE_REST_LINES;
import static org.khabar.structure.LineRoleAnalyzer.MAX_LINE_CHARS;
import static org.khabar.structure.PageFootPasses.FOOTER_OVERLAP;
import static org.khabar.structure.PageWords.openLines;
import static org.khabar.structure.PageWords.opensWithLetter;
import static org.khabar.structure.PageWords.startsWithWaw;

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
 * Widgets inside the page: an embedded gallery, poll widgets and the page's own date stamp alone on a line.
 *
 * <p>Stateless and thread-safe: a pass changes only the lines of the one page it is given.
 */
final class WidgetPasses {
  private final Lexicon lexicon;

  WidgetPasses(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Words of the repeated opening that marks a gallery's slides. */
  static final int GALLERY_PREFIX_WORDS = 5;
  /** Least number of slides (lines opening with the same words) that make a gallery. */
  static final int MIN_SLIDES = 3;
  /** Words at a line's start in which the gallery's title is looked for (credits may stand before it). */
  static final int GALLERY_TITLE_WITHIN = 20;
  /** Most open lines below a gallery's last slide (its caption's rest) for it to be the page's tail. */
  static final int GALLERY_MAX_BELOW = 2;

  /**
   * A photo gallery or slide show of another story embedded under the article: the scraper gives one line per
   * slide, each opening with the gallery's title ("داعش . . الخطر المتمدد ..." then the slide's caption), with the
   * captions' further sentences on lines between. Page-level evidence: {@link #MIN_SLIDES} open lines or more open
   * with the same {@link #GALLERY_PREFIX_WORDS} words, and the block they span ends the page (at most
   * {@link #GALLERY_MAX_BELOW} open lines below it) with three open lines above it. From the topmost line that holds
   * those words among its first {@link #GALLERY_TITLE_WITHIN} (credits may come first) to the page's end, open lines
   * are boilerplate. Articles do not open three paragraphs with the same four words, except for a list that the
   * tail condition leaves out when the article goes on below it. Runs on the learnt model's output.
   */
  void markGallery(List<PageLine> nonBlank) {
    List<PageLine> open = openLines(nonBlank);
    int m = open.size();
    if (m < EDGE_REST_LINES + MIN_SLIDES) {
      return;
    }
    Map<String, Integer> openings = new HashMap<>();
    String title = null;
    for (PageLine l : open) {
      // A slide opens with the gallery's title: not with wa- or a particle (parallel paragraphs of a report:
      // "وأضاف أنه وعلى ضوء ذلك ..."), nor with a bullet, dash or number (the steps of a how-to), nor with a label.
      if (l.wordCount > GALLERY_PREFIX_WORDS && !labelled(l.text, GALLERY_PREFIX_WORDS) && !startsWithWaw(l)
          && !lexicon.isFunctionWord(l.words.get(0)) && opensWithLetter(l.text)) {
        String key = String.join(" ", l.words.subList(0, GALLERY_PREFIX_WORDS));
        if (openings.merge(key, 1, Integer::sum) == MIN_SLIDES) {
          title = key;
        }
      }
    }
    if (title == null) {
      return;
    }
    List<String> t = List.of(title.split(" "));
    int first = -1;
    int last = -1;
    for (int j = 0; j < m; j++) {
      PageLine l = open.get(j);
      if (l.wordCount > GALLERY_PREFIX_WORDS
          && Collections.indexOfSubList(l.words.subList(0, Math.min(l.wordCount, GALLERY_TITLE_WITHIN)), t) >= 0) {
        if (first < 0) {
          first = j;
        }
        last = j;
      }
    }
    if (first < EDGE_REST_LINES || m - 1 - last > GALLERY_MAX_BELOW) {
      return;
    }
    for (int j = first; j < m; j++) {
      open.get(j).role = LineRole.BOILERPLATE;
    }
  }

  /**
   * True when a colon stands among the text's first {@code words} words: a speaker's label ("خديجة بن قنة : ...")
   * or a question-and-answer mark ("س : ..."), which transcripts repeat at the start of many paragraphs.
   */
  static boolean labelled(String text, int words) {
    int seen = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && i < MAX_LINE_CHARS; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '\uFF1A') {
        return true;
      }
      boolean w = Character.isLetterOrDigit(c);
      if (w && !inWord && ++seen > words) {
        return false;
      }
      inWord = w;
    }
    return false;
  }

  /** Most words of a line that is a date stamp alone. */
  static final int DATE_STAMP_WORDS = 20;

  /** A clock time ("08 : 41", "8:41"). */
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2} ?: ?\\d\\d\\b");

  /**
   * The page's own date stamp alone on a line ("08 : 41 صباحا - آخر تعديل في الثلاثاء 21 تشرين الثاني / نوفمبر
   * 2017 ."): the publication or update stamp, no sentence of the article, so boilerplate by the guideline
   * (furniture). A line of at most {@link #DATE_STAMP_WORDS} words, at least one a number, all others calendar words
   * or CMS date labels ({@code date-stamps.txt}), with a CMS label or a clock time (a bare date, "3 أكتوبر", is
   * how chronologies head their days: on 20,000 clean ant-2018 articles the bare-date version took 28 such
   * headings), and the only such line of the page. Bylines and datelines ("لندن - وكالات ...") name a place or an
   * agency, so they do not qualify. Runs on the learnt model's output.
   */
  void markDateStamps(List<PageLine> nonBlank) {
    PageLine stamp = null;
    for (PageLine l : nonBlank) {
      if (l.role == null && !l.truncated && l.words.size() <= DATE_STAMP_WORDS && lexicon.dateStampOnly(l.words)) {
        if (stamp != null) {
          return;
        }
        stamp = l;
      }
    }
    if (stamp != null && (lexicon.hasDateStampLabel(stamp.words) || CLOCK.matcher(stamp.text).find())) {
      stamp.role = LineRole.BOILERPLATE;
    }
  }

  /** A poll's title word (a token opening with it: scraped pages glue it to the question, "استفتاءما هي ..."). */
  private static final Pattern POLL_TITLE = Pattern.compile(
      "(?:^|[\\s|:\\-])(?:استفتاء|استطلاع|تصويت|poll\\b|Poll\\b)");
  /** A poll's question and answer options: a question mark and at most eight words up to a loading marker. */
  private static final Pattern POLL_OPTIONS = Pattern.compile(
      "[?\u061F](?:\\s+\\S+){1,8}?\\s+(?:جاري التحميل|جار التحميل|Loading|loading)");
  /** The word that every Arabic loading marker of {@link #POLL_OPTIONS} holds. */
  private static final String LOADING = "التحميل";
  /** Most words between a poll's title word and its question mark. */
  static final int POLL_QUESTION_WORDS = 20;
  /** Most lines below a poll widget that go with it when they share few words with the article above. */
  static final int POLL_TAIL_LINES = 2;

  /**
   * Poll widgets (the "استفتاء / استطلاع الرأي" boxes of news sites, whose scraped text is the question, the answer
   * options and the script's loading marker: "هل ... ? نعم لا جاري التحميل . . ."). A line holds a poll when a question
   * is followed by at most eight words and a loading marker, or when the line opens with a poll title word and a
   * question (a "?" within {@link #POLL_QUESTION_WORDS} words) followed by at most eight words to its end. The line is
   * boilerplate unless the text before the poll closes the article above it (12 words or more sharing at least {@link
   * PageFootPasses#FOOTER_OVERLAP} of its weighted terms with the open lines above; with the page's other open lines
   * when fewer than three stand above) or the text after it opens the article below (12 words or more sharing as much
   * with three open lines or more below). The open lines below a poll line, when at most {@link #POLL_TAIL_LINES}
   * remain and each shares under {@link PageFootPasses#FOOTER_OVERLAP} with the lines above the poll, go with it (the
   * text after a poll is more of the sidebar or footer: a self-description, a newsletter form). Sources: the poll
   * widgets of WordPress polling plug-ins and news CMSs (question, options, "Loading ..."), read as widget vocabulary
   * the way trafilatura and jusText read forms. Runs on the learnt model's output.
   */
  static void markPolls(List<PageLine> nonBlank) {
    List<PageLine> open = openLines(nonBlank);
    int m = open.size();
    if (m < EDGE_REST_LINES + 1) {
      return;
    }
    Cohesion c = Cohesion.standard();
    for (int j = 0; j < m; j++) {
      PageLine l = open.get(j);
      String t = l.scanned;
      int[] span = pollSpan(t);
      if (span == null) {
        continue;
      }
      // The text before the poll may close the article above it; the text after it may open the article below.
      Set<String> above = new HashSet<>();
      Set<String> below = new HashSet<>();
      for (int i = 0; i < m; i++) {
        if (i < j || (j < EDGE_REST_LINES && i != j)) {
          above.addAll(open.get(i).terms());
        }
        if (i > j) {
          below.addAll(open.get(i).terms());
        }
      }
      List<String> before = Lexicon.words(ArabicText.matchKey(t.substring(0, span[0])));
      List<String> after = Lexicon.words(ArabicText.matchKey(t.substring(span[1])));
      boolean keepBefore = before.size() >= 12 && c.score(Cohesion.terms(before), above) >= FOOTER_OVERLAP;
      boolean keepAfter = after.size() >= 12 && m - 1 - j >= EDGE_REST_LINES
          && c.score(Cohesion.terms(after), below) >= FOOTER_OVERLAP;
      if (keepBefore || keepAfter) {
        continue;
      }
      l.role = LineRole.BOILERPLATE;
      if (m - 1 - j > POLL_TAIL_LINES || j == 0) {
        continue;
      }
      boolean off = true;
      for (int i = j + 1; i < m && off; i++) {
        off = c.score(open.get(i).terms(), above) < FOOTER_OVERLAP;
      }
      for (int i = j + 1; i < m && off; i++) {
        open.get(i).role = LineRole.BOILERPLATE;
      }
      return;
    }
  }

  /** The start and end offsets of a poll widget in {@code t}, or null when it holds none. */
  static int[] pollSpan(String t) {
    // both shapes hold a question mark; the options' shape also a loading marker (cheap tests before the patterns)
    if (t.indexOf('?') < 0 && t.indexOf('\u061F') < 0) {
      return null;
    }
    Matcher o = POLL_OPTIONS.matcher(t);
    if ((t.contains(LOADING) || t.contains("oading")) && o.find()) {
      int start = Math.max(Math.max(t.lastIndexOf('.', o.start()), t.lastIndexOf('!', o.start())),
          t.lastIndexOf('?', o.start() - 1)) + 1;
      return new int[] {start, o.end()};
    }
    // A poll title opening the line, its question, and at most eight words of options to the line's end.
    Matcher title = POLL_TITLE.matcher(t);
    if (!title.find() || title.start() > 0) {
      return null;
    }
    int words = 0;
    for (int i = title.end(); i < t.length() && words <= POLL_QUESTION_WORDS; i++) {
      char ch = t.charAt(i);
      if (ch == '?' || ch == '\u061F') {
        return endOfWords(t, i + 1, 9) >= t.length() ? new int[] {0, t.length()} : null;
      }
      if (ch == ' ') {
        words++;
      }
    }
    return null;
  }

  /** The offset after {@code n} more words of {@code t} from {@code from} (or the text's end). */
  private static int endOfWords(String t, int from, int n) {
    int i = from;
    int words = 0;
    while (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    while (i < t.length() && words < n) {
      while (i < t.length() && t.charAt(i) != ' ') {
        i++;
      }
      words++;
      while (i < t.length() && t.charAt(i) == ' ') {
        i++;
      }
    }
    return i;
  }

  /** True when {@code t} holds at least {@code least} ASCII digits (a date stamp needs five). */
  static boolean hasDigits(String t, int least) {
    int n = 0;
    for (int i = 0; i < t.length() && n < least; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n >= least;
  }
}
