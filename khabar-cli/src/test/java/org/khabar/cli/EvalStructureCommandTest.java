package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar eval structure} (issue #5). */
class EvalStructureCommandTest {
  private static Path dev() throws URISyntaxException {
    return Path.of(EvalStructureCommandTest.class.getResource("/structure-dev/dev").toURI());
  }

  private static Map<String, Double> figures(String out) {
    Map<String, Double> m = new HashMap<>();
    for (String line : out.split("\n")) {
      int colon = line.lastIndexOf(": ");
      if (colon > 0) {
        m.put(line.substring(0, colon), Double.parseDouble(line.substring(colon + 2).trim()));
      }
    }
    return m;
  }

  @Test
  void printsEveryFigureOnTheDevSet() throws Exception {
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"eval", "structure", "--data", dev().toString()}, new PrintWriter(out),
        new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    Map<String, Double> f = figures(out.toString());
    for (String name : new String[] {"line-role accuracy", "boilerplate precision", "boilerplate recall",
        "content-line recall", "title accuracy", "publisher accuracy"}) {
      assertTrue(f.containsKey(name), name + " missing in:\n" + out);
    }
  }

  @Test
  void devSetNeverLosesContentLines() throws Exception {
    // A regression floor on the development set (the held-out part is only evaluated, never asserted on).
    EvalStructureCommand.Scores s = EvalStructureCommand.evaluate(dev(),
        org.khabar.structure.StructureAnalyzer.standard(), null);
    assertTrue(s.files >= 20, "files: " + s.files);
    assertTrue(s.contentRecall() >= 0.98, "content-line recall " + s.contentRecall());
    assertTrue(s.accuracy() >= 0.93, "line-role accuracy " + s.accuracy());
  }

  @Test
  void wrongLinesAreListedWhenVerbose(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "جميع الحقوق محفوظة\n");
    Files.writeString(dir.resolve("a.gold.json"),
        "{\"lines\": [{\"line\": 1, \"role\": \"content\"}], \"title\": null, \"publisher\": null}");
    StringWriter out = new StringWriter();
    Main.run(new String[] {"eval", "structure", "--data", dir.toString(), "--verbose"}, new PrintWriter(out),
        new PrintWriter(new StringWriter()));
    assertTrue(out.toString().contains("line 1: gold content, got boilerplate"), out.toString());
  }
}
