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

  @Test
  void templateCorpusTurnsRecurringLinesIntoBoilerplate(@TempDir Path dir) throws Exception {
    String footer = "صحيفة يومية مستقلة تصدر عن مؤسسة النور للطباعة والنشر";
    String p1 = "قالت السلطات المحلية إن الطريق الرئيسي أعيد فتحه أمام السيارات صباح اليوم بعد إغلاق دام يومين.";
    String p2 = "وأوضح مسؤول في البلدية أن فرق الصيانة أنهت إصلاح الجسر المتضرر، مشيرا إلى أن الحركة عادت طبيعية.";
    StringBuilder corpus = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      corpus.append("{\"url\": \"https://example.org/n/").append(i).append("\", \"text\": \"خبر رقم ").append(i)
          .append(" عن موضوع مختلف.\\n").append(footer).append("\"}\n");
    }
    Path corpusFile = dir.resolve("corpus.jsonl");
    Files.writeString(corpusFile, corpus);
    Path data = Files.createDirectory(dir.resolve("data"));
    Files.writeString(data.resolve("a.txt"), p1 + "\n" + footer + "\n" + p2 + "\n");
    Files.writeString(data.resolve("a.meta.json"), "{\"url\": \"https://example.org/n/99\"}");
    Files.writeString(data.resolve("a.gold.json"), "{\"lines\": [{\"line\": 1, \"role\": \"content\"}, "
        + "{\"line\": 2, \"role\": \"boilerplate\"}, {\"line\": 3, \"role\": \"content\"}], \"title\": null, "
        + "\"publisher\": null}");
    StringWriter out = new StringWriter();
    Main.run(new String[] {"eval", "structure", "--data", data.toString(), "--template-corpus", corpusFile.toString()},
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertTrue(out.toString().contains("line-role accuracy: 1.000"), out.toString());
  }
}
