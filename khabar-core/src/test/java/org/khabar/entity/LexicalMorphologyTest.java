package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The NER's lexical-morphology feature (issue #7): how a bare word behaves in the unlabelled corpus (article,
 * possessive and nisba forms) separates name-like words from common nouns. Made-up counts.
 */
class LexicalMorphologyTest {
  private static WordClusters lexicon(Object... wordsAndCounts) {
    Map<String, WordClusters.Entry> words = new HashMap<>();
    for (int i = 0; i < wordsAndCounts.length; i += 2) {
      words.put((String) wordsAndCounts[i], new WordClusters.Entry((Integer) wordsAndCounts[i + 1], new int[0]));
    }
    return new WordClusters(words, new int[0], "# test");
  }

  private static final WordClusters LEXICON = lexicon(
      "زيدون", 40, // a name: never with the article or a possessive
      "كتاب", 10, "الكتاب", 40, "كتابها", 6, // a common noun
      "فلان", 40, "الفلان", 1); // a name-like word seen once with the article

  @Test
  void aNameAndACommonNounDiffer() {
    assertNotEquals(NerFeatures.lexicalMorphology("زيدون", LEXICON),
        NerFeatures.lexicalMorphology("كتاب", LEXICON));
  }

  @Test
  void theDefiniteFormReadsAsItsBareForm() {
    assertEquals(NerFeatures.lexicalMorphology("كتاب", LEXICON), NerFeatures.lexicalMorphology("الكتاب", LEXICON));
  }

  @Test
  void aRareArticleKeepsAWordNameLike() {
    int name = NerFeatures.lexicalMorphology("زيدون", LEXICON);
    int nearlyName = NerFeatures.lexicalMorphology("فلان", LEXICON);
    int noun = NerFeatures.lexicalMorphology("كتاب", LEXICON);
    assertNotEquals(noun, nearlyName);
    assertNotEquals(name, nearlyName);
  }

  @Test
  void unknownAndTooShortWordsHaveTheirOwnValues() {
    assertEquals(1, NerFeatures.lexicalMorphology("مجهولة", LEXICON));
    assertEquals(0, NerFeatures.lexicalMorphology("ب", LEXICON));
    assertEquals(0, NerFeatures.lexicalMorphology("", LEXICON));
  }
}
