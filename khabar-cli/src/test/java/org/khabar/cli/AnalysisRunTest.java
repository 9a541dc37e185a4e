package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.claim.ClaimAnalyzer;
import org.khabar.entity.EntityAnalyzer;
import org.khabar.pipeline.ArticlePipeline;
import org.khabar.quote.QuoteAnalyzer;
import org.khabar.structure.StructureAnalyzer;
import org.khabar.time.TimeAnalyzer;

/** One article that breaks a stage is one error line; the others are written, in input order. */
class AnalysisRunTest {
  @TempDir Path dir;

  @Test
  void articleThatBreaksAStageIsAnErrorAndTheRunGoesOn() throws Exception {
    StructureAnalyzer standard = StructureAnalyzer.standard();
    StructureAnalyzer fragile = raw -> {
      if (raw.id().contains("boom")) {
        throw new IllegalStateException("stage broke");
      }
      return standard.analyze(raw);
    };
    ArticlePipeline pipeline = new ArticlePipeline(fragile, TimeAnalyzer.standard(), EntityAnalyzer.standard(),
        QuoteAnalyzer.standard(), ClaimAnalyzer.standard());
    StringBuilder jsonl = new StringBuilder();
    for (String id : List.of("a", "b", "boom", "c", "d", "e", "f", "g", "h", "i", "j", "k")) {
      jsonl.append("{\"id\": \"").append(id).append("\", \"text\": \"نص ").append(id).append("\"}\n");
    }
    Path in = Files.writeString(dir.resolve("in.jsonl"), jsonl);
    Path out = dir.resolve("out");
    AnalysisRun.Summary s = new AnalysisRun(templates -> pipeline, 3, new PrintWriter(new StringWriter())).run(List.of(in), out);
    assertEquals(11, s.articles());
    assertEquals(1, s.errors());
    List<String> ids = Schemas.checkOutputs(out).stream().map(a -> a.get("id").asText()).toList();
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"), ids);
    String error = Files.readString(out.resolve("errors.jsonl"));
    assertTrue(error.contains("\"record\":\"boom\"") && error.contains("analysis failed: IllegalStateException"),
        error);
  }

  @Test
  void articlesWithTheSameIdFromDifferentFilesGetDistinctIds() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("index.txt"), "خبر أول عن الاجتماع في المدينة.\n");
    Files.writeString(b.resolve("index.txt"), "خبر ثان عن الاجتماع في المدينة.\n");
    Path out = dir.resolve("out");
    new AnalysisRun(templates -> ArticlePipeline.standard(), 1, new PrintWriter(new StringWriter()))
        .run(List.of(a, b), out);
    List<String> ids = Schemas.checkOutputs(out).stream().map(x -> x.get("id").asText()).toList();
    assertEquals(List.of("index", "index~2"), ids);
  }
}
