package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes: 0 success, 1 nothing could be read, 2 usage error (issue #3). */
class MainTest {
  @TempDir Path dir;

  @Test
  void helpSucceeds() {
    Cli r = Cli.run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("analyze"), r.out());
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, Cli.run("analyse-everything").code());
  }

  @Test
  void analyzeWithoutPathIsAUsageError() {
    Cli r = Cli.run("analyze", "--out", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("PATH"), r.err());
  }

  @Test
  void analyzeWithoutOutIsAUsageError() {
    assertEquals(2, Cli.run("analyze", dir.toString()).code());
  }

  @Test
  void zeroThreadsIsAUsageError() {
    assertEquals(2, Cli.run("analyze", dir.toString(), "--out", dir.resolve("o").toString(), "--threads", "0")
        .code());
  }

  @Test
  void outThatIsAFileIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("f.txt"), "x");
    assertEquals(2, Cli.run("analyze", file.toString(), "--out", file.toString()).code());
  }

  @Test
  void nothingReadableExitsWithOne() throws Exception {
    Files.writeString(dir.resolve("empty.txt"), "");
    Cli r = Cli.run("analyze", dir.resolve("empty.txt").toString(), "--out", dir.resolve("o").toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("articles: 0"), r.out());
    assertTrue(r.out().contains("errors: 1"), r.out());
  }

  @Test
  void benchHasIngest() {
    Cli r = Cli.run("bench", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("ingest"), r.out());
  }
}
