package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khabar.model.RawArticle;

/** The first records of the real ANT corpus (../shared/data; skipped when absent) map onto the metadata. */
class AntCorpusTest {
  private static final int WANTED = 300;

  /** Stops reading once enough articles are in: a sink's exception ends the read. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  @Test
  void firstRecordsHaveTextTitleDateSourceAndSection() {
    Path ant = Path.of(System.getProperty("khabar.shared.data", "../../shared/data"), "ant-2018",
        "ant-2018.jsonl.gz");
    Assumptions.assumeTrue(Files.isRegularFile(ant), "no " + ant);
    List<RawArticle> articles = new ArrayList<>();
    List<IngestError> errors = new ArrayList<>();
    try {
      new CorpusReader().read(List.of(ant), new IngestSink() {
        @Override
        public void article(RawArticle article) {
          articles.add(article);
          if (articles.size() == WANTED) {
            throw new Enough();
          }
        }

        @Override
        public void error(IngestError error) {
          errors.add(error);
        }
      });
    } catch (Enough e) {
      // read as far as wanted
    }
    assertEquals(WANTED, articles.size());
    assertEquals(List.of(), errors);
    for (RawArticle a : articles) {
      assertTrue(!a.lines().isEmpty() && a.id().matches("[A-Z]+-\\w+-\\d+-\\d{8}"), a.id());
      assertNotNull(a.metadata().title(), a.id());
      assertNotNull(a.metadata().published(), a.id());
      assertNotNull(a.metadata().siteName(), a.id());
      assertNotNull(a.metadata().section(), a.id());
      assertTrue(a.source().url().startsWith("http"), a.id());
    }
  }
}
