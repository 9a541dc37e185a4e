package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar bench ingest} prints its figures one {@code name: value} a line. */
class BenchIngestCommandTest {
  @TempDir Path dir;

  @Test
  void printsEveryFigure() throws Exception {
    Path in = Files.writeString(dir.resolve("c.jsonl"),
        "{\"id\": \"1\", \"text\": \"نص\"}\n{\"id\": \"2\", \"text\": \"نص آخر\"}\n");
    Path out = dir.resolve("out");
    Cli r = Cli.run("bench", "ingest", in.toString(), "--out", out.toString(), "--threads", "1");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("articles: 2\n"), r.out());
    for (String figure : List.of("errors", "seconds", "articles/s", "input MB/s", "peak heap MB",
        "heap pools peak MB", "max heap MB")) {
      assertTrue(r.out().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(figure) + ": [0-9.]+")),
          figure + " in " + r.out());
    }
    assertEquals(2, Files.readAllLines(out.resolve("articles.jsonl")).size());
  }
}
