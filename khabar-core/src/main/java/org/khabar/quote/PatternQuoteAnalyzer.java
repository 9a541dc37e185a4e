package org.khabar.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.model.EntityMention;
import org.khabar.model.Quote;
import org.khabar.model.QuoteKind;
import org.khabar.model.TextLine;
import org.khabar.quote.Lexicon.Gender;
import org.khabar.quote.Lexicon.Verb;
import org.khabar.quote.Lexicon.VerbClass;
import org.khabar.structure.ArticleStructure;
import org.khabar.text.ArabicLetters;
import org.khabar.text.Clitic;
import org.khabar.text.CliticAnalyzer;

/**
 * Finds quotes from text patterns alone: quotation marks of every style for direct speech; reporting verbs with a
 * complementizer, denial verbs with their object, and attribution markers for reported speech. Speakers named after
 * a verb or marker are taken as written; a verb with no named subject ("وأضاف أن ...") continues the nearest speaker
 * of its own or the previous paragraph whose grammatical gender agrees with the verb; a short definite name ("المصادر", "المرصد") is resolved to
 * the earlier, fuller speaker it repeats.
 *
 * <p>Stateless and thread-safe: one instance serves every thread. Never throws on any input.
 */
final class PatternQuoteAnalyzer implements QuoteAnalyzer {
  static final PatternQuoteAnalyzer INSTANCE = new PatternQuoteAnalyzer(Lexicon.standard());

  /** Lines longer than this are analysed only up to this length: no sentence in news runs longer. */
  static final int MAX_LINE = 20_000;
  /** A direct quote may span at most this many lines. */
  static final int MAX_QUOTE_LINES = 4;
  /** Longest speaker phrase, in words. */
  static final int MAX_SPEAKER_WORDS = 12;
  /**
   * Longest speaker phrase when a complementizer closes it right away: a name with a long description ("قال مارك
   * تشينارد خبير الأرصاد الجوية في مركز التنبؤ بالطقس في كوليدج بارك بولاية ماريلاند إن ...").
   */
  static final int MAX_CLOSED_SPEAKER_WORDS = 18;
  /** How far after the speaker a complementizer may come (speech context such as "في تصريح لوكالة ..."). */
  static final int MAX_CONTEXT_WORDS = 14;

  private static final CliticAnalyzer CLITICS = CliticAnalyzer.standard();
  private static final Set<String> TRAILING_PREPOSITIONS = Set.of("الي", "علي", "من", "في", "ب", "عن", "و");
  private static final Set<String> PRONOUNS = Set.of("هو", "هي", "هم", "هما", "انه", "انها");

