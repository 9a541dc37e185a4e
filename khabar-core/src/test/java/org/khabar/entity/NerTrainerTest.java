package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The training path works end to end on a small slice of ANERcorp (issue #7): 2,000 training tokens, 2 epochs, both
 * stages; the model beats a most-frequent-tag-per-word baseline on the next slice, and survives a write/read.
 */
class NerTrainerTest {

  @Test
  void smallSliceTrainsAModelThatBeatsTheBaseline() throws IOException {
    List<NerSentence> train = anercorpTrainingPartOrSkip();
    List<NerSentence> slice = take(train, 0, 2_000);
    List<NerSentence> next = take(train, slice.size(), 2_000);

    NerTrainer.Options options = new NerTrainer.Options(2, 2, true, true, 1, 7L, 0f, 0.3f);
    NerModel model = new NerTrainer(options, WordClusters.bundled(), Gazetteer.bundled(), m -> {}).train(slice,
        List.of());
    double fit = model.evaluate(slice).microF1();
    double heldOut = model.evaluate(next).microF1();
    double baseline = memoriserScores(slice, next).microF1();
    assertTrue(fit > 0.8, "training slice micro-F1 " + fit);
    assertTrue(heldOut > baseline, "held-out micro-F1 " + heldOut + " vs baseline " + baseline);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0f);
    NerModel read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()), WordClusters.bundled(),
        Gazetteer.bundled());
    double reread = read.evaluate(next).microF1();
    assertTrue(Math.abs(reread - heldOut) < 0.02, "after write/read " + reread + " vs " + heldOut);
  }

  @Test
  void passiveAggressiveUpdatesWithAMarginAlsoLearn() throws IOException {
    List<NerSentence> train = anercorpTrainingPartOrSkip();
    List<NerSentence> slice = take(train, 0, 2_000);
    List<NerSentence> next = take(train, slice.size(), 2_000);
    NerTrainer.Options options = new NerTrainer.Options(3, 0, true, true, 1, 7L, 0f, 0f).withUpdate(1f, 1f);
    NerModel model = new NerTrainer(options, WordClusters.bundled(), Gazetteer.bundled(), m -> {}).train(slice,
        List.of());
    double fit = model.evaluate(slice).microF1();
    double heldOut = model.evaluate(next).microF1();
    assertTrue(fit > 0.8, "training slice micro-F1 " + fit);
    assertTrue(heldOut > memoriserScores(slice, next).microF1(), "held-out micro-F1 " + heldOut);
  }

  /** The ANERcorp training part from {@code ../shared/data} (or the folder the build names); skips when absent. */
  static List<NerSentence> anercorpTrainingPartOrSkip() throws IOException {
    String shared = System.getProperty("khabar.shared.data", "");
    Path file = Path.of(shared.isBlank() ? "../shared/data" : shared, "anercorp", "ANERCorp.txt");
    Assumptions.assumeTrue(Files.isRegularFile(file), "ANERcorp not found at " + file + ": skipped");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return AnerSplit.standard(ConllFormat.readTokens(in, file.toString())).train();
    }
  }

  /** Whole sentences from index {@code from} until they hold {@code words} words. */
  static List<NerSentence> take(List<NerSentence> all, int from, int words) {
    List<NerSentence> out = new ArrayList<>();
    int n = 0;
    for (int i = from; i < all.size() && n < words; i++) {
      out.add(all.get(i));
      n += all.get(i).size();
    }
    return out;
  }

  /** The trivial baseline: each word gets the tag it had most often in training, O when unseen. */
  static NerScores memoriserScores(List<NerSentence> train, List<NerSentence> test) {
    Map<String, int[]> counts = new HashMap<>();
    for (NerSentence s : train) {
      for (int i = 0; i < s.size(); i++) {
        counts.computeIfAbsent(s.words().get(i), w -> new int[BioTags.COUNT])[s.tag(i)]++;
      }
    }
    NerScores scores = new NerScores();
    for (NerSentence s : test) {
      int[] predicted = new int[s.size()];
      for (int i = 0; i < s.size(); i++) {
        int[] c = counts.get(s.words().get(i));
        if (c != null) {
          int best = 0;
          for (int t = 1; t < c.length; t++) {
            if (c[t] > c[best]) {
              best = t;
            }
          }
          predicted[i] = best;
        }
      }
      scores.add(s.tags(), predicted);
    }
    return scores;
  }
}
