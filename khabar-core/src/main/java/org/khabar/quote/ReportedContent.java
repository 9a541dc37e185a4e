package org.khabar.quote;

import static org.khabar.quote.FunctionWords.*;
import static org.khabar.quote.WordShapes.*;

import java.util.List;
import org.khabar.model.QuoteKind;
import org.khabar.quote.Lexicon.Gender;
import org.khabar.quote.Lexicon.Verb;
import org.khabar.quote.Lexicon.VerbClass;
import org.khabar.text.WordToken;

/**
 * The content of a report: its tokens up to the sentence's end or the next report, quoted words it absorbs, and the
 * second report a circumstantial participle adds for the same speaker.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportedContent {
  private final Lexicon lex;

  ReportedContent(Lexicon lex) {
    this.lex = lex;
  }

  /** Most words of a reported clause before quoted words that it absorbs ("إن إسرائيل «...»"). */
  private static final int MAX_SUBJECT_BEFORE_QUOTE = 8;

  /**
   * Adds the reported content of tokens {@code [from, end)}, cut before a circumstantial participle that adds a
   * second report ("...، مؤكداً أن ..."), which is added in its turn with the same speaker.
   *
   * @param charStart where the content starts within token {@code from} (after a clitic preposition), or -1
   * @return false when the content is too short to be a report
   */
  boolean addReported(Line l, int li, int from, int charStart, int end, Span speaker, Gender gender,
      List<Candidate> out, boolean[] inDirect) {
    List<WordToken> toks = l.tokens();
    int a = from;
    int markStart = -1;
    while (a < end && !toks.get(a).word()) {
      if (toks.get(a).isQuoteMark()) {
        if (inDirect[a]) {
          // a direct quote follows; the direct pass has it, and a participle after it adds a report of this speaker
          int q = a + 1;
          while (q < end && inDirect[q]) {
            q++;
          }
          if (q + 1 < end && (toks.get(q).is('\u060C') || toks.get(q).is(',')) && toks.get(q + 1).word()
              && lex.participle(toks.get(q + 1).key()) != null) {
            participleClause(l, li, q + 1, end, speaker, gender, out, inDirect);
          }
          return true;
        }
        markStart = markStart < 0 ? toks.get(a).start() : markStart; // quoted words open the reported clause
      }
      a++;
    }
    if (a != from) {
      charStart = markStart;
    }
    int second = -1;
    for (int t = a + 1; t + 1 < end; t++) {
      WordToken tok = toks.get(t);
      if (!tok.word() && (tok.is('\u060C') || tok.is(',')) && toks.get(t + 1).word()
          && lex.participle(toks.get(t + 1).key()) != null) {
        second = t + 1;
        break;
      }
    }
    int b = second < 0 ? end : second - 1;
    while (b > a && !toks.get(b - 1).word()) {
      b--;
    }
    int marks = markStart >= 0 ? 1 : 0;
    for (int t = a; t < b; t++) {
      marks += toks.get(t).isQuoteMark() ? 1 : 0;
    }
    if (marks % 2 == 1 && b < end && toks.get(b).isQuoteMark()) {
      b++; // keep the mark that closes quoted words inside the content: «وجود غاز "نوفيتشوك"»
    }
    int words = 0;
    for (int t = a; t < b; t++) {
      if (inDirect[t]) {
        // "إن إسرائيل «تحلت بضبط النفس»": quoted words after the clause's first words belong to the report
        if (t == a || words > MAX_SUBJECT_BEFORE_QUOTE || !plainWords(toks, a, t) || !absorbQuote(l, li, t, out)) {
          return true;
        }
        while (t + 1 < b && inDirect[t + 1]) {
          t++;
          words += toks.get(t).word() ? 1 : 0;
        }
        continue;
      }
      words += toks.get(t).word() ? 1 : 0;
    }
    if (words < 2) {
      return false;
    }
    int s = charStart >= 0 ? charStart : toks.get(a).start();
    String text = l.text().substring(s, toks.get(b - 1).end());
    out.add(new Candidate(li, s, text, QuoteKind.REPORTED, speaker, gender));
    if (second >= 0) {
      participleClause(l, li, second, end, speaker, gender, out, inDirect);
    }
    return true;
  }

  /** True when tokens {@code [from, to)} are words that are neither reporting verbs nor complementizers. */
  private boolean plainWords(List<WordToken> toks, int from, int to) {
    for (int t = from; t < to; t++) {
      WordToken tok = toks.get(t);
      if (!tok.word() || lex.verb(tok.key()) != null || lex.complementizers.contains(tok.key())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Removes the direct quote opening at token {@code mark} of line {@code li}, when it lies within that line: the
   * reported clause that holds it is added instead. False when there is no such quote.
   */
  private boolean absorbQuote(Line l, int li, int mark, List<Candidate> out) {
    WordToken t = l.tokens().get(mark);
    if (!t.isQuoteMark()) {
      return false;
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      Candidate c = out.get(i);
      if (c.lineIndex() == li && c.kind() == QuoteKind.DIRECT && c.start() == t.start()
          && l.text().indexOf(c.text(), t.start()) >= 0) {
        out.remove(i);
        return true;
      }
    }
    return false;
  }

  /** "مؤكداً أن ..."، "مشيرة إلى أن ..."، "لافتاً إلى استمرار ...": the second report of the same speaker. */
  void participleClause(Line l, int li, int p, int end, Span speaker, Gender gender, List<Candidate> out,
      boolean[] inDirect) {
    List<WordToken> toks = l.tokens();
    Verb v = lex.participle(toks.get(p).key());
    int k = p + 1;
    boolean preposition = false;
    if (k < end && toks.get(k).word() && (toks.get(k).key().equals("الي") || toks.get(k).key().equals("علي")
        || toks.get(k).key().equals("من") || toks.get(k).key().equals("عن"))) {
      preposition = true;
      k++;
    }
    int c = k;
    while (c < end && c < k + 3 && toks.get(c).word() && lex.stops.contains(toks.get(c).key())) {
      c++; // "مؤكدة الاثنين أن ..."
    }
    if (c < end && toks.get(c).word() && lex.complementizers.contains(toks.get(c).key())) {
      k = c;
    }
    if (k < end && toks.get(k).word() && lex.complementizers.contains(toks.get(k).key())) {
      addReported(l, li, k + 1, -1, end, speaker, gender, out, inDirect);
    } else if (k < end && (preposition || (v != null && v.verbClass() == VerbClass.DENY))) {
      addReported(l, li, k, -1, end, speaker, gender, out, inDirect);
    }
  }
}
