package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.model.DateMention;
import org.khabar.text.CaseTable;
import org.khabar.text.RandomPieces;

/**
 * Date mentions of one line each: date-cases.tsv and decimal-dates.tsv (numeric dates and decimal numbers in every
 * digit script) (name, line, mentions as text=value), failures named by the table's line; hostile runs of digits and
 * separators.
 */
class DateCasesTest {
  private static final LocalDate ANCHOR = LocalDate.of(2018, 5, 24);

  private static String render(String line, List<DateMention> found) {
    for (DateMention m : found) {
      assertEquals(m.text(), line.substring(m.start(), m.end()), "a date's span must index its line");
    }
    return found.stream().map(m -> m.text() + "=" + m.value()).collect(Collectors.joining(" ; "));
  }

  @TestFactory
  Stream<DynamicTest> datesOfOneLine() {
    return Stream.of("/org/khabar/time/date-cases.tsv", "/org/khabar/time/decimal-dates.tsv")
        .flatMap(table -> CaseTable.tests(table, 2, c -> assertEquals(c.col(1),
            render(c.col(0), TemporalTagger.standard().tag(c.col(0), 1, ANCHOR)), c.where())));
  }

  @Test
  void separatorRunsAndLongDigitRunsNeverThrow() {
    String[] parts = {"٫", "٬", "،", ".", ",", "/", "-", "١", "۱", "1", "٢٠١٨", " ", "أيار"};
    for (String line : RandomPieces.lines(parts, 20180521, 500, 40)) {
      render(line, TemporalTagger.standard().tag(line, 1, ANCHOR));
    }
    String digits = "في " + "٢".repeat(5000) + "٫" + "٥".repeat(5000);
    assertEquals("", render(digits, TemporalTagger.standard().tag(digits, 1, ANCHOR)));
  }
}

