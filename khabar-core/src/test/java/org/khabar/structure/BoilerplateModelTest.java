package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.text.KnowledgeFile;

class BoilerplateModelTest {
  private static double[] vector(double ruleBoilerplate, double noise) {
    double[] x = new double[BoilerplateModel.FEATURES.size()];
    x[0] = ruleBoilerplate;
    x[1] = noise;
    return x;
  }

  @Test
  void trainingLearnsASeparatingFeature() {
    Random r = new Random(7);
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean y = i % 3 == 0;
      xs.add(vector(y ? 1 : 0, r.nextGaussian()));
      ys.add(y);
    }
    BoilerplateModel m = BoilerplateModel.train(xs, ys, 0.1, 0.5);
    assertTrue(m.probability(vector(1, 0)) > 0.9);
    assertTrue(m.probability(vector(0, 0)) < 0.1);
  }

  @Test
  void writtenModelReadsBackTheSame() throws IOException {
    List<double[]> xs = List.of(vector(1, 0.3), vector(0, -0.2), vector(1, 0.1), vector(0, 0.4));
    BoilerplateModel m = BoilerplateModel.train(xs, List.of(true, false, true, false), 1, 0.7);
    StringWriter w = new StringWriter();
    m.write(w, "test");
    BoilerplateModel back = BoilerplateModel.read(model(w.toString()));
    assertEquals(0.7, back.threshold(), 1e-9);
    assertEquals(m.probability(vector(1, 0.5)), back.probability(vector(1, 0.5)), 1e-5);
  }

  private static KnowledgeFile.Contents model(String text) throws IOException {
    return KnowledgeFile.read("model.tsv", new StringReader(text));
  }

  @Test
  void readRejectsAModelWithoutEveryFeature() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BoilerplateModel.read(model("threshold\t0.5\nbias\t0\n")));
    assertTrue(e.getMessage().startsWith("model.tsv: the boilerplate model lacks ["), e.getMessage());
  }

  @Test
  void aWeightThatIsNoNumberIsReportedByFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BoilerplateModel.read(model("# model\nthreshold\tx\n")));
    assertTrue(e.getMessage().startsWith("model.tsv:2: not a number"), e.getMessage());
  }

  @Test
  void shippedModelLoadsWithAThresholdInRange() {
    double t = BoilerplateModel.standard().threshold();
    assertTrue(t > 0 && t < 1);
  }

  @Test
  void featuresCoverTheLinesTheModelDecides() {
    var article = StructureAnalyzerTest.article("سياسة",
        "وقال المتحدث إن القوات دخلت المدينة صباح اليوم بعد معارك استمرت أياما مع المسلحين في الأحياء الجنوبية .",
        "اقرأ أيضا", "جميع الحقوق محفوظة 2018");
    var features = StructureAnalyzer.boilerplateFeatures(article);
    assertTrue(features.containsKey(2));
    features.values().forEach(x -> assertEquals(BoilerplateModel.FEATURES.size(), x.length));
  }
}
