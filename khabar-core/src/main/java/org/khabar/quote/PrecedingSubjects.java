package org.khabar.quote;

import static org.khabar.quote.FunctionWords.*;
import static org.khabar.quote.Line.spanOf;
import static org.khabar.quote.WordShapes.*;

import java.util.List;
import org.khabar.text.WordToken;

/**
 * The subject written before a reporting verb that names none after it: after كان, a topic after أما, a subject
 * opening the sentence, the subject of the sentence's first verb for a verb in a relative or circumstantial clause
 * or after the lam of purpose, a person before a relative pronoun.
 *
 * <p>Stateless and thread-safe.
 */
final class PrecedingSubjects {
  private final Lexicon lex;
  private final ReportingFrames frames;
  private final SpeakerPhrases phrases;

  PrecedingSubjects(Lexicon lex, ReportingFrames frames, SpeakerPhrases phrases) {
    this.lex = lex;
    this.frames = frames;
    this.phrases = phrases;
  }

  /**
   * The subject written before a subjectless reporting verb in its own sentence: after a form of كان ("وكان المرصد
   * أفاد") or, when the verb opens a relative clause on an indefinite noun ("ونشرت حسابات ... صوراً قالت إنها"),
   * the subject of the sentence's first verb. {@code null} when neither construction is clear.
   */
  Span subjectBefore(Line l, int a, int verb) {
    Span written = writtenSubject(l, a, verb);
    return written != null ? written : openedSubject(l, a, verb);
  }

  /**
   * The noun phrase between an opener and the verb, when no other construction names the subject: after لكن or a
   * complementizer, whose noun it is ("لكن تقارير إعلامية قالت إنه"، "ويذكر أن الرئيس الأمريكي، دونالد ترامب قال
   * إنه"), or after a form of كان ("وكانت المتحدثة باسم الخارجية، هيذر نويرت، قالت"); one to twelve plain words, an
   * apposition between commas allowed, a قد before the verb left out; after a complementizer (bare: أنها names its
   * subject by the pronoun), a joiner ("بينما الكاتب أكد أن") or كان it opens with a definite word or a name; the verb
   * has no conjunction after a comma ("...، وقالت") and speech follows it; else {@code null}.
   */
  private Span openedSubject(Line l, int a, int verb) {
    List<WordToken> toks = l.tokens();
    int last = verb - 1;
    String v = toks.get(verb).key();
    if (last >= a && isComma(toks.get(last)) && v.length() > 3 && (v.charAt(0) == 'و' || v.charAt(0) == 'ف')) {
      return null; // "...، وقالت إن": a verb with its conjunction after a comma opens a clause of its own
    }
    if (last > a && toks.get(last).word() && toks.get(last).key().equals("قد")) {
      last--;
    }
    boolean closed = false; // an apposition closed by a comma right before the verb ("، هيذر نويرت، قالت")
    while (last > a && isComma(toks.get(last))) {
      last--;
      closed = true;
    }
    int words = 0;
    int commas = 0;
    int k = last;
    for (; k >= a; k--) {
      WordToken t = toks.get(k);
      if (isComma(t)) {
        WordToken next = toks.get(k + 1);
        if (++commas > 2 || !next.word() || !(closed || next.key().startsWith("ال") || l.named()[k + 1])) {
          return null; // an apposition opens with a title or a name ("، هيذر نويرت،"), not a clause ("، لكنه")
        }
        continue;
      }
      if (!t.word()) {
        return null;
      }
      String w = t.key();
      if (SUBJECT_OPENERS.contains(w) || BARE_COMPLEMENTIZERS.contains(w) || KANA.contains(w)
          || CLAUSE_JOINERS.contains(w)) {
        break;
      }
      boolean inner = k > a && (w.equals("في") || w.equals("من")) && k + 1 < verb && toks.get(k + 1).word()
          && (toks.get(k + 1).key().startsWith("ال") || l.named()[k + 1]) && !SUBJECT_OPENERS.contains(toks.get(k - 1).key())
          && !lex.complementizers.contains(toks.get(k - 1).key()) && !KANA.contains(toks.get(k - 1).key());
      if (inner) {
        continue; // "مصادر في النادي": a prepositional phrase inside the subject, never its first word
      }
      if (!plainSubjectWord(toks, k, verb) || hasTanween(l, t) || BUT.contains(w)
          || ++words > SpeakerPhrases.MAX_SPEAKER_WORDS) {
        return null;
      }
    }
    if (k < a || words == 0 || isComma(toks.get(k + 1)) || !speechAhead(toks, verb + 1)) {
      return null;
    }
    String head = toks.get(k + 1).key();
    boolean definite = head.startsWith("ال") || head.startsWith("وال") || l.named()[k + 1]
        || (k + 2 <= last && toks.get(k + 2).word() && toks.get(k + 2).key().startsWith("ال")); // وزير الزراعة
    if (!definite && !SUBJECT_OPENERS.contains(toks.get(k).key())) {
      return null; // "أن يصبح ...": after a complementizer, a verb or an indefinite word opens no subject
    }
    return spanOf(l, k + 1, last);
  }

