package org.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.corpus.Articles.article;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Table-driven leaning cases from {@code framing-cases.tsv}; failures are reported by line. */
class FramingCasesTest {
  @Test
  void everyCaseGetsItsLeaning() throws Exception {
    Framer framer = new Framer();
    List<String> failures = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        FramingCasesTest.class.getResourceAsStream("framing-cases.tsv"), StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Framer.Result got = framer.frame(article("t").body(f[0]).build(), Optional.empty());
        if (!got.leaning().wireName().equals(f[1])) {
          failures.add("framing-cases.tsv line " + n + ": expected " + f[1] + ", got " + got.leaning().wireName()
              + " " + got.all());
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
