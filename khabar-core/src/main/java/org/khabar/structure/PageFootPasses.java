package org.khabar.structure;

import static org.khabar.structure.EdgeCohesion.EDGE_REST_LINES;
import static org.khabar.structure.LineFeatures.startsWithListNumber;
import static org.khabar.structure.PageWords.echoesHeadline;
import static org.khabar.structure.PageWords.firstHalfStems;
import static org.khabar.structure.PageWords.headlineMarks;
import static org.khabar.structure.PageWords.isFurniture;
import static org.khabar.structure.PageWords.openLines;
import static org.khabar.structure.PageWords.opensConnective;
import static org.khabar.structure.PageWords.overlap;
import static org.khabar.structure.PageWords.startsWithWaw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.model.LineRole;
import org.khabar.text.ArabicLetters;

/**
 * Block passes at the foot of the page: the outlet's "about us" blurb, a box of other stories' teasers, the footer,
 * and (tenth round, {@link #markFoot}) copies of the article's passages at its end, the foot opened by a box title,
 * a readers' comment thread, the writer's bio or a list of names above the footer, prose between footer lines and a
 * closing keyword list.
 *
 * <p>Stateless and thread-safe: a pass changes only the lines of the one page it is given.
 */
final class PageFootPasses {
  private final Lexicon lexicon;

