package org.khabar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records reject values the contract forbids (issue #3). */
class RecordValidationTest {

  @Test
  void lineNumbersAreOneBased() {
    assertThrows(IllegalArgumentException.class, () -> new LineAnnotation(0, LineRole.CONTENT, null, null));
    assertThrows(IllegalArgumentException.class, () -> new TextLine(0, "x"));
  }

  @Test
  void spansMustBeOrdered() {
    assertThrows(IllegalArgumentException.class, () -> new EntityMention("x", EntityType.ORG, null, 1, 5, 4));
    assertThrows(IllegalArgumentException.class, () -> new DateMention("x", "2018", TemporalType.DATE, 1, -1, 2));
  }

  @Test
  void publishedRangeMustNotBeInverted() {
    assertThrows(IllegalArgumentException.class, () -> new Published(
        null, LocalDate.of(2018, 5, 21), LocalDate.of(2018, 5, 20), null, DateBasis.RELATIVE, List.of()));
  }

  @Test
  void determinedDateMustEqualItsBounds() {
    LocalDate day = LocalDate.of(2018, 5, 20);
    assertThrows(IllegalArgumentException.class, () -> new Published(
        day, day.minusDays(1), day, DayOfWeek.SUNDAY, DateBasis.EXPLICIT, List.of()));
    assertEquals(day, new Published(day, day, day, DayOfWeek.SUNDAY, DateBasis.EXPLICIT, List.of()).date());
  }

  @Test
  void markupMustCoverEveryLine() {
    SourceRef src = new SourceRef("a.html", null, "html");
    LineMarkup p = new LineMarkup("p", "body>p", 0);
    assertThrows(IllegalArgumentException.class,
        () -> new RawArticle("a", src, List.of("one", "two"), List.of(p), ArticleMetadata.EMPTY));
  }

  @Test
  void linkDensityIsAShare() {
    assertThrows(IllegalArgumentException.class, () -> new LineMarkup("p", "body>p", 1.5));
    assertThrows(IllegalArgumentException.class, () -> new LineMarkup("p", "body>p", Double.NaN));
  }

  @Test
  void listsAreCopiedNotShared() {
    List<String> lines = new ArrayList<>(List.of("سطر"));
    RawArticle a = new RawArticle("a", new SourceRef("a.txt", null, "txt"), lines, null, null);
    lines.add("آخر");
    assertEquals(1, a.lines().size());
    assertEquals(ArticleMetadata.EMPTY, a.metadata());
  }

  @Test
  void roleWireNamesRoundTrip() {
    for (LineRole role : LineRole.values()) {
      assertEquals(role, LineRole.fromWireName(role.wireName()));
    }
  }
}
