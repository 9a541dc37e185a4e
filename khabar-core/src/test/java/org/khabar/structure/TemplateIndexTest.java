package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/** Corpus template counts (issue #5). */
class TemplateIndexTest {
  private static RawArticle page(String url, String... lines) {
    return new RawArticle("p", new SourceRef("d/p.txt", url, "txt"), List.of(lines), List.of(), null);
  }

  @Test
  void countsALineOncePerArticleAndPerOutlet() {
    TemplateIndex idx = TemplateIndex.builder()
        .add(page("https://www.a.com/1", "footer", "footer", "text one"))
        .add(page("https://a.com/2", "footer", "text two"))
        .add(page("https://b.com/1", "footer"))
        .build();
    assertEquals(2, idx.count("a.com", "footer"));
    assertEquals(1, idx.count("b.com", "footer"));
    assertEquals(2, idx.articles("a.com"));
  }

  @Test
  void countsMatchKeysNotSpellings() {
    TemplateIndex idx = TemplateIndex.builder()
        .add(page("https://a.com/1", "جميع الحقوق محفوظة"))
        .build();
    assertEquals(1, idx.count("a.com", "جميعُ الحقوقِ  محفوظة"));
  }

  @Test
  void outletFallsBackToSiteNameThenDirectory() {
    ArticleMetadata meta = new ArticleMetadata(null, null, null, "Site", null, null, null);
    RawArticle withSite = new RawArticle("p", new SourceRef("x/p.txt", null, "txt"), List.of(), List.of(), meta);
    assertEquals("site:site", TemplateIndex.outletOf(withSite));
    assertEquals("dir:d", TemplateIndex.outletOf(page(null, "x")));
  }

  @Test
  void fullTableStopsAddingNewLinesButKeepsCounting() {
    TemplateIndex.Builder b = new TemplateIndex.Builder(16);
    for (int i = 0; i < 100; i++) {
      b.add(page("https://a.com/" + i, "known", "line " + i));
    }
    TemplateIndex idx = b.build();
    assertEquals(100, idx.count("a.com", "known"));
    assertEquals(0, idx.count("a.com", "line 99"));
  }
}
