package org.khabar.structure;

import static org.khabar.structure.EdgeCohesion.EDGE_REST_LINES;
import static org.khabar.structure.PageFootPasses.FOOTER_OVERLAP;
import static org.khabar.structure.PageFootPasses.TEASER_OVERLAP;
import static org.khabar.structure.PageWords.openLines;
import static org.khabar.structure.PageWords.overlap;
import static org.khabar.structure.PageWords.secondHalfStems;
import static org.khabar.structure.PageWords.stems;
import static org.khabar.structure.PageWords.titleTerms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.model.LineRole;
import org.khabar.text.ArabicText;

/**
 * Block passes at the top of the page: a ticker of other stories' headlines, site notices or a trivia box, a feed
 * widget, a header that echoes the headline, a header line of headline, site name and furniture, and header lines
 * glued from site name, date stamps, menu and headline with no sentence of the article ({@link HeaderResidue}).
 *
 * <p>Stateless and thread-safe: a pass changes only the lines of the one page it is given.
 */
final class PageHeadPasses {
  private final Lexicon lexicon;

  PageHeadPasses(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Most lines of a headline ticker above the article. */
  static final int TICKER_MAX_LINES = 4;
  /**
   * Least lines of a headline ticker: one lead ending on "!" is common (two clean ant-2018 leads were lost when one
   * line was enough); a strip of headlines is several.
   */
  static final int TICKER_MIN_LINES = 2;

  /**
   * A ticker of other stories' headlines above the article (a "breaking" or "most read" strip scraped as the page's
   * first lines): the longest run of open lines from the top, {@link #TICKER_MIN_LINES} to {@link #TICKER_MAX_LINES} of
   * them, each a headline shape ({@link #tickerHeadline}) sharing under {@link PageFootPasses#TEASER_OVERLAP} of its
   * weighted terms (the teaser passes' bound) with the title and the open lines below the run, is boilerplate when
   * three open lines and 80 words stand below it. Unlike the edge pass, the ticker's lines are measured against the
   * article below the whole run, not against one another (two headlines of one strip may share a word). Runs on the
   * learnt model's output.
   */
  static void markTicker(List<PageLine> nonBlank) {
    OpenLines open = openLines(nonBlank);
    int run = 0;
    while (run < Math.min(TICKER_MAX_LINES, open.size()) && tickerHeadline(open.get(run))) {
      run++;
    }
    if (run < TICKER_MIN_LINES || !open.restHolds(run, open.size())) {
      return;
    }
    Set<String> ref = titleTerms(nonBlank);
    for (int i = run; i < open.size(); i++) {
      ref.addAll(open.get(i).terms());
    }
    Cohesion c = Cohesion.standard();
    for (int i = 0; i < run; i++) {
      if (c.score(open.get(i).terms(), ref) >= TEASER_OVERLAP) {
        return;
      }
    }
    for (int i = 0; i < run; i++) {
      open.get(i).role = LineRole.BOILERPLATE;
    }
  }

  /** Most words of a headline-shaped line (ending in "!") in a ticker. */
  static final int EXCLAIMED_HEADLINE_WORDS = 30;

  /**
   * A headline of another story, as tickers and "most read" strips above the article print them: a line of at most
   * {@link #EXCLAIMED_HEADLINE_WORDS} words whose last mark is an exclamation mark (tabloid and portal headlines end
   * on "!"; a lead paragraph ends on a full stop).
   */
  private static boolean tickerHeadline(PageLine l) {
    if (l.wordCount > EXCLAIMED_HEADLINE_WORDS || l.truncated) {
      return false;
    }
    String t = l.text.strip();
    return !t.isEmpty() && (t.charAt(t.length() - 1) == '!' || t.charAt(t.length() - 1) == '\uFF01');
  }

  /** Most open lines from the top that a block of site notices may take. */
  static final int NOTICE_MAX_RUN = 20;
  /** A notice block's first notice, or a trivia box's title, stands among this many open lines from the top. */
  static final int NOTICE_START_WITHIN = 3;
  /** Least lines of a notice block (policy lines, or a box's title and items). */
  static final int MIN_NOTICE_LINES = 3;

  /**
   * Site notices above the article: some pages put the site's running-prose notices (the advertising disclaimer, the
   * comment rules, the cookie and behavioural-advertising notice) or a trivia box ("هل تعلم ? أن ...") above the
   * article, so neither the line score nor the footer pass sees them. The site-notice lexicon ({@code
   * site-notices.txt}) anchors the block; page-level evidence decides its extent: the article's core is the open lines
   * of the page's second half. A policy block: from a notice line among the first {@link #NOTICE_START_WITHIN} open
   * lines, downwards, notice lines with at most one other line between two of them, all sharing few words with the core
   * (under {@link PageFootPasses#TEASER_OVERLAP}), three or more. A box: from a box title standing alone (followed by
   * "?", ":" or the line's end) among the first open lines, the lines below that share almost no words with the core
   * (under {@link PageFootPasses#FOOTER_OVERLAP}), ended by a line that does (a listicle of facts, whose every line is
   * off the core, is left alone). Either block must be followed by a line sharing words with the core and by three open
   * lines and 80 words; the block and the open lines above it (the header over the notices) are boilerplate. Runs on
   * the learnt model's output.
   */
  void markTopNotices(List<PageLine> nonBlank) {
    OpenLines open = openLines(nonBlank);
    int m = open.size();
    int limit = Math.min(NOTICE_MAX_RUN, m - EDGE_REST_LINES);
    if (limit < MIN_NOTICE_LINES) {
      return;
    }
    int first = -1;
    boolean box = false;
    for (int j = 0; j < Math.min(NOTICE_START_WITHIN, limit); j++) {
      Lexicon.NoticeHits h = lexicon.noticeHits(open.get(j).words);
      PageLine l = open.get(j);
      if (h.policy() > 0 || (h.box() > 0
          && lexicon.hasBoxTitleAlone(l.scanned))) {
        first = j;
        box = h.policy() == 0;
        break;
      }
    }
    if (first < 0) {
      return;
    }
    Set<String> core = secondHalfStems(open);
    int end;
    if (box) {
      int j = first + 1;
      while (j < limit && overlap(open.get(j), core) < FOOTER_OVERLAP) {
        j++;
      }
      if (j >= limit || j - first < MIN_NOTICE_LINES) {
        return;
      }
      end = j;
    } else {
      int last = first;
      int count = 1;
      for (int j = first + 1; j < limit; j++) {
        PageLine l = open.get(j);
        if (overlap(l, core) >= TEASER_OVERLAP) {
          break;
        }
        if (lexicon.noticeHits(l.words).policy() > 0) {
          last = j;
          count++;
        } else if (j - last > 1) {
          break;
        }
      }
      if (count < MIN_NOTICE_LINES) {
        return;
      }
      end = last + 1;
    }
    if (!open.restHolds(end, m) || overlap(open.get(end), core) < FOOTER_OVERLAP) {
      return;
    }
    for (int j = 0; j < end; j++) {
      open.get(j).role = LineRole.BOILERPLATE;
    }
  }

  /** Least relative time stamps ("منذ 17 ساعة") on a line of a feed widget above the article. */
  static final int MIN_FEED_STAMPS = 2;
  /** Last words of a feed line that must also be off the article (not its lead glued after the feed). */
  static final int FEED_TAIL_WORDS = 30;

  /**
   * A feed widget above the article ("منذ 17 ساعة headline منذ 15 ساعة headline ..."): among the first {@link
   * #NOTICE_START_WITHIN} open lines, a line with {@link #MIN_FEED_STAMPS} relative time stamps or more that shares few
   * words with the article's core (the open lines of the page's second half; under {@link
   * PageFootPasses#TEASER_OVERLAP}), and whose last {@link #FEED_TAIL_WORDS} words share almost none (under {@link
   * PageFootPasses#FOOTER_OVERLAP}: no lead glued after the feed), is boilerplate, when three open lines and 80 words
   * stand below it. The footer pass reads the same stamps at the page's end. Runs on the learnt model's output.
   */
  void markTopFeed(List<PageLine> nonBlank) {
    OpenLines open = openLines(nonBlank);
    int m = open.size();
    Set<String> core = null;
    for (int j = 0; j < Math.min(NOTICE_START_WITHIN, m - EDGE_REST_LINES); j++) {
      PageLine l = open.get(j);
      if (lexicon.timeAgoStamps(l.words) < MIN_FEED_STAMPS) {
        continue;
      }
      if (!open.restHolds(j + 1, m)) {
        return;
      }
      if (core == null) {
        core = secondHalfStems(open);
      }
      // the article's lead glued after the feed keeps the line: its last words share the core's
      List<String> tail = l.words.subList(Math.max(0, l.wordCount - FEED_TAIL_WORDS), l.wordCount);
      if (overlap(l, core) < TEASER_OVERLAP && overlap(tail, core) < FOOTER_OVERLAP) {
        l.role = LineRole.BOILERPLATE;
      }
    }
  }

  /** Least words of a headline found by its repetition on a header line that has no title separator. */
  static final int ECHO_MIN_WORDS = 6;
  /** Most words of such a headline. */
  static final int ECHO_MAX_WORDS = 25;
  /** Most header lines at the page's top that repeat the headline. */
  static final int ECHO_MAX_LINES = 2;

  /**
   * Header lines without a title separator: some pages' header repeats the headline several times (the page title,
   * the breadcrumb, the share text, the image's alt text) with the site's greeting or motto in between ("X X X ,
   * زوارنا الكرام ..."). The first open line is such a header when a run of words near its start comes again later
   * on the line (see {@link #echoedOpening}), the rest of the line without those repeats shares few words with the
   * lines below (however short it is: a one-sentence lead may follow the repeats), and its last sentence is short or
   * shares few (a digest's first item, whose words the other items do not share, ends on a long sentence); the next
   * open line is one too when it passes the same test. Three open lines must stand below. Runs on the learnt
   * model's output.
   */
  void markEchoedHeader(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    int k = 0;
    for (int done = 0; done < ECHO_MAX_LINES; done++) {
      while (k < n && nonBlank.get(k).role != null) {
        k++;
      }
      if (k >= n) {
        return;
      }
      PageLine l = nonBlank.get(k);
      List<String> headline = echoedOpening(l.words);
      if (headline == null) {
        return;
      }
      List<PageLine> below = new ArrayList<>();
      for (int b = k + 1; b < n && below.size() < 12; b++) {
        if (nonBlank.get(b).role == null) {
          below.add(nonBlank.get(b));
        }
      }
      if (below.size() < EDGE_REST_LINES) {
        return;
      }
      // the whole line without the headline's repeats must hold no lead of the article
      List<String> rest = withoutRepeats(l.words, headline);
      String t = l.scanned;
      // a short rest is no evidence by itself: a one-sentence lead glued after the repeats has few words
      if (!sharesFew(rest, below) || !offTopic(lastSentence(t, headline), below)
          || leadAfterLastRepeat(l, headline, below)) {
        return;
      }
      l.role = LineRole.BOILERPLATE;
      k++;
    }
  }

  /** Words at a header line's start among which the repeated headline must begin. */
  static final int ECHO_WITHIN = 40;

  /**
   * The longest run of {@link #ECHO_MIN_WORDS} to {@link #ECHO_MAX_WORDS} words that begins among the line's first
   * {@link #ECHO_WITHIN} words and comes again later on the line (the headline of a header that repeats it), or
   * null.
   */
  static List<String> echoedOpening(List<String> words) {
    List<String> scan = words.size() > 2_000 ? words.subList(0, 2_000) : words;
    List<String> best = null;
    for (int i = 0; i < Math.min(ECHO_WITHIN, scan.size()); i++) {
      int from = best == null ? ECHO_MIN_WORDS : best.size() + 1;
      for (int size = from; size <= ECHO_MAX_WORDS && i + 2 * size <= scan.size(); size++) {
        List<String> head = scan.subList(i, i + size);
        if (Collections.indexOfSubList(scan.subList(i + size, scan.size()), head) < 0) {
          break;
        }
        best = head;
      }
    }
    if (best == null) {
      return null;
    }
    // a headline repeated back to back is found with the start of its next copy: keep its shortest period
    for (int p = ECHO_MIN_WORDS; p < best.size(); p++) {
      boolean periodic = true;
      for (int i = 0; i + p < best.size() && periodic; i++) {
        periodic = best.get(i).equals(best.get(i + p));
      }
      if (periodic) {
        return best.subList(0, p);
      }
    }
    return best;
  }

  /** The words of the line's last sentence (after the last separator or sentence end), the headline's repeats out. */
  private static List<String> lastSentence(String t, List<String> headline) {
    String s = t.strip();
    int cut = 0;
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '|' || c == '.' || c == '?' || c == '؟' || c == '!' || c == ':' || c == '\u2026'
          || (c == '-' && i > 0 && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ')) {
        cut = i + 1;
      }
    }
    return withoutRepeats(Lexicon.words(ArabicText.matchKey(s.substring(cut))), headline);
  }

