package org.khabar.time;

import java.time.LocalDate;
import java.util.List;
import org.khabar.model.DateMention;

/**
 * Tags the temporal expressions of one line and resolves them against an anchor day.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface TemporalTagger {
  /**
   * Tags one line.
   *
   * @param text the line as written
   * @param line its 1-based number, copied into every mention
   * @param anchor the day relative expressions are resolved against, or {@code null} when unknown (they then get
   *     an underspecified TIMEX3 value such as {@code XXXX-WXX-3} or {@code PAST_REF})
   * @return every expression found, in order, with its span in {@code text}
   */
  List<DateMention> tag(String text, int line, LocalDate anchor);

  /** The standard rule-based tagger over the knowledge files in {@code org/khabar/time}. */
  static TemporalTagger standard() {
    return RuleTagger.INSTANCE;
  }
}
