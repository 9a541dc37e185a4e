package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The neural tagger's hand-written gradients and its training path (issue #7). */
class BiLstmTaggerTest {
  private static final int T = BioTags.COUNT;
  private static final List<String> WORDS = List.of("قال", "الرئيس", "جورج", "بوش", "في", "واشنطن", "امس");
  private static final int[] GOLD = {0, 0, 1, 2, 0, 3, 0};

  /** The CRF's loss is log Z minus the gold path's score, Z summed over every valid path by brute force. */
  @Test
  void crfLossMatchesBruteForcePartition() {
    SplittableRandom r = new SplittableRandom(3);
    int n = 3;
    float[] e = new float[n * T];
    float[] tr = new float[(T + 1) * T];
    for (int i = 0; i < e.length; i++) {
      e[i] = (float) r.nextDouble(-2, 2);
    }
    for (int i = 0; i < tr.length; i++) {
      tr[i] = (float) r.nextDouble(-1, 1);
    }
    int[] gold = {1, 2, 0};
    double z = 0;
    for (int a = 0; a < T; a++) {
      for (int b = 0; b < T; b++) {
        for (int c = 0; c < T; c++) {
          if (BioTags.allowed(-1, a) && BioTags.allowed(a, b) && BioTags.allowed(b, c)) {
            z += Math.exp(tr[a] + e[a] + tr[(a + 1) * T + b] + e[T + b] + tr[(b + 1) * T + c] + e[2 * T + c]);
          }
        }
      }
    }
    double goldScore = tr[1] + e[1] + tr[2 * T + 2] + e[T + 2] + tr[3 * T] + e[2 * T];
    double loss = BiLstmTagger.crf(e, n, tr, gold, new float[n * T], new float[tr.length]);
    assertEquals(Math.log(z) - goldScore, loss, 1e-4);
  }

  /** Every dense weight's and every used bag row's analytic gradient agrees with central differences. */
  @Test
  void gradientsMatchFiniteDifferences() {
    gradientCheck(0f, 0f);
  }

  /** The same with input and bag dropout, the masks drawn alike in every pass (same seed). */
  @Test
  void gradientsMatchFiniteDifferencesUnderDropout() {
    gradientCheck(0.3f, 0.3f);
  }

