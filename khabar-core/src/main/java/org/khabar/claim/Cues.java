package org.khabar.claim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;
import org.khabar.text.WordToken;

/**
 * The stance cues of {@code stance-cues.txt}: phrases of denial, non-confirmation, hedging, refutation, negation
 * and support, matched on word keys. Immutable and thread-safe.
 */
final class Cues {
  enum Kind {
    DENY, UNCONFIRMED, HEDGE, REFUTE, NEGATION, SUPPORT
  }

  /** One cue phrase; {@code sourceFollows} when the source is named right after it. */
  record Cue(Kind kind, String[] words, boolean sourceFollows) {}

  /** A cue found at tokens {@code [from, to)}. */
  record Hit(Cue cue, int from, int to) {}

  private static final Cues STANDARD = load();

  /** Cues by their first word. */
  private final Map<String, List<Cue>> byFirst;

  private Cues(Map<String, List<Cue>> byFirst) {
    this.byFirst = byFirst;
  }

  static Cues standard() {
    return STANDARD;
  }

  /** The longest cue of any kind starting at token {@code i}, or {@code null}. */
  Hit at(List<WordToken> toks, int i, int end) {
    WordToken t = toks.get(i);
    if (!t.word()) {
      return null;
    }
    return best(toks, i, end, byFirst.get(t.key()), null);
  }

  private static Hit best(List<WordToken> toks, int i, int end, List<Cue> cues, Hit best) {
    if (cues == null) {
      return best;
    }
    for (Cue c : cues) {
      int n = c.words().length;
      if (i + n > end || (best != null && best.to() - best.from() >= n)) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n; k++) {
        WordToken w = toks.get(i + k);
        if (!w.word() || !w.key().equals(c.words()[k])) {
          ok = false;
          break;
        }
      }
      if (ok) {
        best = new Hit(c, i, i + n);
      }
    }
    return best;
  }

  /** Counts the cues of each kind in tokens {@code [from, to)}. */
  Map<Kind, Integer> count(List<WordToken> toks, int from, int to) {
    Map<Kind, Integer> out = new EnumMap<>(Kind.class);
    for (int i = from; i < to; i++) {
      Hit h = at(toks, i, to);
      if (h != null) {
        out.merge(h.cue().kind(), 1, Integer::sum);
      }
    }
    return out;
  }

  private static Cues load() {
    Map<String, List<Cue>> byFirst = new HashMap<>();
    Kind kind = null;
    for (KnowledgeFile.Row row : KnowledgeFile.read(Cues.class, "stance-cues.txt").requireSource().rows()) {
      String t = row.text();
      if (t.startsWith("[") && t.endsWith("]")) {
        kind = Kind.valueOf(t.substring(1, t.length() - 1).toUpperCase(java.util.Locale.ROOT));
        continue;
      }
      if (kind == null) {
        throw row.error("phrase before any section");
      }
      boolean follows = t.endsWith("+");
      String phrase = follows ? t.substring(0, t.length() - 1).strip() : t;
      String[] words = ArabicText.matchKey(phrase).split(" ");
      Cue cue = new Cue(kind, words, follows);
      // the conjunctions are stored with the first word, so that lookups never cut strings
      for (String conj : new String[] {"", "و", "ف"}) {
        byFirst.computeIfAbsent(conj + words[0], k -> new ArrayList<>()).add(cue);
      }
    }
    return new Cues(Map.copyOf(byFirst));
  }
}
