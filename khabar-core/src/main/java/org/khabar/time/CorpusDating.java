package org.khabar.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.DateBasis;
import org.khabar.model.Published;

/**
 * Dates an undated article from its own constraints and the dated articles of its event or storyline.
 *
 * <p>Articles of one event are written within days of each other, so the story's anchors (the publication days of
 * its dated articles) bound the undated article to a window of {@link #DEFAULT_SLACK_DAYS} days around them. That
 * window is intersected with the article's own bounds; a weekday the article states ("اليوم الاثنين") then picks
 * the day when exactly one day of the window has it. Without a weekday the result is a range, never a day.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorpusDating {
  /** Days before the first and after the last story anchor that an article of the story may fall on. */
  public static final int DEFAULT_SLACK_DAYS = 3;

  private CorpusDating() {}

  /** As {@link #resolve(DateConstraints, List, int)} with the default slack. */
  public static Published resolve(DateConstraints own, List<LocalDate> storyAnchors) {
    return resolve(own, storyAnchors, DEFAULT_SLACK_DAYS);
  }

  /**
   * Combines an article's own constraints with its story's anchors.
   *
   * @param own what the article's text says (bounds, weekday, evidence)
   * @param storyAnchors publication days of dated articles of the same event or storyline
   * @param slackDays how far before the first and after the last anchor the article may lie
   * @return a day with basis {@code corpus} when exactly one day satisfies both; a range with basis {@code corpus}
   *     when the anchors narrow it; else the article's own constraints (basis {@code relative} or {@code unknown}),
   *     with the reason in the evidence
   */
  public static Published resolve(DateConstraints own, List<LocalDate> storyAnchors, int slackDays) {
    if (slackDays < 0) {
      throw new IllegalArgumentException("slackDays must not be negative: " + slackDays);
    }
    List<LocalDate> anchors = storyAnchors == null ? List.of()
        : storyAnchors.stream().filter(d -> d != null).sorted().toList();
    if (anchors.isEmpty()) {
      return own.toPublished(DateBasis.RELATIVE);
    }
    LocalDate from = anchors.get(0).minusDays(slackDays);
    LocalDate to = anchors.get(anchors.size() - 1).plusDays(slackDays);
    List<String> evidence = new ArrayList<>(own.evidence());
    evidence.add("story anchors " + anchors.get(0) + (anchors.size() > 1 ? ".." + anchors.get(anchors.size() - 1) : "")
        + " (" + anchors.size() + " dated article" + (anchors.size() > 1 ? "s" : "") + ", window +-" + slackDays
        + " days)");
    if (own.earliest() != null && own.earliest().isAfter(from)) {
      from = own.earliest();
    }
    if (own.latest() != null && own.latest().isBefore(to)) {
      to = own.latest();
    }
    if (from.isAfter(to)) {
      evidence.add("conflict: the story's window lies outside the article's own range");
      return new DateConstraints(own.earliest(), own.latest(), own.weekday(), evidence).toPublished(DateBasis.RELATIVE);
    }
    DateConstraints combined = new DateConstraints(from, to, own.weekday(), evidence);
    Published p = combined.toPublished(DateBasis.CORPUS);
    if (own.weekday() != null && p.weekday() == null) {
      // the stated weekday fits no day of the window: the story does not date this article
      return own.toPublished(DateBasis.RELATIVE);
    }
    return p;
  }
}
