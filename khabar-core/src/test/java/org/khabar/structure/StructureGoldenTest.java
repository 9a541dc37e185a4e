package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.khabar.model.LineAnnotation;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/**
 * Golden files (issue #5): every {@code golden/NAME.txt} is analysed and compared with {@code NAME.expected.json}
 * ({@code title, section, byline, publisher} (registry id), {@code roles} one per line, and optionally
 * {@code duplicate_of}, {@code joined_with}, {@code body}, {@code flags}). New cases are found automatically.
 */
class StructureGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> goldenFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(StructureGoldenTest.class.getResource("golden").toURI());
    List<Path> cases;
    try (Stream<Path> s = Files.list(dir)) {
      cases = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    return cases.stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> check(txt)));
  }

  static RawArticle read(Path txt) throws IOException {
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    String name = txt.getFileName().toString();
    return new RawArticle(name, new SourceRef(name, null, "txt"), lines, List.of(), null);
  }

  private static void check(Path txt) throws IOException {
    String name = txt.getFileName().toString();
    Path expectedFile = txt.resolveSibling(name.replace(".txt", ".expected.json"));
    JsonNode want;
    try (InputStream in = Files.newInputStream(expectedFile)) {
      want = JSON.readTree(in);
    }
    ArticleStructure got = StructureAnalyzer.standard().analyze(read(txt));
    assertEquals(text(want, "title"), got.title(), name + ": title");
    assertEquals(text(want, "section"), got.section(), name + ": section");
    assertEquals(text(want, "byline"), got.byline(), name + ": byline");
    assertEquals(text(want, "publisher"), got.publisher() == null ? null : got.publisher().id(), name + ": publisher");
    List<String> roles = new ArrayList<>();
    want.path("roles").forEach(r -> roles.add(r.asText()));
    List<String> gotRoles = got.lines().stream().map(a -> a.role().wireName()).toList();
    for (int i = 0; i < Math.max(roles.size(), gotRoles.size()); i++) {
      assertEquals(i < roles.size() ? roles.get(i) : null, i < gotRoles.size() ? gotRoles.get(i) : null,
          name + ": role of line " + (i + 1));
    }
    checkLinks(name, want.path("duplicate_of"), got.lines(), "duplicate_of");
    checkLinks(name, want.path("joined_with"), got.lines(), "joined_with");
    if (want.has("body")) {
      assertEquals(want.get("body").asText(), got.body(), name + ": body");
    }
    if (want.has("flags")) {
      List<String> flags = new ArrayList<>();
      want.get("flags").forEach(f -> flags.add(f.asText()));
      assertEquals(flags, got.flags(), name + ": flags");
    }
  }

  private static void checkLinks(String name, JsonNode links, List<LineAnnotation> lines, String field) {
    for (LineAnnotation a : lines) {
      Integer have = field.equals("duplicate_of") ? a.duplicateOf() : a.joinedWith();
      JsonNode w = links.path(Integer.toString(a.line()));
      Integer want = w.isMissingNode() ? null : w.asInt();
      if (links.isMissingNode() && field.equals("joined_with")) {
        continue;
      }
      assertEquals(want, have, name + ": " + field + " of line " + a.line());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = links.fields(); it.hasNext(); ) {
      int line = Integer.parseInt(it.next().getKey());
      assertEquals(true, line >= 1 && line <= lines.size(), name + ": " + field + " names line " + line);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() ? v.asText() : null;
  }
}
