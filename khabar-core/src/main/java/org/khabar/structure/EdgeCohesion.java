package org.khabar.structure;

import static org.khabar.structure.ListingPasses.teaserCut;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.khabar.model.LineRole;

/**
 * Topical cohesion at the page's edges: a line at the top or bottom whose rarer words the rest of the article does
 * not use, and that shows a debris shape (a teaser cut, a date stamp, a link), is boilerplate.
 *
 * <p>Stateless and thread-safe: a pass changes only the lines of the one page it is given.
 */
final class EdgeCohesion {
  private EdgeCohesion() {}

  /** Below this cohesion with the rest of the article an edge line with a debris shape is boilerplate. */
  static final double EDGE_COHESION = 0.15;
  /** Least open lines, and words in them, beyond an edge line for its cohesion to be measured. */
  static final int EDGE_REST_LINES = 3;
  static final int EDGE_REST_WORDS = 80;
  /** Most open lines looked at from each end. */
  static final int EDGE_MAX_RUN = 12;
  /** A date stamp (21 / 01 / 2018, 2018-01-21) or a link-like shape (a URL, a domain, an @handle). */
  private static final Pattern DEBRIS_SHAPE = Pattern.compile(
      "\\b\\d{1,2} ?[/-] ?\\d{1,2} ?[/-] ?(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d ?[/-] ?\\d{1,2} ?[/-] ?\\d{1,2}\\b"
          + "|https?://|www\\.|\\.(?:com|net|org)\\b|@\\w");

  /**
   * Topical cohesion at the page's edges: from each end of the page inwards, the open lines whose IDF-weighted
   * share of terms found in the title and the open lines beyond them (see {@link Cohesion}) is under
   * {@link #EDGE_COHESION} form the edge run; a line of that run that also shows a debris shape (a teaser cut, a
   * date stamp, a link) is boilerplate. Runs on the learnt model's output (its features and training stay the
   * rules'). The cohesion alone does not decide: clean articles often close on a background paragraph with new names
   * and numbers and open on a lead the body does not repeat (of the edge lines of 20,000 clean ant-2018 articles, 1%
   * score under 0.10); with the shape, it turned none of their lines into boilerplate. At most
   * {@link #EDGE_MAX_RUN} lines from each end are looked at.
   */
  static void markIncoherentEdges(List<PageLine> nonBlank) {
    OpenLines open = OpenLines.of(nonBlank);
    int m = open.size();
    if (m < EDGE_REST_LINES + 1) {
      return;
    }
    Set<String> title = PageWords.titleTerms(nonBlank);
    // every open line's terms, counted by the lines that hold them: the walk from an edge takes lines out one by one
    Map<String, Integer> page = new HashMap<>();
    for (PageLine l : open) {
      for (String t : l.terms()) {
        page.merge(t, 1, Integer::sum);
      }
    }
    Cohesion c = Cohesion.standard();
    List<PageLine> marked = new ArrayList<>();
    for (int dir = -1; dir <= 1; dir += 2) {
      // dir -1: from the bottom up; +1: from the top down; the rest: the title and the open lines beyond line j
      Map<String, Integer> rest = new HashMap<>(page);
      for (int step = 0; step < Math.min(m, EDGE_MAX_RUN); step++) {
        int j = dir < 0 ? m - 1 - step : step;
        for (String t : open.get(j).terms()) {
          rest.computeIfPresent(t, (term, lines) -> lines == 1 ? null : lines - 1);
        }
        int restFrom = dir < 0 ? 0 : j + 1;
        int restTo = dir < 0 ? j : m;
        if (!open.restHolds(restFrom, restTo)
            || c.score(open.get(j).terms(), t -> title.contains(t) || rest.containsKey(t)) >= EDGE_COHESION) {
          break;
        }
        PageLine l = open.get(j);
        int k = nonBlank.indexOf(l);
        if (teaserCut(l, k > 0 ? nonBlank.get(k - 1) : null) || DEBRIS_SHAPE.matcher(l.scanned).find()) {
          marked.add(l);
        }
      }
    }
    for (PageLine l : marked) {
      l.role = LineRole.BOILERPLATE;
    }
  }
}
