package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.khabar.model.LineMarkup;
import org.khabar.model.RawArticle;

/**
 * Golden files for the HTML renderer: every {@code golden/NAME.html} is read and its lines, one a line as
 * {@code tag<TAB>path<TAB>link density<TAB>text}, must equal {@code golden/NAME.expected.tsv}. Plus idempotence:
 * rendering the rendered lines again, each as a paragraph, gives the same lines.
 *
 * <p>To write the expected file of a new case, run with {@code -Dkhabar.golden.write=true} and review it.
 */
class HtmlGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "org", "khabar", "ingest", "golden");

  @TestFactory
  Stream<DynamicTest> everyGoldenPage() throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.list(DIR)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertFalse(pages.isEmpty());
    return pages.stream().flatMap(p -> Stream.of(
        DynamicTest.dynamicTest(p.getFileName() + " renders as expected", () -> check(p)),
        DynamicTest.dynamicTest(p.getFileName() + " renders idempotently", () -> idempotent(p))));
  }

  private static RawArticle read(Path page) {
    return Collected.read(page).only();
  }

  private static void check(Path page) throws IOException {
    RawArticle a = read(page);
    List<String> rendered = new ArrayList<>();
    for (int i = 0; i < a.lines().size(); i++) {
      LineMarkup m = a.markup().get(i);
      rendered.add(m.tag() + "\t" + m.path() + "\t" + String.format(Locale.ROOT, "%.2f", m.linkDensity()) + "\t"
          + a.lines().get(i));
    }
    Path expected = Path.of(page.toString().replace(".html", ".expected.tsv"));
    if (Boolean.getBoolean("khabar.golden.write")) {
      Files.write(expected, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readAllLines(expected, StandardCharsets.UTF_8), rendered, page.getFileName().toString());
  }

  private static void idempotent(Path page) throws Exception {
    List<String> lines = read(page).lines();
    StringBuilder again = new StringBuilder("<html><body>");
    for (String line : lines) {
      again.append("<p>").append(org.jsoup.nodes.Entities.escape(line)).append("</p>");
    }
    RawArticle twice = HtmlReader.read(again.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8),
        null, "again", new org.khabar.model.SourceRef("again.html", null, "html"));
    assertEquals(lines, twice.lines());
  }
}
