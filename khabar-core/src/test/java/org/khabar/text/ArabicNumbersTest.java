package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Number rules (issue #4), numbers.tsv: name, input, expected mentions as {@code text|value|min|max|KIND} joined by
 * " ; " (inf for an open end, ~ after KIND when approximate).
 */
class ArabicNumbersTest {
  private final ArabicNumbers numbers = ArabicNumbers.standard();

  static String num(double d) {
    if (Double.isInfinite(d)) {
      return "inf";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  static String render(List<NumberMention> ms) {
    return ms.stream()
        .map(m -> m.text() + "|" + num(m.value()) + "|" + num(m.min()) + "|" + num(m.max()) + "|" + m.kind()
            + (m.approximate() ? "~" : ""))
        .collect(Collectors.joining(" ; "));
  }

  @TestFactory
  Stream<DynamicTest> rules() {
    return CaseTable.tests("numbers.tsv", 2, c -> assertEquals(c.col(1), render(numbers.find(c.col(0))), c.where()));
  }

  @Test
  void parseDigitsReadsSeparatorsByGrouping() {
    assertEquals(OptionalDouble.of(1220), numbers.parseDigits("1,220"));
    assertEquals(OptionalDouble.of(3.5), numbers.parseDigits("3,5"));
    assertEquals(OptionalDouble.of(1220000), numbers.parseDigits("1.220.000"));
    assertEquals(OptionalDouble.of(3.5), numbers.parseDigits("٣٫٥"));
    assertEquals(OptionalDouble.of(1200), numbers.parseDigits("١٬٢٠٠"));
    assertEquals(OptionalDouble.of(1397), numbers.parseDigits("۱۳۹۷"));
    assertEquals(OptionalDouble.of(1234.5), numbers.parseDigits("1,234.5"));
    assertTrue(numbers.parseDigits("abc").isEmpty());
    assertTrue(numbers.parseDigits("").isEmpty());
    assertTrue(numbers.parseDigits(null).isEmpty());
    assertTrue(numbers.parseDigits("9".repeat(400)).isEmpty());
  }
}
