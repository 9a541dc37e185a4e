package org.khabar.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;
import org.khabar.text.WordToken;
import org.khabar.text.WordTokenizer;

/**
 * The features of a (claim, article) pair for stance detection: how much of the claim's IDF-weighted content the
 * article and its best sentences cover (light stems of matching keys), bigram and key-term overlap, agreement of
 * numbers, and denial, refutation, hedging, non-confirmation and negation cues in the sentences that match the
 * claim and in the whole article.
 *
 * <p>Stateless and thread-safe.
 */
public final class StanceFeatures {
  /** The features' names, in vector order; the model file records them so that a stale model is refused. */
  public static final List<String> NAMES = List.of(
      "max_cov", "second_cov", "top3_cov", "doc_cov", "title_cov", "bigram_doc", "bigram_best", "key_doc",
      "key_best", "cosine", "sent_cov50", "sent_cov30", "num_found", "claim_has_num", "num_mismatch",
      "top_deny", "top_refute", "top_hedge", "top_unconfirmed", "top_negation", "top_support", "neg_near_match",
      "doc_deny", "doc_refute", "doc_hedge", "doc_unconfirmed", "claim_hedge", "claim_negation", "claim_refute",
      "log_words", "max_cov_sq", "cov_x_doc_refute", "key_x_cov", "refute_density", "top_deny_x_cov",
      "lead_cov", "topic_density", "pair_cov", "claim_len", "related_refute", "related_hedge", "related_deny",
      "negation_agreement", "related_unconfirmed");

  /** Sentences longer than this many words are cut into windows (scraped pages often lack punctuation). */
  static final int WINDOW = 40;
  /** How many best-matching sentences the cue features and the evidence read. */
  static final int TOP = 3;
  /** How many of the claim's rarest terms count as its key terms (names, places, numbers). */
  static final int KEY_TERMS = 5;
  static final int MAX_LINE = 50_000;

  /** A sentence that decides the verdict, with its similarity to the claim. */
  record Scored(int line, String text, double similarity, List<WordToken> toks, List<String> stems) {}

  /** Features and the best-matching sentences. */
  record Analysis(double[] features, List<Scored> best) {}

  private static final StanceFeatures STANDARD = new StanceFeatures(TermStatistics.standard(), Cues.standard());

  private final TermStatistics idf;
  private final Cues cues;
  /** Word vectors for the soft-matching features, or {@code null} for the standard features alone. */
  private final WordVectors vectors;

  StanceFeatures(TermStatistics idf, Cues cues) {
    this(idf, cues, null);
  }

  private StanceFeatures(TermStatistics idf, Cues cues, WordVectors vectors) {
    this.idf = idf;
    this.cues = cues;
    this.vectors = vectors;
  }

  /**
   * These features followed by the soft-matching features of {@link SoftMatch#NAMES} computed with the given word
   * vectors (an experiment: they did not lift macro-F1 on unseen claims, so the shipped model does not use them).
   */
  public StanceFeatures withVectors(WordVectors v) {
    return new StanceFeatures(idf, cues, java.util.Objects.requireNonNull(v));
  }

  /** The names of this instance's features, in vector order: {@link #NAMES}, then the soft-matching ones if any. */
  public List<String> names() {
    if (vectors == null) {
      return NAMES;
    }
    List<String> all = new ArrayList<>(NAMES);
    all.addAll(SoftMatch.NAMES);
    return List.copyOf(all);
  }

  /** Features with the shipped IDF table. */
  public static StanceFeatures standard() {
    return STANDARD;
  }

  /** Features with another IDF table. */
  public static StanceFeatures with(TermStatistics idf) {
    return new StanceFeatures(idf, Cues.standard());
  }

  /** The feature vector of a pair; never throws (an empty article gives a vector of an unrelated pair). */
  public double[] features(String claim, ArticleStructure article) {
    return analyze(claim, article).features();
  }

