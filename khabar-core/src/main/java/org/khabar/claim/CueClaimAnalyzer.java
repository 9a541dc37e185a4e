package org.khabar.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.model.Claim;
import org.khabar.model.Quote;
import org.khabar.model.QuoteKind;
import org.khabar.model.Stance;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;
import org.khabar.text.WordToken;
import org.khabar.text.WordTokenizer;

/**
 * Claims from quotes and from the article's own voice, with the stance read from cue phrases.
 *
 * <p>Stateless and thread-safe: one instance serves every thread. Never throws on any input.
 */
final class CueClaimAnalyzer implements ClaimAnalyzer {
  static final CueClaimAnalyzer INSTANCE = new CueClaimAnalyzer(Cues.standard());

  /** Sentences shorter than this (in words) are captions, menus or fragments, not propositions. */
  static final int MIN_WORDS = 4;
  /** Longest source phrase named after a non-confirmation cue. */
  static final int MAX_SOURCE_WORDS = 5;
  static final int MAX_LINE = 20_000;

  /** Words that end the source phrase after "لم تؤكده ...". */
  private static final Set<String> SOURCE_END = Set.of("علي", "بعد", "حتي", "رسميا", "ذلك", "هذه", "هذا", "من", "في",
      "الان", "حول", "بشان", "او", "ولا", "اي", "ان");

  private final Cues cues;

  CueClaimAnalyzer(Cues cues) {
    this.cues = cues;
  }

  @Override
  public List<Claim> analyze(ArticleStructure structure, List<Quote> quotes) {
    if (structure == null) {
      return List.of();
    }
    try {
      return claims(structure, quotes == null ? List.of() : quotes);
    } catch (RuntimeException e) {
      return List.of(); // a stage never stops the pipeline
    }
  }

  private List<Claim> claims(ArticleStructure structure, List<Quote> quotes) {
    String publisher = structure.publisher() == null ? null : structure.publisher().name();
    List<Claim> out = new ArrayList<>();
    for (TextLine line : structure.content()) {
      String text = line.text().length() > MAX_LINE ? line.text().substring(0, MAX_LINE) : line.text();
      List<WordToken> toks = Stems.WORDS.tokenize(text);
      List<Quote> here = new ArrayList<>();
      for (Quote q : quotes) {
        if (q.line() == line.number()) {
          here.add(q);
        }
      }
      for (int[] s : WordTokenizer.sentences(toks, text)) {
        sentence(line.number(), text, toks, s[0], s[1], here, publisher, out);
      }
    }
    return out;
  }

