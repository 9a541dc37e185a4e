package org.khabar.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What khabar found across a corpus: the {@code corpus.json} record of the contract.
 *
 * @param articles how many articles were analysed
 * @param clusters groups of article ids
 * @param actors each actor seen, with the names it got
 * @param timeline events in time order
 * @param contestedClaims propositions both asserted and denied
 * @param framing per article id, how it frames the sides
 * @param outlets per outlet (publisher name), how it frames the sides and the words that set it apart
 */
public record CorpusReport(
    int articles,
    Clusters clusters,
    List<ActorSummary> actors,
    List<TimelineEntry> timeline,
    List<ContestedClaim> contestedClaims,
    Map<String, Framing> framing,
    Map<String, OutletProfile> outlets) {

  public CorpusReport {
    Objects.requireNonNull(clusters, "clusters");
    actors = List.copyOf(actors);
    timeline = List.copyOf(timeline);
    contestedClaims = List.copyOf(contestedClaims);
    framing = Map.copyOf(framing);
    outlets = outlets == null ? Map.of() : Map.copyOf(outlets);
  }

  /** A report without outlet profiles. */
  public CorpusReport(int articles, Clusters clusters, List<ActorSummary> actors, List<TimelineEntry> timeline,
      List<ContestedClaim> contestedClaims, Map<String, Framing> framing) {
    this(articles, clusters, actors, timeline, contestedClaims, framing, Map.of());
  }

  /** A report of a corpus in which nothing was grouped. */
  public static CorpusReport empty(int articles) {
    return new CorpusReport(
        articles, new Clusters(List.of(), List.of(), List.of()), List.of(), List.of(), List.of(), Map.of());
  }

  /**
   * Groups of article ids.
   *
   * @param nearDuplicate wire copies and re-posts
   * @param event articles that report the same happening
   * @param storyline articles of one developing story
   */
  public record Clusters(List<List<String>> nearDuplicate, List<List<String>> event, List<List<String>> storyline) {
    public Clusters {
      nearDuplicate = nearDuplicate.stream().map(List::copyOf).toList();
      event = event.stream().map(List::copyOf).toList();
      storyline = storyline.stream().map(List::copyOf).toList();
    }
  }

  /**
   * An actor as seen in this corpus.
   *
   * @param id the canonical id
   * @param name its canonical name
   * @param type its kind ({@code state}, {@code armed_group}, {@code person} ...)
   * @param aliases the names it got in this corpus
   * @param articles the ids of the articles that mention it
   */
  public record ActorSummary(String id, String name, String type, List<String> aliases, List<String> articles) {
    public ActorSummary {
      Objects.requireNonNull(id, "id");
      aliases = List.copyOf(aliases);
      articles = List.copyOf(articles);
    }
  }

  /**
   * One event on the timeline.
   *
   * @param date the event's resolved day, or {@code null} when unknown
   * @param event the index into {@code clusters.event}
   * @param articles the ids of its articles
   * @param summary a one-line summary
   */
  public record TimelineEntry(LocalDate date, int event, List<String> articles, String summary) {
    public TimelineEntry {
      articles = List.copyOf(articles);
    }
  }

  /**
   * A proposition that some sources assert and others deny.
   *
   * @param claim the proposition
   * @param assertedBy who asserts it
   * @param deniedBy who denies it
   */
  public record ContestedClaim(String claim, List<SourcedIn> assertedBy, List<SourcedIn> deniedBy) {
    public ContestedClaim {
      Objects.requireNonNull(claim, "claim");
      assertedBy = List.copyOf(assertedBy);
      deniedBy = List.copyOf(deniedBy);
    }
  }

  /**
   * A source in an article.
   *
   * @param article the article id
   * @param source the source that takes the stance
   */
  public record SourcedIn(String article, String source) {}

  /**
   * How one article frames the sides.
   *
   * @param publisher the article's publisher, or {@code null}
   * @param leaning {@code pro-government}, {@code opposition}, {@code neutral} or {@code unknown}
   * @param markers the names and loaded terms that decided it
   */
  public record Framing(String publisher, String leaning, List<Marker> markers) {
    public Framing {
      Objects.requireNonNull(leaning, "leaning");
      markers = List.copyOf(markers);
    }
  }

  /**
   * A framing marker: the term an article uses for an actor.
   *
   * @param actor the actor id, or {@code null} for a loaded term about no one actor
   * @param term the term as used
   */
  public record Marker(String actor, String term) {}

  /**
   * How one outlet frames the sides across the corpus.
   *
   * @param articles how many of its articles the corpus has
   * @param leaning the most frequent leaning of its articles that have one, else {@code unknown}
   * @param names the names it gives actors (framing markers), most frequent first
   * @param vocabulary the words that set it apart from the other outlets on the same stories, most distinctive first
   */
  public record OutletProfile(int articles, String leaning, List<Marker> names, List<OutletTerm> vocabulary) {
    public OutletProfile {
      Objects.requireNonNull(leaning, "leaning");
      names = List.copyOf(names);
      vocabulary = List.copyOf(vocabulary);
    }
  }

  /**
   * A word that sets an outlet apart.
   *
   * @param term the word as most often written
   * @param score its z-scored log-odds ratio against the other outlets (Monroe et al. 2008)
   */
  public record OutletTerm(String term, double score) {
    public OutletTerm {
      Objects.requireNonNull(term, "term");
    }
  }
}
