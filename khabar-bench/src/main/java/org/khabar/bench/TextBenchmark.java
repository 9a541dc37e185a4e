package org.khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The text layer (key normalisation with alignment, tokenisation, clitic analysis of every Arabic token) against
 * Lucene's whole {@code ArabicAnalyzer} on the same ant-2018 texts. One operation is one pass over the sample;
 * {@link TextBenchmarkMain} turns operations per second into MB/s (10^6 bytes of UTF-8) per thread.
 *
 * <p>Data: system property {@code khabar.bench.data} (default {@code ../shared/data/ant-2018/ant-2018.jsonl.gz}),
 * {@code khabar.bench.texts} texts (default 2000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class TextBenchmark {
  List<String> texts;
  Analyzer lucene;

  /** The corpus sample: the {@code text} fields of the first texts of a JSON Lines file. */
  static List<String> sample(Path file, int limit) {
    List<String> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && out.size() < limit) {
        var text = json.readTree(line).get("text");
        if (text != null && text.isTextual()) {
          out.add(text.asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  static Path dataFile() {
    return Path.of(System.getProperty("khabar.bench.data", "../shared/data/ant-2018/ant-2018.jsonl.gz"));
  }

  static int textCount() {
    return Integer.getInteger("khabar.bench.texts", 2000);
  }

  @Setup(Level.Trial)
  public void setUp() {
    texts = sample(dataFile(), textCount());
    lucene = new ArabicAnalyzer();
    CliticAnalyzer.standard().analyze("والحكومة"); // load the lexicon outside the measurement
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    lucene.close();
  }

  @Benchmark
  public void khabar(Blackhole bh) {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    Tokenizer tokenizer = Tokenizer.standard();
    CliticAnalyzer clitics = CliticAnalyzer.standard();
    for (String text : texts) {
      AlignedText key = normalizer.key(text);
      bh.consume(key);
      for (Token t : tokenizer.tokenize(text)) {
        if (t.type() == TokenType.ARABIC) {
          Segmentation s = clitics.analyze(t.text());
          bh.consume(s);
        }
      }
    }
  }

  @Benchmark
  public void lucene(Blackhole bh) throws IOException {
    for (String text : texts) {
      try (TokenStream ts = lucene.tokenStream("body", new StringReader(text))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          bh.consume(term.length());
        }
        ts.end();
      }
    }
  }
}
