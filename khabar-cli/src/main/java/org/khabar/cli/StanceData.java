package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.khabar.claim.ArticleStance;
import org.khabar.claim.EvidenceRelevance;
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

  /** The 1-based input line numbers of a rationale entry (0-based numbers, as an array or its text); never throws. */
  static Set<Integer> rationale(JsonNode entry) {
    Set<Integer> out = new HashSet<>();
    if (entry == null || entry.isNull()) {
      return out;
    }
    if (entry.isArray()) {
      for (JsonNode x : entry) {
        if (x.canConvertToInt() && x.asInt() >= 0) {
          out.add(x.asInt() + 1);
        }
      }
      return out;
    }
    for (String t : entry.asText("").split("[^0-9]+")) {
      if (!t.isEmpty() && t.length() < 9) {
        out.add(Integer.parseInt(t) + 1);
      }
    }
    return out;
  }

  /** A raw article from a page's text, one line per input line. */
  static RawArticle raw(String id, String path, String url, String text) {
    return new RawArticle(id, new SourceRef(path, url, "jsonl"), Arrays.asList(text.split("\r\n|\r|\n", -1)),
        List.of(), ArticleMetadata.EMPTY);
  }

  /**
   * A pair's content lines with their claim-line features, and its rationale as 1-based input line numbers: the
   * rationale lines of an agree or disagree page, none for an unrelated page (every line a negative), {@code null}
   * where unknown (a discuss page, whose rationale the data leaves empty, or a related page without one).
   *
   * @param rawRationale how many rationale lines the record gives (before the structure stage drops any)
   * @param keptRationale how many of them are content lines after the structure stage
   */
  record Lines(EvidenceRelevance.Page page, Set<Integer> rationale, int rawRationale, int keptRationale) {}

  /** Reads every pair of the file and computes its features; a malformed line is reported and skipped. */
  static List<Pair> read(Path file, StanceFeatures features, Consumer<String> warn) throws IOException {
    return read(file, features, null, warn);
  }

  /**
   * Reads every pair and, when {@code lines} is not null, adds each pair's {@link Lines} to it (in pair order).
   * The rationale of the data ({@code rationale[]}, one entry per article: a list of 0-based raw line numbers,
   * possibly written as a string "[0, 3]") is turned into 1-based input line numbers.
   */
  static List<Pair> read(Path file, StanceFeatures features, List<Lines> lines, Consumer<String> warn)
      throws IOException {
    StructureAnalyzer structure = StructureAnalyzer.standard();
    List<Pair> out = new ArrayList<>();
    int claimIndex = 0;
    int lineNo = 0;
    try (BufferedReader r = SharedData.reader(file)) {
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
          if (lines != null) {
            EvidenceRelevance.Page page = EvidenceRelevance.describe(claim.asText(), parts);
            JsonNode rn = n.get("rationale");
            Set<Integer> raw = rationale(rn != null && rn.isArray() && i < rn.size() ? rn.get(i) : null);
            Set<Integer> kept = new HashSet<>();
            for (int number : page.numbers()) {
              if (raw.contains(number)) {
                kept.add(number);
              }
            }
            Set<Integer> known = switch (gold) {
              case UNRELATED -> Set.of();
              case AGREE, DISAGREE -> raw.isEmpty() ? null : raw;
              case DISCUSS -> null;
            };
            lines.add(new Lines(page, known, raw.size(), kept.size()));
          }
        }
        claimIndex++;
      }
    }
    return out;
  }
}
