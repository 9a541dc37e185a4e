package org.khabar.quote;

import static org.khabar.quote.FunctionWords.*;
import static org.khabar.quote.Line.spanOf;
import static org.khabar.quote.WordShapes.*;

import java.util.List;
import org.khabar.quote.Lexicon.Gender;
import org.khabar.quote.Lexicon.Verb;
import org.khabar.quote.Lexicon.VerbClass;
import org.khabar.text.WordToken;

/**
 * The speaker's noun phrase written after its cue: after a reporting verb (up to the object, the addressee, the
 * context or the complementizer that ends it, with its apposition), after an attribution marker, after a relay's
 * عن or عمن, after a document verb.
 *
 * <p>Stateless and thread-safe.
 */
final class SpeakerPhrases {
  private final Lexicon lex;
  private final ReportingFrames frames;

  SpeakerPhrases(Lexicon lex, ReportingFrames frames) {
    this.lex = lex;
    this.frames = frames;
  }

  /** Longest speaker phrase, in words. */
  static final int MAX_SPEAKER_WORDS = 12;

  /**
   * Longest speaker phrase when a complementizer closes it right away: a name with a long description ("قال مارك
   * تشينارد خبير الأرصاد الجوية في مركز التنبؤ بالطقس في كوليدج بارك بولاية ماريلاند إن ...").
   */
  private static final int MAX_CLOSED_SPEAKER_WORDS = 18;

  /** Most words of a speaker's apposition between commas ("قال نجيب دانيش، المتحدث باسم الوزارة، إن"). */
  static final int MAX_APPOSITION_WORDS = 6;

  /** A plain reporting verb, for speakers named after a marker or a relay's عن. */
  static final Verb SAY = new Verb("قال", VerbClass.SAY, Gender.UNKNOWN, null);