  PageFootPasses(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The tenth round's passes at the foot, in order: repeats at the end ({@link #markTailRepeats}; a contact form
   * glued to a copy of the lead is a duplicate, not the foot), the foot opened by a box title ({@link
   * #markFootBlock}), a comment thread ({@link #markCommentThread}), the writer's bio or a list of names above the
   * footer ({@link #markAuthorBio}), prose between footer lines ({@link #markFooterProse}) and a keyword list closing
   * the page ({@link #markKeywordList}). Runs on the learnt model's output.
   */
  void markFoot(List<PageLine> nonBlank) {
    markTailRepeats(nonBlank);
    markFootBlock(nonBlank);
    markCommentThread(nonBlank);
    markAuthorBio(nonBlank);
    markFooterProse(nonBlank);
    markKeywordList(nonBlank);
  }

  /** Most open lines, from the bottom, that the self-description pass looks at. */
  static final int SELF_MAX_RUN = 8;
  /** Overlap with the article's first half under which a blurb that opens with two self-description phrases is one. */
  static final double SELF_NAMED_OVERLAP = 0.5;
  /** A blurb names the site as a medium within its first words ("الرقة بوست . . موقع إخباري ..."). */
  static final int SELF_OPENING_WORDS = 4;

  /**
   * The outlet describing itself under the article ("X موقع إخباري مستقل يسعى إلى ...", "مرجعك الأول لـ ...", "وهي
   * النافذة الإعلامية الرسمية لـ ..."): an "about us" blurb is prose, so neither the line score nor the footer pass
   * (which wants widget words) sees it. Page-level evidence decides: from the bottom of the page upwards, over the
   * open lines below the article's last line that shares its words, a line is the blurb when it shares few words
   * with the article's first half (under {@link #TEASER_OVERLAP}; under {@link #FOOTER_OVERLAP} when it opens with a
   * connective, as the article's later paragraphs do), does not open with a background formula ("يذكر أن ..."),
   * and the self-description lexicon ({@code self-descriptions.txt}) finds in it two phrases of
   * which one names the site as a medium, addresses the reader or makes the site the subject of a mission verb, or
   * one such phrase at the line's start or beside the page's own outlet name. Open lines below a blurb line that
   * share almost no words with the article (under {@link #FOOTER_OVERLAP}) are the rest of it. Three open lines
   * must stand above. Runs on the learnt model's output.
   */
  void markSelfDescriptions(List<PageLine> nonBlank) {
    List<PageLine> open = openLines(nonBlank);
    int m = open.size();
    if (m < EDGE_REST_LINES + 1) {
      return;
    }
    // Most pages hold no phrase of the kind: no words to compare.
    int from = Math.max(EDGE_REST_LINES, m - SELF_MAX_RUN);
    boolean any = false;
    for (int j = m - 1; j >= from && !any; j--) {
      any = lexicon.selfDescriptionHits(open.get(j).words).strong() > 0;
    }
    if (!any) {
      return;
    }
    Set<String> head = null;
    int top = -1; // index in open of the topmost blurb line
    int hitsBelow = 0; // self-description phrases in the walked lines below
    for (int j = m - 1; j >= from; j--) {
      PageLine l = open.get(j);
      if (l.wordCount < 3 || lexicon.isParagraphOpener(l.words.get(0))) {
        break;
      }
      Lexicon.SelfHits h = lexicon.selfDescriptionHits(l.words);
      if (h.total() == 0 && top < 0 && !l.endsFinal) {
        // a cut line or a widget left open at the very bottom: look above it
        continue;
      }
      if (head == null) {
        head = firstHalfStems(open);
      }
      double overlap = overlap(l, head);
      // A blurb that opens by naming the outlet as a medium and says what it covers may share the article's places
      // ("X مجموعة من الناشطين ... تغطي أخبار محافظة ..."): it is held to a looser overlap.
      boolean named = h.strong() > 0 && h.total() >= 2 && h.firstAt() <= SELF_OPENING_WORDS;
      double limit = named ? SELF_NAMED_OVERLAP : TEASER_OVERLAP;
      if (overlap >= limit || (h.total() == 0 && overlap >= FOOTER_OVERLAP)) {
        break;
      }
      // Late in the line, the blurb may be glued after the article's last words ("( ... فيلق الشام ) مرتبط تعليقات
      // ... من نحن ? X هي مؤسسة إعلامية"): the line must open with widget words ("اقرأ أيضا ...") and the words
      // before the blurb be about other things.
      boolean opens = h.firstAt() <= SELF_OPENING_WORDS || (l.hits.atStart()
          && overlap(l.words.subList(0, Math.max(0, h.firstAt())), head) < TEASER_OVERLAP);
      // A line opening with a connective continues the article unless it is plainly about other things.
      boolean offTopic = overlap < (opensConnective(lexicon, l) ? FOOTER_OVERLAP : limit);
      boolean blurb = h.strong() > 0 && opens && offTopic
          && (h.total() + hitsBelow >= 2 || h.firstAt() <= SELF_OPENING_WORDS || l.namesOutlet);
      if (blurb) {
        top = j;
      }
      hitsBelow += h.total();
    }
    if (top < 0) {
      return;
    }
    for (int j = top; j < m; j++) {
      PageLine l = open.get(j);
      if (j == top || overlap(l, head) < FOOTER_OVERLAP || lexicon.selfDescriptionHits(l.words).total() > 0) {
        l.role = LineRole.BOILERPLATE;
      }
    }
  }

  /**
   * Prose of the footer between two of its lines: from the end of the page upwards, over the furniture, an open
   * line whose neighbours above and below are both boilerplate with a strong widget phrase, that does not open like
   * an article's later paragraph (a function word, "يذكر أن"), and that shares under {@link #TEASER_OVERLAP} of its
   * longer words with the article's first half (an aggregator's "the site only relays what the media publish"
   * between its "taken from" credit and its report form), is boilerplate; the walk stops at the first open line
   * that is not so enclosed. Three open lines must stand above. Runs on the learnt model's output.
   */
  void markFooterProse(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    if (n < 3 || nonBlank.get(n - 1).role != LineRole.BOILERPLATE) {
      return;
    }
    List<PageLine> open = openLines(nonBlank);
    Set<String> head = null;
    int openLeft = open.size();
    for (int k = n - 2; k >= 1 && openLeft > EDGE_REST_LINES; k--) {
      PageLine l = nonBlank.get(k);
      if (isFurniture(l)) {
        continue;
      }
      if (l.role != null || !footerLine(nonBlank.get(k - 1)) || !footerLine(nonBlank.get(k + 1)) || l.wordCount == 0
          || lexicon.isFunctionWord(l.words.get(0)) || lexicon.isParagraphOpener(l.words.get(0))) {
        return;
      }
      if (head == null) {
        head = firstHalfStems(open);
      }
      if (overlap(l, head) >= TEASER_OVERLAP) {
        return;
      }
      l.role = LineRole.BOILERPLATE;
      openLeft--;
    }
  }

  /** A boilerplate line with a phrase that article prose almost never uses (copyright, a form's notice). */
  private static boolean footerLine(PageLine l) {
    return l.role == LineRole.BOILERPLATE && l.hits.strong() > 0;
  }

  /** Least comma-separated items of one to three words that open a keyword list. */
  static final int KEYWORD_ITEMS = 5;

  /**
   * A list of topics or tags closing the page ("law , discrimination , human rights , violence , ..." or "سوريا ،
   * روسيا ، إدلب ، ..."), the keyword box of a news site's template, often glued to the newsletter form: the last
   * open line of the page (only furniture below it) that opens with {@link #KEYWORD_ITEMS} or more comma-separated
   * items of one to three words each is boilerplate. An article's enumeration of places or names runs inside a
   * sentence, its items joined with wa-, and rarely opens the article's last line. Three open lines must stand above.
   */
  static void markKeywordList(List<PageLine> nonBlank) {
    int k = nonBlank.size() - 1;
    while (k >= 0 && isFurniture(nonBlank.get(k))) {
      k--;
    }
    if (k < 0 || nonBlank.get(k).role != null || openLines(nonBlank).size() <= EDGE_REST_LINES) {
      return;
    }
    PageLine l = nonBlank.get(k);
    if (opensWithKeywordList(l.scanned)) {
      l.role = LineRole.BOILERPLATE;
    }
  }

  /** True when {@code text} opens with {@link #KEYWORD_ITEMS} or more items of one to three words between commas. */
  static boolean opensWithKeywordList(String text) {
    int items = 0;
    int start = 0;
    for (int i = 0; i <= text.length() && items < KEYWORD_ITEMS; i++) {
      if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == ArabicLetters.ARABIC_COMMA) {
        if (i == text.length()) {
          break;
        }
        List<String> w = Lexicon.words(org.khabar.text.ArabicText.matchKey(text.substring(start, i)));
        if (w.isEmpty() || w.size() > 3 || (w.get(0).length() > 2 && w.get(0).charAt(0) == ArabicLetters.WAW)) {
          return false;
        }
        items++;
        start = i + 1;
      }
    }
    return items >= KEYWORD_ITEMS;
  }

  /** Most words of a writer's bio line. */
  static final int BIO_MAX_WORDS = 30;
  /** A bio noun opens the bio within this many words (a name may come first: "X مهندس من ..."). */
  static final int BIO_NOUN_WINDOW = 4;

  /**
   * The writer's short biography under the article ("خريج كلية الحقوق بجامعة ... , مراسل ...", "X كاتب وباحث في
   * ..."): a line of prose that shares the article's places, so the off-topic tests keep it. It is the last open
   * line of a page that ends on the site's footer (only furniture below it, a boilerplate line among it), of 3 to
   * {@link #BIO_MAX_WORDS} words, opening (within {@link #BIO_NOUN_WINDOW} words, not with a connective) with a
   * noun of a writer's trade or degree ({@code bio-nouns.txt}), and reporting nothing (no "أن / إن", which the
   * article's closing sentences about people carry). The same last line is the footer's too when it is a list of
   * names or tags rather than a sentence (see {@link #isWordList}: the names of readers who commented, a tag cloud)
   * and shares under {@link #FOOTER_OVERLAP} of its longer words with the article's first half. Three open lines
   * must stand above. Runs on the learnt model's output.
   */
  void markAuthorBio(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    boolean footer = false;
    int k = n - 1;
    while (k >= 0 && nonBlank.get(k).role != null) {
      footer |= nonBlank.get(k).role == LineRole.BOILERPLATE;
      if (!isFurniture(nonBlank.get(k))) {
        return;
      }
      k--;
    }
    if (!footer || k < 0 || openLines(nonBlank).size() <= EDGE_REST_LINES) {
      return;
    }
    PageLine l = nonBlank.get(k);
    if (l.wordCount < 3 || opensConnective(lexicon, l)) {
      return;
    }
    if (isWordList(l)) {
      List<PageLine> open = openLines(nonBlank);
      Set<String> head = firstHalfStems(open);
      if (overlap(l, head) < FOOTER_OVERLAP) {
        l.role = LineRole.BOILERPLATE;
        return;
      }
    }
    if (l.wordCount > BIO_MAX_WORDS) {
      return;
    }
    boolean noun = false;
    for (int i = 0; i < Math.min(BIO_NOUN_WINDOW, l.wordCount) && !noun; i++) {
      noun = lexicon.isBioNoun(l.words.get(i));
    }
    if (!noun) {
      return;
    }
    for (String w : l.words) {
      if (COMPLEMENTIZERS.contains(w)) {
        return;
      }
    }
    l.role = LineRole.BOILERPLATE;
  }

  /** Least words of a line without any function word that make a list of names or tags. */
  static final int WORD_LIST_MIN_WORDS = 12;

  /**
   * A list of names or tags, not a sentence: {@link #WORD_LIST_MIN_WORDS} Arabic words or more and not one function
   * word among them, alone or after wa- or fa- (prose always has "في", "ومن", "على", "فإن" ...).
   */
  private boolean isWordList(PageLine l) {
    if (l.wordCount < WORD_LIST_MIN_WORDS || l.arabicShare < 0.5) {
      return false;
    }
    for (String w : l.words) {
      // "ومن", "فإن": wa- or fa- glued to a function word
      boolean clitic = w.length() > 2 && (w.charAt(0) == ArabicLetters.WAW || w.charAt(0) == ArabicLetters.FEH);
      if (lexicon.isFunctionWord(w) || (clitic && lexicon.isFunctionWord(w.substring(1)))) {
        return false;
      }
    }
    return true;
  }

  /** "أن / إن" and their clitic forms, on match keys: a sentence that reports something. */
  private static final String AN = "" + ArabicLetters.ALEF + ArabicLetters.NOON;
  private static final Set<String> COMPLEMENTIZERS = Set.of(AN, ArabicLetters.BEH + AN, ArabicLetters.WAW + AN,
      ArabicLetters.FEH + AN, ArabicLetters.LAM + AN);

  /** Most words of a line that opens with a comment thread's count header and is taken as the header. */
  static final int COMMENT_HEADER_WORDS = 12;

  /**
   * A readers' comment thread under the article: blogs and news sites head it with a count ("12 تعليق", "3 ردود
   * على ...", "2 Responses to ..."; {@code comment-headers.txt}), and the posts below it (readers' names,
   * greetings, religious formulae, replies to one another) read as prose, often on the article's own topic, so
   * neither the line score nor the off-topic tests see them. In the page's second half, the first line (open, or
   * boilerplate for the widgets on it) with
   * such a header that either opens with it (a header line of at most {@link #COMMENT_HEADER_WORDS} words, or the
   * section's title alone: "التعليقات ( 3 )", "آراء القراء") or
   * carries it after widget words (the tags and share buttons that close the article: "Filed under : ... | Tagged
   * : ... 12 تعليق ...") starts the thread: every open line below it is boilerplate, and so is the header line
   * when it opens with the count (after widget words, the article's last words come first on the line). Three open
   * lines must stand above it. Runs on the learnt model's output.
   */
  void markCommentThread(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    int openAbove = 0;
    for (int j = 0; j < n; j++) {
      PageLine l = nonBlank.get(j);
      // The header line may have been decided boilerplate already (the tags and share buttons on it).
      boolean eligible = j >= n / 2 && openAbove >= EDGE_REST_LINES
          && (l.role == null || l.role == LineRole.BOILERPLATE);
      if (l.role == null) {
        openAbove++;
      }
      if (!eligible) {
        continue;
      }
      int at = lexicon.commentCountAt(l.words);
      boolean label = lexicon.isCommentLabel(l.words);
      if (at < 0 && !label) {
        continue;
      }
      boolean opensLine = label || (at <= 1 && l.wordCount <= COMMENT_HEADER_WORDS);
      boolean afterWidgets = at >= 0 && l.hits.weight() > 0 && l.hits.firstHitStart() < at;
      if (!opensLine && !afterWidgets) {
        continue;
      }
      if (opensLine) {
        l.role = LineRole.BOILERPLATE;
      }
      for (int k = j + 1; k < n; k++) {
        if (nonBlank.get(k).role == null) {
          nonBlank.get(k).role = LineRole.BOILERPLATE;
        }
      }
      return;
    }
  }

  /** Most open lines below a foot title that the foot-block pass takes. */
  static final int FOOT_MAX_LINES = 8;

  /**
   * The page's foot as one block: the first box under an article is often opened by a title ("مقالات مشابهة",
   * "لا يوجد تعليق", "اقرأ أيضا") and followed by teasers of other stories, the comment form, the outlet's blurb and
   * contact lines, which read as prose one by one, so the line score and the tail walk (which stops at the first
   * sentence) keep them. trafilatura cuts the page at such titles (its comment and "related" discards); here, near
   * the end of the page (at most {@link #FOOT_MAX_LINES} open lines below it), a line that opens with a strong
   * widget phrase (not a paragraph going on with wa- after it) starts the foot, and the open lines below it are
   * boilerplate, unless one of them continues the article (its first word is a connective, or it shares half its
   * words with the article's first half): then the title was inline furniture and nothing is decided. The page must
   * end on furniture (the site's footer): a clean text ends on the article's own words. The open line right above
   * the title is the foot too when it also opens with widget words (a tags label glued to the author's bio) and is
   * about other things. Three open lines must stand above. Runs on the learnt model's output.
   */
  void markFootBlock(List<PageLine> nonBlank) {
    List<PageLine> open = openLines(nonBlank);
    if (open.size() < EDGE_REST_LINES + 1) {
      return;
    }
    int n = nonBlank.size();
    // The foot is framed by the site's footer: on a clean text, which ends on the article's own words, an inline
    // "read also" line is followed by more of the article.
    if (nonBlank.get(n - 1).role != LineRole.BOILERPLATE) {
      return;
    }
    int opener = -1;
    int openBelow = 0;
    int openAboveOpener = 0;
    for (int k = n - 1; k >= 0 && openBelow <= FOOT_MAX_LINES; k--) {
      PageLine l = nonBlank.get(k);
      if ((l.role == null || l.role == LineRole.BOILERPLATE) && opensWithWidgetTitle(l)) {
        opener = k;
        openAboveOpener = open.size() - openBelow - (l.role == null ? 1 : 0);
      }
      if (l.role == null) {
        openBelow++;
      }
    }
    // The site's footer itself opening with a copyright notice is no box title.
    if (opener < 0 || opener == n - 1 || openAboveOpener < EDGE_REST_LINES) {
      return;
    }
    Set<String> head = firstHalfStems(open);
    List<PageLine> foot = new ArrayList<>();
    for (int k = opener; k < n; k++) {
      PageLine l = nonBlank.get(k);
      if (l.role != null) {
        continue;
      }
      double overlap = overlap(l, head);
      // Its first word only: a teaser's headline may be followed by wa- ("التشجيب والتوبيخ لمن ...").
      boolean connective = l.wordCount > 0 && (startsWithWaw(l) || lexicon.isFunctionWord(l.words.get(0))
          || lexicon.isParagraphOpener(l.words.get(0)));
      if (k > opener && (connective || overlap >= SELF_NAMED_OVERLAP)) {
        return;
      }
      foot.add(l);
    }
    if (opener > 0) {
      PageLine above = nonBlank.get(opener - 1);
      if (above.role == null && above.hits.atStart() && !startsWithWaw(above) && !proseAfterFirstHit(above)
          && openAboveOpener > EDGE_REST_LINES
          && overlap(above, head) < TEASER_OVERLAP) {
        foot.add(above);
      }
    }
    for (PageLine l : foot) {
      l.role = LineRole.BOILERPLATE;
    }
  }

  /**
   * The line opens with a strong widget phrase (a box's title, a comment form's notice) that no paragraph goes on
   * after: the word after the phrase does not open with wa- ("أخبار متعلقة وأكد ..." is a paragraph).
   */
  static boolean opensWithWidgetTitle(PageLine l) {
    return l.hits.atStart() && l.hits.strong() > 0 && (!startsWithWaw(l) || l.hits.atStartBare())
        && !proseAfterFirstHit(l);
  }

  /** The word after the line's first widget phrase opens with wa-: a paragraph goes on after the phrase. */
  static boolean proseAfterFirstHit(PageLine l) {
    int after = l.hits.firstHitEnd();
    return after < l.wordCount && l.words.get(after).length() > 2
        && l.words.get(after).charAt(0) == org.khabar.text.ArabicLetters.WAW;
  }

  /** Words in a row that make one shingle of the tail-repeat pass. */
  static final int REPEAT_SHINGLE = 4;
  /** Least words of a tail line that the tail-repeat pass compares. */
  static final int REPEAT_MIN_WORDS = 8;
  /** Share of a tail line's words inside shingles seen earlier on the page that makes it a repeat. */
  static final double REPEAT_COVERED = 0.75;

  /**
   * Repeats at the page's end: scrapers often append a second copy of the article, or of its lead, under it, with
   * the contact form or the headline glued on ("إذا أردت أن تتصل بنا ... : headline | lead ...") or one sentence
   * of a long paragraph copied again into a closing box. The line-level repeat test wants the two lines to be of
   * about the same length; here, from the end of the page upwards, an open line (over the furniture below it) whose
   * words lie, for {@link #REPEAT_COVERED} of them, inside runs of {@link #REPEAT_SHINGLE} words that came earlier on
   * the page, at least half of them on the article's own (open) lines, is a {@code duplicate} of the open line it
   * shares most runs with. The walk stops at the first line that says something new, so a quotation repeated inside
   * the article (a pull quote, with more article below it) stays content; and the lines below the last open line
   * must hold a boilerplate line (the site's footer): a clean text that closes by restating its lead, or a list of
   * items cut from one pattern, ends on its own words. Three open lines must stand above. Runs on
   * the learnt model's output.
   */
  static void markTailRepeats(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    int openLeft = openLines(nonBlank).size();
    if (openLeft < EDGE_REST_LINES + 1) {
      return;
    }
    // Scrapers append the copy between the article and the site's footer: a boilerplate line must stand below.
    boolean footer = false;
    for (int k = n - 1; k >= 0 && nonBlank.get(k).role != null; k--) {
      footer |= nonBlank.get(k).role == LineRole.BOILERPLATE;
    }
    if (!footer) {
      return;
    }
    // Where each run of words first occurs on the page (the line's index), on any line and on the open lines.
    Map<String, Integer> firstAt = null;
    Map<String, Integer> firstOpenAt = null;
    for (int k = n - 1; k >= 0 && openLeft > EDGE_REST_LINES; k--) {
      PageLine l = nonBlank.get(k);
      // The footer's lines are walked over (a teaser there that repeats the lead stays boilerplate); an open line
      // that says something new ends the walk.
      if (isFurniture(l)) {
        continue;
      }
      if (l.role != null || l.wordCount < REPEAT_MIN_WORDS) {
        return;
      }
      if (firstAt == null) {
        firstAt = new HashMap<>();
        firstOpenAt = new HashMap<>();
        for (PageLine e : nonBlank) {
          for (int i = 0; i + REPEAT_SHINGLE <= e.wordCount; i++) {
            String key = shingle(e.words, i);
            firstAt.putIfAbsent(key, e.index);
            if (e.role == null) {
              firstOpenAt.putIfAbsent(key, e.index);
            }
          }
        }
      }
      int source = repeatSource(l, firstAt, firstOpenAt);
      if (source < 0) {
        return;
      }
      l.role = LineRole.DUPLICATE;
      l.duplicateOf = source + 1;
      openLeft--;
    }
  }

  /**
   * The index of the open line that {@code l} repeats (the one it shares most runs of words with), when
   * {@link #REPEAT_COVERED} of its words lie in runs seen earlier and half of them in runs of open lines; else -1.
   */
  private static int repeatSource(PageLine l, Map<String, Integer> firstAt, Map<String, Integer> firstOpenAt) {
    boolean[] covered = new boolean[l.wordCount];
    boolean[] coveredOpen = new boolean[l.wordCount];
    Map<Integer, Integer> sources = new HashMap<>();
    for (int i = 0; i + REPEAT_SHINGLE <= l.wordCount; i++) {
      String key = shingle(l.words, i);
      Integer at = firstAt.get(key);
      if (at == null || at >= l.index) {
        continue;
      }
      Integer openAt = firstOpenAt.get(key);
      boolean fromOpen = openAt != null && openAt < l.index;
      for (int w = i; w < i + REPEAT_SHINGLE; w++) {
        covered[w] = true;
        coveredOpen[w] |= fromOpen;
      }
      if (fromOpen) {
        sources.merge(openAt, 1, Integer::sum);
      }
    }
    int all = 0;
    int fromOpen = 0;
    for (int w = 0; w < l.wordCount; w++) {
      all += covered[w] ? 1 : 0;
      fromOpen += coveredOpen[w] ? 1 : 0;
    }
    if (all < REPEAT_COVERED * l.wordCount || 2 * fromOpen < l.wordCount) {
      return -1;
    }
    int source = -1;
    int best = 0;
    for (Map.Entry<Integer, Integer> e : sources.entrySet()) {
      if (e.getValue() > best || (e.getValue() == best && e.getKey() < source)) {
        best = e.getValue();
        source = e.getKey();
      }
    }
    return source;
  }

  private static String shingle(List<String> words, int from) {
    return String.join(" ", words.subList(from, from + REPEAT_SHINGLE));
  }

  /** A footer line shares less than this share of its longer words with the article's first half. */
  static final double FOOTER_OVERLAP = 0.15;

  /**
   * The page's footer in prose clothing: copyright and reuse notices, "about us" blurbs, greetings and follow-us
   * appeals of the site's team read as sentences, so the line-level score keeps them. Two block-level signals decide
   * them at the bottom of the page (from the end upwards, only while the lines below are furniture):
   * <ul>
   *   <li>a line with a strong widget phrase (copyright, sign-in) or a feed's relative time stamp ("16 hours ago"),
   *       or that names the page's own outlet alongside widget words, or that talks of widgets at length, and
   *       shares few words with the article;</li>
   *   <li>below such furniture, a line that shares almost no words with the article and does not open like an
   *       article's later paragraph (the rest of an "about us" text, a teaser's lead).</li>
   * </ul>
   * A real article must stand above (three undecided lines or more). On clean text every line shares words with
   * the article or carries no widget word, so neither fires there ({@code khabar train structure} counts the lines
   * lost on clean ant-2018 articles).
   */
  void markFooter(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    List<PageLine> content = openLines(nonBlank);
    if (content.size() < 4) {
      return;
    }
    Set<String> head = null;
    PageLine firstOpen = content.get(0);
    List<PageLine> offTopic = new ArrayList<>();
    // the topmost line this pass called footer, and the topmost footer with a strong widget phrase
    int footers = -1;
    int strongFooter = -1;
    int kept = content.size();
    for (int k = n - 1; k >= 0; k--) {
      PageLine l = nonBlank.get(k);
      if (l == firstOpen || kept <= 3) {
        break;
      }
      if (isFurniture(l)) {
        if (l.role == LineRole.BOILERPLATE && l.hits.strong() > 0) {
          strongFooter = k;
        }
        continue;
      }
      // Most pages end on a paragraph that opens with a connective: neither kind of footer, and no words to count.
      if (l.role != null || l.wordCount < 3 || opensConnective(lexicon, l)) {
        break;
      }
      if (head == null) {
        head = firstHalfStems(content);
      }
      double overlap = overlap(l, head);
      Lexicon.WidgetHits h = l.hits;
      // A phrase that article prose almost never uses (a copyright notice) may sit among a few of the article's
      // words (the outlet's motto names its country); weaker signals need a line about other things.
      // Widget words must cover a tenth of the line, or three words: one menu word inside a paragraph is prose.
      boolean covered = h.coveredWords() >= Math.min(3, 0.1 * l.wordCount);
      boolean footer = !startsWithListNumber(l.text)
          && ((h.strong() > 0 && covered && overlap < TEASER_OVERLAP)
              || (lexicon.timeAgoStamps(l.words) > 0 && overlap < TEASER_OVERLAP)
              || (overlap < FOOTER_OVERLAP
                  && covered && ((h.weight() >= 4 && l.wordCount < 25) || (l.namesOutlet && h.weight() > 1))));
      if (footer) {
        footers = k;
        if (h.strong() > 0) {
          strongFooter = k;
        }
        // The article's last sentence with the footer glued after its full stop ("... نحو مصيرها . . . Filed under
        // : ... Tagged : ..."): the line stays content and closes the walk; the lines below are the footer's rest.
        if (closesBeforeWidgets(l)) {
          break;
        }
        l.role = LineRole.BOILERPLATE;
        kept--;
        continue;
      }
      if (overlap < FOOTER_OVERLAP) {
        offTopic.add(l);
        continue;
      }
      break;
    }
    for (PageLine l : offTopic) {
      int k = nonBlank.indexOf(l);
      // Below a footer (not below any furniture: a separator or a source line also closes a column's part): the rest
      // of the footer. Above a copyright footer only a cut snippet (a teaser's lead broken off mid-sentence): an
      // article's closing paragraph ("it is worth noting that ...") may share few words too.
      if ((footers >= 0 && k > footers) || (strongFooter >= 0 && (k > strongFooter || !l.endsFinal))) {
        l.role = LineRole.BOILERPLATE;
      }
    }
  }

  /** Least words of a sentence before the widget words of a line that make it the article's last sentence. */
  static final int CLOSING_SENTENCE_WORDS = 6;

  /**
   * The line opens with a sentence of {@link #CLOSING_SENTENCE_WORDS} words or more that ends (final punctuation)
   * right before its first widget phrase, or before a short source credit before it: the article's last words with
   * the footer glued on.
   */
  static boolean closesBeforeWidgets(PageLine l) {
    int at = l.hits.firstHitStart();
    return l.hits.weight() > 0
        && BoilerplateRules.lastSentenceEnd(l.key, at, BoilerplateRules.CREDIT_WORDS) >= CLOSING_SENTENCE_WORDS;
  }

  /** Least number of teaser-shaped lines that make a box. */
  static final int MIN_TEASERS = 3;
  /** A teaser shares less than this share of its longer words with the article's first half. */
  static final double TEASER_OVERLAP = 0.3;

  /**
   * Block-level reasoning for the boxes of other stories under an article ("related", "read also", "most read"):
   * each teaser is a headline, often with its lead sentence, so it reads as prose line by line. As a block it shows:
   * it sits at the end of the page (only furniture below it); its lines are headline-shaped (a headline echoed by
   * its lead, or headline marks: "..", a question or exclamation inside the line); they open with the headline, not
   * with the connective that opens an article's later paragraphs (wa-, "كما", "في", a subheading then wa-); and
   * they talk about other things (few words shared with the article's first half). Such a run of at least
   * {@link #MIN_TEASERS} teaser lines (at most two weaker lines in a row between them), with a real article above
   * it, is boilerplate (jusText's context-sensitive classification and boilerpipe's block features at the level of
   * a block). Checked on clean text (3,000 ant-2018 articles, where every line is the article's): it adds no
   * boilerplate line there.
   */
  void markTeaserBox(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    int end = n;
    while (end > 0 && isFurniture(nonBlank.get(end - 1))) {
      end--;
    }
    // Most articles end on a paragraph that opens with a connective: no box, and no need to count words.
    int last = end - 1;
    while (last >= 0 && (nonBlank.get(last).role == LineRole.BOILERPLATE
        || nonBlank.get(last).role == LineRole.DUPLICATE)) {
      last--;
    }
    if (last < 0 || nonBlank.get(last).role != null || opensConnective(lexicon, nonBlank.get(last))) {
      return;
    }
    List<PageLine> content = new ArrayList<>();
    for (int k = 0; k < end; k++) {
      if (nonBlank.get(k).role == null) {
        content.add(nonBlank.get(k));
      }
    }
    if (content.size() < MIN_TEASERS + 3) {
      return;
    }
    Set<String> head = firstHalfStems(content);
    List<PageLine> run = new ArrayList<>();
    int teasers = 0;
    int gaps = 0;
    int top = 0;
    for (int k = end - 1; k >= 0; k--) {
      PageLine l = nonBlank.get(k);
      if (l.role == LineRole.BOILERPLATE || l.role == LineRole.DUPLICATE) {
        continue;
      }
      if (l.role != null || l.wordCount < 3) {
        break;
      }
      double overlap = overlap(l, head);
      // One headline mark also occurs in prose (a writer's "..", a question): it counts on a headline-length line;
      // a longer line needs two (headlines run together).
      int marks = headlineMarks(l);
      boolean teaser = !opensConnective(lexicon, l) && overlap < TEASER_OVERLAP
          && (echoesHeadline(l) || marks >= 2 || (marks == 1 && l.wordCount <= 15));
      // Inside the box, a teaser without headline marks or a lead run on to a second line ("وتهدف المسيرات ...")
      // is kept when it shares nearly nothing with the article: at most two such lines in a row.
      boolean gap = !teaser && overlap < TEASER_OVERLAP / 2 && !run.isEmpty() && gaps < 2;
      if (!teaser && !gap) {
        break;
      }
      run.add(l);
      if (teaser) {
        teasers++;
        gaps = 0;
        top = run.size();
      } else {
        gaps++;
      }
    }
    // The run's top line must be a teaser itself.
    run = run.subList(0, top);
    if (teasers < MIN_TEASERS || content.size() - run.size() < 3) {
      return;
    }
    for (PageLine l : run) {
      l.role = LineRole.BOILERPLATE;
    }
  }
}
