package org.khabar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * How the training commands write a file: into a temporary file next to it, moved over the target only once
 * complete, so that an interrupted run never leaves a half-written resource.
 */
final class Outputs {
  private Outputs() {}

  /** What writes a file's bytes. */
  @FunctionalInterface
  interface Bytes {
    void to(OutputStream out) throws IOException;
  }

  /** What writes a file's text. */
  @FunctionalInterface
  interface Text {
    void to(Writer out) throws IOException;
  }

  /** Writes {@code target} (creating its folder) with the bytes {@code content} writes, replacing any old file. */
  static void replace(Path target, Bytes content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, target.getFileName().toString(), ".part");
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        content.to(os);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code target} as UTF-8 text, gzipped when {@code gzip}; see {@link #replace(Path, Bytes)}. */
  static void replaceText(Path target, boolean gzip, Text content) throws IOException {
    replace(target, os -> {
      try (Writer w = new OutputStreamWriter(gzip ? new GZIPOutputStream(os) : os, StandardCharsets.UTF_8)) {
        content.to(w);
      }
    });
  }
}
