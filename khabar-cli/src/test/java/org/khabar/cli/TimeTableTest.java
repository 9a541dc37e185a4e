package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.time.TemporalTagger;

/**
 * The development table ({@code time/dev.tsv}) drives the tagger; every failure is reported with its line number.
 * The floors leave room for the table to grow harder; the held-out table is scored by the eval command only.
 */
class TimeTableTest {
  static List<String> table(String name) throws IOException {
    try (InputStream in = TimeTableTest.class.getResourceAsStream("/time/" + name)) {
      return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
  }

  @Test
  void developmentTableMeetsItsFloor() throws IOException {
    TimeEval.Result r = TimeEval.evaluate(table("dev.tsv"), TemporalTagger.standard());
    String report = "dev.tsv failures:\n  " + String.join("\n  ", r.failures());
    assertTrue(r.total().gold >= 300, "the table must hold at least 300 expressions");
    assertTrue(r.total().recall() >= 0.95, report);
    assertTrue(r.total().precision() >= 0.95, report);
    assertTrue(r.total().valueAccuracy() >= 0.95, report);
    assertTrue(r.failures().size() <= 10, report);
  }

  @Test
  void malformedLinesAreReportedByNumber() {
    TimeEval.Result r = TimeEval.evaluate(List.of("# kind: x", "2018-05-20\tأمس\tأمس", "bad\tأمس\tأمس\t2018-05-19"),
        TemporalTagger.standard());
    assertTrue(r.failures().stream().anyMatch(f -> f.startsWith("line 2:")), r.failures().toString());
    assertTrue(r.failures().stream().anyMatch(f -> f.startsWith("line 3:")), r.failures().toString());
  }
}
