package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar analyze}: every bad input is one error line, the rest is analysed, in input order (issue #3). */
class AnalyzeCommandTest {
  @TempDir Path dir;

  private static byte[] gzip(String s) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(b)) {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  private Path corpus() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "عنوان أول\n\nنص الخبر الأول.\n");
    Files.write(in.resolve("b.txt"), "عنوان ثان\nنص الخبر الثاني.\n".getBytes("windows-1256"));
    Files.writeString(in.resolve("c.jsonl"), "{\"id\": \"c1\", \"text\": \"سطر\"}\n{\"id\": \n"
        + "{\"id\": \"c3\", \"title\": \"ع\", \"text\": \"سطر آخر\"}\n");
    Files.writeString(in.resolve("d.html"), "<html><body><h1>عنوان</h1><p>فقرة</p></body></html>");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("junk.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 8});
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      many.append("{\"id\": \"g").append(i).append("\", \"text\": \"نص رقم ").append(i).append("\"}\n");
    }
    byte[] gz = gzip(many.toString());
    Files.write(in.resolve("e-cut.jsonl.gz"), Arrays.copyOf(gz, gz.length * 2 / 3));
    Files.writeString(in.resolve("f.warc"), "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n");
    Files.writeString(in.resolve("notes.docx"), "x");
    return in;
  }

  @Test
  void badInputsAreErrorLinesAndTheRestIsAnalysedInOrder() throws Exception {
    Path out = dir.resolve("out");
    Cli r = Cli.run("analyze", corpus().toString(), "--out", out.toString(), "--threads", "2");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> articles = Schemas.checkOutputs(out);
    List<String> ids = articles.stream().map(a -> a.get("id").asText()).toList();
    assertEquals(List.of("a", "b", "c1", "c3", "d"), ids.subList(0, 5));
    assertTrue(ids.size() > 5 && ids.get(5).equals("g0"), ids.toString());
    for (int i = 5; i < ids.size(); i++) {
      assertEquals("g" + (i - 5), ids.get(i), "input order");
    }
    List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"));
    assertEquals(6, errors.size(), String.join("\n", errors));
    String all = String.join("\n", errors);
    for (String expected : List.of("\"line 2\"", "empty file", "binary content", "truncated gzip", "WARC",
        "unsupported file type")) {
      assertTrue(all.contains(expected), expected + " in " + all);
    }
    assertTrue(r.out().contains("articles: " + ids.size()), r.out());
    assertTrue(r.out().contains("errors: 6"), r.out());
    assertTrue(Files.readString(out.resolve("report.html")).contains("dir=\"rtl\""));
    try (Stream<Path> files = Files.list(out)) {
      assertFalse(files.anyMatch(p -> p.toString().endsWith(".part")), "no temporary file is left");
    }
  }

  @Test
  void outputInsideTheInputIsNotReadBack() throws Exception {
    Path in = corpus();
    Path out = in.resolve("out");
    assertEquals(0, Cli.run("analyze", in.toString(), "--out", out.toString()).code());
    long first = Files.readAllLines(out.resolve("articles.jsonl")).size();
    assertEquals(0, Cli.run("analyze", in.toString(), "--out", out.toString()).code());
    assertEquals(first, Files.readAllLines(out.resolve("articles.jsonl")).size());
  }

  @Test
  void sourcesAreKept() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("analyze", corpus().resolve("b.txt").toString(), corpus().resolve("d.html").toString(),
        "--out", out.toString()).code());
    List<JsonNode> articles = Schemas.checkOutputs(out);
    assertEquals("txt", articles.get(0).get("source").get("format").asText());
    assertEquals("html", articles.get(1).get("source").get("format").asText());
    assertTrue(articles.get(0).get("source").get("path").asText().endsWith("b.txt"));
  }
}
