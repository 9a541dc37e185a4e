package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code eval time}, {@code eval pubdate} and {@code bench time} run and print their figures. */
class TimeCommandsTest {
  private static Map<String, String> run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    Map<String, String> figures = new HashMap<>();
    for (String line : out.toString().split("\n")) {
      int colon = line.lastIndexOf(": ");
      if (!line.startsWith("#") && colon > 0) {
        figures.put(line.substring(0, colon), line.substring(colon + 2).strip());
      }
    }
    return figures;
  }

  private static Path resource(String name) throws Exception {
    return Path.of(TimeCommandsTest.class.getResource("/time/" + name).toURI());
  }

  @Test
  void evalTimeOnTheDevelopmentTableMeetsItsFloor() throws Exception {
    Map<String, String> f = run("eval", "time", "--data", resource("dev.tsv").toString());
    assertTrue(Double.parseDouble(f.get("value accuracy")) >= 0.95, f.toString());
    assertTrue(Double.parseDouble(f.get("tagging precision")) >= 0.95, f.toString());
    assertTrue(f.containsKey("hijri recall"), f.toString());
  }

  @Test
  void evalTimeOnTheHeldOutTableMeetsItsFloor() throws Exception {
    // the held-out table is never used for tuning; this floor only guards against regressions
    Map<String, String> f = run("eval", "time", "--data", resource("heldout.tsv").toString());
    assertTrue(Integer.parseInt(f.get("expressions")) >= 80, f.toString());
    assertTrue(Double.parseDouble(f.get("value accuracy")) >= 0.9, f.toString());
  }

  @Test
  void evalPubdateOnTheSamplesNeverClaimsAWrongDay() throws Exception {
    Path samples = Path.of("..", "demo", "corpus");
    Assumptions.assumeTrue(Files.isDirectory(samples), "demo corpus not found");
    Map<String, String> f = run("eval", "pubdate", "--data", samples.toString(), "--truth",
        resource("samples-pubdate.tsv").toString());
    assertEquals("0", f.get("wrong exact days"), f.toString());
    assertEquals("3", f.get("articles"), f.toString());
  }

  @Test
  void evalPubdateOnAntNeverClaimsAWrongDay() {
    String shared = System.getProperty("khabar.shared.data", "");
    Path ant = Path.of(shared.isEmpty() ? "../../shared/data" : shared, "ant-2018", "ant-2018.jsonl.gz");
    Assumptions.assumeTrue(Files.isRegularFile(ant), "ant-2018 not available: " + ant);
    Map<String, String> f = run("eval", "pubdate", "--data", ant.toString(), "--limit", "1000");
    assertEquals("1000", f.get("articles"), f.toString());
    assertEquals("0", f.get("wrong exact days"), f.toString());
  }

  @Test
  void benchTimeReportsThroughput() throws Exception {
    Path samples = Path.of("..", "demo", "corpus");
    Assumptions.assumeTrue(Files.isDirectory(samples), "demo corpus not found");
    Map<String, String> f = run("bench", "time", "--data", samples.toString(), "--threads", "1");
    assertTrue(Long.parseLong(f.get("articles/s")) > 0, f.toString());
  }
}
