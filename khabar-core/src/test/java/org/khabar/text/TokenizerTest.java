package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Tokenisation rules (issue #4), tokens.tsv: name, input, expected tokens as {@code TYPE:text} joined by " | ". */
class TokenizerTest {
  private final Tokenizer tokenizer = Tokenizer.standard();

  static String render(List<Token> tokens) {
    return tokens.stream().map(t -> t.type() + ":" + t.text()).collect(Collectors.joining(" | "));
  }

  @TestFactory
  Stream<DynamicTest> rules() {
    return CaseTable.tests("tokens.tsv", 2, c -> assertEquals(c.col(1), render(tokenizer.tokenize(c.col(0))),
        c.where()));
  }

  @Test
  void everyTokenIsItsSpanOfTheInput() {
    for (CaseTable.Case c : CaseTable.read("tokens.tsv", 2)) {
      for (Token t : tokenizer.tokenize(c.col(0))) {
        assertEquals(c.col(0).substring(t.start(), t.end()), t.text(), c.where());
      }
    }
  }

  @Test
  void nullGivesNoTokens() {
    assertEquals(List.of(), tokenizer.tokenize(null));
  }
}
