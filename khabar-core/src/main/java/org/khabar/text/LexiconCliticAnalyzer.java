package org.khabar.text;

import static org.khabar.text.ArabicLetters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clitic analysis by enumerating the few possible proclitic chains and pronoun suffixes and keeping a cut only
 * with lexicon evidence. The evidence rule for a proclitic chain with weights {@code a} (how freely that clitic
 * attaches) is {@code count(rest) * a >= count(word)} and {@code count(rest) >= MIN_COUNT}: وقال (rest قال, far more
 * frequent) is cut, وزير (rest زير, rare) is not. Stateless and thread-safe.
 */
final class LexiconCliticAnalyzer implements CliticAnalyzer {
  private static final int MIN_COUNT = 3;

  /** The least count of the rest for a proclitic cut: rarer rests are more likely a name's letters (ببيلا). */
  private static final int MIN_REST = 10;

  /** A word counted at least BARE_MIN times and taking proclitics less than once in BARE_RATIO is "bare". */
  private static final int BARE_MIN = 20;

  private static final int BARE_RATIO = 20;
  private static final double BARE_BOOST = 20;

  /** The boost of a preposition before the article (بال, كال, لل). */
  private static final double ARTICLE_BOOST = 1000;
  private static final int MAX_WORD = 40;
  private static final String ARTICLE = "ال";

  private static volatile LexiconCliticAnalyzer standard;

  /** How many distinct words the memo keeps; past that, other words are analysed every time. */
  private static final int MEMO_LIMIT = 1 << 16;

  /** Word counts from the news corpus, with the flags {@link Lexicon#NAME} and {@link Lexicon#CLOSED}. */
  private final Lexicon words;
  /**
   * A bounded memo of analysed plain words (no marks), safe for concurrent use: the analysis is a pure function of
   * the word, so the memo changes nothing but speed (news text is Zipfian: a few thousand words are most tokens).
   */
  private final ConcurrentHashMap<String, Segmentation> memo = new ConcurrentHashMap<>();

  LexiconCliticAnalyzer(Lexicon words) {
    this.words = words;
  }

  static LexiconCliticAnalyzer standard() {
    LexiconCliticAnalyzer s = standard;
    if (s == null) {
      synchronized (LexiconCliticAnalyzer.class) {
        s = standard;
        if (s == null) {
          Map<String, int[]> entries = new HashMap<>(1 << 18);
          Lexicon.addCounts(LexiconBuilder.WORDS_RESOURCE, entries);
          Lexicon.addFlag(Resources.lines(LexiconBuilder.NAMES_RESOURCE), Lexicon.NAME, entries);
          Lexicon.addFlag(Resources.keySet("function-words.txt"), Lexicon.CLOSED, entries);
          s = new LexiconCliticAnalyzer(new Lexicon(entries));
          standard = s;
        }
      }
    }
    return s;
  }

  /** How freely a proclitic attaches: the share of the rest's count the whole word may reach and still be cut. */
  private static double weight(char c) {
    return switch (c) {
      case WAW -> 3.0;
      case FEH -> 2.0;
      case BEH, LAM -> 0.5;
      case SEEN -> 1.0;
      case KAF -> 0.1;
      default -> 0;
    };
  }

  private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ني", "ه", "ك", "ي"};
  private static final double[] SUFFIX_WEIGHTS = {2, 0.1, 2, 0.5, 0.3, 0.05, 2, 1, 0.3, 1, 0.2, 0.05};

  /** The letters of a word with their offsets: raw letters, key letters, and where each came from. */
  private static final class Letters {
    final char[] raw;
    final char[] key;
    final int[] pos;
    final boolean[] tatweelAfter;
    final int n;
    final String word;

    Letters(String word, char[] raw, char[] key, int[] pos, boolean[] tatweelAfter, int n) {
      this.word = word;
      this.raw = raw;
      this.key = key;
      this.pos = pos;
      this.tatweelAfter = tatweelAfter;
      this.n = n;
    }

