package org.khabar.quote;

import static org.khabar.quote.FunctionWords.*;
import static org.khabar.quote.WordShapes.*;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.QuoteKind;
import org.khabar.quote.Lexicon.Gender;
import org.khabar.quote.Lexicon.Verb;
import org.khabar.quote.Lexicon.VerbClass;
import org.khabar.text.WordToken;
import org.khabar.text.WordTokenizer;

/**
 * Direct quotes: spans between quotation marks of every style across lines, quoted names and terms told from speech,
 * and the verb or marker that attributes each, before or after it.
 *
 * <p>Stateless and thread-safe.
 */
final class DirectQuotes {
  private final Lexicon lex;
  private final ReportingFrames frames;
  private final SpeakerPhrases phrases;
  private final PrecedingSubjects subjects;

  DirectQuotes(Lexicon lex, ReportingFrames frames, SpeakerPhrases phrases, PrecedingSubjects subjects) {
    this.lex = lex;
    this.frames = frames;
    this.phrases = phrases;
    this.subjects = subjects;
  }

  /** A direct quote may span at most this many lines. */
  private static final int MAX_QUOTE_LINES = 4;


  private record Mark(int lineIndex, int offset, int token, boolean single) {}

  /**
   * The agreement of a verbal noun of saying right before a quotation ("بقوله" masculine, "بقولها" feminine,
   * "بقولهم" plural, "بالقول" unknown), or {@code null} for any other word.
   */
  private static Gender sayingNoun(String k) {
    if (k.equals("بالقول")) {
      return Gender.UNKNOWN;
    }
    if (k.startsWith("بقول") && k.length() > 4) {
      return Lexicon.pronounGender(k.substring(1));
    }
    return null;
  }

  /** How a quote is attributed: a speaker phrase, or a continuation of an earlier speaker of this gender. */
  private record Attribution(Span speaker, Gender gender, boolean continues) {}

  void direct(List<Line> lines, List<Candidate> out, boolean[][] inDirect) {
    List<Mark> marks = new ArrayList<>();
    for (int li = 0; li < lines.size(); li++) {
      List<WordToken> toks = lines.get(li).tokens();
      for (int t = 0; t < toks.size(); t++) {
        WordToken tok = toks.get(t);
        if (tok.isQuoteMark()) {
          char c = tok.key().charAt(0);
          boolean single = c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u2039' || c == '\u203A';
          marks.add(new Mark(li, tok.start(), t, single));
        }
      }
    }
    int lastLineWithQuote = -2;
    for (int i = 0; i < marks.size(); i++) {
      Mark open = marks.get(i);
      Line ol = lines.get(open.lineIndex());
      if (!opens(ol, open)) {
        continue;
      }
      int j = i + 1;
      while (j < marks.size() && marks.get(j).single() != open.single()) {
        j++;
      }
      Mark close = null;
      if (j < marks.size()) {
        Mark m = marks.get(j);
        boolean near = m.lineIndex() - open.lineIndex() < MAX_QUOTE_LINES && (!open.single()
            || m.lineIndex() == open.lineIndex());
        if (near && closes(lines.get(m.lineIndex()), m)) {
          close = m;
        }
      }
      if (close != null && partialAfterComplementizer(ol, open, close)) {
        i = j; // «قال إن "معتقداتها" تمنعها ...»: quoted words inside a reported clause, which the reported pass takes
        continue;
      }
      int endLine;
      int endToken;
      if (close != null) {
        endLine = close.lineIndex();
        endToken = close.token();
      } else {
        // unbalanced: the quote runs to the end of its line when speech introduces it
        if (open.single() || !introducedAsSpeech(ol, open.token())) {
          continue;
        }
        endLine = open.lineIndex();
        endToken = ol.tokens().size();
      }
      String text = spanText(lines, open.lineIndex(), open.token() + 1, endLine, endToken);
      int words = countWords(lines, open.lineIndex(), open.token() + 1, endLine, endToken);
      if (close != null) {
        i = j;
      }
      if (words < 2) {
        continue;
      }
      // who said it: a verb or marker before the opening mark, else after the closing mark
      Attribution who = before(ol, open.token(), inDirect[open.lineIndex()]);
      if (who == null) {
        Line cl = lines.get(endLine);
        who = after(cl, endLine, Math.min(endToken + 1, cl.tokens().size()));
      }
      boolean continues = lastLineWithQuote >= open.lineIndex() - 1;
      if (who == null) {
        boolean opensParagraph = open.token() == 0;
        if (words < 6 && !(continues && opensParagraph)) {
          continue; // a name or term in quotation marks, not speech
        }
        who = new Attribution(null, Gender.UNKNOWN, continues);
      } else if (words < 3 && who.speaker() == null) {
        continue; // too short to be speech without a named speaker
      }
      if (words < 4 && attachedToProclitic(ol, open)) {
        continue; // لـ«العربية.نت», بـ"الإرهاب": a name or term after a preposition
      }
      boolean closesClause = close != null && close.lineIndex() == open.lineIndex()
          && clauseEndsAfter(ol.tokens(), close.token() + 1);
      if (words <= 4 && ((namesOrTerm(ol, open.token())
          && !(closesClause && spokenRightAfterSpeaker(ol, open.token(), who)))
          || nameBeforeComplementizer(lines.get(endLine), endToken))) {
        continue; // تنظيم "الدولة الإسلامية", صحيفة «الوطن»: a quoted name or term inside a noun phrase
      }
      for (int li = open.lineIndex(); li <= endLine; li++) {
        int from = li == open.lineIndex() ? open.token() : 0;
        int to = li == endLine ? Math.min(endToken, inDirect[li].length - 1) : inDirect[li].length - 1;
        for (int t = from; t <= to && t < inDirect[li].length; t++) {
          inDirect[li][t] = true;
        }
      }
      lastLineWithQuote = endLine;
      // gender null: no speaker; a null speaker with a gender continues the latest agreeing speaker
      Span sp = who.speaker();
      Gender g = sp != null || who.continues() ? who.gender() : null;
      out.add(new Candidate(open.lineIndex(), open.offset(), text, QuoteKind.DIRECT, sp, g));
    }
  }

