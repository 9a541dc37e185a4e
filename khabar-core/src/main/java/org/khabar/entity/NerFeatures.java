package org.khabar.entity;

import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * Turns a sentence into hashed feature ids, one array per token. The families (see {@code docs/ner.md}):
 *
 * <ul>
 *   <li>the word and its neighbours (matching key, clitic-stripped and article-less forms), word bigrams;
 *   <li>prefixes of the stripped form and suffixes of the word (1 to 4 letters), letter trigrams of the bare form,
 *       shape, lexicon frequency;
 *   <li>word clusters at each granularity within two tokens, cluster bigrams;
 *   <li>from the unlabelled corpus: how the bare word takes the article, possessive suffixes and nisba endings
 *       (the Arabic stand-in for capital letters), and which trigger kinds it follows ({@link ContextProfiles});
 *   <li>gazetteer matches ({@link Gazetteer}): per source (ANERGazet, GeoNames, actor knowledge base, outlet
 *       registry) the class and BIES position of the token in that source's longest match, and all sources
 *       together at the token and its neighbours; a trigger word before a match;
 *   <li>given names and person-name particles ({@link GivenNames}) within two tokens, their pattern around the
 *       token, and the word after one (the surname position) with its lexical morphology, article and nisba;
 *   <li>trigger words within two tokens, and for organisation names, a definite noun or nisba adjective
 *       ({@code -ي}, {@code -ية}) after an institution noun;
 *   <li>in the second stage ({@link #addStacked}): the first pass's tags around the token and its document memory
 *       (class counts, majority and first mention of the same word elsewhere in the document).
 * </ul>
 *
 * <p>Feature ids are 32-bit hashes of (template, value), {@code mix(TEMPLATE, value)}, computed from per-word hashes
 * without building strings.
 *
 * <p><b>Adding a template</b>: give it a constant below, then emit {@code f[c++] = mix(TEMPLATE, value)} in one of
 * two methods. {@link #wordFeatures} holds the templates that read one word at a fixed offset (-2..2) and nothing
 * else: the word's own facts are in {@link Word} (add a field there, computed in {@code word()}); a model scores
 * these once per distinct word and caches the sum, so they cost nothing per token. {@link #contextFeatures} holds
 * everything else (two words, triggers around, gazetteer matches, any per-sentence array of {@link Sentence}); these
 * are looked up per token. When in doubt, use {@link #contextFeatures}: it is always correct. A word feature must
 * not read the sentence, or the cached scores would be wrong. {@code NerFeaturesTest} checks that tagging through
 * the cache gives the scores of decoding all features directly. Mind {@link #MAX_FEATURES}.
 *
 * <p>Immutable and thread-safe: per-call state (buffers and the per-thread word cache) lives in the
 * {@link Sentence} the caller owns.
 */
final class NerFeatures {
  // Templates. Their values only need to be distinct.
  private static final int BIAS = 1;
  private static final int WORD = 2;
  private static final int STRIPPED = 10;
  private static final int BARE = 14;
  private static final int PREFIX = 20;
  private static final int SUFFIX = 25;
  private static final int SHAPE = 30;
  private static final int BIGRAM = 34;
  private static final int FREQ = 38;
  private static final int CLUSTER = 40;
  private static final int GAZ = 70;
  private static final int TRIGGER = 80;
  private static final int ARTICLE = 90;
  private static final int CLUSTER_BIGRAM = 92;
  private static final int TRIGGER_CLUSTER = 95;
  private static final int STACK = 100;
  private static final int MEMORY = 110;
  private static final int GAZ_SOURCE = 120;
  private static final int GAZ_TRIGGER = 125;
  private static final int ORG_CONTEXT = 130;
  private static final int LEX_MORPH = 140;
  private static final int CHARS = 150;
  private static final int PROFILE = 160;
  private static final int GIVEN = 170;
  private static final int NEURAL = 180;

  /**
   * The memory slots per token: one count per class, then the count of all other occurrences, then the class of the
   * document's first other occurrence plus one (0: tagged O or none).
   */
  static final int MEMORY_SLOTS = NerClass.values().length + 2;
  /** The slot of the count of all other occurrences. */
  static final int MEMORY_SEEN = NerClass.values().length;
  /** The slot of the first other occurrence's class. */
  static final int MEMORY_FIRST = NerClass.values().length + 1;

  private static final int START = 0x5F3759DF;
  private static final int END = 0x7A11D00D;
  private static final String ARTICLE_KEY = "" + ArabicLetters.ALEF + CliticStripper.LAM;
  private static final String POSSESSIVE_HA = "" + ArabicLetters.HEH + ArabicLetters.ALEF;
  private static final String POSSESSIVE_HUM = "" + ArabicLetters.HEH + ArabicLetters.MEEM;
  /** ـية as a matching key spells it (teh marbuta folded to heh). */
  private static final String NISBA_FEMININE = "" + ArabicLetters.YEH + ArabicLetters.HEH;

  private final WordClusters clusters;
  private final Gazetteer gazetteer;
  private final Triggers triggers;
  private final ContextProfiles profiles = ContextProfiles.bundled();
  private final GivenNames givenNames = GivenNames.bundled();
  private final CliticStripper stripper;
  private final boolean useClusters;
  private final boolean useGazetteer;

  NerFeatures(WordClusters clusters, Gazetteer gazetteer, Triggers triggers, boolean useClusters,
      boolean useGazetteer) {
    this.clusters = clusters;
    this.gazetteer = gazetteer;
    this.triggers = triggers;
    this.useClusters = useClusters;
    this.useGazetteer = useGazetteer;
    this.stripper = new CliticStripper(clusters::count);
  }

  CliticStripper stripper() {
    return stripper;
  }

  /**
   * How many words each generation of a thread's cache of per-word facts holds: when the young generation is full it
   * becomes the old one (the old one is dropped), and a word found in the old generation moves back to the young, so
   * that frequent words stay cached.
   */
  private static final int CACHE_SIZE = 1 << 16;

  /**
   * What the features need to know of one word, whatever its context; cached per thread (in a {@link Sentence}), with
   * the model's scores of its {@linkplain #wordFeatures word features} once a model has computed them.
   */
  static final class Word {
    final String key;
    final String stripped;
    final int keyHash;
    final int stripHash;
    final int bareHash;
    final int article;
    final int shape;
    final int freq;
    final int[] cluster;
    final int trig;
    final int nisba;
    /** {@link #lexicalMorphology} of the word; at the boundaries, 126 before and 127 after. */
    final int morph;
    /** The word's {@link ContextProfiles} buckets; -1 at the boundaries. */
    final int profile;
    final int[] trigrams;
    /** {@link GivenNames#kind} of the word or its clitic-stripped form. */
    final int given;
    final Gazetteer.Node gazKey;
    final Gazetteer.Node gazStripped;
    /** The scores of this word's word features at each offset, and the model they belong to (see NerModel). */
    float[] scores;
    Object scoresOwner;

    Word(String key, String stripped, int keyHash, int stripHash, int bareHash, int article, int shape, int freq,
        int[] cluster, int trig, int nisba, int morph, int profile, int[] trigrams, int given, Gazetteer.Node gazKey,
        Gazetteer.Node gazStripped) {
      this.key = key;
      this.stripped = stripped;
      this.keyHash = keyHash;
      this.stripHash = stripHash;
      this.bareHash = bareHash;
      this.article = article;
      this.shape = shape;
      this.freq = freq;
      this.cluster = cluster;
      this.trig = trig;
      this.nisba = nisba;
      this.morph = morph;
      this.profile = profile;
      this.trigrams = trigrams;
      this.given = given;
      this.gazKey = gazKey;
      this.gazStripped = gazStripped;
    }

    /** The position before the first word ({@code before}) or after the last: only its hashes are read. */
    static Word boundary(boolean before) {
      int h = before ? START : END;
      return new Word("", "", h, h, 0, 0, 0, 0, null, 0, 0, before ? 126 : 127, -1, new int[0], 0, null, null);
    }
  }

  private Word word(CharSequence word) {
    String key = ArabicText.matchKey(word);
    String stripped = stripper.stripped(key);
    boolean article = stripped.startsWith(ARTICLE_KEY) && stripped.length() > 3;
    int articleBits = (article ? 1 : 0) + (stripped.length() != key.length() ? 2 : 0);
    int bareHash = article ? hash(stripped, 2, stripped.length()) : stripped.hashCode();
    WordClusters.Entry e = clusters.entry(key);
    if (e == null && stripped != key) {
      e = clusters.entry(stripped);
    }
    int freq = e == null ? 0 : 1 + (31 - Integer.numberOfLeadingZeros(e.count())) / 2;
    int[] cluster = e == null || !useClusters ? null : e.clusters();
    int t = triggers.kinds(key);
    int trig = t != 0 ? t : triggers.kinds(stripped);
    Gazetteer.Node gazKey = useGazetteer ? gazetteer.start(key) : null;
    Gazetteer.Node gazStripped = useGazetteer && !stripped.equals(key) ? gazetteer.start(stripped) : null;
    int given = givenNames.kind(key);
    if (given == GivenNames.NONE && !stripped.equals(key)) {
      given = givenNames.kind(stripped);
    }
    return new Word(key, stripped, key.hashCode(), stripped.hashCode(), bareHash, articleBits, shape(word), freq,
        cluster, trig, nisba(stripped), useClusters ? lexicalMorphology(stripped, clusters) : 0,
        useClusters ? profiles.buckets(stripped) : 0, letterTrigrams(stripped, articleBits), given, gazKey,
        gazStripped);
  }

  /**
   * How the word's bare form (clitics and article off) behaves in the unlabelled corpus of the cluster lexicon, the
   * Arabic stand-in for capital letters: names rarely take the article or a possessive suffix (ـها، ـهم), places
   * and peoples make nisba adjectives (ـي، ـية). Packed as buckets: the article's share of (bare + definite)
   * occurrences (5), the possessive's (3), the nisba's (3), and whether the counts are large enough to trust; 1 for a
   * word the lexicon does not know in either form, 0 for a too short one.
   */
  static int lexicalMorphology(String stripped, WordClusters clusters) {
    String bare = stripped.startsWith(ARTICLE_KEY) && stripped.length() > 3 ? stripped.substring(2) : stripped;
    if (bare.length() < 2) {
      return 0;
    }
    int plain = clusters.count(bare);
    int definite = clusters.count(ARTICLE_KEY + bare);
    int total = plain + definite;
    if (total == 0) {
      return 1;
    }
    int possessive = clusters.count(bare + POSSESSIVE_HA) + clusters.count(bare + POSSESSIVE_HUM);
    int nisba = clusters.count(bare + ArabicLetters.YEH) + clusters.count(bare + NISBA_FEMININE);
    int def = definite == 0 ? 0 : definite * 10 < total ? 1 : definite * 2 < total ? 2 : definite * 10 < total * 9 ? 3
        : 4;
    int poss = possessive == 0 ? 0 : possessive * 20 < total ? 1 : 2;
    int nis = nisba == 0 ? 0 : nisba * 4 < total ? 1 : 2;
    int trusted = total >= 20 ? 1 : 0;
    return 2 + ((def * 3 + poss) * 3 + nis) * 2 + trusted;
  }

  /** Reusable per-sentence buffers and a cache of per-word facts; one per thread. */
  static final class Sentence {
    private java.util.HashMap<CharSequence, Word> young = new java.util.HashMap<>();
    private java.util.HashMap<CharSequence, Word> old = new java.util.HashMap<>();

    /** The cached facts of a word, or null. */
    Word word(CharSequence word) {
      Word w = young.get(word);
      if (w == null) {
        w = old.get(word);
        if (w != null) {
          remember(word.toString(), w);
        }
      }
      return w;
    }

    void remember(String word, Word w) {
      if (young.size() >= CACHE_SIZE) {
        java.util.HashMap<CharSequence, Word> dropped = old;
        old = young;
        dropped.clear();
        young = dropped;
      }
      young.put(word, w);
    }
    /** The positions before and after the sentence, as words (their scores are cached like a word's). */
    final Word before = Word.boundary(true);
    final Word after = Word.boundary(false);
    int n;
    Word[] words = new Word[64];
    String[] keys = new String[64];
    String[] stripped = new String[64];
    int[] keyHash = new int[64];
    int[] stripHash = new int[64];
    int[] bareHash = new int[64];
    int[] shape = new int[64];
    int[] freq = new int[64];
    int[][] cluster = new int[64][];
    long[] gaz = new long[64];
    int[] trig = new int[64];
    int[] nisba = new int[64];
    int[] article = new int[64];
    Gazetteer.Node[] gazKey = new Gazetteer.Node[64];
    Gazetteer.Node[] gazStripped = new Gazetteer.Node[64];
    int[][] features = new int[64][MAX_FEATURES];
    int[] featureCount = new int[64];
    /** Scratch for the weight rows of one token's features. */
    final int[] rows = new int[MAX_FEATURES];

    /** The word at {@code i}, or the boundary before or after the sentence. */
    Word wordAt(int i) {
      return i < 0 ? before : i >= n ? after : words[i];
    }

    /** Empties the features of {@code n} tokens, keeping their clusters, before {@link #addStacked}. */
    void stackedOnly(int n, int[][] clusters) {
      ensure(n);
      this.n = n;
      for (int i = 0; i < n; i++) {
        featureCount[i] = 0;
        cluster[i] = clusters[i];
      }
    }

    void ensure(int size) {
      if (keys.length >= size) {
        return;
      }
      int s = Math.max(size, keys.length * 2);
      keys = new String[s];
      words = new Word[s];
      stripped = new String[s];
      keyHash = new int[s];
      stripHash = new int[s];
      bareHash = new int[s];
      shape = new int[s];
      freq = new int[s];
      cluster = new int[s][];
      gaz = new long[s];
      trig = new int[s];
      nisba = new int[s];
      article = new int[s];
      gazKey = new Gazetteer.Node[s];
      gazStripped = new Gazetteer.Node[s];
      int[][] f = new int[s][];
      System.arraycopy(features, 0, f, 0, features.length);
      for (int i = features.length; i < s; i++) {
        f[i] = new int[MAX_FEATURES];
      }
      features = f;
      featureCount = new int[s];
    }
  }

  /**
   * Whether the feature at position {@code k} of a token is its own word (the word, its clitic-stripped and bare
   * forms): the features word dropout hides. Positions are fixed by {@link #wordFeatures}, which
   * {@link #tokenFeatures} calls first for the token's own word.
   */
  static boolean isOwnWord(int k) {
    return k == 1 || k == 2 || k == 3;
  }

  /** The certain organisation names of the sentence last extracted into {@code s} (see {@link Gazetteer}). */
  java.util.List<int[]> certainOrgSpans(Sentence s) {
    return useGazetteer ? gazetteer.certainOrgSpans(s.gaz, s.n) : java.util.List.of();
  }

  /** Extracts all the features of {@code n} words into {@code s}. */
  void extract(CharSequence[] words, int n, Sentence s) {
    extract(words, n, s, false);
  }

  /**
   * Extracts the features of {@code n} words into {@code s}: all of them, or with {@code contextOnly} only the
   * {@linkplain #contextFeatures context features} (the caller then scores the word features from the words'
   * cached scores).
   */
  void extract(CharSequence[] words, int n, Sentence s, boolean contextOnly) {
    s.ensure(n);
    s.n = n;
    for (int i = 0; i < n; i++) {
      Word t = s.word(words[i]);
      if (t == null) {
        t = word(words[i]);
        s.remember(words[i].toString(), t);
      }
      s.words[i] = t;
      s.keys[i] = t.key;
      s.stripped[i] = t.stripped;
      s.keyHash[i] = t.keyHash;
      s.stripHash[i] = t.stripHash;
      s.article[i] = t.article;
      s.bareHash[i] = t.bareHash;
      s.shape[i] = t.shape;
      s.freq[i] = t.freq;
      s.cluster[i] = t.cluster;
      s.trig[i] = t.trig;
      s.nisba[i] = t.nisba;
      s.gazKey[i] = t.gazKey;
      s.gazStripped[i] = t.gazStripped;
    }
    if (useGazetteer) {
      gazetteer.match(s.keys, s.gazKey, s.gazStripped, n, s.gaz);
    } else {
      java.util.Arrays.fill(s.gaz, 0, n, 0L);
    }
    for (int i = 0; i < n; i++) {
      if (contextOnly) {
        s.featureCount[i] = contextFeatures(s, i, s.features[i], 0);
      } else {
        tokenFeatures(s, i);
      }
    }
  }

  /** The offsets of the words whose word features a token has, in the order they are emitted: itself first. */
  static final int[] OFFSETS = {0, -2, -1, 1, 2};

  /** All the features of token {@code i}: the word features of itself and its neighbours, then context features. */
  private void tokenFeatures(Sentence s, int i) {
    int[] f = s.features[i];
    int c = 0;
    for (int d : OFFSETS) {
      c = wordFeatures(s.wordAt(i + d), d, f, c);
    }
    s.featureCount[i] = contextFeatures(s, i, f, c);
  }

  /**
   * The word features: those read from one word alone, the token's own ({@code d == 0}) or its neighbour's at offset
   * {@code d} (-2..2; the boundary words before and after the sentence have only their hashes), written into
   * {@code f} from {@code c}; returns the new count. A model caches their scores per word and offset, so that
   * tagging looks up only the context features per token: a template that reads a single word at a fixed offset
   * belongs here (and costs nothing per token); one that reads two words, the gazetteer matches or anything else
   * of the sentence belongs in {@link #contextFeatures}. Must depend on nothing but {@code w}, {@code d} and the
   * settings of this instance.
   */
  int wordFeatures(Word w, int d, int[] f, int c) {
    if (d == 0) {
      // Positions 1, 2 and 3 are the word itself (isOwnWord).
      f[c++] = mix(BIAS, 0);
      f[c++] = mix(WORD + 2, w.keyHash);
      f[c++] = mix(STRIPPED + 1, w.stripHash);
      f[c++] = mix(BARE, w.bareHash);
      String key = w.key;
      String stripped = w.stripped;
      for (int k = 1; k <= 4; k++) {
        if (stripped.length() > k) {
          f[c++] = mix(PREFIX + k, hash(stripped, 0, k));
        }
        if (key.length() > k) {
          f[c++] = mix(SUFFIX + k, hash(key, key.length() - k, key.length()));
        }
      }
      f[c++] = mix(SHAPE, w.shape);
      f[c++] = mix(FREQ, w.freq);
      f[c++] = mix(FREQ + 1, w.freq * 16 + w.shape % 16);
      f[c++] = mix(ARTICLE, w.article);
      for (int g : w.trigrams) {
        f[c++] = g;
      }
      if (useClusters) {
        // How the bare word behaves in the unlabelled corpus, and the contexts it takes there (after titles, place
        // nouns, institution nouns, speech verbs).
        f[c++] = mix(LEX_MORPH, w.morph);
        int p = w.profile;
        f[c++] = mix(PROFILE, p);
        for (int k = 0; k < ContextProfiles.KINDS.length; k++) {
          int b = (p >>> (2 * k)) & 3;
          if (b != 0) {
            f[c++] = mix(PROFILE + 1 + k, b);
          }
        }
      }
    } else {
      f[c++] = mix(WORD + d + 2, w.keyHash);
      if (d == -1 || d == 1) {
        f[c++] = mix(STRIPPED + d + 1, w.stripHash);
      }
    }
    if (w.given != GivenNames.NONE) {
      // A given name or a name particle here or within two words.
      f[c++] = mix(GIVEN + d + 2, w.given);
    }
    if (useClusters && (d == -1 || d == 1)) {
      f[c++] = mix(d == -1 ? PROFILE + 6 : PROFILE + 7, w.profile);
    }
    if (useClusters) {
      int[] cl = w.cluster;
      int width = Math.abs(d) <= 1 ? 3 : 1;
      for (int g = 0; g < width; g++) {
        int value = cl == null ? -1 : (g < cl.length ? cl[cl.length - 1 - Math.min(g, cl.length - 1)] : -1);
        f[c++] = mix(CLUSTER + (d + 2) * 4 + g, value);
      }
    }
    return c;
  }

  /**
   * The context features of token {@code i}: those that read more than one word (bigrams, shape pairs, cluster
   * bigrams, trigger conjunctions) or the sentence's gazetteer matches, written into {@code f} from {@code c};
   * returns the new count. Looked up per token: see {@link #wordFeatures} for where a new template belongs.
   */
  private int contextFeatures(Sentence s, int i, int[] f, int c) {
    f[c++] = mix(SHAPE + 1, s.shape[i] * 131 + shapeAt(s, i - 1));
    f[c++] = mix(SHAPE + 2, s.shape[i] * 131 + shapeAt(s, i + 1));
    f[c++] = mix(BIGRAM, mix(keyAt(s, i - 1), s.keyHash[i]));
    f[c++] = mix(BIGRAM + 1, mix(s.keyHash[i], keyAt(s, i + 1)));
    f[c++] = mix(BIGRAM + 2, mix(stripAt(s, i - 1), s.stripHash[i]));
    if (useClusters) {
      f[c++] = mix(CLUSTER_BIGRAM, mix(clusterAt(s, i - 1), clusterAt(s, i)));
      f[c++] = mix(CLUSTER_BIGRAM + 1, mix(clusterAt(s, i), clusterAt(s, i + 1)));
      f[c++] = mix(TRIGGER_CLUSTER, mix(trigAt(s, i - 1), clusterAt(s, i)));
      int morph = s.words[i].morph;
      f[c++] = mix(LEX_MORPH + 1, s.wordAt(i - 1).morph * 128 + morph);
      f[c++] = mix(LEX_MORPH + 2, morph * 128 + s.wordAt(i + 1).morph);
      f[c++] = mix(LEX_MORPH + 3, trigAt(s, i - 1) * 128 + morph);
    }
    if (useGazetteer) {
      // Per source: class and position of the token in that source's match.
      long own = s.gaz[i];
      for (long b = own; b != 0; b &= b - 1) {
        f[c++] = mix(GAZ_SOURCE, Long.numberOfTrailingZeros(b));
      }
      // All sources together: class and position, here and at the neighbours.
      for (int d = -1; d <= 1; d++) {
        int union = i + d >= 0 && i + d < s.n ? union(s.gaz[i + d]) : 0;
        for (int b = union; b != 0; b &= b - 1) {
          f[c++] = mix(GAZ + d + 1, Integer.numberOfTrailingZeros(b));
        }
        if (d == 0 && union == 0) {
          f[c++] = mix(GAZ + 5, 0);
        }
      }
      int t = trigAt(s, i - 1);
      if (t != 0) {
        for (int b = union(own); b != 0; b &= b - 1) {
          f[c++] = mix(GAZ_TRIGGER, t * 32 + Integer.numberOfTrailingZeros(b));
        }
      }
    }
    // Given names: the pattern of given names and particles around the token; the word after a given name or a
    // particle (the surname or father's name position) with its lexical morphology and article.
    int gPrev = s.wordAt(i - 1).given;
    int gHere = s.words[i].given;
    f[c++] = mix(GIVEN + 5, (gPrev * 3 + gHere) * 3 + s.wordAt(i + 1).given);
    if (gPrev != GivenNames.NONE) {
      f[c++] = mix(GIVEN + 6, gPrev * 128 + s.words[i].morph);
      f[c++] = mix(GIVEN + 7, gPrev * 8 + s.article[i] + 4 * s.nisba[i]);
    }
    // Organisation names: a definite noun or a nationality adjective after an institution noun.
    f[c++] = mix(ORG_CONTEXT, trigAt(s, i - 1) * 8 + s.article[i] + 4 * s.nisba[i]);
    f[c++] = mix(ORG_CONTEXT + 1, trigAt(s, i - 2) * 8 + s.article[i] + 4 * s.nisba[i]);
    for (int d = -2; d <= 1; d++) {
      int t = trigAt(s, i + d);
      if (t != 0) {
        f[c++] = mix(TRIGGER + d + 2, t);
      }
    }
    f[c++] = mix(TRIGGER + 5, mix(trigAt(s, i - 1), s.stripHash[i]));
    return c;
  }

  /**
   * Appends the second stage's stacked features: the first pass's tags around each token, and its document memory
   * (how the other occurrences of the same clitic-stripped word in the document were tagged).
   *
   * @param first the first pass's tags
   * @param memory per token, {@link #MEMORY_SLOTS} counts
   */
  static void addStacked(Sentence s, int[] first, int[][] memory) {
    addStacked(s, first, memory, null);
  }

  /**
   * As {@link #addStacked(Sentence, int[], int[][])}, and, when {@code neural} is not null, a neural tagger's view of
   * each token ({@link BiLstmTagger#codes}: its tag and confidence bucket): the code, the tag with the first pass's
   * tag, and the tag with each neighbour's (the stacking experiment).
   */
  static void addStacked(Sentence s, int[] first, int[][] memory, int[] neural) {
    for (int i = 0; i < s.n; i++) {
      int[] f = s.features[i];
      int c = s.featureCount[i];
      if (neural != null) {
        int tag = neural[i] >> 2;
        int prevN = i > 0 ? neural[i - 1] >> 2 : -1;
        int nextN = i + 1 < s.n ? neural[i + 1] >> 2 : -1;
        f[c++] = mix(NEURAL, neural[i]);
        f[c++] = mix(NEURAL + 1, tag * 32 + first[i]);
        f[c++] = mix(NEURAL + 2, (prevN + 1) * 32 + tag);
        f[c++] = mix(NEURAL + 3, tag * 32 + nextN + 1);
      }
      int prev = i > 0 ? first[i - 1] : -1;
      int next = i + 1 < s.n ? first[i + 1] : -1;
      f[c++] = mix(STACK, first[i]);
      f[c++] = mix(STACK + 1, prev);
      f[c++] = mix(STACK + 2, next);
      f[c++] = mix(STACK + 3, (prev + 1) * 32 + first[i]);
      f[c++] = mix(STACK + 4, (first[i] + 1) * 32 + next);
      int[] m = memory[i];
      int majority = -1;
      int best = 0;
      for (int k = 0; k < MEMORY_SEEN; k++) {
        if (m[k] > 0) {
          f[c++] = mix(MEMORY + k, Math.min(m[k], 3));
          if (m[k] > best) {
            best = m[k];
            majority = k;
          }
        }
      }
      int seen = Math.min(m[MEMORY_SEEN], 3);
      f[c++] = mix(MEMORY + 5, majority * 8 + seen);
      f[c++] = mix(MEMORY + 8, m[MEMORY_FIRST] * 8 + seen);
      f[c++] = mix(MEMORY + 9, (m[MEMORY_FIRST] * 32 + first[i]) * 32 + prev);
      f[c++] = mix(MEMORY + 6, (majority + 1) * 32 + first[i]);
      f[c++] = mix(MEMORY + 7, mix(majority, s.cluster[i] == null ? -1 : s.cluster[i][0]));
      s.featureCount[i] = c;
    }
  }

  /** The most letter trigrams a token gets. */
  private static final int MAX_TRIGRAMS = 20;

  /**
   * The letter-trigram features (computed once per word, cached with its other facts) of the clitic-stripped form
   * without its article, edges marked (the spelling of transliterated names: ـوف، ـسكي، ـيان, letters and vowel
   * patterns foreign to Arabic stems).
   */
  private static int[] letterTrigrams(String stripped, int article) {
    int from = (article & 1) != 0 ? 2 : 0;
    int len = stripped.length();
    int[] out = new int[Math.max(0, Math.min(len - from, MAX_TRIGRAMS))];
    for (int k = 0; k < out.length; k++) {
      int a = from - 1 + k;
      int h = 0;
      for (int b = a; b < a + 3; b++) {
        h = 31 * h + (b < from ? '^' : b >= len ? '$' : stripped.charAt(b));
      }
      out[k] = mix(CHARS, h);
    }
    return out;
  }

  /** The most features one token can have; sizes the buffers. */
  static final int MAX_FEATURES = 240;

  /** The class and position bits of a token's gazetteer matches, all sources together: bit {@code 4 * class + pos}. */
  private static int union(long bits) {
    int u = 0;
    for (long b = bits; b != 0; b >>>= 4 * Gazetteer.CLASSES) {
      u |= (int) (b & ((1 << (4 * Gazetteer.CLASSES)) - 1));
    }
    return u;
  }

  /** Whether a clitic-stripped word ends as a nisba adjective does (ي, ية, يين, يون), or 0. */
  static int nisba(String stripped) {
    int n = stripped.length();
    if (n < 4) {
      return 0;
    }
    char last = stripped.charAt(n - 1);
    if (last == ArabicLetters.YEH) {
      return 1;
    }
    char before = stripped.charAt(n - 2);
    return (last == ArabicLetters.TEH_MARBUTA || last == ArabicLetters.HEH || last == ArabicLetters.NOON)
        && (before == ArabicLetters.YEH || before == ArabicLetters.WAW) ? 1 : 0;
  }

  private static int keyAt(Sentence s, int i) {
    return i < 0 ? START : i >= s.n ? END : s.keyHash[i];
  }

  private static int stripAt(Sentence s, int i) {
    return i < 0 ? START : i >= s.n ? END : s.stripHash[i];
  }

  private static int shapeAt(Sentence s, int i) {
    return i < 0 ? 127 : i >= s.n ? 126 : s.shape[i];
  }

  private static int trigAt(Sentence s, int i) {
    return i < 0 || i >= s.n ? 0 : s.trig[i];
  }

  private static int clusterAt(Sentence s, int i) {
    if (i < 0) {
      return START;
    }
    if (i >= s.n) {
      return END;
    }
    int[] cl = s.cluster[i];
    return cl == null ? -1 : cl[cl.length - 1 > 0 ? 1 : 0];
  }

  /** Shape: the kind of characters (Arabic, Latin, digit, punctuation, mixed) and a length bucket. */
  static int shape(CharSequence w) {
    int arabic = 0;
    int latin = 0;
    int digit = 0;
    int other = 0;
    int len = 0;
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (ArabicLetters.isDiacritic(ch) || ch == ArabicLetters.TATWEEL) {
        continue;
      }
      len++;
      if (ArabicLetters.isArabicLetter(ch)) {
        arabic++;
      } else if (Character.isDigit(ch)) {
        digit++;
      } else if (ch < 128 && Character.isLetter(ch)) {
        latin = Character.isUpperCase(ch) && i == 0 ? latin + 1000 : latin + 1;
      } else {
        other++;
      }
    }
    int kind;
    if (len == 0) {
      kind = 0;
    } else if (arabic == len) {
      kind = 1;
    } else if (digit == len) {
      kind = 2;
    } else if (latin >= 1000 && latin % 1000 + 1 == len) {
      kind = 3;
    } else if (latin > 0 && latin % 1000 + (latin >= 1000 ? 1 : 0) == len) {
      kind = 4;
    } else if (other == len) {
      kind = 5;
    } else if (digit > 0) {
      kind = 6;
    } else {
      kind = 7;
    }
    int bucket = len <= 3 ? len : len <= 5 ? 4 : len <= 8 ? 5 : 6;
    return kind * 8 + bucket;
  }

  /** A string hash over {@code s[from, to)}, like {@link String#hashCode} but without a substring. */
  static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  /** Mixes a template and a value into a feature id (MurmurHash3's finaliser). */
  static int mix(int a, int b) {
    int h = a * 0x9E3779B1 + b;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
