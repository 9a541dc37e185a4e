package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;

/** The standard entity stage runs the shipped model over the content lines; actors are left to the linker. */
class RecognisingEntityAnalyzerTest {

  private static List<EntityMention> analyze(TextLine... lines) {
    ArticleStructure structure = new ArticleStructure(null, null, null, null, List.of(), "", List.of(lines), List.of());
    return EntityAnalyzer.standard().analyze(structure).entities();
  }

  @Test
  void findsPlainPersonPlaceAndOrganisation() {
    String text = "وقال الرئيس الأمريكي دونالد ترامب في واشنطن إن الأمم المتحدة فشلت في مهمتها .";
    List<EntityMention> found = analyze(new TextLine(7, text));
    assertTrue(found.contains(new EntityMention("دونالد ترامب", EntityType.PERSON, null, 7,
        text.indexOf("دونالد"), text.indexOf(" في"))), found.toString());
    assertTrue(found.stream().anyMatch(m -> m.text().equals("واشنطن") && m.type() == EntityType.PLACE),
        found.toString());
    assertTrue(found.stream().anyMatch(m -> m.text().equals("الأمم المتحدة") && m.type() == EntityType.ORG),
        found.toString());
    for (EntityMention m : found) {
      assertNull(m.actor());
      assertEquals(text.substring(m.start(), m.end()), m.text());
    }
  }

  @Test
  void emptyContentGivesNoEntities() {
    assertEquals(List.of(), analyze());
    assertEquals(List.of(), analyze(new TextLine(1, ""), new TextLine(2, "   ")));
  }
}
