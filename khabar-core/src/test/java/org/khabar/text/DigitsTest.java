package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one rule for separators between digits (Digits); the stages' tables cover its uses. */
class DigitsTest {
  @Test
  void digitsOfTheThreeScriptsOfArabicNews() {
    for (char c : "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹".toCharArray()) {
      assertTrue(Digits.isDigit(c), () -> "digit " + Integer.toHexString(c));
    }
    for (char c : "aب٫٬،.,%٪ ".toCharArray()) {
      assertFalse(Digits.isDigit(c), () -> "not a digit " + Integer.toHexString(c));
    }
  }

  @Test
  void latinAndArabicSeparatorsJoinDigitsOfAnyScript() {
    for (String s : new String[] {"2.5", "1,2", "١٢٫٥", "١٬٢", "۱٫۵", "١.٥", "1٫5", "١,٥", "1٬۲"}) {
      assertTrue(Digits.joinsDigits(s, s.length() - 2), s);
    }
  }

  @Test
  void theArabicCommaNeverJoinsDigits() {
    assertFalse(Digits.joinsDigits("٥،٦", 1));
    assertFalse(Digits.joinsDigits("5،6", 1));
  }

  @Test
  void aSeparatorNeedsADigitRightOnEachSide() {
    assertFalse(Digits.joinsDigits("12. 5", 2));
    assertFalse(Digits.joinsDigits("12 ٫5", 3));
    assertFalse(Digits.joinsDigits("أ٫ب", 1));
    assertFalse(Digits.joinsDigits("٫٥", 0));
    assertFalse(Digits.joinsDigits("١٢٫", 2));
  }

  @Test
  void indicesOutOfRangeAreFalseNotErrors() {
    assertFalse(Digits.joinsDigits("", 0));
    assertFalse(Digits.joinsDigits("1.2", -1));
    assertFalse(Digits.joinsDigits("1.2", 3));
    assertFalse(Digits.joinsDigits("1.2", 99));
    Random r = new Random(11);
    for (int i = 0; i < 200; i++) {
      String s = HostileInputTest.random(r, r.nextInt(50));
      for (int k = -2; k <= s.length() + 2; k++) {
        Digits.joinsDigits(s, k);
      }
    }
  }
}
