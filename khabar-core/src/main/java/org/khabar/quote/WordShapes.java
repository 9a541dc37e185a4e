package org.khabar.quote;

import java.util.List;
import org.khabar.text.ArabicLetters;
import org.khabar.text.Clitic;
import org.khabar.text.CliticAnalyzer;
import org.khabar.text.Segmentation;
import org.khabar.text.WordToken;

/**
 * What a token's written shape tells: a comma, tanween, a ل against a hamza or an oblique plural, the pattern of a
 * verbal noun, a hyphened name. Stateless.
 */
final class WordShapes {
  private WordShapes() {}

  private static final CliticAnalyzer CLITICS = CliticAnalyzer.standard();

  /** "ذُكر"، "نُقل"، "يُذكر": a damma on the verb's first letter (after و/ف) marks the passive. */
  static boolean dammaPassive(Line l, WordToken tok) {
    String raw = l.text().substring(tok.start(), tok.end());
    int i = raw.length() > 3 && (raw.charAt(0) == ArabicLetters.WAW || raw.charAt(0) == ArabicLetters.FEH) ? 1 : 0;
    return raw.length() > i + 1 && raw.charAt(i + 1) == ArabicLetters.DAMMA;
  }

  static boolean isComma(WordToken t) {
    return t.is('\u060C') || t.is(',');
  }

  static boolean hasTanween(Line l, WordToken t) {
    return l.text().substring(t.start(), t.end()).indexOf(org.khabar.text.ArabicLetters.FATHATAN) >= 0;
  }

  /** True when the word at {@code i} is joined to the next word by a hyphen with no space around it ("آن-ماري"). */
  static boolean hyphenated(List<WordToken> toks, int i) {
    if (i + 2 >= toks.size()) {
      return false;
    }
    WordToken w = toks.get(i);
    WordToken h = toks.get(i + 1);
    WordToken n = toks.get(i + 2);
    return w.word() && h.is('-') && n.word() && w.end() == h.start() && h.end() == n.start();
  }

  /** True when the text layer reads a word as a preposition's noun (لل، ب، ل، ك) or a noun with a pronoun suffix. */
  static boolean prepositionOrPossessive(WordToken t) {
    Segmentation s = CLITICS.analyze(t.key());
    if (s.enclitic() != null) {
      return true;
    }
    for (Clitic c : s.proclitics()) {
      String f = c.form();
      if (f.equals("ل") || f.equals("لل") || f.equals("ب") || f.equals("ك") || f.equals("لـ")) {
        return true;
      }
    }
    return false;
  }

  /** True when the text layer reads the word's first proclitic as the preposition ل ("لمراسل"، "للصحفيين"). */
  static boolean lamPreposition(WordToken t) {
    List<Clitic> p = CLITICS.analyze(t.key()).proclitics();
    return !p.isEmpty() && p.get(0).form().equals("ل");
  }

  /**
   * True for a word written with the preposition ل against a noun in the oblique plural ("لمحققين"،
   * "لصحافيين"), not part of an entity mention: the one spoken to. A subject would be nominative (-ون).
   */
  static boolean lamPlural(Line l, int i) {
    WordToken t = l.tokens().get(i);
    String k = t.key();
    return t.word() && !l.named()[i] && k.length() >= 6 && k.charAt(0) == 'ل' && k.charAt(1) != 'ل'
        && obliquePlural(k);
  }

  /**
   * True for a word written ل against a hamza ("لأحلام"، "لإذاعة"): no Arabic word begins so, so it is the
   * preposition before a name or noun.
   */
  static boolean lamHamza(Line l, int i) {
    WordToken t = l.tokens().get(i);
    if (!t.word() || t.end() - t.start() < 4) {
      return false;
    }
    char c0 = l.text().charAt(t.start());
    char c1 = l.text().charAt(t.start() + 1);
    return c0 == ArabicLetters.LAM && (c1 == ArabicLetters.ALEF_HAMZA_ABOVE || c1 == ArabicLetters.ALEF_HAMZA_BELOW);
  }

  static boolean obliquePlural(String k) {
    return k.length() >= 5 && k.endsWith("ين");
  }

  /** The index of the first word in {@code [from, to)}, marks skipped; {@code to} when there is none. */
  static int firstWord(List<WordToken> toks, int from, int to) {
    int f = from;
    while (f < to && !toks.get(f).word()) {
      f++;
    }
    return f;
  }

  /**
   * True for the verbal noun of a derived verb, by its shape: استفعال (استخدام), انفعال and افتعال (انتشار،
   * امتلاك، اعتقال): an alef, a letter, then the teh of the pattern.
   */
  static boolean derivedVerbalNoun(String k) {
    return k.length() >= 5 && k.charAt(0) == 'ا' && k.charAt(1) != 'ل' && (k.charAt(2) == 'ت' || k.startsWith("است"))
        && !k.endsWith("ين") && !k.endsWith("ون") && !k.endsWith("ات");
  }

  static boolean allWords(List<WordToken> toks, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!toks.get(t).word()) {
        return false;
      }
    }
    return true;
  }

  static int sentenceEnd(List<WordToken> toks, int from) {
    int t = from;
    while (t < toks.size()) {
      WordToken tok = toks.get(t);
      if (tok.isSentenceEnd()) {
        return t;
      }
      t++;
    }
    return toks.size();
  }

  /** The first comma at least two tokens after {@code from}, or {@code end}. */
  static int commaAfter(List<WordToken> toks, int from, int end) {
    for (int t = from + 1; t < end; t++) {
      if (toks.get(t).is('\u060C') || toks.get(t).is(',')) {
        return t;
      }
    }
    return end;
  }

  /** True when token {@code i} opens the mention of a place or body right after another named word. */
  static boolean secondName(Line l, int i) {
    char c = l.tokens().get(i).key().charAt(0);
    return l.opensPlaceOrOrg()[i] && l.named()[i - 1] && l.tokens().get(i - 1).word() && c != 'ل' && c != 'ب'
        && c != 'و';
  }

  /**
   * True for a noun whose feminine ending became teh before a pronoun suffix ("ندوته"، "كلمتها"): a possession, so
   * an object after its verb, not the subject's continuation.
   */
  static boolean possessiveAfterTeh(String k) {
    return k.length() >= 5 && (k.endsWith("ته") || k.endsWith("تها") || k.endsWith("تهم"));
  }
}
