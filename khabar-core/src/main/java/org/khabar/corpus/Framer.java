package org.khabar.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khabar.model.Article;
import org.khabar.model.CorpusReport.Marker;
import org.khabar.model.EntityMention;
import org.khabar.model.Quote;
import org.khabar.text.ArabicText;

/**
 * Finds the framing markers of an article's own voice and decides its leaning.
 *
 * <p>Markers come from the framing lexicon ({@code framing-lexicon.tsv}), matched on matching-key tokens, longest
 * first, allowing one proclitic (و ف ب ك ل, and لل for ل+ال) on the first word. Quoted speech is not the article's
 * own framing: text between quotation marks (« » “ ” " "), the text of every quote the quote stage found, and the
 * text of every claim attributed to a source other than the publisher are skipped. A marker's actor is the actor id of a linked entity mention whose text contains the term, else the
 * lexicon's side id.
 *
 * <p>Leaning: the weights of pro-government and opposition markers are summed; an outlet prior adds
 * {@value #PRIOR_WEIGHT} to its side but only when the article has weighted markers of its own. The larger side
 * wins when it leads by at least {@value #MARGIN}; otherwise (or with only neutral, weight-0 markers) the article
 * is neutral; with no marker at all it is unknown. The markers returned are those of the winning side (all of
 * them for neutral).
 *
 * <p>Stateless and thread-safe.
 */
final class Framer {
  static final double PRIOR_WEIGHT = 0.5;
  static final double MARGIN = 1.0;
  private static final String CLITICS = "وفبكل";

  /** One lexicon entry. */
  record Entry(String term, String[] tokens, Leaning leaning, double weight, String side, boolean bare) {}

  /** What the framer found in one article. */
  record Result(Leaning leaning, List<Marker> markers, List<Marker> all) {}

  private final Map<String, List<Entry>> byFirstToken = new HashMap<>();

  Framer() {
    this(Terms.lines("framing-lexicon.tsv"));
  }

  Framer(List<String> lexiconLines) {
    int n = 0;
    for (String line : lexiconLines) {
      n++;
      String[] f = line.split("\t");
      if (f.length < 4) {
        throw new IllegalStateException("framing-lexicon.tsv entry " + n + ": expected 4+ tab-separated columns: "
            + line);
      }
      Leaning l = Leaning.parse(f[1]).orElseThrow(() -> new IllegalStateException(
          "framing-lexicon.tsv entry " + line + ": unknown leaning " + f[1]));
      String[] tokens = Terms.tokens(f[0]).toArray(new String[0]);
      if (tokens.length == 0) {
        continue;
      }
      Entry e = new Entry(f[0].strip(), tokens, l, Double.parseDouble(f[2].strip()), f[3].strip(),
          f.length > 5 && f[5].strip().equals("bare"));
      byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(e);
    }
    for (List<Entry> list : byFirstToken.values()) {
      list.sort((a, b) -> Integer.compare(b.tokens().length, a.tokens().length));
    }
  }

  /** Frames one article; {@code prior} is the outlet's documented leaning, if any. */
  Result frame(Article article, Optional<Leaning> prior) {
    List<String> tokens = ownVoiceTokens(article);
    Map<String, String> actorByKey = new HashMap<>();
    for (EntityMention m : article.entities()) {
      if (m.actor() != null) {
        actorByKey.putIfAbsent(ArabicText.matchKey(m.text()), m.actor());
      }
    }
    Map<String, Marker> found = new LinkedHashMap<>();
    Map<String, Entry> entryOf = new HashMap<>();
    double pro = 0;
    double opp = 0;
    for (int i = 0; i < tokens.size(); ) {
      Entry hit = match(tokens, i);
      if (hit == null) {
        i++;
        continue;
      }
      i += hit.tokens().length;
      String actor = actorFor(hit, actorByKey);
      Marker m = new Marker(actor, hit.term());
      String key = actor + "\u0000" + hit.term();
      if (found.putIfAbsent(key, m) == null) {
        entryOf.put(key, hit);
      }
      if (hit.leaning() == Leaning.PRO_GOVERNMENT) {
        pro += hit.weight();
      } else if (hit.leaning() == Leaning.OPPOSITION) {
        opp += hit.weight();
      }
    }
    List<Marker> all = List.copyOf(found.values());
    if (all.isEmpty()) {
      return new Result(Leaning.UNKNOWN, List.of(), List.of());
    }
    if (pro + opp > 0 && prior.isPresent()) {
      if (prior.get() == Leaning.PRO_GOVERNMENT) {
        pro += PRIOR_WEIGHT;
      } else if (prior.get() == Leaning.OPPOSITION) {
        opp += PRIOR_WEIGHT;
      }
    }
    Leaning l;
    if (pro - opp >= MARGIN) {
      l = Leaning.PRO_GOVERNMENT;
    } else if (opp - pro >= MARGIN) {
      l = Leaning.OPPOSITION;
    } else {
      l = Leaning.NEUTRAL;
    }
    if (l == Leaning.NEUTRAL) {
      return new Result(l, all, all);
    }
    List<Marker> deciding = new ArrayList<>();
    for (Map.Entry<String, Marker> e : found.entrySet()) {
      Entry en = entryOf.get(e.getKey());
      if (en.leaning() == l && en.weight() > 0) {
        deciding.add(e.getValue());
      }
    }
    return new Result(l, deciding, all);
  }

