package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Readers for the shared data sets (../shared/data) used by training and benchmark commands. */
final class SharedData {
  private SharedData() {}

  /** The default data folder: the system property {@code khabar.shared.data}, else {@code ../shared/data}. */
  static Path defaultFolder() {
    return Path.of(System.getProperty("khabar.shared.data", "../shared/data"));
  }

  /** Calls {@code sink} with the {@code text} field of each line of a JSON Lines file (gzip when named .gz). */
  static long forEachText(Path jsonl, int limit, Consumer<String> sink) throws IOException {
    ObjectMapper json = new ObjectMapper();
    long n = 0;
    try (InputStream raw = Files.newInputStream(jsonl);
        InputStream in = jsonl.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null && (limit <= 0 || n < limit)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode text;
        try {
          text = json.readTree(line).get("text");
        } catch (IOException e) {
          continue; // one bad line never stops a corpus
        }
        if (text != null && text.isTextual()) {
          sink.accept(text.asText());
          n++;
        }
      }
    }
    return n;
  }

  /** The texts of a JSON Lines corpus, at most {@code limit} (all when 0). */
  static List<String> texts(Path jsonl, int limit) throws IOException {
    List<String> out = new ArrayList<>();
    forEachText(jsonl, limit, out::add);
    return out;
  }
}
