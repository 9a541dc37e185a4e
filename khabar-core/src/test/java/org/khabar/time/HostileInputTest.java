package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.model.DateMention;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;
import org.khabar.structure.StructureAnalyzer;

/** Random and hostile input never throws, and every span indexes its line. */
class HostileInputTest {
  private static final String[] PIECES = {"أمس", "الأربعاء", "الـ", "19", "من", "أيار", "/", "مايو", "2018", "هـ", "رمضان",
      "(", ")", "،", "-", "منذ", "كل", "يوم", "الساعة", ":", "ليل", "السبت", "–", "٢٠", "عشر", "التاسع", "\u200F", "ـ",
      "\u064B", "x", "\uD83D\uDE00", "\uD800", " ", "  ", "999999999999999999999", "0", "31/02/2018", "العام"};

  private static void checkLine(String line) {
    List<DateMention> ms = TemporalTagger.standard().tag(line, 1, LocalDate.of(2018, 5, 24));
    for (DateMention m : ms) {
      assertTrue(m.start() >= 0 && m.end() <= line.length() && m.start() < m.end(), m.toString());
      assertEquals(line.substring(m.start(), m.end()), m.text());
    }
    RawArticle a = new RawArticle("h", new SourceRef("h", null, "txt"), List.of(line), List.of(), null);
    TimeAnalyzer.standard().analyze(a, StructureAnalyzer.standard().analyze(a));
  }

  @Test
  void randomUnicodeNeverThrows() {
    Random r = new Random(42);
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(60);
      for (int i = 0; i < len; i++) {
        b.append((char) r.nextInt(0x10000));
      }
      checkLine(b.toString());
    }
  }

  @Test
  void shuffledTemporalPiecesNeverThrow() {
    Random r = new Random(7);
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(12);
      for (int i = 0; i < len; i++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextBoolean()) {
          b.append(' ');
        }
      }
      checkLine(b.toString());
    }
  }

  @Test
  void megabyteLinesAreRead() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_000_000) {
      b.append("وصل الوفد أمس الأربعاء في 20 أيار 2018 ");
    }
    checkLine(b.toString());
    checkLine("ـ".repeat(1_000_000));
    checkLine("1".repeat(1_000_000));
    checkLine("\u064B".repeat(1_000_000));
  }

  @Test
  void emptyAndBlankArticles() {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("   ");
    RawArticle a = new RawArticle("e", new SourceRef("e", null, "txt"), lines, List.of(), null);
    TimeAnalysis t = TimeAnalyzer.standard().analyze(a, StructureAnalyzer.standard().analyze(a));
    assertTrue(t.dates().isEmpty());
  }
}
