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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Locations and readers of the shared data sets ({@code ../shared/data}) that training, evaluation and benchmarks read. */
final class SharedData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedData() {}

  /** The default data folder: the system property {@code khabar.shared.data}, else {@code ../shared/data}. */
  static Path defaultDir() {
    String prop = System.getProperty("khabar.shared.data");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    return Path.of("..", "shared", "data");
  }

  /** The ant-2018 news corpus in the data folder {@code dataDir}: the default input of benches and corpus training. */
  static Path ant2018(Path dataDir) {
    return dataDir.resolve("ant-2018").resolve("ant-2018.jsonl.gz");
  }

  /** The ant-2018 news corpus in the {@linkplain #defaultDir default data folder}. */
  static Path ant2018() {
    return ant2018(defaultDir());
  }

  /** Opens a UTF-8 text file, transparently gunzipping {@code .gz}; refuses a path that is not a regular file. */
  static BufferedReader open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("not found: " + file.toAbsolutePath());
    }
    return reader(file);
  }

  /**
   * Opens a UTF-8 text file, through gzip when its name ends in {@code .gz}: the one way the commands open their
   * data files (an absent file is the file system's {@link java.nio.file.NoSuchFileException}).
   */
  static BufferedReader reader(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * Calls {@code sink} with the {@code text} field of each record of a JSON Lines file, at most {@code limit} (all
   * when 0); malformed lines are skipped, since one bad line never stops a corpus.
   *
   * @return how many texts were handed over
   */
  static long forEachText(Path jsonl, int limit, Consumer<String> sink) throws IOException {
    long n = 0;
    try (Records records = new Records(jsonl)) {
      while ((limit <= 0 || n < limit) && records.hasNext()) {
        JsonNode text = records.next().get("text");
        if (text != null && text.isTextual()) {
          sink.accept(text.asText());
          n++;
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return n;
  }

  /** The {@code text} fields of a JSON Lines corpus, at most {@code limit} (all when 0). */
  static List<String> texts(Path jsonl, int limit) throws IOException {
    List<String> out = new ArrayList<>();
    forEachText(jsonl, limit, out::add);
    return out;
  }

  /**
   * The texts of a JSON Lines corpus, one article at a time ({@code title}, then {@code text}, joined by a newline).
   * Malformed lines are skipped and counted.
   */
  static final class ArticleTexts implements Iterator<String>, AutoCloseable {
    private final Records records;

    ArticleTexts(Path file) throws IOException {
      this.records = new Records(file);
    }

    @Override
    public boolean hasNext() {
      return records.hasNext();
    }

    @Override
    public String next() {
      JsonNode node = records.next();
      String title = node.path("title").asText("");
      String text = node.path("text").asText("");
      return title.isEmpty() ? text : title + "\n" + text;
    }

    long malformed() {
      return records.malformed;
    }

    @Override
    public void close() throws IOException {
      records.close();
    }
  }

  /** The parsed records of a JSON Lines file, one at a time; blank lines are skipped, malformed ones counted. */
  private static final class Records implements Iterator<JsonNode>, AutoCloseable {
    private final BufferedReader in;
    private JsonNode next;
    private long malformed;

    Records(Path file) throws IOException {
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
            next = JSON.readTree(line);
          } catch (IOException e) {
            malformed++;
          }
          if (next != null) {
            return;
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
    public JsonNode next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      JsonNode out = next;
      advance();
      return out;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
