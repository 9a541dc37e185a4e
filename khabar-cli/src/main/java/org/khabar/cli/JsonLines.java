package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.khabar.contract.ContractJson;

/** Reads a JSON Lines file ({@code .jsonl} or {@code .jsonl.gz}) for the evaluation and benchmark commands. */
final class JsonLines {
  private JsonLines() {}

  /**
   * Hands every object of {@code file} to {@code each}, in order, up to {@code limit} objects; a malformed line is
   * reported on {@code errors} with its line number and skipped. Returns how many objects were read.
   */
  static int read(Path file, int limit, Consumer<JsonNode> each, java.io.PrintWriter errors) throws IOException {
    int n = 0;
    int lineNo = 0;
    try (BufferedReader r = SharedData.reader(file)) {
      for (String line; n < limit && (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = ContractJson.mapper().readTree(line);
        } catch (IOException e) {
          errors.println("khabar: " + file + " line " + lineNo + ": malformed JSON, skipped");
          continue;
        }
        if (node != null && node.isObject()) {
          each.accept(node);
          n++;
        }
      }
    }
    return n;
  }

  /** The text of field {@code name}, or {@code null} when absent or not text. */
  static String text(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }
}