  Phrase speakerAfter(Line l, int from, int end, Verb verb) {
    List<WordToken> toks = l.tokens();
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
    // "وأكدت تلك المصادر أن": a demonstrative before a definite noun opens the subject's noun phrase
    boolean demonstrative = verb != SAY && !DIRECT_ONLY.contains(verb.lemma()) && i + 1 < end && toks.get(i).word()
        && DEMONSTRATIVES.contains(toks.get(i).key()) && toks.get(i + 1).word() && toks.get(i + 1).key().startsWith("ال")
        && !l.named()[i + 1] && complementizerInPhrase(toks, i + 2, end);
    if (i < end && toks.get(i).word() && NOT_A_SUBJECT.contains(toks.get(i).key()) && !demonstrative) {
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
    if (i < end && toks.get(i).word() && frames.startsNominalReport(toks.get(i).key(), verb)) {
      return new Phrase(-1, -1, i, false, false, true); // "وأشار إلى ارتفاع ...": the earlier speaker goes on
    }
    if (cls != VerbClass.DENY && verb.gender() == Gender.PLURAL && lex.takesObject(verb) && i < end
        && toks.get(i).word() && !lex.complementizers.contains(toks.get(i).key())
        && !frames.complementizerAhead(toks, i, end)) {
      // "أكدوا رغبة ...": a verb placed before its subject is singular, so what follows a plural verb is its object
      return new Phrase(-1, -1, i, true, false, false);
    }
    if (cls != VerbClass.DENY && lex.takesObject(verb) && i < end && toks.get(i).word() && !l.named()[i]
        && derivedVerbalNoun(toks.get(i).key()) && !frames.complementizerAhead(toks, i, end)) {
      return new Phrase(-1, -1, i, true, false, false); // "أكد فيها امتلاك ...": the object, no subject named
    }
    if (cls == VerbClass.DENY && i < end && toks.get(i).word() && frames.deniedNoun(toks.get(i).key())) {
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
    if (demonstrative && toks.get(i).word() && DEMONSTRATIVES.contains(toks.get(i).key())) {
      last = i++; // the demonstrative, whatever the stop list says of it
    }
    while (i < end && i - first < MAX_CLOSED_SPEAKER_WORDS) {
      WordToken t = toks.get(i);
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
        if (close >= 0 && i == first && verb != SAY && !frames.complementizerAfterTime(toks, close + 1, end)) {
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
                && (cls == VerbClass.DENY || !frames.complementizerAhead(toks, appositionEnd + 1, end));
            return new Phrase(first, appositionEnd - 1, appositionEnd + 1, deniedObject, false, false);
          }
          if (cls != VerbClass.DENY && lex.takesObject(verb) && last >= first && isComma(t) && i + 1 < end
              && toks.get(i + 1).word() && !frames.complementizerAhead(toks, i + 1, end)
              && frames.objectAfter(toks, i + 1, end) == i + 1) {
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
      if (i == first + 1 && l.lamNamed()[i] >= 0 && toks.get(first).word()
          && lex.contexts.contains(toks.get(first).key())) {
        last = l.lamNamed()[i]; // "أفاد تقرير للأمم المتحدة أن": a document's author after ل completes the source
        i = last + 1;
        break;
      }
      if (i > first && l.lamNamed()[i] >= 0) {
        if (nameGoesOn(l, l.lamNamed()[i] + 1, end)) {
          // "نائبة المتحدث الرسمي للأمين العام للأمم المتحدة إري كانكو إن": a name after the mention, not speech
          // context, shows the ل of a genitive inside the speaker's description
          last = l.lamNamed()[i];
          i = last + 1;
          continue;
        }
        break; // "قالت المتحدثة لرويترز إن": the one spoken to ends the speaker
      }
      if (i > first && possessiveAfterTeh(k) && !l.named()[i] && toks.get(i - 1).word()
          && (toks.get(i - 1).key().startsWith("ال") || l.named()[i - 1])) {
        break; // "وختم الروائي ندوته قائلا": a possessed noun after a complete noun phrase is the verb's object
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
      if ((k.equals("في") || k.equals("علي")) && i + 1 < end && toks.get(i + 1).word()
          && (frames.isContext(toks.get(i + 1).key())
          || (toks.get(i + 1).key().startsWith("ال") && frames.isContext(toks.get(i + 1).key().substring(2)))
          || lex.stops.contains(toks.get(i + 1).key()) || Character.isDigit(toks.get(i + 1).key().charAt(0)))) {
        break; // "في بيان", "على حسابه", "في يناير": context or time, not part of the name
      }
      if (k.length() > 2 && k.charAt(0) == 'ل' && frames.isContext(k.substring(1))) {
        break;
      }
      if (i > first && (frames.startsNominalReport(k, verb)
          || (toks.get(i - 1).key().startsWith("ال") && frames.clitic(k, verb) && !l.named()[i]))) {
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
        object = lex.takesObject(verb) && (cls == VerbClass.DENY || !frames.complementizerAhead(toks, i, end));
        if (object && lex.adverbs.contains(k)) {
          i++;
        }
        break;
      }
      if (lex.takesObject(verb) && i > first && (lex.objects.contains(k) || objectStarts(l, i))
          && (cls == VerbClass.DENY || !frames.complementizerAhead(toks, i, end))) {
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
   * True when a complementizer closes the words from {@code from} before any punctuation, within a speaker's length
   * ("تلك المصادر أن"); a comma first ("هذا القرار الأول من نوعه، إذ يجب أن") leaves the phrase an object.
   */
  private boolean complementizerInPhrase(List<WordToken> toks, int from, int end) {
    for (int k = from; k < end && k < from + MAX_SPEAKER_WORDS; k++) {
      WordToken t = toks.get(k);
      if (!t.word()) {
        return false;
      }
      if (lex.complementizers.contains(t.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code m}, right after a mention written against ل, goes on with the speaker's name: a word
   * inside a person's mention, which no addressee is followed by; what follows an addressee is speech context.
   */
  private static boolean nameGoesOn(Line l, int m, int end) {
    return m < end && l.tokens().get(m).word() && l.person()[m];
  }

  /**
   * The closing comma of a speaker's apposition opening with the comma at {@code comma} ("، ماريا زاخاروفا،"), when
   * what follows it is the report (a complementizer, speech context, a time; for a denial verb its object), or -1.
   */
  int apposition(List<WordToken> toks, int comma, int end, VerbClass cls) {
    WordToken c = toks.get(comma);
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

  /**
   * The token of a definite verbal noun (الاستمرار) or listed object that follows a relative clause of two to four
   * words opening at {@code rel}, when no complementizer comes in the clause; else -1.
   */
  private int objectAfterRelative(Line l, int rel, int end) {
    List<WordToken> toks = l.tokens();
    if (frames.complementizerAhead(toks, rel, end)) {
      return -1;
    }
    for (int m = rel + 2; m < end && m <= rel + 4; m++) {
      WordToken t = toks.get(m);
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
   * True when token {@code i} starts the object of a denial verb rather than continuing its subject: a word after
   * a definite word that is neither part of an entity mention, nor a title, nor an adjective (a definite nisba
   * "الليبية", a participle "المسلحة"), nor a prepositional phrase ("باسم"): "نفت الحكومة الليبية التوصل إلى
   * اتفاق", "نفى المتحدث باسم الوزارة وجود معتقلين".
   */
  private boolean objectStarts(Line l, int i) {
    List<WordToken> toks = l.tokens();
    WordToken prev = toks.get(i - 1);
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

  /** The closing mark of a short quoted name (one to five words) opening at token {@code i}, or -1. */
  /**
   * The closing bracket of a name of one to four words in round brackets opening at {@code i} ("شبكة (فرات بوست)"),
   * or -1; a bracketed time or number ("(الخميس)"، "(2018)") is not a name.
   */
  private int bracketedName(List<WordToken> toks, int i, int end) {
    if (!toks.get(i).is('(')) {
      return -1;
    }
    for (int m = i + 1; m < end && m <= i + 5; m++) {
      WordToken t = toks.get(m);
      if (!t.word()) {
        return t.is(')') && m > i + 1 ? m : -1;
      }
      if (lex.stops.contains(t.key()) || Character.isDigit(t.key().charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  private static int quotedName(List<WordToken> toks, int i, int end) {
    WordToken open = toks.get(i);
    if (!open.isQuoteMark()) {
      return -1;
    }
    for (int m = i + 1; m < end && m <= i + 6; m++) {
      WordToken t = toks.get(m);
      if (!t.word()) {
        return t.isQuoteMark() && m > i + 1 ? m : -1;
      }
    }
    return -1;
  }

  Phrase speakerAfterMarker(Line l, int[] marker, int end) {
    List<WordToken> toks = l.tokens();
    int from = marker[0];
    if (from >= end) {
      return null;
    }
    if (toks.get(from).word() && frames.verbWithObjectPronoun(toks.get(from).key())) {
      from++; // "بحسب ما قاله مصدر أمني"
      if (from >= end) {
        return null;
      }
    }
    // "بحسب ما أفاد المرصد": the verb after the marker introduces the speaker
    if (toks.get(from).word() && lex.verb(toks.get(from).key()) != null && marker[1] == 0) {
      from++;
    } else if (from + 1 < end && toks.get(from).key().equals(marker[1] == 0 ? "ما" : "لما")
        && toks.get(from + 1).word() && (frames.verbWithObjectPronoun(toks.get(from + 1).key())
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
    for (WordToken t : Line.WORDS.tokenize(sp.text())) {
      if (t.word()) {
        return lex.nonSources.contains(t.key());
      }
    }
    return false;
  }

  /**
   * The source named after "عمن" ("عمن سمتها «مصادر أمنية»", "عمن وصفتهم بالمسؤولين"): its first and last token
   * (without quotation marks), the token after it and the number of clitic letters before the name, or
   * {@code null}.
   */
  int[] namedSource(Line l, int from, int end) {
    List<WordToken> toks = l.tokens();
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
    if (k < end && toks.get(k).isQuoteMark()) {
      for (int m = k + 1; m < end && m <= k + 7; m++) {
        WordToken t = toks.get(m);
        if (!t.word()) {
          return t.isQuoteMark() && m > k + 1 ? new int[] {k + 1, m - 1, m + 1, 0} : null;
        }
      }
      return null;
    }
    Phrase p = speakerAfter(l, k, end, SAY);
    return p.first() < 0 ? null : new int[] {p.first(), p.last(), p.end(), 0};
  }

  /** The source a relay quotes, named after عن or عمن at token {@code j}, or {@code null}. */
  Span relayedSource(Line l, int j, int end) {
    List<WordToken> toks = l.tokens();
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
  static boolean onTheTongueOf(List<WordToken> toks, int j, int end) {
    return j + 2 < end && toks.get(j).key().equals("علي") && toks.get(j + 1).word()
        && toks.get(j + 1).key().equals("لسان");
  }

  /** The text named by a document verb at token {@code i} ("جاء في البيان"), or {@code null}. */
  Span documentSource(Line l, int i, int end) {
    List<WordToken> toks = l.tokens();
    Verb v = lex.documents.get(toks.get(i).key());
    if (v == null || i + 2 >= end || !toks.get(i + 1).word() || !toks.get(i + 1).key().equals(v.preposition())) {
      return null;
    }
    return speakerAfter(l, i + 2, end, SAY).span(l);
  }

  int documentEnd(Line l, int i, int end) {
    return speakerAfter(l, i + 2, end, SAY).end();
  }
}
