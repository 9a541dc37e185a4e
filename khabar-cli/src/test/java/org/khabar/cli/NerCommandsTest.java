package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar eval ner} prints its figures one a line as {@code name: value} (issue #7, issue #3). */
class NerCommandsTest {
  @TempDir Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  @Test
  void evalNerOnAConllFilePrintsPerClassAndMicroFigures() throws Exception {
    Path file = dir.resolve("tiny.conll");
    Files.writeString(file, "قال O\nالرئيس O\nالسوري O\nبشار B-PERS\nالأسد I-PERS\nفي O\nدمشق B-LOC\n. O\n\n"
        + "أعلنت O\nالأمم B-ORG\nالمتحدة I-ORG\n. O\n", StandardCharsets.UTF_8);
    String out = run("eval", "ner", "--data", file.toString());
    for (String name : new String[] {"PERSON P", "PERSON R", "PERSON F1", "PLACE F1", "ORG F1", "micro-P", "micro-R",
        "micro-F1", "MISC F1"}) {
      assertTrue(out.lines().anyMatch(l -> l.matches(name + ": [0-9.]+")), name + " missing in:\n" + out);
    }
    assertTrue(out.contains("words: 12"), out);
  }

  @Test
  void evalNerReportsAMalformedFile() throws Exception {
    Path file = dir.resolve("bad.conll");
    Files.writeString(file, "word B-NOPE\n", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"eval", "ner", "--data", file.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(1, code);
    assertTrue(err.toString().contains("bad.conll:1"), err.toString());
  }
}
