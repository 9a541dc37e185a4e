/**
 * Claims with their stance, and the claim check (issue #8).
 *
 * <p>{@link org.khabar.claim.ClaimAnalyzer#standard()} turns quotes and the article's own sentences into claims
 * that a source asserts, denies or leaves unconfirmed (the rules are listed on {@link org.khabar.claim.ClaimAnalyzer});
 * its cue phrases live in {@code stance-cues.txt}.
 *
 * <p>{@link org.khabar.claim.ClaimChecker#standard()} judges whether an article agrees with, disagrees with,
 * discusses or is unrelated to a claim, with the sentences that decide it. It is a multinomial logistic regression
 * ({@link org.khabar.claim.StanceModel}) over {@link org.khabar.claim.StanceFeatures}: IDF-weighted overlap of light
 * stems between the claim and the article's sentences (best sentence, top three, whole article, title, bigrams, the
 * claim's rarest terms), numbers, and denial, refutation, hedging, non-confirmation and negation cues near the
 * matching sentences. Shipped resources and the commands that rebuild them:
 * <ul>
 *   <li>{@code idf-ant2018.tsv.gz}: {@code khabar train idf --data ../shared/data/ant-2018/ant-2018.jsonl.gz};
 *   <li>{@code stance-model.tsv}: {@code khabar train stance --data ../shared/data/unifiedfc-dev/claims-fold1.jsonl.gz}.
 * </ul>
 * Quality on unseen claims: {@code khabar eval stance --data FILE --folds 5 --seed 1,2,3} (cross-validation grouped
 * by claim, {@link org.khabar.claim.StanceCrossValidation}; mean and spread over seeds). Other learners
 * ({@code --learner boosted|blend}) and decision offsets tuned inside the training folds ({@code --tune true}) can
 * be compared with the same command.
 *
 * <p>Where the macro-F1 is lost: {@code khabar eval stance ... --diagnose} ({@link org.khabar.claim.StanceDiagnostics})
 * prints, from out-of-fold probabilities, the AUC with which the probability of being related separates each related
 * class from {@code unrelated}, the macro-F1 the same model reaches when gold says which pairs are unrelated, an
 * optimistic bound for decision offsets, and how the pages that restate the claim are labelled. On the Baly et al.
 * fold the bottleneck is {@code discuss} against {@code unrelated} (AUC about 0.66 for every lexical overlap measure
 * tried), and the labels there are noisy: about a third of the pages that restate the claim are gold
 * {@code unrelated}, and some off-topic pages are gold {@code discuss}. Among the pages of one claim the model tells
 * {@code discuss} from {@code unrelated} hardly better than chance (within-claim AUC 0.56; agree 0.72): the pages a
 * search engine returned for a claim all share its topic, and what the AUC of 0.67 over all pairs measures is
 * mostly which claims retrieved related pages at all.
 *
 * <p>Soft matching was tried and is not shipped ({@link org.khabar.claim.SoftMatch}): claim stems matched by the
 * article stem of most similar meaning under skip-gram vectors of light stems learnt from ant-2018
 * ({@link org.khabar.claim.WordVectors}, {@code khabar train vectors --out FILE}), IDF-weighted mean-vector cosines,
 * thresholded and key-term-exact variants; also (since removed) the overlap of the NER word clusters' ids at three
 * granularities. Their discuss-vs-unrelated AUCs are 0.58 to 0.70 like the lexical ones, and over seeds 1..10 they
 * move macro-F1 from 0.494 to between 0.487 and 0.504, within the spread between seeds (one seed moves it by 0.04).
 * {@code khabar eval stance --vectors FILE} reproduces the experiment.
 *
 * <p>The data's rationales were tried as supervision and are not shipped ({@link org.khabar.claim.EvidenceRelevance},
 * {@link org.khabar.claim.RationaleStance}; {@code khabar eval stance ... --rationale append|two-step}). A record's
 * {@code rationale[i]} lists 0-based raw line numbers of article i (written as text, "[0, 3]"): 163 lines on the
 * 109 agree and disagree pages, none on discuss or unrelated pages; 160 of them survive the structure stage as
 * content lines (input line number = rationale number + 1). Inside each outer fold, from the training claims only, a
 * logistic line model learns rationale lines against the other lines of those pages and the lines of unrelated
 * pages, from claim-line features (IDF-weighted coverage, key terms, bigrams, the longest run of claim stems,
 * numbers, neighbours, position, shape, cues); a second one learns lines of disagreeing pages against those of
 * agreeing ones. The line model ranks held-out claims' rationale lines at AUC 0.895 (claim coverage alone: 0.875);
 * among one claim's pages its maximum tells agree from unrelated at AUC 0.78 and disagree at 0.79 (the best line's
 * coverage: 0.70 and 0.70) but discuss at 0.51 (0.50); the direction model tells disagree from agree pages at AUC
 * 0.88 (the cue features: 0.59 at best; out-of-fold, seed 1). Yet on the grouped cross-validation (seeds
 * 1,2,3) macro-F1 moves from 0.497 to 0.501 with all page aggregates appended (disagree F1 0.294 to 0.273), 0.503
 * with the maximum relevance alone ({@code --evidence-features rel_max}; disagree 0.306) and 0.481 in two steps;
 * over seeds 1..10 from 0.490 to 0.490, 0.493 and 0.468, within the spread between seeds (0.43 to 0.52). What it
 * cannot reach is the bottleneck: discuss pages carry no rationale, and a disagreeing page is mostly lost to
 * {@code unrelated}, not to {@code agree} (12 of 16).
 */
package org.khabar.claim;
