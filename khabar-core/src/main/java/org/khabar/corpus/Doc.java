package org.khabar.corpus;

import java.util.List;
import org.khabar.model.Stance;

/**
 * The compact features corpus analysis keeps of one article: never its text, only what grouping, timelines, claims
 * and framing need (a few kilobytes at most).
 */
final class Doc {
  /** An unknown day. */
  static final int NO_DAY = Integer.MIN_VALUE;

  /**
   * A claim of the article.
   *
   * @param text the proposition as written
   * @param source who puts it forward
   * @param stance how the source stands to it
   * @param terms its content term ids, sorted, distinct
   * @param actors actor ids named on the claim's line, sorted, distinct
   */
  record ClaimRef(String text, String source, Stance stance, int[] terms, String[] actors) {}

  /**
   * An entity mention kept for the actor registry.
   *
   * @param actor the linked actor id, or {@code null}
   * @param surface the mention as written
   * @param key its matching key
   */
  record Name(String actor, String surface, String key) {}

  final int index;
  final String id;
  final String publisher;
  final int day;
  final String summary;
  final SparseVector body;
  final SparseVector title;
  final String[] actors;
  final int[] bagTerms;
  final int[] bagCounts;
  final List<ClaimRef> claims;
  final List<Name> names;
  final Framer.Result framing;
  int event = -1;

  Doc(int index, String id, String publisher, int day, String summary, SparseVector body, SparseVector title,
      String[] actors, int[] bagTerms, int[] bagCounts, List<ClaimRef> claims, List<Name> names,
      Framer.Result framing) {
    this.index = index;
    this.id = id;
    this.publisher = publisher;
    this.day = day;
    this.summary = summary;
    this.body = body;
    this.title = title;
    this.actors = actors;
    this.bagTerms = bagTerms;
    this.bagCounts = bagCounts;
    this.claims = claims;
    this.names = names;
    this.framing = framing;
  }
}
