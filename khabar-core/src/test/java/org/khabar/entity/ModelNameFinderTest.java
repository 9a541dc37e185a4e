package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;

/**
 * Spans map back to the exact characters of the line, proclitics excluded (issue #7: وببيلا → ببيلا, لـ روزنة →
 * روزنة). A tiny model is trained here on made-up sentences so that the test does not depend on the shipped model.
 */
class ModelNameFinderTest {
  private static NameFinder finder;

  @BeforeAll
  static void train() {
    Map<String, WordClusters.Entry> lexicon = new HashMap<>();
    lexicon.put("ببيلا", new WordClusters.Entry(40, new int[] {1}));
    lexicon.put("روزنه", new WordClusters.Entry(30, new int[] {2}));
    lexicon.put("دمشق", new WordClusters.Entry(500, new int[] {1}));
    WordClusters clusters = new WordClusters(lexicon, new int[] {4}, "# test lexicon");
    String[][] templates = {
      {"قصفت", "O", "القوات", "O", "%s", "B-LOC", "أمس", "O", ".", "O"},
      {"وصل", "O", "المقاتلون", "O", "إلى", "O", "%s", "B-LOC", ".", "O"},
      {"قالت", "O", "إذاعة", "O", "%s", "B-ORG", "إن", "O", "الوضع", "O", "هادئ", "O", ".", "O"},
      {"وفق", "O", "ما", "O", "نقل", "O", "موقع", "O", "%s", "B-ORG", ".", "O"},
    };
    String[][] fills = {{"ببيلا", "وببيلا", "دمشق", "بدمشق"}, {"ببيلا", "وببيلا", "دمشق", "ودمشق"},
      {"روزنة", "لروزنة", "روزنة", "روزنة"}, {"روزنة", "لروزنة", "روزنة", "روزنة"}};
    List<NerSentence> train = new ArrayList<>();
    for (int rep = 0; rep < 5; rep++) {
      for (int t = 0; t < templates.length; t++) {
        for (String fill : fills[t]) {
          List<String> words = new ArrayList<>();
          int[] tags = new int[templates[t].length / 2];
          for (int i = 0; i < tags.length; i++) {
            words.add(templates[t][2 * i].replace("%s", fill));
            tags[i] = BioTags.parse(templates[t][2 * i + 1]);
          }
          train.add(new NerSentence(words, tags));
        }
      }
    }
    NerTrainer.Options options = new NerTrainer.Options(5, 0, true, true, 1, 1L, 0f, 0f);
    finder = NameFinder.of(new NerTrainer(options, clusters, Gazetteer.empty(), m -> {}).train(train, List.of()));
  }

  private static void check(String line, String expectedText, EntityType type) {
    List<NameSpan> spans = finder.find(new TextLine(3, line));
    assertEquals(1, spans.size(), line + " -> " + spans);
    NameSpan span = spans.get(0);
    assertEquals(expectedText, span.text());
    assertEquals(type, span.type());
    assertEquals(3, span.line());
    assertEquals(line.indexOf(expectedText), span.start());
    assertEquals(line.substring(span.start(), span.end()), span.text());
  }

  @Test
  void conjunctionIsLeftOutOfTheSpan() {
    check("قصفت القوات وببيلا أمس .", "ببيلا", EntityType.PLACE);
  }

  @Test
  void nameThatStartsWithAPrepositionLetterKeepsIt() {
    check("قصفت القوات ببيلا أمس .", "ببيلا", EntityType.PLACE);
  }

  @Test
  void prepositionBeforeAFrequentNameIsLeftOut() {
    check("وصل المقاتلون إلى بدمشق .", "دمشق", EntityType.PLACE);
  }

  @Test
  void tatweelCliticWithOrWithoutSpaceIsLeftOut() {
    check("وفق ما نقل موقع لـ روزنة .", "روزنة", EntityType.ORG);
    check("وفق ما نقل موقع لـروزنة .", "روزنة", EntityType.ORG);
  }

  @Test
  void offsetsCountDiacriticsAndLeadingSpace() {
    check("   قصفت القوات وَببيلا أمس .", "ببيلا", EntityType.PLACE);
  }

  @Test
  void linesOfOneDocumentKeepTheirNumbers() {
    List<NameSpan> spans = finder.find(List.of(new TextLine(1, "قصفت القوات ببيلا أمس ."), new TextLine(2, ""),
        new TextLine(4, "قالت إذاعة روزنة إن الوضع هادئ .")));
    assertEquals(List.of(1, 4), spans.stream().map(NameSpan::line).toList());
  }

  @Test
  void hostileInputNeverThrowsAndSpansStayInsideTheLine() {
    SplittableRandom random = new SplittableRandom(11);
    List<String> inputs = new ArrayList<>(List.of("", " ", "\u0640\u0640\u0640", "لـ", "و", ".....", "\uD83D\uDE00ببيلا",
        "\uD800", "a\u0000b", "ببيلا".repeat(5000), "قصفت القوات وببيلا أمس ".repeat(2000)));
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(300);
      for (int i = 0; i < len; i++) {
        int kind = random.nextInt(4);
        sb.append(kind == 0 ? (char) random.nextInt(0x10000) : kind == 1 ? ' ' : (char) (0x0600 + random.nextInt(0x100)));
      }
      inputs.add(sb.toString());
    }
    for (String input : inputs) {
      for (NameSpan span : finder.find(new TextLine(1, input))) {
        assertTrue(span.start() >= 0 && span.end() <= input.length() && span.start() < span.end());
        assertEquals(input.substring(span.start(), span.end()), span.text());
      }
    }
  }
}
