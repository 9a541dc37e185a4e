package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.model.RawArticle;

/** Random and hostile bytes never throw out of the readers: each bad file is at most one error per record. */
class HostileInputTest {
  private static final List<String> NAMES = List.of("x.txt", "x.html", "x.jsonl", "x.json", "x.warc", "x.txt.gz",
      "x.jsonl.gz", "x.warc.gz", "x.htm");

  private static final String PUNCTUATION = "<>{}[]\":,\n\r/\\";

  @TempDir Path dir;

  private void survives(byte[] content) throws IOException {
    for (String name : NAMES) {
      Path p = dir.resolve(name);
      Files.write(p, content);
      Collected c = Collected.read(p);
      for (RawArticle a : c.articles) {
        assertTrue(a.markup().isEmpty() || a.markup().size() == a.lines().size());
      }
      Files.delete(p);
    }
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void randomBytes() throws Exception {
    Random r = new Random(20180519);
    for (int i = 0; i < 30; i++) {
      byte[] b = new byte[r.nextInt(3000)];
      r.nextBytes(b);
      survives(b);
      survives(gzip(b));
    }
  }

  @Test
  void randomUnicode() throws Exception {
    Random r = new Random(42);
    for (int i = 0; i < 30; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = r.nextInt(2000); k > 0; k--) {
        int cp = switch (r.nextInt(4)) {
          case 0 -> 0x0600 + r.nextInt(0x100);
          case 1 -> r.nextInt(0x80);
          case 2 -> PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()));
          default -> r.nextInt(0x10FFFF);
        };
        if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
          s.appendCodePoint(cp);
        }
      }
      survives(s.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void hostileStructures() throws Exception {
    survives(("<div>".repeat(5000) + "عمق" + "</div>".repeat(10)).getBytes(StandardCharsets.UTF_8));
    survives(("[".repeat(5000) + "{\"text\":" + "[".repeat(3000)).getBytes(StandardCharsets.UTF_8));
    survives("{\"text\": 5, \"id\": {\"a\": null}}\n{\"text\": [\"p1\", {\"x\": 1}, null]}\n"
        .getBytes(StandardCharsets.UTF_8));
    survives("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nabc".getBytes(StandardCharsets.US_ASCII));
    survives("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 10\r\n\r\nHTTP/1.1 2"
        .getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void deeplyNestedHtmlStillGivesItsText() throws Exception {
    Path p = dir.resolve("deep.html");
    Files.writeString(p, "<div>".repeat(3000) + "عمق" + "</div>".repeat(3000));
    RawArticle a = Collected.read(p).only();
    assertEquals(List.of("عمق"), a.lines());
    assertTrue(a.markup().get(0).path().length() < 24 * 45, "paths are capped");
  }
}
