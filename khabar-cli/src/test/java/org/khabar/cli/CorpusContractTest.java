package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.khabar.contract.ContractJson;
import org.khabar.corpus.CorpusAnalyzer;
import org.khabar.model.Article;
import org.khabar.model.Claim;
import org.khabar.model.DateBasis;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.Published;
import org.khabar.model.Publisher;
import org.khabar.model.SourceRef;
import org.khabar.model.Stance;
import org.junit.jupiter.api.Test;

/** The corpus stage's report serialises to a {@code corpus.json} valid against the contract's schema. */
class CorpusContractTest {
  static Article article(String id, String outlet, String body, Claim claim) {
    LocalDate d = LocalDate.of(2018, 4, 8);
    return new Article(id, new SourceRef(id + ".txt", null, "txt"), "عنوان " + id, null, null,
        new Publisher(outlet, null, List.of()), new Published(d, d, d, d.getDayOfWeek(), DateBasis.METADATA, List.of()),
        List.of(), body, List.of(new EntityMention("قوات النظام", EntityType.ORG, "syrian-army", 1, 0, 11)),
        List.of(), List.of(), List.of(), List.of(claim), List.of());
  }

  @Test
  void corpusJsonMatchesTheSchema() throws Exception {
    String body = "قصفت قوات النظام البلدة المحاصرة، وقالت منظمات إن عشرات المدنيين أصيبوا بضيق في التنفس بعد القصف.";
    CorpusAnalyzer c = CorpusAnalyzer.standard();
    c.add(article("a", "x", body, new Claim("قوات النظام استخدمت غازا سامًا في البلدة", "منظمة", Stance.ASSERTS, 1)));
    c.add(article("b", "y", body + " ونفت الحكومة.",
        new Claim("قوات النظام لم تستخدم غازا سامًا في البلدة", "الحكومة", Stance.DENIES, 1)));
    JsonNode doc = ContractJson.mapper().readTree(ContractJson.corpusDocument(c.report()));
    JsonSchema schema;
    try (InputStream in = ContractJson.class.getResourceAsStream("corpus.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    assertEquals(java.util.Set.of(), schema.validate(doc));
    assertEquals(1, doc.get("contested_claims").size());
    assertTrue(doc.get("outlets").has("x"));
  }
}