  /**
   * True when a quotation opens right after a complementizer and the clause goes on after it closes ("إن
   * "معتقداتها الدينية" تمنعها من ..."): the quoted words are part of reported speech, not a quote of their own.
   */
  private boolean partialAfterComplementizer(Line l, Mark open, Mark close) {
    if (close.lineIndex() != open.lineIndex() || open.token() == 0) {
      return false;
    }
    List<WordToken> toks = l.tokens();
    WordToken prev = toks.get(open.token() - 1);
    int after = close.token() + 1;
    if (prev.word() && lex.complementizers.contains(prev.key()) && after < toks.size() && toks.get(after).word()
        && !lex.complementizers.contains(toks.get(after).key())) {
      return true;
    }
    return false;
  }

  private static boolean opens(Line l, Mark m) {
    String s = l.text();
    int o = m.offset();
    int next = o + 1;
    while (next < s.length() && s.charAt(next) == ' ') {
      next++;
    }
    if (next >= s.length() || !WordTokenizer.isWordChar(s.charAt(next))) {
      return false;
    }
    if (o == 0) {
      return true;
    }
    char p = s.charAt(o - 1);
    if (!WordTokenizer.isWordChar(p)) {
      return true;
    }
    // a proclitic written against the mark: و« ب" ل«
    boolean clitic = p == 'و' || p == 'ب' || p == 'ل' || p == 'ف' || p == 'ك' || p == 'ـ';
    return clitic && (o < 2 || !WordTokenizer.isWordChar(s.charAt(o - 2)) || s.charAt(o - 1) == 'ـ');
  }

  /**
   * True when a short quotation follows a word that is not a speech frame (a reporting verb, a complementizer, a
   * colon): the quotation is then a name or a term inside the sentence's noun phrase, not speech.
   */
  private boolean namesOrTerm(Line l, int markToken) {
    if (markToken == 0) {
      return false;
    }
    WordToken prev = l.tokens().get(markToken - 1);
    if (!prev.word()) {
      return !prev.is(':') && !prev.isSentenceEnd() && !prev.isQuoteMark();
    }
    String k = prev.key();
    return lex.verb(k) == null && lex.participle(k) == null && !lex.complementizers.contains(k) && !frames.isContext(k);
  }

  /**
   * True when the quotation opens right after the speaker of a verb of saying ("كما يقول المثل «لسانك حصانك»"):
   * short as it is, it is what the speaker says, not a name.
   */
  private boolean spokenRightAfterSpeaker(Line l, int markToken, Attribution who) {
    if (who == null || who.speaker() == null || markToken == 0
        || Line.WORDS.tokenize(who.speaker().text()).size() > 2) {
      return false;
    }
    List<WordToken> toks = l.tokens();
    WordToken last = toks.get(markToken - 1);
    if (last.end() != who.speaker().end() || !last.word()
        || !last.key().startsWith("ال")) {
      return false; // "قالت صحيفة «الوطن»": a noun in construct before a quoted name is the name's, not a speaker
    }
    for (int t = markToken - 1; t > 0; t--) {
      if (toks.get(t).start() <= who.speaker().start()) {
        Verb v = toks.get(t - 1).word() ? frames.verbAt(l, t - 1) : null;
        return v != null && v.lemma().equals("قال") && !frames.impersonal(l, t - 1);
      }
    }
    return false;
  }

