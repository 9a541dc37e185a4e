package org.khabar.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online clustering of articles (or of events) into groups, one item at a time, in the manner of Miranda et al.
 * (2018): candidate groups come from an inverted index over the heaviest TF-IDF terms, each candidate is scored
 * with a weighted combination of body and title cosine to its centroid and actor Jaccard, times a time decay; the
 * item joins the best candidate at or above the threshold, else it opens a new group. Nothing is ever re-clustered.
 *
 * <p>Cost per item is bounded: {@value #QUERY_TERMS} query terms, posting lists capped at {@value #MAX_POSTINGS}
 * most recent groups, and at most {@value #MAX_CANDIDATES} candidates scored. Not thread-safe.
 */
final class EventIndex {
  static final int QUERY_TERMS = 12;
  static final int MAX_POSTINGS = 256;
  static final int MAX_CANDIDATES = 40;
  static final int CENTROID_TERMS = 150;

  /** One item to cluster. */
  record Item(SparseVector body, SparseVector title, String[] actors, int firstDay, int lastDay) {}

  /** A group and its running centroid. */
  static final class Group {
    final List<Integer> members = new ArrayList<>();
    Map<Integer, Float> centroid = new HashMap<>();
    Map<Integer, Float> titleCentroid = new HashMap<>();
    double norm;
    double titleNorm;
    final Map<String, Integer> actors = new HashMap<>();
    int firstDay = Doc.NO_DAY;
    int lastDay = Doc.NO_DAY;
    long daySum;
    int dated;
    final Set<Integer> indexed = new HashSet<>();
  }

  private final double textWeight;
  private final double titleWeight;
  private final double actorWeight;
  private final double threshold;
  private final double tau;
  private final int window;
  private final boolean fromCentre;
  private final List<Group> groups = new ArrayList<>();
  private final Map<Integer, int[]> postings = new HashMap<>();

  /**
   * @param fromCentre when true the time gap is measured to the group's mean day, so that a group never drifts in
   *     time by chaining (events: one happening is reported within days); when false to the group's whole span, so
   *     that a group may grow along time (storylines: EMM links stories day after day)
   */
  EventIndex(double textWeight, double titleWeight, double actorWeight, double threshold, double tau, int window,
      boolean fromCentre) {
    this.textWeight = textWeight;
    this.titleWeight = titleWeight;
    this.actorWeight = actorWeight;
    this.threshold = threshold;
    this.tau = tau;
    this.window = window;
    this.fromCentre = fromCentre;
  }

  List<Group> groups() {
    return groups;
  }

  /** Adds item number {@code member}; returns the index of the group it joined or opened. */
  int add(int member, Item item) {
    int best = -1;
    double bestScore = threshold;
    for (int g : candidates(item)) {
      double s = score(item, groups.get(g));
      if (s >= bestScore) {
        best = g;
        bestScore = s;
      }
    }
    if (best < 0) {
      best = groups.size();
      groups.add(new Group());
    }
    Group g = groups.get(best);
    g.members.add(member);
    item.body().addTo(g.centroid, 1f);
    g.centroid = SparseVector.prune(g.centroid, CENTROID_TERMS);
    g.norm = SparseVector.norm(g.centroid);
    item.title().addTo(g.titleCentroid, 1f);
    g.titleCentroid = SparseVector.prune(g.titleCentroid, CENTROID_TERMS);
    g.titleNorm = SparseVector.norm(g.titleCentroid);
    for (String a : item.actors()) {
      g.actors.merge(a, 1, Integer::sum);
    }
    if (item.firstDay() != Doc.NO_DAY) {
      g.firstDay = g.firstDay == Doc.NO_DAY ? item.firstDay() : Math.min(g.firstDay, item.firstDay());
      g.lastDay = g.lastDay == Doc.NO_DAY ? item.lastDay() : Math.max(g.lastDay, item.lastDay());
      g.daySum += ((long) item.firstDay() + item.lastDay()) / 2;
      g.dated++;
    }
    for (int t : item.body().heaviest(QUERY_TERMS)) {
      if (g.indexed.add(t)) {
        post(t, best);
      }
    }
    return best;
  }

  /** The similarity of an item to a group, as documented in {@link CorpusSettings}. */
  double score(Item item, Group g) {
    double num = 0;
    double den = 0;
    if (g.norm > 0) {
      num += textWeight * item.body().dot(g.centroid) / g.norm;
    }
    den += textWeight;
    if (titleWeight > 0 && !item.title().isEmpty() && g.titleNorm > 0) {
      num += titleWeight * item.title().dot(g.titleCentroid) / g.titleNorm;
      den += titleWeight;
    }
    if (actorWeight > 0 && item.actors().length > 0 && !g.actors.isEmpty()) {
      int shared = 0;
      for (String a : item.actors()) {
        if (g.actors.containsKey(a)) {
          shared++;
        }
      }
      num += actorWeight * shared / (double) (item.actors().length + g.actors.size() - shared);
      den += actorWeight;
    }
    double s = num / den;
    if (item.firstDay() != Doc.NO_DAY && g.firstDay != Doc.NO_DAY) {
      int centre = g.dated == 0 ? g.firstDay : (int) Math.floorDiv(g.daySum, (long) g.dated);
      int gap = fromCentre ? gap(item.firstDay(), item.lastDay(), centre, centre)
          : gap(item.firstDay(), item.lastDay(), g.firstDay, g.lastDay);
      if (gap > window) {
        return 0;
      }
      s *= Math.exp(-gap / tau);
    }
    return s;
  }

  /** Days between two day ranges; 0 when they overlap. */
  static int gap(int aFirst, int aLast, int bFirst, int bLast) {
    if (aLast < bFirst) {
      return bFirst - aLast;
    }
    if (bLast < aFirst) {
      return aFirst - bLast;
    }
    return 0;
  }

  private List<Integer> candidates(Item item) {
    Map<Integer, Integer> hits = new HashMap<>();
    for (int t : item.body().heaviest(QUERY_TERMS)) {
      int[] p = postings.get(t);
      if (p == null) {
        continue;
      }
      int n = Math.min(p[0], MAX_POSTINGS);
      for (int i = 0; i < n; i++) {
        hits.merge(p[1 + i], 1, Integer::sum);
      }
    }
    if (hits.size() <= MAX_CANDIDATES) {
      List<Integer> all = new ArrayList<>(hits.keySet());
      all.sort(null);
      return all;
    }
    List<Map.Entry<Integer, Integer>> e = new ArrayList<>(hits.entrySet());
    e.sort((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey(), a.getKey())
        : Integer.compare(b.getValue(), a.getValue()));
    List<Integer> out = new ArrayList<>(MAX_CANDIDATES);
    for (int i = 0; i < MAX_CANDIDATES; i++) {
      out.add(e.get(i).getKey());
    }
    return out;
  }

  /** Appends a group to a term's postings: a ring of the {@value #MAX_POSTINGS} most recent groups. */
  private void post(int term, int group) {
    int[] p = postings.get(term);
    if (p == null) {
      p = new int[] {0, 0, 0, 0, 0};
      postings.put(term, p);
    }
    int count = p[0];
    if (count < MAX_POSTINGS) {
      if (count + 1 >= p.length) {
        p = Arrays.copyOf(p, Math.min(MAX_POSTINGS + 1, p.length * 2));
        postings.put(term, p);
      }
      p[count + 1] = group;
      p[0] = count + 1;
    } else {
      // Full: overwrite the oldest slot (groups only grow, so the slot with the smallest id is the oldest).
      int oldest = 1;
      for (int i = 2; i <= MAX_POSTINGS; i++) {
        if (p[i] < p[oldest]) {
          oldest = i;
        }
      }
      p[oldest] = group;
    }
  }
}
