package org.khabar.structure;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.model.LineAnnotation;
import org.khabar.model.LineRole;
import org.khabar.model.Publisher;
import org.khabar.model.RawArticle;
import org.khabar.model.TextLine;

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
 *       blurb at the foot ({@link PageFootPasses#markSelfDescriptions}), the foot opened by a box title ({@link
 *       PageFootPasses#markFootBlock}), a readers' comment thread ({@link PageFootPasses#markCommentThread}), the
 *       writer's bio or a list of names above the footer ({@link PageFootPasses#markAuthorBio}), prose between two
 *       footer lines ({@link PageFootPasses#markFooterProse}), a keyword list closing the page ({@link
 *       PageFootPasses#markKeywordList}), an embedded gallery ({@link
 *       WidgetPasses#markGallery}), site notices or a trivia box above the article ({@link
 *       PageHeadPasses#markTopNotices}), a feed widget at the top ({@link PageHeadPasses#markTopFeed}), a header that
 *       repeats the headline ({@link PageHeadPasses#markEchoedHeader}), a header glued from site name, date stamps,
 *       menu and headline with no sentence of the article ({@link PageHeadPasses#markGluedHeader}), and listings
 *       without cut marks whose items repeat the CMS's date-stamp label ({@link ListingPasses#markDatedListing}) or one dateline label ({@link
 *       ListingPasses#markDatelineListing}), poll widgets ({@link WidgetPasses#markPolls}), a ticker of other stories'
 *       headlines at the top ({@link PageHeadPasses#markTicker}) and the page's own date stamp alone on a line ({@link
 *       WidgetPasses#markDateStamps}); last, copies of the article's passages at its end, above the footer, are
 *       {@code duplicate} ({@link PageFootPasses#markTailRepeats}, also run before the foot passes);
 *   <li>subheadings among the content lines, and sentences broken across lines ({@code joined_with}).
 * </ol>
 * Per-line work is capped ({@link #MAX_LINE_CHARS}), so a huge single line costs bounded time.
 *
 * <p>This class assembles the steps in that order; the steps live in package-private classes, one concern each: {@link
 * PageLine} (what is known of one line), {@link LineFeatures} (line shape, repeats, the learnt model's features),
 * {@link TitleAndBylines} (section, bylines, title), {@link BoilerplateRules} (the boilerplate score and the rules'
 * decision), {@link OutletNames} (lines naming the page's own outlet), {@link PageHeadPasses} and {@link
 * PageFootPasses} (blocks at the top and at the foot of the page), {@link ListingPasses} (listings of teasers), {@link
 * WidgetPasses} (gallery, polls, date stamps), {@link EdgeCohesion} (off-topic debris at the edges), {@link
 * SubheadingsAndJoins} and the shared word-overlap and line-shape helpers of {@link PageWords}. What the passes
 * read of the page is computed once: a line's stems and cohesion terms ({@link PageLine#stems()}, {@link
 * PageLine#terms()}), the article's head and core ({@link PageWords#firstHalfStems}, {@link
 * PageWords#secondHalfStems}), and the open lines with their words summed ({@link OpenLines}, whose {@link
 * OpenLines#restHolds} is the one rest-of-page condition).
 *
 * <p>Thread-safe: no state but a bounded cache of outlet names.
 */
final class LineRoleAnalyzer implements StructureAnalyzer {
  /** Characters of one line that the features look at. */
  static final int MAX_LINE_CHARS = 10_000;
  /** Near-duplicate search is skipped beyond this many lines (it is quadratic). */
  static final int MAX_NEAR_DUPLICATE_LINES = 2_000;
  private final Lexicon lexicon;
  private final TemplateIndex templates;
  private final PublisherResolver publishers;
  /** The learnt boilerplate decision over the rules' output; null: the rules alone decide. */
  private final BoilerplateModel model;
  private final LineFeatures features;
  private final BoilerplateRules boilerplate;
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
    this.boilerplate = new BoilerplateRules(templates);
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
    boilerplate.score(article, lines);
    outletNames.markOutletNames(article, lines);
    String section = labels.markSection(lines);
    String title = labels.markTitle(article, lines);
    boilerplate.decide(lines);
    List<PageLine> nonBlank = lines.stream().filter(l -> !l.blank).toList();
    listings.markCutTeasers(nonBlank);
    foot.markTeaserBox(nonBlank);
    foot.markFooter(nonBlank);
    head.markHeader(nonBlank);
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
    foot.markFoot(nonBlank);
    widgets.markGallery(nonBlank);
    EdgeCohesion.markIncoherentEdges(nonBlank);
    head.markTopNotices(nonBlank);
    head.markTopFeed(nonBlank);
    head.markEchoedHeader(nonBlank);
    head.markGluedHeader(nonBlank, () -> outletNames.outletNames(article));
    ListingPasses.markDatedListing(nonBlank);
    ListingPasses.markDatelineListing(nonBlank);
    WidgetPasses.markPolls(nonBlank);
    PageHeadPasses.markTicker(nonBlank);
    widgets.markDateStamps(nonBlank);
    // Again after the passes above have cleared the foot under the copies.
    PageFootPasses.markTailRepeats(nonBlank);
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

}
