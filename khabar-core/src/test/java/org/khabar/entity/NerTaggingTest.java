package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tagging ({@link NerModel#tagDocument}: one feature table for both stages, word features scored once per word and
 * cached) gives the tags and scores of decoding every feature of every token stage by stage ({@link
 * NerModel.Stage#decode}), the way the model was trained (issue #7). Guards the split of {@link NerFeatures} into
 * word and context features: a word feature that read its context would make the cached scores differ.
 */
class NerTaggingTest {
  private static final String[] SENTENCES = {
    "قال الرئيس الأمريكي دونالد ترامب في مؤتمر صحفي بالبيت الأبيض إن بلاده ستنسحب من الاتفاق .",
    "وأعلنت وزارة الخارجية الفرنسية أن الوزير سيزور بيروت والقاهرة الأسبوع المقبل .",
    "أفادت وكالة الأنباء الرسمية بأن قوات الجيش سيطرت على بلدة في ريف حلب الشمالي .",
    "وقال المتحدث باسم منظمة الصحة العالمية لوكالة رويترز إن الوضع في مخيم اليرموك خطير .",
    "ترامب يلتقي ماكرون في باريس",
    "The UN Security Council met on 5 May 2018 , 12 votes .",
    "",
    "، . ! ؟ ( ) 123 ٤٥٦",
  };

  private static final float TOLERANCE = 1e-3f;

  @Test
  void cachedWordScoresGiveTheTagsAndMarginsOfDecodingAllFeatures() {
    NerModel model = NerModel.bundled();
    List<CharSequence[]> doc = new ArrayList<>();
    for (String s : SENTENCES) {
      doc.add(s.isEmpty() ? new CharSequence[0] : s.split(" "));
    }
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      doc.add(randomSentence(random));
    }
    float[][] expectedMargins = newMargins(doc);
    int[][] expected = reference(model, doc, expectedMargins);
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    // Twice with one buffer: the second run reads every word's scores from the cache.
    for (int run = 0; run < 2; run++) {
      float[][] margins = newMargins(doc);
      int[][] tags = model.tagDocument(doc, buffer, margins);
      for (int s = 0; s < doc.size(); s++) {
        assertArrayEquals(expected[s], tags[s], "run " + run + ", sentence " + s);
        for (int i = 0; i < margins[s].length; i++) {
          assertEquals(expectedMargins[s][i], margins[s][i], TOLERANCE, "run " + run + ", sentence " + s + ", word " + i);
        }
      }
    }
  }

  private static float[][] newMargins(List<CharSequence[]> doc) {
    float[][] m = new float[doc.size()][];
    for (int s = 0; s < m.length; s++) {
      m[s] = new float[doc.get(s).length];
    }
    return m;
  }

  /** Words of Arabic letters with proclitics, some repeated, so that the document memory has matches. */
  private static CharSequence[] randomSentence(Random random) {
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ";
    String[] clitics = {"", "", "و", "ب", "ل", "ال", "وال", "بال"};
    CharSequence[] w = new CharSequence[1 + random.nextInt(25)];
    for (int i = 0; i < w.length; i++) {
      StringBuilder b = new StringBuilder(clitics[random.nextInt(clitics.length)]);
      int len = 2 + random.nextInt(6);
      for (int k = 0; k < len; k++) {
        b.append(letters.charAt(random.nextInt(random.nextInt(6) == 0 ? letters.length() : 8)));
      }
      w[i] = b.toString();
    }
    return w;
  }

  /** Decodes stage by stage over all features, as the trainer does. */
  private static int[][] reference(NerModel model, List<CharSequence[]> doc, float[][] margins) {
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    int[][] first = new int[doc.size()][];
    String[][] keys = new String[doc.size()][];
    for (int s = 0; s < doc.size(); s++) {
      CharSequence[] w = doc.get(s);
      if (w.length == 0) {
        first[s] = new int[0];
        keys[s] = new String[0];
        continue;
      }
      model.features.extract(w, w.length, buffer);
      first[s] = model.first.decode(buffer, model.second == null ? margins[s] : null,
          model.second == null ? model.outsideBias : 0);
      keys[s] = java.util.Arrays.copyOf(buffer.stripped, w.length);
    }
    if (model.second == null) {
      return first;
    }
    int[][][] memory = NerModel.memory(keys, first);
    int[][] out = new int[doc.size()][];
    for (int s = 0; s < doc.size(); s++) {
      CharSequence[] w = doc.get(s);
      if (w.length == 0) {
        out[s] = new int[0];
        continue;
      }
      model.features.extract(w, w.length, buffer);
      NerFeatures.addStacked(buffer, first[s], memory[s]);
      out[s] = model.second.decode(buffer, margins[s], model.outsideBias);
    }
    if (model.propagation > 0) {
      NerModel.propagate(doc.toArray(new CharSequence[0][]), out, model.propagation, margins);
    }
    return out;
  }
}