  private static void gradientCheck(float dropout, float bagDropout) {
    BiLstmTagger.Embeddings emb = new BiLstmTagger.Embeddings(new String[] {"قال", "جورج", "واشنطن"},
        new float[][] {{1, 2, 0.5f}, {-1, 0.3f, 2}, {0.2f, -0.7f, 1}});
    BiLstmTagger.Options options = new BiLstmTagger.Options(3, 2, 6, true, dropout, bagDropout, 0.01f, 1, 1, 1, 5L);
    NerFeatures features = new NerFeatures(WordClusters.empty(), Gazetteer.empty(), Triggers.bundled(), true, true);
    BiLstmTagger net = BiLstmTagger.initial(options, emb, features);
    SplittableRandom r = new SplittableRandom(9);
    float[] p = net.parameters();
    for (int i = 0; i < p.length; i++) {
      p[i] += (float) r.nextDouble(-0.5, 0.5);
    }
    float[] bag = net.bagTable();
    for (int i = 0; i < bag.length; i++) {
      bag[i] = (float) r.nextDouble(-0.5, 0.5);
    }
    BiLstmTagger.Input input = net.input(WORDS);
    float[] g = new float[p.length];
    float[] gbag = new float[bag.length];
    net.lossAndGradient(input, GOLD, masks(dropout), g, gbag, new BiLstmTagger.Touched(bag.length / 2));
    double eps = 3e-3;
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      check(net, input, p, i, g[i], eps, "weight " + i, bad);
    }
    for (int[] rows : input.bagRows()) {
      for (int row : rows) {
        for (int d = 0; d < 2; d++) {
          check(net, input, bag, row * 2 + d, gbag[row * 2 + d], eps, "bag " + row + "/" + d, bad);
        }
      }
    }
    assertTrue(bad.isEmpty(), bad.size() + " gradients differ: " + bad.subList(0, Math.min(10, bad.size())));
  }

  private static void check(BiLstmTagger net, BiLstmTagger.Input input, float[] array, int i, float analytic,
      double eps, String name, List<String> bad) {
    float saved = array[i];
    array[i] = (float) (saved + eps);
    double plus = loss(net, input);
    array[i] = (float) (saved - eps);
    double minus = loss(net, input);
    array[i] = saved;
    double numeric = (plus - minus) / (2 * eps);
    if (Math.abs(numeric - analytic) > 2e-3 + 2e-2 * Math.abs(numeric)) {
      bad.add(name + ": numeric " + numeric + ", analytic " + analytic);
    }
  }

  private static double loss(BiLstmTagger net, BiLstmTagger.Input input) {
    float[] g = new float[net.parameterCount()];
    float[] gbag = new float[net.bagTable().length];
    return net.lossAndGradient(input, GOLD, masks(net.options().dropout()), g, gbag,
        new BiLstmTagger.Touched(net.bagTable().length / 2));
  }

  private static SplittableRandom masks(float dropout) {
    return dropout > 0 ? new SplittableRandom(11) : null;
  }

  /** An I- tag after O or after another class is read as B- for the CRF. */
  @Test
  void invalidGoldIsRepaired() {
    assertArrayEquals(new int[] {0, 1, 2, 3, 5}, BiLstmTagger.repaired(new int[] {0, 2, 2, 4, 6}));
  }

  /**
   * A tiny tagger trained on 3,000 ANERcorp words fits them and finds names in the next slice better than memorising
   * the training words' tags does, and it survives a write and read.
   */
  @Test
  void tinyTaggerLearnsFromASlice() throws IOException {
    List<NerSentence> train = NerTrainerTest.anercorpTrainingPartOrSkip();
    List<NerSentence> slice = NerTrainerTest.take(train, 0, 3_000);
    List<NerSentence> next = NerTrainerTest.take(train, slice.size(), 2_000);
    BiLstmTagger.Embeddings emb = new BiLstmTagger.Embeddings(new String[0], new float[0][]);
    BiLstmTagger.Options options = new BiLstmTagger.Options(16, 16, 14, true, 0.2f, 0.2f, 0.01f, 4, 8, 8, 7L);
    BiLstmTagger net = BiLstmTagger.train(options, emb, WordClusters.bundled(), Gazetteer.bundled(), slice,
        List.of(), m -> {});
    double fit = net.evaluate(slice, false).microF1();
    double heldOut = net.evaluate(next, false).microF1();
    double baseline = NerTrainerTest.memoriserScores(slice, next).microF1();
    assertTrue(fit > 0.8, "training slice micro-F1 " + fit);
    assertTrue(heldOut > baseline, "held-out micro-F1 " + heldOut + " vs memorising " + baseline);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    net.write(bytes);
    BiLstmTagger read = BiLstmTagger.read(new ByteArrayInputStream(bytes.toByteArray()), WordClusters.bundled(),
        Gazetteer.bundled());
    double reread = read.evaluate(next, false).microF1();
    assertTrue(Math.abs(reread - heldOut) < 0.02, "after write/read " + reread + " vs " + heldOut);
  }

  /**
   * Stacking: the trainer trains one tagger per jackknife fold on the other folds' sentences, and the model it
   * returns reads the full tagger's codes (four more second-stage features per token).
   */
  @Test
  void stackingTrainsOneTaggerPerJackknifeFold() {
    List<NerSentence> train = new ArrayList<>();
    String[] persons = {"جورج", "سمير", "ليلى", "كمال", "هدى"};
    String[] places = {"واشنطن", "بيروت", "دمشق", "القاهرة", "عمان"};
    for (int i = 0; i < 40; i++) {
      train.add(new NerSentence(List.of("قال", persons[i % 5], "في", places[(i / 5) % 5], "."),
          new int[] {0, 1, 0, 3, 0}));
    }
    BiLstmTagger.Embeddings emb = new BiLstmTagger.Embeddings(new String[0], new float[0][]);
    BiLstmTagger.Options options = new BiLstmTagger.Options(4, 4, 8, false, 0f, 0f, 0.01f, 1, 1, 1, 5L);
    NerFeatures features = new NerFeatures(WordClusters.bundled(), Gazetteer.bundled(), Triggers.bundled(), true,
        true);
    BiLstmTagger tagger = BiLstmTagger.initial(options, emb, features);
    List<Integer> sizes = new ArrayList<>();
    NerTrainer.NeuralStacking stacking = new NerTrainer.NeuralStacking() {
      @Override
      public BiLstmTagger train(List<NerSentence> sentences) {
        sizes.add(sentences.size());
        return tagger;
      }

      @Override
      public BiLstmTagger full() {
        return tagger;
      }
    };
    NerTrainer.Options perceptron = new NerTrainer.Options(2, 2, true, true, 1, 7L, 0f, 0f);
    NerModel model = new NerTrainer(perceptron, WordClusters.bundled(), Gazetteer.bundled(), m -> {})
        .withNeural(stacking).train(train, List.of());
    assertEquals(List.of(32, 32, 32, 32, 32), sizes);
    assertTrue(model.neural == tagger, "the model reads the full tagger");
    assertTrue(model.evaluate(train).microF1() > 0.9, "fits its training sentences");

    NerFeatures.Sentence s = new NerFeatures.Sentence();
    CharSequence[] words = train.get(0).words().toArray(new CharSequence[0]);
    int[] first = {0, 1, 0, 3, 0};
    int[][] memory = new int[5][NerFeatures.MEMORY_SLOTS];
    s.stackedOnly(5, new int[5][]);
    NerFeatures.addStacked(s, first, memory);
    int plain = s.featureCount[2];
    s.stackedOnly(5, new int[5][]);
    NerFeatures.addStacked(s, first, memory, tagger.codes(train.get(0).words()));
    assertEquals(plain + 4, s.featureCount[2]);
    assertEquals(5, words.length);
  }
}
