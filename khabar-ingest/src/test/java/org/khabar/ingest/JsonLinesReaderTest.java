package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.RawArticle;

/** JSON Lines with the field names of common crawlers and corpora (issue #3). */
class JsonLinesReaderTest {
  @TempDir Path dir;

  static final String NEWS_PLEASE = "{\"title\": \"عنوان\", \"maintext\": \"سطر أول\\nسطر ثان\", "
      + "\"date_publish\": \"2018-05-20 10:00:00\", \"authors\": [\"كاتب\", \"كاتبة\"], "
      + "\"source_domain\": \"www.example.com\", \"url\": \"https://www.example.com/a\", \"language\": \"ar\"}";
  static final String TRAFILATURA = "{\"title\": \"عنوان\", \"text\": \"نص\", \"date\": \"2018-05-21\", "
      + "\"author\": \"كاتب\", \"hostname\": \"example.org\", \"url\": \"https://example.org/b\"}";
  static final String ANT = "{\"id\": \"AL-politics-7-20180301\", \"url\": \"http://x.example/c\", "
      + "\"source\": \"alarabia\", \"category\": \"politics\", \"title\": \"عنوان\", "
      + "\"time\": \"Thu, 01 Mar 2018 10:00:00 +0400\", \"author\": \"دبي - العربية.نت\", \"abstract\": \"ملخص\", "
      + "\"text\": \"فقرة\\nفقرة أخرى\"}";

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  static byte[] gzip(String content) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(b)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  @Test
  void newsPleaseFields() throws Exception {
    RawArticle a = Collected.read(write("np.jsonl", NEWS_PLEASE + "\n")).only();
    assertEquals(List.of("سطر أول", "سطر ثان"), a.lines());
    ArticleMetadata m = a.metadata();
    assertEquals("عنوان", m.title());
    assertEquals("2018-05-20 10:00:00", m.published());
    assertEquals("كاتب, كاتبة", m.author());
    assertEquals("www.example.com", m.siteName());
    assertEquals("https://www.example.com/a", m.url());
    assertEquals("https://www.example.com/a", a.source().url());
    assertEquals("ar", m.extra().get("language"));
    assertEquals("jsonl", a.source().format());
  }

  @Test
  void trafilaturaFields() throws Exception {
    ArticleMetadata m = Collected.read(write("t.jsonl", TRAFILATURA)).only().metadata();
    assertEquals("2018-05-21", m.published());
    assertEquals("كاتب", m.author());
    assertEquals("example.org", m.siteName());
  }

  @Test
  void antCorpusFields() throws Exception {
    RawArticle a = Collected.read(write("ant.jsonl", ANT)).only();
    assertEquals("AL-politics-7-20180301", a.id());
    assertEquals(List.of("فقرة", "فقرة أخرى"), a.lines());
    assertEquals("politics", a.metadata().section());
    assertEquals("alarabia", a.metadata().siteName());
    assertEquals("Thu, 01 Mar 2018 10:00:00 +0400", a.metadata().published());
    assertEquals("ملخص", a.metadata().extra().get("abstract"));
    assertEquals("text", a.metadata().extra().get("text_field"));
  }

  @Test
  void recordWithoutIdIsNamedByFileAndLine() throws Exception {
    Collected c = Collected.read(write("feed.jsonl", TRAFILATURA + "\n\n" + TRAFILATURA + "\n"));
    assertEquals(List.of("feed-1", "feed-3"), c.articles.stream().map(RawArticle::id).toList());
  }

  @Test
  void malformedLineIsOneErrorAndReadingGoesOn() throws Exception {
    Collected c = Collected.read(write("bad.jsonl", ANT + "\n{\"title\": \"broken\n" + TRAFILATURA + "\n"));
    assertEquals(2, c.articles.size());
    IngestError e = c.onlyError();
    assertEquals("line 2", e.record());
    assertTrue(e.reason().startsWith("malformed JSON"), e.reason());
    assertTrue(e.path().endsWith("bad.jsonl"));
  }

  @Test
  void trailingGarbageAfterTheRecordIsMalformed() throws Exception {
    Collected c = Collected.read(write("two.jsonl", TRAFILATURA + " " + TRAFILATURA + "\n"));
    assertEquals(0, c.articles.size());
    assertTrue(c.onlyError().reason().startsWith("malformed JSON"), c.onlyError().reason());
  }

  @Test
  void recordWithoutTextIsAnError() throws Exception {
    Collected c = Collected.read(write("notext.jsonl", "{\"title\": \"t\"}\n[1, 2]\n" + ANT));
    assertEquals(1, c.articles.size());
    assertEquals(2, c.errors.size());
    assertTrue(c.errors.get(0).reason().startsWith("no article text"), c.errors.get(0).reason());
    assertTrue(c.errors.get(1).reason().startsWith("not a JSON object"), c.errors.get(1).reason());
  }

  @Test
  void blankTextIsAnErrorThatSaysSo() throws Exception {
    Collected c = Collected.read(write("blank.jsonl", "{\"id\": \"x\", \"text\": \"\", \"abstract\": \"\"}\n"));
    assertEquals("empty article text (the field text is blank)", c.onlyError().reason());
  }

  @Test
  void jsonFileWithOneObjectPerLine() throws Exception {
    Collected c = Collected.read(write("lines.json", ANT + "\n" + TRAFILATURA + "\n"));
    assertEquals(2, c.articles.size());
  }

  @Test
  void jsonFileWithAnArrayOfRecords() throws Exception {
    Collected c = Collected.read(write("array.json", "  [" + ANT + ",\n" + TRAFILATURA + "]"));
    assertEquals(2, c.articles.size());
    assertEquals("array-2", c.articles.get(1).id());
  }

  @Test
  void gzippedJsonLines() throws Exception {
    Path p = dir.resolve("feed.jsonl.gz");
    Files.write(p, gzip(ANT + "\n" + NEWS_PLEASE + "\n"));
    Collected c = Collected.read(p);
    assertEquals(2, c.articles.size());
    assertEquals(Files.size(p), c.bytes);
  }

  @Test
  void truncatedGzipKeepsTheRecordsBeforeTheCut() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append(ANT.replace("AL-politics-7-20180301", "id-" + i + "-" + "x".repeat(i % 50))).append('\n');
    }
    byte[] whole = gzip(many.toString());
    Path p = dir.resolve("cut.jsonl.gz");
    Files.write(p, Arrays.copyOf(whole, whole.length / 2));
    Collected c = Collected.read(p);
    assertTrue(c.articles.size() > 100 && c.articles.size() < 2000, "read " + c.articles.size());
    assertEquals("id-0-", c.articles.get(0).id());
    IngestError e = c.onlyError();
    assertTrue(e.reason().startsWith("truncated gzip"), e.reason());
    assertEquals("after line " + c.articles.size(), e.record());
  }

  @Test
  void overlongLineIsCutToNothingAndFlagged() throws Exception {
    BoundedLineReader r = new BoundedLineReader(new java.io.StringReader("x".repeat(100) + "\r\nshort\n"), 10);
    assertEquals("", r.readLine());
    assertTrue(r.tooLong());
    assertEquals("short", r.readLine());
    assertTrue(!r.tooLong());
    assertNull(r.readLine());
  }
}