  /**
   * True when speech follows the verb ending at {@code from}: a complementizer, a colon or a quotation mark within its
   * context, before the sentence ends. A nominal report ("كانت النتيجة تشير إلى التعادل") is not read with a subject
   * found so far back.
   */
  private boolean speechAhead(List<WordToken> toks, int from) {
    int words = 0;
    for (int k = from; k < toks.size() && words <= ReportingFrames.MAX_CONTEXT_WORDS; k++) {
      WordToken t = toks.get(k);
      if (t.word()) {
        if (lex.complementizers.contains(t.key())) {
          return true;
        }
        words++;
      } else if (t.is(':') || t.isQuoteMark()) {
        return true;
      } else if (t.isSentenceEnd()) {
        return false;
      }
    }
    return false;
  }

  /** True when token {@code t} may stand in a subject written before its verb: no verb, particle or marker. */
  private boolean plainSubjectWord(List<WordToken> toks, int t, int verb) {
    String k = toks.get(t).key();
    return !(lex.verb(k) != null || lex.participle(k) != null || lex.complementizers.contains(k)
        || lex.stops.contains(k) || RELATIVES.contains(k) || NOT_A_SUBJECT.contains(k) || NEGATIONS.contains(k)
        || KANA.contains(k) || TRAILING_PREPOSITIONS.contains(k) || LEADING_PREPOSITIONS.contains(k)
        || frames.marker(toks, t, verb) != null);
  }

  /**
   * The subject of a circumstantial participle with no reporting verb before it in its sentence ("وكان فنان العرب قد
   * أبدى سعادته ...، مشيراً إلى أن"): the subject of the sentence's verb, unless the words after that verb begin with a
   * preposition or a possessive pronoun, which mark its object ("واختتم تصريحاته"، "تطرق للأزمة"); else {@code null}.
   */
  Span participleSubject(Line l, int a, int participle) {
    List<WordToken> toks = l.tokens();
    int f = firstWord(toks, a, participle);
    String opening = f < participle ? toks.get(f).key() : "";
    if (CLAUSE_JOINERS.contains(opening) || SUBORDINATORS.contains(opening) || opening.startsWith("ومت")
        || (opening.length() >= 6 && opening.endsWith("ا") && !opening.endsWith("وا"))) {
      return null; // "فيما تحولت ..."، "ومتماشيا مع ...": the sentence opens with no verb of its own
    }
    Span s = mainSubject(l, a, participle, true);
    if (s == null) {
      return null;
    }
    int first = 0;
    while (first < toks.size() && toks.get(first).start() != s.start()) {
      first++;
    }
    if (first == toks.size() || prepositionOrPossessive(toks.get(first)) || notASubject(toks.get(first).key())
        || PRONOUNS.contains(toks.get(first).key())) {
      return null;
    }
    int last = first;
    // "وأبدى بولافارتي تفاؤله"، "وأبرزت المطيري الضوء على ...": the object begins with a possessive or a preposition,
    // or with a definite word after a name
    for (int t = first + 1; t < toks.size() && toks.get(t).end() <= s.end(); t++) {
      WordToken tok = toks.get(t);
      String k = tok.key();
      boolean object = !tok.word() || prepositionOrPossessive(tok) || notASubject(k) || possessiveAfterTeh(k)
          || (l.named()[t - 1] && !l.named()[t] && k.startsWith("ال") && !lex.titles.contains(k));
      if (object) {
        break;
      }
      last = t;
    }
    return spanOf(l, first, last);
  }

  /** True for a preposition or a word that takes a noun: it never opens or continues a subject. */
  private static boolean notASubject(String k) {
    return TRAILING_PREPOSITIONS.contains(k) || LEADING_PREPOSITIONS.contains(k) || NOUN_GOVERNORS.contains(k);
  }

