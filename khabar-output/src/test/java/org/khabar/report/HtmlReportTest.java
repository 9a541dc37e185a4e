package org.khabar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.Article;
import org.khabar.model.CorpusReport;
import org.khabar.model.Published;
import org.khabar.model.SourceRef;

/** report.html: right to left, and article text never becomes markup. */
class HtmlReportTest {
  private static String report(Article a) throws Exception {
    StringWriter w = new StringWriter();
    HtmlReport.write(w, List.of(a), 1, CorpusReport.empty(1), 0);
    return w.toString();
  }

  private static Article article(String title, String body) {
    return new Article("a\"1", new SourceRef("x.txt", null, "txt"), title, null, null, null, Published.UNKNOWN,
        List.of(), body, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void pageIsRightToLeftArabic() throws Exception {
    String html = report(article("عنوان", "فقرة"));
    assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"), html);
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
  }

  @Test
  void hostileTextIsEscaped() throws Exception {
    String html = report(article("<script>alert(1)</script>", "<img src=x onerror=alert(1)>\n\n& \"'"));
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("id=\"a&quot;1\""));
  }

  @Test
  void paragraphsOfTheBodyAreParagraphs() throws Exception {
    String html = report(article(null, "أولى\n\nثانية"));
    assertTrue(html.contains("<p>أولى</p><p>ثانية</p>"), html);
  }

  @Test
  void escapeCoversEveryMarkupCharacter() {
    assertEquals("&lt;&gt;&amp;&quot;&#39;", HtmlReport.esc("<>&\"'"));
    assertEquals("", HtmlReport.esc(null));
  }

  @Test
  void articleReferencesAreIsolatedLeftToRightAndLinked() {
    assertEquals("<a href=\"#000_ab&lt;\"><bdi dir=\"ltr\">000_ab&lt;</bdi></a>", HtmlReport.ref("000_ab<"));
  }

  @Test
  void aWeekdayAloneIsSaidInArabicWithoutInventedBounds() {
    Published p = new Published(null, null, null, java.time.DayOfWeek.THURSDAY,
        org.khabar.model.DateBasis.RELATIVE, List.of("line 1"));
    assertEquals("يوم الخميس (relative)", HtmlReport.describe(p));
  }

  @Test
  void aLowerBoundAloneIsSaidAsSuch() {
    Published p = new Published(null, java.time.LocalDate.of(2018, 5, 1), null, null,
        org.khabar.model.DateBasis.RELATIVE, List.of("line 1"));
    assertEquals("في 2018-05-01 أو بعده (relative)", HtmlReport.describe(p));
    assertEquals("غير معروف", HtmlReport.describe(Published.UNKNOWN));
  }
}
