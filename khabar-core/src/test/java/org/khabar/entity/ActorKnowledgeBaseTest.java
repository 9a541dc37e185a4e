package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khabar.text.KnowledgeFile;

/** Loading the actor knowledge base and its generic nouns. */
class ActorKnowledgeBaseTest {
  private static final String ACTORS = """
      {"actors": [{"id": "a1", "type": "armed_group", "names": ["حركة المثال"], "source": "test"}]}
      """;

  private static ActorKnowledgeBase load(String generic) throws IOException {
    return ActorKnowledgeBase.load(new ByteArrayInputStream(ACTORS.getBytes(StandardCharsets.UTF_8)),
        KnowledgeFile.read("generic.tsv", new StringReader(generic)).rows(), "actors.json");
  }

  @Test
  void genericNounsAreReadAfterTheHeader() throws IOException {
    assertEquals(1, load("# source: test\nالحركة\tحركة\tarmed_group+\n").actors().size());
    // read, the row is checked against the actors' names
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> load("# source: test\nحركة المثال\tحركة\tarmed_group\n"));
    assertTrue(e.getMessage().contains("is also an actor's name"), e.getMessage());
  }

  @Test
  void aGenericNounWithoutItsTypesIsReportedByFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> load("# source: test\nالحركة\tحركة\tarmed_group+\nالتنظيم\tتنظيم\n"));
    assertTrue(e.getMessage().startsWith("generic.tsv:3: expected term, head, types"), e.getMessage());
  }

  @Test
  void anUnknownActorTypeIsReportedByFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> load("# source: test\nالحركة\tحركة\tbrigade\n"));
    assertTrue(e.getMessage().startsWith("generic.tsv:2: "), e.getMessage());
  }
}
