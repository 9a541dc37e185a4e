package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.khabar.model.RawArticle;

/**
 * Field names of crawlers and corpora, table-driven from {@code records.jsonl}: each line holds a record and what
 * must come of it; every failing line is reported with its number.
 */
class JsonRecordsTest {
  private static final Map<String, Function<RawArticle, Object>> FIELDS = Map.of(
      "id", RawArticle::id,
      "title", a -> a.metadata().title(),
      "published", a -> a.metadata().published(),
      "author", a -> a.metadata().author(),
      "site", a -> a.metadata().siteName(),
      "section", a -> a.metadata().section(),
      "url", a -> a.metadata().url(),
      "lines", RawArticle::lines,
      "text_field", a -> a.metadata().extra().get("text_field"),
      "text_format", a -> a.metadata().extra().get("text_format"));

  @Test
  void everyCaseOfTheTable() throws Exception {
    List<String> failures = new ArrayList<>();
    List<String> table;
    try (InputStream in = getClass().getResourceAsStream("records.jsonl")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    for (int i = 0; i < table.size(); i++) {
      JsonNode row = JsonValues.MAPPER.readTree(table.get(i));
      String where = "records.jsonl line " + (i + 1) + " (" + row.get("case").asText() + "): ";
      JsonNode expect = row.get("expect");
      RawArticle a;
      try {
        a = JsonRecords.article(row.get("record"), Path.of("records.jsonl"), "records-" + (i + 1));
      } catch (InputException e) {
        if (!expect.has("error") || !e.getMessage().startsWith(expect.get("error").asText())) {
          failures.add(where + "unexpected error " + e.getMessage());
        }
        continue;
      }
      if (expect.has("error")) {
        failures.add(where + "expected error " + expect.get("error").asText());
        continue;
      }
      for (Map.Entry<String, JsonNode> e : expect.properties()) {
        Object actual = FIELDS.get(e.getKey()).apply(a);
        Object expected = e.getValue().isNull() ? null : e.getValue().isArray()
            ? JsonValues.MAPPER.convertValue(e.getValue(), List.class) : e.getValue().asText();
        if (!Objects.equals(expected, actual)) {
          failures.add(where + e.getKey() + " expected " + expected + " but was " + actual);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
