package org.khabar.corpus;

import org.khabar.model.Article;
import org.khabar.model.CorpusReport;

/**
 * Groups and compares the articles of a corpus. Articles arrive one at a time (online), so a corpus larger than
 * memory streams through; only compact features of each article are kept (a few kilobytes, never its text).
 *
 * <p>What it finds: near-duplicates (wire copies, re-posts), events (the articles that report one happening),
 * storylines (the events of one developing story), a timeline, the actors across the corpus with the names they get,
 * contested claims, and framing per article and per outlet. It works from title, body and publication date alone,
 * and does better when entities with actor ids, quotes and claims are filled.
 *
 * <p>Not thread-safe: one instance per corpus, fed from one thread.
 */
public interface CorpusAnalyzer {
  /** Takes one analysed article: it joins an event or opens one; nothing is re-clustered. */
  void add(Article article);

  /**
   * Introduces {@code alias} as another name of actor {@code actorId}, e.g. when an article says "X, known as Y":
   * the alias then holds for every article of the corpus, before or after, in the actor list and framing. Call it
   * whenever an alias is learnt (the entity stage may pass the aliases it finds); null or blank input is ignored.
   */
  void addAlias(String actorId, String alias);

  /**
   * Publication dates the corpus gives articles that do not know their own day (issue #6): each such article in an
   * storyline with dated articles about the same happening (told in largely the same words) takes the day or range
   * that satisfies both its own constraints and those anchors, with basis {@code corpus} and the evidence of both. Articles it says nothing new about are
   * absent. May be called at any time, and changes nothing.
   *
   * @return by article id, the corpus-resolved publication date
   */
  java.util.Map<String, org.khabar.model.Published> storyDates();

  /** What was found across every article added so far; may be called at any time, and changes nothing. */
  CorpusReport report();

  /**
   * The standard analyser: the tuned {@link CorpusSettings#DEFAULTS}, canonical names and types from the actor
   * knowledge base, and the outlet registry's documented alignment as a leaning prior.
   */
  static CorpusAnalyzer standard() {
    return create(CorpusSettings.DEFAULTS,
        new KnowledgeBaseDirectory(org.khabar.entity.ActorKnowledgeBase.standard()),
        new RegistryOutletPrior(org.khabar.structure.OutletRegistry.standard()));
  }

  /**
   * An analyser with the given settings.
   *
   * @param settings weights and thresholds
   * @param actors where canonical actor names and types come from
   * @param prior the outlets' documented alignment, used only as a prior for leaning
   */
  static CorpusAnalyzer create(CorpusSettings settings, ActorDirectory actors, OutletPrior prior) {
    return new StandardCorpusAnalyzer(settings, actors, prior);
  }
}
