package org.khabar.quote;

/**
 * Tokens {@code [first, last]} of a speaker phrase, or {@code first < 0} for none.
 *
 * @param first its first token, or -1
 * @param last its last token
 * @param end the token where the phrase stopped
 * @param stoppedAtObject it stopped where the verb's noun object begins
 * @param clitic its first letter is a marker's ل ("للمرصد")
 * @param stoppedAtPreposition it stopped at the verb's preposition of a nominal report
 */
record Phrase(int first, int last, int end, boolean stoppedAtObject, boolean clitic,
    boolean stoppedAtPreposition) {
  Span span(Line l) {
    if (first < 0) {
      return null;
    }
    int s = l.tokens().get(first).start() + (clitic ? 1 : 0);
    int e = l.tokens().get(last).end();
    String text = l.text().substring(s, e);
    // "للمرصد" written against the marker's ل: the speaker is "المرصد"
    if (clitic && text.startsWith("ل")) {
      text = "ال" + text.substring(1);
    }
    return new Span(l.source().number(), s, e, text);
  }

  Phrase withClitic() {
    return new Phrase(first, last, end, stoppedAtObject, true, stoppedAtPreposition);
  }
}
