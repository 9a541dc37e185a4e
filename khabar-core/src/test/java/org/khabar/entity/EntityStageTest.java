package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;

/** The standard entity stage runs the shipped model over the content lines, then links what it found to actors. */
class EntityStageTest {

  private static List<EntityMention> analyze(TextLine... lines) {
    ArticleStructure structure = new ArticleStructure(null, null, null, null, List.of(), "", List.of(lines), List.of());
    return EntityAnalyzer.standard().analyze(structure).entities();
  }

  @Test
  void recognisedMentionsCarryExactSpansAndKnownOnesAreLinked() {
    String text = "وقال الأمين العام للأمم المتحدة كوفي أنان في نيويورك إن مجلس الأمن سيجتمع في القاهرة .";
    List<EntityMention> found = analyze(new TextLine(7, "العنوان"), new TextLine(9, text));
    assertTrue(found.stream().anyMatch(m -> m.text().equals("كوفي أنان") && m.type() == EntityType.PERSON),
        found.toString());
    assertTrue(found.stream().anyMatch(m -> m.text().equals("القاهرة") && m.type() == EntityType.PLACE),
        found.toString());
    assertTrue(found.stream().anyMatch(m -> m.text().equals("مجلس الأمن") && m.type() == EntityType.ORG),
        found.toString());
    assertTrue(found.stream().anyMatch(m -> m.text().equals("مجلس الأمن") && m.actor() != null), found.toString());
    for (EntityMention m : found) {
      String line = m.line() == 9 ? text : "العنوان";
      assertEquals(line.substring(m.start(), m.end()), m.text());
    }
  }

  @Test
  void emptyContentGivesNoEntities() {
    assertEquals(List.of(), analyze());
    assertEquals(List.of(), analyze(new TextLine(1, ""), new TextLine(2, "   ")));
  }
}
