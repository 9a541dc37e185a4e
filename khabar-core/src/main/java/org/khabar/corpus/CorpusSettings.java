package org.khabar.corpus;

/**
 * The weights and thresholds of corpus analysis. {@link #DEFAULTS} holds the values tuned with
 * {@code khabar eval clusters --tune} on the development claims of the UnifiedFC fold (see that command).
 *
 * <p>An article joins the best candidate event when
 * {@code (text * cos(body, centroid) + title * cos(title, title centroid) + actors * jaccard(actors)) / (sum of the
 * weights of the features both sides have)}, times the time decay {@code exp(-gap / eventTauDays)} when both dates
 * are known, reaches {@code eventThreshold}; a gap over {@code eventWindowDays} never joins. Events link into one
 * storyline with the same similarity at the looser {@code storyThreshold}, within {@code storyWindowDays}.
 *
 * @param textWeight weight of the body TF-IDF cosine
 * @param titleWeight weight of the title TF-IDF cosine (used when both sides have a title)
 * @param actorWeight weight of the actor-id Jaccard (used when both sides name actors)
 * @param eventThreshold least similarity for an article to join an event
 * @param eventTauDays time-decay constant for events, in days
 * @param eventWindowDays largest gap between an article and an event, in days
 * @param storyThreshold least similarity for two events to share a storyline
 * @param storyWindowDays largest gap between two events of a storyline, in days (EMM links stories over 7 days)
 * @param nearDuplicateJaccard least estimated Jaccard of word 3-shingles for a near-duplicate
 * @param claimSimilarity least similarity for two claims in one storyline to state the same proposition
 * @param termsPerArticle how many TF-IDF terms an article keeps
 * @param backgroundDocs how many pseudo-documents the shipped background document frequencies (ANT corpus) weigh
 *     in the IDF: a prior that makes IDF meaningful from a corpus's first article, outweighed as the corpus grows
 *     ({@code 0}: IDF from the corpus alone)
 */
public record CorpusSettings(
    double textWeight,
    double titleWeight,
    double actorWeight,
    double eventThreshold,
    double eventTauDays,
    int eventWindowDays,
    double storyThreshold,
    int storyWindowDays,
    double nearDuplicateJaccard,
    double claimSimilarity,
    int termsPerArticle,
    int backgroundDocs) {

  /** The tuned defaults. */
  public static final CorpusSettings DEFAULTS =
      new CorpusSettings(1.0, 0.5, 0.5, 0.225, 3.0, 4, 0.15, 7, 0.6, 0.4, 40, 1000);

  public CorpusSettings {
    if (textWeight <= 0 || titleWeight < 0 || actorWeight < 0) {
      throw new IllegalArgumentException("weights must be >= 0 and the text weight > 0");
    }
    if (eventThreshold <= 0 || eventThreshold > 1 || storyThreshold <= 0 || storyThreshold > 1) {
      throw new IllegalArgumentException("thresholds must be in (0, 1]");
    }
    if (eventTauDays <= 0 || eventWindowDays < 0 || storyWindowDays < 0) {
      throw new IllegalArgumentException("time constants must be positive");
    }
    if (nearDuplicateJaccard <= 0 || nearDuplicateJaccard > 1 || claimSimilarity <= 0 || claimSimilarity > 1) {
      throw new IllegalArgumentException("similarities must be in (0, 1]");
    }
    if (backgroundDocs < 0) {
      throw new IllegalArgumentException("backgroundDocs must be >= 0");
    }
    if (termsPerArticle < 1) {
      throw new IllegalArgumentException("termsPerArticle must be >= 1");
    }
  }

  /** These settings with another event threshold and title and actor weights. */
  public CorpusSettings withEvent(double threshold, double title, double actors) {
    return new CorpusSettings(textWeight, title, actors, threshold, eventTauDays, eventWindowDays, storyThreshold,
        storyWindowDays, nearDuplicateJaccard, claimSimilarity, termsPerArticle, backgroundDocs);
  }

  /** These settings with another storyline threshold. */
  public CorpusSettings withStory(double threshold) {
    return new CorpusSettings(textWeight, titleWeight, actorWeight, eventThreshold, eventTauDays, eventWindowDays,
        threshold, storyWindowDays, nearDuplicateJaccard, claimSimilarity, termsPerArticle, backgroundDocs);
  }

  /** These settings with another background IDF weight. */
  public CorpusSettings withBackgroundDocs(int use) {
    return new CorpusSettings(textWeight, titleWeight, actorWeight, eventThreshold, eventTauDays, eventWindowDays,
        storyThreshold, storyWindowDays, nearDuplicateJaccard, claimSimilarity, termsPerArticle, use);
  }
}