    /** The offset in the word where letter {@code i} starts ({@code word.length()} past the last letter). */
    int at(int i) {
      return i >= n ? word.length() : pos[i];
    }
  }

  /** The letters of {@code w}, or {@code null} when it is not a plain Arabic word. */
  private static Letters letters(String w) {
    int len = w.length();
    if (len == 0 || len > MAX_WORD) {
      return null;
    }
    char[] raw = new char[len];
    char[] key = new char[len];
    int[] pos = new int[len];
    boolean[] tatweel = new boolean[len];
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = w.charAt(i);
      if (c == TATWEEL) {
        if (n > 0) {
          tatweel[n - 1] = true;
        }
      } else if (TableNormalizer.isAttachedMark(c) || c == ZWNJ || c == ZWJ) {
        continue;
      } else if (isArabicLetter(c)) {
        raw[n] = c == ALEF_WASLA ? ALEF : c;
        key[n] = TableNormalizer.keyChar(c);
        pos[n] = i;
        n++;
      } else {
        return null;
      }
    }
    return n == 0 ? null : new Letters(w, raw, key, pos, tatweel, n);
  }

  @Override
  public Segmentation analyze(CharSequence word) {
    String w = word == null ? "" : word.toString();
    Segmentation known = memo.get(w);
    if (known != null) {
      return known;
    }
    Letters l = letters(w);
    if (l == null) {
      return Segmentation.whole(w);
    }
    Segmentation s = analyze(l);
    if (l.n == w.length() && memo.size() < MEMO_LIMIT) {
      memo.putIfAbsent(w, s);
    }
    return s;
  }

  private static boolean isProcliticLetter(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF || c == SEEN;
  }

  private static boolean isSuffixLetter(char c) {
    return c == HEH || c == ALEF || c == MEEM || c == NOON || c == KAF || c == YEH;
  }

  private Segmentation analyze(Letters l) {
    int n = l.n;
    char[] k = l.key;
    if (n == 1) {
      // لـ or بـ standing alone before the next word.
      if (l.tatweelAfter[0] && weight(l.raw[0]) > 0 && l.raw[0] != SEEN) {
        return new Segmentation(l.word, List.of(new Clitic(String.valueOf(k[0]), 0, l.word.length())),
            l.word.length(), l.word.length(), null);
      }
      return Segmentation.whole(l.word);
    }
    boolean proclitic = isProcliticLetter(k[0]);
    boolean article = l.raw[0] == ALEF && k[1] == LAM;
    if (!proclitic && !article && !isSuffixLetter(l.raw[n - 1])) {
      return Segmentation.whole(l.word); // nothing to cut: no lexicon look-up
    }
    int entry = words.find(k, 0, n);
    boolean closed = words.hasFlag(entry, Lexicon.CLOSED);
    boolean wholeName = words.hasFlag(entry, Lexicon.NAME);
    int whole = -1; // looked up only when a cut has a rest worth comparing
    // A frequent word that never takes a proclitic itself is most likely one already (وتابع, بالنسبة, للمرة):
    // its cuts get a strong boost.
    int wholeCount = words.countAt(entry);
    double bareBoost = wholeCount >= BARE_MIN && words.prefixedAt(entry) * BARE_RATIO < wholeCount ? BARE_BOOST : 1;

    if (proclitic && !closed && n >= 2 && (k[0] == BEH || k[0] == LAM || ((k[0] == WAW || k[0] == FEH) && n >= 3
        && (k[1] == BEH || k[1] == LAM)))) {
      // A bare preposition with a pronoun: له، لها، بهم، ولهم.
      int p = (k[0] == BEH || k[0] == LAM) ? 0 : 1;
      int s = suffixAt(k, p + 1, n);
      if (s >= 0 && SUFFIXES[s].length() == n - p - 1 && !wholeName) {
        List<Clitic> pro = new ArrayList<>(2);
        if (p == 1) {
          pro.add(clitic(l, 0, 1, String.valueOf(k[0])));
        }
        pro.add(clitic(l, p, p + 1, String.valueOf(k[p])));
        int at = l.at(p + 1);
        return new Segmentation(l.word, pro, at, at, new Clitic(SUFFIXES[s], at, l.word.length()));
      }
    }

    // 1. Proclitic chain (conjunction, then preposition or future) with the best evidence.
    int bestCut = 0; // letters cut
    // لل: 0 no article; 1 the article's alef elided after the preposition ل (للحكومة = ل + الحكومة); 2 the article
    // merged with a stem that starts with ل (للاجئين = ل + اللاجئين).
    int bestElided = 0;
    double bestScore = 0;
    if (proclitic && !closed) {
      for (int conj = 0; conj <= 1; conj++) {
        if (conj == 1 && k[0] != WAW && k[0] != FEH) {
          continue;
        }
        for (int prep = 0; prep <= 1; prep++) {
          int cut = conj + prep;
          if (cut == 0 || n - cut < 2) {
            continue;
          }
          char p = k[cut - 1];
          if (prep == 1 && p != BEH && p != LAM && p != KAF && p != SEEN) {
            continue;
          }
          if (p == SEEN && (prep == 0 || !isImperfectPrefix(k[cut]))) {
            continue;
          }
          double weight = (conj == 1 ? weight(k[0]) : 1) * (prep == 1 ? weight(p) : 1) * bareBoost;
          // A preposition before the article is almost always a clitic (كالعادة, بالنسبة, للغاية): an attested rest
          // is enough.
          boolean beforeArticle = prep == 1 && n - cut >= 4 && l.raw[cut] == ALEF && k[cut + 1] == LAM;
          boolean forced = l.tatweelAfter[cut - 1];
          // The rest as it stands, and for ل + ل... the rest with the article's alef restored.
          for (int elided = 0; elided <= (prep == 1 && p == LAM && k[cut] == LAM ? 2 : 0); elided++) {
            int restEntry = elided == 0 ? words.find(k, cut, n - cut) : -1;
            int rest = elided == 0 ? words.countAt(restEntry)
                : elided == 1 ? words.countWithAlef(k, cut, n - cut)
                : words.countWithArticle(k, cut, n - cut);
            boolean restName = words.hasFlag(restEntry, Lexicon.NAME);
            if (whole < 0) {
              // The whole word's count includes its uses after و and ف (وببيلا counts for ببيلا).
              whole = words.familyAt(entry);
            }
            double w = beforeArticle || elided > 0 ? weight * ARTICLE_BOOST : weight;
            boolean evidence = forced || (rest >= MIN_REST && rest * w >= whole && (!wholeName || restName));
            double score = forced ? Double.MAX_VALUE : rest * w;
            if (evidence && (score > bestScore || (score == bestScore && cut > bestCut))) {
              bestScore = score;
              bestCut = cut;
              bestElided = elided;
            }
          }
        }
      }
    }

    List<Clitic> pro = new ArrayList<>(3);
    for (int i = 0; i < bestCut; i++) {
      pro.add(clitic(l, i, i + 1, String.valueOf(k[i])));
    }
    int stem = bestCut;

    // 2. The article: ال (bare alef, never أل/آل/إل) or the ل of لل after the preposition ل.
    article = false;
    if (bestElided == 1) {
      pro.add(clitic(l, stem, stem + 1, ARTICLE));
      stem += 1;
      article = true;
    } else if (bestElided == 2) {
      int at = l.at(stem);
      pro.add(new Clitic(ARTICLE, at, at)); // written in the stem's own ل
      article = true;
    } else if (!closed && n - stem >= 4 && l.raw[stem] == ALEF && k[stem + 1] == LAM
        && !words.hasFlag(stem == 0 ? entry : words.find(k, stem, n - stem), Lexicon.CLOSED)) {
      int restCount = words.count(k, stem + 2, n - stem - 2);
      int wordCount = stem == 0 ? words.countAt(entry) : words.count(k, stem, n - stem);
      if (restCount >= 2 || (n - stem >= 5 && wordCount == 0)
          || (n - stem >= 5 && restCount >= 1)) {
        pro.add(clitic(l, stem, stem + 2, ARTICLE));
        stem += 2;
        article = true;
      }
    }

    // 3. A pronoun suffix, never after the article.
    Clitic enclitic = null;
    int stemEndLetter = n;
    if (!article) {
      int base = stem == 0 ? words.countAt(entry) : words.count(k, stem, n - stem);
      for (int s = 0; s < SUFFIXES.length; s++) {
        String suf = SUFFIXES[s];
        int len = suf.length();
        int left = n - stem - len;
        if (left < 2 || !endsWith(l, suf)) {
          continue;
        }
        int count = words.count(k, stem, left);
        if (l.raw[n - len - 1] == TEH) {
          count = Math.max(count, words.countWithFinalHeh(k, stem, left));
        }
        // Two letters left (منه، عنه) or a name (علية is a name, عليه is على + ه) need overwhelming evidence.
        boolean strong = count >= 1000 && count >= 5 * base;
        if ((left == 2 && len == 1 || wholeName && stem == 0) && !strong) {
          continue;
        }
        if (count >= MIN_COUNT && count * SUFFIX_WEIGHTS[s] >= base) {
          stemEndLetter = n - len;
          enclitic = new Clitic(suf, l.at(stemEndLetter), l.word.length());
          break;
        }
      }
    }
    int stemStart = l.at(stem);
    int stemEnd = enclitic == null ? l.word.length() : enclitic.start();
    return new Segmentation(l.word, pro, stemStart, stemEnd, enclitic);
  }

  private static boolean isImperfectPrefix(char c) {
    return c == YEH || c == TEH || c == NOON || c == ALEF;
  }

  /** The index in SUFFIXES of the suffix that is exactly {@code k[from, n)}, or -1. */
  private static int suffixAt(char[] k, int from, int n) {
    for (int s = 0; s < SUFFIXES.length; s++) {
      String suf = SUFFIXES[s];
      if (suf.length() == n - from && suf.contentEquals(new String(k, from, n - from))) {
        return s;
      }
    }
    return -1;
  }

  /** True when the raw letters end with {@code suf} (so ة, ى never count as the pronouns ه, ي). */
  private static boolean endsWith(Letters l, String suf) {
    int len = suf.length();
    for (int i = 0; i < len; i++) {
      if (l.raw[l.n - len + i] != suf.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static Clitic clitic(Letters l, int from, int to, String form) {
    return new Clitic(form, l.at(from), l.at(to));
  }

  @Override
  public String lightStem(CharSequence word) {
    String w = word == null ? "" : word.toString();
    Letters l = letters(w);
    if (l == null) {
      return ArabicText.matchKey(w);
    }
    Segmentation seg = analyze(l);
    String stem = ArabicText.matchKey(seg.stem());
    Letters s = letters(seg.stem());
    if (s != null && seg.enclitic() != null && s.raw[s.n - 1] == TEH
        && words.countWithFinalHeh(s.key, 0, s.n) >= Math.max(MIN_COUNT, words.count(s.key, 0, s.n))) {
      // حكومت of حكومته is حكومة before a pronoun (but قوات of قواتها is a word as it stands)
      s.raw[s.n - 1] = TEH_MARBUTA;
      s.key[s.n - 1] = HEH;
      stem = stem.substring(0, stem.length() - 1) + HEH;
    }
    if (s == null || words.hasFlag(words.find(s.key, 0, s.n), Lexicon.NAME)) {
      return stem;
    }
    for (String end : new String[] {"ات", "ون", "ين", "ان", "ه"}) {
      int left = s.n - end.length();
      if (left >= 3 && stem.endsWith(end) && (!end.equals("ه") || s.raw[s.n - 1] == TEH_MARBUTA)
          && (words.count(s.key, 0, left) >= MIN_COUNT || words.countWithHeh(s.key, 0, left) >= MIN_COUNT)) {
        return stem.substring(0, stem.length() - end.length());
      }
    }
    return stem;
  }
}
