package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.model.RawArticle;

/** Files, directories and every kind of bad input: one error each, and the run goes on (issue #3). */
class CorpusReaderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private Path text(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads the directory and returns the one error about {@code name}, checking the good file was still read. */
  private IngestError errorFor(String name) throws IOException {
    text("zz-good.txt", "خبر\n");
    Collected c = Collected.read(dir);
    assertEquals(List.of("zz-good"), c.articles.stream().map(RawArticle::id).toList());
    IngestError e = c.onlyError();
    assertTrue(e.path().endsWith(name), e.path());
    return e;
  }

  @Test
  void textLinesAreNumberedOnTheDecodedText() throws Exception {
    RawArticle a = Collected.read(write("story.txt",
        ("عنوان\r\n\r\nفقرة أولى\rفقرة ثانية\n").getBytes(Charset.forName("windows-1256")))).only();
    assertEquals("story", a.id());
    assertEquals("txt", a.source().format());
    assertEquals(List.of("عنوان", "", "فقرة أولى", "فقرة ثانية"), a.lines());
    assertEquals("فقرة أولى", a.line(3));
    assertEquals("windows-1256", a.metadata().extra().get("encoding"));
    assertTrue(a.markup().isEmpty());
  }

  @Test
  void gzippedText() throws Exception {
    RawArticle a = Collected.read(write("story.txt.gz", JsonLinesReaderTest.gzip("سطر\n"))).only();
    assertEquals("story", a.id());
    assertEquals(List.of("سطر"), a.lines());
  }

  @Test
  void directoriesAreWalkedInNameOrderSkippingHiddenFiles() throws Exception {
    text("b/2.txt", "ب");
    text("b/1.txt", "أ");
    text("a.txt", "ت");
    text(".DS_Store", "\0\0junk");
    text(".git/x.txt", "مخفي");
    Collected c = Collected.read(dir);
    assertEquals(List.of(), c.errors);
    assertEquals(List.of("a", "1", "2"), c.articles.stream().map(RawArticle::id).toList());
    assertEquals(new CorpusReader().inputBytes(List.of(dir)), c.bytes);
  }

  @Test
  void excludedDirectoryIsPassedOverInAWalk() throws Exception {
    text("in.txt", "نص");
    text("out/articles.jsonl", "{\"id\": \"old\", \"body\": \"نص\"}\n");
    Collected c = new Collected();
    CorpusReader reader = CorpusReader.excluding(dir.resolve("out"));
    reader.read(List.of(dir), c);
    assertEquals(List.of("in"), c.articles.stream().map(RawArticle::id).toList());
    assertEquals(Files.size(dir.resolve("in.txt")), reader.inputBytes(List.of(dir)));
  }

  @Test
  void emptyFile() throws Exception {
    text("empty.txt", "");
    assertEquals("empty file", errorFor("empty.txt").reason());
    assertNull(errorFor("empty.txt").record());
  }

  @Test
  void emptyFileOfEveryFormat() throws Exception {
    for (String name : List.of("e.html", "e.jsonl", "e.warc", "e.txt.gz")) {
      text(name, "");
    }
    Collected c = Collected.read(dir);
    assertEquals(4, c.errors.size());
    assertTrue(c.errors.stream().allMatch(e -> e.reason().equals("empty file")), c.errors.toString());
  }

  @Test
  void binaryFile() throws Exception {
    byte[] junk = new byte[512];
    new java.util.Random(7).nextBytes(junk);
    write("image.txt", junk);
    assertTrue(errorFor("image.txt").reason().startsWith("binary content"));
  }

  @Test
  void truncatedGzipText() throws Exception {
    byte[] gz = JsonLinesReaderTest.gzip("نص طويل ".repeat(1000));
    write("cut.txt.gz", Arrays.copyOf(gz, gz.length - 20));
    assertTrue(errorFor("cut.txt.gz").reason().startsWith("truncated gzip"), errorFor("cut.txt.gz").reason());
  }

  @Test
  void gzNameWithoutGzipData() throws Exception {
    text("plain.txt.gz", "ليس مضغوطا");
    assertTrue(errorFor("plain.txt.gz").reason().contains("gzip"));
  }

  @Test
  void unsupportedExtensionIsSkippedWithAnError() throws Exception {
    text("notes.pdf", "x");
    assertTrue(errorFor("notes.pdf").reason().startsWith("unsupported file type, skipped"));
  }

  @Test
  void brokenLinkIsUnreadable() throws Exception {
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    assertTrue(errorFor("gone.txt").reason().startsWith("cannot read"), errorFor("gone.txt").reason());
  }

  @Test
  void fileWithoutPermissionIsUnreadable() throws Exception {
    Path p = text("secret.txt", "سر");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(p), "running as a user who can read any file (root)");
    assertEquals("cannot read: permission denied", errorFor("secret.txt").reason());
  }

  @Test
  void missingPathIsAnError() {
    Collected c = Collected.read(dir.resolve("absent"));
    assertEquals("no such file or directory", c.onlyError().reason());
  }

  @Test
  void aFailingSinkStopsReadingWithItsOwnException() throws Exception {
    text("a.txt", "أ");
    UncheckedIOException disk = new UncheckedIOException(new IOException("disk full"));
    IngestSink failing = new IngestSink() {
      @Override
      public void article(RawArticle article) {
        throw disk;
      }

      @Override
      public void error(IngestError error) {}
    };
    assertSame(disk, assertThrows(UncheckedIOException.class,
        () -> new CorpusReader().read(List.of(dir), failing)));
  }

  @Test
  void formatsAreKnownByExtension() {
    assertEquals("txt", CorpusReader.format("a.TXT"));
    assertEquals("html", CorpusReader.format("a.htm.gz"));
    assertEquals("jsonl", CorpusReader.format("a.json"));
    assertEquals("warc", CorpusReader.format("a.warc.gz"));
    assertNull(CorpusReader.format("a.gz"));
    assertNull(CorpusReader.format("README"));
  }
}
