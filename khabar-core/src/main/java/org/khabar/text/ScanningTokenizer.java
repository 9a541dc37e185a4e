package org.khabar.text;

import static org.khabar.text.ArabicLetters.*;

import java.util.ArrayList;
import java.util.List;

/** A hand-written single-pass scanner: no regular expressions, one object per token. Stateless, thread-safe. */
final class ScanningTokenizer implements Tokenizer {
  static final ScanningTokenizer INSTANCE = new ScanningTokenizer();

  /** The longest e-mail local part and domain (RFC 5321). */
  private static final int MAX_LOCAL_PART = 64;

  private static final int MAX_DOMAIN = 255;

  private ScanningTokenizer() {}

  @Override
  public List<Token> tokenize(CharSequence text) {
    List<Token> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String s = text.toString();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int end;
      TokenType type;
      if (isArabicWordStart(c)) {
        end = arabicWordEnd(s, i);
        type = TokenType.ARABIC;
      } else if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || isIgnorable(c)) {
        i++;
        continue;
      } else if (digitValue(c) >= 0) {
        int email = emailEnd(s, i);
        if (email > 0) {
          end = email;
          type = TokenType.EMAIL;
        } else {
          end = numberEnd(s, i);
          type = TokenType.NUMBER;
        }
      } else if ((c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F') && urlStart(s, i)) {
        end = urlEnd(s, i);
        type = TokenType.URL;
      } else if (isLatinLetter(c)) {
        int email = emailEnd(s, i);
        if (email > 0) {
          end = email;
          type = TokenType.EMAIL;
        } else {
          end = latinWordEnd(s, i);
          type = TokenType.LATIN;
        }
      } else if (c == '#' && i + 1 < n && isTagChar(s.charAt(i + 1))) {
        end = tagEnd(s, i + 1);
        type = TokenType.HASHTAG;
      } else if (c == '@' && i + 1 < n && isMentionChar(s.charAt(i + 1))) {
        end = i + 1;
        while (end < n && isMentionChar(s.charAt(end))) {
          end++;
        }
        type = TokenType.MENTION;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(i + 1));
        end = i + 2;
        if (Character.isLetter(cp)) {
          while (end + 1 < n && Character.isHighSurrogate(s.charAt(end))
              && Character.isLetter(Character.codePointAt(s, end))) {
            end += 2;
          }
          type = TokenType.LATIN;
        } else {
          type = TokenType.OTHER;
        }
      } else if (isPunctuation(c)) {
        end = i + 1;
        while (end < n && s.charAt(end) == c) {
          end++;
        }
        type = TokenType.PUNCT;
      } else {
        end = i + 1;
        type = TokenType.OTHER;
      }
      out.add(new Token(s.substring(i, end), i, end, type));
      i = end;
    }
    return out;
  }

  static boolean isIgnorable(char c) {
    return ArabicText.isInvisibleMark(c) || c == '\u00AD' || c == '\u2060';
  }

  static boolean isArabicWordStart(char c) {
    return c >= '\u0600' && (isArabicLetter(c) || isPresentationForm(c));
  }

  /** Letters, marks, tatweel and joiners that continue an Arabic word. */
  static boolean isArabicWordPart(char c) {
    return c >= '\u0600'
        && (isArabicLetter(c) || isPresentationForm(c) || TableNormalizer.isAttachedMark(c) || c == TATWEEL
            || (c >= '\u0610' && c <= '\u061A'));
  }

  static int arabicWordEnd(String s, int i) {
    int n = s.length();
    int end = i + 1;
    while (end < n) {
      char c = s.charAt(end);
      if (isArabicWordPart(c)) {
        end++;
      } else if ((c == ZWNJ || c == ZWJ) && end + 1 < n && isArabicWordPart(s.charAt(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  static boolean isLatinLetter(char c) {
    return c < '\u0600' ? Character.isLetter(c) : !isArabicLetter(c) && !isPresentationForm(c) && Character.isLetter(c);
  }

  private static int latinWordEnd(String s, int i) {
    int n = s.length();
    int end = i + 1;
    while (end < n) {
      char c = s.charAt(end);
      if (isLatinLetter(c) || (c >= '0' && c <= '9') || Character.getType(c) == Character.NON_SPACING_MARK) {
        end++;
      } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '_') && end + 1 < n
          && isLatinLetter(s.charAt(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /** Digits with inner separators ({@code . , ٫ ٬}: {@link Digits#isSeparator}) each followed by a digit. */
  static int numberEnd(String s, int i) {
    int n = s.length();
    int end = i + 1;
    while (end < n) {
      char c = s.charAt(end);
      if (digitValue(c) >= 0) {
        end++;
      } else if (Digits.isSeparator(c) && end + 1 < n && digitValue(s.charAt(end + 1)) >= 0) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean urlStart(String s, int i) {
    return s.regionMatches(true, i, "http://", 0, 7)
        || s.regionMatches(true, i, "https://", 0, 8)
        || s.regionMatches(true, i, "ftp://", 0, 6)
        || (s.regionMatches(true, i, "www.", 0, 4) && i + 4 < s.length()
            && Character.isLetterOrDigit(s.charAt(i + 4)));
  }

  private static int urlEnd(String s, int i) {
    int n = s.length();
    int end = i;
    while (end < n) {
      char c = s.charAt(end);
      if (c <= ' ' || Character.isWhitespace(c) || c == '"' || c == '<' || c == '>' || c == LEFT_GUILLEMET
          || c == RIGHT_GUILLEMET || c == '\u201C' || c == '\u201D' || isIgnorable(c)) {
        break;
      }
      end++;
    }
    while (end > i + 1 && ".,;:!?)]}'،؛؟".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** The end of the e-mail address starting at {@code i}, or -1 if none starts there. */
  private static int emailEnd(String s, int i) {
    int n = s.length();
    int j = i;
    int localLimit = Math.min(n, i + MAX_LOCAL_PART + 1); // bounded, so that "a.a.a..." stays linear
    while (j < localLimit && isLocalPartChar(s.charAt(j))) {
      j++;
    }
    if (j == i || j >= n || s.charAt(j) != '@' || j - i > MAX_LOCAL_PART) {
      return -1;
    }
    int k = j + 1;
    int lastDot = -1;
    int domainLimit = Math.min(n, k + MAX_DOMAIN);
    while (k < domainLimit) {
      char c = s.charAt(k);
      if (isAsciiAlnum(c) || c == '-') {
        k++;
      } else if (c == '.' && k + 1 < n && isAsciiAlnum(s.charAt(k + 1)) && s.charAt(k - 1) != '.') {
        lastDot = k;
        k++;
      } else {
        break;
      }
    }
    if (lastDot < 0 || k - lastDot < 3) {
      return -1;
    }
    return k;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isLocalPartChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isMentionChar(char c) {
    return isAsciiAlnum(c) || c == '_';
  }

  private static boolean isTagChar(char c) {
    return isArabicWordPart(c) || Character.isLetterOrDigit(c) || c == '_' || c == ZWNJ;
  }

  private static int tagEnd(String s, int i) {
    int end = i;
    while (end < s.length() && isTagChar(s.charAt(end))) {
      end++;
    }
    return end;
  }

  static boolean isPunctuation(char c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }
}
