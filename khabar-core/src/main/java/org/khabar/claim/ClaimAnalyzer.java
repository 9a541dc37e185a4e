package org.khabar.claim;

import java.util.List;
import org.khabar.model.Claim;
import org.khabar.model.Quote;
import org.khabar.structure.ArticleStructure;

/**
 * Attributes propositions to sources with a stance: asserts, denies, unconfirmed.
 *
 * <p>What the standard analyser emits:
 * <ul>
 *   <li>every quote is a claim of its speaker (source {@code null} when the speaker is unknown): {@code denies}
 *       when a denial verb introduces it ("نفى ... أن") or its own words deny ("لا صحة"، "عار عن الصحة"),
 *       {@code unconfirmed} when its words do not confirm, else {@code asserts};
 *   <li>the stance of a quote is read from the words between the previous quote of its sentence and it, so that
 *       in "نفى ... X، مؤكداً أن Y" X is denied and Y asserted;
 *   <li>every other sentence that carries a checkable proposition (four or more words, not a question, and six
 *       words or more, or closed by a full stop, or holding a number; headings and captions are not) and does not
 *       repeat a quote of its line is the article's own voice: its source is the publisher's name, or
 *       {@code null} when the publisher is unknown; {@code denies} with a denial phrase (a denial noun inside
 *       the sentence, "... ونفي من قبل ...", reports someone else's denial and leaves it the publisher's
 *       assertion), {@code unconfirmed} with an impersonal non-confirmation ("لم يتسن التحقق"، "دون تأكيد"),
 *       else {@code asserts};
 *   <li>a hedged sentence ("أفادت أنباء"، "يعتقد"، "يرجح") stays {@code asserts} (the contract has no hedge
 *       stance) but its source is the hedge as written, not the publisher, so no one is credited with vouching;
 *   <li>"X لم تؤكده الحكومة" gives two claims: X asserted by the sentence's source, and X {@code unconfirmed} by
 *       the source named after the cue (here the government).
 * </ul>
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface ClaimAnalyzer {
  /** Analyses the content of one article, given its quotes. Never throws: bad input gives no claims. */
  List<Claim> analyze(ArticleStructure structure, List<Quote> quotes);

  /** The standard analyser; its cue phrases live in this package's {@code stance-cues.txt}. */
  static ClaimAnalyzer standard() {
    return CueClaimAnalyzer.INSTANCE;
  }
}
