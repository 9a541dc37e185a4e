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
 */
public record TimeAnalysis(Published published, List<DateMention> dates) {
  public TimeAnalysis {
    Objects.requireNonNull(published, "published");
    dates = List.copyOf(dates);
  }
}
