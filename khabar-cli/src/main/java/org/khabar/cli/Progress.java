package org.khabar.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A progress line on a terminal: articles done, articles/s, share of the input read and the time left (ETA, by
 * bytes read over the input's total bytes). Silent when standard error is not a terminal, and under CI.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long totalBytes;
  private final long start = System.nanoTime();
  private long lastPrint;

  Progress(PrintWriter err, boolean enabled, long totalBytes) {
    this.err = err;
    this.enabled = enabled;
    this.totalBytes = totalBytes;
  }

  /** A progress line shown only when there is a terminal to show it on. */
  static Progress forTerminal(PrintWriter err, long totalBytes) {
    return new Progress(err, isTerminal() && System.getenv("CI") == null, totalBytes);
  }

  /**
   * Whether the JVM runs on an interactive terminal. From JDK 22 {@code System.console()} is not {@code null} even
   * when the streams are redirected, and {@code Console.isTerminal()} says it; on JDK 21 the null test is the answer.
   */
  static boolean isTerminal() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** A training log for long runs: each message on a line of its own on {@code err}, shown at once (flushed). */
  static Consumer<String> log(PrintWriter err) {
    return msg -> {
      err.println(msg);
      err.flush();
    };
  }

  /** Reports progress; prints at most four times a second. */
  void tick(int done, long bytesRead) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrint < INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    err.print("\r" + line(done, bytesRead, (now - start) / 1e9) + "\033[K");
    err.flush();
  }

  /** The progress line, e.g. {@code 12,000 articles · 1,250 articles/s · 38% · ETA 0:16}. */
  String line(int done, long bytesRead, double seconds) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d articles · %,.0f articles/s", done,
        done / Math.max(seconds, 1e-3)));
    if (totalBytes > 0 && bytesRead > 0) {
      double share = Math.min(1.0, (double) bytesRead / totalBytes);
      b.append(String.format(Locale.ROOT, " · %.0f%%", 100 * share));
      if (seconds >= 1 && share > 0.001) {
        long left = Math.round(seconds * (1 - share) / share);
        b.append(String.format(Locale.ROOT, " · ETA %d:%02d", left / 60, left % 60));
      }
    }
    return b.toString();
  }

  /** Clears the progress line. */
  void finish() {
    if (enabled && lastPrint != 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
