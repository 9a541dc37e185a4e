package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.text.AffixStemmer;
import org.khabar.text.BackgroundFrequencies;
import org.khabar.text.KnowledgeFile;

/** One behaviour per test. */
class CohesionTest {
  private static Cohesion table(String text) throws IOException {
    return new Cohesion(BackgroundFrequencies.read(KnowledgeFile.read("df.tsv", new StringReader(text))));
  }

  @Test
  void stemTakesOffOnePrefixAndOneSuffix() {
    assertEquals("مقاتل", AffixStemmer.stem("والمقاتلين"));
    assertEquals("جسر", AffixStemmer.stem("الجسر"));
    assertEquals("واشنطن", AffixStemmer.stem("واشنطن"));
  }

  @Test
  void termsKeepNumbersAndDropOneLetterWords() {
    assertEquals(Set.of("2024", "جسر"), Cohesion.terms(List.of("و", "2024", "الجسر")));
  }

  @Test
  void rareSharedTermsWeighMoreThanCommonOnes() throws IOException {
    Cohesion c = table("# documents 1000\nقال\t900\nجسر\t5\n");
    assertTrue(c.idf("جسر") > c.idf("قال"));
    // sharing the rare word counts for more than sharing the common one
    assertTrue(c.score(Set.of("قال", "جسر"), Set.of("جسر")) > c.score(Set.of("قال", "جسر"), Set.of("قال")));
  }

  @Test
  void lineWithoutWeightedTermsScoresOne() throws IOException {
    Cohesion c = table("# documents 10\nقال\t10\n");
    assertEquals(1.0, c.score(Set.of(), Set.of("x")));
  }

  @Test
  void withoutATableEveryTermWeighsOne() throws IOException {
    Cohesion c = table("");
    assertEquals(0.5, c.score(Set.of("a", "b"), Set.of("a")), 1e-9);
  }

  @Test
  void shippedTableIsLoaded() {
    Cohesion c = Cohesion.standard();
    assertTrue(c.idf("جسر") > c.idf("رييس"));
  }
}
