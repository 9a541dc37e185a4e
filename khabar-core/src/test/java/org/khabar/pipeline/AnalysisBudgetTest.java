package org.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;

/** The fact stages read at most {@link ArticlePipeline#MAX_ANALYSED_CHARS} content characters of an article. */
class AnalysisBudgetTest {
  private static ArticleStructure parts(List<TextLine> content) {
    return new ArticleStructure(null, null, null, null, List.of(), "body", content, List.of());
  }

  @Test
  void anArticleWithinTheBudgetIsReadWhole() {
    ArticleStructure parts = parts(List.of(new TextLine(1, "قال المرصد")));
    assertSame(parts, ArticlePipeline.withinAnalysisBudget(parts));
  }

  @Test
  void beyondTheBudgetLinesAreLeftOutTheLastCutAndTheArticleFlagged() {
    int max = ArticlePipeline.MAX_ANALYSED_CHARS;
    String big = "ب".repeat(max - 10);
    ArticleStructure parts = parts(List.of(new TextLine(1, big), new TextLine(3, "ا".repeat(50)),
        new TextLine(5, "ت".repeat(50))));
    ArticleStructure capped = ArticlePipeline.withinAnalysisBudget(parts);
    assertEquals(2, capped.content().size());
    assertEquals(3, capped.content().get(1).number());
    assertEquals(10, capped.content().get(1).text().length());
    assertTrue(capped.flags().contains(ArticlePipeline.TRUNCATED_FLAG));
    assertEquals("body", capped.body());
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    int max = ArticlePipeline.MAX_ANALYSED_CHARS;
    String line = "a".repeat(max - 1) + "\uD83D\uDE00" + "tail";
    ArticleStructure capped = ArticlePipeline.withinAnalysisBudget(parts(List.of(new TextLine(1, line))));
    String kept = capped.content().get(0).text();
    assertEquals(max - 1, kept.length());
    assertTrue(!Character.isHighSurrogate(kept.charAt(kept.length() - 1)));
  }
}
