package org.khabar.text;

/** What a {@link NumberMention} expresses. */
public enum NumberKind {
  /** A count or amount: 25, خمسة وعشرون, 3.5 مليون. */
  CARDINAL,
  /** A rank: الثالث, الحادي عشر, العشرون. */
  ORDINAL,
  /** A percentage: 30%, ٣٠٪, ثلاثون بالمئة, 30 في المئة. */
  PERCENT,
  /** A quantity given as a range or a hedge: عشرات, مئات الآلاف, نحو 100, أكثر من ألف. */
  APPROXIMATE
}
