package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.model.Quantity;
import org.khabar.model.TextLine;
import org.khabar.text.CaseTable;
import org.khabar.text.RandomPieces;

/**
 * Quantities of one line each: quantity-cases.tsv and decimal-quantities.tsv (the decimal and thousands separators
 * of every digit script) (name, line, quantities as text|value|max|unit or - for none), failures named by the
 * table's line; hostile runs of number words, clitics and separators.
 */
class QuantityCasesTest {
  private static final QuantityReader READER = QuantityReader.standard();

  private static String plain(double d) {
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  private static String render(String line, List<Quantity> qs) {
    for (Quantity q : qs) {
      assertEquals(q.text(), line.substring(q.start(), q.end()), "a quantity's span must index its line");
    }
    if (qs.isEmpty()) {
      return "-";
    }
    return qs.stream()
        .map(q -> q.text() + "|" + plain(q.value()) + "|" + (q.max() == null ? "-" : plain(q.max())) + "|" + q.unit())
        .collect(Collectors.joining(" ; "));
  }

  @TestFactory
  Stream<DynamicTest> quantitiesOfOneLine() {
    return Stream.of("/org/khabar/entity/quantity-cases.tsv", "/org/khabar/entity/decimal-quantities.tsv")
        .flatMap(table -> CaseTable.tests(table, 2, c -> assertEquals(c.col(1),
            render(c.col(0), READER.read(List.of(new TextLine(1, c.col(0))))), c.where())));
  }

  @Test
  void randomRunsOfNumberWordsConnectorsAndCliticsNeverThrow() {
    String[] words = {"بأحد", "وأحد", "واحد", "عشر", "لست", "ستة", "وعشرة", "وعشرون", "بين", "وحتى", "وإلى", "إلى",
        "ألف", "مليار", "بمئات", "بألف", "و", "ب", "ل", "15", "٣", "شخصا", "الشخص", "من", "الشهر", "مارس", "ـ", "%"};
    Random random = new Random(20180611);
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String line = b.toString();
      render(line, READER.read(List.of(new TextLine(1, line))));
    }
  }

  @Test
  void separatorRunsAndLongDigitRunsNeverThrow() {
    String[] parts = {"٫", "٬", "،", ".", ",", "١", "۱", "1", "٢٠", " ", "مليون", "دولار", "شخص"};
    for (String line : RandomPieces.lines(parts, 20180521, 500, 40)) {
      render(line, READER.read(List.of(new TextLine(1, line))));
    }
    String digits = "١".repeat(5000) + "٫" + "٥".repeat(5000) + " شخص";
    List<Quantity> q = READER.read(List.of(new TextLine(1, digits)));
    assertTrue(q.isEmpty(), () -> "a 10,000-digit run is no count: " + q);
  }
}
