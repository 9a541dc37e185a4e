package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The trigger-context counts learnt from unlabelled text (NER distributional features, issue #7). */
class ContextProfilesTest {
  // A made-up name and a common noun; the name follows a title (الرئيس, a PERSON trigger) every time.
  private static final String NAME = "زيدون";
  private static final String NOUN = "الطقس";

  private static ContextProfiles trained() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      texts.add("قال الرئيس " + NAME + " إن " + NOUN + " بارد");
    }
    return ContextProfiles.train(texts.iterator(), WordClusters.empty(), "test texts");
  }

  @Test
  void aWordAfterTitlesGetsTheTopPersonBucket() {
    int buckets = trained().buckets(NAME);
    assertEquals(3, buckets & 3, "PERSON bucket of " + Integer.toBinaryString(buckets));
  }

  @Test
  void aWordNeverAfterATriggerIsNotKept() {
    assertEquals(0, trained().buckets(NOUN + "x"));
    assertEquals(0, trained().buckets("بارد"));
  }

  @Test
  void profilesSurviveAWriteAndRead() throws IOException {
    ContextProfiles p = trained();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    p.write(bytes);
    ContextProfiles read = ContextProfiles.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(p.size(), read.size());
    assertEquals(p.buckets(NAME), read.buckets(NAME));
    assertTrue(read.header().startsWith("#"));
  }

  @Test
  void aBadLineIsReportedByNumber() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("# test\nword\t5\t1\t0\t0\t0\nword\tx\t1\t0\t0\t0\n".getBytes(StandardCharsets.UTF_8));
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ContextProfiles.read(new ByteArrayInputStream(bytes.toByteArray())));
    assertTrue(e.getMessage().startsWith(ContextProfiles.RESOURCE + ":3: bad count"), e.getMessage());
  }

  @Test
  void hostileTextNeverThrows() {
    SplittableRandom random = new SplittableRandom(3);
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 200; t++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(200);
      for (int i = 0; i < n; i++) {
        sb.append((char) random.nextInt(0x0600, 0x0700));
        if (random.nextInt(5) == 0) {
          sb.append(' ');
        }
      }
      texts.add(sb.toString());
    }
    texts.add("");
    texts.add(null);
    texts.add(String.join(" ", Collections.nCopies(5000, "الرئيس")));
    ContextProfiles p = ContextProfiles.train(texts.iterator(), WordClusters.empty(), "random");
    assertTrue(p.size() >= 1);
    assertEquals(0, p.buckets(""));
  }

  @Test
  void theBundledProfilesKeepTheWordHash() {
    assertTrue(ContextProfiles.bundled().buckets("#") != 0, "the row of the word # is data, not a comment");
  }
}
