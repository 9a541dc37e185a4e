package org.khabar.cli;

import java.io.PrintWriter;

/** A progress line on a terminal: articles done and articles/s. Silent when output is not a terminal. */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastPrint;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress forTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null && System.getenv("CI") == null);
  }

  void tick(int done) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrint < 250_000_000L) {
      return;
    }
    lastPrint = now;
    double seconds = (now - start) / 1e9;
    err.printf("\r%,d articles · %.0f articles/s · %.0f s   ", done, done / Math.max(seconds, 1e-9), seconds);
    err.flush();
  }

  void finish() {
    if (enabled && lastPrint != 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
