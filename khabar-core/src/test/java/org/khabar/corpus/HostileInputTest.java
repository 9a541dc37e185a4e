package org.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.corpus.Articles.article;

import java.util.Random;
import org.khabar.model.CorpusReport;
import org.khabar.model.EntityType;
import org.khabar.model.Stance;
import org.junit.jupiter.api.Test;

/** Bad input never throws out of the corpus stage. */
class HostileInputTest {
  static final String QUOTES_AND_MARKS = "«»\"“”‘’\n\u200f\u0640\u064b";

  static String random(Random r, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = r.nextInt(6);
      char c = switch (kind) {
        case 0 -> (char) ('\u0621' + r.nextInt(42));
        case 1 -> ' ';
        case 2 -> (char) r.nextInt(0x10000);
        case 3 -> QUOTES_AND_MARKS.charAt(r.nextInt(QUOTES_AND_MARKS.length()));
        case 4 -> (char) ('a' + r.nextInt(26));
        default -> (char) ('\u0660' + r.nextInt(10));
      };
      b.append(c);
    }
    return b.toString();
  }

  @Test
  void emptyAndBlankBodiesNeverThrow() {
    CorpusReport r = CorpusAnalyzerTest.run(article("a").body("").build(), article("b").body("   \n\n ").build(),
        article("c").title("").body("").build(), article("d").title("عنوان فقط").body("").build());
    assertEquals(4, r.articles());
    assertEquals(4, r.framing().size());
    assertEquals(0, r.clusters().nearDuplicate().size());
  }

  @Test
  void hugeBodyNeverThrows() {
    String huge = "كلمة ".repeat(400_000) + "x".repeat(500_000);
    CorpusReport r = CorpusAnalyzerTest.run(article("a").title("ا".repeat(100_000)).body(huge).build(),
        article("b").body(huge).build());
    assertEquals(2, r.articles());
  }

  @Test
  void randomUnicodeNeverThrows() {
    Random rnd = new Random(9);
    CorpusAnalyzer c = CorpusAnalyzer.standard();
    for (int i = 0; i < 200; i++) {
      String text = random(rnd, rnd.nextInt(2000));
      c.add(article("r" + i).title(random(rnd, rnd.nextInt(40))).body(text).publisher(i % 3 == 0 ? null : "p" + i % 5)
          .entity(random(rnd, 5), EntityType.ORG, i % 2 == 0 ? "x" : null, 1)
          .claim(random(rnd, 30), i % 4 == 0 ? null : "s", i % 2 == 0 ? Stance.ASSERTS : Stance.DENIES, 1)
          .quote(null, random(rnd, 20)).build());
      c.addAlias(i % 7 == 0 ? null : "x", random(rnd, 6));
    }
    assertEquals(200, c.report().articles());
  }
}
