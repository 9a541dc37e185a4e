package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.text.WordTokenizer.Dots;
import org.khabar.text.WordTokenizer.Marks;

/**
 * The word tokenizer of the quote and claim stages: word-tokens.tsv (name, input, tokens with the claim stage's
 * options, tokens with the quote stage's options) and word-sentences.tsv (name, input, sentences keeping decimal
 * points, sentences cut at every end); random and hostile input for every combination of options.
 */
class WordTokenizerTest {
  private static final WordTokenizer SPLIT = WordTokenizer.of(Dots.SPLIT, Marks.SENTENCE_AND_CLAUSE);
  private static final WordTokenizer WHOLE =
      WordTokenizer.of(Dots.INSIDE_NUMBERS_AND_ABBREVIATIONS, Marks.ALL_VISIBLE);

  private static String render(List<WordToken> tokens) {
    return tokens.stream().map(t -> t.word() ? t.key() : "mark:" + t.key()).collect(Collectors.joining(" | "));
  }

  private static String renderSentences(List<WordToken> tokens, List<int[]> sentences) {
    return sentences.stream()
        .map(s -> tokens.subList(s[0], s[1]).stream().map(WordToken::key).collect(Collectors.joining(" ")))
        .collect(Collectors.joining(" | "));
  }

  @TestFactory
  Stream<DynamicTest> splitAtDotsKeepingSentenceAndClauseMarks() {
    return CaseTable.tests("word-tokens.tsv", 3, c -> assertEquals(c.col(1), render(SPLIT.tokenize(c.col(0))),
        c.where()));
  }

  @TestFactory
  Stream<DynamicTest> wholeNumbersAndAbbreviationsKeepingAllMarks() {
    return CaseTable.tests("word-tokens.tsv", 3, c -> assertEquals(c.col(2), render(WHOLE.tokenize(c.col(0))),
        c.where()));
  }

  @TestFactory
  Stream<DynamicTest> sentencesKeepDecimalPointsOfTheLine() {
    return CaseTable.tests("word-sentences.tsv", 3, c -> {
      List<WordToken> tokens = SPLIT.tokenize(c.col(0));
      assertEquals(c.col(1), renderSentences(tokens, WordTokenizer.sentences(tokens, c.col(0))), c.where());
    });
  }

  @TestFactory
  Stream<DynamicTest> sentencesEndAtEverySentenceMark() {
    return CaseTable.tests("word-sentences.tsv", 3, c -> {
      List<WordToken> tokens = SPLIT.tokenize(c.col(0));
      assertEquals(c.col(2), renderSentences(tokens, WordTokenizer.sentences(tokens)), c.where());
    });
  }

  @Test
  void numbersAreTheWordsThatStartWithADigit() {
    assertEquals(Set.of("2.5", "1,200", "3ايام"),
        WordTokenizer.numbers(WHOLE.tokenize("ارتفع 2.5% من 1,200 في 3أيام")));
    assertEquals(Set.of("2", "5"), WordTokenizer.numbers(SPLIT.tokenize("ارتفع 2.5%")));
  }

  @Test
  void wordsLongerThan64CharactersAreCut() {
    String run = "ب".repeat(150);
    List<WordToken> tokens = WHOLE.tokenize(run);
    assertEquals(List.of(0, 64, 128), tokens.stream().map(WordToken::start).toList());
    assertEquals(150, tokens.get(2).end());
  }

  @Test
  void longNumbersWithArabicSeparatorsAreCutLikeWords() {
    String run = "١٬٢٣٤".repeat(30);
    List<WordToken> tokens = WHOLE.tokenize(run);
    assertEquals(List.of(0, 64, 128), tokens.stream().map(WordToken::start).toList());
    assertTrue(tokens.stream().allMatch(WordToken::word));
  }

  @Test
  void quoteAndSentenceMarksAreMarksNotWords() {
    List<WordToken> tokens = WHOLE.tokenize("«قال» نعم؟");
    assertTrue(tokens.get(0).isQuoteMark() && tokens.get(2).isQuoteMark() && tokens.get(4).isSentenceEnd());
    assertTrue(!tokens.get(1).isQuoteMark() && !tokens.get(1).isSentenceEnd() && tokens.get(4).is('\u061F'));
  }

  @Test
  void theSameOptionsGiveTheSharedInstance() {
    assertSame(SPLIT, WordTokenizer.of(Dots.SPLIT, Marks.SENTENCE_AND_CLAUSE));
  }

  @Test
  void nullGivesNoTokens() {
    for (WordTokenizer t : all()) {
      assertEquals(List.of(), t.tokenize(null));
    }
  }

  @Test
  void randomAndHostileInputGivesValidSpansAndKeys() {
    Random r = new Random(7);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      inputs.add(HostileInputTest.random(r, r.nextInt(300)));
    }
    inputs.add("1.".repeat(50_000) + "ب.".repeat(50_000) + "x".repeat(200_000));
    inputs.add("\uD800\uDC00\uDBFF" + "\u0651".repeat(1000) + ".,.,".repeat(1000));
    inputs.add("١٫".repeat(50_000) + "۱٬".repeat(50_000) + "٢".repeat(100_000) + "٫٬،".repeat(1000));
    inputs.add("\u066B\u066C\u060C" + "1\u066B\u0661\u066C\u06F1,".repeat(10_000) + "\u066B");
    for (String s : inputs) {
      for (WordTokenizer t : all()) {
        check(s, t.tokenize(s));
      }
    }
  }

  private static void check(String s, List<WordToken> tokens) {
    int previousEnd = 0;
    for (WordToken t : tokens) {
      assertTrue(t.start() >= previousEnd && t.end() <= s.length() && t.end() - t.start() <= 64, t.toString());
      String text = s.substring(t.start(), t.end());
      assertEquals(t.word() ? ArabicText.matchKey(text) : text, t.key());
      previousEnd = t.end();
    }
    for (List<int[]> sentences : List.of(WordTokenizer.sentences(tokens), WordTokenizer.sentences(tokens, s))) {
      int previous = 0;
      for (int[] sentence : sentences) {
        assertTrue(sentence[0] >= previous && sentence[0] < sentence[1] && sentence[1] <= tokens.size());
        previous = sentence[1];
      }
    }
  }

  private static List<WordTokenizer> all() {
    List<WordTokenizer> out = new ArrayList<>();
    for (Dots d : Dots.values()) {
      for (Marks m : Marks.values()) {
        out.add(WordTokenizer.of(d, m));
      }
    }
    return out;
  }
}
