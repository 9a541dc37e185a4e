package org.khabar.claim;

import java.util.List;
import java.util.Objects;

/**
 * How one article stands to a claim.
 *
 * @param stance agree, disagree, discuss or unrelated
 * @param confidence the model's probability of that stance
 * @param evidence the sentences closest to the claim, best first (empty when nothing matches)
 */
public record Verdict(ArticleStance stance, double confidence, List<Evidence> evidence) {
  public Verdict {
    Objects.requireNonNull(stance, "stance");
    evidence = List.copyOf(evidence);
  }
}
