package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo corpus, analysed end to end, is a valid khabar/1 contract (issue #3). */
class DemoContractTest {
  @TempDir Path out;

  @Test
  void demoOutputValidatesAgainstTheSchemas() throws Exception {
    Path corpus = Path.of("..", "demo", "corpus");
    Cli r = Cli.run("demo", "--corpus", corpus.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("report: "), r.out());
    List<JsonNode> articles = Schemas.checkOutputs(out);
    assertEquals(5, articles.size());
    assertEquals(0, Files.size(out.resolve("errors.jsonl")));
    for (JsonNode a : articles) {
      checkSpans(a);
    }
  }

  /** Every span lies within its input line: offsets are UTF-16 indexes into the line, end exclusive. */
  private static void checkSpans(JsonNode article) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(article.get("source").get("path").asText()));
    int lineCount = lines.size();
    assertEquals(lineCount, article.get("lines").size(), article.get("id").asText());
    for (String field : List.of("entities", "dates", "quantities")) {
      for (JsonNode m : article.get(field)) {
        int line = m.get("line").asInt();
        int start = m.get("start").asInt();
        int end = m.get("end").asInt();
        assertTrue(line >= 1 && line <= lineCount, field + " line " + line);
        assertTrue(start <= end && end <= lines.get(line - 1).length(), field + " span " + m);
        assertEquals(lines.get(line - 1).substring(start, end), m.get("text").asText(), field + " text " + m);
      }
    }
  }
}
