package org.khabar.structure;

import static org.khabar.structure.LineRoleAnalyzer.MAX_NEAR_DUPLICATE_LINES;
import static org.khabar.structure.PageWords.firstHalfStems;
import static org.khabar.structure.PageWords.headlineMarks;
import static org.khabar.structure.PageWords.isFurniture;
import static org.khabar.structure.PageWords.overlap;
import static org.khabar.structure.PageWords.startsWithWaw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.model.LineRole;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * The per-line features of the structure stage: what a line looks like ({@link #describe}), exact and near
 * repeats of an earlier line, and the learnt model's feature vectors over the rules' output.
 *
 * <p>Stateless and thread-safe.
 */
final class LineFeatures {
  private final Lexicon lexicon;

  LineFeatures(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void describe(PageLine l) {
    String t = l.scanned;
    l.key = ArabicText.matchKey(t);
    l.words = Lexicon.words(l.key);
    l.wordCount = l.words.size();
    int arabic = 0;
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (ArabicLetters.isArabicLetter(c)) {
        arabic++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
      if (c == '،' || c == ',' || c == '؛' || c == ';' || c == '.' || c == '؟' || c == '?' || c == '!') {
        l.innerPunct++;
      }
      if (c == '،' || c == ',') {
        l.commas++;
      }
    }
    l.noLetters = letters == 0;
    l.arabicShare = letters == 0 ? 0 : (double) arabic / letters;
    int digitWords = 0;
    for (String w : l.words) {
      if (Character.isDigit(w.charAt(0))) {
        digitWords++;
      }
    }
    int counted = l.wordCount;
    if (startsWithListNumber(t) && counted > 1) {
      // "1- التسوية الوقائية.": the number marks a list item, it is not a counter.
      digitWords--;
      counted--;
    }
    l.digitWordShare = counted == 0 ? 1 : (double) digitWords / counted;
    char last = lastMeaningful(l.truncated ? l.text : t);
    l.endsFinal = last == '.' || last == '!' || last == '?' || last == '؟' || last == '…' || last == '۔';
    l.endsColon = last == ':';
    l.hits = lexicon.widgetHits(l.words);
    if (l.wordCount >= 8) {
      l.diversity = (double) new HashSet<>(l.words).size() / l.wordCount;
    }
    l.endsFunctionWord = !l.truncated && l.wordCount > 0 && !l.endsFinal
        && lexicon.isFunctionWord(l.words.get(l.wordCount - 1));
  }

  /** True for "1- ", "2. ", "3) ": a list item's number. */
  static boolean startsWithListNumber(String t) {
    int i = 0;
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    int digits = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i)) && digits < 3) {
      i++;
      digits++;
    }
    while (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    return digits > 0 && i < t.length() && "-.)–".indexOf(t.charAt(i)) >= 0;
  }

  /** The last character that is not white space, a closing quote or a closing bracket. */
  static char lastMeaningful(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicText.isInvisibleMark(c)
          || "\"'»”’)]}›".indexOf(c) >= 0) {
        continue;
      }
      return c;
    }
    return ' ';
  }

  static void markDuplicates(List<PageLine> lines) {
    Map<String, Integer> first = new HashMap<>();
    List<PageLine> earlier = new ArrayList<>();
    List<Set<String>> earlierWords = new ArrayList<>();
    boolean near = lines.size() <= MAX_NEAR_DUPLICATE_LINES;
    for (PageLine l : lines) {
      if (l.blank || l.key.isEmpty()) {
        continue;
      }
      String exact = l.key + (l.truncated ? "\u0000" + l.text.length() : "");
      Integer seen = first.putIfAbsent(exact, l.index);
      if (seen != null) {
        l.role = LineRole.DUPLICATE;
        l.duplicateOf = seen + 1;
        lines.get(seen).repeatedLater = true;
        continue;
      }
      if (near && l.wordCount >= 8) {
        Set<String> mine = new HashSet<>(l.words);
        for (int k = 0; k < earlier.size(); k++) {
          PageLine e = earlier.get(k);
          Set<String> theirs = earlierWords.get(k);
          boolean close = Math.abs(e.wordCount - l.wordCount) <= Math.max(3, l.wordCount / 8);
          if ((close && jaccard(mine, theirs) >= 0.85) || (l.wordCount >= 12 && repeatsNearlyAll(mine, theirs))) {
            l.role = LineRole.DUPLICATE;
            l.duplicateOf = e.index + 1;
            break;
          }
        }
      }
      if (l.role == null && l.wordCount >= 8) {
        earlier.add(l);
        earlierWords.add(new HashSet<>(l.words));
      }
    }
  }

  /**
   * A repeat with a few words glued on or cut off (a dateline or a menu word before a copied paragraph): nearly
   * all of {@code mine} is in {@code theirs}, and it covers most of {@code theirs}.
   */
  static boolean repeatsNearlyAll(Set<String> mine, Set<String> theirs) {
    if (mine.size() < 0.75 * theirs.size() || theirs.size() < 0.9 * mine.size()) {
      return false;
    }
    int inter = 0;
    int misses = 0;
    int allowed = mine.size() / 10;
    for (String w : mine) {
      if (theirs.contains(w)) {
        inter++;
      } else if (++misses > allowed) {
        return false;
      }
    }
    return inter >= 0.9 * mine.size() && inter >= 0.75 * theirs.size();
  }

  private static double jaccard(Set<String> a, Set<String> bs) {
    int inter = 0;
    for (String s : bs) {
      if (a.contains(s)) {
        inter++;
      }
    }
    int union = a.size() + bs.size() - inter;
    return union == 0 ? 0 : (double) inter / union;
  }

  /**
   * Features of the lines the learnt model re-decides (those the rules left undecided or called boilerplate), in
   * {@link BoilerplateModel#FEATURES} order; null for the other lines.
   */
  static double[][] features(List<PageLine> nonBlank) {
    int n = nonBlank.size();
    double[][] out = new double[n][];
    int lastProse = -1;
    List<PageLine> content = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      PageLine l = nonBlank.get(k);
      if (l.wordCount >= 12 && l.endsFinal && l.hits.strong() == 0) {
        lastProse = k;
      }
      if (l.role == null) {
        content.add(l);
      }
    }
    Set<String> head = firstHalfStems(content);
    // Overlap with the article of the lines near the page's edges, for offTopicRun (NaN elsewhere).
    double[] edgeOverlaps = new double[n];
    for (int k = 0; k < n; k++) {
      boolean edge = k < EDGE_RUN || n - 1 - k < EDGE_RUN;
      edgeOverlaps[k] = edge && !head.isEmpty() && n >= 4 ? overlap(nonBlank.get(k), head) : Double.NaN;
    }
    for (int k = 0; k < n; k++) {
      PageLine l = nonBlank.get(k);
      if ((l.role != null && l.role != LineRole.BOILERPLATE) || l.block) {
        continue;
      }
      Lexicon.WidgetHits h = l.hits;
      int words = Math.max(1, l.wordCount);
      double[] x = new double[BoilerplateModel.FEATURES.size()];
      int i = 0;
      x[i++] = l.role == LineRole.BOILERPLATE ? 1 : 0;
      x[i++] = Math.max(-4, Math.min(6, l.score)) / 2;
      x[i++] = Math.log1p(l.wordCount) / 3;
      x[i++] = l.endsFinal ? 1 : 0;
      x[i++] = n == 1 ? 0 : (double) k / (n - 1);
      x[i++] = k == 0 ? 1 : 0;
      x[i++] = k == n - 1 ? 1 : 0;
      x[i++] = 1.0 / (n - k);
      x[i++] = lastProse >= 0 && k > lastProse ? 1 : 0;
      x[i++] = Math.min(8, h.weight()) / 4.0;
      x[i++] = Math.min(4, h.strong()) / 2.0;
      x[i++] = Math.min(1, (double) h.coveredWords() / words);
      x[i++] = h.weight() > 0 ? Math.min(1, (l.wordCount - h.lastHitEnd()) / 20.0) : 0;
      x[i++] = Math.min(1, l.digitWordShare);
      x[i++] = l.noLetters ? 1 : 1 - l.arabicShare;
      x[i++] = startsWithWaw(l) ? 1 : 0;
      x[i++] = Math.min(1, l.innerPunct * 10.0 / words / 2);
      x[i++] = head.isEmpty() ? 0 : overlap(l, head);
      x[i++] = k > 0 && isFurniture(nonBlank.get(k - 1)) ? 1 : 0;
      x[i++] = k < n - 1 && isFurniture(nonBlank.get(k + 1)) ? 1 : 0;
      x[i++] = l.text.indexOf('|') >= 0 ? 1 : 0;
      x[i++] = Math.min(3, headlineMarks(l)) / 3.0;
      x[i++] = l.wordCount <= 5 ? 1 : 0;
      x[i++] = l.namesOutlet ? 1 : 0;
      x[i++] = offTopicRun(edgeOverlaps, n, k);
      out[k] = x;
    }
    return out;
  }

  /**
   * How little a short run of lines at the page's head or tail, from the page's edge to this line, shares with the
   * article: 1 minus the largest share of words any line of the run has with the article's first half; 0 for a line
   * deeper than {@link #EDGE_RUN} lines from both edges. Teasers of other stories and about-us blurbs at the foot, and
   * headers of another story at the head, share few words with the article.
   */
  private static double offTopicRun(double[] edgeOverlaps, int n, int k) {
    if (n < 4 || Double.isNaN(edgeOverlaps[k])) {
      return 0;
    }
    int from;
    int to;
    if (n - 1 - k < EDGE_RUN) {
      from = k;
      to = n - 1;
    } else if (k < EDGE_RUN) {
      from = 0;
      to = k;
    } else {
      return 0;
    }
    double most = 0;
    for (int j = from; j <= to; j++) {
      most = Math.max(most, edgeOverlaps[j]);
    }
    return 1 - most;
  }

  /** Longest run of edge lines that {@link #offTopicRun} looks at. */
  private static final int EDGE_RUN = 4;

}