  /** A copy of {@code words} with every repeat of {@code headline} taken out. */
  private static List<String> withoutRepeats(List<String> words, List<String> headline) {
    List<String> out = new ArrayList<>(words);
    for (int at = Collections.indexOfSubList(out, headline); at >= 0; at = Collections.indexOfSubList(out, headline)) {
      out.subList(at, at + headline.size()).clear();
    }
    return out;
  }

  /**
   * True when {@code words} are under {@link #HEADER_TAIL_WORDS} or share under {@link #HEADER_OVERLAP} of their
   * longer words with the lines below: no lead of the article.
   */
  private static boolean offTopic(List<String> words, List<PageLine> below) {
    if (words.size() < HEADER_TAIL_WORDS) {
      return true;
    }
    Set<String> mine = stems(words);
    return !mine.isEmpty() && sharedWithBelow(mine, below) < HEADER_OVERLAP * mine.size();
  }

  /** How many of {@code mine} the lines below use. */
  private static int sharedWithBelow(Set<String> mine, List<PageLine> below) {
    Set<String> rest = new HashSet<>();
    for (PageLine b : below) {
      rest.addAll(b.stems());
    }
    int shared = 0;
    for (String w : mine) {
      if (rest.contains(w)) {
        shared++;
      }
    }
    return shared;
  }

