package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/**
 * Reads articles for the time evaluation and benchmark: JSON Lines ({@code .jsonl}, {@code .jsonl.gz}) with the ANT
 * corpus fields, or plain-text files (a directory of {@code .txt}). The container's date is kept apart as the
 * reference and never given to khabar: an article is built from its title and text only.
 */
final class TimeCorpus {
  private TimeCorpus() {}

  /**
   * One article with its reference date field.
   *
   * @param article the article as khabar sees it (title as line 1, then the text's lines; no metadata)
   * @param time the container's date field, or {@code null}
   */
  record Item(RawArticle article, String time) {}

  /** Streams up to {@code limit} articles (0: all) to {@code sink}; returns how many lines were malformed. */
  static int read(Path data, int limit, Consumer<Item> sink) throws IOException {
    if (Files.isDirectory(data) || data.toString().endsWith(".txt")) {
      List<Path> files;
      try (Stream<Path> walk = Files.isDirectory(data) ? Files.walk(data) : Stream.of(data)) {
        files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      int n = 0;
      for (Path f : files) {
        if (limit > 0 && n >= limit) {
          break;
        }
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String name = f.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        sink.accept(new Item(new RawArticle(id, new SourceRef(f.toString(), null, "txt"),
            Arrays.asList(text.split("\r?\n", -1)), List.of(), ArticleMetadata.EMPTY), null));
        n++;
      }
      return 0;
    }
    ObjectMapper json = new ObjectMapper();
    int bad = 0;
    int n = 0;
    try (BufferedReader reader = SharedData.reader(data)) {
      String line;
      while ((line = reader.readLine()) != null && (limit <= 0 || n < limit)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          bad++;
          continue;
        }
        String id = node.path("id").asText("article-" + (n + 1));
        List<String> lines = new ArrayList<>();
        lines.add(node.path("title").asText(""));
        lines.addAll(Arrays.asList(node.path("text").asText("").split("\r?\n", -1)));
        RawArticle article = new RawArticle(id, new SourceRef(data.toString(), null, "jsonl"), lines, List.of(),
            new ArticleMetadata(null, null, null, null, null, null, Map.of()));
        sink.accept(new Item(article, node.hasNonNull("time") ? node.get("time").asText() : null));
        n++;
      }
    }
    return bad;
  }
}
