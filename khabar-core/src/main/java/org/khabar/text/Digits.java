package org.khabar.text;

import static org.khabar.text.ArabicLetters.ARABIC_DECIMAL_SEPARATOR;
import static org.khabar.text.ArabicLetters.ARABIC_THOUSANDS_SEPARATOR;

import com.ibm.icu.lang.UCharacter;

/**
 * Digits and the separators between them: the one rule, shared by the tokenizers, the sentence splitter and the
 * quantity reader, for when a mark between digits keeps them one number.
 *
 * <ul>
 *   <li>A digit is a decimal digit of any script ({@link UCharacter#isDigit}): Western {@code 0-9}, Arabic-Indic
 *       {@code ٠-٩} (U+0660-U+0669), Extended Arabic-Indic {@code ۰-۹} (U+06F0-U+06F9, Persian and Urdu keyboards).
 *   <li>A separator is {@code .} or {@code ,} (Latin, typed with every script's digits), {@code ٫} (U+066B ARABIC
 *       DECIMAL SEPARATOR) or {@code ٬} (U+066C ARABIC THOUSANDS SEPARATOR). It joins two digits only with a digit
 *       right before and right after it: {@code 2.5}, {@code 1,200}, {@code ١٢٫٥}, {@code ١٬٢٠٠}, {@code ۱۲٫۵}.
 *       Which one is the decimal point is read by {@link ArabicNumbers#parseDigits}.
 *   <li>{@code ،} (U+060C ARABIC COMMA) is never a separator: it is the Arabic list comma, and {@code 5، 6} or
 *       {@code ٥،٦} are two numbers.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Digits {
  private Digits() {}

  /** True for a decimal digit of any script, with a fast path for ASCII. */
  public static boolean isDigit(char c) {
    if (c < 128) {
      return c >= '0' && c <= '9';
    }
    return UCharacter.isDigit(c);
  }

  /** True for the marks that may stand between two digits of one number: {@code . , ٫ ٬}. */
  public static boolean isSeparator(char c) {
    return c == '.' || c == ',' || c == ARABIC_DECIMAL_SEPARATOR || c == ARABIC_THOUSANDS_SEPARATOR;
  }

  /**
   * True when {@code s.charAt(i)} is a {@linkplain #isSeparator separator} with a digit right before and right after
   * it, so that it stays inside the number: {@code joinsDigits("١٢٫٥", 2)} is true, {@code joinsDigits("12. 5", 2)}
   * and {@code joinsDigits("٥،٦", 1)} are false. False for an index out of range.
   */
  public static boolean joinsDigits(CharSequence s, int i) {
    return i > 0 && i + 1 < s.length() && isSeparator(s.charAt(i)) && isDigit(s.charAt(i - 1))
        && isDigit(s.charAt(i + 1));
  }
}
