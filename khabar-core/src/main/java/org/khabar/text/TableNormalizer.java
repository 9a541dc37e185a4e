package org.khabar.text;

import static org.khabar.text.ArabicLetters.*;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Table-driven implementation of {@link ArabicNormalizer}: one pass over the chars, one table look-up each, no
 * regular expressions and no allocation per character. Stateless and thread-safe.
 */
final class TableNormalizer implements ArabicNormalizer {
  static final TableNormalizer INSTANCE = new TableNormalizer();

  /** What to do with a char. */
  static final byte KEEP = 0; // emit MAP[c]

  static final byte ATTACHED = 1; // drop, and extend the previous output char's span over it

  static final byte DROP = 2; // drop silently

  static final byte SPACE = 3; // white space: collapsed in key mode

  static final byte EXPAND = 4; // emit EXPANSION[c], each char processed by the tables again

  private static final String[] EXPANSION = new String[65536];
  private static final byte[] DISPLAY_KIND = new byte[65536];
  private static final char[] DISPLAY_MAP = new char[65536];
  private static final byte[] KEY_KIND = new byte[65536];
  private static final char[] KEY_MAP = new char[65536];

  static {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    for (int c = 0; c < 65536; c++) {
      DISPLAY_MAP[c] = (char) c;
      if (c >= 0xD800 && c <= 0xDFFF) {
        continue; // lone or paired surrogates pass through
      }
      char ch = (char) c;
      if (isPresentationForm(ch) || (c >= 0xFF01 && c <= 0xFFEE) || (c >= 0xFB00 && c <= 0xFB06)) {
        String n = nfkc.normalize(String.valueOf(ch));
        if (!n.equals(String.valueOf(ch)) && !n.isEmpty()) {
          EXPANSION[c] = n;
          DISPLAY_KIND[c] = EXPAND;
        }
      }
    }
    DISPLAY_KIND[TATWEEL] = ATTACHED;
    for (char c = '\u200B'; c <= '\u200F'; c++) {
      DISPLAY_KIND[c] = DROP;
    }
    for (char c = '\u202A'; c <= '\u202E'; c++) {
      DISPLAY_KIND[c] = DROP;
    }
    for (char c = '\u2066'; c <= '\u2069'; c++) {
      DISPLAY_KIND[c] = DROP;
    }
    DISPLAY_KIND[ARABIC_LETTER_MARK] = DROP;
    DISPLAY_KIND[BOM] = DROP;
    DISPLAY_KIND['\u00AD'] = DROP; // soft hyphen
    DISPLAY_KIND['\u2060'] = DROP; // word joiner
    for (char c : new char[] {'\u00A0', '\u1680', '\u202F', '\u205F', '\u3000'}) {
      DISPLAY_MAP[c] = ' ';
    }
    for (char c = '\u2000'; c <= '\u200A'; c++) {
      DISPLAY_MAP[c] = ' ';
    }
    DISPLAY_MAP[ARABIC_FULL_STOP] = '.';
    DISPLAY_MAP['\u2E41'] = ARABIC_COMMA; // reversed comma
    DISPLAY_MAP['\u204F'] = ARABIC_SEMICOLON; // reversed semicolon
    DISPLAY_MAP['\u2E2E'] = ARABIC_QUESTION_MARK; // reversed question mark
    DISPLAY_MAP['\u2010'] = '-';
    DISPLAY_MAP['\u2011'] = '-';
    DISPLAY_MAP['\u2212'] = '-';

    // The key starts from the display form and folds further.
    System.arraycopy(DISPLAY_KIND, 0, KEY_KIND, 0, 65536);
    System.arraycopy(DISPLAY_MAP, 0, KEY_MAP, 0, 65536);
    for (int c = 0; c < 65536; c++) {
      char ch = (char) c;
      if (c >= 0xD800 && c <= 0xDFFF) {
        continue;
      }
      if (KEY_KIND[c] != KEEP) {
        continue;
      }
      char m = KEY_MAP[c];
      if (Character.isWhitespace(m) || m == '\u00A0' || Character.getType(m) == Character.SPACE_SEPARATOR) {
        KEY_KIND[c] = SPACE;
      } else if (isDiacritic(ch) || (c >= 0x06D6 && c <= 0x06ED && c != 0x06E5 && c != 0x06E6)
          || (c >= 0x08D3 && c <= 0x08FF && c != 0x08E2)) {
        KEY_KIND[c] = ATTACHED;
      } else if (Character.getType(m) == Character.DECIMAL_DIGIT_NUMBER) {
        KEY_MAP[c] = (char) ('0' + Character.digit(m, 10));
      } else if (Character.isUpperCase(m) || Character.isTitleCase(m)) {
        KEY_MAP[c] = Character.toLowerCase(m);
      }
    }
    fold(ALEF, ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_HAMZA_ABOVE_WAVY,
        ALEF_HAMZA_BELOW_WAVY, HIGH_HAMZA_ALEF);
    fold(YEH, ALEF_MAKSURA, FARSI_YEH, YEH_HAMZA, DOTLESS_YEH_FINAL, '\u06CE', '\u06D0', YEH_BARREE,
        YEH_BARREE_HAMZA, '\u0678');
    fold(HEH, TEH_MARBUTA, HEH_YEH, HEH_GOAL, TEH_MARBUTA_GOAL, AE, '\u06BE');
    fold(WAW, WAW_HAMZA, '\u0676', '\u06C4', '\u06C5', '\u06C6', '\u06C7', '\u06C8', '\u06C9', '\u06CB', '\u06CF');
    fold(KAF, KEHEH, SWASH_KAF, GAF);
    fold(BEH, PEH);
    fold('\u062C', TCHEH);
    fold('\u0632', JEH);
    fold(FEH, VEH, '\u06A2');
    fold(',', ARABIC_COMMA, '\u201A', '\u066C');
    fold(';', ARABIC_SEMICOLON);
    fold('?', ARABIC_QUESTION_MARK);
    fold('%', ARABIC_PERCENT);
    fold('.', '\u066B');
    fold('"', LEFT_GUILLEMET, RIGHT_GUILLEMET, '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2039', '\u203A');
    fold('\'', '\u2018', '\u2019', '\u201B', '\u2032');
    fold('-', '\u2013', '\u2014', '\u2015');
    EXPANSION[ELLIPSIS] = "...";
    KEY_KIND[ELLIPSIS] = EXPAND;
    // Compose: a char the display form maps to another (⹁ to ،) takes that char's key fold (، to ,).
    for (int c = 0; c < 65536; c++) {
      char d = DISPLAY_MAP[c];
      if (d != c && KEY_KIND[c] == KEEP && KEY_KIND[d] == KEEP) {
        KEY_MAP[c] = KEY_MAP[d];
      }
    }
  }