  private Span writtenSubject(Line l, int a, int verb) {
    List<WordToken> toks = l.tokens();
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
    while (f > a && (toks.get(f - 1).word() || toks.get(f - 1).isQuoteMark())) {
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
      if (toks.get(last).key().equals("قد")) {
        last--; // "وكان قد قال": no subject between كان and the verb
      }
      return last > f && last - f <= SpeakerPhrases.MAX_SPEAKER_WORDS / 2 ? spanOf(l, f + 1, last) : null;
    }
    String before = toks.get(verb - 1).key();
    boolean indefiniteAntecedent = !before.startsWith("ال") && before.length() > 2 && !lex.stops.contains(before)
        && !TRAILING_PREPOSITIONS.contains(before) && !NOT_A_SUBJECT.contains(before);
    boolean verbFirst = first.length() > 3 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')
        && !first.startsWith("وال") && !NOT_A_CLAUSE_START.contains(first) && lex.verb(first) == null
        && !SUBORDINATORS.contains(first);
    int sv = sentenceVerb(l, a);
    if (indefiniteAntecedent && !verbFirst && verb - f >= 4
        && (sv == f || (sv == f + 1 && (first.equals("كما") || first.equals("ثم"))))) {
      return mainSubject(l, a, verb, true); // "بث تنظيم الدولة صور فيديو يزعم أنها ...": a verb opens the sentence
    }
    if (!indefiniteAntecedent || !verbFirst || verb - f < 3) {
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
    return last - f <= SpeakerPhrases.MAX_SPEAKER_WORDS / 2 ? spanOf(l, f + 1, last) : null;
  }

  /** A person named right before a relative pronoun and the verb ("التقيت نورة التي قالت: ..."), or null. */
  static Span relativeAntecedent(Line l, int a, int verb) {
    List<WordToken> toks = l.tokens();
    if (verb - 2 < a || !toks.get(verb - 1).word() || !PERSON_RELATIVES.contains(toks.get(verb - 1).key())
        || !l.person()[verb - 2] || !toks.get(verb - 2).word()) {
      return null;
    }
    int s = verb - 2;
    while (s > a && l.person()[s - 1] && toks.get(s - 1).word()
        && verb - 2 - s < SpeakerPhrases.MAX_SPEAKER_WORDS / 2) {
      s--;
    }
    return spanOf(l, s, verb - 2);
  }

  /**
   * "الحكومة السورية نفت أن ..."، "والمعارضة تقول إن ...": a subject written before the verb, when the sentence opens
   * with it: one to five plain words from the sentence's first word {@code f} to the verb, the first definite or
   * named, none a verb, complementizer, relative, particle or stop word.
   */
  private Span sentenceSubject(Line l, int a, int f, int verb) {
    List<WordToken> toks = l.tokens();
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
      WordToken tok = toks.get(t);
      String k = tok.key();
      if (!tok.word() || lex.verb(k) != null || lex.participle(k) != null || lex.complementizers.contains(k)
          || lex.stops.contains(k) || RELATIVES.contains(k) || NOT_A_SUBJECT.contains(k) || NEGATIONS.contains(k)
          || KANA.contains(k) || TRAILING_PREPOSITIONS.contains(k) || LEADING_PREPOSITIONS.contains(k)
          || frames.marker(toks, t, verb) != null) {
        return null;
      }
    }
    return spanOf(l, f, verb - 1, wa ? 1 : 0);
  }

  /**
   * The token of the verb that opens the sentence starting at {@code a} (after كما/ثم), or -1 when the sentence
   * opens otherwise: with a definite noun, a name, a particle, a preposition, a number or a reporting verb.
   */
  private int sentenceVerb(Line l, int a) {
    List<WordToken> toks = l.tokens();
    int f = firstWord(toks, a, toks.size());
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
        && Lexicon.pronounGender(w) == null && !PRONOUNS.contains(bare) && frames.marker(toks, f, toks.size()) == null;
    return plain ? f : -1;
  }

