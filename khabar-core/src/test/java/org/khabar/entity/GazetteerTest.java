package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.text.ArabicText;

/** Gazetteer matches carry their source, class and BIES position (issue #7: gazetteer features). */
class GazetteerTest {

  private static Gazetteer sample() {
    Map<String, Map<NerClass, List<String>>> bySource = new LinkedHashMap<>();
    bySource.put("anergazet", Map.of(
        NerClass.PLACE, List.of("الولايات المتحدة", "بغداد"),
        NerClass.ORG, List.of("الأمم المتحدة")));
    bySource.put("actors", Map.of(
        NerClass.ORG, List.of("مجلس الأمن الدولي", "مجلس الأمن", "الاتحاد الأوروبي", "حزب الله"),
        NerClass.PLACE, List.of("العراق")));
    bySource.put("geonames", Map.of(NerClass.PLACE, List.of("حزب الله")));
    return Gazetteer.bySource(bySource, List.of("# test names"));
  }

  /** The position codes of each token, as {@code source:CLASS-P} with P one of B, I, E, S. */
  private static List<String> positions(Gazetteer g, String text) {
    String[] words = text.split(" ");
    int n = words.length;
    String[] keys = new String[n];
    String[] stripped = new String[n];
    // A lexicon in which بغداد is frequent, so that وبغداد is read as و + بغداد.
    String baghdad = ArabicText.matchKey("بغداد");
    CliticStripper stripper = new CliticStripper(w -> w.equals(baghdad) ? 100 : 0);
    for (int i = 0; i < n; i++) {
      keys[i] = ArabicText.matchKey(words[i]);
      stripped[i] = stripper.stripped(keys[i]);
    }
    long[] bits = new long[n];
    g.match(keys, stripped, n, bits);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> codes = new ArrayList<>();
      for (int b = 0; b < 64; b++) {
        if ((bits[i] & (1L << b)) != 0) {
          int sc = b / 4;
          codes.add(g.sources().get(sc / Gazetteer.CLASSES) + ":" + NerClass.values()[sc % Gazetteer.CLASSES] + "-"
              + "BIES".charAt(b % 4));
        }
      }
      out.add(String.join(",", codes));
    }
    return out;
  }

  @Test
  void longestMatchMarksBeginInsideEnd() {
    assertEquals(List.of("", "actors:ORG-B", "actors:ORG-I", "actors:ORG-E", ""),
        positions(sample(), "قال مجلس الأمن الدولي أمس"));
  }

  @Test
  void singleTokenMatchIsSingleAndReadsThroughProclitics() {
    assertEquals(List.of("", "anergazet:PLACE-S"), positions(sample(), "في وبغداد"));
  }

  @Test
  void eachSourceKeepsItsOwnFeatures() {
    assertEquals(List.of("actors:ORG-B,geonames:PLACE-B", "actors:ORG-E,geonames:PLACE-E"),
        positions(sample(), "حزب الله"));
  }

  @Test
  void certainOrganisationSpansNeedACuratedSourceAndNoPlaceReading() {
    Gazetteer g = sample();
    String[] words = "أدان مجلس الأمن و حزب الله و الأمم المتحدة".split(" ");
    String[] keys = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      keys[i] = ArabicText.matchKey(words[i]);
    }
    long[] bits = new long[words.length];
    g.match(keys, keys, words.length, bits);
    List<String> spans = g.certainOrgSpans(bits, words.length).stream().map(s -> s[0] + "-" + s[1]).toList();
    // حزب الله is also a GeoNames place; الأمم المتحدة comes from ANERGazet only, which is not curated.
    assertEquals(List.of("1-3"), spans);
  }

  @Test
  void writeAndReadKeepSourcesAndMatches() throws IOException {
    Gazetteer g = sample();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    g.write(bytes);
    Gazetteer read = Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(g.sources(), read.sources());
    String text = "قال مجلس الأمن الدولي في الولايات المتحدة وحزب الله";
    assertEquals(positions(g, text), positions(read, text));
  }

  @Test
  void aRowOfAnUnknownClassIsReportedByFileAndLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write("# source: test\nPLACE\tgeonames\tدمشق\nCITY\tgeonames\tحلب\n".getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray())));
    assertTrue(e.getMessage().startsWith(Gazetteer.RESOURCE + ":3: "), e.getMessage());
  }
}
