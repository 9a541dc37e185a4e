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
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.khabar.claim.ArticleStance;
import org.khabar.claim.StanceFeatures;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;
import org.khabar.structure.ArticleStructure;
import org.khabar.structure.StructureAnalyzer;

/**
 * Reads stance data in the format of the Arabic fact-checking corpus of Baly et al. 2018: one claim a line with
 * {@code claim}, {@code article[]} (raw scraped pages), {@code stance[]} and optionally {@code id}, {@code url[]}.
 * Every page goes through the structure stage, as any input does, before features are computed.
 */
final class StanceData {
  private StanceData() {}

  /** One (claim, article) pair with its features. */
  record Pair(int claimIndex, String claimId, String url, ArticleStance gold, double[] features) {}

  static final ObjectMapper JSON = new ObjectMapper();

  /** Opens a file, through gzip when its name ends in .gz. */
  static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** A raw article from a page's text, one line per input line. */
  static RawArticle raw(String id, String path, String url, String text) {
    return new RawArticle(id, new SourceRef(path, url, "jsonl"), Arrays.asList(text.split("\r\n|\r|\n", -1)),
        List.of(), ArticleMetadata.EMPTY);
  }

  /** Reads every pair of the file and computes its features; a malformed line is reported and skipped. */
  static List<Pair> read(Path file, StanceFeatures features, Consumer<String> warn) throws IOException {
    StructureAnalyzer structure = StructureAnalyzer.standard();
    List<Pair> out = new ArrayList<>();
    int claimIndex = 0;
    int lineNo = 0;
    try (BufferedReader r = open(file)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = JSON.readTree(line);
        } catch (IOException e) {
          warn.accept(file + ":" + lineNo + ": not JSON: " + e.getMessage());
          continue;
        }
        JsonNode claim = n.get("claim");
        JsonNode articles = n.get("article");
        JsonNode stances = n.get("stance");
        if (claim == null || articles == null || stances == null || !articles.isArray() || !stances.isArray()
            || articles.size() != stances.size()) {
          warn.accept(file + ":" + lineNo + ": needs claim, and article[] and stance[] of the same length");
          continue;
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : "line-" + lineNo;
        JsonNode urls = n.get("url");
        for (int i = 0; i < articles.size(); i++) {
          ArticleStance gold;
          try {
            gold = ArticleStance.parse(stances.get(i).asText());
          } catch (IllegalArgumentException e) {
            warn.accept(file + ":" + lineNo + ": article " + i + ": " + e.getMessage());
            continue;
          }
          String url = urls != null && urls.isArray() && i < urls.size() ? urls.get(i).asText() : null;
          ArticleStructure parts = structure.analyze(raw(id + "#" + i, file.toString(), url,
              articles.get(i).asText("")));
          out.add(new Pair(claimIndex, id, url, gold, features.features(claim.asText(), parts)));
        }
        claimIndex++;
      }
    }
    return out;
  }
}