  /** True when token {@code t} ends the clause: the line's end, a comma or a sentence end. */
  private static boolean clauseEndsAfter(List<WordToken> toks, int t) {
    return t >= toks.size() || (!toks.get(t).word() && (isComma(toks.get(t))
        || toks.get(t).isSentenceEnd()));
  }

  /** True when a complementizer follows the closing mark: «قالت "سي بي أس" إن ...» names the speaker. */
  private boolean nameBeforeComplementizer(Line l, int closeToken) {
    return frames.complementizerAfterTime(l.tokens(), closeToken + 1, l.tokens().size());
  }

  private static boolean attachedToProclitic(Line l, Mark m) {
    int o = m.offset();
    return o > 0 && WordTokenizer.isWordChar(l.text().charAt(o - 1));
  }

  private static boolean closes(Line l, Mark m) {
    String s = l.text();
    int o = m.offset();
    int prev = o - 1;
    while (prev >= 0 && s.charAt(prev) == ' ') {
      prev--;
    }
    if (prev < 0) {
      return false;
    }
    char p = s.charAt(prev);
    if (!(WordTokenizer.isWordChar(p) || WordTokenizer.isSentenceEnd(p) || p == ')' || p == '\u060C' || p == ','
        || p == '!')) {
      return false;
    }
    return o + 1 >= s.length() || !WordTokenizer.isWordChar(s.charAt(o + 1)) || prev < o - 1;
  }

  /** True when a colon or a reporting verb comes shortly before the mark in its sentence. */
  private boolean introducedAsSpeech(Line l, int markToken) {
    List<WordToken> toks = l.tokens();
    for (int t = markToken - 1; t >= 0 && t >= markToken - 12; t--) {
      WordToken tok = toks.get(t);
      if (tok.is(':')) {
        return true;
      }
      if (tok.isSentenceEnd()) {
        return false;
      }
      if (tok.word() && (lex.verb(tok.key()) != null || sayingNoun(tok.key()) != null)) {
        return true;
      }
    }
    return false;
  }

  /** The attribution before a quotation mark: the last reporting verb or marker of the sentence before it. */
  private Attribution before(Line l, int markToken, boolean[] inDirect) {
    List<WordToken> toks = l.tokens();
    int sentenceStart = markToken;
    while (sentenceStart > 0) {
      WordToken t = toks.get(sentenceStart - 1);
      // the search stops at the sentence's start and at an earlier quote, not at a quoted name (دار "غاليمار")
      if (t.isSentenceEnd() || (t.isQuoteMark() && inDirect[sentenceStart - 1])) {
        break;
      }
      sentenceStart--;
    }
    for (int t = markToken - 1; t >= sentenceStart; t--) {
      WordToken tok = toks.get(t);
      if (!tok.word()) {
        continue;
      }
      if (t == markToken - 1 || (t == markToken - 2 && toks.get(markToken - 1).is(':'))) {
        Gender saying = sayingNoun(tok.key());
        if (saying != null) {
          // "ووجه بوفون عبارات قاسية للحكم بقوله «...»"، "وأشاد المفوض ... بالقول: «...»": the verbal noun of
          // saying names the speaker of the sentence's verb
          Span subject = subjects.participleSubject(l, sentenceStart, t);
          if (subject != null) {
            return new Attribution(subject, saying, false);
          }
          continue; // "وعلق المدرب ... بقوله": the reporting verb before it names the speaker
        }
      }
      Verb v = frames.verbAt(l, t);
      Verb participle = v == null ? lex.participle(tok.key()) : null;
      if (participle != null) {
        // "...، مؤكداً أن «...»": the participle continues the sentence's reporting verb and its speaker
        for (int u = t - 1; u >= sentenceStart; u--) {
          Verb main = toks.get(u).word() ? lex.verb(toks.get(u).key()) : null;
          if (main != null) {
            Phrase p = phrases.speakerAfter(l, u + 1, t, main);
            Span span = p.span(l);
            if (span == null && p.first() < 0) {
              span = subjects.subjectBefore(l, sentenceStart, u);
            }
            return new Attribution(span, main.gender(), span == null);
          }
        }
        // "وكان فنان العرب قد أبدى سعادته ...، قائلاً: «...»": no reporting verb before it, the participle has the
        // subject of the sentence's verb
        Span subject = subjects.participleSubject(l, sentenceStart, t);
        return new Attribution(subject, participle.gender(), subject == null);
      }
      if (v != null) {
        boolean imp = frames.impersonal(l, t);
        Phrase p = imp ? new Phrase(-1, -1, t + 1, false, false, false) : phrases.speakerAfter(l, t + 1, markToken, v);
        Span span = p.span(l);
        Span relayed = v.verbClass() == VerbClass.RELAY ? phrases.relayedSource(l, p.end(), markToken) : null;
        if (relayed != null) {
          return new Attribution(relayed, Gender.UNKNOWN, false); // "نقلت الصحيفة عن متحدث قوله «...»"
        }
        if (imp) {
          return new Attribution(null, Gender.UNKNOWN, false); // "وقيل: «...»": no source is named
        }
        if (span == null && p.first() < 0 && lex.purpose.contains(tok.key())) {
          span = subjects.purposeSubject(l, sentenceStart, t);
        }
        if (span == null && p.first() < 0) {
          // "التقيت نورة التي قالت: «...»"، "وأصدر الحضري بيانا قال فيه: «...»"، "الوزير قال: «...»"
          span = subjects.subjectBefore(l, sentenceStart, t);
        }
        return new Attribution(span, v.gender(), span == null);
      }
      int[] marker = frames.marker(toks, t, markToken);
      if (marker != null) {
        Phrase p = phrases.speakerAfterMarker(l, marker, markToken);
        if (p != null) {
          return new Attribution(p.span(l), Gender.UNKNOWN, false);
        }
      }
    }
    // a headline-style "المتحدث باسم الجيش: «...»"; "وجاء في البيان: «...»"
    if (markToken >= 2 && toks.get(markToken - 1).is(':')) {
      int from = firstWord(toks, sentenceStart, markToken - 1);
      Span document = from < markToken - 1 ? phrases.documentSource(l, from, markToken - 1) : null;
      if (document != null) {
        return new Attribution(document, Gender.UNKNOWN, false);
      }
      if (from < markToken - 1 && toks.get(from).key().length() > 3 && toks.get(from).key().charAt(0) == 'و'
          && !toks.get(from).key().startsWith("وال")) {
        return new Attribution(null, Gender.UNKNOWN, true); // "وجاء نص الخطاب كالتالي:": a clause, not a name
      }
      int words = 0;
      for (int t = from; t < markToken - 1; t++) {
        words += toks.get(t).word() ? 1 : 0;
      }
      if (words >= 1 && words <= 6 && allWords(toks, from, markToken - 1)) {
        return new Attribution(new Span(l.source().number(), toks.get(from).start(),
            toks.get(markToken - 2).end(), l.text().substring(toks.get(from).start(), toks.get(markToken - 2).end())),
            Gender.UNKNOWN, false);
      }
      return new Attribution(null, Gender.UNKNOWN, true);
    }
    return null;
  }

