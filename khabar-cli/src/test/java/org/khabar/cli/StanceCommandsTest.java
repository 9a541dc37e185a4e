package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stance training and evaluation commands on a tiny slice of data in the corpus format (issue #8). */
class StanceCommandsTest {
  @TempDir Path dir;

  private static final String[] TOPICS = {
    "افتتحت الحكومة مستشفى جديدا في مدينة البصرة يضم مئتي سرير",
    "أغلقت السلطات معبرا حدوديا مع تركيا بسبب الاشتباكات",
    "ارتفع سعر صرف الدولار أمام الليرة في الأسواق المحلية",
    "أطلقت منظمة إغاثة حملة لتوزيع الخبز على النازحين في المخيمات",
    "قصفت طائرات حربية جسرا على نهر الفرات قرب مدينة الميادين",
    "وقعت وزارة التربية اتفاقا لإعادة بناء المدارس المتضررة في الريف",
  };

  /** Writes a tiny data file: per claim, one agreeing, one denying, one discussing and one unrelated article. */
  private Path data() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < TOPICS.length; i++) {
      String claim = TOPICS[i];
      String other = TOPICS[(i + 3) % TOPICS.length];
      ObjectNode n = StanceData.JSON.createObjectNode();
      n.put("id", "T-" + i);
      n.put("claim", claim);
      ArrayNode art = n.putArray("article");
      ArrayNode stance = n.putArray("stance");
      art.add("القائمة الرئيسية\n" + claim + " صباح اليوم.\nوقال مسؤول إن العمل سيستمر.");
      stance.add("agree");
      art.add("نفى مسؤول أن " + claim + "، ووصف الأنباء بأنها شائعات كاذبة لا صحة لها.");
      stance.add("disagree");
      art.add("تحدثت أنباء غير مؤكدة عن أن " + claim + " ولم يتسن التحقق من ذلك.");
      stance.add("discuss");
      art.add(other + " في خبر آخر.\nوأضاف البيان أن الوضع مستقر.");
      stance.add("unrelated");
      lines.add(StanceData.JSON.writeValueAsString(n));
    }
    lines.add("{not json");
    Path f = dir.resolve("tiny.jsonl");
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err::toString);
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void trainStanceWritesAModelThatReadsBack() throws Exception {
    Path model = dir.resolve("model.tsv");
    String[] r = run("train", "stance", "--data", data().toString(), "--out", model.toString());
    assertTrue(r[0].contains("pairs: 24"), r[0]);
    assertTrue(r[1].contains("tiny.jsonl:7"), "a malformed line is reported by number: " + r[1]);
    try (var in = Files.newBufferedReader(model)) {
      org.khabar.claim.StanceModel.read(in);
    }
  }

  @Test
  void evalStancePrintsOneFigureALine() throws Exception {
    String[] r = run("eval", "stance", "--data", data().toString(), "--folds", "3");
    for (String name : List.of("accuracy", "macro-F1", "agree F1", "disagree F1", "discuss F1", "unrelated F1")) {
      assertTrue(r[0].lines().anyMatch(l -> l.matches(name + ": [0-9]\\.[0-9]{3}")), name + " in " + r[0]);
    }
  }

  @Test
  void evalStanceDiagnosePrintsWhereMacroF1IsLost() throws Exception {
    String[] r = run("eval", "stance", "--data", data().toString(), "--folds", "3", "--seed", "1,2", "--diagnose");
    for (String name : List.of("offset-ceiling macro-F1", "gold-relatedness macro-F1", "agree-vs-unrelated AUC",
        "disagree-vs-unrelated AUC", "discuss-vs-unrelated AUC", "within-claim discuss-vs-unrelated AUC")) {
      assertTrue(r[0].lines().anyMatch(l -> l.matches(name + ": ([0-9]\\.[0-9]{3}|NaN)")), name + " in " + r[0]);
    }
  }

  @Test
  void vectorsTrainedByTrainVectorsAddTheSoftMatchingFeaturesToEvalStance() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ObjectNode n = StanceData.JSON.createObjectNode();
      n.put("title", TOPICS[i % TOPICS.length]);
      n.put("text", TOPICS[(i + 1) % TOPICS.length] + " " + TOPICS[(i + 2) % TOPICS.length]);
      lines.add(StanceData.JSON.writeValueAsString(n));
    }
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    Path vectors = dir.resolve("vectors.bin.gz");
    String[] t = run("train", "vectors", "--corpus", corpus.toString(), "--out", vectors.toString(), "--dim", "8",
        "--epochs", "1");
    assertTrue(t[0].contains("dim: 8"), t[0]);
    Path dump = dir.resolve("features.tsv");
    run("eval", "stance", "--data", data().toString(), "--folds", "3", "--vectors", vectors.toString(),
        "--dump-features", dump.toString());
    String header = Files.readAllLines(dump).get(0);
    assertTrue(header.endsWith("\tjoint_top3") && header.contains("\tsoft_doc\t"), header);
    String[] r = run("eval", "stance", "--data", "cached", "--features", dump.toString(), "--folds", "3",
        "--drop", "soft_doc,vec_doc");
    assertTrue(r[0].contains("pairs: 24"), r[0]);
  }

  @Test
  void rationaleEntriesAreZeroBasedRawLineNumbers() throws Exception {
    String[][] cases = {{"\"[0, 3]\"", "[1, 4]"}, {"[2, 0]", "[1, 3]"}, {"\"\"", "[]"}, {"null", "[]"},
        {"\"[x, -\"", "[]"}, {"\"[99999999999]\"", "[]"}};
    for (String[] c : cases) {
      var got = new java.util.TreeSet<>(StanceData.rationale(StanceData.JSON.readTree(c[0])));
      assertEquals(c[1], got.toString(), c[0]);
    }
  }

  @Test
  void evalStanceWithRationaleTrainsTheLineModelInsideTheFolds() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(data())) {
      if (l.startsWith("{\"")) {
        ObjectNode n = (ObjectNode) StanceData.JSON.readTree(l);
        // the agreeing page's claim is its line 1 (0-based), the denial the only line of the denying page
        n.putArray("rationale").add("[1]").add("[0]").add("").add("");
        l = StanceData.JSON.writeValueAsString(n);
      }
      lines.add(l);
    }
    Path f = dir.resolve("rationale.jsonl");
    Files.write(f, lines, StandardCharsets.UTF_8);
    for (String mode : List.of("append", "two-step")) {
      String[] r = run("eval", "stance", "--data", f.toString(), "--folds", "3", "--rationale", mode);
      assertTrue(r[0].contains("macro-F1: "), r[0]);
      assertTrue(r[0].contains("rationale lines: 12\n"), r[0]);
      assertTrue(r[0].lines().anyMatch(l -> l.matches("held-out line AUC.*: [0-9]\\.[0-9]{3}")), r[0]);
    }
  }

  @Test
  void checkJudgesEachArticle() throws Exception {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, "عنوان\n" + TOPICS[0] + " اليوم.\n", StandardCharsets.UTF_8);
    String[] r = run("check", TOPICS[0], a.toString());
    assertTrue(r[0].startsWith("a\t"), r[0]);
    assertTrue(r[0].contains("line 2"), r[0]);
  }

  @Test
  void evalOnTheSharedCorpusWhenPresent() {
    Path shared = Path.of(System.getProperty("khabar.shared.data", "../shared/data"), "unifiedfc-dev",
        "claims-fold1.jsonl.gz");
    Assumptions.assumeTrue(Files.isReadable(shared), "shared data absent: " + shared);
    String[] r = run("eval", "stance", "--data", shared.toString(), "--folds", "5");
    assertTrue(r[0].contains("pairs: 616"), r[0]);
  }
}
