package org.khabar.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.khabar.model.DateBasis;
import org.khabar.model.Published;
import org.khabar.structure.StructureAnalyzer;
import org.khabar.time.MetadataDates;
import org.khabar.time.TimeAnalysis;
import org.khabar.time.TimeAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar eval pubdate}: publication dates found from the text alone (metadata hidden), against the
 * container's date ({@code time} field of JSON Lines) or a truth table for plain-text files.
 */
@Command(
    name = "pubdate",
    mixinStandardHelpOptions = true,
    description = "Score publication dates found from title and text alone against the reference dates.")
final class EvalPubdateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.jsonl[.gz]|DIR",
      description = "JSON Lines with title, text and time (the reference), or .txt files with --truth.")
  Path data;

  @Option(names = "--truth", paramLabel = "FILE.tsv",
      description = "For .txt input: id<TAB>YYYY-MM-DD lines giving each file's true date.")
  Path truth;

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
  int limit;

  @Option(names = "--show-wrong", description = "Print each wrong exact day with its evidence.")
  boolean showWrong;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(data)) {
      spec.commandLine().getErr().println("khabar: no such file: " + data);
      return 1;
    }
    Map<String, LocalDate> truths = new HashMap<>();
    if (truth != null) {
      for (String l : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
        String[] c = l.split("\t");
        if (!l.startsWith("#") && c.length >= 2) {
          truths.put(c[0].strip(), LocalDate.parse(c[1].strip()));
        }
      }
    }
    StructureAnalyzer structure = StructureAnalyzer.standard();
    TimeAnalyzer time = TimeAnalyzer.standard();
    var out = spec.commandLine().getOut();
    int[] n = new int[12];
    long[] width = new long[1];
    Map<DateBasis, Integer> bases = new EnumMap<>(DateBasis.class);
    int bad = TimeCorpus.read(data, limit, item -> {
      Optional<LocalDate> ref = item.time() != null ? MetadataDates.parse(item.time())
          : Optional.ofNullable(truths.get(item.article().id()));
      if (ref.isEmpty()) {
        n[11]++;
        return;
      }
      LocalDate t = ref.get();
      TimeAnalysis a = time.analyze(item.article(), structure.analyze(item.article()));
      Published p = a.published();
      n[0]++;
      bases.merge(p.basis(), 1, Integer::sum);
      if (p.date() != null) {
        n[1]++;
        if (p.date().equals(t)) {
          n[2]++;
        } else {
          n[3]++;
          if (showWrong) {
            out.println("# wrong: " + item.article().id() + " claimed " + p.date() + " true " + t + " " + p.evidence());
          }
        }
      }
      if (p.weekday() != null) {
        n[4]++;
        if (p.weekday() == t.getDayOfWeek()) {
          n[5]++;
        } else if (showWrong) {
          out.println("# wrong weekday: " + item.article().id() + " claimed " + p.weekday() + " true " + t + " "
              + p.evidence());
        }
      }
      boolean in = (p.earliest() == null || !t.isBefore(p.earliest())) && (p.latest() == null || !t.isAfter(p.latest()));
      if (in) {
        n[6]++;
      }
      if (p.earliest() != null && p.latest() != null) {
        n[7]++;
        width[0] += ChronoUnit.DAYS.between(p.earliest(), p.latest()) + 1;
        if (in) {
          n[8]++;
        } else if (showWrong) {
          out.println("# outside: " + item.article().id() + " " + p.earliest() + ".." + p.latest() + " true " + t + " "
              + p.evidence());
        }
      }
      if (p.earliest() != null || p.latest() != null) {
        n[9]++;
      }
    });
    out.println("articles: " + n[0]);
    if (n[11] > 0) {
      out.println("articles without reference: " + n[11]);
    }
    if (bad > 0) {
      out.println("malformed lines: " + bad);
    }
    out.println("exact days: " + n[1]);
    out.println("exact day share: " + TimeEval.f(ratio(n[1], n[0])));
    out.println("exact day accuracy: " + TimeEval.f(ratio(n[2], n[1])));
    out.println("wrong exact days: " + n[3]);
    out.println("weekday known: " + n[4]);
    out.println("weekday accuracy: " + TimeEval.f(ratio(n[5], n[4])));
    out.println("with a bound: " + n[9]);
    out.println("true date within range: " + TimeEval.f(ratio(n[6], n[0])));
    out.println("bounded both sides: " + n[7]);
    out.println("true date within bounded range: " + TimeEval.f(ratio(n[8], n[7])));
    out.println("mean bounded range width days: " + TimeEval.f(n[7] == 0 ? 0 : (double) width[0] / n[7]));
    for (Map.Entry<DateBasis, Integer> e : bases.entrySet()) {
      out.println("basis " + e.getKey().wireName() + ": " + e.getValue());
    }
    out.flush();
    return 0;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
