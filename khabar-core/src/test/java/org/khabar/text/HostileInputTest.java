package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile input (issue #4): random Unicode with lone surrogates, mixed scripts, binary, a 1 MB line.
 * Nothing throws, and every alignment and span stays valid (inside the input, monotone).
 */
class HostileInputTest {
  private static final String ARABIC_HEAVY = "وبالحكومة ال لل لـ بـ أإآٱ ىيئؤة ًٌٍَُِّْٰ ـ ﻻﷲﺑ ٠١٢٫٬ ۱۲ ، ؛ ؟ « » “ ” „ … ... "
      + "\u200F\u200E\u200C\u200D\u202B\u2067\u061C\uFEFF 3.5 1,220 % ٪ http://x.y/z a@b.cc #وسم @m ثلاثة عشر مئة "
      + "ألفين بالمئة عشرات نحو أكثر من الحادي عشر د. م. \n\r\t";

  static String random(Random r, int length) {
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      int mode = r.nextInt(10);
      if (mode < 4) {
        b.append(ARABIC_HEAVY.charAt(r.nextInt(ARABIC_HEAVY.length())));
      } else if (mode < 6) {
        b.append((char) r.nextInt(0x10000)); // includes lone surrogates and unassigned chars
      } else if (mode < 7) {
        b.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
      } else if (mode < 8) {
        b.append((char) r.nextInt(32));
      } else {
        b.append((char) (0x0600 + r.nextInt(0x100)));
      }
    }
    return b.toString();
  }

  private static void checkAlignment(String s, AlignedText a) {
    assertEquals(s, a.original());
    int[] starts = a.starts();
    int[] ends = a.ends();
    for (int i = 0; i < starts.length; i++) {
      assertTrue(starts[i] >= 0 && starts[i] <= ends[i] && ends[i] <= s.length());
      if (i > 0) {
        assertTrue(starts[i] >= starts[i - 1] && ends[i] >= ends[i - 1]);
      }
    }
    int n = a.text().length();
    for (int k = 0; k <= n; k += Math.max(1, n / 50)) {
      assertTrue(a.originalStart(k) <= a.originalEnd(Math.max(k, Math.min(n, k + 3))) || k == n);
    }
  }

  private static void checkAll(String s) {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    checkAlignment(s, normalizer.display(s));
    AlignedText key = normalizer.key(s);
    checkAlignment(s, key);
    assertEquals(key.text(), ArabicText.matchKey(s));
    int previousEnd = 0;
    for (Token t : Tokenizer.standard().tokenize(s)) {
      assertTrue(t.start() >= previousEnd && t.end() <= s.length());
      assertEquals(s.substring(t.start(), t.end()), t.text());
      previousEnd = t.end();
      Segmentation seg = CliticAnalyzer.standard().analyze(t.text());
      assertTrue(seg.stemEnd() <= t.text().length());
      CliticAnalyzer.standard().lightStem(t.text());
    }
    previousEnd = 0;
    for (Span sentence : SentenceSplitter.standard().split(s)) {
      assertTrue(sentence.start() >= previousEnd && sentence.end() <= s.length() && sentence.length() > 0);
      previousEnd = sentence.end();
    }
    List<NumberMention> numbers = ArabicNumbers.standard().find(s);
    previousEnd = 0;
    for (NumberMention m : numbers) {
      assertTrue(m.start() >= previousEnd && m.end() <= s.length());
      assertTrue(m.min() <= m.max() || Double.isNaN(m.max()));
      previousEnd = m.end();
    }
  }

  @Test
  void randomStringsNeverThrowAndKeepValidSpans() {
    Random r = new Random(20260404);
    for (int i = 0; i < 3000; i++) {
      checkAll(random(r, r.nextInt(200)));
    }
  }

  @Test
  void oneMegabyteLineIsHandled() {
    Random r = new Random(7);
    checkAll(random(r, 1 << 20));
  }

  @Test
  void longRunsOfOneCharAreHandled() {
    checkAll("ـ".repeat(100_000));
    checkAll("ا".repeat(100_000));
    checkAll("1".repeat(100_000));
    checkAll(".".repeat(100_000));
    checkAll("«".repeat(100_000));
    checkAll("\uD800".repeat(100_000));
    checkAll("و ".repeat(50_000));
    checkAll("a.".repeat(100_000)); // e-mail and abbreviation scans must stay linear
    checkAll("ب.".repeat(100_000));
    checkAll("a@".repeat(100_000));
    checkAll("1.".repeat(100_000));
    checkAll("#".repeat(100_000));
    checkAll("http://".repeat(50_000));
    checkAll("ثلاثة و".repeat(30_000));
    checkAll("نحو ".repeat(50_000));
  }

  @Test
  void emptyInputGivesNothing() {
    checkAll("");
    assertTrue(Tokenizer.standard().tokenize("").isEmpty());
    assertTrue(SentenceSplitter.standard().split("   \n ").isEmpty());
  }
}
