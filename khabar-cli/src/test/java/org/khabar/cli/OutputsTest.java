package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (var s = Files.list(dir.resolve("sub"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aWrittenFileReplacesTheOldOneAndLeavesNoPart() throws IOException {
    Path target = dir.resolve("sub/model.bin");
    Outputs.replace(target, os -> os.write(new byte[] {1, 2}));
    Outputs.replace(target, os -> os.write(new byte[] {3}));
    assertEquals(1, Files.readAllBytes(target).length);
    assertEquals(List.of("model.bin"), names());
  }

  @Test
  void aFailedWriteKeepsTheOldFileAndLeavesNoPart() throws IOException {
    Path target = dir.resolve("sub/model.bin");
    Outputs.replace(target, os -> os.write(7));
    assertThrows(IOException.class, () -> Outputs.replace(target, os -> {
      os.write(8);
      throw new IOException("disk full");
    }));
    assertEquals(7, Files.readAllBytes(target)[0]);
    assertEquals(List.of("model.bin"), names());
  }

  @Test
  void textIsUtf8AndGzippedOnlyWhenAsked() throws IOException {
    Path plain = dir.resolve("sub/a.tsv");
    Path gz = dir.resolve("sub/b.tsv.gz");
    Outputs.replaceText(plain, false, w -> w.write("قال\t3\n"));
    Outputs.replaceText(gz, true, w -> w.write("قال\t3\n"));
    assertEquals("قال\t3\n", Files.readString(plain, StandardCharsets.UTF_8));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      assertEquals("قال\t3\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
