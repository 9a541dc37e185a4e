package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Sentence rules (issue #4), sentences.tsv: name, input, expected sentences joined by " || ". */
class SentenceSplitterTest {
  private final SentenceSplitter splitter = SentenceSplitter.standard();

  @TestFactory
  Stream<DynamicTest> rules() {
    return CaseTable.tests("sentences.tsv", 2, c -> {
      List<Span> spans = splitter.split(c.col(0));
      assertEquals(c.col(1), spans.stream().map(s -> s.of(c.col(0))).collect(Collectors.joining(" || ")),
          c.where());
    });
  }
}