  /**
   * The subject of the verb opening the sentence, for a subjectless report embedded later in it: the words after
   * that verb up to the speaker phrase's natural end, or to its object (an accusative with tanween, a quantifier,
   * or, when the object is known to be indefinite, an indefinite word after a definite one that is not a name).
   * {@code null} when the sentence opens otherwise.
   */
  Span mainSubject(Line l, int a, int verb, boolean indefiniteObject) {
    int f = sentenceVerb(l, a);
    if (f < 0) {
      f = kanaOpening(l, a); // "وكان عبد السلام تكلم ... عندما قال": the subject of كان
      indefiniteObject |= f >= 0; // its predicate, a verb, follows the subject
    }
    if (f < 0 || f + 1 >= verb) {
      return null;
    }
    List<WordToken> toks = l.tokens();
    Phrase p = phrases.speakerAfter(l, f + 1, verb, SpeakerPhrases.SAY);
    if (p.first() < 0) {
      return null;
    }
    int last = p.last();
    for (int t = p.first() + 1; t <= p.last(); t++) {
      WordToken tok = toks.get(t);
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
    List<WordToken> toks = l.tokens();
    int f = firstWord(toks, a, toks.size());
    if (f + 1 >= toks.size() || !KANA.contains(toks.get(f).key()) || !toks.get(f + 1).word()) {
      return -1;
    }
    String next = toks.get(f + 1).key();
    char c = next.charAt(0);
    boolean prepositional = !l.named()[f + 1] && ((c == 'ل' || c == 'ب' || c == 'ك') && !next.startsWith("ال")
        || LEADING_PREPOSITIONS.contains(next) || TRAILING_PREPOSITIONS.contains(next) || NOT_A_SUBJECT.contains(next));
    return prepositional ? -1 : f; // "وكان للسلطات موقف": كان with a prepositional phrase names no subject
  }

  /**
   * "أما الوزارة، فقالت إن ..."، "أما شعاع كابيتال، فقد قالت": the topic after أما is the subject of the verb
   * that follows its comma with ف.
   */
  private Span topicSubject(Line l, int a, int verb) {
    List<WordToken> toks = l.tokens();
    int f = firstWord(toks, a, verb);
    if (f >= verb || !(toks.get(f).key().equals("اما") || toks.get(f).key().equals("واما"))) {
      return null;
    }
    int c = verb - 1;
    boolean fa = toks.get(verb).key().startsWith("ف");
    if (c > f && toks.get(c).word() && toks.get(c).key().equals("فقد")) {
      c--;
      fa = true;
    }
    if (!fa || c <= f + 1 || !isComma(toks.get(c)) || c - f - 1 > SpeakerPhrases.MAX_SPEAKER_WORDS / 2) {
      return null;
    }
    for (int t = f + 1; t < c; t++) {
      if (!toks.get(t).word() && !toks.get(t).isQuoteMark()) {
        return null;
      }
    }
    return spanOf(l, f + 1, c - 1);
  }

  /**
   * "وخرج خطيب الجمعة ...، ليعلن أن ...": a reporting verb after the lam of purpose has the subject of the verb that
   * opens the sentence (a word with the conjunction و/ف that is no particle, preposition or definite noun).
   */
  Span purposeSubject(Line l, int a, int verb) {
    List<WordToken> toks = l.tokens();
    int f = firstWord(toks, a, verb);
    if (f + 1 >= verb) {
      return null;
    }
    String first = toks.get(f).key();
    boolean verbFirst = first.length() > 3 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')
        && !first.startsWith("وال") && !first.startsWith("فال") && !NOT_A_CLAUSE_START.contains(first)
        && !lex.stops.contains(first) && !KANA.contains(first);
    return verbFirst ? phrases.speakerAfter(l, f + 1, verb, SpeakerPhrases.SAY).span(l) : null;
  }

  /**
   * "لكن الحكومة السورية المدعومة من روسيا، نفت ...": a verb right after a comma takes as subject the sentence's
   * opening definite noun phrase, when the sentence opens with one and holds nothing else before the comma.
   */
  private Span firstClauseSubject(Line l, int a, int verb) {
    List<WordToken> toks = l.tokens();
    if (verb == a || !(toks.get(verb - 1).is('\u060C') || toks.get(verb - 1).is(','))) {
      return null;
    }
    int f = firstWord(toks, a, verb);
    if (f < verb && (toks.get(f).key().equals("لكن") || toks.get(f).key().equals("ولكن"))) {
      f++;
    }
    int last = verb - 2;
    if (f > last || !toks.get(f).key().startsWith("ال") || last - f >= SpeakerPhrases.MAX_SPEAKER_WORDS / 2) {
      return null;
    }
    for (int t = f; t <= last; t++) {
      if (!toks.get(t).word() || lex.verb(toks.get(t).key()) != null) {
        return null;
      }
    }
    return spanOf(l, f, last);
  }
}
