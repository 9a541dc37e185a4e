package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;

/** Aliases introduced in one article hold for the corpus (issue #7). */
class CorpusAliasesTest {

  @Test
  void aliasIntroducedInOneArticleLinksAnother() {
    LinkResult first = ActorLinker.standard().link(
        List.of(new TextLine(1, "قال المجلس النرويجي للاجئين (NRC) إن الأوضاع تتدهور.")), List.of());
    CorpusAliases aliases = CorpusAliases.of(first.aliasIntroductions());
    EntityMention bare = new EntityMention("NRC", EntityType.ORG, null, 4, 10, 13);
    assertEquals("nrc", aliases.relink(List.of(bare)).get(0).actor());
  }

  @Test
  void nameIntroducedForTwoActorsIsDropped() {
    CorpusAliases aliases = CorpusAliases.of(List.of(
        new AliasIntroduction("hts", "هيئة تحرير الشام", "الهيئة السوداء", "known_as", 1, 0, 5),
        new AliasIntroduction("isis", "داعش", "الهيئة السوداء", "known_as", 1, 0, 5),
        new AliasIntroduction(null, "س", "ص", "paren", 1, 0, 1)));
    assertTrue(aliases.actorOf("الهيئة السوداء").isEmpty());
    assertEquals(0, aliases.size());
  }
}