  Analysis analyze(String claim, ArticleStructure article) {
    double[] f = new double[NAMES.size() + (vectors == null ? 0 : SoftMatch.NAMES.size())];
    ClaimTerms claimTerms = ClaimTerms.of(claim == null ? "" : claim, idf);
    List<WordToken> ctoks = claimTerms.toks();
    Map<String, Double> w = claimTerms.weights();
    double total = claimTerms.total();
    if (total == 0 || article == null) {
      return new Analysis(f, List.of());
    }
    Set<String> keys = claimTerms.keys();
    double keyTotal = claimTerms.keyTotal();
    Set<String> cbigrams = claimTerms.bigrams();
    Set<String> cnums = claimTerms.numbers();

    List<Scored> sentences = new ArrayList<>();
    Set<String> docStems = new HashSet<>();
    Set<String> docBigrams = new HashSet<>();
    Set<String> docNums = new HashSet<>();
    Map<String, Integer> tf = new HashMap<>();
    int words = 0;
    int[] docCues = new int[Cues.Kind.values().length];
    for (TextLine line : article.content()) {
      String text = line.text().length() > MAX_LINE ? line.text().substring(0, MAX_LINE) : line.text();
      List<WordToken> toks = Stems.WORDS.tokenize(text);
      for (int[] s : WordTokenizer.sentences(toks)) {
        for (int a = s[0]; a < s[1]; a += WINDOW) {
          int b = Math.min(s[1], a + WINDOW);
          List<WordToken> st = toks.subList(a, b);
          List<String> ss = stems(st);
          words += ss.size();
          for (String x : ss) {
            tf.merge(x, 1, Integer::sum);
          }
          docStems.addAll(ss);
          docBigrams.addAll(bigrams(ss));
          docNums.addAll(WordTokenizer.numbers(st));
          for (Map.Entry<Cues.Kind, Integer> e : cues.count(st, 0, st.size()).entrySet()) {
            docCues[e.getKey().ordinal()] += e.getValue();
          }
          double cov = 0;
          for (String x : new HashSet<>(ss)) {
            Double v = w.get(x);
            cov += v == null ? 0 : v;
          }
          int from = st.isEmpty() ? 0 : st.get(0).start();
          int to = st.isEmpty() ? 0 : st.get(st.size() - 1).end();
          sentences.add(new Scored(line.number(), text.substring(from, to), cov / total, st, ss));
        }
      }
    }
    if (sentences.isEmpty()) {
      return new Analysis(f, List.of());
    }
    double titleCov = sentences.get(0).similarity();
    if (article.title() != null) {
      titleCov = Math.max(titleCov, coverage(stems(Stems.WORDS.tokenize(article.title())), w, total));
    }
    List<Scored> ranked = new ArrayList<>(sentences);
    ranked.sort(Comparator.comparingDouble(Scored::similarity).reversed());
    List<Scored> top = ranked.subList(0, Math.min(TOP, ranked.size()));

    f[0] = top.get(0).similarity();
    f[1] = top.size() > 1 ? top.get(1).similarity() : 0;
    double sum = 0;
    for (Scored s : top) {
      sum += s.similarity();
    }
    f[2] = sum / TOP;
    f[3] = coverage(docStems, w, total);
    f[4] = titleCov;
    f[5] = cbigrams.isEmpty() ? 0 : fraction(cbigrams, docBigrams);
    f[6] = cbigrams.isEmpty() ? 0 : fraction(cbigrams, bigrams(top.get(0).stems()));
    f[7] = keyTotal == 0 ? 0 : coverage(docStems, keys, w) / keyTotal;
    f[8] = keyTotal == 0 ? 0 : coverage(new HashSet<>(top.get(0).stems()), keys, w) / keyTotal;
    f[9] = cosine(w, tf);
    int c50 = 0;
    int c30 = 0;
    for (Scored s : sentences) {
      c50 += s.similarity() >= 0.5 ? 1 : 0;
      c30 += s.similarity() >= 0.3 ? 1 : 0;
    }
    f[10] = Math.log1p(c50);
    f[11] = Math.log1p(c30);
    if (!cnums.isEmpty()) {
      f[12] = fraction(cnums, docNums);
      f[13] = 1;
      Set<String> bestNums = WordTokenizer.numbers(top.get(0).toks());
      f[14] = !bestNums.isEmpty() && fraction(cnums, bestNums) == 0 ? 1 : 0;
    }
    int neg = 0;
    for (Scored s : top) {
      if (s.similarity() < 0.2) {
        continue;
      }
      Map<Cues.Kind, Integer> c = cues.count(s.toks(), 0, s.toks().size());
      double weight = s.similarity();
      f[15] += weight * c.getOrDefault(Cues.Kind.DENY, 0);
      f[16] += weight * c.getOrDefault(Cues.Kind.REFUTE, 0);
      f[17] += weight * c.getOrDefault(Cues.Kind.HEDGE, 0);
      f[18] += weight * c.getOrDefault(Cues.Kind.UNCONFIRMED, 0);
      f[19] += weight * c.getOrDefault(Cues.Kind.NEGATION, 0);
      f[20] += weight * c.getOrDefault(Cues.Kind.SUPPORT, 0);
      neg += negationNearMatch(s, w);
    }
    f[21] = Math.log1p(neg);
    f[22] = Math.log1p(docCues[Cues.Kind.DENY.ordinal()]);
    f[23] = Math.log1p(docCues[Cues.Kind.REFUTE.ordinal()]);
    f[24] = Math.log1p(docCues[Cues.Kind.HEDGE.ordinal()]);
    f[25] = Math.log1p(docCues[Cues.Kind.UNCONFIRMED.ordinal()]);
    Map<Cues.Kind, Integer> cc = cues.count(ctoks, 0, ctoks.size());
    f[26] = cc.getOrDefault(Cues.Kind.HEDGE, 0) > 0 ? 1 : 0;
    f[27] = cc.getOrDefault(Cues.Kind.NEGATION, 0) > 0 ? 1 : 0;
    f[28] = cc.getOrDefault(Cues.Kind.REFUTE, 0) + cc.getOrDefault(Cues.Kind.DENY, 0) > 0 ? 1 : 0;
    f[29] = Math.log1p(words) / 10;
    f[30] = f[0] * f[0];
    f[31] = f[0] * (f[22] + f[23]);
    f[32] = f[7] * f[0];
    f[33] = (docCues[Cues.Kind.DENY.ordinal()] + docCues[Cues.Kind.REFUTE.ordinal()]) * 10.0 / sentences.size();
    f[34] = f[15] * f[0];
    double lead = 0;
    for (int i = 0; i < Math.min(3, sentences.size()); i++) {
      lead = Math.max(lead, sentences.get(i).similarity());
    }
    f[35] = lead;
    int topical = 0;
    double pair = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Scored s = sentences.get(i);
      topical += s.similarity() >= 0.25 ? 1 : 0;
      if (i > 0) {
        List<String> both = new ArrayList<>(s.stems());
        both.addAll(sentences.get(i - 1).stems());
        pair = Math.max(pair, coverage(both, w, total));
      }
      if (s.similarity() >= 0.25) {
        Map<Cues.Kind, Integer> c = cues.count(s.toks(), 0, s.toks().size());
        f[39] += s.similarity() * c.getOrDefault(Cues.Kind.REFUTE, 0);
        f[40] += s.similarity() * c.getOrDefault(Cues.Kind.HEDGE, 0);
        f[41] += s.similarity() * c.getOrDefault(Cues.Kind.DENY, 0);
        f[43] += s.similarity() * c.getOrDefault(Cues.Kind.UNCONFIRMED, 0);
      }
    }
    f[36] = topical / (double) sentences.size();
    f[37] = pair;
    f[38] = Math.log1p(w.size()) / 3;
    f[39] = Math.log1p(f[39]);
    f[40] = Math.log1p(f[40]);
    f[41] = Math.log1p(f[41]);
    f[42] = (f[27] > 0) == (neg > 0) ? 1 : 0;
    f[43] = Math.log1p(f[43]);
    if (vectors != null) {
      SoftMatch.fill(f, NAMES.size(), vectors, idf, keys, w, sentences, tf, article.title());
    }
    return new Analysis(f, List.copyOf(top));
  }

  /** Negation or denial cues within three words before a word of the claim. */
  private int negationNearMatch(Scored s, Map<String, Double> w) {
    int n = 0;
    List<WordToken> toks = s.toks();
    for (int i = 0; i < toks.size(); i++) {
      Cues.Hit h = cues.at(toks, i, toks.size());
      if (h == null || !(h.cue().kind() == Cues.Kind.NEGATION || h.cue().kind() == Cues.Kind.DENY)) {
        continue;
      }
      for (int k = h.to(); k < Math.min(toks.size(), h.to() + 3); k++) {
        WordToken t = toks.get(k);
        if (t.word() && w.containsKey(Stems.stem(t.key()))) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  static List<String> stems(List<WordToken> toks) {
    List<String> out = new ArrayList<>(toks.size());
    for (WordToken t : toks) {
      if (t.word() && !Stems.isStopword(t.key()) && (t.key().length() > 1 || Character.isDigit(t.key().charAt(0)))) {
        out.add(Stems.stem(t.key()));
      }
    }
    return out;
  }

  /**
   * The claim's side of a pair, shared by the stance features and the evidence-line features.
   *
   * @param toks the claim's tokens
   * @param stems its content stems, in order
   * @param weights the IDF of each distinct stem
   * @param total the sum of the weights
   * @param keys the {@link #KEY_TERMS} heaviest stems
   * @param keyTotal the sum of their weights
   * @param bigrams its stem bigrams
   * @param numbers its numbers
   */
  record ClaimTerms(List<WordToken> toks, List<String> stems, Map<String, Double> weights, double total,
      Set<String> keys, double keyTotal, Set<String> bigrams, Set<String> numbers) {
    static ClaimTerms of(String claim, TermStatistics idf) {
      List<WordToken> toks = Stems.WORDS.tokenize(claim);
      List<String> stems = StanceFeatures.stems(toks);
      Map<String, Double> w = new HashMap<>();
      for (String s : stems) {
        w.put(s, idf.idf(s));
      }
      double total = 0;
      for (double v : w.values()) {
        total += v;
      }
      Set<String> keys = new HashSet<>();
      w.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(KEY_TERMS)
          .forEach(e -> keys.add(e.getKey()));
      double keyTotal = 0;
      for (String k : keys) {
        keyTotal += w.get(k);
      }
      return new ClaimTerms(toks, stems, w, total, keys, keyTotal, StanceFeatures.bigrams(stems),
          WordTokenizer.numbers(toks));
    }
  }

  private static Set<String> bigrams(List<String> stems) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < stems.size(); i++) {
      out.add(stems.get(i - 1) + ' ' + stems.get(i));
    }
    return out;
  }

  private static double coverage(Iterable<String> stems, Map<String, Double> w, double total) {
    Set<String> seen = new HashSet<>();
    double c = 0;
    for (String s : stems) {
      Double v = w.get(s);
      if (v != null && seen.add(s)) {
        c += v;
      }
    }
    return c / total;
  }

  private static double coverage(Set<String> doc, Set<String> keys, Map<String, Double> w) {
    double c = 0;
    for (String k : keys) {
      if (doc.contains(k)) {
        c += w.get(k);
      }
    }
    return c;
  }

  private static double fraction(Set<String> wanted, Set<String> have) {
    int n = 0;
    for (String s : wanted) {
      n += have.contains(s) ? 1 : 0;
    }
    return n / (double) wanted.size();
  }

  private double cosine(Map<String, Double> claim, Map<String, Integer> tf) {
    double dot = 0;
    double dn = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double v = (1 + Math.log(e.getValue())) * idf.idf(e.getKey());
      dn += v * v;
      Double c = claim.get(e.getKey());
      if (c != null) {
        dot += v * c;
      }
    }
    double cn = 0;
    for (double c : claim.values()) {
      cn += c * c;
    }
    return dn == 0 || cn == 0 ? 0 : dot / Math.sqrt(dn * cn);
  }
}
