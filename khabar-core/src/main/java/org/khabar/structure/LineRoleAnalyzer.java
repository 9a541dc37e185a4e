package org.khabar.structure;

import static org.khabar.structure.PageWords.startsWithWaw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 *       letters, digits, widget vocabulary, position, HTML link density and DOM path, recurrence across the outlet's
 *       articles), then smoothing by the neighbours as jusText does;
 *   <li>the title from metadata, else a short first line without final punctuation;
 *   <li>the page read as blocks: a listing of teasers cut off with dots (section and archive pages, see {@link
 *       ListingPasses#markCutTeasers}); upwards from the end, furniture, lines opening with a widget title, a box of
 *       other stories' teasers (headline-shaped lines, see {@link PageFootPasses#markTeaserBox}) and the footer ({@link
 *       PageFootPasses#markFooter}) are boilerplate; so is a header line of headline, site name and furniture without
 *       the lead ({@link PageHeadPasses#markHeader});
 *   <li>the learnt model ({@link BoilerplateModel}) re-decides the lines the rules lean to call boilerplate;
 *   <li>after it, topical cohesion at the page's edges: a line at the top or bottom whose rarer words the rest of
 *       the article does not use, and that shows a debris shape (a teaser cut, a date stamp, a link), is boilerplate
 *       ({@link EdgeCohesion#markIncoherentEdges}, IDF weights of {@link Cohesion}); so are the outlet's "about us"
 *       blurb at the foot ({@link PageFootPasses#markSelfDescriptions}), an embedded gallery ({@link
 *       WidgetPasses#markGallery}), site notices or a trivia box above the article ({@link
 *       PageHeadPasses#markTopNotices}), a feed widget at the top ({@link PageHeadPasses#markTopFeed}), a header that
 *       repeats the headline ({@link PageHeadPasses#markEchoedHeader}), and listings without cut marks whose items
 *       repeat the CMS's date-stamp label ({@link ListingPasses#markDatedListing}) or one dateline label ({@link
 *       ListingPasses#markDatelineListing}), poll widgets ({@link WidgetPasses#markPolls}), a ticker of other stories'
 *       headlines at the top ({@link PageHeadPasses#markTicker}) and the page's own date stamp alone on a line ({@link
 *       WidgetPasses#markDateStamps});
 *   <li>subheadings among the content lines, and sentences broken across lines ({@code joined_with}).
 * </ol>
 * Per-line work is capped ({@link #MAX_LINE_CHARS}), so a huge single line costs bounded time.
 *
 * <p>This class assembles the steps and holds the boilerplate score and its decision; the steps live in
 * package-private classes, one concern each: {@link PageLine} (what is known of one line), {@link LineFeatures}
 * (line shape, repeats, the learnt model's features), {@link TitleAndBylines} (section, bylines, title),
 * {@link OutletNames} (lines naming the page's own outlet), {@link PageHeadPasses} and {@link PageFootPasses} (blocks
 * at the top and at the foot of the page), {@link ListingPasses} (listings of teasers), {@link WidgetPasses}
 * (gallery, polls, date stamps), {@link EdgeCohesion} (off-topic debris at the edges), {@link SubheadingsAndJoins}
 * and the shared word-overlap and line-shape helpers of {@link PageWords}.
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

  private static final String[] FURNITURE = {"nav", "footer", "header", "aside", "menu", "sidebar", "comment",
      "share", "social", "related", "breadcrumb", "widget", "banner", "cookie", "newsletter", "subscribe", "promo",
      "advert", "ad-", "ads", "sponsor", "popup", "modal", "tags", "pagination", "copyright", "toolbar", "login"};

  private final Lexicon lexicon;
  private final TemplateIndex templates;
  private final PublisherResolver publishers;
  /** The learnt boilerplate decision over the rules' output; null: the rules alone decide. */
  private final BoilerplateModel model;
  private final LineFeatures features;
  private final TitleAndBylines labels;
  private final OutletNames outletNames;
  private final PageHeadPasses head;
  private final PageFootPasses foot;
  private final ListingPasses listings;
  private final WidgetPasses widgets;

  LineRoleAnalyzer(TemplateIndex templates) {
    this(templates, BoilerplateModel.standard());
  }

  LineRoleAnalyzer(TemplateIndex templates, BoilerplateModel model) {
    this.lexicon = Lexicon.standard();
    this.templates = templates;
    this.publishers = new PublisherResolver(OutletRegistry.standard());
    this.model = model;
    this.features = new LineFeatures(lexicon);
    this.labels = new TitleAndBylines(lexicon);
    this.outletNames = new OutletNames(publishers);
    this.head = new PageHeadPasses(lexicon);
    this.foot = new PageFootPasses(lexicon);
    this.listings = new ListingPasses(lexicon);
    this.widgets = new WidgetPasses(lexicon);
  }

  /** What the rules decided for one page, before the learnt model. */
  private record Ruled(List<PageLine> lines, String byline, String section, String title) {}

  private Ruled rules(RawArticle article) {
    List<String> raw = article.lines();
    List<PageLine> lines = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      PageLine l = new PageLine(i, raw.get(i) == null ? "" : raw.get(i));
      if (!l.blank) {
        features.describe(l);
      } else {
        l.role = LineRole.BLANK;
      }
      lines.add(l);
    }
    LineFeatures.markDuplicates(lines);
    String byline = labels.markBylines(lines);
    scoreBoilerplate(article, lines);
    outletNames.markOutletNames(article, lines);
    String section = labels.markSection(lines);
    String title = labels.markTitle(article, lines);
    decideBoilerplate(lines);
    return new Ruled(lines, byline, section, title);
  }

  /**
   * The learnt model's features of every line that it re-decides (by 1-based line number), computed on the rules'
   * output, as {@code khabar train structure} needs them.
   */
  Map<Integer, double[]> features(RawArticle article) {
    Ruled ruled = rules(article);
    List<PageLine> nonBlank = ruled.lines().stream().filter(l -> !l.blank).toList();
    double[][] x = LineFeatures.features(nonBlank);
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
    List<PageLine> lines = ruled.lines();
    String byline = ruled.byline();
    String section = ruled.section();
    String title = ruled.title();
    List<String> flags = new ArrayList<>();
    if (lines.stream().anyMatch(l -> l.truncated)) {
      flags.add("long_line_truncated_analysis");
    }
    List<PageLine> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    if (model != null) {
      double[][] x = LineFeatures.features(nonBlank);
      for (int k = 0; k < x.length; k++) {
        if (x[k] != null) {
          // Conservative: the model may call a line that the rules kept boilerplate only when the rules lean that
          // way (a positive score) and some signal other than length and position points to furniture: clean news
          // pages end on short paragraphs too, and a paragraph may follow widget words glued before it.
          PageLine l = nonBlank.get(k);
          boolean may = l.role == LineRole.BOILERPLATE || (l.evidence && l.score > 0);
          l.role = may && model.isBoilerplate(x[k]) ? LineRole.BOILERPLATE : null;
        }
      }
    }
    // After the learnt model, on the page's final content: the model's features and training stay those of the rules.
    foot.markSelfDescriptions(nonBlank);
    widgets.markGallery(nonBlank);
    EdgeCohesion.markIncoherentEdges(nonBlank);
    head.markTopNotices(nonBlank);
    head.markTopFeed(nonBlank);
    head.markEchoedHeader(nonBlank);
    ListingPasses.markDatedListing(nonBlank);
    ListingPasses.markDatelineListing(nonBlank);
    WidgetPasses.markPolls(nonBlank);
    PageHeadPasses.markTicker(nonBlank);
    widgets.markDateStamps(nonBlank);
    for (PageLine l : lines) {
      if (l.role == null) {
        l.role = LineRole.CONTENT;
      }
    }
    SubheadingsAndJoins.markSubheadings(lines);
    SubheadingsAndJoins.markJoins(lines);

    List<LineAnnotation> roles = new ArrayList<>(lines.size());
    List<TextLine> content = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    boolean joinPending = false;
    for (PageLine l : lines) {
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
    for (PageLine l : lines) {
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

  private void scoreBoilerplate(RawArticle article, List<PageLine> lines) {
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

  private void decideBoilerplate(List<PageLine> lines) {
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
    listings.markCutTeasers(nonBlank);
    foot.markTeaserBox(nonBlank);
    foot.markFooter(nonBlank);
    head.markHeader(nonBlank);
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
