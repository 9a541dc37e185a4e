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

/**
 * Quantities written with the decimal and thousands separators of every digit script: decimal-quantities.tsv (name,
 * line, quantities as text|value|max|unit), failures named by the table's line; hostile separator runs.
 */
class DecimalQuantitiesTest {
  private static final QuantityReader READER = QuantityReader.standard();

  private static String plain(double d) {
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  private static String render(String line, List<Quantity> qs) {
    for (Quantity q : qs) {
      assertEquals(q.text(), line.substring(q.start(), q.end()), "a quantity's span must index its line");
    }
    return qs.stream()
        .map(q -> q.text() + "|" + plain(q.value()) + "|" + (q.max() == null ? "-" : plain(q.max())) + "|" + q.unit())
        .collect(Collectors.joining(" ; "));
  }

  @TestFactory
  Stream<DynamicTest> separatorsOfEveryDigitScript() {
    return CaseTable.tests("/org/khabar/entity/decimal-quantities.tsv", 2,
        c -> assertEquals(c.col(1), render(c.col(0), READER.read(List.of(new TextLine(1, c.col(0))))), c.where()));
  }

  @Test
  void separatorRunsAndLongDigitRunsNeverThrow() {
    String[] parts = {"٫", "٬", "،", ".", ",", "١", "۱", "1", "٢٠", " ", "مليون", "دولار", "شخص"};
    Random random = new Random(20180521);
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String line = b.toString();
      render(line, READER.read(List.of(new TextLine(1, line))));
    }
    String digits = "١".repeat(5000) + "٫" + "٥".repeat(5000) + " شخص";
    List<Quantity> q = READER.read(List.of(new TextLine(1, digits)));
    assertTrue(q.isEmpty(), () -> "a 10,000-digit run is no count: " + q);
  }
}
