package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text layer's commands (issue #4): figures printed as {@code name: value}, missing data reported. */
class TextCommandsTest {
  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private static double figure(String out, String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + ": ([0-9.]+)$").matcher(out);
    assertTrue(m.find(), "no figure '" + name + "' in:\n" + out);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void evalStemsPrintsBothSidesAndKhabarBeatsLuceneOnPairs() {
    Result r = run("eval", "stems");
    assertEquals(0, r.code(), r.err());
    double khabar = figure(r.out(), "khabar pair accuracy");
    double lucene = figure(r.out(), "lucene pair accuracy");
    assertTrue(khabar > lucene, r.out());
  }

  @Test
  void benchTextWithoutCorpusFailsWithAMessage(@TempDir Path dir) {
    Result r = run("bench", "text", "--data", dir.resolve("absent.jsonl.gz").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no corpus"), r.err());
  }

  @Test
  void trainLexiconWithoutCorpusFailsWithAMessage(@TempDir Path dir) {
    Result r = run("train", "lexicon", "--data", dir.toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no corpus"), r.err());
  }
}
