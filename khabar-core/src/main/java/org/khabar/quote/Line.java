package org.khabar.quote;

import java.util.List;
import java.util.function.Predicate;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;
import org.khabar.text.WordToken;
import org.khabar.text.WordTokenizer;
import org.khabar.text.WordTokenizer.Dots;
import org.khabar.text.WordTokenizer.Marks;

/**
 * The tokens of one content line with what the entity stage knows of them.
 *
 * @param source the content line
 * @param text its text, cut to {@link PatternQuoteAnalyzer#MAX_LINE}
 * @param tokens its tokens
 * @param named {@code named[t]} when token t lies inside an entity mention
 * @param lamNamed the last token of a mention written against the preposition ل of token t ("لرويترز"), or -1
 * @param opensPlaceOrOrg {@code opensPlaceOrOrg[t]} when token t opens a mention of a place or an organisation
 * @param person {@code person[t]} when token t lies inside a mention of a person
 */
record Line(TextLine source, String text, List<WordToken> tokens, boolean[] named, int[] lamNamed,
    boolean[] opensPlaceOrOrg, boolean[] person) {
  /**
   * The quote stage's tokenizer: numbers and abbreviations whole (2.5, د.أحمد), and every visible mark a token, for
   * the quotation marks, colons and brackets that frame quotes.
   */
  static final WordTokenizer WORDS = WordTokenizer.of(Dots.INSIDE_NUMBERS_AND_ABBREVIATIONS, Marks.ALL_VISIBLE);

  /** Tokenises {@code text} (the line's text, possibly cut) and marks the entity mentions of its line. */
  static Line of(TextLine source, String text, List<EntityMention> entities) {
    List<WordToken> toks = WORDS.tokenize(text);
    int n = source.number();
    return new Line(source, text, toks, inside(n, toks, entities, type -> true), lamNamed(n, toks, entities),
        opensPlaceOrOrg(n, toks, entities), inside(n, toks, entities, type -> type == EntityType.PERSON));
  }

  /** For each token written with a preposition ل against an entity mention, the mention's last token, else -1. */
  private static int[] lamNamed(int lineNumber, List<WordToken> toks, List<EntityMention> entities) {
    int[] out = new int[toks.size()];
    java.util.Arrays.fill(out, -1);
    for (EntityMention e : entities) {
      if (e.line() != lineNumber) {
        continue;
      }
      for (int t = 0; t < toks.size(); t++) {
        WordToken tok = toks.get(t);
        if (tok.word() && tok.start() + 1 == e.start() && tok.key().length() > 2 && tok.key().charAt(0) == 'ل') {
          int last = t;
          while (last + 1 < toks.size() && toks.get(last + 1).end() <= e.end()) {
            last++;
          }
          out[t] = last;
        }
      }
    }
    return out;
  }

  /** Marks the tokens of a line that open a mention of a place or an organisation. */
  private static boolean[] opensPlaceOrOrg(int lineNumber, List<WordToken> toks, List<EntityMention> entities) {
    boolean[] out = new boolean[toks.size()];
    for (EntityMention e : entities) {
      if (e.line() != lineNumber || e.type() == EntityType.PERSON) {
        continue;
      }
      for (int t = 0; t < toks.size(); t++) {
        if (toks.get(t).start() == e.start()) {
          out[t] = true;
          break;
        }
      }
    }
    return out;
  }

  /** Marks the tokens of a line that lie inside a mention of that line of a type {@code types} accepts. */
  private static boolean[] inside(int lineNumber, List<WordToken> toks, List<EntityMention> entities,
      Predicate<EntityType> types) {
    boolean[] out = new boolean[toks.size()];
    for (EntityMention e : entities) {
      if (e.line() != lineNumber || !types.test(e.type())) {
        continue;
      }
      for (int t = 0; t < toks.size(); t++) {
        WordToken tok = toks.get(t);
        if (tok.start() >= e.start() && tok.end() <= e.end()) {
          out[t] = true;
        }
      }
    }
    return out;
  }

  static Span spanOf(Line l, int first, int last) {
    return spanOf(l, first, last, 0);
  }

  /** The span of tokens {@code [first, last]}, leaving out {@code clitic} leading characters. */
  static Span spanOf(Line l, int first, int last, int clitic) {
    int s = l.tokens().get(first).start() + clitic;
    int e = l.tokens().get(last).end();
    return new Span(l.source().number(), s, e, l.text().substring(s, e));
  }
}