  /** The attribution after a closing mark: "، قال فلان" or "، بحسب فلان". */
  private Attribution after(Line l, int lineIndex, int from) {
    List<WordToken> toks = l.tokens();
    int t = from;
    while (t < toks.size() && !toks.get(t).word() && !toks.get(t).isSentenceEnd()
        && !toks.get(t).isQuoteMark()) {
      t++;
    }
    if (t >= toks.size() || !toks.get(t).word()) {
      return null;
    }
    int end = sentenceEnd(toks, t);
    Verb v = frames.verbAt(l, t);
    if (v != null && !frames.impersonal(l, t)) {
      Phrase p = phrases.speakerAfter(l, t + 1, end, v);
      Span span = p.span(l);
      return new Attribution(span, v.gender(), span == null);
    }
    int[] marker = frames.marker(toks, t, end);
    if (marker != null) {
      Phrase p = phrases.speakerAfterMarker(l, marker, end);
      if (p != null && p.span(l) != null) {
        return new Attribution(p.span(l), Gender.UNKNOWN, false);
      }
    }
    return null;
  }

  private static String spanText(List<Line> lines, int l0, int t0, int l1, int t1) {
    StringBuilder sb = new StringBuilder();
    for (int li = l0; li <= l1; li++) {
      List<WordToken> toks = lines.get(li).tokens();
      int from = li == l0 ? t0 : 0;
      int to = li == l1 ? Math.min(t1, toks.size()) : toks.size();
      // strip marks at the edges of each line's part (a paragraph may reopen the quotation)
      while (from < to && toks.get(from).isQuoteMark()) {
        from++;
      }
      while (to > from && toks.get(to - 1).isQuoteMark()) {
        to--;
      }
      if (from >= to) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(lines.get(li).text(), toks.get(from).start(), toks.get(to - 1).end());
    }
    return sb.toString().strip();
  }

  private static int countWords(List<Line> lines, int l0, int t0, int l1, int t1) {
    int n = 0;
    for (int li = l0; li <= l1; li++) {
      List<WordToken> toks = lines.get(li).tokens();
      int from = li == l0 ? t0 : 0;
      int to = li == l1 ? Math.min(t1, toks.size()) : toks.size();
      for (int t = from; t < to; t++) {
        n += toks.get(t).word() ? 1 : 0;
      }
    }
    return n;
  }
}