  /** Least longer words of a header's rest for its share of the article's words to be measured. */
  static final int ECHO_REST_STEMS = 3;

  /**
   * True when {@code words} hold under {@link #ECHO_REST_STEMS} longer words, or share under {@link #HEADER_OVERLAP}
   * of them with the lines below, however few they are.
   */
  private static boolean sharesFew(List<String> words, List<PageLine> below) {
    Set<String> mine = stems(words);
    if (mine.size() < ECHO_REST_STEMS) {
      return true;
    }
    return sharedWithBelow(mine, below) < HEADER_OVERLAP * mine.size();
  }

  /** Words of a header line's last sentence below which it is a caption or a date, not the article's lead. */
  static final int HEADER_TAIL_WORDS = 10;
  /** A header line's last sentence shares less than this share of its longer words with the article below. */
  static final double HEADER_OVERLAP = 0.15;

  /**
   * The page's header line: the headline, a title separator and the site's name, often with the date, the menu,
   * a photo caption or the outlet's motto glued on ("X | جريدة Y مؤسسة إعلامية مستقلة ...", "X - Sputnik Arabic 21
   * يناير ..."). Many scraped pages glue the article's lead onto that line, and then it is content; the lead is
   * the line's last sentence, long and on the article's subject. So the first open line of a page is boilerplate
   * when it opens with a headline and a title separator ("|", or " - "), the headline comes again (later on the
   * line, or on the next two lines), its last sentence (after the last separator or sentence end) is short or shares
   * few words with the lines below, and a real article (three open lines or more) stands below it.
   */
  void markHeader(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    int first = 0;
    while (first < n && nonBlank.get(first).role != null) {
      first++;
    }
    if (first >= n) {
      return;
    }
    PageLine l = nonBlank.get(first);
    String t = l.scanned;
    int sep = titleSeparator(t);
    if (sep < 0) {
      return;
    }
    List<String> headline = Lexicon.words(ArabicText.matchKey(t.substring(0, sep)));
    if (headline.size() < 3 || headline.size() > 25 || headline.size() > l.wordCount) {
      return;
    }
    List<PageLine> below = new ArrayList<>();
    for (int k = first + 1; k < n && below.size() < 12; k++) {
      if (nonBlank.get(k).role == null) {
        below.add(nonBlank.get(k));
      }
    }
    if (below.size() < 3) {
      return;
    }
    // the headline comes again: later on this line (the page's own heading under the title bar) or on the next lines
    boolean echoed = Collections.indexOfSubList(l.words.subList(headline.size(), l.wordCount), headline) >= 0;
    for (int k = first + 1; k < Math.min(n, first + 3) && !echoed; k++) {
      echoed = Collections.indexOfSubList(nonBlank.get(k).words, headline) >= 0;
    }
    if (!echoed) {
      return;
    }
    // the last sentence, the headline's repeats out: no lead of the article
    if (leadAfterLastRepeat(l, headline, below) || !offTopic(lastSentence(t, headline), below)) {
      return;
    }
    l.role = LineRole.BOILERPLATE;
    l.block = true;
  }

