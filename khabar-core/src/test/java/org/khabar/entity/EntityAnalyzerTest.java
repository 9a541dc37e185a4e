package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.model.EntityMention;
import org.khabar.model.Quantity;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;

/** The standard entity stage as the pipeline runs it (issue #7). */
class EntityAnalyzerTest {
  private static final EntityAnalyzer STAGE = EntityAnalyzer.standard();

  private static EntityAnalysis analyze(String... lines) {
    List<TextLine> content = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      content.add(new TextLine(2 * i + 3, lines[i]));
    }
    return STAGE.analyze(new ArticleStructure(null, null, null, null, List.of(), "", content, List.of()));
  }

  @Test
  void standardStageLinksActorsAndReadsQuantitiesWithTheirInputLines() {
    EntityAnalysis a = analyze("قال المرصد السوري لحقوق الإنسان إن الاشتباكات", "أسفرت عن مقتل 17 عنصرا من تنظيم الدولة.");
    List<EntityMention> e = a.entities();
    assertEquals(List.of("sohr", "isis"), e.stream().map(EntityMention::actor).toList());
    assertEquals(5, e.get(1).line());
    Quantity q = a.quantities().get(0);
    assertEquals("killed", q.counts());
    assertEquals(5, q.line());
  }

  @Test
  void everySpanPointsAtItsText() {
    String[] lines = {"ولداعش وللحشد الشعبي وبالجيش السوري الحر", "قتل نحو 20 مدنيا وأصيب العشرات من المقاتلين"};
    EntityAnalysis a = analyze(lines);
    for (EntityMention m : a.entities()) {
      assertEquals(m.text(), lines[(m.line() - 3) / 2].substring(m.start(), m.end()));
    }
    for (Quantity q : a.quantities()) {
      assertEquals(q.text(), lines[(q.line() - 3) / 2].substring(q.start(), q.end()));
    }
    assertTrue(a.entities().size() >= 3);
  }

  @Test
  void hostileContentNeverThrows() {
    Random random = new Random(5);
    for (int n = 0; n < 200; n++) {
      char[] c = new char[random.nextInt(2000)];
      for (int i = 0; i < c.length; i++) {
        c[i] = (char) random.nextInt(Character.MAX_VALUE);
      }
      analyze(new String(c), "\u0000\uFFFF\uD800", "١٢٣٤٥٦٧٨٩٠".repeat(500));
    }
    analyze();
    analyze("");
  }
}
