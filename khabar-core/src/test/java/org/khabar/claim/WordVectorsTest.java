package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.khabar.entity.ClusterTrainer;

/** Word vectors of light stems: training through the skip-gram trainer, and the file format. */
class WordVectorsTest {

  @Test
  void writtenVectorsReadBackWithinQuantisation() throws IOException {
    WordVectors v = WordVectors.of(Map.of("قصف", new float[] {3, 4, 0}, "غارة", new float[] {0, 0.6f, 0.8f},
        "صفر", new float[] {0, 0, 0}), "# test vectors");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    v.write(out);
    WordVectors back = WordVectors.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(2, back.size());
    assertEquals(3, back.dim());
    assertEquals("# test vectors", back.header());
    assertArrayEquals(new float[] {0.6f, 0.8f, 0}, back.vector("قصف"), 0.01f);
    assertEquals(0.48, WordVectors.cosine(back.vector("قصف"), back.vector("غارة")), 0.01);
    assertNull(back.vector("صفر"));
  }

  @Test
  void aFileOfAnotherFormatIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write("# clusters\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThrows(IOException.class, () -> WordVectors.read(new ByteArrayInputStream(out.toByteArray())));
    assertThrows(IOException.class, () -> WordVectors.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
  }

  @Test
  void trainingKeepsTheMostFrequentStemsWithUnitVectors() {
    // inflections of one stem (المسلحين, مسلحين, المسلحون) count as one word
    Random r = new Random(7);
    String[] words = {"المسلحين", "مسلحين", "المسلحون", "قرية", "هجوم", "الجيش", "مدينة", "قصف", "غارة", "حلب"};
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 200; t++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        sb.append(words[r.nextInt(words.length)]).append(' ');
      }
      texts.add(sb.toString());
    }
    ClusterTrainer.Options o = new ClusterTrainer.Options(1, 8, 2, 2, 1, new int[] {2}, 10, 1L);
    WordVectors v = WordVectors.train(texts.iterator(), o, 5, "test", msg -> { });
    assertEquals(5, v.size());
    assertEquals(8, v.dim());
    float[] x = v.vector(Stems.stem("المسلحين"));
    assertTrue(x != null, "the merged stem is among the most frequent");
    assertEquals(1.0, WordVectors.cosine(x, x), 1e-3);
    assertNull(v.vector("المسلحين"), "words are stored as stems");
  }
}
