package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/** Locations and readers of the shared data sets ({@code ../shared/data}) that training and evaluation read. */
final class SharedData {
  private SharedData() {}

  /** The default data folder: {@code ../shared/data} from the working directory. */
  static Path defaultDir() {
    String prop = System.getProperty("khabar.shared.data");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    return Path.of("..", "shared", "data");
  }

  /** Opens a UTF-8 text file, transparently gunzipping {@code .gz}. */
  static BufferedReader open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("not found: " + file.toAbsolutePath());
    }
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * The texts of a JSON Lines corpus, one article at a time ({@code title}, then {@code text}, joined by a newline).
   * Malformed lines are skipped and counted.
   */
  static final class ArticleTexts implements Iterator<String>, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedReader in;
    private String next;
    private long malformed;

    ArticleTexts(Path file) throws IOException {
      this.in = open(file);
      advance();
    }

    private void advance() {
      next = null;
      try {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          try {
            JsonNode node = JSON.readTree(line);
            String title = node.path("title").asText("");
            String text = node.path("text").asText("");
            next = title.isEmpty() ? text : title + "\n" + text;
            return;
          } catch (IOException e) {
            malformed++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public String next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      String out = next;
      advance();
      return out;
    }

    long malformed() {
      return malformed;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
