package org.khabar.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.model.DateMention;
import org.khabar.time.TemporalTagger;

/**
 * Scores the temporal tagger on a table of {@code anchor<TAB>sentence<TAB>expression<TAB>value} lines.
 *
 * <p>Consecutive lines with the same anchor and sentence are one case (each line one expected expression; an
 * expression "-" means none). A predicted expression counts when its text equals an expected one exactly; its value
 * is then compared. "# kind: X" comment lines set the kind of the lines that follow, for figures by kind. Every
 * problem is reported with its line number.
 */
final class TimeEval {
  /** Counts for one kind (or all). */
  static final class Counts {
    int gold;
    int predicted;
    int matched;
    int valueCorrect;

    double precision() {
      return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 1.0 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Correct values among all expected expressions (a missed expression counts as wrong). */
    double valueAccuracy() {
      return gold == 0 ? 1.0 : (double) valueCorrect / gold;
    }

    /** Correct values among the expressions found. */
    double valueAccuracyFound() {
      return matched == 0 ? 1.0 : (double) valueCorrect / matched;
    }
  }

  /** The result: totals, counts by kind, and one message per problem ("line N: ..."). */
  record Result(Counts total, Map<String, Counts> byKind, List<String> failures, int cases) {
    void print(java.io.PrintWriter out) {
      out.println("cases: " + cases);
      out.println("expressions: " + total.gold);
      out.println("tagging precision: " + f(total.precision()));
      out.println("tagging recall: " + f(total.recall()));
      out.println("tagging F1: " + f(total.f1()));
      out.println("value accuracy: " + f(total.valueAccuracy()));
      out.println("value accuracy of found: " + f(total.valueAccuracyFound()));
      for (Map.Entry<String, Counts> e : byKind.entrySet()) {
        Counts c = e.getValue();
        out.println(e.getKey() + " expressions: " + c.gold);
        out.println(e.getKey() + " precision: " + f(c.precision()));
        out.println(e.getKey() + " recall: " + f(c.recall()));
        out.println(e.getKey() + " value accuracy: " + f(c.valueAccuracy()));
      }
    }
  }

  static String f(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  private record Gold(int line, String expression, String value, String kind) {}

  private TimeEval() {}

  /** Scores {@code tagger} on the table's lines. */
  static Result evaluate(List<String> lines, TemporalTagger tagger) {
    Counts total = new Counts();
    Map<String, Counts> byKind = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    String kind = "other";
    String groupKey = null;
    String anchor = null;
    String sentence = null;
    int groupLine = 0;
    List<Gold> golds = new ArrayList<>();
    int cases = 0;
    for (int i = 0; i <= lines.size(); i++) {
      String raw = i < lines.size() ? lines.get(i) : null;
      if (raw != null && raw.startsWith("#")) {
        String c = raw.substring(1).strip();
        if (c.startsWith("kind:")) {
          kind = c.substring(5).strip();
        }
        continue;
      }
      if (raw != null && raw.isBlank()) {
        continue;
      }
      String[] cols = raw == null ? null : raw.split("\t", -1);
      if (cols != null && cols.length != 4) {
        failures.add("line " + (i + 1) + ": expected 4 tab-separated columns, found " + cols.length);
        continue;
      }
      String key = cols == null ? null : cols[0] + "\t" + cols[1];
      if (groupKey != null && !groupKey.equals(key)) {
        score(anchor, sentence, groupLine, golds, tagger, total, byKind, failures);
        cases++;
        golds.clear();
      }
      if (cols == null) {
        break;
      }
      if (!key.equals(groupKey)) {
        groupKey = key;
        anchor = cols[0];
        sentence = cols[1];
        groupLine = i + 1;
      }
      golds.add(new Gold(i + 1, cols[2], cols[3], kind));
    }
    return new Result(total, byKind, failures, cases);
  }

  private static void score(String anchorText, String sentence, int groupLine, List<Gold> golds, TemporalTagger tagger,
      Counts total, Map<String, Counts> byKind, List<String> failures) {
    LocalDate anchor;
    try {
      anchor = LocalDate.parse(anchorText);
    } catch (RuntimeException e) {
      failures.add("line " + groupLine + ": bad anchor " + anchorText);
      return;
    }
    List<DateMention> predicted = new ArrayList<>(tagger.tag(sentence, 1, anchor));
    // predictions of a sentence count towards the precision of the sentence's (first) kind
    Counts kc = byKind.computeIfAbsent(golds.get(0).kind(), k -> new Counts());
    total.predicted += predicted.size();
    kc.predicted += predicted.size();
    for (Gold g : golds) {
      if (g.expression().equals("-")) {
        continue;
      }
      Counts gc = byKind.computeIfAbsent(g.kind(), k -> new Counts());
      total.gold++;
      gc.gold++;
      DateMention hit = null;
      for (DateMention m : predicted) {
        if (m.text().equals(g.expression())) {
          hit = m;
          break;
        }
      }
      if (hit == null) {
        failures.add("line " + g.line() + ": missed \"" + g.expression() + "\" (" + g.value() + "); found "
            + describe(predicted));
        continue;
      }
      predicted.remove(hit);
      total.matched++;
      gc.matched++;
      if (hit.value().equals(g.value())) {
        total.valueCorrect++;
        gc.valueCorrect++;
      } else {
        failures.add("line " + g.line() + ": \"" + g.expression() + "\" is " + hit.value() + ", expected " + g.value());
      }
    }
    if (!predicted.isEmpty()) {
      failures.add("line " + groupLine + ": unexpected " + describe(predicted));
    }
  }

  private static String describe(List<DateMention> ms) {
    StringBuilder b = new StringBuilder("[");
    for (DateMention m : ms) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append('"').append(m.text()).append("\" ").append(m.value());
    }
    return b.append(']').toString();
  }
}