  /** Negations: a negated reporting verb ("لم يكشف عن هويته") reports no speech. */
  private static final Set<String> NEGATIONS = Set.of("لم", "لا", "لن", "ولم", "ولا", "ولن", "فلم", "فلا", "فلن");
  /**
   * Words that take a noun, never a verb: after them a verb's spelling is its verbal noun ("أثناء نقل المراسل"،
   * "بعد ذكر", "عقب نفي").
   */
  private static final Set<String> NOUN_GOVERNORS = Set.of("اثناء", "خلال", "بعد", "قبل", "عند", "اثر", "عقب",
      "منذ", "رغم", "بسبب", "حول", "بشان", "ضد", "جراء", "ازاء", "عدم", "لدي", "عبر");
  /** Relative words: a reporting verb after them is inside a relative clause ("صفقة قالت مصادر إنها ..."). */
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "ما", "مما", "بما");
  /** Words that may stand before the noun a relative clause describes ("في صفقة قالت مصادر ..."). */
  private static final Set<String> NOUN_PREPOSITIONS = Set.of("في", "من", "الي", "علي", "عن", "مع");
  /** Words after "العام" that make it a year ("العام الماضي"), not part of a title ("الأمين العام"). */
  private static final Set<String> YEAR_QUALIFIERS = Set.of("الماضي", "المقبل", "الجاري", "الحالي", "القادم",
      "المنصرم", "السابق");
  /** Words that join a new clause after a comma ("...، كما نفت ..."، "...، ثم أوردت الصحيفة أن ..."). */
  private static final Set<String> CLAUSE_JOINERS = Set.of("كما", "فيما", "ثم", "بينما");
  /** Words of contrast that, with a complementizer, open a new clause after a comma ("...، غير أنه ينفي"). */
  private static final Set<String> CONTRASTS = Set.of("غير", "الا", "بيد");
  /** Most words of a reported clause before quoted words that it absorbs ("إن إسرائيل «...»"). */
  static final int MAX_SUBJECT_BEFORE_QUOTE = 8;
  /** Most words of a speaker's apposition between commas ("قال نجيب دانيش، المتحدث باسم الوزارة، إن"). */
  static final int MAX_APPOSITION_WORDS = 6;

  private final Lexicon lex;

  PatternQuoteAnalyzer(Lexicon lex) {
    this.lex = lex;
  }

  @Override
  public List<Quote> analyze(ArticleStructure structure, List<EntityMention> entities) {
    if (structure == null || structure.content().isEmpty()) {
      return List.of();
    }
    try {
      return find(structure.content(), entities == null ? List.of() : entities);
    } catch (RuntimeException e) {
      // a stage never stops the pipeline; a bug here loses this article's quotes only
      return List.of();
    }
  }

  /** A quote found in the text, before its speaker is resolved. */
  private record Candidate(
      int lineIndex, int start, String text, QuoteKind kind, Span speaker, Gender gender) {}

  /** A speaker phrase in a line: its line, offsets and text. */
  record Span(int line, int start, int end, String text) {}

  /** A speaker already seen in the article. */
  /** A speaker met so far, with the index of the line (paragraph) of its latest report. */
  private record Seen(String name, String actor, Gender gender, Set<String> words, int line) {}

  /**
   * The tokens of one content line; {@code named[t]} when token t lies inside an entity mention; {@code lamNamed[t]}
   * the last token of a mention written against the preposition ل of token t ("لرويترز"), or -1.
   */
  private record Line(TextLine source, String text, List<Token> tokens, boolean[] named, int[] lamNamed,
      boolean[] opensPlaceOrOrg, boolean[] person) {}

  List<Quote> find(List<TextLine> content, List<EntityMention> entities) {
    List<Line> lines = new ArrayList<>(content.size());
    for (TextLine tl : content) {
      String text = tl.text().length() > MAX_LINE ? tl.text().substring(0, MAX_LINE) : tl.text();
      List<Token> toks = Tokens.of(text);
      lines.add(new Line(tl, text, toks, named(tl.number(), toks, entities), lamNamed(tl.number(), toks, entities),
          opensPlaceOrOrg(tl.number(), toks, entities), person(tl.number(), toks, entities)));
    }
    List<Candidate> found = new ArrayList<>();
    boolean[][] inDirect = new boolean[lines.size()][];
    for (int i = 0; i < lines.size(); i++) {
      inDirect[i] = new boolean[lines.get(i).tokens().size()];
    }
    direct(lines, found, inDirect);
    for (int i = 0; i < lines.size(); i++) {
      reported(lines, i, found, inDirect[i]);
    }
    found.sort(Comparator.comparingInt(Candidate::lineIndex).thenComparingInt(Candidate::start));
    return resolve(lines, found, entities);
  }

  /** The source a relay quotes, named after عن or عمن at token {@code j}, or {@code null}. */
  private Span relayedSource(Line l, int j, int end) {
    List<Token> toks = l.tokens();
    if (j >= end || !toks.get(j).word()) {
      return null;
    }
    if (toks.get(j).key().equals("عمن")) {
      int[] named = namedSource(l, j + 1, end);
      return named == null ? null : spanOf(l, named[0], named[1], named[3]);
    }
    if (toks.get(j).key().equals("عن")) {
      return speakerAfter(l, j + 1, end, SAY).span(l);
    }
    if (onTheTongueOf(toks, j, end)) {
      return speakerAfter(l, j + 2, end, SAY).span(l); // "نقلت الوكالة على لسان الوزير قوله"
    }
    return null;
  }

  /** True for "على لسان" at token {@code j}: the relay names its source after it. */
  private static boolean onTheTongueOf(List<Token> toks, int j, int end) {
    return j + 2 < end && toks.get(j).key().equals("علي") && toks.get(j + 1).word()
        && toks.get(j + 1).key().equals("لسان");
  }

  /** For each token written with a preposition ل against an entity mention, the mention's last token, else -1. */
  private static int[] lamNamed(int lineNumber, List<Token> toks, List<EntityMention> entities) {
    int[] out = new int[toks.size()];
    java.util.Arrays.fill(out, -1);
    for (EntityMention e : entities) {
      if (e.line() != lineNumber) {
        continue;
      }
      for (int t = 0; t < toks.size(); t++) {
        Token tok = toks.get(t);
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
  private static boolean[] opensPlaceOrOrg(int lineNumber, List<Token> toks, List<EntityMention> entities) {
    boolean[] out = new boolean[toks.size()];
    for (EntityMention e : entities) {
      if (e.line() != lineNumber || e.type() == org.khabar.model.EntityType.PERSON) {
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

  /** Marks the tokens of a line that lie inside a mention of a person. */
  private static boolean[] person(int lineNumber, List<Token> toks, List<EntityMention> entities) {
    boolean[] out = new boolean[toks.size()];
    for (EntityMention e : entities) {
      if (e.line() == lineNumber && e.type() == org.khabar.model.EntityType.PERSON) {
        for (int t = 0; t < toks.size(); t++) {
          out[t] |= toks.get(t).start() >= e.start() && toks.get(t).end() <= e.end();
        }
      }
    }
    return out;
  }

  /** Marks the tokens of a line that lie inside an entity mention of that line. */
  private static boolean[] named(int lineNumber, List<Token> toks, List<EntityMention> entities) {
    boolean[] out = new boolean[toks.size()];
    for (EntityMention e : entities) {
      if (e.line() != lineNumber) {
        continue;
      }
      for (int t = 0; t < toks.size(); t++) {
        Token tok = toks.get(t);
        if (tok.start() >= e.start() && tok.end() <= e.end()) {
          out[t] = true;
        }
      }
    }
    return out;
  }

  /**
   * The reporting verb at token {@code t}, or {@code null}: an active verb of the lexicon not negated ("لم يكشف")
   * and not a verbal noun after a word that takes a noun ("أثناء نقل"); an impersonal form ("قيل"، "أفيد"); a
   * passive written with a damma ("ذُكر"، "نُقل"). The writer's background ("ويذكر أن ...") is no report.
   */
  private Verb verbAt(Line l, int t) {
    List<Token> toks = l.tokens();
    Token tok = toks.get(t);
    if (!tok.word()) {
      return null;
    }
    Verb v = lex.verb(tok.key());
    if (v == null) {
      return lex.impersonal.get(tok.key());
    }
    if (t > 0 && toks.get(t - 1).word()
        && (NEGATIONS.contains(toks.get(t - 1).key()) || NOUN_GOVERNORS.contains(toks.get(t - 1).key()))) {
      return null;
    }
    if (background(l, t, v)) {
      return null;
    }
    return v;
  }

  /** True for an impersonal report at token {@code t}: "قيل"، "أفيد"، or a passive written with a damma. */
  private boolean impersonal(Line l, int t) {
    Token tok = l.tokens().get(t);
    return lex.impersonal.containsKey(tok.key()) || dammaPassive(l, tok);
  }

  /** "ذُكر"، "نُقل"، "يُذكر": a damma on the verb's first letter (after و/ف) marks the passive. */
  private static boolean dammaPassive(Line l, Token tok) {
    String raw = l.text().substring(tok.start(), tok.end());
    int i = raw.length() > 3 && (raw.charAt(0) == ArabicLetters.WAW || raw.charAt(0) == ArabicLetters.FEH) ? 1 : 0;
    return raw.length() > i + 1 && raw.charAt(i + 1) == ArabicLetters.DAMMA;
  }

  /**
   * True for the writer's background: "ويذكر أن"، "يشار إلى أن"، "يُذكر أن" — an impersonal imperfect followed
   * directly by its complementizer or preposition.
   */
  private boolean background(Line l, int t, Verb v) {
    List<Token> toks = l.tokens();
    Token tok = toks.get(t);
    String k = tok.key();
    String bare = k.length() > 3 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف') ? k.substring(1) : k;
    boolean form = lex.background.contains(k) || (dammaPassive(l, tok) && bare.startsWith("ي"));
    if (!form || t + 1 >= toks.size() || !toks.get(t + 1).word()) {
      return false;
    }
    String next = toks.get(t + 1).key();
    return lex.complementizers.contains(next) || next.equals("الي") || next.equals("بالذكر")
        || (v != null && next.equals(v.preposition()));
  }

  // ---------------------------------------------------------------- direct quotes

  private record Mark(int lineIndex, int offset, int token, boolean single) {}

  private void direct(List<Line> lines, List<Candidate> out, boolean[][] inDirect) {
    List<Mark> marks = new ArrayList<>();
    for (int li = 0; li < lines.size(); li++) {
      List<Token> toks = lines.get(li).tokens();
      for (int t = 0; t < toks.size(); t++) {
        Token tok = toks.get(t);
        if (!tok.word() && Tokens.isQuoteMark(tok.key().charAt(0))) {
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
    List<Token> toks = l.tokens();
    Token prev = toks.get(open.token() - 1);
    int after = close.token() + 1;
    if (prev.word() && lex.complementizers.contains(prev.key()) && after < toks.size() && toks.get(after).word()
        && !lex.complementizers.contains(toks.get(after).key())) {
      return true;
    }
    return false;
  }

  /** How a quote is attributed: a speaker phrase, or a continuation of an earlier speaker of this gender. */
  private record Attribution(Span speaker, Gender gender, boolean continues) {}

  private static boolean opens(Line l, Mark m) {
    String s = l.text();
    int o = m.offset();
    int next = o + 1;
    while (next < s.length() && s.charAt(next) == ' ') {
      next++;
    }
    if (next >= s.length() || !Tokens.isWordChar(s.charAt(next))) {
      return false;
    }
    if (o == 0) {
      return true;
    }
    char p = s.charAt(o - 1);
    if (!Tokens.isWordChar(p)) {
      return true;
    }
    // a proclitic written against the mark: و« ب" ل«
    boolean clitic = p == 'و' || p == 'ب' || p == 'ل' || p == 'ف' || p == 'ك' || p == 'ـ';
    return clitic && (o < 2 || !Tokens.isWordChar(s.charAt(o - 2)) || s.charAt(o - 1) == 'ـ');
  }

  /**
   * True when a short quotation follows a word that is not a speech frame (a reporting verb, a complementizer, a
   * colon): the quotation is then a name or a term inside the sentence's noun phrase, not speech.
   */
  private boolean namesOrTerm(Line l, int markToken) {
    if (markToken == 0) {
      return false;
    }
    Token prev = l.tokens().get(markToken - 1);
    if (!prev.word()) {
      return !prev.is(':') && !Tokens.isSentenceEnd(prev.key().charAt(0)) && !Tokens.isQuoteMark(prev.key().charAt(0));
    }
    String k = prev.key();
    return lex.verb(k) == null && lex.participle(k) == null && !lex.complementizers.contains(k) && !isContext(k);
  }

  /**
   * True when the quotation opens right after the speaker of a verb of saying ("كما يقول المثل «لسانك حصانك»"):
   * short as it is, it is what the speaker says, not a name.
   */
  private boolean spokenRightAfterSpeaker(Line l, int markToken, Attribution who) {
    if (who == null || who.speaker() == null || markToken == 0 || Tokens.of(who.speaker().text()).size() > 2) {
      return false;
    }
    List<Token> toks = l.tokens();
    Token last = toks.get(markToken - 1);
    if (last.end() != who.speaker().end() || !last.word()
        || !last.key().startsWith("ال")) {
      return false; // "قالت صحيفة «الوطن»": a noun in construct before a quoted name is the name's, not a speaker
    }
    for (int t = markToken - 1; t > 0; t--) {
      if (toks.get(t).start() <= who.speaker().start()) {
        Verb v = toks.get(t - 1).word() ? verbAt(l, t - 1) : null;
        return v != null && v.lemma().equals("قال") && !impersonal(l, t - 1);
      }
    }
    return false;
  }

  /** True when token {@code t} ends the clause: the line's end, a comma or a sentence end. */
  private static boolean clauseEndsAfter(List<Token> toks, int t) {
    return t >= toks.size() || (!toks.get(t).word() && (isComma(toks.get(t))
        || Tokens.isSentenceEnd(toks.get(t).key().charAt(0))));
  }

  /** True when a complementizer follows the closing mark: «قالت "سي بي أس" إن ...» names the speaker. */
  private boolean nameBeforeComplementizer(Line l, int closeToken) {
    return complementizerAfterTime(l.tokens(), closeToken + 1, l.tokens().size());
  }

  /** True when a complementizer comes at token {@code t}, after at most three time or stop words ("آنذاك أن"). */
  private boolean complementizerAfterTime(List<Token> toks, int t, int end) {
    for (int k = t; k < end && k <= t + 3 && toks.get(k).word(); k++) {
      if (lex.complementizers.contains(toks.get(k).key())) {
        return true;
      }
      if (!lex.stops.contains(toks.get(k).key())) {
        return false;
      }
    }
    return false;
  }

  private static boolean attachedToProclitic(Line l, Mark m) {
    int o = m.offset();
    return o > 0 && Tokens.isWordChar(l.text().charAt(o - 1));
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
    if (!(Tokens.isWordChar(p) || Tokens.isSentenceEnd(p) || p == ')' || p == '\u060C' || p == ',' || p == '!')) {
      return false;
    }
    return o + 1 >= s.length() || !Tokens.isWordChar(s.charAt(o + 1)) || prev < o - 1;
  }

  /** True when a colon or a reporting verb comes shortly before the mark in its sentence. */
  private boolean introducedAsSpeech(Line l, int markToken) {
    List<Token> toks = l.tokens();
    for (int t = markToken - 1; t >= 0 && t >= markToken - 12; t--) {
      Token tok = toks.get(t);
      if (tok.is(':')) {
        return true;
      }
      if (!tok.word() && Tokens.isSentenceEnd(tok.key().charAt(0))) {
        return false;
      }
      if (tok.word() && lex.verb(tok.key()) != null) {
        return true;
      }
    }
    return false;
  }

  /** The attribution before a quotation mark: the last reporting verb or marker of the sentence before it. */
  private Attribution before(Line l, int markToken, boolean[] inDirect) {
    List<Token> toks = l.tokens();
    int sentenceStart = markToken;
    while (sentenceStart > 0) {
      Token t = toks.get(sentenceStart - 1);
      // the search stops at the sentence's start and at an earlier quote, not at a quoted name (دار "غاليمار")
      if (!t.word() && (Tokens.isSentenceEnd(t.key().charAt(0))
          || (Tokens.isQuoteMark(t.key().charAt(0)) && inDirect[sentenceStart - 1]))) {
        break;
      }
      sentenceStart--;
    }
    for (int t = markToken - 1; t >= sentenceStart; t--) {
      Token tok = toks.get(t);
      if (!tok.word()) {
        continue;
      }
      Verb v = verbAt(l, t);
      Verb participle = v == null ? lex.participle(tok.key()) : null;
      if (participle != null) {
        // "...، مؤكداً أن «...»": the participle continues the sentence's reporting verb and its speaker
        for (int u = t - 1; u >= sentenceStart; u--) {
          Verb main = toks.get(u).word() ? lex.verb(toks.get(u).key()) : null;
          if (main != null) {
            Phrase p = speakerAfter(l, u + 1, t, main);
            Span span = p.span(l);
            if (span == null && p.first() < 0) {
              span = subjectBefore(l, sentenceStart, u);
            }
            return new Attribution(span, main.gender(), span == null);
          }
        }
        return new Attribution(null, participle.gender(), true);
      }
      if (v != null) {
        boolean imp = impersonal(l, t);
        Phrase p = imp ? new Phrase(-1, -1, t + 1, false, false, false) : speakerAfter(l, t + 1, markToken, v);
        Span span = p.span(l);
        Span relayed = v.verbClass() == VerbClass.RELAY ? relayedSource(l, p.end(), markToken) : null;
        if (relayed != null) {
          return new Attribution(relayed, Gender.UNKNOWN, false); // "نقلت الصحيفة عن متحدث قوله «...»"
        }
        if (imp) {
          return new Attribution(null, Gender.UNKNOWN, false); // "وقيل: «...»": no source is named
        }
        if (span == null && p.first() < 0 && lex.purpose.contains(tok.key())) {
          span = purposeSubject(l, sentenceStart, t);
        }
        if (span == null && p.first() < 0) {
          span = relativeAntecedent(l, sentenceStart, t); // "التقيت نورة التي قالت: «...»"
        }
        return new Attribution(span, v.gender(), span == null);
      }
      int[] marker = marker(toks, t, markToken);
      if (marker != null) {
        Phrase p = speakerAfterMarker(l, marker, markToken);
        if (p != null) {
          return new Attribution(p.span(l), Gender.UNKNOWN, false);
        }
      }
    }
    // a headline-style "المتحدث باسم الجيش: «...»"; "وجاء في البيان: «...»"
    if (markToken >= 2 && toks.get(markToken - 1).is(':')) {
      int from = sentenceStart;
      while (from < markToken - 1 && !toks.get(from).word()) {
        from++;
      }
      Span document = from < markToken - 1 ? documentSource(l, from, markToken - 1) : null;
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
    List<Token> toks = l.tokens();
    int t = from;
    while (t < toks.size() && !toks.get(t).word() && !Tokens.isSentenceEnd(toks.get(t).key().charAt(0))
        && !Tokens.isQuoteMark(toks.get(t).key().charAt(0))) {
      t++;
    }
    if (t >= toks.size() || !toks.get(t).word()) {
      return null;
    }
    int end = sentenceEnd(toks, t);
    Verb v = verbAt(l, t);
    if (v != null && !impersonal(l, t)) {
      Phrase p = speakerAfter(l, t + 1, end, v);
      Span span = p.span(l);
      return new Attribution(span, v.gender(), span == null);
    }
    int[] marker = marker(toks, t, end);
    if (marker != null) {
      Phrase p = speakerAfterMarker(l, marker, end);
      if (p != null && p.span(l) != null) {
        return new Attribution(p.span(l), Gender.UNKNOWN, false);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- reported speech

  private void reported(List<Line> lines, int li, List<Candidate> out, boolean[] inDirect) {
    Line l = lines.get(li);
    List<Token> toks = l.tokens();
    int start = 0;
    while (start < toks.size()) {
      int end = sentenceEnd(toks, start);
      reportedInSentence(l, li, start, end, out, inDirect);
      start = end + 1;
    }
  }

  private static int sentenceEnd(List<Token> toks, int from) {
    int t = from;
    while (t < toks.size()) {
      Token tok = toks.get(t);
      if (!tok.word() && Tokens.isSentenceEnd(tok.key().charAt(0))) {
        return t;
      }
      t++;
    }
    return toks.size();
  }

  private void reportedInSentence(Line l, int li, int a, int b, List<Candidate> out, boolean[] inDirect) {
    List<Token> toks = l.tokens();
    for (int i = a; i < b; i++) {
      Token tok = toks.get(i);
      if (tok.word() && !inDirect[i] && lex.reportNouns.contains(tok.key())) {
        int cut = reportNoun(l, li, a, i, b, out, inDirect);
        if (cut >= b) {
          return;
        }
        if (cut > i) {
          i = cut - 1;
          continue;
        }
      }
      if (!tok.word() || inDirect[i] || !lex.reportCues.contains(tok.key())) {
        continue;
      }
      if (document(l, li, i, b, out, inDirect)) {
        return;
      }
      Verb v = verbAt(l, i);
      if (v != null && v.verbClass() != VerbClass.DENY && lex.takesObject(v) && i > a && toks.get(i - 1).word()
          && WHAT.contains(toks.get(i - 1).key()) && !complementizerAhead(toks, i + 1, b)) {
        continue; // "ومما يؤكد سعي ...": "what confirms", a relative with ما as its subject, is no report
      }
      if (v != null && DIRECT_ONLY.contains(v.lemma())) {
        continue; // "ووصف الكاتب ما يجري بأنه «مسرحية سياسية»": a description reports only a quotation (direct pass)
      }
      if (v == null) {
        Verb participle = lex.participle(tok.key());
        if (participle != null && i > a && (toks.get(i - 1).is('\u060C') || toks.get(i - 1).is(','))
            && (inDirect[i - 2 < a ? a : i - 2] || (i - 2 > a && inDirect[i - 3]))) {
          // "«...»، مضيفاً أن ...": after a direct quote, the participle adds a report by the same speaker
          participleClause(l, li, i, b, null, participle.gender(), out, inDirect);
        }
        continue;
      }
      // "قيل إن ..."، "أفيد بمقتل ..."، "ذُكر أن ...": no source is named, and none is continued (gender null)
      boolean imp = impersonal(l, i);
      Phrase sp = imp ? new Phrase(-1, -1, i + 1, false, false, false) : speakerAfter(l, i + 1, b, v);
      Gender gender = imp ? null : v.gender();
      int j = sp.end();
      Span speaker = sp.span(l);
      if (speaker == null && sp.first() < 0 && !imp) {
        speaker = subjectBefore(l, a, i); // "وكان المرصد أفاد ..."; "ونشرت حسابات ... صوراً قالت إنها ..."
      }
      // "...، قال المتحدث باسم الجيش.": the speaker named after the content
      if (sp.first() >= 0 && v.verbClass() == VerbClass.SAY && speakerAfterContent(toks, a, i, j, b)) {
        int e = i - 1;
        if (addReported(l, li, a, -1, e, speaker, gender, out, inDirect)) {
          return;
        }
      }
      // a report inside a relative clause ("في صفقة قالت مصادر إنها تقدر بمليار، وسط ...") ends at its comma
      boolean embedded = embedded(l, a, i);
      // "نقلت وكالة ... عن مصادر ... أن": the source is who the relay quotes
      if (j < b && toks.get(j).key().equals("عمن")) {
        int[] named = namedSource(l, j + 1, b);
        if (named != null) {
          int k = skipContext(toks, named[2], b);
          if (k < b && lex.complementizers.contains(toks.get(k).key())) {
            Span relayed = spanOf(l, named[0], named[1], named[3]);
            if (addReported(l, li, k + 1, -1, b, relayed, Gender.UNKNOWN, out, inDirect)) {
              return;
            }
          }
        }
      }
      if (v.verbClass() == VerbClass.RELAY && j + 1 < b && isComma(toks.get(j)) && toks.get(j + 1).word()
          && (toks.get(j + 1).key().equals("عن") || toks.get(j + 1).key().equals("عمن"))) {
        j++; // "ونقل الموقع، عن الباحث، أن ...": the relay's source after a comma
      }
      boolean tongue = onTheTongueOf(toks, j, b);
      if (j < b && (toks.get(j).key().equals("عن") || tongue)) {
        Phrase relayed = speakerAfter(l, j + (tongue ? 2 : 1), b, SAY);
        int k = skipContext(toks, relayed.end(), b);
        // "أعلنت الشرطة عن مقتل 11 راكبا، كانوا ...، يشتبه في أنها": after أعلن/كشف عن, a complementizer past a
        // comma belongs to a later clause; the relay reading needs it next to the source's context
        boolean announced = v.verbClass() == VerbClass.ANNOUNCE && commaAfter(toks, relayed.end() - 1, k) < k;
        if (relayed.span(l) != null && k < b && !announced && lex.complementizers.contains(toks.get(k).key())) {
          speaker = relayed.span(l);
          gender = Gender.UNKNOWN;
          j = relayed.end();
        } else if (v.verbClass() == VerbClass.ANNOUNCE && speaker != null && !tongue) {
          addReported(l, li, j + 1, -1, b, speaker, gender, out, inDirect);
          return;
        }
      }
      // "اتُّهمت الشركة بالتسبب ...": the accusation's ب right after the first noun phrase is the passive
      if (v.verbClass() != VerbClass.DENY && lex.takesObject(v) && !sp.stoppedAtObject() && sp.first() >= 0
          && j < b && toks.get(j).word() && toks.get(j).key().length() > 3 && toks.get(j).key().charAt(0) == 'ب'
          && !lex.complementizers.contains(toks.get(j).key()) && "ب".equals(v.preposition())) {
        continue;
      }
      // "نفى الوزير صحة التقارير": the object is what is denied
      if (lex.takesObject(v) && sp.stoppedAtObject() && (speaker != null || sp.first() < 0)) {
        int cut = nextReport(l, j, b, inDirect);
        if (addReported(l, li, j, -1, cut, speaker, gender, out, inDirect)) {
          if (cut >= b) {
            return;
          }
          i = cut - 1; // "نفت ... X، كما نفت Y": the next report of the sentence
          continue;
        }
      }
      int colon = colonAfter(toks, j, b, inDirect);
      if (colon >= 0 && !embedded) {
        // "وقال كوكي في مقابلة ...: نشاهد المباريات ..."، "وأضاف: رأينا ...": speech after a colon, unquoted
        int e = b;
        while (e > colon + 1 && !toks.get(e - 1).word()) {
          e--;
        }
        int st = toks.get(colon + 1).start();
        out.add(new Candidate(li, st, l.text().substring(st, toks.get(e - 1).end()), QuoteKind.DIRECT, speaker,
            gender));
        return;
      }
      int comp = skipContext(toks, j, b);
      if (comp < b && lex.complementizers.contains(toks.get(comp).key())) {
        int cut = nextReport(l, comp + 1, b, inDirect);
        int e = Math.min(cut, embedded ? commaAfter(toks, comp + 1, b) : b);
        if (addReported(l, li, comp + 1, -1, e, speaker, gender, out, inDirect)) {
          if (cut >= b) {
            return;
          }
          i = cut - 1;
        }
        continue;
      }
      // "أفاد المرصد بمقتل ..."، "أشار التقرير إلى ارتفاع ...": a nominal report after the verb's preposition,
      // possibly after a time or a comma ("أفاد اليوم الاثنين، بخروج ...")
      if (!sp.stoppedAtPreposition()) {
        j = prepositionAfter(toks, j, b, v);
      }
      // أعلن/كشف عن + noun keeps its older rule: only with a named speaker ("وأعلن عن إطلاق حملة" is an event)
      if (j < b && (speaker != null || imp || !"عن".equals(v.preposition()))) {
        Token p = toks.get(j);
        boolean clitic = !p.key().equals(v.preposition());
        int from = clitic ? j : j + 1;
        int charStart = clitic ? p.start() + 1 : -1;
        int e = embedded ? commaAfter(toks, from + 1, b) : b;
        if (from < b && addReported(l, li, from, charStart, e, speaker, gender, out, inDirect)) {
          return;
        }
      }
      // "أعلن الرئيس السوداني عمر البشير الاثنين، تعديلات ...، وفق ما أوردت الوكالة": an announcement opening the
      // sentence with its speaker named and its object next; the object is the speaker's report, up to a closing
      // attribution (which names who relays it)
      if (v.verbClass() == VerbClass.ANNOUNCE && sp.first() >= 0 && speaker != null && !imp && !embedded
          && opensSentence(toks, a, i)) {
        int o = objectAfter(toks, sp.end(), b);
        if (o >= 0 && addReported(l, li, o, -1, closingAttribution(l, o, b), speaker, gender, out, inDirect)) {
          return;
        }
      }
    }
    attributed(l, li, a, b, out, inDirect);
  }

  /**
   * "وسارع كلوب إلى التأكيد على أن ...": a reporting verb's verbal noun after إلى/على, with its complementizer,
   * reports for the subject of the sentence's verb. Adds the report and returns where it ends, or -1.
   */
  private int reportNoun(Line l, int li, int a, int i, int b, List<Candidate> out, boolean[] inDirect) {
    List<Token> toks = l.tokens();
    if (i == a || !toks.get(i - 1).word() || !(toks.get(i - 1).key().equals("الي")
        || toks.get(i - 1).key().equals("علي"))) {
      return -1;
    }
    int k = i + 1;
    if (k < b && toks.get(k).word() && (toks.get(k).key().equals("علي") || toks.get(k).key().equals("الي"))) {
      k++;
    }
    if (k >= b || !toks.get(k).word() || !lex.complementizers.contains(toks.get(k).key())) {
      return -1;
    }
    Span speaker = mainSubject(l, a, i - 1, false);
    int cut = nextReport(l, k + 1, b, inDirect);
    return addReported(l, li, k + 1, -1, cut, speaker, Gender.UNKNOWN, out, inDirect) ? cut : -1;
  }

  /**
   * The colon that introduces unquoted speech after a reporting verb's speaker ending at {@code from}: reached past
   * speech context (no complementizer, reporting verb or other punctuation than commas and quoted names), and
   * followed by three words or more of the sentence that no quotation mark opens; or -1.
   */
  private int colonAfter(List<Token> toks, int from, int end, boolean[] inDirect) {
    int words = 0;
    int k = from;
    for (; k < end && words <= MAX_CONTEXT_WORDS; k++) {
      Token t = toks.get(k);
      if (t.word()) {
        if (lex.complementizers.contains(t.key()) || lex.verb(t.key()) != null) {
          return -1;
        }
        words++;
      } else if (t.is(':')) {
        break;
      } else if (!(isComma(t) || Tokens.isQuoteMark(t.key().charAt(0)))) {
        return -1;
      }
    }
    if (k >= end || !toks.get(k).is(':') || k + 1 >= end || !toks.get(k + 1).word()
        || lex.complementizers.contains(toks.get(k + 1).key())) {
      return -1;
    }
    int after = 0;
    for (int t = k + 1; t < end; t++) {
      if (inDirect[t]) {
        return -1;
      }
      after += toks.get(t).word() ? 1 : 0;
    }
    return after >= 3 ? k : -1;
  }

  /** True when no word but a sentence adverb (قد، كما، ثم) comes before token {@code verb} in its sentence. */
  private static boolean opensSentence(List<Token> toks, int a, int verb) {
    for (int t = a; t < verb; t++) {
      Token tok = toks.get(t);
      if (tok.word() && !SENTENCE_ADVERBS.contains(tok.key())) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> SENTENCE_ADVERBS = Set.of("قد", "وقد", "كما", "ثم", "فقد");

  /**
   * The first token of a verb's object after its speaker phrase ended at {@code from}, past time words and commas:
   * a plain word (no verb, complementizer, preposition or quotation), or -1.
   */
  private int objectAfter(List<Token> toks, int from, int end) {
    for (int k = from; k < end && k < from + 6; k++) {
      Token t = toks.get(k);
      if (!t.word()) {
        if (!isComma(t)) {
          return -1;
        }
      } else if (!lex.stops.contains(t.key())) {
        String w = t.key();
        boolean plain = !lex.complementizers.contains(w) && lex.verb(w) == null && lex.participle(w) == null
            && !TRAILING_PREPOSITIONS.contains(w) && !LEADING_PREPOSITIONS.contains(w) && !NEGATIONS.contains(w)
            && !NOT_A_SUBJECT.contains(w) && !Character.isDigit(w.charAt(0)) && marker(toks, k, end) == null;
        return plain ? k : -1;
      }
    }
    return -1;
  }

  /**
   * Where content starting at {@code from} ends: before a comma that opens an attribution marker closing the
   * sentence ("...، وفق ما أوردت الوكالة"), else at {@code end}.
   */
  private int closingAttribution(Line l, int from, int end) {
    List<Token> toks = l.tokens();
    for (int t = from + 2; t + 1 < end; t++) {
      if (isComma(toks.get(t)) && toks.get(t + 1).word() && marker(toks, t + 1, end) != null) {
        return t;
      }
    }
    return end;
  }

  /**
   * "وجاء في البيان أن ..."، "وورد في تقرير المنظمة أن ...": the text named after the verb's preposition is the
   * source. Adds the report and returns true, or returns false.
   */
  private boolean document(Line l, int li, int i, int b, List<Candidate> out, boolean[] inDirect) {
    Span source = documentSource(l, i, b);
    if (source == null) {
      return false;
    }
    List<Token> toks = l.tokens();
    int comp = skipContext(toks, documentEnd(l, i, b), b);
    return comp < b && lex.complementizers.contains(toks.get(comp).key())
        && addReported(l, li, comp + 1, -1, b, source, Gender.UNKNOWN, out, inDirect);
  }

  /** The text named by a document verb at token {@code i} ("جاء في البيان"), or {@code null}. */
  private Span documentSource(Line l, int i, int end) {
    List<Token> toks = l.tokens();
    Verb v = lex.documents.get(toks.get(i).key());
    if (v == null || i + 2 >= end || !toks.get(i + 1).word() || !toks.get(i + 1).key().equals(v.preposition())) {
      return null;
    }
    return speakerAfter(l, i + 2, end, SAY).span(l);
  }

  private int documentEnd(Line l, int i, int end) {
    return speakerAfter(l, i + 2, end, SAY).end();
  }

  /**
   * True when a reporting verb after a comma, with its speaker, closes the sentence ("الوضع مستقر، قال المتحدث في
   * تصريح.") after three words or more of content: the content came first.
   */
  private boolean speakerAfterContent(List<Token> toks, int a, int verb, int speakerEnd, int b) {
    if (verb < a + 4 || !(toks.get(verb - 1).is('\u060C') || toks.get(verb - 1).is(','))) {
      return false;
    }
    int words = 0;
    for (int t = a; t < verb - 1; t++) {
      if (toks.get(t).word()) {
        words++;
      } else if (Tokens.isQuoteMark(toks.get(t).key().charAt(0))) {
        return false; // a quotation: the direct pass attributes it
      }
    }
    if (words < 3) {
      return false;
    }
    int rest = 0;
    for (int t = speakerEnd; t < b; t++) {
      Token tok = toks.get(t);
      if (!tok.word() && (tok.is(':') || Tokens.isQuoteMark(tok.key().charAt(0)))) {
        return false;
      }
      if (tok.word()) {
        if (lex.complementizers.contains(tok.key()) || lex.verb(tok.key()) != null || ++rest > 6) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * True when the reporting verb at {@code verb} opens a relative clause: after a relative word ("ما قالت إنه"،
   * "الذي قالت بريطانيا إنه") or after an indefinite noun following a preposition ("في صفقة قالت مصادر").
   */
  private boolean embedded(Line l, int a, int verb) {
    if (verb <= a) {
      return false;
    }
    List<Token> toks = l.tokens();
    Token prev = toks.get(verb - 1);
    if (!prev.word()) {
      return false;
    }
    String k = prev.key();
    if (RELATIVES.contains(k)) {
      return true;
    }
    if (k.startsWith("ال") || l.named()[verb - 1] || isContext(k) || lex.stops.contains(k) || verb - 2 < a) {
      return false;
    }
    Token before = toks.get(verb - 2);
    return before.word() && NOUN_PREPOSITIONS.contains(before.key());
  }

  /**
   * Where the next report of a sentence begins after the content starting at {@code from}, or {@code end}: a
   * comma before a reporting verb ("...، كما نفت ..."، "...، وأضاف أن ...") or a relative word before one ("...
   * الذي قالت بريطانيا إنه ...").
   */
  private int nextReport(Line l, int from, int end, boolean[] inDirect) {
    List<Token> toks = l.tokens();
    for (int t = from + 2; t + 1 < end; t++) {
      Token tok = toks.get(t);
      if (inDirect[t]) {
        continue;
      }
      if (tok.is('\u060C') || tok.is(',')) {
        int v = t + 1;
        boolean joined = toks.get(v).word() && CLAUSE_JOINERS.contains(toks.get(v).key());
        if (joined) {
          v++;
        } else if (v + 2 < end && toks.get(v).word() && CONTRASTS.contains(toks.get(v).key())
            && toks.get(v + 1).word() && lex.complementizers.contains(toks.get(v + 1).key())
            && !inDirect[v + 2] && startsReport(l, v + 2, end)) {
          return t; // "...، غير أنه ينفي ...": a contrast opens the next report
        }
        // a new clause: joined by كما/فيما or by the verb's own و ("، وأضاف أن"), not a bare verb that may be
        // the predicate of the content ("إن فريق المحقق، روبرت مولر، أبلغ ...")
        if (v < end && !inDirect[v] && (joined || toks.get(v).key().charAt(0) == 'و') && startsReport(l, v, end)) {
          return t;
        }
      } else if (tok.word() && RELATIVES.contains(tok.key()) && !tok.key().equals("ما") && !inDirect[t + 1]
          && startsReport(l, t + 1, end) && namedAfter(l, t + 1, end)) {
        return t; // "الذي قالت بريطانيا إنه ...", not "الذي يعتقد أنه ..." (impersonal, no speaker)
      }
    }
    return end;
  }

  /** True when the reporting verb at token {@code v} names its speaker right after it. */
  private boolean namedAfter(Line l, int v, int end) {
    Verb verb = verbAt(l, v);
    return verb != null && speakerAfter(l, v + 1, end, verb).first() >= 0;
  }

  /**
   * True when token {@code v} is a reporting verb whose report can be read: a complementizer after its speaker and
   * context, a relay's عن, or a denial's object ("كما نفت وجود ..."); a verbal noun spelled like the verb ("ونقل
   * جثث القتلى إلى ...") is not.
   */
  private boolean startsReport(Line l, int v, int end) {
    Verb verb = verbAt(l, v);
    if (verb == null || impersonal(l, v)) {
      return false;
    }
    List<Token> toks = l.tokens();
    Phrase p = speakerAfter(l, v + 1, end, verb);
    if ((verb.verbClass() == VerbClass.DENY && p.stoppedAtObject()) || (p.first() >= 0 && p.stoppedAtPreposition())) {
      return true; // "كما نفت وجود ..."، "فيما أشار الموقع إلى نيته ..."
    }
    int k = skipContext(toks, p.end(), end);
    return k < end && toks.get(k).word() && (lex.complementizers.contains(toks.get(k).key()));
  }

  /** The first comma at least two tokens after {@code from}, or {@code end}. */
  private static int commaAfter(List<Token> toks, int from, int end) {
    for (int t = from + 1; t < end; t++) {
      if (toks.get(t).is('\u060C') || toks.get(t).is(',')) {
        return t;
      }
    }
    return end;
  }

  /** The verb's preposition of a nominal report after time words and commas from {@code from}, or {@code end}. */
  private int prepositionAfter(List<Token> toks, int from, int end, Verb v) {
    if (v.preposition() == null) {
      return end;
    }
    for (int k = from; k < end && k < from + 6; k++) {
      Token t = toks.get(k);
      if (!t.word()) {
        if (!(t.is('\u060C') || t.is(','))) {
          return end;
        }
      } else if (startsNominalReport(t.key(), v) || (k > from && clitic(t.key(), v))) {
        return k; // after a time or a comma, any noun with the verb's clitic preposition is its complement
      } else if (!lex.stops.contains(t.key())) {
        return end;
      }
    }
    return end;
  }

  /** True for a word carrying the verb's one-letter clitic preposition (ب), not a complementizer (بأن). */
  private boolean clitic(String k, Verb v) {
    String p = v.preposition();
    return p != null && p.length() == 1 && k.length() >= 4 && k.charAt(0) == p.charAt(0)
        && !lex.complementizers.contains(k) && !k.startsWith("باسم");
  }

  private static Span spanOf(Line l, int first, int last) {
    return spanOf(l, first, last, 0);
  }

  /** The span of tokens {@code [first, last]}, leaving out {@code clitic} leading characters. */
  private static Span spanOf(Line l, int first, int last, int clitic) {
    int s = l.tokens().get(first).start() + clitic;
    int e = l.tokens().get(last).end();
    return new Span(l.source().number(), s, e, l.text().substring(s, e));
  }

  /**
   * The source named after "عمن" ("عمن سمتها «مصادر أمنية»", "عمن وصفتهم بالمسؤولين"): its first and last token
   * (without quotation marks), the token after it and the number of clitic letters before the name, or
   * {@code null}.
   */
  private int[] namedSource(Line l, int from, int end) {
    List<Token> toks = l.tokens();
    int k = from;
    if (k < end && toks.get(k).word() && lex.naming.contains(toks.get(k).key())) {
      k++;
    }
    if (k < end && toks.get(k).word() && toks.get(k).key().equals("ب")) {
      k++;
    } else if (k < end && toks.get(k).word() && toks.get(k).key().startsWith("بال")) {
      Phrase p = speakerAfter(l, k, end, SAY); // "عمن وصفتهم بالشهود": the ب is written against the name
      return p.first() < 0 ? null : new int[] {p.first(), p.last(), p.end(), 1};
    }
    if (k < end && !toks.get(k).word() && Tokens.isQuoteMark(toks.get(k).key().charAt(0))) {
      for (int m = k + 1; m < end && m <= k + 7; m++) {
        Token t = toks.get(m);
        if (!t.word()) {
          return Tokens.isQuoteMark(t.key().charAt(0)) && m > k + 1 ? new int[] {k + 1, m - 1, m + 1, 0} : null;
        }
      }
      return null;
    }
    Phrase p = speakerAfter(l, k, end, SAY);
    return p.first() < 0 ? null : new int[] {p.first(), p.last(), p.end(), 0};
  }

  /** A person named right before a relative pronoun and the verb ("التقيت نورة التي قالت: ..."), or null. */
  private static Span relativeAntecedent(Line l, int a, int verb) {
    List<Token> toks = l.tokens();
    if (verb - 2 < a || !toks.get(verb - 1).word() || !PERSON_RELATIVES.contains(toks.get(verb - 1).key())
        || !l.person()[verb - 2] || !toks.get(verb - 2).word()) {
      return null;
    }
    int s = verb - 2;
    while (s > a && l.person()[s - 1] && toks.get(s - 1).word() && verb - 2 - s < MAX_SPEAKER_WORDS / 2) {
      s--;
    }
    return spanOf(l, s, verb - 2);
  }

  /** Prepositions with a pronoun that end a speaker's phrase ("أقر الموقوفون به"); not منه (مصدر مقرب منه). */
  private static final Set<String> PREPOSITION_PRONOUNS = keys("به", "بها", "بهم", "بهما", "له", "لها", "لهم",
      "لهما", "لنا", "لي", "عليه", "عليها", "عليهم", "فيه", "فيها", "فيهم");
  /** The participle "speaking" after a speaker, before the one spoken to ("متحدثة إلى إذاعة"). */
  private static final Set<String> SPEAKING = keys("متحدثا", "متحدثًا", "متحدثة", "متحدثين", "متحدثتين");

  private static Set<String> keys(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(org.khabar.text.ArabicText.matchKey(w));
    }
    return Set.copyOf(out);
  }

  /** Relative pronouns after a person's name ("نورة التي قالت"). */
  private static final Set<String> PERSON_RELATIVES = Set.of("التي", "الذي", "اللذين", "اللتين", "الذين");
  private static final Set<String> KANA = Set.of("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت");
  private static final Set<String> NOT_A_CLAUSE_START = Set.of("وفي", "ومن", "وعلي", "والي", "وعن", "ومع", "وبعد",
      "وقبل", "وخلال", "ولكن", "لكن", "واما", "اما", "كما", "وقد", "فقد", "وبحسب", "وحسب", "ووفقا", "وهو", "وهي",
      "وهذا", "وهذه", "وذلك", "ولم", "ولا", "ولن", "وان", "وبينما", "وفيما", "وكما", "حيث");

  /**
   * The subject written before a subjectless reporting verb in its own sentence: after a form of كان ("وكان المرصد
   * أفاد") or, when the verb opens a relative clause on an indefinite noun ("ونشرت حسابات ... صوراً قالت إنها"),
   * the subject of the sentence's first verb. {@code null} when neither construction is clear.
   */
  private Span subjectBefore(Line l, int a, int verb) {
    List<Token> toks = l.tokens();
    Span antecedent = relativeAntecedent(l, a, verb);
    if (antecedent != null) {
      return antecedent;
    }
    if (lex.purpose.contains(toks.get(verb).key())) {
      return purposeSubject(l, a, verb);
    }
    Span topic = topicSubject(l, a, verb);
    if (topic != null) {
      return topic;
    }
    boolean shifted = false;
    if (verb - 2 > a && toks.get(verb - 1).key().equals("قد") && isComma(toks.get(verb - 2))) {
      verb -= 2; // "وكان الرئيس ...، قد أكد": the subject is before the comma
      shifted = true;
    }
    String previous = verb > a && toks.get(verb - 1).word() ? toks.get(verb - 1).key() : "";
    if (previous.equals("ما") || SUBORDINATORS.contains(previous)) {
      // "نددت ميركل ... ببروز ما قالت إنه"، "ضربت دراسة ...، عندما أظهرت أن": the subject of the sentence's verb
      return mainSubject(l, a, verb, false);
    }
    // the verb's clause starts after the last comma or mark before it
    int f = verb;
    while (f > a && (toks.get(f - 1).word() || Tokens.isQuoteMark(toks.get(f - 1).key().charAt(0)))) {
      f--;
    }
    Span svo = shifted || f >= verb ? null : sentenceSubject(l, a, f, verb);
    if (svo != null) {
      return svo;
    }
    if (f >= verb - 1) {
      return f == verb ? firstClauseSubject(l, a, verb) : null;
    }
    String first = toks.get(f).key();
    if (shifted && !KANA.contains(first)) {
      return null;
    }
    if (KANA.contains(first)) {
      int last = verb - 1;
      if (toks.get(last).key().equals("قد") && last > f + 1) {
        last--;
      }
      return last - f <= MAX_SPEAKER_WORDS / 2 ? spanOf(l, f + 1, last) : null;
    }
    String before = toks.get(verb - 1).key();
    boolean indefiniteAntecedent = !before.startsWith("ال") && before.length() > 2 && !lex.stops.contains(before)
        && !TRAILING_PREPOSITIONS.contains(before) && !NOT_A_SUBJECT.contains(before);
    boolean verbFirst = first.length() > 3 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')
        && !first.startsWith("وال") && !NOT_A_CLAUSE_START.contains(first) && lex.verb(first) == null;
    int sv = sentenceVerb(l, a);
    if (indefiniteAntecedent && !verbFirst && verb - f >= 4
        && (sv == f || (sv == f + 1 && (first.equals("كما") || first.equals("ثم"))))) {
      return mainSubject(l, a, verb, true); // "بث تنظيم الدولة صور فيديو يزعم أنها ...": a verb opens the sentence
    }
    if (!indefiniteAntecedent || !verbFirst || verb - f < 4) {
      return null;
    }
    // the object starts at the first accusative with tanween ("صوراً"), else it is the word before the verb
    int last = verb - 2;
    for (int t = f + 2; t < verb - 1; t++) {
      String k = toks.get(t).key();
      if (hasTanween(l, toks.get(t)) || (k.length() > 3 && k.endsWith("ا") && !l.named()[t])) {
        last = t - 1;
        break;
      }
    }
    return last - f <= MAX_SPEAKER_WORDS / 2 ? spanOf(l, f + 1, last) : null;
  }

  /**
   * "الحكومة السورية نفت أن ..."، "والمعارضة تقول إن ...": a subject written before the verb, when the sentence opens
   * with it: one to five plain words from the sentence's first word {@code f} to the verb, the first definite or
   * named, none a verb, complementizer, relative, particle or stop word.
   */
  private Span sentenceSubject(Line l, int a, int f, int verb) {
    List<Token> toks = l.tokens();
    for (int t = a; t < f; t++) {
      if (toks.get(t).word() || isComma(toks.get(t))) {
        return null;
      }
    }
    if (verb - f > 5 || verb <= f) {
      return null;
    }
    String first = toks.get(f).key();
    boolean wa = first.startsWith("وال") || (first.length() > 2 && first.charAt(0) == 'و' && l.named()[f]);
    if (!(first.startsWith("ال") || wa || l.named()[f])) {
      return null;
    }
    for (int t = f; t < verb; t++) {
      Token tok = toks.get(t);
      String k = tok.key();
      if (!tok.word() || lex.verb(k) != null || lex.participle(k) != null || lex.complementizers.contains(k)
          || lex.stops.contains(k) || RELATIVES.contains(k) || NOT_A_SUBJECT.contains(k) || NEGATIONS.contains(k)
          || KANA.contains(k) || TRAILING_PREPOSITIONS.contains(k) || LEADING_PREPOSITIONS.contains(k)
          || marker(toks, t, verb) != null) {
        return null;
      }
    }
    return spanOf(l, f, verb - 1, wa ? 1 : 0);
  }

  /** The relative ما as a subject ("مما يؤكد"، "بما يؤكد"). */
  private static final Set<String> WHAT = Set.of("ما", "مما", "بما", "وما", "لما", "ومما", "وبما", "فما");

  /** Verbs of description (وصف X بأنه): speech only when what follows is a direct quotation. */
  private static final Set<String> DIRECT_ONLY = Set.of("وصف");

  /** Conjunctions opening a circumstantial clause whose verb shares the sentence's subject ("، عندما أظهرت أن"). */
  private static final Set<String> SUBORDINATORS = Set.of("عندما", "حين", "حينما", "بعدما", "وعندما", "وحين",
      "اذ", "حيث");

  /**
   * The token of the verb that opens the sentence starting at {@code a} (after كما/ثم), or -1 when the sentence
   * opens otherwise: with a definite noun, a name, a particle, a preposition, a number or a reporting verb.
   */
  private int sentenceVerb(Line l, int a) {
    List<Token> toks = l.tokens();
    int f = a;
    while (f < toks.size() && !toks.get(f).word()) {
      f++;
    }
    if (f < toks.size() && (toks.get(f).key().equals("كما") || toks.get(f).key().equals("ثم"))) {
      f++;
    }
    if (f >= toks.size() || !toks.get(f).word() || l.named()[f]) {
      return -1;
    }
    String w = toks.get(f).key();
    String bare = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    boolean plain = bare.length() >= 2 && !bare.startsWith("ال") && !NOT_A_CLAUSE_START.contains(w)
        && !NOT_A_CLAUSE_START.contains(bare) && !lex.stops.contains(w) && !NOT_A_SUBJECT.contains(bare)
        && !KANA.contains(w) && !TRAILING_PREPOSITIONS.contains(bare) && !LEADING_PREPOSITIONS.contains(bare)
        && !NEGATIONS.contains(w) && !lex.complementizers.contains(w) && lex.verb(w) == null
        && lex.participle(w) == null && !Character.isDigit(w.charAt(0)) && !RELATIVES.contains(bare)
        && Lexicon.pronounGender(w) == null && !PRONOUNS.contains(bare) && marker(toks, f, toks.size()) == null;
    return plain ? f : -1;
  }

  /**
   * The subject of the verb opening the sentence, for a subjectless report embedded later in it: the words after
   * that verb up to the speaker phrase's natural end, or to its object (an accusative with tanween, a quantifier,
   * or, when the object is known to be indefinite, an indefinite word after a definite one that is not a name). {@code null} when the sentence opens otherwise.
   */
  private Span mainSubject(Line l, int a, int verb, boolean indefiniteObject) {
    int f = sentenceVerb(l, a);
    if (f < 0) {
      f = kanaOpening(l, a); // "وكان عبد السلام تكلم ... عندما قال": the subject of كان
      indefiniteObject |= f >= 0; // its predicate, a verb, follows the subject
    }
    if (f < 0 || f + 1 >= verb) {
      return null;
    }
    List<Token> toks = l.tokens();
    Phrase p = speakerAfter(l, f + 1, verb, SAY);
    if (p.first() < 0) {
      return null;
    }
    int last = p.last();
    for (int t = p.first() + 1; t <= p.last(); t++) {
      Token tok = toks.get(t);
      if (!tok.word()) {
        continue;
      }
      String k = tok.key();
      String prev = toks.get(t - 1).word() ? toks.get(t - 1).key() : "";
      boolean object = hasTanween(l, tok) || QUANTIFIERS.contains(k) || RELATIVES.contains(k)
          || (indefiniteObject && !l.named()[t] && !k.startsWith("ال") && (prev.startsWith("ال") || l.named()[t - 1])
              && !lex.titles.contains(k))
          // "وجاء بيان الجيش متناقضا": an accusative written with its alef is the predicate, not the subject
          || (k.length() >= 5 && k.endsWith("ا") && !l.named()[t] && !k.startsWith("ال") && prev.startsWith("ال"));
      if (object) {
        last = t - 1;
        break;
      }
    }
    while (last >= p.first() && !toks.get(last).word()) {
      last--;
    }
    return last < p.first() ? null : spanOf(l, p.first(), last);
  }

  /** The token of a form of كان opening the sentence from {@code a}, or -1. */
  private static int kanaOpening(Line l, int a) {
    List<Token> toks = l.tokens();
    int f = a;
    while (f < toks.size() && !toks.get(f).word()) {
      f++;
    }
    if (f + 1 >= toks.size() || !KANA.contains(toks.get(f).key()) || !toks.get(f + 1).word()) {
      return -1;
    }
    String next = toks.get(f + 1).key();
    char c = next.charAt(0);
    boolean prepositional = !l.named()[f + 1] && ((c == 'ل' || c == 'ب' || c == 'ك') && !next.startsWith("ال")
        || LEADING_PREPOSITIONS.contains(next) || TRAILING_PREPOSITIONS.contains(next) || NOT_A_SUBJECT.contains(next));
    return prepositional ? -1 : f; // "وكان للسلطات موقف": كان with a prepositional phrase names no subject
  }

  private static final Set<String> QUANTIFIERS = Set.of("كل", "جميع", "بعض", "عدة", "عددا");

  private static boolean isComma(Token t) {
    return t.is('\u060C') || t.is(',');
  }

  /**
   * "أما الوزارة، فقالت إن ..."، "أما شعاع كابيتال، فقد قالت": the topic after أما is the subject of the verb
   * that follows its comma with ف.
   */
  private Span topicSubject(Line l, int a, int verb) {
    List<Token> toks = l.tokens();
    int f = a;
    while (f < verb && !toks.get(f).word()) {
      f++;
    }
    if (f >= verb || !(toks.get(f).key().equals("اما") || toks.get(f).key().equals("واما"))) {
      return null;
    }
    int c = verb - 1;
    boolean fa = toks.get(verb).key().startsWith("ف");
    if (c > f && toks.get(c).word() && toks.get(c).key().equals("فقد")) {
      c--;
      fa = true;
    }
    if (!fa || c <= f + 1 || !isComma(toks.get(c)) || c - f - 1 > MAX_SPEAKER_WORDS / 2) {
      return null;
    }
    for (int t = f + 1; t < c; t++) {
      if (!toks.get(t).word() && !Tokens.isQuoteMark(toks.get(t).key().charAt(0))) {
        return null;
      }
    }
    return spanOf(l, f + 1, c - 1);
  }

  /**
   * "وخرج خطيب الجمعة ...، ليعلن أن ...": a reporting verb after the lam of purpose has the subject of the verb that
   * opens the sentence (a word with the conjunction و/ف that is no particle, preposition or definite noun).
   */
  private Span purposeSubject(Line l, int a, int verb) {
    List<Token> toks = l.tokens();
    int f = a;
    while (f < verb && !toks.get(f).word()) {
      f++;
    }
    if (f + 1 >= verb) {
      return null;
    }
    String first = toks.get(f).key();
    boolean verbFirst = first.length() > 3 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')
        && !first.startsWith("وال") && !first.startsWith("فال") && !NOT_A_CLAUSE_START.contains(first)
        && !lex.stops.contains(first) && !KANA.contains(first);
    return verbFirst ? speakerAfter(l, f + 1, verb, SAY).span(l) : null;
  }

  /**
   * "لكن الحكومة السورية المدعومة من روسيا، نفت ...": a verb right after a comma takes as subject the sentence's
   * opening definite noun phrase, when the sentence opens with one and holds nothing else before the comma.
   */
  private Span firstClauseSubject(Line l, int a, int verb) {
    List<Token> toks = l.tokens();
    if (verb == a || !(toks.get(verb - 1).is('\u060C') || toks.get(verb - 1).is(','))) {
      return null;
    }
    int f = a;
    while (f < verb && !toks.get(f).word()) {
      f++;
    }
    if (f < verb && (toks.get(f).key().equals("لكن") || toks.get(f).key().equals("ولكن"))) {
      f++;
    }
    int last = verb - 2;
    if (f > last || !toks.get(f).key().startsWith("ال") || last - f >= MAX_SPEAKER_WORDS / 2) {
      return null;
    }
    for (int t = f; t <= last; t++) {
      if (!toks.get(t).word() || lex.verb(toks.get(t).key()) != null) {
        return null;
      }
    }
    return spanOf(l, f, last);
  }

  private static boolean hasTanween(Line l, Token t) {
    return l.text().substring(t.start(), t.end()).indexOf(org.khabar.text.ArabicLetters.FATHATAN) >= 0;
  }

  /** Skips speech context ("في تصريح لوكالة ...، ") between a speaker and its complementizer. */
  private int skipContext(List<Token> toks, int from, int end) {
    int k = from;
    int words = 0;
    while (k < end && words <= MAX_CONTEXT_WORDS) {
      Token t = toks.get(k);
      words += t.word() ? 1 : 0;
      if (t.word() && lex.complementizers.contains(t.key())) {
        return k;
      }
      if (!t.word() && !(t.is('\u060C') || t.is(',') || t.is('(') || t.is(')') || t.is('-') || t.is(':')
          || Tokens.isQuoteMark(t.key().charAt(0)))) {
        return end;
      }
      if (t.word() && (lex.verb(t.key()) != null || lex.participle(t.key()) != null)
          && !(k > from && toks.get(k - 1).word() && NEGATIONS.contains(toks.get(k - 1).key()))) {
        return end; // another report begins: its complementizer is not this verb's ("لم يكشف عن اسمه" is none)
      }
      k++;
    }
    return end;
  }

  /**
   * Adds the reported content of tokens {@code [from, end)}, cut before a circumstantial participle that adds a
   * second report ("...، مؤكداً أن ..."), which is added in its turn with the same speaker.
   *
   * @param charStart where the content starts within token {@code from} (after a clitic preposition), or -1
   * @return false when the content is too short to be a report
   */
  private boolean addReported(Line l, int li, int from, int charStart, int end, Span speaker, Gender gender,
      List<Candidate> out, boolean[] inDirect) {
    List<Token> toks = l.tokens();
    int a = from;
    int markStart = -1;
    while (a < end && !toks.get(a).word()) {
      if (Tokens.isQuoteMark(toks.get(a).key().charAt(0))) {
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
      Token tok = toks.get(t);
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
      marks += !toks.get(t).word() && Tokens.isQuoteMark(toks.get(t).key().charAt(0)) ? 1 : 0;
    }
    if (marks % 2 == 1 && b < end && Tokens.isQuoteMark(toks.get(b).key().charAt(0))) {
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
  private boolean plainWords(List<Token> toks, int from, int to) {
    for (int t = from; t < to; t++) {
      Token tok = toks.get(t);
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
    Token t = l.tokens().get(mark);
    if (t.word() || !Tokens.isQuoteMark(t.key().charAt(0))) {
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
  private void participleClause(Line l, int li, int p, int end, Span speaker, Gender gender, List<Candidate> out,
      boolean[] inDirect) {
    List<Token> toks = l.tokens();
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

  /** Reported speech by an attribution marker, before ("وبحسب المرصد، ...") or after the content. */
  private void attributed(Line l, int li, int a, int b, List<Candidate> out, boolean[] inDirect) {
    List<Token> toks = l.tokens();
    for (int i = a; i < b; i++) {
      if (inDirect[i] || !toks.get(i).word()) {
        continue;
      }
      Gender pronoun = pronounMarker(toks, i, b);
      if (pronoun != null) {
        // "...، على حد قوله": the content before it, by the speaker the pronoun continues
        int e = i;
        while (e > a && !toks.get(e - 1).word()) {
          e--;
        }
        if (e - a >= 3) {
          addReported(l, li, a, -1, e, null, pronoun, out, inDirect);
        }
        return;
      }
      int[] marker = marker(toks, i, b);
      if (marker == null) {
        continue;
      }
      Phrase p = speakerAfterMarker(l, marker, b);
      if (p == null || p.span(l) == null) {
        continue;
      }
      boolean front = true;
      for (int t = a; t < i; t++) {
        if (toks.get(t).word()) {
          front = false;
          break;
        }
      }
      if (front) {
        int c = p.end();
        while (c < b && (!toks.get(c).word() || toks.get(c).key().equals("فان") || toks.get(c).key().equals("ان"))) {
          c++;
        }
        addReported(l, li, c, -1, b, p.span(l), Gender.UNKNOWN, out, inDirect);
      } else {
        int e = i;
        while (e > a && (!toks.get(e - 1).word() || toks.get(e - 1).key().equals("و"))) {
          e--;
        }
        int words = 0;
        for (int t = a; t < e; t++) {
          words += toks.get(t).word() ? 1 : 0;
        }
        // "وبناء على ذلك، حسبما أشارت أوراق الدعوى، شعرت ...": a marker between commas after a short lead-in
        // attributes the clause after it, unless that clause is joined by و ("...، بحسب ناشطين، ولم يتسن ...")
        int c = p.end();
        if (words <= MAX_APPOSITION_WORDS && isComma(toks.get(i - 1)) && c + 1 < b && isComma(toks.get(c))
            && toks.get(c + 1).word() && toks.get(c + 1).key().charAt(0) != 'و'
            && toks.get(c + 1).key().charAt(0) != 'ف') {
          int after = 0;
          for (int t = c + 1; t < b; t++) {
            after += toks.get(t).word() ? 1 : 0;
          }
          if (after >= 3 && after > words) {
            addReported(l, li, c + 1, -1, b, p.span(l), Gender.UNKNOWN, out, inDirect);
            return;
          }
        }
        if (words >= 3) {
          addReported(l, li, a, -1, e, p.span(l), Gender.UNKNOWN, out, inDirect);
        }
      }
      return;
    }
  }

  /**
   * Matches an attribution marker starting at token {@code i}.
   *
   * @return {@code {first token after the marker, 1 if its first letter is the marker's ل}} or {@code null}
   */
  private int[] marker(List<Token> toks, int i, int end) {
    String first = toks.get(i).key();
    String firstBare = first.length() > 2 && first.charAt(0) == 'و' ? first.substring(1) : first;
    List<String[]> candidates = lex.markersByFirst.get(first);
    List<String[]> bare = firstBare.equals(first) ? null : lex.markersByFirst.get(firstBare);
    if (candidates == null) {
      candidates = bare;
    } else if (bare != null) {
      candidates = new ArrayList<>(candidates);
      candidates.addAll(bare);
      candidates.sort((x, y) -> Integer.compare(y.length, x.length)); // longest first, as in the lexicon
    }
    if (candidates == null) {
      return null;
    }
    for (String[] m : candidates) {
      boolean trailingLam = m[m.length - 1].equals("ل");
      int n = trailingLam ? m.length - 1 : m.length;
      if (!m[0].equals(first) && !m[0].equals(firstBare)) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n; k++) {
        if (i + k >= end || !toks.get(i + k).word() || !toks.get(i + k).key().equals(m[k])) {
          ok = false;
          break;
        }
      }
      if (!ok || i + n >= end) {
        continue;
      }
      Token next = toks.get(i + n);
      if (trailingLam) {
        if (next.word() && next.key().length() > 2 && next.key().charAt(0) == 'ل') {
          return new int[] {i + n, 1};
        }
        if (next.word() && next.key().equals("ل") && i + n + 1 < end) {
          return new int[] {i + n + 1, 0};
        }
        continue;
      }
      return new int[] {i + n, 0};
    }
    return null;
  }

  /**
   * The agreement named by a pronoun marker ("على حد قوله") starting at token {@code i} and closing the sentence,
   * or {@code null}.
   */
  private Gender pronounMarker(List<Token> toks, int i, int end) {
    if (!lex.pronounMarkerFirsts.contains(toks.get(i).key())) {
      return null;
    }
    for (String[] m : lex.pronounMarkers) {
      if (i + m.length > end) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < m.length && ok; k++) {
        String key = toks.get(i + k).key();
        ok = toks.get(i + k).word() && (key.equals(m[k]) || (k == 0 && key.equals("و" + m[k])));
      }
      if (ok) {
        for (int t = i + m.length; t < end; t++) {
          if (toks.get(t).word()) {
            return null; // the content goes on after it: not a closing attribution
          }
        }
        return Lexicon.pronounGender(m[m.length - 1]);
      }
    }
    return null;
  }

  private Phrase speakerAfterMarker(Line l, int[] marker, int end) {
    List<Token> toks = l.tokens();
    int from = marker[0];
    if (from >= end) {
      return null;
    }
    if (toks.get(from).word() && verbWithObjectPronoun(toks.get(from).key())) {
      from++; // "بحسب ما قاله مصدر أمني"
      if (from >= end) {
        return null;
      }
    }
    // "بحسب ما أفاد المرصد": the verb after the marker introduces the speaker
    if (toks.get(from).word() && lex.verb(toks.get(from).key()) != null && marker[1] == 0) {
      from++;
    } else if (from + 1 < end && toks.get(from).key().equals(marker[1] == 0 ? "ما" : "لما")
        && toks.get(from + 1).word() && (verbWithObjectPronoun(toks.get(from + 1).key())
        || lex.verb(toks.get(from + 1).key()) != null)) {
      // "وفق ما ذكره أحد المصادر"، "وفقا لما أعلنته الوزارة"، "وفقاً لما ذكرت الصحيفة"
      return speakerAfterMarker(l, new int[] {from + 2, 0}, end);
    }
    Phrase p = speakerAfter(l, from, end, SAY);
    if (p.first() < 0) {
      return null;
    }
    if (from == marker[0] && nonSource(l, marker[1] == 1 && p.first() == from ? p.withClitic() : p)) {
      return null; // "حسب عدد الأهداف"، "وفقا للقانون": depending on, in line with; no source
    }
    if (p.end() + 1 < end && toks.get(p.end()).word() && toks.get(p.end()).key().equals("عن")) {
      Phrase inner = speakerAfter(l, p.end() + 1, end, SAY);
      if (inner.first() >= 0) {
        return inner; // "بحسب ما نقلته الوكالة عن وزارة الخارجية": the source is the one relayed
      }
    }
    return marker[1] == 1 && p.first() == from ? p.withClitic() : p;
  }

  /** True when a phrase after a marker is headed by a noun of measure or criterion ("عدد"، "القانون"). */
  private boolean nonSource(Line l, Phrase p) {
    Span sp = p.span(l);
    if (sp == null) {
      return false;
    }
    for (Token t : Tokens.of(sp.text())) {
      if (t.word()) {
        return lex.nonSources.contains(t.key());
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- speaker phrases

  /** Tokens {@code [first, last]} of a speaker phrase, or {@code first < 0} for none; {@code end} is where it stopped. */
  private record Phrase(int first, int last, int end, boolean stoppedAtObject, boolean clitic,
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

  private static final Set<String> LEADING_PREPOSITIONS = Set.of("في", "خلال", "عبر", "امام", "علي", "الي");
  private static final Set<String> NOT_A_SUBJECT = Set.of("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "ما", "لا", "لم", "لن",
      "قد", "كان", "كانت", "ليس");
  private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "ها", "ه"};
  /** Prepositions with a pronoun right after a verb: the one spoken to or about, never the speaker. */
  private static final Set<String> ADDRESSEES = Set.of("له", "لها", "لهم", "لهما", "لنا", "لي", "عليه", "عليها",
      "عليهم", "عليهما", "منه", "منها", "منهم", "فيه", "فيها");

  /** True for a speech-context noun ("بيان"), also with a pronoun suffix ("بيانها"). */
  private boolean isContext(String k) {
    if (lex.contexts.contains(k)) {
      return true;
    }
    for (String s : PRONOUN_SUFFIXES) {
      if (k.length() > s.length() + 2 && k.endsWith(s)) {
        String stem = k.substring(0, k.length() - s.length());
        // a feminine noun takes its teh back before a suffix: كلمتها -> كلمه
        return lex.contexts.contains(stem) || (stem.endsWith("ت") && lex.contexts.contains(
            stem.substring(0, stem.length() - 1) + "ه"));
      }
    }
    return false;
  }

  /** A plain reporting verb, for speakers named after a marker or a relay's عن. */
  private static final Verb SAY = new Verb("قال", VerbClass.SAY, Gender.UNKNOWN, null);

  private Phrase speakerAfter(Line l, int from, int end, Verb verb) {
    List<Token> toks = l.tokens();
    VerbClass cls = verb.verbClass();
    int i = from;
    while (i < end && toks.get(i).word() && lex.skips.contains(toks.get(i).key())
        && !(toks.get(i).key().equals("من") && !(i + 1 < end && lex.skips.contains(toks.get(i + 1).key())))) {
      i++; // "من جهته"; a lone "من" is the verb's preposition ("حذرت من اشتباكات")
    }
    while (i < end && toks.get(i).word() && lex.adverbs.contains(toks.get(i).key())) {
      i++; // "اتهمت علنا ..."، "أكد مجددا ...": an adverb before the subject
    }
    if (verb != SAY && i + 1 < end && toks.get(i).word() && lex.participle(toks.get(i).key()) != null
        && lex.participle(toks.get(i).key()).lemma().equals("قال") && toks.get(i + 1).word()
        && lex.complementizers.contains(toks.get(i + 1).key())) {
      // "وتابع قائلا إن ...": the verb's own participle of saying, then the report; no subject is named
      return new Phrase(-1, -1, i + 1, false, false, false);
    }
    if (i < end && toks.get(i).word() && LEADING_PREPOSITIONS.contains(toks.get(i).key())) {
      // "وأوضحت في بيانها أن ...": no subject is named, the verb continues an earlier speaker
      return new Phrase(-1, -1, i, false, false, false);
    }
    if (i < end && toks.get(i).word() && NOT_A_SUBJECT.contains(toks.get(i).key())) {
      return new Phrase(-1, -1, end, false, false, false); // "يعتبر هذا ...": a clause, not a speaker
    }
    if (i < end && toks.get(i).word() && (ADDRESSEES.contains(toks.get(i).key())
        || (verb != SAY && toks.get(i).key().startsWith("لل") && toks.get(i).key().length() > 4
            && !lex.stops.contains(toks.get(i).key())))) {
      i++; // "وقالت لها المذيعة"، "أكد للسعوديين أنه": the addressee comes before the speaker, and is not the speaker
    }
    if (i < end && verb != SAY && l.lamNamed()[i] >= 0) {
      i = l.lamNamed()[i] + 1; // "وقالت لرويترز إن ...": a named addressee, not the speaker
    }
    if (i < end && verb != SAY && (lamPlural(l, i) || lamHamza(l, i))) {
      // "وقال لمحققين بلجيكيين إن ..."، "قالت لأحلام": an addressee after ل, with its adjectives, is not the speaker
      i++;
      while (i < end && toks.get(i).word() && !l.named()[i] && obliquePlural(toks.get(i).key())) {
        i++;
      }
      if (i < end && toks.get(i).word() && (LEADING_PREPOSITIONS.contains(toks.get(i).key())
          || NOT_A_SUBJECT.contains(toks.get(i).key()) || NOUN_GOVERNORS.contains(toks.get(i).key()))) {
        return new Phrase(-1, -1, i, false, false, false);
      }
    }
    if (i < end && toks.get(i).word() && startsNominalReport(toks.get(i).key(), verb)) {
      return new Phrase(-1, -1, i, false, false, true); // "وأشار إلى ارتفاع ...": the earlier speaker goes on
    }
    if (cls != VerbClass.DENY && verb.gender() == Gender.PLURAL && lex.takesObject(verb) && i < end
        && toks.get(i).word() && !lex.complementizers.contains(toks.get(i).key())
        && !complementizerAhead(toks, i, end)) {
      // "أكدوا رغبة ...": a verb placed before its subject is singular, so what follows a plural verb is its object
      return new Phrase(-1, -1, i, true, false, false);
    }
    if (cls != VerbClass.DENY && lex.takesObject(verb) && i < end && toks.get(i).word() && !l.named()[i]
        && derivedVerbalNoun(toks.get(i).key()) && !complementizerAhead(toks, i, end)) {
      return new Phrase(-1, -1, i, true, false, false); // "أكد فيها امتلاك ...": the object, no subject named
    }
    if (cls == VerbClass.DENY && i < end && toks.get(i).word() && deniedNoun(toks.get(i).key())) {
      return new Phrase(-1, -1, i, true, false, false); // "الحكومة ... نفت استخدام ...": the subject came first
    }
    if (i < end && toks.get(i).word() && (Character.isDigit(toks.get(i).key().charAt(0))
        || Lexicon.pronounGender(toks.get(i).key()) != null)) {
      return new Phrase(-1, -1, i, false, false, false); // "قال 20 شخصا"، "بحسب قوله": no speaker phrase
    }
    int first = i;
    int last = -1;
    boolean object = false;
    boolean preposition = false;
    while (i < end && i - first < MAX_CLOSED_SPEAKER_WORDS) {
      Token t = toks.get(i);
      if (!t.word() && last == i - 1 && i + 1 < end && hyphenated(toks, i - 1)) {
        last = i + 1; // a hyphen inside a name, no space around it: "غريغوار-فان هارن"
        i += 2;
        continue;
      }
      if (!t.word()) {
        // a quoted name inside the speaker's phrase: صحيفة «الشرق», موقع "السومرية نيوز"
        int close = quotedName(toks, i, end);
        if (close < 0 && last >= first && i == last + 1) {
          close = bracketedName(toks, i, end); // a name in brackets after its noun: وكالة (سبوتنيك) الروسية
        }
        if (close >= 0 && i == first && verb != SAY && !complementizerAfterTime(toks, close + 1, end)) {
          close = -1; // a quotation right after the verb is speech, unless a complementizer follows it; after a
                      // marker or a relay's عن it is a name ("وفق ما نقلت «سكاي نيوز»")
        }
        if (close < 0) {
          int appositionEnd = last >= first && i == last + 1 ? apposition(toks, i, end, cls) : -1;
          if (appositionEnd >= 0) {
            // "قال نجيب دانيش، المتحدث باسم الوزارة، إن": the apposition belongs to the speaker
            boolean deniedObject = lex.takesObject(verb)
                && !lex.complementizers.contains(toks.get(appositionEnd + 1).key())
                && !LEADING_PREPOSITIONS.contains(toks.get(appositionEnd + 1).key())
                && (cls == VerbClass.DENY || !complementizerAhead(toks, appositionEnd + 1, end));
            return new Phrase(first, appositionEnd - 1, appositionEnd + 1, deniedObject, false, false);
          }
          if (cls != VerbClass.DENY && lex.takesObject(verb) && last >= first && isComma(t) && i + 1 < end
              && toks.get(i + 1).word() && !complementizerAhead(toks, i + 1, end)
              && objectAfter(toks, i + 1, end) == i + 1) {
            object = true; // "وأكدت الوزارة، دفن ...": the object after a comma, no complementizer to come
            i++;
          }
          break;
        }
        last = close;
        i = close + 1;
        continue;
      }
      String k = t.key();
      if (i > first && i + 2 < end && hyphenated(toks, i)) {
        last = i + 2; // "آن-ماري": a word hyphened to the next is part of a name, whatever it reads alone
        i += 3;
        continue;
      }
      if (i == first + 1 && l.lamNamed()[i] >= 0 && toks.get(first).word() && lex.contexts.contains(toks.get(first).key())) {
        last = l.lamNamed()[i]; // "أفاد تقرير للأمم المتحدة أن": a document's author after ل completes the source
        i = last + 1;
        break;
      }
      if (i > first && l.lamNamed()[i] >= 0) {
        break; // "قالت المتحدثة لرويترز إن": the one spoken to ends the speaker
      }
      if (i > first && PREPOSITION_PRONOUNS.contains(k)) {
        break; // "أقر الموقوفون به"، "قال الوزير لها": a preposition with a pronoun follows the subject, not in it
      }
      if (i > first && SPEAKING.contains(k) && i + 1 < end && toks.get(i + 1).word()
          && (toks.get(i + 1).key().equals("الي") || toks.get(i + 1).key().startsWith("ل"))) {
        break; // "وقالت لاغارد متحدثة إلى إذاعة ...": speaking to someone, after the speaker
      }
      if (i > first && (k.equals("الذي") || k.equals("التي")) && cls != VerbClass.DENY && lex.takesObject(verb)) {
        int o = objectAfterRelative(l, i, end);
        if (o >= 0) {
          // "وأكد التحالف الذي تقوده السعودية الاستمرار في ...": a short relative clause, then the object
          last = o - 1;
          i = o;
          object = true;
          break;
        }
      }
      boolean title = k.equals("العام") && i > first && toks.get(i - 1).word() && toks.get(i - 1).key().startsWith("ال")
          && !(i + 1 < end && toks.get(i + 1).word() && YEAR_QUALIFIERS.contains(toks.get(i + 1).key()));
      if (!title && (lex.complementizers.contains(k) || lex.stops.contains(k) || lex.verb(k) != null
          || lex.participle(k) != null)) {
        break; // "العام" ends a speaker as a time ("العام الماضي"), not in a title ("الأمين العام للحلف")
      }
      if ((k.equals("في") || k.equals("علي")) && i + 1 < end && toks.get(i + 1).word() && (isContext(toks.get(i + 1).key())
          || (toks.get(i + 1).key().startsWith("ال") && isContext(toks.get(i + 1).key().substring(2)))
          || lex.stops.contains(toks.get(i + 1).key()) || Character.isDigit(toks.get(i + 1).key().charAt(0)))) {
        break; // "في بيان", "على حسابه", "في يناير": context or time, not part of the name
      }
      if (k.length() > 2 && k.charAt(0) == 'ل' && isContext(k.substring(1))) {
        break;
      }
      if (i > first && (startsNominalReport(k, verb)
          || (toks.get(i - 1).key().startsWith("ال") && clitic(k, verb) && !l.named()[i]))) {
        // "أفادت الوكالة الاقتصادية بزيادة ...": after a definite word, the verb's ب opens its complement
        preposition = true;
        break;
      }
      if (i > first && lamPlural(l, i)) {
        break; // "قال المتهم لمحققين فرنسيين إن": the one spoken to ends the speaker
      }
      if (i > first && !lex.takesObject(verb) && secondName(l, i) && l.person()[i - 1]) {
        break; // "أبلغ المندوب بشار الجعفري مجلس الأمن أن": a place or body named after a name is the addressee
      }
      if (i > first && (lex.adverbs.contains(k) || (hasTanween(l, t) && !l.named()[i]))) {
        // "نفت الحكومة بشدة وجود ..."، "أكد الوزير مجدداً أن": an adverb, or an accusative (never in the subject)
        object = lex.takesObject(verb) && (cls == VerbClass.DENY || !complementizerAhead(toks, i, end));
        if (object && lex.adverbs.contains(k)) {
          i++;
        }
        break;
      }
      if (lex.takesObject(verb) && i > first && (lex.objects.contains(k) || objectStarts(l, i))
          && (cls == VerbClass.DENY || !complementizerAhead(toks, i, end))) {
        object = true; // "نفى الوزير صحة ..."، "أكد الرئيس ضرورة ..."، "اتهمت أنقرة الداعية ... بـ"
        break;
      }
      last = i;
      i++;
    }
    if (i - first >= MAX_CLOSED_SPEAKER_WORDS || (i - first >= MAX_SPEAKER_WORDS
        && !(i < end && toks.get(i).word() && lex.complementizers.contains(toks.get(i).key())))) {
      // no natural end: this is a clause, not a speaker ("يعتبر هذا هو الخبر ...")
      return new Phrase(-1, -1, end, object, false, false);
    }
    while (last >= first && TRAILING_PREPOSITIONS.contains(toks.get(last).key())) {
      last--;
    }
    if (last < first || (last == first && PRONOUNS.contains(toks.get(first).key()))) {
      return new Phrase(-1, -1, i, object, false, preposition);
    }
    return new Phrase(first, last, i, object, false, preposition);
  }

  /**
   * The closing comma of a speaker's apposition opening with the comma at {@code comma} ("، ماريا زاخاروفا،"), when
   * what follows it is the report (a complementizer, speech context, a time; for a denial verb its object), or -1.
   */
  private int apposition(List<Token> toks, int comma, int end, VerbClass cls) {
    Token c = toks.get(comma);
    if (!(c.is('\u060C') || c.is(','))) {
      return -1;
    }
    int m = comma + 1;
    if (m < end && toks.get(m).word() && (PERSON_RELATIVES.contains(toks.get(m).key())
        || (toks.get(m).key().startsWith("و") && PERSON_RELATIVES.contains(toks.get(m).key().substring(1))))) {
      return -1; // "قال ترامب، الذي عقد قمة ...، إن": a relative clause describes the speaker, it is not its name
    }
    if (m < end && toks.get(m).word() && lamPreposition(toks.get(m))) {
      return -1; // "قال مصدر مطلع، لمراسل الموقع، إن": a phrase opening with the preposition ل is the one spoken to
    }
    int words = 0;
    while (m < end && toks.get(m).word() && words <= MAX_APPOSITION_WORDS) {
      String k = toks.get(m).key();
      if (lex.complementizers.contains(k) || lex.stops.contains(k) || lex.verb(k) != null || lex.participle(k) != null
          || LEADING_PREPOSITIONS.contains(k) || NOT_A_SUBJECT.contains(k) || lex.objects.contains(k)
          || (words == 0 && TRAILING_PREPOSITIONS.contains(k))) {
        return -1; // "ونقل الموقع، عن الباحث، أن": a prepositional phrase between commas is not an apposition
      }
      words++;
      m++;
    }
    if (words == 0 || words > MAX_APPOSITION_WORDS || m + 1 >= end || !(toks.get(m).is('\u060C') || toks.get(m).is(','))
        || !toks.get(m + 1).word()) {
      return -1;
    }
    String next = toks.get(m + 1).key();
    // "قال مدير المطار، جيمي إميليو، لبي بي سي": the one spoken to after the apposition also closes it
    boolean report = lex.complementizers.contains(next) || LEADING_PREPOSITIONS.contains(next)
        || lex.stops.contains(next) || (cls == VerbClass.DENY && lex.verb(next) == null)
        || (next.length() > 2 && lamPreposition(toks.get(m + 1)));
    return report ? m : -1;
  }

  /** True when the word at {@code i} is joined to the next word by a hyphen with no space around it ("آن-ماري"). */
  private static boolean hyphenated(List<Token> toks, int i) {
    if (i + 2 >= toks.size()) {
      return false;
    }
    Token w = toks.get(i);
    Token h = toks.get(i + 1);
    Token n = toks.get(i + 2);
    return w.word() && h.is('-') && n.word() && w.end() == h.start() && h.end() == n.start();
  }

  /** True when the text layer reads the word's first proclitic as the preposition ل ("لمراسل"، "للصحفيين"). */
  private static boolean lamPreposition(Token t) {
    List<Clitic> p = CLITICS.analyze(t.key()).proclitics();
    return !p.isEmpty() && p.get(0).form().equals("ل");
  }

  /**
   * True for a word written with the preposition ل against a noun in the oblique plural ("لمحققين"،
   * "لصحافيين"), not part of an entity mention: the one spoken to. A subject would be nominative (-ون).
   */
  private static boolean lamPlural(Line l, int i) {
    Token t = l.tokens().get(i);
    String k = t.key();
    return t.word() && !l.named()[i] && k.length() >= 6 && k.charAt(0) == 'ل' && k.charAt(1) != 'ل'
        && obliquePlural(k);
  }

  /** True when token {@code i} opens the mention of a place or body right after another named word. */
  private static boolean secondName(Line l, int i) {
    char c = l.tokens().get(i).key().charAt(0);
    return l.opensPlaceOrOrg()[i] && l.named()[i - 1] && l.tokens().get(i - 1).word() && c != 'ل' && c != 'ب'
        && c != 'و';
  }

  /**
   * The token of a definite verbal noun (الاستمرار) or listed object that follows a relative clause of two to four
   * words opening at {@code rel}, when no complementizer comes in the clause; else -1.
   */
  private int objectAfterRelative(Line l, int rel, int end) {
    List<Token> toks = l.tokens();
    if (complementizerAhead(toks, rel, end)) {
      return -1;
    }
    for (int m = rel + 2; m < end && m <= rel + 4; m++) {
      Token t = toks.get(m);
      if (!t.word()) {
        return -1;
      }
      String k = t.key();
      if (!l.named()[m] && (lex.objects.contains(k) || (k.startsWith("ال") && derivedVerbalNoun(k.substring(2))))) {
        return m;
      }
    }
    return -1;
  }

  /**
   * True for a word written ل against a hamza ("لأحلام"، "لإذاعة"): no Arabic word begins so, so it is the
   * preposition before a name or noun.
   */
  private static boolean lamHamza(Line l, int i) {
    Token t = l.tokens().get(i);
    if (!t.word() || t.end() - t.start() < 4) {
      return false;
    }
    char c0 = l.text().charAt(t.start());
    char c1 = l.text().charAt(t.start() + 1);
    return c0 == ArabicLetters.LAM && (c1 == ArabicLetters.ALEF_HAMZA_ABOVE || c1 == ArabicLetters.ALEF_HAMZA_BELOW);
  }

  private static boolean obliquePlural(String k) {
    return k.length() >= 5 && k.endsWith("ين");
  }

  /**
   * True when a complementizer comes in the clause from token {@code from}: within twelve words, before a full
   * stop, a colon or a quotation. The words before it are then the speaker, not a noun object.
   */
  private boolean complementizerAhead(List<Token> toks, int from, int end) {
    int words = 0;
    for (int k = from; k < end && words <= MAX_SPEAKER_WORDS; k++) {
      Token t = toks.get(k);
      if (!t.word()) {
        if (t.is(':') || Tokens.isQuoteMark(t.key().charAt(0))) {
          return false;
        }
        continue;
      }
      if (lex.complementizers.contains(t.key())) {
        return true;
      }
      words++;
    }
    return false;
  }

  /** True for a reporting verb with an object pronoun: ذكره، أوردته، نقلتها. */
  private boolean verbWithObjectPronoun(String k) {
    for (String suffix : PRONOUN_SUFFIXES) {
      if (k.length() > suffix.length() + 2 && k.endsWith(suffix)
          && lex.verb(k.substring(0, k.length() - suffix.length())) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for the verbal noun of a derived verb, by its shape: استفعال (استخدام), انفعال and افتعال (انتشار،
   * امتلاك، اعتقال): an alef, a letter, then the teh of the pattern.
   */
  private static boolean derivedVerbalNoun(String k) {
    return k.length() >= 5 && k.charAt(0) == 'ا' && k.charAt(1) != 'ل' && (k.charAt(2) == 'ت' || k.startsWith("است"))
        && !k.endsWith("ين") && !k.endsWith("ون") && !k.endsWith("ات");
  }

  /** True for a noun that opens what is denied: a listed object or a verbal noun of the استفعال family. */
  private boolean deniedNoun(String k) {
    return lex.objects.contains(k) || (k.length() >= 6 && (k.startsWith("است") || k.startsWith("انت")));
  }

  /** True when a word is the verb's preposition of a nominal report: "بمقتل" after أفاد, "إلى" after أشار. */
  private boolean startsNominalReport(String k, Verb verb) {
    String p = verb.preposition();
    if (p == null) {
      return false;
    }
    if (k.equals(p)) {
      return true;
    }
    // a clitic ب on a definite noun or a verbal noun (بمقتل، بتسجيل، بالاتفاق), not on an adjective (بريطاني)
    if (p.length() != 1 || k.length() < 4 || k.charAt(0) != p.charAt(0) || k.startsWith("باسم")) {
      return false;
    }
    String rest = k.substring(1);
    return rest.startsWith("ال") || rest.startsWith("م") || rest.startsWith("ت") || rest.startsWith("است")
        || rest.startsWith("انس") || rest.startsWith("انت") || rest.startsWith("اعت") || lex.objects.contains(rest)
        || derivedVerbalNoun(rest); // "بارتكاب"، "باختراق"
  }

  /** The closing mark of a short quoted name (one to five words) opening at token {@code i}, or -1. */
  /**
   * The closing bracket of a name of one to four words in round brackets opening at {@code i} ("شبكة (فرات بوست)"),
   * or -1; a bracketed time or number ("(الخميس)"، "(2018)") is not a name.
   */
  private int bracketedName(List<Token> toks, int i, int end) {
    if (!toks.get(i).is('(')) {
      return -1;
    }
    for (int m = i + 1; m < end && m <= i + 5; m++) {
      Token t = toks.get(m);
      if (!t.word()) {
        return t.is(')') && m > i + 1 ? m : -1;
      }
      if (lex.stops.contains(t.key()) || Character.isDigit(t.key().charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  private static int quotedName(List<Token> toks, int i, int end) {
    Token open = toks.get(i);
    if (!Tokens.isQuoteMark(open.key().charAt(0))) {
      return -1;
    }
    for (int m = i + 1; m < end && m <= i + 6; m++) {
      Token t = toks.get(m);
      if (!t.word()) {
        return Tokens.isQuoteMark(t.key().charAt(0)) && m > i + 1 ? m : -1;
      }
    }
    return -1;
  }

  /**
   * True when token {@code i} starts the object of a denial verb rather than continuing its subject: a word after
   * a definite word that is neither part of an entity mention, nor a title, nor an adjective (a definite nisba
   * "الليبية", a participle "المسلحة"), nor a prepositional phrase ("باسم"): "نفت الحكومة الليبية التوصل إلى
   * اتفاق", "نفى المتحدث باسم الوزارة وجود معتقلين".
   */
  private boolean objectStarts(Line l, int i) {
    List<Token> toks = l.tokens();
    Token prev = toks.get(i - 1);
    char first = toks.get(i).key().charAt(0);
    if (secondName(l, i) || (prev.word() && l.opensPlaceOrOrg()[i] && first != 'ل' && first != 'ب'
        && first != 'و' && prev.key().startsWith("ال"))) {
      return true; // "اتهمت لندن موسكو بـ"، "تتهم المعارضة روسيا بـ": a second name after the subject is the object
    }
    if (!prev.word() || l.named()[i]) {
      return false;
    }
    boolean prevDefinite = prev.key().startsWith("ال") || l.named()[i - 1];
    String k = toks.get(i).key();
    if (!prevDefinite || lex.titles.contains(k) || k.length() < 3 || TRAILING_PREPOSITIONS.contains(k)
        || LEADING_PREPOSITIONS.contains(k)) {
      return false;
    }
    char c0 = k.charAt(0);
    if (c0 == 'و' && k.length() > 3 && (k.startsWith("وال") || l.named()[i - 1]) && !lex.objects.contains(k)) {
      return false; // "وزارة البيئة والغذاء"، "روسيا وحلفاءها": a coordinated noun continues the phrase
    }
    if (c0 == 'ب' || c0 == 'ل' || c0 == 'ك') {
      return false; // a prepositional phrase of the name: المتحدث باسم الجيش, المرصد السوري لحقوق الإنسان
    }
    if (k.startsWith("ال") && l.named()[i - 1] && !lex.titles.contains(k)
        && !k.startsWith("الم") && !(k.endsWith("ي") || k.endsWith("يه") || k.endsWith("يون") || k.endsWith("يين"))) {
      return true; // "اتهمت أنقرة الداعية ..."، "نفى الكرملين التقارير": after a proper name, a definite noun
    }
    if (k.startsWith("ال")) {
      boolean nisba = k.endsWith("ي") || k.endsWith("يه") || k.endsWith("يون") || k.endsWith("يين")
          || k.endsWith("يات");
      boolean agrees = k.endsWith("ه") && prev.key().endsWith("ه"); // النقابة العامة: a feminine adjective
      // a definite object has the shape of a verbal noun or a plural (التوصل، الاتفاق، الأنباء)
      boolean verbalNoun = k.length() >= 5 && (k.startsWith("الت") || k.startsWith("الا")) && !k.endsWith("ين")
          && !k.endsWith("ون"); // a sound plural (الآخرين) is an adjective, never a verbal noun
      return !nisba && !agrees && verbalNoun;
    }
    return true;
  }

  private static boolean allWords(List<Token> toks, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!toks.get(t).word()) {
        return false;
      }
    }
    return true;
  }

  private static String spanText(List<Line> lines, int l0, int t0, int l1, int t1) {
    StringBuilder sb = new StringBuilder();
    for (int li = l0; li <= l1; li++) {
      List<Token> toks = lines.get(li).tokens();
      int from = li == l0 ? t0 : 0;
      int to = li == l1 ? Math.min(t1, toks.size()) : toks.size();
      // strip marks at the edges of each line's part (a paragraph may reopen the quotation)
      while (from < to && !toks.get(from).word() && Tokens.isQuoteMark(toks.get(from).key().charAt(0))) {
        from++;
      }
      while (to > from && !toks.get(to - 1).word() && Tokens.isQuoteMark(toks.get(to - 1).key().charAt(0))) {
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
      List<Token> toks = lines.get(li).tokens();
      int from = li == l0 ? t0 : 0;
      int to = li == l1 ? Math.min(t1, toks.size()) : toks.size();
      for (int t = from; t < to; t++) {
        n += toks.get(t).word() ? 1 : 0;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- speaker resolution

  private List<Quote> resolve(List<Line> lines, List<Candidate> found, List<EntityMention> entities) {
    List<Seen> seen = new ArrayList<>();
    List<Quote> out = new ArrayList<>(found.size());
    java.util.BitSet reportLines = new java.util.BitSet();
    for (Candidate c : found) {
      int lineNumber = lines.get(c.lineIndex()).source().number();
      Seen who = null;
      if (c.speaker() != null) {
        Set<String> words = words(c.speaker().text());
        who = alias(seen, words);
        if (who == null) {
          who = new Seen(c.speaker().text().strip(), actor(c.speaker(), entities), c.gender(), words, c.lineIndex());
        }
      } else if (c.gender() != null) {
        who = continued(seen, c.gender(), firstLineContinued(reportLines, c.lineIndex()));
      }
      reportLines.set(c.lineIndex());
      if (who != null) {
        seen.remove(who);
        boolean learn = c.gender() != Gender.UNKNOWN
            && (who.gender() == Gender.UNKNOWN || (c.speaker() == null && c.gender() == Gender.PLURAL));
        seen.add(new Seen(who.name(), who.actor(), learn ? c.gender() : who.gender(), who.words(), c.lineIndex()));
      }
      out.add(new Quote(who == null ? null : who.name(), who == null ? null : who.actor(), c.text(), c.kind(),
          lineNumber));
    }
    return out;
  }

  /** Most paragraphs back a continuation verb may reach over an unbroken run of paragraphs that report speech. */
  static final int MAX_CONTINUATION_PARAGRAPHS = 3;

  /**
   * The first line whose speakers a subjectless verb on line {@code line} may continue: its own line, and the lines
   * before it while each holds a report (at most {@value #MAX_CONTINUATION_PARAGRAPHS} back). A continuation verb
   * ("وأضاف"، "وتابعت") goes on from the report just told, or, when the gender shows it, from one a little earlier in
   * the same run of reports ("قال قائد الشرطة ... وأكدت الوزارة ... وأضاف أن"); a paragraph without any report
   * breaks the run.
   */
  private static int firstLineContinued(java.util.BitSet reportLines, int line) {
    int first = line;
    while (first > 0 && line - (first - 1) <= MAX_CONTINUATION_PARAGRAPHS && reportLines.get(first - 1)) {
      first--;
    }
    return first;
  }

  /**
   * The speaker a subjectless verb continues: the nearest earlier report from line {@code line} on whose speaker
   * agrees with the verb (a speaker whose gender a verb showed before one only named after a marker, whose gender is
   * unknown); none when no report there agrees. A verb before its subject is singular in
   * Arabic ("قال المحتجون"), so a plural continuation ("وأضافوا") looks first for a speaker already shown plural,
   * then for one whose head word has a sound plural ending, then for the nearest masculine one.
   */
  private static Seen continued(List<Seen> seen, Gender g, int line) {
    int from = seen.size();
    while (from > 0 && seen.get(from - 1).line() >= line) {
      from--; // seen is ordered by the line of each speaker's latest report
    }
    List<Seen> near = seen.subList(from, seen.size());
    if (g == Gender.PLURAL) {
      for (int i = near.size() - 1; i >= 0; i--) {
        if (near.get(i).gender() == Gender.PLURAL) {
          return near.get(i);
        }
      }
      for (int i = near.size() - 1; i >= 0; i--) {
        if (near.get(i).gender() != Gender.FEMININE && soundPlural(near.get(i).name())) {
          return near.get(i);
        }
      }
      g = Gender.MASCULINE;
    }
    if (g != Gender.UNKNOWN) {
      for (int i = near.size() - 1; i >= 0; i--) {
        if (near.get(i).gender() == g) {
          return near.get(i);
        }
      }
    }
    for (int i = near.size() - 1; i >= 0; i--) {
      if (near.get(i).gender().agrees(g)) {
        return near.get(i);
      }
    }
    return null;
  }

  private static boolean soundPlural(String name) {
    for (Token t : Tokens.of(name)) {
      if (t.word()) {
        String k = t.key();
        return k.length() > 4 && (k.endsWith("ون") || k.endsWith("ين"));
      }
    }
    return false;
  }

  /** An earlier speaker whose name contains every word of this shorter one ("المصادر" for "مصادر أمنية"). */
  private static Seen alias(List<Seen> seen, Set<String> words) {
    if (words.isEmpty() || words.size() > 3) {
      return null;
    }
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.words().size() > words.size() && s.words().containsAll(words)) {
        return s;
      }
    }
    return null;
  }

  /** The words of a name as keys, with the article ال removed, so that "المصادر" matches "مصادر". */
  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (Token t : Tokens.of(name)) {
      if (t.word()) {
        String k = t.key();
        out.add(k.startsWith("ال") && k.length() > 3 ? k.substring(2) : k);
      }
    }
    return out;
  }

  private static String actor(Span sp, List<EntityMention> entities) {
    for (EntityMention e : entities) {
      if (e.actor() != null && e.line() == sp.line() && e.start() < sp.end() && sp.start() < e.end()) {
        return e.actor();
      }
    }
    return null;
  }
}
