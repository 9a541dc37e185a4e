package org.khabar.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.model.Article;
import org.khabar.model.Claim;
import org.khabar.model.CorpusReport;
import org.khabar.model.DateBasis;
import org.khabar.model.DateMention;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.LineAnnotation;
import org.khabar.model.LineRole;
import org.khabar.model.Published;
import org.khabar.model.Publisher;
import org.khabar.model.Quantity;
import org.khabar.model.Quote;
import org.khabar.model.QuoteKind;
import org.khabar.model.SourceRef;
import org.khabar.model.Stance;
import org.khabar.model.TemporalType;

/** The khabar/1 contract: field names, null rules and the JSON Schemas (issue #3, docs/contract.md). */
class ContractJsonTest {
  static JsonSchema schema(String name) throws IOException {
    try (InputStream in = ContractJson.class.getResourceAsStream(name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static Article full() {
    return new Article("a1", new SourceRef("in/a1.html", "https://x.example/a1", "html"), "عنوان", "سياسة", "كاتب",
        new Publisher("وكالة", "wafa", List.of("og:site_name")),
        new Published(LocalDate.of(2018, 5, 19), LocalDate.of(2018, 5, 19), LocalDate.of(2018, 5, 19),
            DayOfWeek.SATURDAY, DateBasis.METADATA, List.of("article:published_time 2018-05-19")),
        List.of(new LineAnnotation(1, LineRole.TITLE, null, null), new LineAnnotation(2, LineRole.CONTENT, 3, null),
            new LineAnnotation(3, LineRole.DUPLICATE, null, 2)),
        "نص",
        List.of(new EntityMention("دمشق", EntityType.PLACE, "damascus", 2, 4, 8)),
        List.of(new DateMention("السبت", "2018-05-19", TemporalType.DATE, 2, 0, 5)),
        List.of(new Quantity("عشرات", 20, 90.0, null, "fighters", 2, 9, 14)),
        List.of(new Quote("المتحدث", null, "قال", QuoteKind.DIRECT, 2)),
        List.of(new Claim("ادعاء", "المتحدث", Stance.DENIES, 2)),
        List.of("no_byline"));
  }

  private static Set<ValidationMessage> validate(String schema, JsonNode node) throws IOException {
    return schema(schema).validate(node);
  }

  @Test
  void fullArticleValidates() throws Exception {
    JsonNode n = ContractJson.mapper().readTree(ContractJson.articleLine(full()));
    assertEquals(Set.of(), validate("article.schema.json", n));
  }

  @Test
  void articleFieldNamesAreTheContracts() throws Exception {
    JsonNode n = ContractJson.mapper().readTree(ContractJson.articleLine(full()));
    assertEquals(List.of("id", "source", "title", "section", "byline", "publisher", "published", "lines", "body",
        "entities", "dates", "quantities", "quotes", "claims", "flags"), fieldNames(n));
    assertEquals(List.of("line", "role", "joined_with", "duplicate_of"), fieldNames(n.get("lines").get(0)));
    assertEquals(List.of("text", "type", "actor", "line", "start", "end"), fieldNames(n.get("entities").get(0)));
    assertEquals(List.of("text", "value", "max", "unit", "counts", "line", "start", "end"),
        fieldNames(n.get("quantities").get(0)));
    assertEquals("saturday", n.get("published").get("weekday").asText());
    assertEquals("duplicate", n.get("lines").get(2).get("role").asText());
    assertEquals(2, n.get("lines").get(2).get("duplicate_of").asInt());
  }

  @Test
  void unknownsAreNullNotMissing() throws Exception {
    Article bare = new Article("b", new SourceRef("b.txt", null, "txt"), null, null, null, null, Published.UNKNOWN,
        List.of(new LineAnnotation(1, LineRole.BLANK, null, null)), "", List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
    JsonNode n = ContractJson.mapper().readTree(ContractJson.articleLine(bare));
    assertEquals(Set.of(), validate("article.schema.json", n));
    assertTrue(n.get("publisher").isNull());
    assertTrue(n.get("title").isNull());
    assertTrue(n.get("published").get("date").isNull());
    assertEquals("unknown", n.get("published").get("basis").asText());
  }

  @Test
  void schemaRejectsAWrongRole() throws Exception {
    JsonNode n = ContractJson.mapper().readTree(ContractJson.articleLine(full()).replace("\"title\",\"joined",
        "\"headline\",\"joined"));
    assertFalse(validate("article.schema.json", n).isEmpty());
  }

  @Test
  void schemaRejectsAnUndocumentedField() throws Exception {
    var n = ContractJson.article(full());
    n.put("extra", 1);
    assertFalse(validate("article.schema.json", n).isEmpty());
  }

  @Test
  void corpusValidates() throws Exception {
    CorpusReport r = new CorpusReport(2,
        new CorpusReport.Clusters(List.of(List.of("a", "b")), List.of(List.of("a", "b")), List.of()),
        List.of(new CorpusReport.ActorSummary("isis", "تنظيم الدولة", "armed_group", List.of("داعش"), List.of("a"))),
        List.of(new CorpusReport.TimelineEntry(LocalDate.of(2018, 5, 19), 0, List.of("a", "b"), "خروج")),
        List.of(new CorpusReport.ContestedClaim("ادعاء", List.of(new CorpusReport.SourcedIn("a", "س")),
            List.of(new CorpusReport.SourcedIn("b", null)))),
        Map.of("a", new CorpusReport.Framing("وكالة", "neutral", List.of(new CorpusReport.Marker(null, "مسلحين")))));
    JsonNode n = ContractJson.mapper().readTree(ContractJson.corpusDocument(r));
    assertEquals(Set.of(), validate("corpus.schema.json", n));
    assertEquals("khabar/1", n.get("schema").asText());
    assertEquals(Set.of(), validate("corpus.schema.json",
        ContractJson.mapper().readTree(ContractJson.corpusDocument(CorpusReport.empty(0)))));
  }

  @Test
  void errorLineValidates() throws Exception {
    JsonNode ok = ContractJson.mapper().readTree("{\"path\":\"a.jsonl\",\"record\":\"line 3\",\"reason\":\"x\"}");
    assertEquals(Set.of(), validate("error.schema.json", ok));
    JsonNode bad = ContractJson.mapper().readTree("{\"path\":\"a.jsonl\",\"reason\":\"x\"}");
    assertFalse(validate("error.schema.json", bad).isEmpty());
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
