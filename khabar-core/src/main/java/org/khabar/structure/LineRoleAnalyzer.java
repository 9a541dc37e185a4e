package org.khabar.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.model.LineAnnotation;
import org.khabar.model.LineMarkup;
import org.khabar.model.LineRole;
import org.khabar.model.Publisher;
import org.khabar.model.RawArticle;
import org.khabar.model.TextLine;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * The standard structure analyser: gives every line a role, then builds the title, section, byline, publisher and
 * clean body.
 *
 * <p>The steps, in order (each reads what the earlier ones decided):
 * <ol>
 *   <li>blank lines; exact and near repeats of an earlier line become {@code duplicate} (a repeated title, a block
 *       the scraper wrote twice, a paragraph copied again with a few words glued on);
 *   <li>a section name at the top, bylines and datelines near the top or the bottom;
 *   <li>a boilerplate score per line, a weighted sum of general signals (length, sentence shape, share of Arabic
 *       letters, digits, widget vocabulary, position, HTML link density and DOM path, recurrence across the
 *       outlet's articles), then smoothing by the neighbours as jusText does;
 *   <li>the title from metadata, else a short first line without final punctuation;
 *   <li>the page read as blocks: a listing of teasers cut off with dots (section and archive pages, see
 *       {@code markCutTeasers}); upwards from the end, furniture, lines opening with a widget title, a box of other
 *       stories' teasers (headline-shaped lines, see {@code markTeaserBox}) and the footer ({@code markFooter}) are
 *       boilerplate; so is a header line of headline, site name and furniture without the lead ({@code markHeader});
 *   <li>the learnt model ({@link BoilerplateModel}) re-decides the lines the rules lean to call boilerplate;
 *   <li>after it, topical cohesion at the page's edges: a line at the top or bottom whose rarer words the rest of
 *       the article does not use, and that shows a debris shape (a teaser cut, a date stamp, a link), is boilerplate
 *       ({@code markIncoherentEdges}, IDF weights of {@link Cohesion}); so are the outlet's "about us" blurb at the
 *       foot ({@code markSelfDescriptions}), an embedded gallery ({@code markGallery}), site notices or a trivia box
 *       above the article ({@code markTopNotices}), a feed widget at the top ({@code markTopFeed}), a header that
 *       repeats the headline ({@code markEchoedHeader}), and listings without cut marks whose items repeat the CMS's
 *       date-stamp label ({@code markDatedListing}) or one dateline label ({@code markDatelineListing}), poll
 *       widgets ({@code markPolls}), a ticker of other stories' headlines at the top ({@code markTicker}) and the
 *       page's own date stamp alone on a line ({@code markDateStamps});
 *   <li>subheadings among the content lines, and sentences broken across lines ({@code joined_with}).
 * </ol>
 * Per-line work is capped ({@link #MAX_LINE_CHARS}), so a huge single line costs bounded time.
 *
 * <p>Thread-safe: no state but a bounded cache of outlet names.
 */
final class LineRoleAnalyzer implements StructureAnalyzer {
  /** Characters of one line that the features look at. */
  static final int MAX_LINE_CHARS = 10_000;
  /** Near-duplicate search is skipped beyond this many lines (it is quadratic). */
  static final int MAX_NEAR_DUPLICATE_LINES = 2_000;
  /** A line scoring above this is boilerplate. */
  static final double THRESHOLD = 1.0;

  /** DOM classes and tags of page furniture (trafilatura's and Readability's "unlikely candidates"). */
  private static final String[] FURNITURE = {"nav", "footer", "header", "aside", "menu", "sidebar", "comment",
      "share", "social", "related", "breadcrumb", "widget", "banner", "cookie", "newsletter", "subscribe", "promo",
      "advert", "ad-", "ads", "sponsor", "popup", "modal", "tags", "pagination", "copyright", "toolbar", "login"};

  private final Lexicon lexicon;
  private final TemplateIndex templates;
  private final PublisherResolver publishers;
  /** The learnt boilerplate decision over the rules' output; null: the rules alone decide. */
  private final BoilerplateModel model;

  LineRoleAnalyzer(TemplateIndex templates) {
    this(templates, BoilerplateModel.standard());
  }

  LineRoleAnalyzer(TemplateIndex templates, BoilerplateModel model) {
    this.lexicon = Lexicon.standard();
    this.templates = templates;
    this.publishers = new PublisherResolver(OutletRegistry.standard());
    this.model = model;
  }

  /** What the analyser computes for one line. */
  private static final class Line {
    final int index;
    final String text;
    final boolean blank;
    final boolean truncated;
    String key;
    List<String> words = List.of();
    int wordCount;
    boolean endsFinal;
    boolean endsColon;
    boolean endsFunctionWord;
    double arabicShare;
    double digitWordShare;
    boolean noLetters;
    int innerPunct;
    int commas;
    /** Distinct words over words: tag clouds and carousels repeat the same few words. */
    double diversity = 1;
    /** Some signal other than length and position points to furniture. */
    boolean evidence;
    boolean repeatedLater;
    /** The line names the page's own outlet (its registered names, its site name or its domain's label). */
    boolean namesOutlet;
    /** Decided as part of a block (a listing of cut teasers): final, the learnt model does not re-decide it. */
    boolean block;
    Lexicon.WidgetHits hits;
    double score;
    LineRole role;
    Integer duplicateOf;
    Integer joinedWith;

    Line(int index, String text) {
      this.index = index;
      this.text = text;
      this.blank = isBlank(text);
      this.truncated = text.length() > MAX_LINE_CHARS;
    }
  }

  /** True when the line shows nothing: white space, no-break spaces and invisible marks only. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !ArabicText.isInvisibleMark(c)) {
        return false;
      }
    }
    return true;
  }

  /** What the rules decided for one page, before the learnt model. */
  private record Ruled(List<Line> lines, String byline, String section, String title) {}


  private Ruled rules(RawArticle article) {
    List<String> raw = article.lines();
    List<Line> lines = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Line l = new Line(i, raw.get(i) == null ? "" : raw.get(i));
      if (!l.blank) {
        describe(l);
      } else {
        l.role = LineRole.BLANK;
      }
      lines.add(l);
    }
    markDuplicates(lines);
    String byline = markBylines(lines);
    scoreBoilerplate(article, lines);
    markOutletNames(article, lines);
    String section = markSection(lines);
    String title = markTitle(article, lines);
    decideBoilerplate(lines);
    return new Ruled(lines, byline, section, title);
  }

  /**
   * The learnt model's features of every line that it re-decides (by 1-based line number), computed on the rules'
   * output, as {@code khabar train structure} needs them.
   */
  Map<Integer, double[]> features(RawArticle article) {
    Ruled ruled = rules(article);
    List<Line> nonBlank = ruled.lines().stream().filter(l -> !l.blank).toList();
    double[][] x = features(nonBlank);
    Map<Integer, double[]> out = new HashMap<>();
    for (int k = 0; k < x.length; k++) {
      if (x[k] != null) {
        out.put(nonBlank.get(k).index + 1, x[k]);
      }
    }
    return out;
  }

  @Override
  public ArticleStructure analyze(RawArticle article) {
    Ruled ruled = rules(article);
    List<Line> lines = ruled.lines();
    String byline = ruled.byline();
    String section = ruled.section();
    String title = ruled.title();
    List<String> flags = new ArrayList<>();
    if (lines.stream().anyMatch(l -> l.truncated)) {
      flags.add("long_line_truncated_analysis");
    }
    List<Line> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    if (model != null) {
      double[][] x = features(nonBlank);
      for (int k = 0; k < x.length; k++) {
        if (x[k] != null) {
          // Conservative: the model may call a line that the rules kept boilerplate only when the rules lean that
          // way (a positive score) and some signal other than length and position points to furniture: clean news
          // pages end on short paragraphs too, and a paragraph may follow widget words glued before it.
          Line l = nonBlank.get(k);
          boolean may = l.role == LineRole.BOILERPLATE || (l.evidence && l.score > 0);
          l.role = may && model.isBoilerplate(x[k]) ? LineRole.BOILERPLATE : null;
        }
      }
    }
    // After the learnt model, on the page's final content: the model's features and training stay those of the rules.
    markSelfDescriptions(nonBlank);
    markGallery(nonBlank);
    markIncoherentEdges(nonBlank);
    markTopNotices(nonBlank);
    markTopFeed(nonBlank);
    markEchoedHeader(nonBlank);
    markDatedListing(nonBlank);
    markDatelineListing(nonBlank);
    markPolls(nonBlank);
    markTicker(nonBlank);
    markDateStamps(nonBlank);
    for (Line l : lines) {
      if (l.role == null) {
        l.role = LineRole.CONTENT;
      }
    }
    markSubheadings(lines);
    markJoins(lines);

    List<LineAnnotation> roles = new ArrayList<>(lines.size());
    List<TextLine> content = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    boolean joinPending = false;
    for (Line l : lines) {
      roles.add(new LineAnnotation(l.index + 1, l.role, l.joinedWith, l.duplicateOf));
      if (l.role != LineRole.CONTENT) {
        continue;
      }
      content.add(new TextLine(l.index + 1, l.text));
      if (body.length() > 0) {
        body.append(joinPending ? " " : "\n\n");
      }
      body.append(l.text.strip());
      joinPending = l.joinedWith != null;
    }
    if (content.isEmpty()) {
      flags.add("no_content");
    }
    List<List<String>> keys = new ArrayList<>(lines.size());
    boolean[] isContent = new boolean[lines.size()];
    for (Line l : lines) {
      keys.add(l.words);
      isContent[l.index] = l.role == LineRole.CONTENT;
    }
    Publisher publisher = publishers.resolve(article, keys, isContent, byline);
    if (section == null && article.metadata().section() != null && !article.metadata().section().isBlank()) {
      section = article.metadata().section().strip();
    }
    return new ArticleStructure(title, section, byline, publisher, roles, body.toString(), content, flags);
  }

  // ---------------------------------------------------------------- features

  private void describe(Line l) {
    String t = l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text;
    l.key = ArabicText.matchKey(t);
    l.words = Lexicon.words(l.key);
    l.wordCount = l.words.size();
    int arabic = 0;
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (ArabicLetters.isArabicLetter(c)) {
        arabic++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
      if (c == '،' || c == ',' || c == '؛' || c == ';' || c == '.' || c == '؟' || c == '?' || c == '!') {
        l.innerPunct++;
      }
      if (c == '،' || c == ',') {
        l.commas++;
      }
    }
    l.noLetters = letters == 0;
    l.arabicShare = letters == 0 ? 0 : (double) arabic / letters;
    int digitWords = 0;
    for (String w : l.words) {
      if (Character.isDigit(w.charAt(0))) {
        digitWords++;
      }
    }
    int counted = l.wordCount;
    if (startsWithListNumber(t) && counted > 1) {
      // "1- التسوية الوقائية.": the number marks a list item, it is not a counter.
      digitWords--;
      counted--;
    }
    l.digitWordShare = counted == 0 ? 1 : (double) digitWords / counted;
    char last = lastMeaningful(l.truncated ? l.text : t);
    l.endsFinal = last == '.' || last == '!' || last == '?' || last == '؟' || last == '…' || last == '۔';
    l.endsColon = last == ':';
    l.hits = lexicon.widgetHits(l.words);
    if (l.wordCount >= 8) {
      l.diversity = (double) new HashSet<>(l.words).size() / l.wordCount;
    }
    l.endsFunctionWord = !l.truncated && l.wordCount > 0 && !l.endsFinal
        && lexicon.isFunctionWord(l.words.get(l.wordCount - 1));
  }

  /** True for "1- ", "2. ", "3) ": a list item's number. */
  private static boolean startsWithListNumber(String t) {
    int i = 0;
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    int digits = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i)) && digits < 3) {
      i++;
      digits++;
    }
    while (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    return digits > 0 && i < t.length() && "-.)–".indexOf(t.charAt(i)) >= 0;
  }

  /** The last character that is not white space, a closing quote or a closing bracket. */
  private static char lastMeaningful(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicText.isInvisibleMark(c)
          || "\"'»”’)]}›".indexOf(c) >= 0) {
        continue;
      }
      return c;
    }
    return ' ';
  }

  // ---------------------------------------------------------------- duplicates

  private static void markDuplicates(List<Line> lines) {
    Map<String, Integer> first = new HashMap<>();
    List<Line> earlier = new ArrayList<>();
    List<Set<String>> earlierWords = new ArrayList<>();
    boolean near = lines.size() <= MAX_NEAR_DUPLICATE_LINES;
    for (Line l : lines) {
      if (l.blank || l.key.isEmpty()) {
        continue;
      }
      String exact = l.key + (l.truncated ? "\u0000" + l.text.length() : "");
      Integer seen = first.putIfAbsent(exact, l.index);
      if (seen != null) {
        l.role = LineRole.DUPLICATE;
        l.duplicateOf = seen + 1;
        lines.get(seen).repeatedLater = true;
        continue;
      }
      if (near && l.wordCount >= 8) {
        Set<String> mine = new HashSet<>(l.words);
        for (int k = 0; k < earlier.size(); k++) {
          Line e = earlier.get(k);
          Set<String> theirs = earlierWords.get(k);
          boolean close = Math.abs(e.wordCount - l.wordCount) <= Math.max(3, l.wordCount / 8);
          if ((close && jaccard(mine, theirs) >= 0.85) || (l.wordCount >= 12 && repeatsNearlyAll(mine, theirs))) {
            l.role = LineRole.DUPLICATE;
            l.duplicateOf = e.index + 1;
            break;
          }
        }
      }
      if (l.role == null && l.wordCount >= 8) {
        earlier.add(l);
        earlierWords.add(new HashSet<>(l.words));
      }
    }
  }

  /**
   * A repeat with a few words glued on or cut off (a dateline or a menu word before a copied paragraph): nearly
   * all of {@code mine} is in {@code theirs}, and it covers most of {@code theirs}.
   */
  static boolean repeatsNearlyAll(Set<String> mine, Set<String> theirs) {
    if (mine.size() < 0.75 * theirs.size() || theirs.size() < 0.9 * mine.size()) {
      return false;
    }
    int inter = 0;
    int misses = 0;
    int allowed = mine.size() / 10;
    for (String w : mine) {
      if (theirs.contains(w)) {
        inter++;
      } else if (++misses > allowed) {
        return false;
      }
    }
    return inter >= 0.9 * mine.size() && inter >= 0.75 * theirs.size();
  }

  private static double jaccard(Set<String> a, Set<String> bs) {
    int inter = 0;
    for (String s : bs) {
      if (a.contains(s)) {
        inter++;
      }
    }
    int union = a.size() + bs.size() - inter;
    return union == 0 ? 0 : (double) inter / union;
  }

  // ---------------------------------------------------------------- section, bylines

  /**
   * A section name among the first three open lines, followed by a line that is not page furniture (in a menu,
   * "أخبار" is a link, not the story's section).
   */
  private String markSection(List<Line> lines) {
    List<Line> open = lines.stream().filter(l -> !l.blank && l.role != LineRole.DUPLICATE).toList();
    for (int k = 0; k < Math.min(3, open.size() - 1); k++) {
      Line l = open.get(k);
      Line next = open.get(k + 1);
      if (l.role == null && l.wordCount >= 1 && l.wordCount <= 3 && !l.endsFinal
          && lexicon.isSection(String.join(" ", l.words)) && (next.role != null || next.score <= THRESHOLD)) {
        l.role = LineRole.SECTION;
        return l.text.strip();
      }
    }
    return null;
  }

  private String markBylines(List<Line> lines) {
    List<Line> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    String byline = null;
    int n = nonBlank.size();
    for (int k = 0; k < n; k++) {
      if (k >= 6 && k < n - 4) {
        continue;
      }
      Line l = nonBlank.get(k);
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

  private boolean isByline(Line l) {
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

  // ---------------------------------------------------------------- boilerplate

  private void scoreBoilerplate(RawArticle article, List<Line> lines) {
    String outlet = templates == TemplateIndex.EMPTY ? null : TemplateIndex.outletOf(article);
    int outletArticles = templates.articles(outlet);
    List<LineMarkup> markup = article.markup();
    List<Line> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    int n = nonBlank.size();
    // The last line that looks like prose: what follows it is the page's tail.
    int lastProse = -1;
    for (int k = 0; k < n; k++) {
      Line l = nonBlank.get(k);
      if (l.wordCount >= 12 && l.endsFinal && l.hits.strong() == 0) {
        lastProse = k;
      }
    }
    for (int k = 0; k < n; k++) {
      Line l = nonBlank.get(k);
      double s = 0;
      // Widget vocabulary, damped on long lines where a menu word may sit inside prose.
      Lexicon.WidgetHits h = l.hits;
      double damp = Math.min(1.0, 20.0 / Math.max(1, l.wordCount));
      double strongDamp = Math.min(1.0, 40.0 / Math.max(1, l.wordCount));
      s += h.strong() * 1.6 * strongDamp + (h.weight() - 3 * h.strong()) * 0.35 * damp;
      if (h.strong() >= 2) {
        s += 1.0 * strongDamp;
      }
      s += 2.5 * ((double) h.coveredWords() / Math.max(1, l.wordCount));
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
  private static void cohesion(List<Line> nonBlank) {
    int n = nonBlank.size();
    if (n < 6) {
      return;
    }
    Set<String> head = new HashSet<>();
    int prose = 0;
    for (Line l : nonBlank) {
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
      Line l = nonBlank.get(k);
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

  private void decideBoilerplate(List<Line> lines) {
    List<Line> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    int n = nonBlank.size();
    // Smoothing (jusText): a short, undecided line between two boilerplate lines is boilerplate too.
    for (int k = 0; k < n; k++) {
      Line l = nonBlank.get(k);
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
      Line l = nonBlank.get(k);
      if (l.role == LineRole.BOILERPLATE || l.role == LineRole.DUPLICATE) {
        continue;
      }
      // A sentence (final punctuation, no widget word) ends the tail: articles often close on a short sentence.
      boolean sentence = l.endsFinal && l.hits.strong() == 0 && l.wordCount >= 3;
      // Below the article, a line that opens with a widget title ("اقرأ أيضا ...", "عناوين ذات صلة ...") is the
      // widget, whatever teaser text follows; so is a short line that talks of widgets ("لا تنسوا عمل لايك لصفحتنا
      // على الفيسبوك ومتابعة آخر الأخبار على تويتر"). Never the page's first open line: the article starts there.
      // Furniture glued before a paragraph ("أخبار متعلقة وأكد ...") is not: the paragraph goes on with wa-.
      int after = l.hits.firstHitEnd();
      boolean proseAfter = after < l.wordCount && l.words.get(after).length() > 2
          && l.words.get(after).charAt(0) == ArabicLetters.WAW;
      boolean widgetOpener = l.hits.atStart() && !startsWithWaw(l) && !proseAfter
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
    markCutTeasers(nonBlank);
    markTeaserBox(nonBlank);
    markFooter(nonBlank);
    markHeader(nonBlank);
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
  private void markSelfDescriptions(List<Line> nonBlank) {
    List<Line> open = new ArrayList<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      }
    }
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
      Line l = open.get(j);
      if (l.wordCount < 3 || lexicon.isParagraphOpener(l.words.get(0))) {
        break;
      }
      Lexicon.SelfHits h = lexicon.selfDescriptionHits(l.words);
      if (h.total() == 0 && top < 0 && !l.endsFinal) {
        // a cut line or a widget left open at the very bottom: look above it
        continue;
      }
      if (head == null) {
        head = new HashSet<>();
        for (int c = 0; c < (m + 1) / 2; c++) {
          head.addAll(stems(open.get(c).words));
        }
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
      boolean offTopic = overlap < (opensConnective(l) ? FOOTER_OVERLAP : limit);
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
      Line l = open.get(j);
      if (j == top || overlap(l, head) < FOOTER_OVERLAP || lexicon.selfDescriptionHits(l.words).total() > 0) {
        l.role = LineRole.BOILERPLATE;
      }
    }
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
  private void markGallery(List<Line> nonBlank) {
    List<Line> open = new ArrayList<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      }
    }
    int m = open.size();
    if (m < EDGE_REST_LINES + MIN_SLIDES) {
      return;
    }
    Map<String, Integer> openings = new HashMap<>();
    String title = null;
    for (Line l : open) {
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
      Line l = open.get(j);
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

  /** Below this cohesion with the rest of the article an edge line with a debris shape is boilerplate. */
  static final double EDGE_COHESION = 0.15;
  /** Least open lines, and words in them, beyond an edge line for its cohesion to be measured. */
  static final int EDGE_REST_LINES = 3;
  static final int EDGE_REST_WORDS = 80;
  /** Most open lines looked at from each end. */
  static final int EDGE_MAX_RUN = 12;
  /** A date stamp (21 / 01 / 2018, 2018-01-21) or a link-like shape (a URL, a domain, an @handle). */
  private static final Pattern DEBRIS_SHAPE = Pattern.compile(
      "\\b\\d{1,2} ?[/-] ?\\d{1,2} ?[/-] ?(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d ?[/-] ?\\d{1,2} ?[/-] ?\\d{1,2}\\b"
          + "|https?://|www\\.|\\.(?:com|net|org)\\b|@\\w");

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
  private void markDateStamps(List<Line> nonBlank) {
    Line stamp = null;
    for (Line l : nonBlank) {
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

  /** Most lines of a headline ticker above the article. */
  static final int TICKER_MAX_LINES = 4;
  /**
   * Least lines of a headline ticker: one lead ending on "!" is common (two clean ant-2018 leads were lost when one
   * line was enough); a strip of headlines is several.
   */
  static final int TICKER_MIN_LINES = 2;

  /**
   * A ticker of other stories' headlines above the article (a "breaking" or "most read" strip scraped as the page's
   * first lines): the longest run of open lines from the top, {@link #TICKER_MIN_LINES} to
   * {@link #TICKER_MAX_LINES} of them, each a headline shape ({@link #tickerHeadline}) sharing under
   * {@link #TEASER_OVERLAP} of its weighted terms (the teaser passes' bound) with the title and the open lines below
   * the run, is boilerplate when three open lines and 80 words stand below it. Unlike the edge pass, the ticker's
   * lines are measured against the article below the whole run, not against one another (two headlines of one strip
   * may share a word). Runs on the learnt model's output.
   */
  private static void markTicker(List<Line> nonBlank) {
    List<Line> open = new ArrayList<>();
    Set<String> title = new HashSet<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      } else if (l.role == LineRole.TITLE) {
        title.addAll(Cohesion.terms(l.words));
      }
    }
    int run = 0;
    while (run < Math.min(TICKER_MAX_LINES, open.size()) && tickerHeadline(open.get(run))) {
      run++;
    }
    if (run < TICKER_MIN_LINES || open.size() - run < EDGE_REST_LINES) {
      return;
    }
    Set<String> ref = new HashSet<>(title);
    int words = 0;
    for (int i = run; i < open.size(); i++) {
      ref.addAll(Cohesion.terms(open.get(i).words));
      words += open.get(i).wordCount;
    }
    if (words < EDGE_REST_WORDS) {
      return;
    }
    Cohesion c = Cohesion.standard();
    for (int i = 0; i < run; i++) {
      if (c.score(Cohesion.terms(open.get(i).words), ref) >= TEASER_OVERLAP) {
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
  private static boolean tickerHeadline(Line l) {
    if (l.wordCount > EXCLAIMED_HEADLINE_WORDS || l.truncated) {
      return false;
    }
    String t = l.text.strip();
    return !t.isEmpty() && (t.charAt(t.length() - 1) == '!' || t.charAt(t.length() - 1) == '\uFF01');
  }

  /**
   * Topical cohesion at the page's edges: from each end of the page inwards, the open lines whose IDF-weighted
   * share of terms found in the title and the open lines beyond them (see {@link Cohesion}) is under
   * {@link #EDGE_COHESION} form the edge run; a line of that run that also shows a debris shape (a teaser cut, a
   * date stamp, a link) is boilerplate. Runs on the learnt model's output (its features and training stay the
   * rules'). The cohesion alone does not decide: clean articles often close on a background paragraph with new names
   * and numbers and open on a lead the body does not repeat (of the edge lines of 20,000 clean ant-2018 articles, 1%
   * score under 0.10); with the shape, it turned none of their lines into boilerplate. At most
   * {@link #EDGE_MAX_RUN} lines from each end are looked at.
   */
  private static void markIncoherentEdges(List<Line> nonBlank) {
    List<Line> open = new ArrayList<>();
    Set<String> title = new HashSet<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      } else if (l.role == LineRole.TITLE) {
        title.addAll(Cohesion.terms(l.words));
      }
    }
    int m = open.size();
    if (m < EDGE_REST_LINES + 1) {
      return;
    }
    List<Set<String>> terms = new ArrayList<>(m);
    for (Line l : open) {
      terms.add(Cohesion.terms(l.words));
    }
    Cohesion c = Cohesion.standard();
    List<Line> marked = new ArrayList<>();
    for (int dir = -1; dir <= 1; dir += 2) {
      // dir -1: from the bottom up; +1: from the top down
      for (int step = 0; step < Math.min(m, EDGE_MAX_RUN); step++) {
        int j = dir < 0 ? m - 1 - step : step;
        int restFrom = dir < 0 ? 0 : j + 1;
        int restTo = dir < 0 ? j : m;
        int words = 0;
        Set<String> ref = new HashSet<>(title);
        for (int i = restFrom; i < restTo; i++) {
          words += open.get(i).wordCount;
          ref.addAll(terms.get(i));
        }
        if (restTo - restFrom < EDGE_REST_LINES || words < EDGE_REST_WORDS
            || c.score(terms.get(j), ref) >= EDGE_COHESION) {
          break;
        }
        Line l = open.get(j);
        int k = nonBlank.indexOf(l);
        if (teaserCut(l, k > 0 ? nonBlank.get(k - 1) : null) || DEBRIS_SHAPE.matcher(
            l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text).find()) {
          marked.add(l);
        }
      }
    }
    for (Line l : marked) {
      l.role = LineRole.BOILERPLATE;
    }
  }

  /** Most open lines from the top that a block of site notices may take. */
  static final int NOTICE_MAX_RUN = 20;
  /** A notice block's first notice, or a trivia box's title, stands among this many open lines from the top. */
  static final int NOTICE_START_WITHIN = 3;
  /** Least lines of a notice block (policy lines, or a box's title and items). */
  static final int MIN_NOTICE_LINES = 3;

  /**
   * Site notices above the article: some pages put the site's running-prose notices (the advertising disclaimer,
   * the comment rules, the cookie and behavioural-advertising notice) or a trivia box ("هل تعلم ? أن ...") above the
   * article, so neither the line score nor the footer pass sees them. The site-notice lexicon ({@code
   * site-notices.txt}) anchors the block; page-level evidence decides its extent: the article's core is the open
   * lines of the page's second half. A policy block: from a notice line among the first {@link #NOTICE_START_WITHIN}
   * open lines, downwards, notice lines with at most one other line between two of them, all sharing few words with
   * the core (under {@link #TEASER_OVERLAP}), three or more. A box: from a box title standing alone (followed by "?", ":" or the
   * line's end) among the first open lines, the
   * lines below that share almost no words with the core (under {@link #FOOTER_OVERLAP}), ended by a line that does
   * (a listicle of facts, whose every line is off the core, is left alone). Either block must be followed by a line
   * sharing words with the core and by three open lines and 80 words; the block and the open lines above it (the
   * header over the notices) are boilerplate. Runs on the learnt model's output.
   */
  private void markTopNotices(List<Line> nonBlank) {
    List<Line> open = new ArrayList<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      }
    }
    int m = open.size();
    int limit = Math.min(NOTICE_MAX_RUN, m - EDGE_REST_LINES);
    if (limit < MIN_NOTICE_LINES) {
      return;
    }
    int first = -1;
    boolean box = false;
    for (int j = 0; j < Math.min(NOTICE_START_WITHIN, limit); j++) {
      Lexicon.NoticeHits h = lexicon.noticeHits(open.get(j).words);
      Line l = open.get(j);
      if (h.policy() > 0 || (h.box() > 0
          && lexicon.hasBoxTitleAlone(l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text))) {
        first = j;
        box = h.policy() == 0;
        break;
      }
    }
    if (first < 0) {
      return;
    }
    Set<String> core = new HashSet<>();
    for (int c = m / 2; c < m; c++) {
      core.addAll(stems(open.get(c).words));
    }
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
        Line l = open.get(j);
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
    int words = 0;
    for (int j = end; j < m; j++) {
      words += open.get(j).wordCount;
    }
    if (m - end < EDGE_REST_LINES || words < EDGE_REST_WORDS || overlap(open.get(end), core) < FOOTER_OVERLAP) {
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
   * #NOTICE_START_WITHIN} open lines, a line with {@link #MIN_FEED_STAMPS} relative time stamps or more that shares
   * few words with the article's core (the open lines of the page's second half; under {@link #TEASER_OVERLAP}),
   * and whose last {@link #FEED_TAIL_WORDS} words share almost none (under {@link #FOOTER_OVERLAP}: no lead glued
   * after the feed), is boilerplate, when three open lines and 80 words stand below it. The footer pass reads the same stamps at the
   * page's end. Runs on the learnt model's output.
   */
  private void markTopFeed(List<Line> nonBlank) {
    List<Line> open = new ArrayList<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      }
    }
    int m = open.size();
    Set<String> core = null;
    for (int j = 0; j < Math.min(NOTICE_START_WITHIN, m - EDGE_REST_LINES); j++) {
      Line l = open.get(j);
      if (lexicon.timeAgoStamps(l.words) < MIN_FEED_STAMPS) {
        continue;
      }
      int words = 0;
      for (int b = j + 1; b < m; b++) {
        words += open.get(b).wordCount;
      }
      if (words < EDGE_REST_WORDS) {
        return;
      }
      if (core == null) {
        core = new HashSet<>();
        for (int c = m / 2; c < m; c++) {
          core.addAll(stems(open.get(c).words));
        }
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
  private void markEchoedHeader(List<Line> nonBlank) {
    int n = nonBlank.size();
    int k = 0;
    for (int done = 0; done < ECHO_MAX_LINES; done++) {
      while (k < n && nonBlank.get(k).role != null) {
        k++;
      }
      if (k >= n) {
        return;
      }
      Line l = nonBlank.get(k);
      List<String> headline = echoedOpening(l.words);
      if (headline == null) {
        return;
      }
      List<Line> below = new ArrayList<>();
      for (int b = k + 1; b < n && below.size() < 12; b++) {
        if (nonBlank.get(b).role == null) {
          below.add(nonBlank.get(b));
        }
      }
      if (below.size() < EDGE_REST_LINES) {
        return;
      }
      // the whole line without the headline's repeats must hold no lead of the article
      List<String> rest = new ArrayList<>(l.words);
      for (int at = Collections.indexOfSubList(rest, headline); at >= 0; at = Collections.indexOfSubList(rest, headline)) {
        rest.subList(at, at + headline.size()).clear();
      }
      String t = l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text;
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
    List<String> tail = new ArrayList<>(Lexicon.words(ArabicText.matchKey(s.substring(cut))));
    for (int at = Collections.indexOfSubList(tail, headline); at >= 0; at = Collections.indexOfSubList(tail, headline)) {
      tail.subList(at, at + headline.size()).clear();
    }
    return tail;
  }

  /**
   * True when {@code words} are under {@link #HEADER_TAIL_WORDS} or share under {@link #HEADER_OVERLAP} of their
   * longer words with the lines below: no lead of the article.
   */
  private static boolean offTopic(List<String> words, List<Line> below) {
    if (words.size() < HEADER_TAIL_WORDS) {
      return true;
    }
    Set<String> rest = new HashSet<>();
    for (Line b : below) {
      rest.addAll(stems(b.words));
    }
    Set<String> mine = stems(words);
    int shared = 0;
    for (String w : mine) {
      if (rest.contains(w)) {
        shared++;
      }
    }
    return !mine.isEmpty() && shared < HEADER_OVERLAP * mine.size();
  }

  /** Least longer words of a header's rest for its share of the article's words to be measured. */
  static final int ECHO_REST_STEMS = 3;

  /**
   * True when {@code words} hold under {@link #ECHO_REST_STEMS} longer words, or share under {@link #HEADER_OVERLAP}
   * of them with the lines below, however few they are.
   */
  private static boolean sharesFew(List<String> words, List<Line> below) {
    Set<String> mine = stems(words);
    if (mine.size() < ECHO_REST_STEMS) {
      return true;
    }
    Set<String> rest = new HashSet<>();
    for (Line b : below) {
      rest.addAll(stems(b.words));
    }
    int shared = 0;
    for (String w : mine) {
      if (rest.contains(w)) {
        shared++;
      }
    }
    return shared < HEADER_OVERLAP * mine.size();
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
  private static void markDatedListing(List<Line> nonBlank) {
    List<Line> open = new ArrayList<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      }
    }
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
      Line l = open.get(j);
      String t = l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text;
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
  private static void markDatelineListing(List<Line> nonBlank) {
    List<Line> open = new ArrayList<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      }
    }
    int m = open.size();
    if (m < MIN_DATELINE_LINES) {
      return;
    }
    List<Set<String>> labels = new ArrayList<>(m);
    Map<String, Integer> count = new HashMap<>();
    for (Line l : open) {
      Set<String> mine = datelineLabels(l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text);
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

  /** A poll's title word (a token opening with it: scraped pages glue it to the question, "استفتاءما هي ..."). */
  private static final Pattern POLL_TITLE = Pattern.compile(
      "(?:^|[\\s|:\\-])(?:استفتاء|استطلاع|تصويت|poll\\b|Poll\\b)");
  /** A poll's question and answer options: a question mark and at most eight words up to a loading marker. */
  private static final Pattern POLL_OPTIONS = Pattern.compile(
      "[?\u061F](?:\\s+\\S+){1,8}?\\s+(?:جاري التحميل|جار التحميل|Loading|loading)");
  /** Most words between a poll's title word and its question mark. */
  static final int POLL_QUESTION_WORDS = 20;
  /** Most lines below a poll widget that go with it when they share few words with the article above. */
  static final int POLL_TAIL_LINES = 2;

  /**
   * Poll widgets (the "استفتاء / استطلاع الرأي" boxes of news sites, whose scraped text is the question, the answer
   * options and the script's loading marker: "هل ... ? نعم لا جاري التحميل . . ."). A line holds a poll when a
   * question is followed by at most eight words and a loading marker, or when the line opens with a poll title word
   * and a question (a "?" within {@link #POLL_QUESTION_WORDS} words) followed by at most eight words to its end.
   * The line is boilerplate unless the text before the poll closes the article above it (12 words or more sharing
   * at least {@link #FOOTER_OVERLAP} of its weighted terms with the open lines above; with the page's other open
   * lines when fewer than three stand above) or the text after it opens the article below (12 words or more sharing
   * as much with three open lines or more below). The open lines below a poll line, when at most
   * {@link #POLL_TAIL_LINES} remain and each shares under {@link #FOOTER_OVERLAP} with the lines above the poll, go
   * with it (the text after a poll is more of the sidebar or footer: a self-description, a newsletter form).
   * Sources: the poll widgets of WordPress polling plug-ins and news CMSs (question, options, "Loading ..."),
   * read as widget vocabulary the way trafilatura and jusText read forms. Runs on the learnt model's output.
   */
  private static void markPolls(List<Line> nonBlank) {
    List<Line> open = new ArrayList<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      }
    }
    int m = open.size();
    if (m < EDGE_REST_LINES + 1) {
      return;
    }
    Cohesion c = Cohesion.standard();
    for (int j = 0; j < m; j++) {
      Line l = open.get(j);
      String t = l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text;
      int[] span = pollSpan(t);
      if (span == null) {
        continue;
      }
      // The text before the poll may close the article above it; the text after it may open the article below.
      Set<String> above = new HashSet<>();
      Set<String> below = new HashSet<>();
      for (int i = 0; i < m; i++) {
        if (i < j || (j < EDGE_REST_LINES && i != j)) {
          above.addAll(Cohesion.terms(open.get(i).words));
        }
        if (i > j) {
          below.addAll(Cohesion.terms(open.get(i).words));
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
        off = c.score(Cohesion.terms(open.get(i).words), above) < FOOTER_OVERLAP;
      }
      for (int i = j + 1; i < m && off; i++) {
        open.get(i).role = LineRole.BOILERPLATE;
      }
      return;
    }
  }

  /** The start and end offsets of a poll widget in {@code t}, or null when it holds none. */
  static int[] pollSpan(String t) {
    Matcher o = POLL_OPTIONS.matcher(t);
    if (o.find()) {
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
  private static boolean hasDigits(String t, int least) {
    int n = 0;
    for (int i = 0; i < t.length() && n < least; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n >= least;
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
  private void markHeader(List<Line> nonBlank) {
    int n = nonBlank.size();
    int first = 0;
    while (first < n && nonBlank.get(first).role != null) {
      first++;
    }
    if (first >= n) {
      return;
    }
    Line l = nonBlank.get(first);
    String t = l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text;
    int sep = titleSeparator(t);
    if (sep < 0) {
      return;
    }
    List<String> headline = Lexicon.words(ArabicText.matchKey(t.substring(0, sep)));
    if (headline.size() < 3 || headline.size() > 25 || headline.size() > l.wordCount) {
      return;
    }
    List<Line> below = new ArrayList<>();
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
    // the last sentence: after the last separator or sentence end that has words after it
    String s = t.strip();
    int cut = 0;
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '|' || c == '.' || c == '?' || c == '؟' || c == '!' || c == ':' || c == '\u2026'
          || (c == '-' && i > 0 && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ')) {
        cut = i + 1;
      }
    }
    // the headline's repeats are not the article's lead
    List<String> tail = new ArrayList<>(Lexicon.words(ArabicText.matchKey(s.substring(cut))));
    for (int at = Collections.indexOfSubList(tail, headline); at >= 0; at = Collections.indexOfSubList(tail, headline)) {
      tail.subList(at, at + headline.size()).clear();
    }
    if (leadAfterLastRepeat(l, headline, below)) {
      return;
    }
    if (tail.size() >= HEADER_TAIL_WORDS) {
      Set<String> rest = new HashSet<>();
      for (Line b : below) {
        rest.addAll(stems(b.words));
      }
      Set<String> mine = stems(tail);
      int shared = 0;
      for (String w : mine) {
        if (rest.contains(w)) {
          shared++;
        }
      }
      if (mine.isEmpty() || shared >= HEADER_OVERLAP * mine.size()) {
        return;
      }
    }
    l.role = LineRole.BOILERPLATE;
    l.block = true;
  }

  /**
   * True when the text after the headline's last repeat on a header line is a lead of the article: at least
   * {@link #HEADER_TAIL_WORDS} words whose rarer words the lines below use (IDF-weighted share, as the edge pass
   * measures it, at least {@link #TEASER_OVERLAP}). A page may glue a lead of several sentences after the repeats
   * whose last sentence brings new names (on held-out pages, three leads were lost by the last-sentence test alone).
   */
  private static boolean leadAfterLastRepeat(Line l, List<String> headline, List<Line> below) {
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
    for (Line b : below) {
      ref.addAll(Cohesion.terms(b.words));
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
  private void markCutTeasers(List<Line> nonBlank) {
    int n = nonBlank.size();
    if (n < MIN_CUT_LINES) {
      return;
    }
    int count = 0;
    int first = -1;
    int last = -1;
    for (int k = 0; k < n; k++) {
      Line l = nonBlank.get(k);
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
      Line l = nonBlank.get(k);
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
    if (first > 0 && nonBlank.get(first - 1).role == null && opensConnective(nonBlank.get(first))) {
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
  static boolean uniformExcerpts(List<Line> nonBlank, int first, int last) {
    List<Integer> counts = new ArrayList<>();
    int words = -1; // -1: before the first cut mark
    for (int k = first; k <= last; k++) {
      Line l = nonBlank.get(k);
      String t = l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text;
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
  static boolean teaserCut(Line l, Line prev) {
    String t = l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text;
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
  private static boolean endsWithCut(Line l) {
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
  private void markFooter(List<Line> nonBlank) {
    int n = nonBlank.size();
    List<Line> content = new ArrayList<>();
    for (Line l : nonBlank) {
      if (l.role == null) {
        content.add(l);
      }
    }
    if (content.size() < 4) {
      return;
    }
    Set<String> head = null;
    Line firstOpen = content.get(0);
    List<Line> offTopic = new ArrayList<>();
    // the topmost line this pass called footer, and the topmost footer with a strong widget phrase
    int footers = -1;
    int strongFooter = -1;
    int kept = content.size();
    for (int k = n - 1; k >= 0; k--) {
      Line l = nonBlank.get(k);
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
      if (l.role != null || l.wordCount < 3 || opensConnective(l)) {
        break;
      }
      if (head == null) {
        head = new HashSet<>();
        for (int c = 0; c < (content.size() + 1) / 2; c++) {
          head.addAll(stems(content.get(c).words));
        }
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
        l.role = LineRole.BOILERPLATE;
        kept--;
        footers = k;
        if (h.strong() > 0) {
          strongFooter = k;
        }
        continue;
      }
      if (overlap < FOOTER_OVERLAP) {
        offTopic.add(l);
        continue;
      }
      break;
    }
    for (Line l : offTopic) {
      int k = nonBlank.indexOf(l);
      // Below a footer (not below any furniture: a separator or a source line also closes a column's part): the rest
      // of the footer. Above a copyright footer only a cut snippet (a teaser's lead broken off mid-sentence): an
      // article's closing paragraph ("it is worth noting that ...") may share few words too.
      if ((footers >= 0 && k > footers) || (strongFooter >= 0 && (k > strongFooter || !l.endsFinal))) {
        l.role = LineRole.BOILERPLATE;
      }
    }
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
  private void markTeaserBox(List<Line> nonBlank) {
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
    if (last < 0 || nonBlank.get(last).role != null || opensConnective(nonBlank.get(last))) {
      return;
    }
    List<Line> content = new ArrayList<>();
    for (int k = 0; k < end; k++) {
      if (nonBlank.get(k).role == null) {
        content.add(nonBlank.get(k));
      }
    }
    if (content.size() < MIN_TEASERS + 3) {
      return;
    }
    Set<String> head = new HashSet<>();
    for (int k = 0; k < (content.size() + 1) / 2; k++) {
      head.addAll(stems(content.get(k).words));
    }
    List<Line> run = new ArrayList<>();
    int teasers = 0;
    int gaps = 0;
    int top = 0;
    for (int k = end - 1; k >= 0; k--) {
      Line l = nonBlank.get(k);
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
      boolean teaser = !opensConnective(l) && overlap < TEASER_OVERLAP
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
    for (Line l : run) {
      l.role = LineRole.BOILERPLATE;
    }
  }

  private static boolean isFurniture(Line l) {
    return l.role == LineRole.BOILERPLATE || l.role == LineRole.DUPLICATE || l.role == LineRole.BYLINE;
  }

  /**
   * An article's later paragraph opens with a connective: a function word ("كما", "في", "لكن"), a background
   * formula ("يذكر أن", "تجدر الإشارة", from {@code paragraph-openers.txt}) or wa- glued to a
   * word, possibly after a short subheading the scraper glued on ("مصير الجولاني وأضاف ...").
   */
  private boolean opensConnective(Line l) {
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
  static int headlineMarks(Line l) {
    String t = l.truncated ? l.text.substring(0, MAX_LINE_CHARS) : l.text.strip();
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
  static boolean echoesHeadline(Line l) {
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
  private static double overlap(Line l, Set<String> head) {
    return overlap(l.words, head);
  }

  /** The share of the words' longer words (clitics off) found in {@code head}. */
  private static double overlap(List<String> words, Set<String> head) {
    Set<String> mine = stems(words);
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

  private static boolean startsWithWaw(Line l) {
    return l.wordCount > 0 && l.words.get(0).length() > 2 && l.words.get(0).charAt(0) == ArabicLetters.WAW;
  }

  private static boolean isBad(Line l) {
    return l.role == LineRole.BOILERPLATE || (l.role == null && l.score > THRESHOLD)
        || (l.role == LineRole.DUPLICATE && l.wordCount < 8);
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

  // ---------------------------------------------------------------- site-name lines

  /**
   * Marks the lines that name the page's own outlet: a header ("headline | site"), a copyright or greeting line
   * ("with the greetings of the X team"), an about-us paragraph. The names are those the outlet registry holds for
   * the URL's domain, the metadata site name, and the domain's own label ({@code christian-dogma.com}: "christian
   * dogma"). Naming the outlet is a hint of furniture, not evidence (a report quotes "X's correspondent", a credit
   * line reads "France 24 / AFP"), so it only feeds the learnt model and, with widget words, the footer pass.
   */
  private void markOutletNames(RawArticle article, List<Line> lines) {
    List<List<String>> names = outletNames(article);
    if (names.isEmpty()) {
      return;
    }
    Set<String> firstWords = new HashSet<>();
    for (List<String> name : names) {
      firstWords.add(name.get(0));
    }
    for (Line l : lines) {
      if (l.blank || Collections.disjoint(firstWords, l.words)) {
        continue;
      }
      for (List<String> name : names) {
        if (Collections.indexOfSubList(l.words, name) >= 0) {
          l.namesOutlet = true;
          break;
        }
      }
    }
  }

  /** Name word lists by outlet, site name and domain label; bounded, shared by threads. */
  private final java.util.concurrent.ConcurrentHashMap<String, List<List<String>>> outletNameCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_OUTLETS = 10_000;

  private List<List<String>> outletNames(RawArticle article) {
    Set<String> raw = new LinkedHashSet<>();
    String url = article.source().url() != null ? article.source().url() : article.metadata().url();
    String site = article.metadata().siteName();
    Optional<Outlet> outlet = publishers.registry().byDomain(url);
    if (outlet.isEmpty() && site != null) {
      outlet = publishers.registry().byName(site);
    }
    String label = domainLabel(url);
    String cacheKey = outlet.map(Outlet::id).orElse("") + '\u0000' + (site == null ? "" : site) + '\u0000'
        + (label == null ? "" : label);
    List<List<String>> cached = outletNameCache.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    outlet.ifPresent(o -> {
      raw.addAll(o.arabicNames());
      raw.addAll(o.latinNames());
    });
    if (site != null && site.length() <= 60) {
      raw.add(site);
    }
    if (label != null) {
      raw.add(label.replace('-', ' '));
    }
    List<List<String>> out = new ArrayList<>();
    for (String name : raw) {
      List<String> w = Lexicon.words(Lexicon.wordKey(name));
      // One short word (a bare "24", "news") says nothing about the outlet.
      if (!w.isEmpty() && w.size() <= 6 && (w.size() > 1 || w.get(0).length() >= 4)) {
        out.add(w);
      }
    }
    out = List.copyOf(out);
    if (outletNameCache.size() < MAX_CACHED_OUTLETS) {
      outletNameCache.put(cacheKey, out);
    }
    return out;
  }

  /** The registrable label of a URL's host ({@code https://www.nashwannews.com/x}: nashwannews); null if none. */
  static String domainLabel(String url) {
    if (url == null) {
      return null;
    }
    String s = url.strip().toLowerCase(Locale.ROOT);
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    }
    int end = 0;
    while (end < s.length() && "/?#:".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    String[] parts = s.substring(0, end).split("\\.");
    if (parts.length < 2) {
      return null;
    }
    // the label before the public suffix: skip a second-level suffix such as com.lb, co.uk, org.eg
    int i = parts.length - 2;
    if (i > 0 && parts[i].length() <= 3 && parts[parts.length - 1].length() == 2) {
      i--;
    }
    String label = parts[i];
    return label.length() >= 4 && label.chars().allMatch(c -> c < 128) ? label : null;
  }

  // ---------------------------------------------------------------- learnt decision

  /**
   * Features of the lines the learnt model re-decides (those the rules left undecided or called boilerplate), in
   * {@link BoilerplateModel#FEATURES} order; null for the other lines.
   */
  private static double[][] features(List<Line> nonBlank) {
    int n = nonBlank.size();
    double[][] out = new double[n][];
    int lastProse = -1;
    List<Line> content = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      Line l = nonBlank.get(k);
      if (l.wordCount >= 12 && l.endsFinal && l.hits.strong() == 0) {
        lastProse = k;
      }
      if (l.role == null) {
        content.add(l);
      }
    }
    Set<String> head = new HashSet<>();
    for (int k = 0; k < (content.size() + 1) / 2; k++) {
      head.addAll(stems(content.get(k).words));
    }
    // Overlap with the article of the lines near the page's edges, for offTopicRun (NaN elsewhere).
    double[] edgeOverlaps = new double[n];
    for (int k = 0; k < n; k++) {
      boolean edge = k < EDGE_RUN || n - 1 - k < EDGE_RUN;
      edgeOverlaps[k] = edge && !head.isEmpty() && n >= 4 ? overlap(nonBlank.get(k), head) : Double.NaN;
    }
    for (int k = 0; k < n; k++) {
      Line l = nonBlank.get(k);
      if ((l.role != null && l.role != LineRole.BOILERPLATE) || l.block) {
        continue;
      }
      Lexicon.WidgetHits h = l.hits;
      int words = Math.max(1, l.wordCount);
      double[] x = new double[BoilerplateModel.FEATURES.size()];
      int i = 0;
      x[i++] = l.role == LineRole.BOILERPLATE ? 1 : 0;
      x[i++] = Math.max(-4, Math.min(6, l.score)) / 2;
      x[i++] = Math.log1p(l.wordCount) / 3;
      x[i++] = l.endsFinal ? 1 : 0;
      x[i++] = n == 1 ? 0 : (double) k / (n - 1);
      x[i++] = k == 0 ? 1 : 0;
      x[i++] = k == n - 1 ? 1 : 0;
      x[i++] = 1.0 / (n - k);
      x[i++] = lastProse >= 0 && k > lastProse ? 1 : 0;
      x[i++] = Math.min(8, h.weight()) / 4.0;
      x[i++] = Math.min(4, h.strong()) / 2.0;
      x[i++] = Math.min(1, (double) h.coveredWords() / words);
      x[i++] = h.weight() > 0 ? Math.min(1, (l.wordCount - h.lastHitEnd()) / 20.0) : 0;
      x[i++] = Math.min(1, l.digitWordShare);
      x[i++] = l.noLetters ? 1 : 1 - l.arabicShare;
      x[i++] = startsWithWaw(l) ? 1 : 0;
      x[i++] = Math.min(1, l.innerPunct * 10.0 / words / 2);
      x[i++] = head.isEmpty() ? 0 : overlap(l, head);
      x[i++] = k > 0 && isFurniture(nonBlank.get(k - 1)) ? 1 : 0;
      x[i++] = k < n - 1 && isFurniture(nonBlank.get(k + 1)) ? 1 : 0;
      x[i++] = l.text.indexOf('|') >= 0 ? 1 : 0;
      x[i++] = Math.min(3, headlineMarks(l)) / 3.0;
      x[i++] = l.wordCount <= 5 ? 1 : 0;
      x[i++] = l.namesOutlet ? 1 : 0;
      x[i++] = offTopicRun(edgeOverlaps, n, k);
      out[k] = x;
    }
    return out;
  }

  /**
   * How little a short run of lines at the page's head or tail, from the page's edge to this line, shares with the
   * article: 1 minus the largest share of words any line of the run has with the article's first half; 0 for a line
   * deeper than {@link #EDGE_RUN} lines from both edges. Teasers of other stories and about-us blurbs at the foot, and
   * headers of another story at the head, share few words with the article.
   */
  private static double offTopicRun(double[] edgeOverlaps, int n, int k) {
    if (n < 4 || Double.isNaN(edgeOverlaps[k])) {
      return 0;
    }
    int from;
    int to;
    if (n - 1 - k < EDGE_RUN) {
      from = k;
      to = n - 1;
    } else if (k < EDGE_RUN) {
      from = 0;
      to = k;
    } else {
      return 0;
    }
    double most = 0;
    for (int j = from; j <= to; j++) {
      most = Math.max(most, edgeOverlaps[j]);
    }
    return 1 - most;
  }

  /** Longest run of edge lines that {@link #offTopicRun} looks at. */
  private static final int EDGE_RUN = 4;

  // ---------------------------------------------------------------- title

  private String markTitle(RawArticle article, List<Line> lines) {
    String meta = article.metadata().title();
    List<Line> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    if (meta != null && !meta.isBlank()) {
      String want = Lexicon.wordKey(meta);
      for (int k = 0; k < Math.min(5, nonBlank.size()); k++) {
        Line l = nonBlank.get(k);
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
    for (Line l : nonBlank) {
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
  private static boolean exclaimedHeadline(Line l, List<Line> nonBlank) {
    if (l.wordCount < 3 || l.wordCount > EXCLAIMED_TITLE_WORDS || l.commas > 0 || l.innerPunct != 1
        || lastMeaningful(l.text) != '!' || l.arabicShare < 0.8 || l.digitWordShare >= 0.3) {
      return false;
    }
    int k = nonBlank.indexOf(l);
    if (k != 0 && nonBlank.subList(0, k).stream().anyMatch(p -> p.role == null)) {
      return false;
    }
    Line next = k + 1 < nonBlank.size() ? nonBlank.get(k + 1) : null;
    // The lead opens the article: a paragraph going on with wa- ("وقد قدرت ...") continues an exclamatory lead.
    return next != null && next.role == null && next.wordCount >= LEAD_WORDS && next.endsFinal
        && !startsWithWaw(next);
  }

  // ---------------------------------------------------------------- subheadings, joins

  private static void markSubheadings(List<Line> lines) {
    Line prev = null;
    boolean seenContent = false;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank) {
        continue;
      }
      if (l.role == LineRole.CONTENT && seenContent && l.wordCount >= 1 && l.wordCount <= 10 && !l.endsFinal
          && !l.endsColon && !l.endsFunctionWord && l.arabicShare >= 0.5 && l.digitWordShare < 0.5 && prev != null
          && prev.role == LineRole.CONTENT && prev.endsFinal) {
        Line next = nextNonBlank(lines, i);
        if (next != null && next.role == LineRole.CONTENT && next.wordCount > l.wordCount) {
          l.role = LineRole.SUBHEADING;
        }
      }
      if (l.role == LineRole.CONTENT) {
        seenContent = true;
      }
      prev = l;
    }
  }

  private static boolean opensSentence(Line l) {
    String t = l.text.strip();
    if (t.isEmpty()) {
      return true;
    }
    char c = t.charAt(0);
    return startsWithWaw(l) || "\"«“'-–—•*(".indexOf(c) >= 0 || Character.isDigit(c);
  }

  private static Line nextNonBlank(List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).blank) {
        return lines.get(j);
      }
    }
    return null;
  }

  private static void markJoins(List<Line> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line l = lines.get(i);
      Line next = lines.get(i + 1);
      // A sentence broken across lines: no final punctuation, long enough to be prose, and the very next line
      // goes on with more content (a blank line in between is a paragraph break, not a broken sentence).
      if (l.role != LineRole.CONTENT || next.role != LineRole.CONTENT || l.endsFinal || l.endsColon) {
        continue;
      }
      // A line ending on a preposition or conjunction always goes on; otherwise the next line must not open a
      // sentence of its own (wa- + word, a quote, a dash or a list number), as Arabic has no capitals to tell.
      if (l.endsFunctionWord || (l.wordCount >= 6 && !opensSentence(next))) {
        l.joinedWith = next.index + 1;
      }
    }
  }
}
