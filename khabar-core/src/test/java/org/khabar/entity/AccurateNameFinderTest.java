package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;
import org.junit.jupiter.api.Test;

/**
 * The accurate mode ({@link NameFinder#accurate()}: the perceptron stacked on the bundled BiLSTM-CRF tagger, issue
 * #7) loads its resources, finds plain names with exact spans, and never throws on hostile lines.
 */
class AccurateNameFinderTest {

  @Test
  void findsPlainNamesWithExactSpans() {
    String line = "قال الرئيس الأمريكي دونالد ترامب في مؤتمر صحفي إن بلاده ستنسحب من الاتفاق .";
    List<NameSpan> names = NameFinder.accurate().find(new TextLine(1, line));
    assertTrue(names.stream().anyMatch(n -> n.type() == EntityType.PERSON && n.text().contains("ترامب")),
        "names: " + names);
    for (NameSpan n : names) {
      assertTrue(line.substring(n.start(), n.end()).equals(n.text()), "span of " + n);
    }
    String places = "وأعلنت الوزارة أن الوزير سيزور بيروت والقاهرة الأسبوع المقبل .";
    assertTrue(NameFinder.accurate().find(new TextLine(1, places)).stream()
        .anyMatch(n -> n.type() == EntityType.PLACE && n.text().equals("بيروت")), "places");
  }

  @Test
  void hostileLinesNeverThrow() {
    Random random = new Random(11);
    List<TextLine> lines = new ArrayList<>();
    lines.add(new TextLine(1, ""));
    lines.add(new TextLine(2, "، . ! ؟ ( ) 123 ٤٥٦"));
    lines.add(new TextLine(3, "The UN Security Council met on 5 May 2018 ."));
    lines.add(new TextLine(4, "ترامب ".repeat(2_000)));
    for (int i = 0; i < 40; i++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(200);
      for (int k = 0; k < len; k++) {
        b.append(random.nextInt(4) == 0 ? ' ' : (char) (random.nextInt(3) == 0 ? random.nextInt(0x3000)
            : 0x0621 + random.nextInt(42)));
      }
      lines.add(new TextLine(5 + i, b.toString()));
    }
    List<NameSpan> names = NameFinder.accurate().find(lines);
    for (NameSpan n : names) {
      String text = lines.get(n.line() - 1).text();
      assertTrue(n.end() <= text.length() && text.substring(n.start(), n.end()).equals(n.text()), "span of " + n);
    }
  }
}
