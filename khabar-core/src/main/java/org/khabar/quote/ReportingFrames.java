package org.khabar.quote;

import static org.khabar.quote.FunctionWords.*;
import static org.khabar.quote.WordShapes.*;

import java.util.ArrayList;
import java.util.List;
import org.khabar.quote.Lexicon.Gender;
import org.khabar.quote.Lexicon.Verb;
import org.khabar.text.WordToken;

/**
 * The frames of reporting verbs and attribution markers: which word is a reporting verb here, where a marker
 * starts, where the complementizer of a report comes after its speaker and context.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportingFrames {
  private final Lexicon lex;

  ReportingFrames(Lexicon lex) {
    this.lex = lex;
  }

  /** How far after the speaker a complementizer may come (speech context such as "في تصريح لوكالة ..."). */
  static final int MAX_CONTEXT_WORDS = 14;

  /**
   * The reporting verb at token {@code t}, or {@code null}: an active verb of the lexicon not negated ("لم يكشف")
   * and not a verbal noun after a word that takes a noun ("أثناء نقل"); an impersonal form ("قيل"، "أفيد"); a
   * passive written with a damma ("ذُكر"، "نُقل"). The writer's background ("ويذكر أن ...") is no report.
   */
  Verb verbAt(Line l, int t) {
    List<WordToken> toks = l.tokens();
    WordToken tok = toks.get(t);
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
    if (amountsTo(toks, t)) {
      return null; // "التي يبلغ عمرها 20 عاما": the verb reaches an amount ("يبلُغ"), it informs no one ("يُبلِغ")
    }
    return v;
  }

  /** True when the word after the verb at token {@code t} is a noun of measure with a pronoun ("يبلغ عمرها"). */
  private boolean amountsTo(List<WordToken> toks, int t) {
    return t + 1 < toks.size() && toks.get(t + 1).word() && possessedMeasure(toks.get(t + 1).key());
  }

  /** True for a noun of measure with a pronoun suffix ("عمرها"، "عددهم"، "قيمتها"): what a verb amounts to. */
  private boolean possessedMeasure(String k) {
    for (String suffix : PRONOUN_SUFFIXES) {
      if (k.length() > suffix.length() + 1 && k.endsWith(suffix)) {
        String stem = k.substring(0, k.length() - suffix.length());
        // a feminine noun takes its teh back before a suffix: قيمتها -> قيمه
        String bare = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
        return lex.nonSources.contains(stem) || lex.nonSources.contains("ال" + stem)
            || lex.nonSources.contains(bare) || lex.nonSources.contains("ال" + bare);
      }
    }
    return false;
  }

  /** True for an impersonal report at token {@code t}: "قيل"، "أفيد"، or a passive written with a damma. */
  boolean impersonal(Line l, int t) {
    WordToken tok = l.tokens().get(t);
    return lex.impersonal.containsKey(tok.key()) || dammaPassive(l, tok);
  }

  /**
   * True for the writer's background: "ويذكر أن"، "يشار إلى أن"، "يُذكر أن" — an impersonal imperfect followed
   * directly by its complementizer or preposition.
   */
  boolean background(Line l, int t, Verb v) {
    List<WordToken> toks = l.tokens();
    WordToken tok = toks.get(t);
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

  /**
   * Matches an attribution marker starting at token {@code i}.
   *
   * @return {@code {first token after the marker, 1 if its first letter is the marker's ل}} or {@code null}
   */
  int[] marker(List<WordToken> toks, int i, int end) {
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
      WordToken next = toks.get(i + n);
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
  Gender pronounMarker(List<WordToken> toks, int i, int end) {
    if (!lex.pronounMarkerFirsts.contains(toks.get(i).key())) {
      return lamPronounMarker(toks, i, end);
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
    return lamPronounMarker(toks, i, end);
  }

  /**
   * The agreement named by a marker whose ل is written on a speech noun with a pronoun, closing the sentence
   * ("وفقا لتعبيرها"، "طبقا لقوله"), or {@code null}.
   */
  private Gender lamPronounMarker(List<WordToken> toks, int i, int end) {
    int[] m = marker(toks, i, end);
    if (m == null || m[1] != 1) {
      return null;
    }
    Gender g = Lexicon.pronounGender(toks.get(m[0]).key().substring(1));
    if (g == null) {
      return null;
    }
    for (int t = m[0] + 1; t < end; t++) {
      if (toks.get(t).word()) {
        return null; // the content goes on after it: not a closing attribution
      }
    }
    return g;
  }

  /** True for a speech-context noun ("بيان"), also with a pronoun suffix ("بيانها"). */
  boolean isContext(String k) {
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

  /**
   * True when a complementizer comes in the clause from token {@code from}: within twelve words, before a full
   * stop, a colon or a quotation. The words before it are then the speaker, not a noun object.
   */
  boolean complementizerAhead(List<WordToken> toks, int from, int end) {
    int words = 0;
    for (int k = from; k < end && words <= SpeakerPhrases.MAX_SPEAKER_WORDS; k++) {
      WordToken t = toks.get(k);
      if (!t.word()) {
        if (t.is(':') || t.isQuoteMark()) {
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

  /** True when a complementizer comes at token {@code t}, after at most three time or stop words ("آنذاك أن"). */
  boolean complementizerAfterTime(List<WordToken> toks, int t, int end) {
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

  /** Skips speech context ("في تصريح لوكالة ...، ") between a speaker and its complementizer. */
  int skipContext(List<WordToken> toks, int from, int end) {
    int k = from;
    int words = 0;
    while (k < end && words <= MAX_CONTEXT_WORDS) {
      WordToken t = toks.get(k);
      words += t.word() ? 1 : 0;
      if (t.word() && lex.complementizers.contains(t.key())) {
        return k;
      }
      if (!t.word() && !(t.is('\u060C') || t.is(',') || t.is('(') || t.is(')') || t.is('-') || t.is(':')
          || t.isQuoteMark())) {
        return end;
      }
      if (t.word() && ((lex.verb(t.key()) != null && !amountsTo(toks, k)) || lex.participle(t.key()) != null)
          && !(k > from && toks.get(k - 1).word() && NEGATIONS.contains(toks.get(k - 1).key()))) {
        return end; // another report begins: its complementizer is not this verb's ("لم يكشف عن اسمه" is none)
      }
      k++;
    }
    return end;
  }

  /** True for a word carrying the verb's one-letter clitic preposition (ب), not a complementizer (بأن). */
  boolean clitic(String k, Verb v) {
    String p = v.preposition();
    return p != null && p.length() == 1 && k.length() >= 4 && k.charAt(0) == p.charAt(0)
        && !lex.complementizers.contains(k) && !k.startsWith("باسم");
  }

  /** True when a word is the verb's preposition of a nominal report: "بمقتل" after أفاد, "إلى" after أشار. */
  boolean startsNominalReport(String k, Verb verb) {
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

  /** True for a noun that opens what is denied: a listed object or a verbal noun of the استفعال family. */
  boolean deniedNoun(String k) {
    return lex.objects.contains(k) || (k.length() >= 6 && (k.startsWith("است") || k.startsWith("انت")));
  }

  /** True for a reporting verb with an object pronoun: ذكره، أوردته، نقلتها. */
  boolean verbWithObjectPronoun(String k) {
    for (String suffix : PRONOUN_SUFFIXES) {
      if (k.length() > suffix.length() + 2 && k.endsWith(suffix)
          && lex.verb(k.substring(0, k.length() - suffix.length())) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of a verb's object after its speaker phrase ended at {@code from}, past time words and commas:
   * a plain word (no verb, complementizer, preposition or quotation), or -1.
   */
  int objectAfter(List<WordToken> toks, int from, int end) {
    for (int k = from; k < end && k < from + 6; k++) {
      WordToken t = toks.get(k);
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

  /** The verb's preposition of a nominal report after time words and commas from {@code from}, or {@code end}. */
  int prepositionAfter(List<WordToken> toks, int from, int end, Verb v) {
    if (v.preposition() == null) {
      return end;
    }
    for (int k = from; k < end && k < from + 6; k++) {
      WordToken t = toks.get(k);
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
}
