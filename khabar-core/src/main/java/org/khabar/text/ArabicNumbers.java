package org.khabar.text;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads numbers in Arabic text: digits of every script with their separators, number words in all their forms,
 * ordinals, percentages and approximate quantities.
 *
 * <ul>
 *   <li>Digits: Western, Arabic-Indic (٠-٩), Persian (۰-۹); separators ٫ (decimal), ٬ (thousands), {@code ,} and
 *       {@code .} read by their grouping (1,220 is 1220; 3.5 and 3,5 are 3.5; 1.220.000 is 1220000); a scale word
 *       after digits multiplies (3.5 مليون).
 *   <li>Words: ثلاث/ثلاثة, عشر/عشرة, أحد عشر, اثنا/اثني عشر, مئة/مائة, مئتان/مئتين/مئتا/مئتي, ثلاثمئة/ثلاثمائة,
 *       خمسون/خمسين, ألف/ألفين/ألفي/آلاف, مليون/ملايين/مليار, تريليون/ترليون, compounds with و (خمسة وعشرون, ألف وخمسمئة), with a leading clitic
 *       (وثلاثة, بخمسة).
 *   <li>Ordinals: الأول, الثالث/الثالثة, الحادي عشر, الحادي والعشرون, العشرون.
 *   <li>Percent: %, ٪, بالمئة, بالمائة, بالمية, في المئة, في المائة.
 *   <li>Ranges and hedges: (ال)عشرات [20, 99], (ال)مئات [200, 999], آلاف [2000, 9999], عشرات الآلاف [20000, 99999];
 *       نحو, حوالي, قرابة, زهاء, يقارب (about), أكثر من, يزيد على (min), أقل من, ما دون (max), (ما) لا يقل عن and
 *       N على الأقل (at least), ما لا يزيد على (at most). Range markers (بين N و M) are not read here: each number
 *       is found on its own.
 * </ul>
 *
 * <p>The word lists are the resource {@code number-words.tsv}. Implementations are stateless and thread-safe, and
 * never throw on any input.
 */
public interface ArabicNumbers {
  /** The standard reader, a shared instance. */
  static ArabicNumbers standard() {
    return LexiconNumbers.standard();
  }

  /** The numbers in {@code text}, in order, not overlapping. */
  List<NumberMention> find(CharSequence text);

  /**
   * The value of a number written in digits alone ({@code "1,220"}, {@code "٣٫٥"}, {@code "۱۳۹۷"}), or empty when
   * {@code digits} is not one.
   */
  OptionalDouble parseDigits(CharSequence digits);
}
