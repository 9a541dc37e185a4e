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
  public static final char DAMMA = '\u064F';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char ALEF_WASLA = '\u0671';
  public static final char FARSI_YEH = '\u06CC';
  public static final char KEHEH = '\u06A9';
  public static final char ALEF_HAMZA_ABOVE_WAVY = '\u0672';
  public static final char ALEF_HAMZA_BELOW_WAVY = '\u0673';
  public static final char HIGH_HAMZA_ALEF = '\u0675';
  public static final char BEH = '\u0628';
  public static final char TEH = '\u062A';
  public static final char SEEN = '\u0633';
  public static final char FEH = '\u0641';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char MEEM = '\u0645';
  public static final char NOON = '\u0646';
  public static final char SHADDA = '\u0651';
  public static final char HAMZA_ABOVE = '\u0654';
  public static final char HAMZA_BELOW = '\u0655';
  public static final char MADDA_ABOVE = '\u0653';
  public static final char SWASH_KAF = '\u06AA';
  public static final char GAF = '\u06AF';
  public static final char PEH = '\u067E';
  public static final char TCHEH = '\u0686';
  public static final char JEH = '\u0698';
  public static final char VEH = '\u06A4';
  public static final char HEH_YEH = '\u06C0';
  public static final char HEH_GOAL = '\u06C1';
  public static final char TEH_MARBUTA_GOAL = '\u06C3';
  public static final char AE = '\u06D5';
  public static final char YEH_BARREE = '\u06D2';
  public static final char YEH_BARREE_HAMZA = '\u06D3';
  public static final char DOTLESS_YEH_FINAL = '\u06CD';
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char ARABIC_FULL_STOP = '\u06D4';
  public static final char ARABIC_PERCENT = '\u066A';
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  public static final char ARABIC_LETTER_MARK = '\u061C';
  public static final char ZWNJ = '\u200C';
  public static final char ZWJ = '\u200D';
  public static final char BOM = '\uFEFF';
  public static final char LEFT_GUILLEMET = '\u00AB';
  public static final char RIGHT_GUILLEMET = '\u00BB';
  public static final char ELLIPSIS = '\u2026';
  public static final char ARABIC_INDIC_ZERO = '\u0660';
  public static final char PERSIAN_ZERO = '\u06F0';

  /** True for the harakat, tanween, shadda, sukun and the superscript alef. */
  public static boolean isDiacritic(char c) {
    return (c >= FATHATAN && c <= '\u065F') || c == SUPERSCRIPT_ALEF;
  }

  /** True for the letters of the Arabic block proper (not digits, punctuation or marks). */
  public static boolean isArabicLetter(char c) {
    return (c >= HAMZA && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5'
        || (c >= '\u06EE' && c <= '\u06EF') || (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF'
        || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9');
  }

  /** True for the Arabic presentation forms (ligatures and contextual shapes that NFKC unfolds). */
  public static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
  }

  /** The value 0-9 of an ASCII, Arabic-Indic or Persian (Extended Arabic-Indic) digit, or -1. */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= ARABIC_INDIC_ZERO && c <= '\u0669') {
      return c - ARABIC_INDIC_ZERO;
    }
    if (c >= PERSIAN_ZERO && c <= '\u06F9') {
      return c - PERSIAN_ZERO;
    }
    return -1;
  }
}