  private void sentence(int lineNo, String text, List<WordToken> toks, int a, int b, List<Quote> quotes,
      String publisher, List<Claim> out) {
    int sStart = toks.get(a).start();
    int sEnd = toks.get(b - 1).end();
    List<Cues.Hit> hits = new ArrayList<>();
    for (int i = a; i < b; i++) {
      Cues.Hit h = cues.at(toks, i, b);
      if (h != null) {
        hits.add(h);
        i = h.to() - 1;
      }
    }
    boolean attributed = false;
    int previousEnd = a;
    for (Quote q : quotes) {
      int at = locate(text, q.text(), sStart, sEnd);
      if (at < 0) {
        continue;
      }
      attributed = true;
      int qa = a;
      while (qa < b && toks.get(qa).end() <= at) {
        qa++; // a quote may start inside a token, after a clitic preposition ("بمقتل")
      }
      int qb = qa;
      int qEnd = at + Math.min(q.text().length(), text.length() - at);
      while (qb < b && toks.get(qb).end() <= qEnd) {
        qb++;
      }
      // only the words since the previous quote of the sentence frame this one: in "نفى ... X، مؤكداً أن Y" the
      // denial frames X, the participle frames Y
      int frame = qa >= previousEnd ? previousEnd : a;
      previousEnd = Math.max(previousEnd, qb);
      Stance stance = Stance.ASSERTS;
      // the verb or phrase before the quote decides: "نفى المتحدث أن ..."; else the quote's own wording
      if (q.kind() == QuoteKind.REPORTED && has(hits, frame, qa, Cues.Kind.DENY)) {
        stance = Stance.DENIES;
      } else if (has(hits, qa, qb, Cues.Kind.DENY)) {
        stance = Stance.DENIES;
      } else if (hasImpersonal(hits, qa, qb, Cues.Kind.UNCONFIRMED)) {
        // "X، وهو ما لم تؤكده الحكومة" names another source: the speaker still asserts X (see unconfirmedBy)
        stance = Stance.UNCONFIRMED;
      }
      out.add(new Claim(q.text(), q.speaker(), stance, lineNo));
      unconfirmedBy(lineNo, text, toks, hits, qa, Math.max(qb, qa), out);
      // "... بحسب ناشطين، ولم يتسن التحقق من ذلك": the writer leaves the source's claim unconfirmed
      for (Cues.Hit h : hits) {
        boolean outside = h.from() < qa || h.from() >= qb;
        if (outside && h.cue().kind() == Cues.Kind.UNCONFIRMED && !h.cue().sourceFollows()) {
          out.add(new Claim(q.text(), publisher, Stance.UNCONFIRMED, lineNo));
          break;
        }
      }
    }
    if (attributed || insideQuote(text, quotes, sStart, sEnd)) {
      return;
    }
    int words = 0;
    for (int i = a; i < b; i++) {
      words += toks.get(i).word() ? 1 : 0;
    }
    if (words < MIN_WORDS || !checkable(text, toks, a, b, words) || attributedElsewhere(text, toks, a, b, quotes)
        || attributionOnly(toks, a, b, words)) {
      return;
    }
    Stance stance = Stance.ASSERTS;
    String source = publisher;
    int propEnd = b;
    for (Cues.Hit h : hits) {
      int i = h.from();
      switch (h.cue().kind()) {
        case DENY -> {
          if (nominal(text, toks, h) && i - a > 1) {
            // "... وسط اتهامات ونفي من قبل الحكومة": a denial noun inside the sentence reports someone else's
            // denial; the sentence stays the publisher's assertion
            continue;
          }
          stance = Stance.DENIES;
          String who = h.cue().sourceFollows() ? sourceAfter(text, toks, h.to(), b) : null;
          if (who != null) {
            source = who; // "نفت الوزارة، الجمعة، اتهامات ...": the ministry denies, not the publisher
          }
        }
        case UNCONFIRMED -> {
          if (h.cue().sourceFollows() && i - a >= 2) {
            propEnd = Math.min(propEnd, i); // "اتفاق لم تؤكده الحكومة": the article asserts the agreement
          } else if (stance == Stance.ASSERTS) {
            stance = Stance.UNCONFIRMED;
          }
        }
        case HEDGE -> {
          if (stance == Stance.ASSERTS && source == publisher) {
            // hedged report: asserted, but by the hedge ("أنباء عن", "يعتقد"), not by the publisher
            source = text.substring(toks.get(h.from()).start(), toks.get(h.to() - 1).end());
          }
        }
        default -> {
        }
      }
    }
    int end = propEnd;
    while (end > a && !toks.get(end - 1).word()) {
      end--;
    }
    if (end <= a) {
      return;
    }
    out.add(new Claim(text.substring(sStart, toks.get(end - 1).end()), source, stance, lineNo));
    unconfirmedBy(lineNo, text, toks, hits, a, b, out);
  }

  /**
   * True for a one-word denial noun ("نفي"، "تكذيب"). The match keys fold the verb نفى into the noun نفي, so the
   * written final letter tells them apart: the verb ends in alef maksura, the noun in yeh.
   */
  private static boolean nominal(String text, List<WordToken> toks, Cues.Hit h) {
    if (h.cue().words().length != 1) {
      return false;
    }
    if (!h.cue().sourceFollows()) {
      return true;
    }
    WordToken t = toks.get(h.from());
    String k = t.key();
    return (k.equals("نفي") || k.equals("ونفي")) && text.charAt(t.end() - 1) == org.khabar.text.ArabicLetters.YEH;
  }

  private static final java.util.Set<String> INTERROGATIVES = java.util.Set.of("هل", "لماذا", "كيف", "متي", "اين",
      "ماذا", "لم", "اي", "ما", "من");

