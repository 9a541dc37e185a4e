package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.LineAnnotation;
import org.khabar.model.LineRole;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;
import org.khabar.structure.ArticleStructure;
import org.khabar.structure.StructureAnalyzer;
import org.khabar.text.ArabicText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code khabar eval structure --data DIR}: line roles, boilerplate, titles and publishers against hand-made gold.
 *
 * <p>DIR (searched recursively) holds {@code NAME.txt}, its gold {@code NAME.gold.json}
 * ({@code {"lines": [{"line", "role"}], "title", "publisher"}}, publisher as an outlet registry id) and optionally
 * {@code NAME.meta.json} ({@code {"url": ...}}), the input metadata a reader would have had.
 */
@Command(
    name = "structure",
    mixinStandardHelpOptions = true,
    description = "Evaluate line roles, boilerplate, titles and publishers (issue #5) on annotated articles.")
final class EvalStructureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder of NAME.txt + NAME.gold.json.")
  Path data;

  @Option(names = "--verbose", description = "Also list every wrong line, title and publisher per file.")
  boolean verbose;

  @Option(names = "--template-corpus", paramLabel = "FILE",
      description = "First pass for template lines, as `analyze` does, over a .jsonl[.gz] corpus whose objects hold "
          + "`url` and `text`, or arrays `url[]` and `article[]` (unifiedfc).")
  Path templateCorpus;

  @Option(names = "--rules-only", description = "Leave out the learnt boilerplate model (the hand-written rules alone).")
  boolean rulesOnly;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(data)) {
      spec.commandLine().getErr().println("khabar: no such folder: " + data);
      return 2;
    }
    org.khabar.structure.TemplateIndex index = templateCorpus == null ? null : templates(templateCorpus);
    StructureAnalyzer analyzer = StructureAnalyzer.withModel(index,
        rulesOnly ? null : org.khabar.structure.BoilerplateModel.standard());
    Scores s = evaluate(data, analyzer, verbose ? out : null);
    if (s.files == 0) {
      spec.commandLine().getErr().println("khabar: no NAME.txt with NAME.gold.json in " + data);
      return 1;
    }
    s.print(out);
    out.flush();
    return 0;
  }

  /** Counts template lines per outlet over a JSON Lines corpus (hashes only, bounded memory). */
  static org.khabar.structure.TemplateIndex templates(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    org.khabar.structure.TemplateIndex.Builder b = org.khabar.structure.TemplateIndex.builder();
    try (java.io.InputStream raw = Files.newInputStream(file);
        java.io.InputStream in = file.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw;
        java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = json.readTree(line);
        if (o.path("article").isArray()) {
          for (int i = 0; i < o.get("article").size(); i++) {
            b.add(page(o.get("article").get(i).asText(), o.path("url").path(i).asText(null)));
          }
        } else {
          b.add(page(o.path("text").asText(""), o.path("url").asText(null)));
        }
      }
    }
    return b.build();
  }

  private static RawArticle page(String text, String url) {
    return new RawArticle("t", new SourceRef("template-corpus", url, "jsonl"), List.of(text.split("\r\n|\r|\n", -1)),
        List.of(), null);
  }

  /** The figures of one evaluation. */
  static final class Scores {
    int files;
    int lines;
    int rightLines;
    int predictedBoilerplate;
    int goldBoilerplate;
    int bothBoilerplate;
    int goldContent;
    int keptContent;
    int rightTitles;
    int rightPublishers;

    double accuracy() {
      return ratio(rightLines, lines);
    }

    double boilerplatePrecision() {
      return ratio(bothBoilerplate, predictedBoilerplate);
    }

    double boilerplateRecall() {
      return ratio(bothBoilerplate, goldBoilerplate);
    }

    double contentRecall() {
      return ratio(keptContent, goldContent);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }

    void print(PrintWriter out) {
      out.printf("files: %d%n", files);
      out.printf("lines: %d%n", lines);
      out.printf("line-role accuracy: %.3f%n", accuracy());
      out.printf("boilerplate precision: %.3f%n", boilerplatePrecision());
      out.printf("boilerplate recall: %.3f%n", boilerplateRecall());
      out.printf("content-line recall: %.3f%n", contentRecall());
      out.printf("title accuracy: %.3f%n", ratio(rightTitles, files));
      out.printf("publisher accuracy: %.3f%n", ratio(rightPublishers, files));
    }
  }

  /** One annotated page: its text file, gold and input. */
  record Page(Path txt, JsonNode gold, RawArticle raw) {}

  /** Every annotated page under {@code dir} (NAME.txt with NAME.gold.json), in path order. */
  static List<Page> pages(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> texts;
    try (Stream<Path> walk = Files.walk(dir)) {
      texts = walk.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<Page> pages = new ArrayList<>();
    for (Path txt : texts) {
      String base = txt.getFileName().toString();
      base = base.substring(0, base.length() - ".txt".length());
      Path goldFile = txt.resolveSibling(base + ".gold.json");
      if (!Files.exists(goldFile)) {
        continue;
      }
      JsonNode gold;
      try {
        gold = json.readTree(goldFile.toFile());
      } catch (IOException e) {
        throw new IOException(goldFile + ": not valid JSON: " + e.getMessage(), e);
      }
      Path metaFile = txt.resolveSibling(base + ".meta.json");
      String url = null;
      if (Files.exists(metaFile)) {
        JsonNode meta = json.readTree(metaFile.toFile());
        url = meta.path("url").isTextual() ? meta.path("url").asText() : null;
      }
      pages.add(new Page(txt, gold, read(txt, base, url)));
    }
    return pages;
  }

  /** The gold role of every line of a page, by 1-based line number. */
  static Map<Integer, LineRole> goldRoles(Page page) throws IOException {
    Map<Integer, LineRole> out = new HashMap<>();
    for (JsonNode g : page.gold().path("lines")) {
      int line = g.path("line").asInt();
      try {
        out.put(line, LineRole.fromWireName(g.path("role").asText()));
      } catch (IllegalArgumentException e) {
        throw new IOException(page.txt() + ": line " + line + ": unknown role " + g.path("role"), e);
      }
    }
    return out;
  }

  /** Evaluates every annotated file under {@code dir}; per-file errors go to {@code verbose} when not null. */
  static Scores evaluate(Path dir, StructureAnalyzer analyzer, PrintWriter verbose) throws IOException {
    Scores s = new Scores();
    for (Page page : pages(dir)) {
      score(page, analyzer, s, verbose);
    }
    return s;
  }

  /** Adds one page's figures to {@code s}. */
  static void score(Page page, StructureAnalyzer analyzer, Scores s, PrintWriter verbose) throws IOException {
    Path txt = page.txt();
    JsonNode gold = page.gold();
    RawArticle raw = page.raw();
    {
      ArticleStructure got = analyzer.analyze(raw);
      s.files++;
      Map<Integer, LineRole> predicted = new HashMap<>();
      for (LineAnnotation a : got.lines()) {
        predicted.put(a.line(), a.role());
      }
      List<String> errors = new ArrayList<>();
      for (Map.Entry<Integer, LineRole> g : new java.util.TreeMap<>(goldRoles(page)).entrySet()) {
        int line = g.getKey();
        LineRole want = g.getValue();
        LineRole have = predicted.getOrDefault(line, LineRole.BLANK);
        s.lines++;
        if (want == have) {
          s.rightLines++;
        } else {
          String text = raw.lines().size() >= line ? raw.line(line).strip() : "";
          errors.add(String.format("  line %d: gold %s, got %s: %s", line, want.wireName(), have.wireName(),
              text.length() > 90 ? text.substring(0, 90) + "…" : text));
        }
        if (want == LineRole.BOILERPLATE) {
          s.goldBoilerplate++;
        }
        if (have == LineRole.BOILERPLATE) {
          s.predictedBoilerplate++;
        }
        if (want == LineRole.BOILERPLATE && have == LineRole.BOILERPLATE) {
          s.bothBoilerplate++;
        }
        if (want == LineRole.CONTENT) {
          s.goldContent++;
          if (have == LineRole.CONTENT) {
            s.keptContent++;
          }
        }
      }
      String goldTitle = gold.path("title").isTextual() ? gold.path("title").asText() : null;
      if (Objects.equals(key(goldTitle), key(got.title()))) {
        s.rightTitles++;
      } else {
        errors.add("  title: gold " + goldTitle + ", got " + got.title());
      }
      String goldPublisher = gold.path("publisher").isTextual() ? gold.path("publisher").asText() : null;
      String gotPublisher = got.publisher() == null ? null : got.publisher().id();
      if (Objects.equals(goldPublisher, gotPublisher)) {
        s.rightPublishers++;
      } else {
        errors.add("  publisher: gold " + goldPublisher + ", got " + gotPublisher
            + (got.publisher() == null ? "" : " " + got.publisher().evidence()));
      }
      if (verbose != null && !errors.isEmpty()) {
        verbose.println(txt + ":");
        errors.forEach(verbose::println);
      }
    }
  }

  private static String key(String s) {
    return s == null ? null : ArabicText.matchKey(s.strip());
  }

  /** Reads a .txt file as the plain-text reader does: lines split on any line break, a final empty line dropped. */
  static RawArticle read(Path txt, String id, String url) throws IOException {
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    ArticleMetadata meta = url == null ? ArticleMetadata.EMPTY
        : new ArticleMetadata(null, null, null, null, null, url, Map.of());
    return new RawArticle(id, new SourceRef(txt.toString(), url, "txt"), lines, List.of(), meta);
  }
}
