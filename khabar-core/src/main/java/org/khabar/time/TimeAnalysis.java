package org.khabar.time;

import java.util.List;
import java.util.Objects;
import org.khabar.model.DateMention;
import org.khabar.model.Published;

/**
 * What the time stage found in one article.
 *
 * @param published when the article was published
 * @param dates every temporal expression, resolved
 * @param constraints what the text alone says about the publication day (for corpus-level dating of undated
 *     articles with {@link CorpusDating})
 * @param conflicts weekday statements that disagree with the resolved dates, as evidence strings
 */
public record TimeAnalysis(
    Published published, List<DateMention> dates, DateConstraints constraints, List<String> conflicts) {
  public TimeAnalysis {
    Objects.requireNonNull(published, "published");
    dates = List.copyOf(dates);
    constraints = constraints == null ? DateConstraints.NONE : constraints;
    conflicts = List.copyOf(conflicts);
  }

  /** An analysis without text constraints or conflicts. */
  public TimeAnalysis(Published published, List<DateMention> dates) {
    this(published, dates, DateConstraints.NONE, List.of());
  }
}
