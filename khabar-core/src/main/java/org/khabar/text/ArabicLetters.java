package org.khabar.text;

/** Named Arabic code points, so that logic never carries bare literals. */
public final class ArabicLetters {
  private ArabicLetters() {}

  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char TATWEEL = '\u0640';
  public static final char FATHATAN = '\u064B';
  public static final char SUKUN = '\u0652';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char ALEF_WASLA = '\u0671';
  public static final char FARSI_YEH = '\u06CC';
  public static final char KEHEH = '\u06A9';

  /** True for the harakat, tanween, shadda, sukun and the superscript alef. */
  public static boolean isDiacritic(char c) {
    return (c >= FATHATAN && c <= '\u065F') || c == SUPERSCRIPT_ALEF;
  }

  /** True for the letters of the Arabic block proper (not digits, punctuation or marks). */
  public static boolean isArabicLetter(char c) {
    return (c >= HAMZA && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5';
  }
}
