package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.khabar.model.DateMention;
import org.khabar.text.CaseTable;

/**
 * Date mentions of one line each: date-cases.tsv (name, line, mentions as text=value), failures named by the
 * table's line.
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
    return CaseTable.tests("/org/khabar/time/date-cases.tsv", 2,
        c -> assertEquals(c.col(1), render(c.col(0), TemporalTagger.standard().tag(c.col(0), 1, ANCHOR)), c.where()));
  }
}
