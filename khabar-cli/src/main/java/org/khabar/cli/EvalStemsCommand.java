package org.khabar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.khabar.text.CliticAnalyzer;
import org.khabar.text.KnowledgeFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code khabar eval stems}: khabar's light stem against Lucene's ArabicNormalizer + ArabicStemmer on word pairs
 * that a search stem should conflate or keep apart.
 */
@Command(
    name = "stems",
    mixinStandardHelpOptions = true,
    description = "Light stems vs Lucene's ArabicStemmer on word pairs to conflate or keep apart.")
final class EvalStemsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--pairs", paramLabel = "FILE",
      description = "relation TAB word TAB word lines (default: the bundled stem-pairs.tsv).")
  Path pairs;

  record Pair(boolean same, String a, String b) {}

  @Override
  public Integer call() throws IOException {
    List<Pair> list = read();
    var out = spec.commandLine().getOut();
    CliticAnalyzer khabar = CliticAnalyzer.standard();
    report(out, "khabar", list, w -> khabar.lightStem(w));
    try (Analyzer lucene = new LuceneStems()) {
      report(out, "lucene", list, w -> stem(lucene, w));
    }
    return 0;
  }

  /** Lucene's Arabic normalisation and light stemmer (the last two stages of ArabicAnalyzer) on one word. */
  static final class LuceneStems extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new ArabicStemFilter(new ArabicNormalizationFilter(source)));
    }
  }

  private static String stem(Analyzer analyzer, String word) {
    try (TokenStream ts = analyzer.tokenStream("w", new StringReader(word))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : "";
      ts.end();
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void report(java.io.PrintWriter out, String name, List<Pair> list, UnaryOperator<String> stem) {
    int same = 0;
    int sameOk = 0;
    int different = 0;
    int differentOk = 0;
    for (Pair p : list) {
      boolean equal = stem.apply(p.a()).equals(stem.apply(p.b()));
      if (p.same()) {
        same++;
        sameOk += equal ? 1 : 0;
      } else {
        different++;
        differentOk += equal ? 0 : 1;
      }
    }
    out.printf("%s conflated (same): %.3f%n", name, sameOk / (double) Math.max(1, same));
    out.printf("%s kept apart (different): %.3f%n", name, differentOk / (double) Math.max(1, different));
    out.printf("%s pair accuracy: %.3f%n", name, (sameOk + differentOk) / (double) Math.max(1, list.size()));
  }

  private List<Pair> read() throws IOException {
    KnowledgeFile.Contents file = pairs != null ? KnowledgeFile.read(pairs.toString(), Files.newInputStream(pairs))
        : KnowledgeFile.read(EvalStemsCommand.class, "stem-pairs.tsv");
    List<Pair> out = new ArrayList<>();
    for (KnowledgeFile.Row row : file.rows()) {
      String[] cols = row.fields();
      if (cols.length != 3 || !(cols[0].equals("same") || cols[0].equals("different"))) {
        throw row.error("expected same|different TAB word TAB word");
      }
      out.add(new Pair(cols[0].equals("same"), cols[1], cols[2]));
    }
    return out;
  }
}
