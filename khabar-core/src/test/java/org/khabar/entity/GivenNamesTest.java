package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/** The given-name list of the recogniser's person features (issue #7). */
class GivenNamesTest {
  private static final GivenNames NAMES = GivenNames.bundled();

  private static List<KnowledgeFile.Row> rows(String text) throws IOException {
    return KnowledgeFile.read("names.txt", new StringReader(text)).rows();
  }

  @Test
  void bundledCasesHaveTheirKinds() throws IOException {
    List<String> failures = new ArrayList<>();
    try (InputStream in = GivenNamesTest.class.getResourceAsStream("given-names-cases.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        int expected = switch (f[1]) {
          case "GIVEN" -> GivenNames.GIVEN;
          case "PARTICLE" -> GivenNames.PARTICLE;
          default -> GivenNames.NONE;
        };
        int actual = NAMES.kind(ArabicText.matchKey(f[0]));
        if (actual != expected) {
          failures.add("line " + lineNo + ": " + f[0] + " expected " + f[1] + ", got " + actual);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theListIsSizeableAndNamesItsSource() throws IOException {
    assertTrue(NAMES.size() > 500, "size " + NAMES.size());
    try (InputStream in = GivenNames.class.getResourceAsStream(GivenNames.RESOURCE)) {
      String header = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      assertTrue(header.startsWith("#") && header.contains("Source"), header);
    }
  }

  @Test
  void aBadLineIsReportedByNumber() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> GivenNames.read(rows("# header\nمحمد\nGIVEN\tعلي\tx\n")));
    assertTrue(e.getMessage().startsWith("names.txt:3: "), e.getMessage());
  }

  @Test
  void randomInputParsesOrFailsCleanly() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "محدعلي بنأ\t#\n\r\u0000x ";
    for (int n = 0; n < 500; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        GivenNames names = GivenNames.read(rows(text.toString()));
        assertEquals(GivenNames.NONE, names.kind("\uFFFF"));
      } catch (IllegalStateException expected) {
        // a malformed line, reported by number
      }
    }
  }
}
