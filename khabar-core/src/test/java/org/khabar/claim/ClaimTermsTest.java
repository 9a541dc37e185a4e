package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The claim's side of a pair, shared by the stance and evidence-line features. */
class ClaimTermsTest {
  private static final String CLAIM = "قصفت طائرات حربية جسرا على نهر الفرات قرب مدينة الميادين عام 2018";

  private static TermStatistics table() throws Exception {
    StringBuilder t = new StringBuilder("# source: test\n# documents\t1000\n");
    int df = 900;
    for (var tok : Stems.WORDS.tokenize(CLAIM)) {
      if (tok.word()) {
        t.append(Stems.stem(tok.key())).append('\t').append(df).append('\n');
        df /= 2;
      }
    }
    return TermStatistics.read(new StringReader(t.toString()));
  }

  @Test
  void theKeyTermsAreTheHeaviestStems() throws Exception {
    StanceFeatures.ClaimTerms c = StanceFeatures.ClaimTerms.of(CLAIM, table());
    assertEquals(StanceFeatures.KEY_TERMS, c.keys().size());
    double lightestKey = c.keys().stream().mapToDouble(c.weights()::get).min().orElseThrow();
    for (Map.Entry<String, Double> e : c.weights().entrySet()) {
      assertTrue(c.keys().contains(e.getKey()) || e.getValue() <= lightestKey, e.getKey());
    }
    assertEquals(c.keys().stream().mapToDouble(c.weights()::get).sum(), c.keyTotal(), 1e-12);
    assertEquals(c.weights().values().stream().mapToDouble(Double::doubleValue).sum(), c.total(), 1e-12);
  }

  @Test
  void numbersAndBigramsComeFromTheClaim() throws Exception {
    StanceFeatures.ClaimTerms c = StanceFeatures.ClaimTerms.of(CLAIM, table());
    assertEquals(Set.of("2018"), c.numbers());
    assertEquals(c.stems().size() - 1, c.bigrams().size());
  }

  @Test
  void anEmptyClaimWeighsNothing() throws Exception {
    StanceFeatures.ClaimTerms c = StanceFeatures.ClaimTerms.of("", table());
    assertEquals(0, c.total());
    assertTrue(c.keys().isEmpty());
  }
}
