package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.structure.ArticleStructure;

/** Soft matching of a claim against an article with word vectors (the experiment of {@code eval stance --vectors}). */
class SoftMatchTest {
  private static final String CLAIM = "هاجم المسلحون قرية زراعية في الريف الشمالي";
  // the same event said with another verb: هاجم (attacked) becomes اقتحم (stormed)
  private static final ArticleStructure PAGE = ClaimAnalyzerTest.structure(null,
      "اقتحم المسلحون قرية زراعية في الريف الشمالي صباح اليوم.",
      "وقال سكان إن الاشتباكات استمرت ساعتين.");

  private static double feature(StanceFeatures f, String name, String claim, ArticleStructure page) {
    return f.features(claim, page)[f.names().indexOf(name)];
  }

  @Test
  void vectorsAppendTheSoftFeaturesAfterTheStandardOnes() {
    StanceFeatures f = StanceFeatures.standard().withVectors(WordVectors.of(Map.of(), "# test"));
    assertEquals(StanceFeatures.NAMES.size() + SoftMatch.NAMES.size(), f.names().size());
    assertEquals(f.names().size(), f.features(CLAIM, PAGE).length);
    assertEquals(StanceFeatures.NAMES, f.names().subList(0, StanceFeatures.NAMES.size()));
    assertEquals(StanceFeatures.NAMES.size(), StanceFeatures.standard().features(CLAIM, PAGE).length);
  }

  @Test
  void withoutVectorsSoftCoverageIsExactCoverage() {
    StanceFeatures f = StanceFeatures.standard().withVectors(WordVectors.of(Map.of(), "# test"));
    assertEquals(feature(f, "doc_cov", CLAIM, PAGE), feature(f, "soft_doc", CLAIM, PAGE), 1e-9);
    assertEquals(feature(f, "max_cov", CLAIM, PAGE), feature(f, "soft_best", CLAIM, PAGE), 1e-9);
    assertEquals(0, feature(f, "soft_gain", CLAIM, PAGE), 1e-9);
  }

  @Test
  void aSimilarWordCoversTheClaimsWord() {
    WordVectors v = WordVectors.of(Map.of(
        Stems.stem("هاجم"), new float[] {1, 0.1f, 0},
        Stems.stem("اقتحم"), new float[] {1, 0, 0.1f},
        Stems.stem("ساعتين"), new float[] {0, 0, 1}), "# test");
    StanceFeatures f = StanceFeatures.standard().withVectors(v);
    assertTrue(feature(f, "soft_doc", CLAIM, PAGE) > feature(f, "doc_cov", CLAIM, PAGE) + 0.01);
    assertTrue(feature(f, "soft_gain", CLAIM, PAGE) > 0.01);
    assertTrue(feature(f, "soft_best", CLAIM, PAGE) <= 1 + 1e-9);
  }

  @Test
  void hostileInputGivesFiniteFeatures() {
    StanceFeatures f = StanceFeatures.standard().withVectors(WordVectors.of(Map.of("x", new float[] {1, 0}), "#"));
    for (String claim : new String[] {"", "؟؟؟", "x x x", "هاجم ".repeat(5_000)}) {
      for (ArticleStructure page : List.of(PAGE, ClaimAnalyzerTest.structure(null, "\uD800😀 ".repeat(20_000)),
          ClaimAnalyzerTest.structure(null, ""))) {
        for (double x : f.features(claim, page)) {
          assertTrue(Double.isFinite(x), claim.length() + " chars");
        }
      }
    }
  }
}
