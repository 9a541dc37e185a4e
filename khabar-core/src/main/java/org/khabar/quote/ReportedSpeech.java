package org.khabar.quote;

import static org.khabar.quote.FunctionWords.*;
import static org.khabar.quote.Line.spanOf;
import static org.khabar.quote.WordShapes.*;

import java.util.List;
import org.khabar.model.QuoteKind;
import org.khabar.quote.Lexicon.Gender;
import org.khabar.quote.Lexicon.Verb;
import org.khabar.quote.Lexicon.VerbClass;
import org.khabar.text.WordToken;

/**
 * Reported speech by its reporting verb: the verb's speaker, then its complementizer, object, preposition, colon or
 * relayed source, and the content that follows; several reports in one sentence.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportedSpeech {
  private final Lexicon lex;
  private final ReportingFrames frames;
  private final SpeakerPhrases phrases;
  private final PrecedingSubjects subjects;
  private final ReportedContent content;
  private final MarkerAttributions markers;

  ReportedSpeech(Lexicon lex, ReportingFrames frames, SpeakerPhrases phrases, PrecedingSubjects subjects,
      ReportedContent content, MarkerAttributions markers) {
    this.lex = lex;
    this.frames = frames;
    this.phrases = phrases;
    this.subjects = subjects;
    this.content = content;
    this.markers = markers;
  }


  void reported(List<Line> lines, int li, List<Candidate> out, boolean[] inDirect) {
    Line l = lines.get(li);
    List<WordToken> toks = l.tokens();
    int start = 0;
    while (start < toks.size()) {
      int end = sentenceEnd(toks, start);
      reportedInSentence(l, li, start, end, out, inDirect);
      start = end + 1;
    }
  }

  private void reportedInSentence(Line l, int li, int a, int b, List<Candidate> out, boolean[] inDirect) {
    List<WordToken> toks = l.tokens();
    for (int i = a; i < b; i++) {
      WordToken tok = toks.get(i);
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
      Verb v = frames.verbAt(l, i);
      if (v != null && v.verbClass() != VerbClass.DENY && lex.takesObject(v) && i > a && toks.get(i - 1).word()
          && WHAT.contains(toks.get(i - 1).key()) && !frames.complementizerAhead(toks, i + 1, b)) {
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
          content.participleClause(l, li, i, b, null, participle.gender(), out, inDirect);
        } else if (participle != null && i > a + 2 && isComma(toks.get(i - 1))) {
          // "وكان فنان العرب قد أبدى سعادته ...، مشيراً إلى أن ...": with no report before it, the participle
          // reports for the subject of the sentence's verb
          Span subject = subjects.participleSubject(l, a, i);
          if (subject != null) {
            content.participleClause(l, li, i, b, subject, participle.gender(), out, inDirect);
          }
        }
        continue;
      }
      // "قيل إن ..."، "أفيد بمقتل ..."، "ذُكر أن ...": no source is named, and none is continued (gender null)
      boolean imp = frames.impersonal(l, i);
      Phrase sp = imp ? new Phrase(-1, -1, i + 1, false, false, false) : phrases.speakerAfter(l, i + 1, b, v);
      Gender gender = imp ? null : v.gender();
      int j = sp.end();
      Span speaker = sp.span(l);
      if (speaker == null && sp.first() < 0 && !imp) {
        speaker = subjects.subjectBefore(l, a, i); // "وكان المرصد أفاد ..."; "ونشرت حسابات ... صوراً قالت إنها ..."
      }
      // "...، قال المتحدث باسم الجيش.": the speaker named after the content
      if (sp.first() >= 0 && v.verbClass() == VerbClass.SAY && speakerAfterContent(toks, a, i, j, b)) {
        int e = i - 1;
        if (content.addReported(l, li, a, -1, e, speaker, gender, out, inDirect)) {
          return;
        }
      }
      // a report inside a relative clause ("في صفقة قالت مصادر إنها تقدر بمليار، وسط ...") ends at its comma
      boolean embedded = embedded(l, a, i);
      // "نقلت وكالة ... عن مصادر ... أن": the source is who the relay quotes
      if (j < b && toks.get(j).key().equals("عمن")) {
        int[] named = phrases.namedSource(l, j + 1, b);
        if (named != null) {
          int k = frames.skipContext(toks, named[2], b);
          if (k < b && lex.complementizers.contains(toks.get(k).key())) {
            Span relayed = spanOf(l, named[0], named[1], named[3]);
            if (content.addReported(l, li, k + 1, -1, b, relayed, Gender.UNKNOWN, out, inDirect)) {
              return;
            }
          }
        }
      }
      if (v.verbClass() == VerbClass.RELAY && j + 1 < b && isComma(toks.get(j)) && toks.get(j + 1).word()
          && (toks.get(j + 1).key().equals("عن") || toks.get(j + 1).key().equals("عمن"))) {
        j++; // "ونقل الموقع، عن الباحث، أن ...": the relay's source after a comma
      }
      boolean tongue = SpeakerPhrases.onTheTongueOf(toks, j, b);
      if (j < b && (toks.get(j).key().equals("عن") || tongue)) {
        Phrase relayed = phrases.speakerAfter(l, j + (tongue ? 2 : 1), b, SpeakerPhrases.SAY);
        int k = frames.skipContext(toks, relayed.end(), b);
        // "أعلنت الشرطة عن مقتل 11 راكبا، كانوا ...، يشتبه في أنها": after أعلن/كشف عن, a complementizer past a
        // comma belongs to a later clause; the relay reading needs it next to the source's context
        boolean announced = v.verbClass() == VerbClass.ANNOUNCE && commaAfter(toks, relayed.end() - 1, k) < k;
        if (relayed.span(l) != null && k < b && !announced && lex.complementizers.contains(toks.get(k).key())) {
          speaker = relayed.span(l);
          gender = Gender.UNKNOWN;
          j = relayed.end();
        } else if (v.verbClass() == VerbClass.ANNOUNCE && speaker != null && !tongue) {
          content.addReported(l, li, j + 1, -1, b, speaker, gender, out, inDirect);
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
        if (content.addReported(l, li, j, -1, cut, speaker, gender, out, inDirect)) {
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
      int comp = frames.skipContext(toks, j, b);
      if (comp < b && lex.complementizers.contains(toks.get(comp).key())) {
        int cut = nextReport(l, comp + 1, b, inDirect);
        int e = Math.min(cut, embedded ? commaAfter(toks, comp + 1, b) : b);
        if (content.addReported(l, li, comp + 1, -1, e, speaker, gender, out, inDirect)) {
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
        j = frames.prepositionAfter(toks, j, b, v);
      }
      // أعلن/كشف عن + noun keeps its older rule: only with a named speaker ("وأعلن عن إطلاق حملة" is an event)
      if (j < b && (speaker != null || imp || !"عن".equals(v.preposition()))) {
        WordToken p = toks.get(j);
        boolean clitic = !p.key().equals(v.preposition());
        int from = clitic ? j : j + 1;
        int charStart = clitic ? p.start() + 1 : -1;
        int e = embedded ? commaAfter(toks, from + 1, b) : b;
        if (from < b && content.addReported(l, li, from, charStart, e, speaker, gender, out, inDirect)) {
          return;
        }
      }
      // "أعلن الرئيس السوداني عمر البشير الاثنين، تعديلات ...، وفق ما أوردت الوكالة": an announcement opening the
      // sentence with its speaker named and its object next; the object is the speaker's report, up to a closing
      // attribution (which names who relays it)
      if (v.verbClass() == VerbClass.ANNOUNCE && sp.first() >= 0 && speaker != null && !imp && !embedded
          && opensSentence(toks, a, i)) {
        int o = frames.objectAfter(toks, sp.end(), b);
        if (o >= 0 && content.addReported(l, li, o, -1, closingAttribution(l, o, b), speaker, gender, out, inDirect)) {
          return;
        }
      }
    }
    markers.attributed(l, li, a, b, out, inDirect);
  }

  /**
   * "وسارع كلوب إلى التأكيد على أن ...": a reporting verb's verbal noun after إلى/على, with its complementizer,
   * reports for the subject of the sentence's verb. Adds the report and returns where it ends, or -1.
   */
  private int reportNoun(Line l, int li, int a, int i, int b, List<Candidate> out, boolean[] inDirect) {
    List<WordToken> toks = l.tokens();
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
    Span speaker = subjects.mainSubject(l, a, i - 1, false);
    int cut = nextReport(l, k + 1, b, inDirect);
    return content.addReported(l, li, k + 1, -1, cut, speaker, Gender.UNKNOWN, out, inDirect) ? cut : -1;
  }

  /**
   * The colon that introduces unquoted speech after a reporting verb's speaker ending at {@code from}: reached past
   * speech context (no complementizer, reporting verb or other punctuation than commas and quoted names), and
   * followed by three words or more of the sentence that no quotation mark opens; or -1.
   */
  private int colonAfter(List<WordToken> toks, int from, int end, boolean[] inDirect) {
    int words = 0;
    int k = from;
    for (; k < end && words <= ReportingFrames.MAX_CONTEXT_WORDS; k++) {
      WordToken t = toks.get(k);
      if (t.word()) {
        if (lex.complementizers.contains(t.key()) || lex.verb(t.key()) != null) {
          return -1;
        }
        words++;
      } else if (t.is(':')) {
        break;
      } else if (!(isComma(t) || t.isQuoteMark())) {
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
  private boolean opensSentence(List<WordToken> toks, int a, int verb) {
    boolean adverbs = true;
    for (int t = a; t < verb; t++) {
      WordToken tok = toks.get(t);
      if (tok.word() && !SENTENCE_ADVERBS.contains(tok.key())) {
        adverbs = false;
        break;
      }
    }
    return adverbs || leadIn(toks, a, verb);
  }

  /** Most words of a lead-in phrase before a sentence's verb ("وفي يناير الماضي، أعلنت ..."). */
  private static final int MAX_LEAD_IN_WORDS = 6;

  /**
   * True when the words before token {@code verb} are a lead-in phrase closed by a comma right before it: a
   * preposition and up to five more words, with no verb among them ("وفي السياق، أعلن"، "وفي يناير الماضي، أعلنت").
   */
  private boolean leadIn(List<WordToken> toks, int a, int verb) {
    int f = firstWord(toks, a, verb);
    if (f >= verb - 1 || !LEAD_IN_PREPOSITIONS.contains(toks.get(f).key()) || !isComma(toks.get(verb - 1))) {
      return false;
    }
    int words = 0;
    for (int t = f; t < verb - 1; t++) {
      WordToken tok = toks.get(t);
      if (!tok.word() || lex.verb(tok.key()) != null || lex.participle(tok.key()) != null
          || ++words > MAX_LEAD_IN_WORDS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where content starting at {@code from} ends: before a comma that opens an attribution marker closing the
   * sentence ("...، وفق ما أوردت الوكالة"), else at {@code end}.
   */
  private int closingAttribution(Line l, int from, int end) {
    List<WordToken> toks = l.tokens();
    for (int t = from + 2; t + 1 < end; t++) {
      if (isComma(toks.get(t)) && toks.get(t + 1).word() && frames.marker(toks, t + 1, end) != null) {
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
    Span source = phrases.documentSource(l, i, b);
    if (source == null) {
      return false;
    }
    List<WordToken> toks = l.tokens();
    int comp = frames.skipContext(toks, phrases.documentEnd(l, i, b), b);
    return comp < b && lex.complementizers.contains(toks.get(comp).key())
        && content.addReported(l, li, comp + 1, -1, b, source, Gender.UNKNOWN, out, inDirect);
  }

  /**
   * True when a reporting verb after a comma, with its speaker, closes the sentence ("الوضع مستقر، قال المتحدث في
   * تصريح.") after three words or more of content: the content came first.
   */
  private boolean speakerAfterContent(List<WordToken> toks, int a, int verb, int speakerEnd, int b) {
    if (verb < a + 4 || !(toks.get(verb - 1).is('\u060C') || toks.get(verb - 1).is(','))) {
      return false;
    }
    int words = 0;
    for (int t = a; t < verb - 1; t++) {
      if (toks.get(t).word()) {
        words++;
      } else if (toks.get(t).isQuoteMark()) {
        return false; // a quotation: the direct pass attributes it
      }
    }
    if (words < 3) {
      return false;
    }
    int rest = 0;
    for (int t = speakerEnd; t < b; t++) {
      WordToken tok = toks.get(t);
      if (tok.is(':') || tok.isQuoteMark()) {
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
    List<WordToken> toks = l.tokens();
    WordToken prev = toks.get(verb - 1);
    if (!prev.word()) {
      return false;
    }
    String k = prev.key();
    if (RELATIVES.contains(k)) {
      return true;
    }
    if (k.startsWith("ال") || l.named()[verb - 1] || frames.isContext(k) || lex.stops.contains(k) || verb - 2 < a) {
      return false;
    }
    WordToken before = toks.get(verb - 2);
    return before.word() && NOUN_PREPOSITIONS.contains(before.key());
  }

  /**
   * Where the next report of a sentence begins after the content starting at {@code from}, or {@code end}: a
   * comma before a reporting verb ("...، كما نفت ..."، "...، وأضاف أن ...") or a relative word before one ("...
   * الذي قالت بريطانيا إنه ...").
   */
  private int nextReport(Line l, int from, int end, boolean[] inDirect) {
    List<WordToken> toks = l.tokens();
    for (int t = from + 2; t + 1 < end; t++) {
      WordToken tok = toks.get(t);
      if (inDirect[t]) {
        continue;
      }
      if (tok.is('\u060C') || tok.is(',')) {
        int v = t + 1;
        boolean joined = toks.get(v).word() && (CLAUSE_JOINERS.contains(toks.get(v).key())
            || BUT.contains(toks.get(v).key()));
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
    Verb verb = frames.verbAt(l, v);
    return verb != null && phrases.speakerAfter(l, v + 1, end, verb).first() >= 0;
  }

  /**
   * True when token {@code v} is a reporting verb whose report can be read: a complementizer after its speaker and
   * context, a relay's عن, or a denial's object ("كما نفت وجود ..."); a verbal noun spelled like the verb ("ونقل
   * جثث القتلى إلى ...") is not.
   */
  private boolean startsReport(Line l, int v, int end) {
    Verb verb = frames.verbAt(l, v);
    if (verb == null || frames.impersonal(l, v)) {
      return false;
    }
    List<WordToken> toks = l.tokens();
    Phrase p = phrases.speakerAfter(l, v + 1, end, verb);
    if ((verb.verbClass() == VerbClass.DENY && p.stoppedAtObject()) || (p.first() >= 0 && p.stoppedAtPreposition())) {
      return true; // "كما نفت وجود ..."، "فيما أشار الموقع إلى نيته ..."
    }
    int k = frames.skipContext(toks, p.end(), end);
    return k < end && toks.get(k).word() && (lex.complementizers.contains(toks.get(k).key()));
  }
}
