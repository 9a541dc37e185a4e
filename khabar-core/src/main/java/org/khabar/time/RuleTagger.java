package org.khabar.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.DateMention;

/** The rule-based {@link TemporalTagger}. Stateless and thread-safe. */
final class RuleTagger implements TemporalTagger {
  static final RuleTagger INSTANCE = new RuleTagger(Lexicon.standard());

  private final Lexicon lexicon;

  RuleTagger(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The unresolved expressions of one line. */
  List<Expr> expressions(String text, int line) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return Grammar.tag(lexicon, text, line);
  }

  @Override
  public List<DateMention> tag(String text, int line, LocalDate anchor) {
    List<DateMention> out = new ArrayList<>();
    for (Expr e : expressions(text, line)) {
      String value = anchor != null ? e.resolve(anchor) : e.underspecified(null);
      out.add(new DateMention(e.text, value, e.type, e.line, e.start, e.end));
    }
    return out;
  }
}
