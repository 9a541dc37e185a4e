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
 */
package org.khabar.claim;
