package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.khabar.contract.ContractJson;

/** The khabar/1 JSON Schemas from khabar-output, and checks of an output directory against them. */
final class Schemas {
  static final JsonSchema ARTICLE = load("article.schema.json");
  static final JsonSchema CORPUS = load("corpus.schema.json");
  static final JsonSchema ERROR = load("error.schema.json");

  private Schemas() {}

  private static JsonSchema load(String name) {
    try (InputStream in = ContractJson.class.getResourceAsStream(name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks every line of a JSON Lines file against a schema; a failure names the line. */
  static List<JsonNode> checkLines(Path file, JsonSchema schema) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode n = ContractJson.mapper().readTree(lines.get(i));
      assertEquals(Set.of(), schema.validate(n), file.getFileName() + " line " + (i + 1));
      nodes.add(n);
    }
    return nodes;
  }

  /** Checks all three JSON outputs of a run; returns the articles. */
  static List<JsonNode> checkOutputs(Path out) throws IOException {
    JsonNode corpus = ContractJson.mapper().readTree(out.resolve("corpus.json").toFile());
    assertEquals(Set.of(), CORPUS.validate(corpus), "corpus.json");
    checkLines(out.resolve("errors.jsonl"), ERROR);
    List<JsonNode> articles = checkLines(out.resolve("articles.jsonl"), ARTICLE);
    assertEquals(articles.size(), corpus.get("articles").asInt());
    return articles;
  }
}