  private static String actorFor(Entry hit, Map<String, String> actorByKey) {
    String termKey = String.join(" ", hit.tokens());
    String exact = actorByKey.get(termKey);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : actorByKey.entrySet()) {
      if (e.getKey().contains(termKey)) {
        return e.getValue();
      }
    }
    return hit.side();
  }

  private Entry match(List<String> tokens, int i) {
    String first = tokens.get(i);
    Entry e = matchFrom(tokens, i, first);
    if (e != null) {
      return e;
    }
    if (first.length() > 3 && first.startsWith("لل")) {
      e = matchFrom(tokens, i, "ال" + first.substring(2));
      if (e != null) {
        return e;
      }
    }
    if (first.length() > 2 && CLITICS.indexOf(first.charAt(0)) >= 0) {
      e = matchFrom(tokens, i, first.substring(1));
      if (e == null && first.length() > 3 && CLITICS.indexOf(first.charAt(1)) >= 0) {
        e = matchFrom(tokens, i, first.substring(2));
      }
    }
    return e;
  }

  private Entry matchFrom(List<String> tokens, int i, String first) {
    List<Entry> candidates = byFirstToken.get(first);
    if (candidates == null) {
      return null;
    }
    outer:
    for (Entry e : candidates) {
      String[] t = e.tokens();
      if (i + t.length > tokens.size()) {
        continue;
      }
      for (int k = 1; k < t.length; k++) {
        if (!t[k].equals(tokens.get(i + k))) {
          continue outer;
        }
      }
      if (e.bare() && i + t.length < tokens.size() && tokens.get(i + t.length).startsWith("ال")) {
        continue;
      }
      return e;
    }
    return null;
  }

  /**
   * The matching-key tokens of the article's own voice: title and body without quoted speech. A quotation left
   * open is closed at the end of its paragraph, so one stray mark never hides the rest of the article.
   */
  static List<String> ownVoiceTokens(Article article) {
    String body = article.body();
    for (Quote q : article.quotes()) {
      String t = q.text();
      if (t.length() >= 8) {
        body = body.replace(t, " ");
      }
    }
    // A claim attributed to another source (reported speech) is that source's framing, not the article's.
    String publisher = article.publisher() == null ? null : article.publisher().name();
    for (org.khabar.model.Claim c : article.claims()) {
      String t = c.text();
      if (t.length() >= 8 && c.source() != null && !c.source().equals(publisher)) {
        body = body.replace(t, " ");
      }
    }
    StringBuilder own = new StringBuilder(body.length() + 64);
    if (article.title() != null) {
      own.append(article.title()).append('\n');
    }
    char closing = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (closing != 0) {
        if (c == closing || c == '\n') {
          closing = 0;
          own.append(' ');
        }
        continue;
      }
      switch (c) {
        case '«' -> closing = '»';
        case '“' -> closing = '”';
        case '"' -> closing = '"';
        case '‘' -> closing = '’';
        default -> own.append(c);
      }
      if (closing != 0) {
        own.append(' ');
      }
    }
    return Terms.tokens(own);
  }
}
