package org.khabar.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.khabar.model.Article;
import org.khabar.model.Claim;
import org.khabar.model.CorpusReport;
import org.khabar.model.EntityMention;
import org.khabar.model.LineAnnotation;
import org.khabar.model.Published;
import org.khabar.model.Quote;

/**
 * Writes {@code report.html}: a right-to-left page with, per article, its clean text and what was found, and for
 * the corpus its clusters, actors and claims. Article text is untrusted: everything is escaped.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;margin:2rem auto;max-width:60rem;
      line-height:1.7;color:#1d1d1f;background:#fafaf7;padding:0 1rem}
      h1,h2,h3{line-height:1.3} .meta{color:#555;font-size:.9rem} .ltr{direction:ltr;unicode-bidi:isolate}
      article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.5rem;margin:1.5rem 0}
      .body p{margin:.4rem 0} table{border-collapse:collapse;width:100%;font-size:.9rem}
      td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:start;vertical-align:top}
      .role-content{} .role-boilerplate,.role-duplicate{color:#999;text-decoration:line-through}
      .role-title,.role-section,.role-byline,.role-subheading{color:#0a5;font-weight:bold}
      .tag{display:inline-block;border-radius:3px;padding:0 .3rem;margin:0 .1rem;font-size:.8rem;background:#eef}
      .stance-denies{background:#fdd} .stance-unconfirmed{background:#ffd} .stance-asserts{background:#dfd}
      details summary{cursor:pointer;color:#036} .date{white-space:nowrap}
      """;

  private HtmlReport() {}

  /**
   * Writes the report.
   *
   * @param out where to write
   * @param articles the articles to show in full (the caller bounds how many)
   * @param totalArticles how many articles the corpus had in all
   * @param corpus the corpus report
   * @param errors how many inputs could not be read
   */
  public static void write(Writer out, List<Article> articles, int totalArticles, CorpusReport corpus, int errors)
      throws IOException {
    Map<String, Article> byId = articles.stream()
        .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
    out.write("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
    out.write("<title>khabar report</title><style>" + STYLE + "</style></head><body>\n");
    out.write("<h1>تقرير خبر <span class=\"ltr meta\">khabar report</span></h1>\n");
    out.write("<p class=\"meta\">" + totalArticles + " مقالة · " + errors + " خطأ في القراءة");
    if (articles.size() < totalArticles) {
      out.write(" · تعرض أول " + articles.size() + " مقالة");
    }
    out.write("</p>\n");
    writeCorpus(out, corpus, byId);
    out.write("<h2>المقالات</h2>\n");
    for (Article a : articles) {
      writeArticle(out, a);
    }
    out.write("</body></html>\n");
  }

  /** Most timeline rows the report shows. */
  static final int TIMELINE_ROWS = 300;

  private static void writeCorpus(Writer out, CorpusReport corpus, Map<String, Article> byId) throws IOException {
    out.write("<section><h2>المشهد العام</h2>\n");
    if (!corpus.timeline().isEmpty()) {
      out.write("<h3>التسلسل الزمني</h3><table><tr><th>التاريخ</th><th>الحدث</th><th>المقالات</th></tr>\n");
      // A large corpus has thousands of one-article events: show the events several articles report.
      List<CorpusReport.TimelineEntry> entries = corpus.timeline().size() <= TIMELINE_ROWS ? corpus.timeline()
          : corpus.timeline().stream().filter(t -> t.articles().size() > 1).limit(TIMELINE_ROWS).toList();
      for (CorpusReport.TimelineEntry t : entries) {
        out.write("<tr><td class=\"ltr date\">" + esc(t.date() == null ? "?" : t.date().toString()) + "</td><td>"
            + esc(t.summary()) + "</td><td>" + refs(t.articles()) + "</td></tr>\n");
      }
      out.write("</table>\n");
    }
    groups(out, "نسخ متطابقة تقريبًا", corpus.clusters().nearDuplicate(), byId);
    groups(out, "الأحداث", corpus.clusters().event(), byId);
    groups(out, "القصص", corpus.clusters().storyline(), byId);
    if (!corpus.actors().isEmpty()) {
      out.write("<h3>الفاعلون</h3><table><tr><th>الفاعل</th><th>الأسماء</th><th>المقالات</th></tr>\n");
      for (CorpusReport.ActorSummary a : corpus.actors()) {
        out.write("<tr><td>" + esc(a.name()) + " <span class=\"tag ltr\">" + esc(a.id()) + "</span></td><td>"
            + esc(String.join("، ", a.aliases())) + "</td><td>" + a.articles().size() + "</td></tr>\n");
      }
      out.write("</table>\n");
    }
    if (!corpus.contestedClaims().isEmpty()) {
      out.write("<h3>ادعاءات متنازع عليها</h3>\n");
      for (CorpusReport.ContestedClaim c : corpus.contestedClaims()) {
        out.write("<div><p>" + esc(c.claim()) + "</p><p class=\"meta\"><span class=\"tag stance-asserts\">يؤكد</span> "
            + sources(c.assertedBy()) + "<br><span class=\"tag stance-denies\">ينفي</span> "
            + sources(c.deniedBy()) + "</p></div>\n");
      }
    }
    if (!corpus.framing().isEmpty()) {
      out.write("<h3>التأطير</h3><table><tr><th>المقالة</th><th>الناشر</th><th>الميل</th><th>المؤشرات</th></tr>\n");
      for (var e : new java.util.TreeMap<>(corpus.framing()).entrySet()) {
        CorpusReport.Framing f = e.getValue();
        out.write("<tr><td>" + ref(e.getKey()) + "</td><td>" + esc(f.publisher()) + "</td><td>" + esc(f.leaning())
            + "</td><td>" + esc(f.markers().stream().map(CorpusReport.Marker::term).distinct()
                .collect(Collectors.joining("، "))) + "</td></tr>\n");
      }
      out.write("</table>\n");
    }
    if (!corpus.outlets().isEmpty()) {
      out.write("<h3>المنافذ الإعلامية</h3><table><tr><th>المنفذ</th><th>المقالات</th><th>الميل</th>"
          + "<th>الأسماء التي يستعملها</th><th>مفرداته المميزة</th></tr>\n");
      for (var e : new java.util.TreeMap<>(corpus.outlets()).entrySet()) {
        CorpusReport.OutletProfile p = e.getValue();
        out.write("<tr><td>" + esc(e.getKey()) + "</td><td>" + p.articles() + "</td><td>" + esc(p.leaning())
            + "</td><td>" + esc(p.names().stream().limit(12).map(CorpusReport.Marker::term).distinct()
                .collect(Collectors.joining("، ")))
            + "</td><td>" + esc(p.vocabulary().stream().limit(10).map(CorpusReport.OutletTerm::term)
                .collect(Collectors.joining("، "))) + "</td></tr>\n");
      }
      out.write("</table>\n");
    }
    out.write("</section>\n");
  }

  private static String sources(List<CorpusReport.SourcedIn> sources) {
    return sources.stream().map(s -> esc(s.source()) + " (" + ref(s.article()) + ")").collect(Collectors.joining("، "));
  }

  private static void groups(Writer out, String heading, List<List<String>> groups, Map<String, Article> byId)
      throws IOException {
    List<List<String>> shown = groups.stream().filter(g -> g.size() > 1).toList();
    if (shown.isEmpty()) {
      return;
    }
    out.write("<h3>" + esc(heading) + "</h3><ul>\n");
    for (List<String> g : shown) {
      out.write("<li>");
      out.write(g.stream().map(id -> {
        Article a = byId.get(id);
        return a != null && a.title() != null ? esc(a.title()) + " " + ref(id) : ref(id);
      }).collect(Collectors.joining(" · ")));
      out.write("</li>\n");
    }
    out.write("</ul>\n");
  }

  private static void writeArticle(Writer out, Article a) throws IOException {
    out.write("<article id=\"" + esc(a.id()) + "\">\n");
    out.write("<h3>" + (a.title() == null ? "<bdi dir=\"ltr\">" + esc(a.id()) + "</bdi>" : esc(a.title())) + "</h3>\n");
    out.write("<p class=\"meta\"><bdi dir=\"ltr\">" + esc(a.id()) + "</bdi> · <bdi dir=\"ltr\">"
        + esc(a.source().path()) + "</bdi>");
    if (a.publisher() != null) {
      out.write(" · الناشر: " + esc(a.publisher().name()));
    }
    if (a.byline() != null) {
      out.write(" · " + esc(a.byline()));
    }
    if (a.section() != null) {
      out.write(" · القسم: " + esc(a.section()));
    }
    out.write("<br>تاريخ النشر: " + esc(describe(a.published())) + "</p>\n");
    if (!a.flags().isEmpty()) {
      out.write("<p class=\"meta\">" + esc(String.join(", ", a.flags())) + "</p>\n");
    }
    out.write("<div class=\"body\">");
    for (String paragraph : a.body().split("\n\n")) {
      if (!paragraph.isBlank()) {
        out.write("<p>" + esc(paragraph) + "</p>");
      }
    }
    out.write("</div>\n");
    if (!a.entities().isEmpty()) {
      out.write("<details><summary>الكيانات (" + a.entities().size() + ")</summary><p>");
      for (EntityMention e : a.entities()) {
        out.write("<span class=\"tag\">" + esc(e.text()) + " <small class=\"ltr\">" + e.type()
            + (e.actor() == null ? "" : " " + esc(e.actor())) + "</small></span> ");
      }
      out.write("</p></details>\n");
    }
    if (!a.dates().isEmpty()) {
      out.write("<details><summary>التواريخ (" + a.dates().size() + ")</summary><ul>");
      a.dates().forEach(d -> write(out, "<li>" + esc(d.text()) + " → <span class=\"ltr\">" + esc(d.value())
          + "</span> <small>(سطر " + d.line() + ")</small></li>"));
      out.write("</ul></details>\n");
    }
    if (!a.quotes().isEmpty()) {
      out.write("<details><summary>الاقتباسات (" + a.quotes().size() + ")</summary><ul>");
      for (Quote q : a.quotes()) {
        out.write("<li><b>" + esc(q.speaker() == null ? "؟" : q.speaker()) + "</b>: " + esc(q.text())
            + " <small>(" + q.kind().wireName() + "، سطر " + q.line() + ")</small></li>");
      }
      out.write("</ul></details>\n");
    }
    if (!a.claims().isEmpty()) {
      out.write("<details><summary>الادعاءات (" + a.claims().size() + ")</summary><ul>");
      for (Claim c : a.claims()) {
        out.write("<li><span class=\"tag stance-" + c.stance().wireName() + "\">" + c.stance().wireName()
            + "</span> <b>" + esc(c.source()) + "</b>: " + esc(c.text()) + "</li>");
      }
      out.write("</ul></details>\n");
    }
    out.write("<details><summary>أدوار الأسطر</summary><table>");
    for (LineAnnotation l : a.lines()) {
      out.write("<tr class=\"role-" + l.role().wireName() + "\"><td>" + l.line() + "</td><td>" + l.role().wireName()
          + (l.duplicateOf() == null ? "" : " ← " + l.duplicateOf())
          + (l.joinedWith() == null ? "" : " ↵ " + l.joinedWith()) + "</td></tr>");
    }
    out.write("</table></details>\n</article>\n");
  }

  /** A reference to an article of the report: its id, isolated left to right, linked to the article. */
  static String ref(String id) {
    return "<a href=\"#" + esc(id) + "\"><bdi dir=\"ltr\">" + esc(id) + "</bdi></a>";
  }

  private static String refs(List<String> ids) {
    return ids.stream().map(HtmlReport::ref).collect(Collectors.joining("، "));
  }

  /** The publication date in words: a day, or what is known of it (bounds, weekday), with its basis. */
  static String describe(Published p) {
    String basis = " (" + p.basis().wireName() + ")";
    if (p.date() != null) {
      return p.date() + basis;
    }
    List<String> known = new java.util.ArrayList<>();
    if (p.earliest() != null && p.latest() != null) {
      known.add("بين " + p.earliest() + " و" + p.latest());
    } else if (p.earliest() != null) {
      known.add("في " + p.earliest() + " أو بعده");
    } else if (p.latest() != null) {
      known.add("في " + p.latest() + " أو قبله");
    }
    if (p.weekday() != null) {
      known.add("يوم " + WEEKDAYS[p.weekday().getValue() - 1]);
    }
    return known.isEmpty() ? "غير معروف" : String.join("، ", known) + basis;
  }

  private static final String[] WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};

  private static void write(Writer out, String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
