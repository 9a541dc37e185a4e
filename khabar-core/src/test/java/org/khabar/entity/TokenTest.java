package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.text.ArabicText;

/** The word splitter of the entity stage. */
class TokenTest {

  @Test
  void fastKeyEqualsMatchKey() {
    Random random = new Random(3);
    String alphabet = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيـًٌٍَُِّْٰٱیکپگ٠١٢٣٤٥٦٧٨٩0123456789AZaz\u200c";
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(12);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String w = sb.toString();
      assertEquals(ArabicText.matchKey(w), Token.key(w, 0, w.length()), () -> "key of '" + w + "'");
    }
  }

  @Test
  void digitsAndLettersAreSeparateWords() {
    Token[] t = Token.tokenize("الـ500 مقاتل، و1,500");
    assertEquals(5, t.length);
    assertEquals("500", t[1].key());
    assertEquals("1,500", t[4].key());
  }
}
