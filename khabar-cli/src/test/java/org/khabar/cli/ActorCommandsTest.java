package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar eval actors} and {@code khabar bench entities} print their figures (issue #7). */
class ActorCommandsTest {
  @TempDir Path dir;

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err::toString);
    return out.toString();
  }

  @Test
  void evalActorsPrintsScores() throws Exception {
    Path data = dir.resolve("set.tsv");
    Files.writeString(data, "T\tقال الجيش اللبناني إنه اعتقل 5 أشخاص.\nA\tالجيش اللبناني\tlebanese-army\n"
        + "Q\t5 أشخاص\t5\t-\tarrested\n", StandardCharsets.UTF_8);
    String out = run("eval", "actors", "--data", data.toString());
    assertTrue(out.contains("link precision: 1.000"), out);
    assertTrue(out.contains("quantity counts accuracy: 1.000"), out);
    assertTrue(out.contains("kb actors: "), out);
  }

  @Test
  void benchEntitiesPrintsArticlesPerSecond() throws Exception {
    Path data = dir.resolve("c.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(data))) {
      // The structure stage runs first: the lines must read as an article's body.
      String body = "قصفت طائرات التحالف الدولي مواقع لداعش في ريف دير الزور الشرقي صباح اليوم بحسب مصادر محلية"
          + " تحدثت عن دمار كبير في المنطقة.\\nوقتل 12 عنصرا من التنظيم في الغارات التي استهدفت مقرات ومستودعات"
          + " للأسلحة والذخيرة قرب الحدود مع العراق، وفق ما أفاد به ناشطون.";
      o.write(("{\"title\":\"غارات على مواقع التنظيم\",\"text\":\"" + body + "\"}\n{\"text\":\"\"}\nnot json\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    String out = run("bench", "entities", "--data", data.toString(), "--threads", "1");
    assertTrue(out.contains("articles/s: "), out);
    assertTrue(out.contains("articles per cpu-s: "), out);
    assertTrue(out.contains("ner articles per cpu-s: "), out);
    assertTrue(out.contains("content lines: 2"), out);
    // داعش, التنظيم, التحالف الدولي, العراق: the stage ran and linked actors.
    java.util.regex.Matcher linked = java.util.regex.Pattern.compile("linked mentions: (\\d+)").matcher(out);
    assertTrue(linked.find() && Integer.parseInt(linked.group(1)) >= 2, out);
  }
}