  private static void fold(char to, char... from) {
    for (char f : from) {
      KEY_MAP[f] = to;
    }
  }

  private TableNormalizer() {}

  /** The key fold of one char, or {@code 0} when the key drops it (diacritics, tatweel, marks, spaces). */
  static char keyChar(char c) {
    return KEY_KIND[c] == KEEP ? KEY_MAP[c] : 0;
  }

  /** True when the key drops {@code c} and attaches it to the char before (diacritics, tatweel). */
  static boolean isAttachedMark(char c) {
    return KEY_KIND[c] == ATTACHED;
  }

  @Override
  public AlignedText display(String s) {
    String t = s == null ? "" : s;
    return run(t, DISPLAY_KIND, DISPLAY_MAP, false, true).aligned(t);
  }

  @Override
  public AlignedText key(String s) {
    String t = s == null ? "" : s;
    return run(t, KEY_KIND, KEY_MAP, true, true).aligned(t);
  }

  @Override
  public String keyText(CharSequence s) {
    return run(s == null ? "" : s, KEY_KIND, KEY_MAP, true, false).text();
  }

  @Override
  public String displayText(CharSequence s) {
    return run(s == null ? "" : s, DISPLAY_KIND, DISPLAY_MAP, false, false).text();
  }

  /** The single implementation of both forms; {@code align} false skips the offset arrays. */
  private static Out run(CharSequence s, byte[] kinds, char[] map, boolean collapse, boolean align) {
    Out out = new Out(s.length(), align);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      byte k = kinds[c];
      if (k == KEEP) {
        out.emit(map[c], i, i + 1);
      } else if (k != EXPAND) {
        out.special(k, i, collapse, map[c]);
      } else {
        String e = EXPANSION[c];
        for (int j = 0; j < e.length(); j++) {
          char x = e.charAt(j);
          byte kx = kinds[x];
          if (kx == KEEP || kx == EXPAND) {
            out.emit(map[x], i, i + 1);
          } else {
            out.special(kx, i, collapse, map[x]);
          }
        }
      }
    }
    return out;
  }

  /** The growing output of one run. */
  private static final class Out {
    char[] chars;
    int[] starts;
    int[] ends;
    int length;
    boolean pendingSpace;
    int spaceStart;
    int spaceEnd;

    Out(int capacity, boolean align) {
      chars = new char[Math.max(16, capacity)];
      if (align) {
        starts = new int[chars.length];
        ends = new int[chars.length];
      }
    }

    void emit(char c, int start, int end) {
      if (pendingSpace) {
        pendingSpace = false;
        if (length > 0) {
          put(' ', spaceStart, spaceEnd);
        }
      }
      put(c, start, end);
    }

    private void put(char c, int start, int end) {
      if (length == chars.length) {
        int size = chars.length + (chars.length >> 1) + 16;
        chars = Arrays.copyOf(chars, size);
        if (starts != null) {
          starts = Arrays.copyOf(starts, size);
          ends = Arrays.copyOf(ends, size);
        }
      }
      chars[length] = c;
      if (starts != null) {
        starts[length] = start;
        ends[length] = end;
      }
      length++;
    }

    void special(byte kind, int i, boolean collapse, char mapped) {
      switch (kind) {
        case ATTACHED -> {
          if (length > 0 && !pendingSpace && starts != null) {
            ends[length - 1] = i + 1;
          }
        }
        case SPACE -> {
          if (!collapse) {
            emit(mapped, i, i + 1);
          } else if (!pendingSpace) {
            pendingSpace = true;
            spaceStart = i;
            spaceEnd = i + 1;
          } else {
            spaceEnd = i + 1;
          }
        }
        default -> {
          // DROP
        }
      }
    }

    String text() {
      return new String(chars, 0, length);
    }

    AlignedText aligned(String original) {
      return new AlignedText(original, text(), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
    }
  }
}
