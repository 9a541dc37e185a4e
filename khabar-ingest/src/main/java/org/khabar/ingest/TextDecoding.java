package org.khabar.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the encoding of a text file's bytes and decodes them, or says why they are not text.
 *
 * <p>The order of the tests:
 *
 * <ol>
 *   <li>a byte order mark decides: UTF-8, UTF-16LE or UTF-16BE;
 *   <li>the signature of a well-known binary format (PDF, PNG, ZIP ...) rejects the file;
 *   <li>UTF-16 without a mark shows as one byte of each pair drawn almost only from {@code 00} (Latin, digits,
 *       spaces) and {@code 06} (the Arabic block); which byte of the pair decides LE or BE;
 *   <li>any other NUL byte, or more than {@value #MAX_CONTROL_SHARE} of control bytes, rejects the file as binary;
 *   <li>valid UTF-8 (which includes plain ASCII) is UTF-8, and so is UTF-8 with a few broken sequences;
 *   <li>otherwise the two legacy Arabic code pages are tried, and the one whose decoding yields more Arabic letters
 *       and fewer stray Latin letters, C1 controls and unmappable bytes wins. The same bytes mean different letters
 *       in each (ISO-8859-6 has no letters at {@code DB-DF}, where Windows-1256 keeps ف ق ك; Windows-1256 has
 *       Latin letters at {@code E0-EF}, where ISO-8859-6 keeps ه و ي), so real text scores far apart.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class TextDecoding {
  /** The share of control characters beyond which content is taken for binary. */
  static final double MAX_CONTROL_SHARE = 0.05;

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private static final char FIRST_ARABIC_LETTER = '\u0621'; // hamza
  private static final char LAST_ARABIC_LETTER = '\u064A'; // yeh
  private static final char REPLACEMENT = '\uFFFD';

  /**
   * Decoded text with the name of its encoding.
   *
   * @param text the text, without a byte order mark
   * @param charset the encoding, e.g. {@code UTF-8}, {@code windows-1256}
   */
  record Decoded(String text, String charset) {}

  private TextDecoding() {}

  /**
   * Decodes a whole text file.
   *
   * @throws InputException when the bytes are empty or binary, with the reason
   */
  static Decoded decode(byte[] b) throws InputException {
    if (b.length == 0) {
      throw new InputException("empty file");
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return checked(lenient(b, 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return checked(lenient(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return checked(lenient(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    String format = binarySignature(b);
    if (format != null) {
      throw new InputException("binary content (a " + format + " file), not text");
    }
    Charset utf16 = utf16ByPattern(b);
    if (utf16 != null) {
      String text = strict(b, utf16);
      if (text != null) {
        return checked(text, utf16.name());
      }
    }
    int nul = 0;
    int control = 0;
    for (byte x : b) {
      int v = x & 0xFF;
      if (v == 0) {
        nul++;
      } else if (isControlByte(v)) {
        control++;
      }
    }
    if (nul > 0) {
      throw new InputException("binary content (" + nul + " NUL bytes and not UTF-16), not text");
    }
    if (control > MAX_CONTROL_SHARE * b.length) {
      throw new InputException(String.format(Locale.ROOT, "binary content (%.0f%% control bytes), not text",
          100.0 * control / b.length));
    }
    String utf8 = strict(b, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    if (mostlyUtf8(b)) {
      // A few broken sequences (a file cut mid-character, a stray byte) in UTF-8 text: still UTF-8, and the
      // legacy code pages would turn every Arabic letter into two wrong ones.
      return checked(lenient(b, 0, StandardCharsets.UTF_8), "UTF-8");
    }
    String cp1256 = lenient(b, 0, WINDOWS_1256);
    String iso = lenient(b, 0, ISO_8859_6);
    // Ties go to Windows-1256, by far the more common of the two in news archives.
    return score(iso) > score(cp1256) ? checked(iso, "ISO-8859-6") : checked(cp1256, "windows-1256");
  }

  /** How much a decoding looks like Arabic text: letters count for it, impossible characters twice against it. */
  static int score(String s) {
    int letters = 0;
    int bad = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= FIRST_ARABIC_LETTER && c <= LAST_ARABIC_LETTER) {
        letters++;
      } else if (c == REPLACEMENT || (c >= '\u0080' && c <= '\u009F') || (c >= '\u00C0' && c <= '\u00FF')) {
        bad++;
      }
    }
    return letters - 2 * bad;
  }

  /**
   * Whether the bytes are UTF-8 with a few errors: at least 95% of the sequences that use bytes above 0x7F are
   * well-formed. Text in a legacy code page almost never forms a well-formed sequence (its Arabic letters, read as
   * UTF-8 lead bytes, are followed by other letters, not by continuation bytes).
   */
  static boolean mostlyUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int v = b[i] & 0xFF;
      if (v < 0x80) {
        i++;
        continue;
      }
      int n = v >= 0xC2 && v <= 0xDF ? 1 : v >= 0xE0 && v <= 0xEF ? 2 : v >= 0xF0 && v <= 0xF4 ? 3 : -1;
      boolean ok = n > 0 && i + n < b.length;
      for (int k = 1; ok && k <= n; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += n + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return valid > 0 && invalid * 20 <= valid;
  }

  /** UTF-16LE or UTF-16BE when the bytes have its pattern, else {@code null}. */
  static Charset utf16ByPattern(byte[] b) {
    int n = Math.min(b.length, 1 << 14) & ~1;
    if (n < 4) {
      return null;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      int v = b[i] & 0xFF;
      if (v == 0x00 || v == 0x06) {
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    int pairs = n / 2;
    if (odd > 0.7 * pairs && even < 0.1 * pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (even > 0.7 * pairs && odd < 0.1 * pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** The name of a binary format whose signature starts the bytes, or {@code null}. */
  static String binarySignature(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP (or DOCX/XLSX)";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "Microsoft Office (DOC/XLS)";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "ELF executable";
    }
    return null;
  }

  /** Control bytes other than tab, line feed, form feed and carriage return. */
  private static boolean isControlByte(int v) {
    return (v < 0x20 && v != '\t' && v != '\n' && v != '\f' && v != '\r') || v == 0x7F;
  }

  /** Rejects a decoding that is mostly control or unmappable characters. */
  private static Decoded checked(String text, String charset) throws InputException {
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == REPLACEMENT || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\f' && c != '\r')) {
        bad++;
      }
    }
    if (bad > MAX_CONTROL_SHARE * Math.max(1, text.length())) {
      throw new InputException(String.format(Locale.ROOT,
          "binary content (%.0f%% control or undecodable characters as %s), not text", 100.0 * bad / text.length(),
          charset));
    }
    return new Decoded(text, charset);
  }

  private static String strict(byte[] b, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] b, int offset, Charset cs) {
    return new String(b, offset, b.length - offset, cs);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