  /**
   * True when a sentence of the article's own voice carries a checkable proposition: not a question, and a full
   * sentence (six words or more, or closed by a full stop) or a sentence with a number; short unpunctuated lines
   * are headings, captions and menus.
   */
  private static boolean checkable(String text, List<WordToken> toks, int a, int b, int words) {
    int end = toks.get(b - 1).end();
    int after = end;
    while (after < text.length() && (Character.isWhitespace(text.charAt(after))
        || !WordTokenizer.isWordChar(text.charAt(after)) && !WordTokenizer.isSentenceEnd(text.charAt(after)))) {
      after++;
    }
    char close = after < text.length() ? text.charAt(after) : 0;
    if (close == '?' || close == org.khabar.text.ArabicLetters.ARABIC_QUESTION_MARK) {
      return false;
    }
    String first = toks.get(a).key();
    if (INTERROGATIVES.contains(first) && (first.equals("هل") || first.equals("لماذا") || first.equals("كيف")
        || first.equals("ماذا"))) {
      return false;
    }
    if (words >= 6 || close == '.' || close == '!') {
      return true;
    }
    for (int i = a; i < b; i++) {
      if (toks.get(i).word() && Character.isDigit(toks.get(i).key().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** First words of an attribution that can stand as a sentence of its own after its content ("وفق ما أوردت ..."). */
  private static final java.util.Set<String> ATTRIBUTION_OPENERS = java.util.Set.of("وفق", "وفقا", "بحسب", "حسب",
      "حسبما", "طبقا", "نقلا");

  /**
   * True for a short sentence that is only an attribution of what came before ("وفق ما أوردت وكالة الأنباء."): an
   * attribution opener, at most ten words and no comma; it holds no proposition of its own.
   */
  private static boolean attributionOnly(List<WordToken> toks, int a, int b, int words) {
    int f = a;
    while (f < b && !toks.get(f).word()) {
      f++;
    }
    if (f >= b || words > 10) {
      return false;
    }
    String k = toks.get(f).key();
    String bare = k.length() > 3 && k.charAt(0) == 'و' && !k.startsWith("وفق") ? k.substring(1) : k;
    if (!ATTRIBUTION_OPENERS.contains(bare)) {
      return false;
    }
    for (int i = f; i < b; i++) {
      if (!toks.get(i).word() && (toks.get(i).key().equals("\u060C") || toks.get(i).key().equals(","))) {
        return false;
      }
    }
    return true;
  }

  /** True when the sentence repeats a proposition a quote of this line already attributes to its source. */
  private static boolean attributedElsewhere(String text, List<WordToken> toks, int a, int b, List<Quote> quotes) {
    if (quotes.isEmpty()) {
      return false;
    }
    java.util.Set<String> mine = new java.util.HashSet<>();
    for (int i = a; i < b; i++) {
      if (toks.get(i).word()) {
        mine.add(toks.get(i).key());
      }
    }
    for (Quote q : quotes) {
      List<WordToken> qt = Stems.WORDS.tokenize(q.text());
      int common = 0;
      int n = 0;
      for (WordToken t : qt) {
        if (t.word()) {
          n++;
          common += mine.contains(t.key()) ? 1 : 0;
        }
      }
      if (n >= 4 && common >= 0.8 * n) {
        return true;
      }
    }
    return false;
  }

  /** The source phrase named right after a cue ("نفت الوزارة"), or {@code null}. */
  private static String sourceAfter(String text, List<WordToken> toks, int s, int b) {
    int e = s;
    while (e < b && e - s < MAX_SOURCE_WORDS && toks.get(e).word() && !SOURCE_END.contains(toks.get(e).key())) {
      e++;
    }
    return e > s ? text.substring(toks.get(s).start(), toks.get(e - 1).end()) : null;
  }

  /** "X لم تؤكده الحكومة": adds the claim X left unconfirmed by the source named after the cue. */
  private static void unconfirmedBy(int lineNo, String text, List<WordToken> toks, List<Cues.Hit> hits, int a,
      int b, List<Claim> out) {
    for (Cues.Hit h : hits) {
      int i = h.from();
      if (i < a + 2 || i >= b || h.cue().kind() != Cues.Kind.UNCONFIRMED || !h.cue().sourceFollows()) {
        continue;
      }
      String source = sourceAfter(text, toks, h.to(), b);
      int pe = i;
      while (pe > a && !toks.get(pe - 1).word()) {
        pe--;
      }
      if (source != null && pe > a) {
        String prop = text.substring(toks.get(a).start(), toks.get(pe - 1).end());
        out.add(new Claim(prop, source, Stance.UNCONFIRMED, lineNo));
      }
      return;
    }
  }

  /** Like {@link #has} for cues that name no source after them ("لم يتسن التحقق", not "لم تؤكده الحكومة"). */
  private static boolean hasImpersonal(List<Cues.Hit> hits, int from, int to, Cues.Kind kind) {
    for (Cues.Hit h : hits) {
      if (h.from() >= from && h.from() < to && h.cue().kind() == kind && !h.cue().sourceFollows()) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(List<Cues.Hit> hits, int from, int to, Cues.Kind kind) {
    for (Cues.Hit h : hits) {
      if (h.from() >= from && h.from() < to && h.cue().kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the sentence {@code [from, to)} lies inside a quote of its line that starts before it: a quotation
   * cut in two by a full stop ("«... (...) ننتظر الكثير»") is its speaker's, not the publisher's.
   */
  private static boolean insideQuote(String line, List<Quote> quotes, int from, int to) {
    for (Quote q : quotes) {
      int at = q.text().isEmpty() ? -1 : line.indexOf(q.text());
      if (at >= 0 && at < from && at + q.text().length() >= to) {
        return true;
      }
    }
    return false;
  }

  /** Where a quote's text starts within {@code [from, to)} of the line, or -1. */
  private static int locate(String line, String quote, int from, int to) {
    String probe = quote.length() > 40 ? quote.substring(0, 40) : quote;
    int at = line.indexOf(probe, Math.max(0, from - 2));
    return at >= 0 && at < to ? at : -1;
  }
}
