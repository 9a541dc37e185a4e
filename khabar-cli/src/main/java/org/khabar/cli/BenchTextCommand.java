package org.khabar.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.khabar.text.AlignedText;
import org.khabar.text.ArabicNormalizer;
import org.khabar.text.CliticAnalyzer;
import org.khabar.text.Segmentation;
import org.khabar.text.Token;
import org.khabar.text.TokenType;
import org.khabar.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code khabar bench text}: single-thread throughput of the text layer (key normalisation with alignment,
 * tokenisation, clitic analysis of every Arabic token) and of Lucene's ArabicAnalyzer on the same texts. MB are
 * 10^6 bytes of UTF-8; time is the measuring thread's CPU time, so that other load on the machine does not count
 * (the wall-clock figure is printed too). The JMH benchmark in khabar-bench (profile {@code bench}) measures the same more carefully.
 */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description = "Throughput of normalisation + tokenisation + clitic analysis vs Lucene's ArabicAnalyzer (MB/s).")
final class BenchTextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", description = "A JSON Lines corpus with a text field "
      + "(default: ../shared/data/ant-2018/ant-2018.jsonl.gz).")
  Path data = SharedData.ant2018();

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N texts (default 4000; 0 for all).")
  int limit = 4000;

  @Option(names = "--seconds", paramLabel = "S", description = "Measure each side for about S seconds (default 5).")
  int seconds = 5;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    if (!Files.isRegularFile(data)) {
      spec.commandLine().getErr().println("khabar: no corpus at " + data + " (use --data FILE)");
      return 1;
    }
    List<String> texts = SharedData.texts(data, limit);
    long bytes = 0;
    long chars = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
      chars += t.length();
    }
    out.printf("texts: %d%nMB: %.1f%n", texts.size(), bytes / 1e6);
    if (bytes == 0) {
      return 1;
    }
    double[] khabar = measure(texts, bytes, seconds, BenchTextCommand::khabarLayer);
    long[] counts = counts(texts);
    try (Analyzer analyzer = new ArabicAnalyzer()) {
      double[] lucene = measure(texts, bytes, seconds, t -> lucene(analyzer, t));
      out.printf("khabar MB/s: %.1f%n", khabar[0]);
      out.printf("lucene MB/s: %.1f%n", lucene[0]);
      out.printf("ratio khabar/lucene: %.2f%n", khabar[0] / lucene[0]);
      out.printf("khabar Arabic words/s: %.0f%n", counts[0] / (bytes / 1e6 / khabar[0]));
      out.printf("khabar wall MB/s: %.1f%n", khabar[1]);
      out.printf("lucene wall MB/s: %.1f%n", lucene[1]);
      out.printf("clitic cuts per Arabic word: %.3f%n", counts[1] / (double) Math.max(1, counts[0]));
    }
    return 0;
  }

  interface Work {
    long run(String text);
  }

  /** The text layer as the pipeline runs it; returns a checksum so that nothing is optimised away. */
  static long khabarLayer(String text) {
    AlignedText key = ArabicNormalizer.standard().key(text);
    long sum = key.text().length();
    CliticAnalyzer clitics = CliticAnalyzer.standard();
    for (Token t : Tokenizer.standard().tokenize(text)) {
      if (t.type() == TokenType.ARABIC) {
        Segmentation s = clitics.analyze(t.text());
        sum += s.stemStart() + s.proclitics().size();
      } else {
        sum++;
      }
    }
    return sum;
  }

  static long lucene(Analyzer analyzer, String text) {
    long sum = 0;
    try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        sum += term.length();
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return sum;
  }

  private static long[] counts(List<String> texts) {
    long words = 0;
    long cuts = 0;
    for (String text : texts) {
      for (Token t : Tokenizer.standard().tokenize(text)) {
        if (t.type() == TokenType.ARABIC) {
          words++;
          if (!CliticAnalyzer.standard().analyze(t.text()).isWhole()) {
            cuts++;
          }
        }
      }
    }
    return new long[] {words, cuts};
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long cpu() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /**
   * Runs passes over all texts for {@code seconds} of CPU time as warm-up, then for {@code seconds} more; returns
   * {MB per CPU-second, MB per wall-second} of the measured part.
   */
  static double[] measure(List<String> texts, long bytes, int seconds, Work work) {
    long sink = 0;
    long warmEnd = cpu() + seconds * 1_000_000_000L;
    while (cpu() < warmEnd) {
      for (String t : texts) {
        sink += work.run(t);
      }
    }
    long wall = System.nanoTime();
    long start = cpu();
    long end = start + seconds * 1_000_000_000L;
    long done = 0;
    do {
      for (String t : texts) {
        sink += work.run(t);
      }
      done += bytes;
    } while (cpu() < end);
    double secs = (cpu() - start) / 1e9;
    double wallSecs = (System.nanoTime() - wall) / 1e9;
    if (sink == 42) {
      System.err.print("");
    }
    return new double[] {done / 1e6 / secs, done / 1e6 / wallSecs};
  }
}
