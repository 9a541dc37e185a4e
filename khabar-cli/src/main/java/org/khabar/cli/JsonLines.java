package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import org.khabar.contract.ContractJson;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/** Reads a JSON Lines file ({@code .jsonl} or {@code .jsonl.gz}) for the evaluation and benchmark commands. */
final class JsonLines {
  private JsonLines() {}

  /**
   * Hands every object of {@code file} to {@code each}, in order, up to {@code limit} objects; a malformed line is
   * reported on {@code errors} with its line number and skipped. Returns how many objects were read.
   */
  static int read(Path file, int limit, Consumer<JsonNode> each, java.io.PrintWriter errors) throws IOException {
    return read(file, limit, (node, lineNo) -> each.accept(node), errors);
  }

  /** As {@link #read(Path, int, Consumer, java.io.PrintWriter)}, handing over each object's line number too. */
  static int read(Path file, int limit, ObjIntConsumer<JsonNode> each, java.io.PrintWriter errors)
      throws IOException {
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
          each.accept(node, lineNo);
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The first {@code limit} articles of a JSON Lines corpus in the ANT fields ({@code text}, one source line a line;
   * {@code title}, {@code time}, {@code author}, {@code source}, {@code category} and {@code url} as metadata;
   * {@code id}, else {@code line-N}), as the benchmarks feed them to the stages; malformed lines are reported on
   * {@code errors} and skipped.
   */
  static List<RawArticle> articles(Path file, int limit, java.io.PrintWriter errors) throws IOException {
    List<RawArticle> out = new ArrayList<>();
    read(file, limit, (o, lineNo) -> {
      String text = o.path("text").asText("");
      String url = text(o, "url");
      ArticleMetadata meta = new ArticleMetadata(text(o, "title"), text(o, "time"), text(o, "author"),
          text(o, "source"), text(o, "category"), url, Map.of());
      String id = o.hasNonNull("id") ? o.get("id").asText() : "line-" + lineNo;
      out.add(new RawArticle(id, new SourceRef(file.toString(), url, "jsonl"), List.of(text.split("\r\n|\r|\n", -1)),
          List.of(), meta));
    }, errors);
    return out;
  }

  /** The text of field {@code name}, or {@code null} when absent or not text. */
  static String text(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }
}
