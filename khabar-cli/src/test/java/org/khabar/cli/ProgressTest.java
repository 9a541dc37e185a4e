package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final Progress HALF_KNOWN = new Progress(new PrintWriter(new StringWriter()), false, 1000);

  @Test
  void lineShowsRateShareAndTimeLeft() {
    // A quarter of the bytes in 10 s leaves 30 s.
    assertEquals("2,500 articles · 250 articles/s · 25% · ETA 0:30", HALF_KNOWN.line(2500, 250, 10));
  }

  @Test
  void noEtaBeforeTheFirstSecond() {
    assertEquals("10 articles · 20 articles/s · 50%", HALF_KNOWN.line(10, 500, 0.5));
  }

  @Test
  void unknownTotalShowsRateOnly() {
    Progress p = new Progress(new PrintWriter(new StringWriter()), false, 0);
    assertEquals("10 articles · 5 articles/s", p.line(10, 100, 2));
  }

  @Test
  void disabledProgressPrintsNothing() {
    StringWriter w = new StringWriter();
    Progress p = new Progress(new PrintWriter(w), false, 10);
    p.tick(5, 5);
    p.finish();
    assertEquals("", w.toString());
  }
}
