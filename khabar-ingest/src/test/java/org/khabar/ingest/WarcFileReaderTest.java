package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.model.RawArticle;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files built with jwarc's writer (issue #3). */
class WarcFileReaderTest {
  @TempDir Path dir;

  static WarcResponse response(String uri, int status, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
        .build();
    return new WarcResponse.Builder(URI.create(uri)).body(http).build();
  }

  static byte[] warc() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(b)) {
      w.write(new WarcRequest.Builder(URI.create("https://news.example/a")).build());
      w.write(response("https://news.example/a", 200, "text/html; charset=utf-8",
          "<html><head><meta property=\"og:title\" content=\"الأول\"></head><body><p>خبر أول</p></body></html>"));
      w.write(response("https://news.example/logo.png", 200, "image/png", "PNG"));
      w.write(response("https://news.example/missing", 404, "text/html", "<p>غير موجود</p>"));
      w.write(response("https://news.example/b", 200, "text/html",
          "<html><body><h1>الثاني</h1><p>خبر ثان</p></body></html>"));
    }
    return b.toByteArray();
  }

  private Path file(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  @Test
  void htmlResponsesBecomeArticlesWithTheirTargetUri() throws Exception {
    Collected c = Collected.read(file("crawl.warc", warc()));
    assertEquals(List.of(), c.errors);
    assertEquals(2, c.articles.size());
    RawArticle first = c.articles.get(0);
    assertEquals("https://news.example/a", first.source().url());
    assertEquals("warc", first.source().format());
    assertEquals(List.of("خبر أول"), first.lines());
    assertEquals("الأول", first.metadata().title());
    assertEquals(WarcFileReader.id("https://news.example/a"), first.id());
    assertTrue(first.id().matches("warc-[0-9a-f]{16}"), first.id());
    assertEquals(List.of("الثاني", "خبر ثان"), c.articles.get(1).lines());
  }

  @Test
  void gzippedWarc() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(b)) {
      out.write(warc());
    }
    assertEquals(2, Collected.read(file("crawl.warc.gz", b.toByteArray())).articles.size());
  }

  @Test
  void truncatedWarcKeepsWhatWasReadBefore() throws Exception {
    byte[] whole = warc();
    String text = new String(whole, StandardCharsets.ISO_8859_1);
    int cut = text.indexOf("<h1>"); // inside the last record's body
    Collected c = Collected.read(file("cut.warc", Arrays.copyOf(whole, cut)));
    assertEquals(1, c.articles.size());
    IngestError e = c.onlyError();
    assertTrue(e.record().startsWith("record 5"), e.record());
  }

  @Test
  void truncatedGzippedWarcKeepsWhatWasReadBefore() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(b)) {
      out.write(warc());
      out.write(warc());
    }
    byte[] gz = b.toByteArray();
    Collected c = Collected.read(file("cut.warc.gz", Arrays.copyOf(gz, gz.length - 60)));
    assertEquals(3, c.articles.size());
    IngestError e = c.onlyError();
    assertTrue(e.reason().startsWith("truncated gzip"), e.reason());
  }

  @Test
  void malformedRecordIsAnErrorAfterTheGoodOnes() throws Exception {
    byte[] whole = warc();
    byte[] bad = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII);
    byte[] both = Arrays.copyOf(whole, whole.length + bad.length);
    System.arraycopy(bad, 0, both, whole.length, bad.length);
    Collected c = Collected.read(file("bad.warc", both));
    assertEquals(2, c.articles.size());
    IngestError e = c.onlyError();
    assertTrue(e.reason().contains("WARC"), e.reason());
  }

  /** The WARC with the version line of its {@code k}-th record (1-based) spoiled. */
  private static byte[] spoiled(byte[] warc, int k) {
    byte[] b = warc.clone();
    String text = new String(b, StandardCharsets.ISO_8859_1);
    int at = -1;
    for (int i = 0; i < k; i++) {
      at = text.indexOf("WARC/1.", at + 1);
    }
    b[at + 5] = 'X';
    return b;
  }

  @Test
  void readingResumesAfterARecordThatCannotBeFramed() throws Exception {
    // Record 2 is the first page's response: spoil it, keep the second page.
    Collected c = Collected.read(file("spoiled.warc", spoiled(warc(), 2)));
    assertEquals(List.of("https://news.example/b"), c.articles.stream().map(a -> a.source().url()).toList());
    IngestError e = c.onlyError();
    assertEquals("record 2", e.record());
    assertTrue(e.reason().startsWith("malformed WARC record") && e.reason().contains("reading resumes"),
        e.reason());
  }

  @Test
  void readingResumesInAGzippedWarcToo() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(b)) {
      out.write(spoiled(warc(), 5));
      out.write(warc());
    }
    Collected c = Collected.read(file("spoiled.warc.gz", b.toByteArray()));
    assertEquals(3, c.articles.size());
    assertEquals(1, c.errors.size());
  }

  @Test
  void malformedHttpMessageIsOneRecordsError() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(b)) {
      w.write(new WarcResponse.Builder(URI.create("https://news.example/bad"))
          .body(MediaType.HTTP_RESPONSE, "NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
          .build());
      w.write(response("https://news.example/ok", 200, "text/html", "<p>سليم</p>"));
    }
    Collected c = Collected.read(file("http.warc", b.toByteArray()));
    assertEquals(List.of("https://news.example/ok"), c.articles.stream().map(a -> a.source().url()).toList());
    assertTrue(c.onlyError().reason().startsWith("malformed HTTP response"), c.onlyError().reason());
  }

  @Test
  void garbageIsOneError() throws Exception {
    Collected c = Collected.read(file("junk.warc", "this is not a warc file\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, c.articles.size());
    assertEquals(1, c.errors.size());
  }
}
