package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.LineMarkup;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/** HTML pages: metadata and lines with markup (issue #3). */
class HtmlReaderTest {
  private static final SourceRef SOURCE = new SourceRef("page.html", null, "html");

  private static RawArticle fixture() throws Exception {
    Path page = Path.of(HtmlReaderTest.class.getResource("article.html").toURI());
    RawArticle a = Collected.read(page).only();
    assertEquals("article", a.id());
    assertEquals("html", a.source().format());
    return a;
  }

  private static RawArticle html(String body) throws InputException {
    return HtmlReader.read(body.getBytes(StandardCharsets.UTF_8), null, "x", SOURCE);
  }

  @Test
  void jsonLdWinsForHeadlineDateAndAuthor() throws Exception {
    ArticleMetadata m = fixture().metadata();
    assertEquals("العنوان من جيسون إل دي", m.title());
    assertEquals("2019-03-04T10:00:00+03:00", m.published());
    assertEquals("كاتب أول, كاتب ثان", m.author());
  }

  @Test
  void openGraphGivesSiteAndSectionAndCanonicalTheUrl() throws Exception {
    ArticleMetadata m = fixture().metadata();
    assertEquals("موقع الأخبار", m.siteName());
    assertEquals("سياسة", m.section());
    assertEquals("https://news.example/politics/2019/03/04/story", m.url());
  }

  @Test
  void everyTitleIsKeptAsEvidence() throws Exception {
    ArticleMetadata m = fixture().metadata();
    assertEquals("عنوان الصفحة | موقع الأخبار", m.extra().get("html_title"));
    assertEquals("عنوان من أوبن غراف", m.extra().get("og_title"));
    assertEquals("مؤسسة الأخبار", m.extra().get("jsonld_publisher"));
    assertEquals("ar", m.extra().get("lang"));
  }

  @Test
  void blockElementsBecomeLinesAndScriptsAreDropped() throws Exception {
    assertEquals(List.of(
        "الرئيسية",
        "سياسة",
        "العنوان في الصفحة",
        "الفقرة الأولى من الخبر مع رابط في وسطها.",
        "سطر أول",
        "سطر ثان بعد فاصل",
        "اقتباس فيه مسافات",
        "نص مباشر في div",
        "فقرة داخلة",
        "بقية النص",
        "جميع الحقوق محفوظة"), fixture().lines());
  }

  @Test
  void markupGivesTagPathAndLinkDensity() throws Exception {
    RawArticle a = fixture();
    assertEquals(a.lines().size(), a.markup().size());
    LineMarkup nav = a.markup().get(0);
    assertEquals("li", nav.tag());
    assertEquals("body>nav.menu>ul>li", nav.path());
    assertEquals(1.0, nav.linkDensity());
    LineMarkup paragraph = a.markup().get(3);
    assertEquals("p", paragraph.tag());
    assertEquals("body>div.content>article>p", paragraph.path());
    // 6 of the 33 letters and marks are inside the link ("مع رابط").
    assertEquals(6.0 / 33, paragraph.linkDensity(), 1e-9);
    assertEquals("h1", a.markup().get(2).tag());
    assertEquals("blockquote", a.markup().get(6).tag());
    assertEquals("div", a.markup().get(7).tag());
    assertEquals("body>footer#foot>p", a.markup().get(10).path());
    assertEquals(0.0, a.markup().get(10).linkDensity());
  }

  @Test
  void preformattedTextKeepsItsLines() throws Exception {
    assertEquals(List.of("a", "b"), html("<pre>a\nb</pre>").lines());
  }

  @Test
  void listsOfAuthorsAndPublisherStringsAreRead() throws Exception {
    RawArticle a = html("<script type=\"application/ld+json\">[{\"@type\":[\"NewsArticle\"],\"headline\":\"ح\","
        + "\"author\":\"فلان\",\"publisher\":\"دار\"}]</script><p>نص</p>");
    assertEquals("ح", a.metadata().title());
    assertEquals("فلان", a.metadata().author());
    assertEquals("دار", a.metadata().siteName());
  }

  @Test
  void brokenJsonLdLeavesTheOtherMetadata() throws Exception {
    RawArticle a = html("<title>عنوان</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        + "</script><p>نص</p>");
    assertEquals("عنوان", a.metadata().title());
    assertNull(a.metadata().published());
  }

  @Test
  void undeclaredLegacyEncodingIsDetected() throws Exception {
    String page = "<html><body><p>" + TextDecodingTest.ARABIC + "</p></body></html>";
    RawArticle a = HtmlReader.read(page.getBytes(Charset.forName("windows-1256")), null, "x", SOURCE);
    assertTrue(a.lines().get(0).startsWith("قال المتحدث"), a.lines().get(0));
  }

  @Test
  void declaredEncodingIsHonoured() throws Exception {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        + "</head><body><p>خبر عاجل</p></body></html>";
    RawArticle a = HtmlReader.read(page.getBytes(Charset.forName("windows-1256")), null, "x", SOURCE);
    assertEquals(List.of("خبر عاجل"), a.lines());
  }

  @Test
  void pageWithoutVisibleTextIsAnError() {
    InputException e = assertThrows(InputException.class,
        () -> html("<html><head><script>x()</script></head><body> </body></html>"));
    assertEquals("no visible text in the page", e.getMessage());
  }
}
