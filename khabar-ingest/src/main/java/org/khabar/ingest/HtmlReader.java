package org.khabar.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.LineMarkup;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/**
 * Reads an HTML page into a raw article: its metadata (title, OpenGraph, JSON-LD, meta author, canonical link) and
 * its visible text as lines, one per block element, each with how it was rendered ({@link LineMarkup}).
 *
 * <p>Navigation, footers and sidebars are kept as lines: deciding what is boilerplate is the structure stage's job,
 * and the markup (tag, ancestry, link density) lets it. Scripts, styles and other invisible content are dropped.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlReader {
  /** The largest page read, in bytes. */
  static final int MAX_BYTES = 32 << 20;

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
      "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
      "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option", "noframes", "frameset");
  private static final Set<String> INVISIBLE = Set.of(
      "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "audio", "video",
      "head", "link", "meta", "map", "datalist");
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=", Pattern.CASE_INSENSITIVE);
  /** JSON-LD types that describe an article. */
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile("(?i)(.*Article|BlogPosting|LiveBlogPosting|Report|ReportageNews|WebPage)");
  private static final int MAX_PATH_ELEMENTS = 24;
  private static final int MAX_PATH_SEGMENT = 40;
  private static final int MAX_JSON_LD_CHARS = 1 << 20;

  private HtmlReader() {}

  /**
   * Reads one page.
   *
   * @param bytes the page
   * @param transportCharset the charset the server declared (HTTP {@code Content-Type}), or {@code null}
   * @param id the article's id
   * @param source where the page came from
   * @throws InputException when the page is empty, binary or has no visible text
   */
  static RawArticle read(byte[] bytes, String transportCharset, String id, SourceRef source) throws InputException {
    Document doc = parse(bytes, transportCharset, source.url() == null ? "" : source.url());
    Rendered text = render(doc);
    if (text.lines().isEmpty()) {
      throw new InputException("no visible text in the page");
    }
    return new RawArticle(id, source, text.lines(), text.markup(), metadata(doc));
  }

  /**
   * A page's visible text.
   *
   * @param lines one entry per line
   * @param markup how each line was rendered, same size as {@code lines}
   */
  record Rendered(List<String> lines, List<LineMarkup> markup) {}

  /** The visible text of a document, one line per block element. */
  static Rendered render(Document doc) {
    List<String> lines = new ArrayList<>();
    List<LineMarkup> markup = new ArrayList<>();
    Element root = doc.body() != null ? doc.body() : doc;
    NodeTraversor.filter(new LineCollector(lines, markup), root);
    return new Rendered(lines, markup);
  }

  /** The visible text of an HTML fragment (e.g. a crawler's {@code content} field holding markup). */
  static Rendered renderFragment(String html) {
    return render(Jsoup.parseBodyFragment(html));
  }

  /**
   * Whether a text field holds HTML markup rather than text: it has closing block tags or line breaks, enough of
   * them to be markup and not a stray angle bracket.
   */
  static boolean looksLikeHtml(String text) {
    int tags = 0;
    for (String tag : new String[] {"</p>", "<br", "</div>", "</li>", "</h", "<p>", "<p "}) {
      for (int i = text.indexOf(tag); i >= 0 && tags < 3; i = text.indexOf(tag, i + 1)) {
        tags++;
      }
    }
    return tags >= 2;
  }

  private static Document parse(byte[] bytes, String transportCharset, String baseUri) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    String signature = TextDecoding.binarySignature(bytes);
    if (signature != null) {
      throw new InputException("binary content (a " + signature + " file), not HTML");
    }
    String charset = supported(transportCharset);
    boolean bom = (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE))
        || (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF);
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    try {
      if (charset != null || bom || DECLARED_CHARSET.matcher(head).find()) {
        // The page says what it is: jsoup honours the BOM, then the given charset, then <meta charset>.
        return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
      }
    } catch (IOException e) {
      throw new InputException("cannot decode the page: " + e.getMessage(), e);
    }
    // Undeclared: detect as for plain text (UTF-8, UTF-16, or a legacy Arabic code page).
    TextDecoding.Decoded text = TextDecoding.decode(bytes);
    Document doc = Jsoup.parse(text.text(), baseUri);
    doc.outputSettings().charset(text.charset());
    return doc;
  }

  private static String supported(String charset) {
    if (charset == null || charset.isBlank()) {
      return null;
    }
    try {
      return Charset.isSupported(charset.strip()) ? charset.strip() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---- metadata ----

  static ArticleMetadata metadata(Document doc) {
    Map<String, String> extra = new LinkedHashMap<>();
    JsonNode ld = jsonLdArticle(doc);
    String htmlTitle = JsonValues.blankToNull(doc.title().strip());
    String ogTitle = meta(doc, "property", "og:title");
    String ldHeadline = ld == null ? null : JsonValues.first(ld, "headline", "name", "alternativeHeadline");
    String ldPublisher = ld == null ? null : JsonValues.text(ld.get("publisher"));
    String ogSite = meta(doc, "property", "og:site_name");
    put(extra, "html_title", htmlTitle);
    put(extra, "og_title", ogTitle);
    put(extra, "jsonld_headline", ldHeadline);
    put(extra, "jsonld_type", ld == null ? null : JsonValues.text(ld.get("@type")));
    put(extra, "jsonld_publisher", ldPublisher);
    put(extra, "og_site_name", ogSite);
    put(extra, "og_type", meta(doc, "property", "og:type"));
    put(extra, "description", firstNonNull(meta(doc, "property", "og:description"), meta(doc, "name", "description")));
    put(extra, "keywords", firstNonNull(meta(doc, "name", "keywords"), meta(doc, "name", "news_keywords")));
    put(extra, "modified", firstNonNull(
        ld == null ? null : JsonValues.text(ld.get("dateModified")), meta(doc, "property", "article:modified_time")));
    Element html = doc.selectFirst("html");
    put(extra, "lang", html == null ? null : JsonValues.blankToNull(html.attr("lang")));

    String published = firstNonNull(
        ld == null ? null : JsonValues.text(ld.get("datePublished")),
        meta(doc, "property", "article:published_time"),
        itemprop(doc, "datePublished"),
        meta(doc, "name", "pubdate"),
        meta(doc, "name", "publishdate"),
        meta(doc, "name", "date"),
        meta(doc, "name", "dc.date.issued"),
        meta(doc, "name", "dcterms.created"));
    String author = firstNonNull(
        ld == null ? null : JsonValues.text(ld.get("author")),
        meta(doc, "name", "author"),
        notUrl(meta(doc, "property", "article:author")));
    String section = firstNonNull(
        meta(doc, "property", "article:section"),
        ld == null ? null : JsonValues.text(ld.get("articleSection")));
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String canonicalUrl = canonical == null ? null : JsonValues.blankToNull(canonical.absUrl("href"));
    if (canonicalUrl == null && canonical != null) {
      canonicalUrl = JsonValues.blankToNull(canonical.attr("href"));
    }
    String url = firstNonNull(canonicalUrl, meta(doc, "property", "og:url"),
        ld == null ? null : JsonValues.first(ld, "url", "mainEntityOfPage"));
    return new ArticleMetadata(
        firstNonNull(ldHeadline, ogTitle, htmlTitle),
        published,
        author,
        firstNonNull(ogSite, ldPublisher),
        section,
        url,
        extra);
  }

  /** The first JSON-LD object on the page that describes an article, or {@code null}. */
  static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data();
      if (data.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      try {
        // Pages often end the JSON-LD with a stray semicolon: take the first value.
        JsonNode found = findArticle(JsonValues.MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readTree(data.strip()), 0);
        if (found != null) {
          return found;
        }
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is common; the other metadata still count.
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode n, int depth) {
    if (n == null || depth > 4) {
      return null;
    }
    if (n.isArray()) {
      JsonNode page = null;
      for (JsonNode e : n) {
        JsonNode found = findArticle(e, depth + 1);
        if (found != null && !isType(found, "WebPage")) {
          return found;
        }
        page = page == null ? found : page;
      }
      return page;
    }
    if (!n.isObject()) {
      return null;
    }
    if (n.has("@graph")) {
      return findArticle(n.get("@graph"), depth + 1);
    }
    String type = JsonValues.text(n.get("@type"));
    if (type != null) {
      for (String t : type.split(",\\s*")) {
        if (ARTICLE_TYPE.matcher(t.strip()).matches() && (n.has("headline") || n.has("datePublished"))) {
          return n;
        }
      }
    }
    return null;
  }

  private static boolean isType(JsonNode n, String type) {
    return type.equals(JsonValues.text(n.get("@type")));
  }

  private static String meta(Document doc, String attribute, String name) {
    // Sites mix up property= and name= for OpenGraph; accept both.
    for (Element e : doc.select("meta[" + attribute + "][content]")) {
      if (e.attr(attribute).strip().equalsIgnoreCase(name)) {
        return JsonValues.blankToNull(e.attr("content").strip());
      }
    }
    String other = attribute.equals("property") ? "name" : "property";
    for (Element e : doc.select("meta[" + other + "][content]")) {
      if (e.attr(other).strip().equalsIgnoreCase(name)) {
        return JsonValues.blankToNull(e.attr("content").strip());
      }
    }
    return null;
  }

  private static String itemprop(Document doc, String name) {
    Element e = doc.selectFirst("[itemprop=" + name + "]");
    if (e == null) {
      return null;
    }
    return firstNonNull(JsonValues.blankToNull(e.attr("content")), JsonValues.blankToNull(e.attr("datetime")),
        JsonValues.blankToNull(e.text()));
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
  }

  private static void put(Map<String, String> extra, String key, String value) {
    if (value != null) {
      extra.put(key, JsonValues.evidence(value));
    }
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  // ---- text lines ----

  /** Turns the element tree into lines: a block element starts and ends a line, as does {@code <br>}. */
  private static final class LineCollector implements NodeFilter {
    private final List<String> lines;
    private final List<LineMarkup> markup;
    private final Deque<Element> blocks = new ArrayDeque<>();
    private final Map<Element, String> paths = new IdentityHashMap<>();
    private final StringBuilder line = new StringBuilder();
    private Element lineBlock;
    private int chars;
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private boolean pendingSpace;

    LineCollector(List<String> lines, List<LineMarkup> markup) {
      this.lines = lines;
      this.markup = markup;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (INVISIBLE.contains(tag) || e.hasAttr("hidden")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        flush();
      } else if (BLOCKS.contains(tag)) {
        flush();
        blocks.push(e);
      }
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("pre") || tag.equals("textarea")) {
        preDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag)) {
          flush();
          if (!blocks.isEmpty()) {
            blocks.pop();
          }
        }
        if (tag.equals("a")) {
          linkDepth--;
        } else if (tag.equals("pre") || tag.equals("textarea")) {
          preDepth--;
        }
      }
      if (node.parent() == null || blocks.isEmpty()) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    private void append(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (preDepth > 0 && (c == '\n' || c == '\r')) {
          flush();
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          pendingSpace = line.length() > 0;
        } else {
          if (line.length() == 0) {
            lineBlock = blocks.peek();
          } else if (pendingSpace) {
            line.append(' ');
          }
          pendingSpace = false;
          line.append(c);
          chars++;
          if (linkDepth > 0) {
            linkChars++;
          }
        }
      }
    }

    private void flush() {
      if (line.length() > 0) {
        lines.add(line.toString());
        Element block = lineBlock;
        String tag = block == null ? "body" : block.normalName();
        String path = block == null ? "body" : paths.computeIfAbsent(block, HtmlReader::path);
        markup.add(new LineMarkup(tag, path, chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars)));
      }
      line.setLength(0);
      chars = 0;
      linkChars = 0;
      pendingSpace = false;
      lineBlock = null;
    }
  }

  /** The ancestry of an element from {@code body}, e.g. {@code body>div.content>article>p}. */
  static String path(Element e) {
    List<String> parts = new ArrayList<>();
    for (Element x = e; x != null && !x.normalName().equals("html") && !x.normalName().equals("#root");
        x = x.parent()) {
      parts.add(segment(x));
      if (x.normalName().equals("body")) {
        break;
      }
    }
    int from = Math.max(0, parts.size() - MAX_PATH_ELEMENTS);
    List<String> kept = parts.subList(0, parts.size() - from);
    StringBuilder b = new StringBuilder();
    for (int i = kept.size() - 1; i >= 0; i--) {
      if (b.length() > 0) {
        b.append('>');
      }
      b.append(kept.get(i));
    }
    return b.toString();
  }

  private static String segment(Element x) {
    String s = x.normalName();
    String cls = x.className().strip();
    if (!cls.isEmpty()) {
      int space = cls.indexOf(' ');
      s += "." + (space < 0 ? cls : cls.substring(0, space));
    } else if (!x.id().isBlank()) {
      s += "#" + x.id().strip();
    }
    s = s.replace('>', '_');
    return s.length() > MAX_PATH_SEGMENT ? s.substring(0, MAX_PATH_SEGMENT) : s;
  }
}
