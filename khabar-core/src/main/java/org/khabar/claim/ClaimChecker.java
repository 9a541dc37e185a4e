package org.khabar.claim;

import java.util.ArrayList;
import java.util.List;
import org.khabar.structure.ArticleStructure;

/**
 * Checks a claim against an article: does the article agree, disagree, discuss or ignore it, and which sentences
 * decide it. This is what a fact-checker types first ({@code khabar check "CLAIM" PATH...}).
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface ClaimChecker {
  /** Judges one article; never throws (bad input is unrelated). */
  Verdict check(String claim, ArticleStructure article);

  /** The shipped model over the shipped IDF table. */
  static ClaimChecker standard() {
    return of(StanceFeatures.standard(), StanceModel.standard());
  }

  /** A checker over given features and model. */
  static ClaimChecker of(StanceFeatures features, StanceModel model) {
    return (claim, article) -> {
      StanceFeatures.Analysis a;
      try {
        a = features.analyze(claim, article);
      } catch (RuntimeException e) {
        return new Verdict(ArticleStance.UNRELATED, 1.0, List.of());
      }
      double[] p = model.probabilities(a.features());
      // the model's decision, with its decision offsets (zero in the shipped model), as in eval stance
      int best = StanceModel.decide(p, model.offsets()).ordinal();
      List<Evidence> ev = new ArrayList<>();
      for (StanceFeatures.Scored s : a.best()) {
        if (s.similarity() > 0) {
          ev.add(new Evidence(s.line(), s.text(), s.similarity()));
        }
      }
      return new Verdict(ArticleStance.values()[best], p[best], ev);
    };
  }
}
