package org.khabar.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.Quote;

/** Table-driven quote cases from {@code quote-cases.tsv}; failures name the table's line (issue #8). */
class QuoteCasesTest {

  @Test
  void everyCaseOfTheTableIsFound() throws IOException {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        QuoteCasesTest.class.getResourceAsStream("quote-cases.tsv"), StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        cases++;
        String[] c = line.split("\t", -1);
        if (c.length != 6) {
          fail("quote-cases.tsv:" + lineNo + ": expected 6 columns, got " + c.length);
        }
        List<Quote> quotes = Quotes.analyze(c[0].split("\\\\n"));
        int count = Integer.parseInt(c[1]);
        if (quotes.size() != count) {
          failures.add(lineNo + ": expected " + count + " quotes, got " + quotes);
          continue;
        }
        if (count == 0) {
          continue;
        }
        Quote q = quotes.get(Integer.parseInt(c[2]));
        String speaker = c[4].equals("-") ? null : c[4];
        if (!c[3].equals(q.kind().wireName()) || !java.util.Objects.equals(speaker, q.speaker())
            || !c[5].equals(q.text())) {
          failures.add(lineNo + ": expected " + c[3] + " [" + speaker + "] «" + c[5] + "», got " + q);
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(cases >= 40, "the table holds only " + cases + " cases");
    assertEquals(List.of(), failures, failures.size() + " of " + cases + " cases failed");
  }
}
