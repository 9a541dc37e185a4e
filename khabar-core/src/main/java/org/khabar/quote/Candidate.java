package org.khabar.quote;

import org.khabar.model.QuoteKind;
import org.khabar.quote.Lexicon.Gender;

/**
 * A quote found in the text, before its speaker is resolved.
 *
 * @param lineIndex index of its first line among the content lines
 * @param start offset of its first character in that line
 * @param text the quoted or reported words
 * @param kind direct or reported
 * @param speaker the speaker phrase written for it, or {@code null}
 * @param gender the agreement of its verb; with no speaker, a non-null gender continues the latest agreeing speaker
 *     and {@code null} continues none
 */
record Candidate(int lineIndex, int start, String text, QuoteKind kind, Span speaker, Gender gender) {}
