package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encoding detection of plain text (issue #3). */
class TextDecodingTest {
  /** Arabic with the letters that tell the two legacy code pages apart (ف ق ك ه و ي), digits and punctuation. */
  static final String ARABIC = "قال المتحدث باسم الوزارة إن الوفد وصل إلى العاصمة يوم الخميس، "
      + "وإن المفاوضات ستستمر 3 أيام.\nوأضاف: \"نأمل في التوصل إلى اتفاق قريب\".\n";

  private static void check(byte[] bytes, String expectedCharset) throws InputException {
    TextDecoding.Decoded d = TextDecoding.decode(bytes);
    assertEquals(expectedCharset, d.charset());
    assertEquals(ARABIC, d.text());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void utf8WithoutBom() throws Exception {
    check(ARABIC.getBytes(StandardCharsets.UTF_8), "UTF-8");
  }

  @Test
  void utf8WithBomDropsTheBom() throws Exception {
    check(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARABIC.getBytes(StandardCharsets.UTF_8)),
        "UTF-8");
  }

  @Test
  void utf16LittleEndianWithBom() throws Exception {
    check(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE");
  }

  @Test
  void utf16BigEndianWithBom() throws Exception {
    check(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE");
  }

  @Test
  void utf16LittleEndianWithoutBomByBytePattern() throws Exception {
    check(ARABIC.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE");
  }

  @Test
  void utf16BigEndianWithoutBomByBytePattern() throws Exception {
    check(ARABIC.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE");
  }

  @Test
  void latinUtf16WithoutBomByNulPattern() throws Exception {
    String english = "The delegation arrived on Thursday.\n";
    assertEquals("UTF-16LE", TextDecoding.decode(english.getBytes(StandardCharsets.UTF_16LE)).charset());
    assertEquals("UTF-16BE", TextDecoding.decode(english.getBytes(StandardCharsets.UTF_16BE)).charset());
  }

  @Test
  void windows1256() throws Exception {
    check(ARABIC.getBytes(Charset.forName("windows-1256")), "windows-1256");
  }

  @Test
  void iso88596() throws Exception {
    check(ARABIC.getBytes(Charset.forName("ISO-8859-6")), "ISO-8859-6");
  }

  @Test
  void shortLegacyLinesAreTold() throws Exception {
    // Even a single short line has enough of the telling letters.
    String s = "وفي يوم الخميس";
    assertEquals("ISO-8859-6", TextDecoding.decode(s.getBytes(Charset.forName("ISO-8859-6"))).charset());
    assertEquals("windows-1256", TextDecoding.decode(s.getBytes(Charset.forName("windows-1256"))).charset());
  }

  @Test
  void utf8WithAStrayByteIsStillUtf8() throws Exception {
    byte[] good = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(good, good.length + 1);
    cut[good.length] = (byte) 0xD8; // a file cut in the middle of a letter
    TextDecoding.Decoded d = TextDecoding.decode(cut);
    assertEquals("UTF-8", d.charset());
    assertEquals(ARABIC + "\uFFFD", d.text());
  }

  @Test
  void legacyTextIsNotMistakenForBrokenUtf8() {
    assertTrue(!TextDecoding.mostlyUtf8(ARABIC.getBytes(Charset.forName("windows-1256"))));
    assertTrue(!TextDecoding.mostlyUtf8(ARABIC.getBytes(Charset.forName("ISO-8859-6"))));
  }

  @Test
  void asciiIsUtf8() throws Exception {
    assertEquals("UTF-8", TextDecoding.decode("plain ascii\n".getBytes(StandardCharsets.US_ASCII)).charset());
  }

  @Test
  void emptyIsRejected() {
    InputException e = assertThrows(InputException.class, () -> TextDecoding.decode(new byte[0]));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void nulBytesThatAreNotUtf16AreBinary() {
    byte[] b = "abc\0def\0\0ghi jkl mno".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class, () -> TextDecoding.decode(b));
    assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
  }

  @Test
  void manyControlBytesAreBinary() {
    byte[] b = new byte[200];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    InputException e = assertThrows(InputException.class, () -> TextDecoding.decode(b));
    assertTrue(e.getMessage().contains("control"), e.getMessage());
  }

  @Test
  void knownBinaryFormatIsNamed() {
    byte[] pdf = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class, () -> TextDecoding.decode(pdf));
    assertTrue(e.getMessage().contains("PDF"), e.getMessage());
  }
}
