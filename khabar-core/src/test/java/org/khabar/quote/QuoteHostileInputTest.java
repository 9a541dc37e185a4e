package org.khabar.quote;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.model.Quote;

/** Random and hostile input never throws and never produces malformed quotes. */
class QuoteHostileInputTest {
  private static final String ALPHABET = "قال إن أن «»\"“”'’:،.؟!\n\t وأضاف مصادر ـًٌٍ\u200f\u202b0123456789abc😀\uD800";

  @Test
  void randomStringsNeverThrow() {
    Random r = new Random(8);
    for (int n = 0; n < 2000; n++) {
      int lines = 1 + r.nextInt(6);
      String[] text = new String[lines];
      for (int l = 0; l < lines; l++) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(120);
        for (int i = 0; i < len; i++) {
          sb.append(r.nextBoolean() ? ALPHABET.charAt(r.nextInt(ALPHABET.length())) : (char) r.nextInt(0x10000));
        }
        text[l] = sb.toString();
      }
      for (Quote q : Quotes.analyze(text)) {
        assertNotNull(q.text());
        assertTrue(q.line() >= 1 && q.line() <= lines);
      }
    }
  }

  @Test
  void hugeLineIsHandled() {
    String unit = "وقال المتحدث إن «الوضع هادئ» ";
    String huge = unit.repeat(200_000 / unit.length() * 5);
    assertNotNull(Quotes.analyze(huge, "«" + "ا".repeat(100_000)));
  }

  @Test
  void onlyQuotationMarks() {
    assertNotNull(Quotes.analyze("«««»»»\"\"\"''''“”“”", "»", "«"));
  }

  @Test
  void nullAndEmptyStructures() {
    assertTrue(QuoteAnalyzer.standard().analyze(null, null).isEmpty());
    assertTrue(Quotes.analyze().isEmpty());
    assertTrue(Quotes.analyze("", " ", "\t").isEmpty());
  }

  @Test
  void lexiconsNameTheirSource() {
    for (String name : List.of("reporting-verbs.txt", "attribution-markers.txt", "speaker-boundaries.txt")) {
      assertNotNull(Lexicon.lines(name), name);
    }
  }
}
