/**
 * Corpus analysis: what belongs together across articles, in what order, where sources disagree, and how each
 * outlet frames the sides. The entry point is {@link org.khabar.corpus.CorpusAnalyzer}: {@code add} articles one at
 * a time, {@code report} at any time.
 *
 * <ul>
 *   <li><b>Near-duplicates</b> ({@code NearDuplicates}): 64 MinHash values over word 3-shingles of the matching-key
 *       body, 16 LSH bands of 4 rows for candidates, kept at estimated Jaccard &ge; 0.6, grouped by union-find.
 *   <li><b>Events</b> ({@code EventIndex}): online single-pass clustering (Miranda et al. 2018): each article keeps
 *       its 40 heaviest TF-IDF terms (light stems, IDF from the corpus so far plus a background table from the ANT
 *       corpus, {@link org.khabar.text.BackgroundFrequencies}); candidates come from an inverted index over the
 *       heaviest terms of each event; the score combines body and title cosine to the event centroid and actor-id
 *       Jaccard, times a time decay from the event's mean day; the article joins the best event above the threshold
 *       or opens one.
 *   <li><b>Storylines</b>: the events, in order, clustered again with the same similarity at a looser threshold,
 *       within 7 days of the storyline's span (EMM's 7-day story linking).
 *   <li><b>Timeline</b>: per storyline, events by resolved day (date, else middle of the range, else last), each
 *       with the title (or lead sentence) of its member closest to the centroid.
 *   <li><b>Actors</b>: the surface forms of entity mentions per actor id; a name linked to an actor in one article
 *       holds in every article, as do aliases given through {@link org.khabar.corpus.CorpusAnalyzer#addAlias}.
 *       Canonical name and type come from an {@link org.khabar.corpus.ActorDirectory} (the actor knowledge base):
 *       {@code id -> kb.byId(id).map(a -> new ActorDirectory.Entry(a.name(), typeName(a.type())))}.
 *   <li><b>Contested claims</b>: claims grouped by content-term Jaccard (plus shared actors) within a storyline, or
 *       near-verbatim across storylines; a group with both assertions and denials is contested.
 *   <li><b>Framing</b> ({@code Framer}, {@code framing-lexicon.tsv}): markers of the article's own voice (quoted
 *       speech skipped) decide a leaning; an {@link org.khabar.corpus.OutletPrior} only tips a near balance. Per
 *       outlet, the distinctive words against the other outlets on shared storylines ({@code LogOdds}: Monroe et
 *       al. 2008, log-odds ratio with an informative Dirichlet prior).
 * </ul>
 *
 * <p>Memory: a few kilobytes per article (signature, top terms, a bag of 150 words, title, claims, names), never
 * its text. Tuning: {@code khabar eval clusters --tune}; speed: {@code khabar bench clusters}; the background table
 * is rebuilt by {@code khabar bench clusters --write-df FILE}.
 */
package org.khabar.corpus;