  /**
   * True when the text after the headline's last repeat on a header line is a lead of the article: at least {@link
   * #HEADER_TAIL_WORDS} words whose rarer words the lines below use (IDF-weighted share, as the edge pass measures it,
   * at least {@link PageFootPasses#TEASER_OVERLAP}). A page may glue a lead of several sentences after the repeats
   * whose last sentence brings new names (on held-out pages, three leads were lost by the last-sentence test alone).
   */
  private static boolean leadAfterLastRepeat(PageLine l, List<String> headline, List<PageLine> below) {
    int last = -1;
    for (int at = Collections.indexOfSubList(l.words, headline); at >= 0; ) {
      last = at;
      int next = Collections.indexOfSubList(l.words.subList(at + headline.size(), l.wordCount), headline);
      at = next < 0 ? -1 : at + headline.size() + next;
    }
    if (last < 0 || l.wordCount - last - headline.size() < HEADER_TAIL_WORDS) {
      return false;
    }
    Set<String> ref = new HashSet<>();
    for (PageLine b : below) {
      ref.addAll(b.terms());
    }
    List<String> after = l.words.subList(last + headline.size(), l.wordCount);
    return Cohesion.standard().score(Cohesion.terms(after), ref) >= TEASER_OVERLAP;
  }

  /** Where a title separator ("|", or a spaced dash " - ") stands in the line; -1 if none. */
  private static int titleSeparator(String t) {
    int limit = Math.min(t.length(), 400);
    for (int i = 1; i < limit - 1; i++) {
      char c = t.charAt(i);
      if (c == '|' || (c == '-' && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return -1;
  }

  /** Most open lines from the top that a glued header may take. */
  static final int GLUED_HEADER_LINES = 3;
  /**
   * Most words of a glued header line left once its furniture is out ({@link HeaderResidue}): a place, a section
   * word, a short headline that the page does not print again; a lead of the article is longer.
   */
  static final int HEADER_RESIDUE_WORDS = 12;
  /**
   * Most residue words of a header line that ends on its page stamp ({@link HeaderResidue#endsOnStamp}): the
   * menu, the headline and a second wording of it (a deck, a teaser) before the date.
   */
  static final int HEADER_STAMPED_RESIDUE_WORDS = 30;
  /**
   * Least words of a sentence of the article's own that ends the line (after its last furniture word, with a final
   * stop): the article's first sentence glued after the header keeps the line.
   */
  static final int HEADER_SENTENCE_WORDS = 5;

  /**
   * Header lines glued from the site name, the date stamp, the weather, the menu and the headline, with no sentence of
   * the article's own: from the top, each open line (at most {@link #GLUED_HEADER_LINES}) that shows a header's
   * evidence (a clock time or a CMS date label with a number; or two of a numeric date, the outlet's name, two widget
   * words or more, a headline repeated on the line; or a sentence holding a site notice's phrase, such as an
   * ad-blocker notice, that is off the article's topic and is then furniture as a whole), that holds no sentence of
   * {@link #HEADER_SENTENCE_WORDS} words or more (the article's first sentence glued on), and whose words, once the
   * furniture is out ({@link HeaderResidue}), number at most {@link #HEADER_RESIDUE_WORDS} (at most {@link
   * #HEADER_STAMPED_RESIDUE_WORDS} when the line ends on its page stamp). The walk stops at the first line that is
   * not such a header; three open lines and 80 words must stand below. Runs on the learnt model's output.
   */
  void markGluedHeader(List<PageLine> nonBlank, java.util.function.Supplier<List<List<String>>> outletNames) {
    OpenLines open = openLines(nonBlank);
    int m = open.size();
    for (int j = 0; j < Math.min(GLUED_HEADER_LINES, m - EDGE_REST_LINES); j++) {
      PageLine l = open.get(j);
      if (l.truncated || l.wordCount > HeaderResidue.MAX_WORDS || !open.restHolds(j + 1, m)) {
        return;
      }
      // the header's evidence first (cheap; most first lines are leads and show none): a clock or a labelled date,
      // or two of a numeric date, the outlet's name, widget words, the headline repeated on the line; or a sentence
      // of a site notice (ad blocker, cookies), checked below
      boolean[] anchors = lexicon.noticeMask(l.words);
      boolean anchored = false;
      for (boolean a : anchors) {
        anchored |= a;
      }
      boolean evident = HeaderResidue.strongPageStamp(l.key);
      if (!evident) {
        int kinds = (l.namesOutlet ? 1 : 0) + (lexicon.widgetHits(l.words).coveredWords() >= 2 ? 1 : 0);
        if (kinds == 1 && HeaderResidue.pageStamp(l.key)) {
          kinds++;
        }
        if (kinds == 1) {
          for (boolean e : HeaderResidue.echoed(l.words, List.of())) {
            if (e) {
              kinds++;
              break;
            }
          }
        }
        evident = kinds >= 2;
      }
      if (!evident && !anchored) {
        return;
      }
      byte[] furniture = HeaderResidue.stampsAndWidgets(lexicon, l.key, l.words);
      // a sentence with a site notice's phrase is furniture as a whole, and evidence, when it is off the article's
      // topic (an article about ad blockers or privacy rules keeps its lead)
      if (anchored) {
        byte[] trial = furniture.clone();
        List<String> noticeWords = HeaderResidue.markNoticeSentences(l.key, l.words, trial, anchors);
        Set<String> ref = new HashSet<>();
        for (int b = j + 1; b < m; b++) {
          ref.addAll(open.get(b).terms());
        }
        if (Cohesion.standard().score(Cohesion.terms(noticeWords), ref) < TEASER_OVERLAP) {
          furniture = trial;
          evident = true;
        }
      }
      if (!evident || HeaderResidue.longestSentence(l.key, furniture) >= HEADER_SENTENCE_WORDS) {
        return;
      }
      int bound = HeaderResidue.endsOnStamp(l.key, furniture) ? HEADER_STAMPED_RESIDUE_WORDS : HEADER_RESIDUE_WORDS;
      // the headline printed again on the title line (not text shared with lines below: a widget line may repeat
      // the lead that this line carries first)
      List<List<String>> others = new ArrayList<>();
      for (PageLine o : nonBlank) {
        if (o != l && o.role == LineRole.TITLE) {
          others.add(o.words);
        }
      }
      HeaderResidue.markEchoes(furniture, l.words, outletNames.get(), others);
      if (HeaderResidue.residue(furniture) > bound) {
        return;
      }
      l.role = LineRole.BOILERPLATE;
    }
  }
}
