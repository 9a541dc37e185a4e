package org.khabar.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.khabar.model.Article;
import org.khabar.model.Claim;
import org.khabar.model.CorpusReport.ActorSummary;
import org.khabar.model.CorpusReport.ContestedClaim;
import org.khabar.model.CorpusReport.Framing;
import org.khabar.model.CorpusReport.Marker;
import org.khabar.model.CorpusReport.OutletProfile;
import org.khabar.model.CorpusReport.OutletTerm;
import org.khabar.model.CorpusReport.SourcedIn;
import org.khabar.model.CorpusReport.TimelineEntry;
import org.khabar.model.CorpusReport;
import org.khabar.model.DateBasis;
import org.khabar.model.EntityMention;
import org.khabar.model.Published;
import org.khabar.model.Stance;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;
import org.khabar.text.BackgroundFrequencies;
import org.khabar.time.CorpusDating;
import org.khabar.time.DateConstraints;

/**
 * The standard corpus analyser: near-duplicates (MinHash + LSH), online events (TF-IDF, actors, time), storylines
 * (events linked over a longer window), a timeline, the actors across the corpus, contested claims and framing.
 *
 * <p>{@link #add} does the online work (features, near-duplicate buckets, the event an article joins); {@link
 * #report} derives the rest from the compact features without changing any state, so calling it between adds gives
 * the same final result as calling it once at the end. Not thread-safe.
 */
final class StandardCorpusAnalyzer implements CorpusAnalyzer {
  /** Text beyond this many characters of a body is not read: enough for any real article, cheap for a hostile one. */
  static final int MAX_CHARS = 60_000;
  /** How many distinct content words an article keeps for outlet vocabulary. */
  static final int BAG_TERMS = 150;
  static final int SUMMARY_CHARS = 240;
  static final int MAX_NAMES = 64;
  static final int OUTLET_TERMS = 15;

  private final CorpusSettings settings;
  private final ActorDirectory directory;
  private final OutletPrior prior;
  private final Framer framer;
  private final Vocabulary vocabulary;
  private final NearDuplicates nearDuplicates;
  private final EventIndex events;
  private final List<Doc> docs = new ArrayList<>();
  /**
   * How much of a claim's text is kept for the contested-claims list: an article carries a dozen claims and the corpus
   * keeps them all until the end, so this bounds most of the per-article memory.
   */
  static final int CLAIM_CHARS = 240;

  /** Each article's own publication date, by document index: the corpus dating solver's input. */
  private final List<Published> published = new ArrayList<>();
  /** {@link #storylinesOf} for the first {@code storylinesAt} articles; -1 before the first call. */
  private int[] storyOfEvent;
  private int storylinesAt = -1;
  /** Aliases introduced through {@link #addAlias}: matching key to actor id, and the alias as written. */
  private final Map<String, String> introducedAliases = new LinkedHashMap<>();
  private final Map<String, String> introducedSurface = new HashMap<>();

  StandardCorpusAnalyzer(CorpusSettings settings, ActorDirectory directory, OutletPrior prior) {
    this.settings = settings;
    this.directory = directory;
    this.prior = prior;
    this.framer = new Framer();
    this.vocabulary = new Vocabulary(settings.backgroundDocs() > 0 ? BackgroundFrequencies.standard()
        : BackgroundFrequencies.none(), settings.backgroundDocs());
    this.nearDuplicates = new NearDuplicates(settings.nearDuplicateJaccard());
    this.events = new EventIndex(settings.textWeight(), settings.titleWeight(), settings.actorWeight(),
        settings.eventThreshold(), settings.eventTauDays(), settings.eventWindowDays(), true);
  }

  @Override
  public void addAlias(String actorId, String alias) {
    if (actorId == null || alias == null || actorId.isBlank()) {
      return;
    }
    String key = ArabicText.matchKey(alias).strip();
    if (!key.isEmpty()) {
      introducedAliases.putIfAbsent(key, actorId);
      introducedSurface.putIfAbsent(key, alias.strip());
    }
  }

  @Override
  public void add(Article article) {
    Doc doc = features(article);
    docs.add(doc);
    published.add(article.published());
    doc.event = events.add(doc.index,
        new EventIndex.Item(doc.body, doc.title, doc.actors, doc.day, doc.day));
  }

  private Doc features(Article a) {
    String body = cap(a.body());
    String title = a.title() == null ? "" : cap(a.title());
    List<String> bodyTokens = Terms.tokens(body);
    nearDuplicates.add(NearDuplicates.signature(bodyTokens));

    Map<Integer, Integer> tf = new HashMap<>();
    for (String t : bodyTokens) {
      String term = Terms.term(t);
      if (term != null) {
        tf.merge(vocabulary.id(term, t), 1, Integer::sum);
      }
    }
    Map<Integer, Integer> titleTf = new HashMap<>();
    for (String t : Terms.tokens(title)) {
      String term = Terms.term(t);
      if (term != null) {
        titleTf.merge(vocabulary.id(term, t), 1, Integer::sum);
      }
    }
    Set<Integer> distinct = new TreeSet<>(tf.keySet());
    distinct.addAll(titleTf.keySet());
    vocabulary.countDocument(distinct);

    Map<Integer, Double> w = new HashMap<>();
    for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
      w.put(e.getKey(), (1 + Math.log(e.getValue())) * vocabulary.idf(e.getKey()));
    }
    Map<Integer, Double> tw = new HashMap<>();
    for (Map.Entry<Integer, Integer> e : titleTf.entrySet()) {
      double x = (1 + Math.log(e.getValue())) * vocabulary.idf(e.getKey());
      tw.put(e.getKey(), x);
      // The headline's words count in the body vector too: a short article is mostly its headline.
      w.merge(e.getKey(), x, Double::sum);
    }
    SparseVector bodyVector = SparseVector.top(w, settings.termsPerArticle());
    SparseVector titleVector = SparseVector.top(tw, settings.termsPerArticle());

    // Outlet vocabulary keeps the most frequent content words with their counts.
    List<Map.Entry<Integer, Integer>> bag = new ArrayList<>(tf.entrySet());
    bag.sort((x, y) -> x.getValue().equals(y.getValue()) ? Integer.compare(x.getKey(), y.getKey())
        : Integer.compare(y.getValue(), x.getValue()));
    int n = Math.min(BAG_TERMS, bag.size());
    int[] bagTerms = new int[n];
    int[] bagCounts = new int[n];
    for (int i = 0; i < n; i++) {
      bagTerms[i] = bag.get(i).getKey();
      bagCounts[i] = bag.get(i).getValue();
    }

    Set<String> actors = new TreeSet<>();
    List<Doc.Name> names = new ArrayList<>();
    Map<Integer, Set<String>> actorsByLine = new HashMap<>();
    for (EntityMention m : a.entities()) {
      String key = ArabicText.matchKey(m.text()).strip();
      String actor = m.actor() != null ? m.actor() : introducedAliases.get(key);
      if (actor != null) {
        actors.add(actor);
        actorsByLine.computeIfAbsent(m.line(), k -> new TreeSet<>()).add(actor);
      }
      if (names.size() < MAX_NAMES && !key.isEmpty()) {
        names.add(new Doc.Name(m.actor(), m.text().strip(), key));
      }
    }

    List<Doc.ClaimRef> claims = new ArrayList<>();
    for (Claim c : a.claims()) {
      Set<Integer> ids = new TreeSet<>();
      for (String t : Terms.tokens(cap(c.text()))) {
        String term = Terms.term(t);
        if (term != null) {
          ids.add(vocabulary.id(term, t));
        }
      }
      String[] claimActors = actorsByLine.getOrDefault(c.line(), Set.of()).toArray(new String[0]);
      claims.add(new Doc.ClaimRef(clip(c.text(), CLAIM_CHARS), c.source(), c.stance(),
          ids.stream().mapToInt(Integer::intValue).toArray(), claimActors));
    }

    String publisher = a.publisher() == null ? null : a.publisher().name();
    Framer.Result framing = framer.frame(
        new Article(a.id(), a.source(), a.title(), a.section(), a.byline(), a.publisher(), a.published(), List.of(),
            body, a.entities(), List.of(), List.of(), a.quotes(), a.claims(), List.of()),
        a.publisher() == null ? java.util.Optional.empty() : prior.leaning(a.publisher()));

    String summary = a.title() != null && !a.title().isBlank() ? clip(a.title().strip(), SUMMARY_CHARS)
        : lead(body);
    return new Doc(docs.size(), a.id(), publisher, day(a.published()), summary, bodyVector, titleVector,
        actors.toArray(new String[0]), bagTerms, bagCounts, List.copyOf(claims), List.copyOf(names), framing);
  }

  /** The day an article speaks for: its date, else the middle of its range, else unknown. */
  static int day(Published p) {
    if (p.date() != null) {
      return (int) p.date().toEpochDay();
    }
    if (p.earliest() != null && p.latest() != null) {
      return (int) ((p.earliest().toEpochDay() + p.latest().toEpochDay()) / 2);
    }
    return Doc.NO_DAY;
  }

  private static String cap(String s) {
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
  }

  private static String clip(String s, int max) {
    String t = s.strip();
    if (t.length() <= max) {
      return t;
    }
    int cut = max;
    if (Character.isLowSurrogate(t.charAt(cut))) {
      cut--;
    }
    return t.substring(0, cut) + "…";
  }

  /** The first sentence of a body, for an article without a title. */
  private static String lead(String body) {
    String t = body.strip();
    int end = t.length();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '.' || c == '؟' || c == '?' || c == '!') {
        if (i >= 20 || c == '\n') {
          end = i;
          break;
        }
      }
    }
    String s = clip(t.substring(0, end), SUMMARY_CHARS);
    return s.isEmpty() ? null : s;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The report: derived from the features, changing no state.

  @Override
  public CorpusReport report() {
    List<EventIndex.Group> eventGroups = events.groups();
    List<List<String>> eventIds = new ArrayList<>();
    for (EventIndex.Group g : eventGroups) {
      eventIds.add(g.members.stream().map(i -> docs.get(i).id).toList());
    }
    int[] storyOf = storylinesOf(eventGroups);
    Map<Integer, List<Integer>> storyEvents = new LinkedHashMap<>();
    for (int e = 0; e < storyOf.length; e++) {
      storyEvents.computeIfAbsent(storyOf[e], k -> new ArrayList<>()).add(e);
    }
    List<List<String>> storyIds = new ArrayList<>();
    for (List<Integer> evs : storyEvents.values()) {
      List<String> ids = new ArrayList<>();
      for (int e : evs) {
        ids.addAll(eventIds.get(e));
      }
      storyIds.add(ids);
    }
    List<List<String>> near = new ArrayList<>();
    for (List<Integer> g : nearDuplicates.groups()) {
      near.add(g.stream().map(i -> docs.get(i).id).toList());
    }
    int[] docStory = new int[docs.size()];
    for (Doc d : docs) {
      docStory[d.index] = storyOf[d.event];
    }
    Map<String, Framing> framing = new HashMap<>();
    Map<String, Set<String>> actorSurfaces = new HashMap<>();
    List<ActorSummary> actors = actors(actorSurfaces);
    for (Doc d : docs) {
      framing.put(d.id, framing(d, actorSurfaces));
    }
    return new CorpusReport(docs.size(), new CorpusReport.Clusters(near, eventIds, storyIds), actors,
        timeline(eventGroups, storyEvents), contested(docStory), framing, outlets(docStory, framing));
  }

  /**
   * How alike (cosine of the TF-IDF body vectors) an undated article and a dated one of its storyline must be for the
   * dated one's day to anchor it. Sharing a cluster is not enough: an article without time evidence of its own joins
   * on text alone, and a story runs for weeks, while the anchor window is days; only an article about the same
   * happening, told in largely the same words, may lend its day. Set a priori (half the weight of the text shared),
   * deliberately strict: a wrong day is worse than an honest range.
   */
  static final double DATE_ANCHOR_SIMILARITY = 0.5;

  @Override
  public Map<String, Published> storyDates() {
    List<EventIndex.Group> eventGroups = events.groups();
    int[] storyOf = storylinesOf(eventGroups);
    // Candidate anchors: articles that know their own day (never a day the corpus itself gave), by storyline.
    Map<Integer, List<Doc>> datedByStory = new HashMap<>();
    for (Doc d : docs) {
      Published p = published.get(d.index);
      if (p.date() != null && p.basis() != DateBasis.CORPUS) {
        datedByStory.computeIfAbsent(storyOf[d.event], k -> new ArrayList<>()).add(d);
      }
    }
    Map<String, Published> out = new LinkedHashMap<>();
    for (Doc d : docs) {
      Published own = published.get(d.index);
      if (own.date() != null) {
        continue;
      }
      List<LocalDate> anchors = new ArrayList<>();
      for (Doc dated : datedByStory.getOrDefault(storyOf[d.event], List.of())) {
        if (d.body.dot(dated.body) >= DATE_ANCHOR_SIMILARITY) {
          anchors.add(published.get(dated.index).date());
        }
      }
      if (anchors.isEmpty()) {
        continue;
      }
      Published dated = CorpusDating.resolve(
          new DateConstraints(own.earliest(), own.latest(), own.weekday(), own.evidence()), anchors);
      if (dated.date() != null || narrower(dated, own)) {
        out.put(d.id, dated);
      }
    }
    return out;
  }

  private static boolean narrower(Published dated, Published own) {
    return dated.earliest() != null && dated.latest() != null
        && (own.earliest() == null || own.latest() == null
            || dated.latest().toEpochDay() - dated.earliest().toEpochDay()
                < own.latest().toEpochDay() - own.earliest().toEpochDay());
  }

  /**
   * The storyline of each event, computed once per corpus state: {@link #report} and {@link #storyDates} both need
   * it at the end of a run, and the storyline pass is the costliest part of either.
   */
  private int[] storylinesOf(List<EventIndex.Group> eventGroups) {
    if (storylinesAt != docs.size()) {
      storyOfEvent = storylines(eventGroups);
      storylinesAt = docs.size();
    }
    return storyOfEvent;
  }

  /** Storylines: events linked online, in order, with the looser threshold over the longer window. */
  private int[] storylines(List<EventIndex.Group> eventGroups) {
    EventIndex stories = new EventIndex(settings.textWeight(), settings.titleWeight(), settings.actorWeight(),
        settings.storyThreshold(), Double.MAX_VALUE / 4, settings.storyWindowDays(), false);
    int[] storyOf = new int[eventGroups.size()];
    for (int e = 0; e < eventGroups.size(); e++) {
      EventIndex.Group g = eventGroups.get(e);
      storyOf[e] = stories.add(e, new EventIndex.Item(centroid(g.centroid), centroid(g.titleCentroid),
          g.actors.keySet().stream().sorted().toArray(String[]::new), g.firstDay, g.lastDay));
    }
    return storyOf;
  }

  private SparseVector centroid(Map<Integer, Float> m) {
    Map<Integer, Double> w = new HashMap<>();
    m.forEach((k, v) -> w.put(k, (double) v));
    return SparseVector.top(w, settings.termsPerArticle());
  }

  private List<TimelineEntry> timeline(List<EventIndex.Group> groups, Map<Integer, List<Integer>> storyEvents) {
    List<List<Integer>> stories = new ArrayList<>(storyEvents.values());
    Comparator<Integer> byDay = Comparator.comparingInt(e -> sortDay(groups.get(e).firstDay));
    for (List<Integer> s : stories) {
      s.sort(byDay.thenComparingInt(e -> e));
    }
    stories.sort(Comparator.comparingInt((List<Integer> s) -> sortDay(groups.get(s.get(0)).firstDay))
        .thenComparingInt(s -> s.get(0)));
    List<TimelineEntry> out = new ArrayList<>();
    for (List<Integer> s : stories) {
      for (int e : s) {
        EventIndex.Group g = groups.get(e);
        LocalDate date = g.firstDay == Doc.NO_DAY ? null : LocalDate.ofEpochDay(g.firstDay);
        out.add(new TimelineEntry(date, e, g.members.stream().map(i -> docs.get(i).id).toList(), summary(g)));
      }
    }
    return out;
  }

  private static int sortDay(int day) {
    return day == Doc.NO_DAY ? Integer.MAX_VALUE : day;
  }

  /** The summary of the member closest to the centroid (the most central title or lead sentence). */
  private String summary(EventIndex.Group g) {
    String best = null;
    double bestScore = -1;
    for (int i : g.members) {
      Doc d = docs.get(i);
      if (d.summary == null) {
        continue;
      }
      double s = d.body.dot(g.centroid);
      if (s > bestScore) {
        bestScore = s;
        best = d.summary;
      }
    }
    return best;
  }

  // --- actors -----------------------------------------------------------------------------------------------------

  private List<ActorSummary> actors(Map<String, Set<String>> surfacesOut) {
    // Every name linked to an actor anywhere holds everywhere: first collect the names, then resolve.
    Map<String, String> actorOfKey = new HashMap<>(introducedAliases);
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Doc d : docs) {
      for (Doc.Name n : d.names) {
        if (n.actor() == null) {
          continue;
        }
        String prev = actorOfKey.putIfAbsent(n.key(), n.actor());
        if (prev != null && !prev.equals(n.actor()) && !introducedAliases.containsKey(n.key())) {
          ambiguous.add(n.key());
        }
      }
    }
    ambiguous.forEach(actorOfKey::remove);
    Map<String, Map<String, Integer>> surfaces = new LinkedHashMap<>();
    Map<String, Set<String>> articles = new HashMap<>();
    for (Doc d : docs) {
      for (Doc.Name n : d.names) {
        String actor = n.actor() != null ? n.actor() : actorOfKey.get(n.key());
        if (actor == null) {
          continue;
        }
        surfaces.computeIfAbsent(actor, k -> new LinkedHashMap<>()).merge(n.surface(), 1, Integer::sum);
        articles.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(d.id);
      }
    }
    introducedAliases.forEach((key, actor) -> surfaces.computeIfAbsent(actor, k -> new LinkedHashMap<>())
        .merge(introducedSurface.get(key), 0, Integer::sum));
    surfaces.values().forEach(StandardCorpusAnalyzer::foldElidedArticle);
    List<ActorSummary> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : surfaces.entrySet()) {
      List<String> names = e.getValue().entrySet().stream()
          .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
          .map(Map.Entry::getKey).toList();
      String id = e.getKey();
      ActorDirectory.Entry known = directory.find(id).orElse(null);
      String name = known != null ? known.name() : names.isEmpty() ? id : names.get(0);
      String type = known != null ? known.type() : null;
      out.add(new ActorSummary(id, name, type, names, List.copyOf(articles.getOrDefault(id, Set.of()))));
      surfacesOut.put(id, new LinkedHashSet<>(names));
    }
    out.sort(Comparator.comparingInt((ActorSummary s) -> -s.articles().size()).thenComparing(ActorSummary::id));
    return out;
  }

  /**
   * After the proclitic ل the article's alef is elided (للحكومة = ل + الحكومة), so a mention's exact span reads
   * لحكومة. Where the same actor was also named with the full article, the elided form is counted as that name.
   */
  private static void foldElidedArticle(Map<String, Integer> surfaces) {
    for (String s : List.copyOf(surfaces.keySet())) {
      if (s.length() > 1 && s.charAt(0) == ArabicLetters.LAM && s.charAt(1) != ArabicLetters.ALEF) {
        String full = ArabicLetters.ALEF + s;
        if (surfaces.containsKey(full)) {
          surfaces.merge(full, surfaces.remove(s), Integer::sum);
        }
      }
    }
  }

  // --- framing ----------------------------------------------------------------------------------------------------

  private Framing framing(Doc d, Map<String, Set<String>> actorSurfaces) {
    List<Marker> markers = new ArrayList<>(d.framing.markers());
    Set<String> seen = new java.util.HashSet<>();
    for (Marker m : markers) {
      seen.add(m.actor() + "\u0000" + m.term());
    }
    // The names an actor gets matter where the corpus gives it more than one.
    for (Doc.Name n : d.names) {
      if (n.actor() != null && actorSurfaces.getOrDefault(n.actor(), Set.of()).size() > 1
          && seen.add(n.actor() + "\u0000" + n.surface())) {
        markers.add(new Marker(n.actor(), n.surface()));
      }
    }
    return new Framing(d.publisher, d.framing.leaning().wireName(), markers);
  }

  private Map<String, OutletProfile> outlets(int[] docStory, Map<String, Framing> framing) {
    Map<String, List<Doc>> byOutlet = new LinkedHashMap<>();
    for (Doc d : docs) {
      if (d.publisher != null) {
        byOutlet.computeIfAbsent(d.publisher, k -> new ArrayList<>()).add(d);
      }
    }
    if (byOutlet.isEmpty()) {
      return Map.of();
    }
    // "On the same story": the articles of storylines that two or more outlets cover.
    Map<Integer, Set<String>> outletsOfStory = new HashMap<>();
    for (Doc d : docs) {
      if (d.publisher != null) {
        outletsOfStory.computeIfAbsent(docStory[d.index], k -> new java.util.HashSet<>()).add(d.publisher);
      }
    }
    Map<String, Map<Integer, Integer>> counts = new HashMap<>();
    for (Doc d : docs) {
      if (d.publisher != null && outletsOfStory.get(docStory[d.index]).size() > 1) {
        LogOdds.addAll(counts.computeIfAbsent(d.publisher, k -> new HashMap<>()),
            LogOdds.counts(d.bagTerms, d.bagCounts));
      }
    }
    if (counts.size() < 2) {
      counts.clear();
      for (Doc d : docs) {
        if (d.publisher != null) {
          LogOdds.addAll(counts.computeIfAbsent(d.publisher, k -> new HashMap<>()),
              LogOdds.counts(d.bagTerms, d.bagCounts));
        }
      }
    }
    Map<Integer, Integer> all = new HashMap<>();
    counts.values().forEach(c -> LogOdds.addAll(all, c));
    double total = all.values().stream().mapToDouble(Integer::doubleValue).sum();
    // The prior's strength: a tenth of the data, so that it shrinks rare words without drowning the evidence.
    double a0 = Math.max(10, total / 10);
    Map<String, OutletProfile> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Doc>> e : byOutlet.entrySet()) {
      String outlet = e.getKey();
      List<OutletTerm> vocab = new ArrayList<>();
      Map<Integer, Integer> mine = counts.get(outlet);
      if (mine != null && counts.size() > 1) {
        Map<Integer, Integer> rest = new HashMap<>(all);
        mine.forEach((k, v) -> rest.merge(k, -v, Integer::sum));
        for (LogOdds.Scored s : LogOdds.rank(mine, rest, all, a0, OUTLET_TERMS, 2)) {
          if (s.z() > 0) {
            vocab.add(new OutletTerm(vocabulary.surface(s.term()), Math.round(s.z() * 1000) / 1000.0));
          }
        }
      }
      Map<Leaning, Integer> leanings = new HashMap<>();
      Map<Marker, Integer> names = new LinkedHashMap<>();
      for (Doc d : e.getValue()) {
        if (d.framing.leaning() != Leaning.UNKNOWN) {
          leanings.merge(d.framing.leaning(), 1, Integer::sum);
        }
        for (Marker m : framing.get(d.id).markers()) {
          names.merge(m, 1, Integer::sum);
        }
        for (Marker m : d.framing.all()) {
          if (!framing.get(d.id).markers().contains(m)) {
            names.merge(m, 1, Integer::sum);
          }
        }
      }
      Leaning lean = leanings.entrySet().stream()
          .max(Map.Entry.<Leaning, Integer>comparingByValue().thenComparing(x -> -x.getKey().ordinal()))
          .map(Map.Entry::getKey).orElse(Leaning.UNKNOWN);
      List<Marker> topNames = names.entrySet().stream()
          .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
          .limit(30).map(Map.Entry::getKey).toList();
      out.put(outlet, new OutletProfile(e.getValue().size(), lean.wireName(), topNames, vocab));
    }
    return out;
  }

  // --- contested claims -------------------------------------------------------------------------------------------

  private List<ContestedClaim> contested(int[] docStory) {
    record Ref(Doc doc, Doc.ClaimRef claim) {}
    // Only a denial makes a proposition contested, and denials are few: each denial looks up the assertions that
    // share its terms, so the work grows with the denials times a bounded candidate list, never with the square of
    // all claims (a corpus of 30k articles holds some 350k claims, nearly all of them assertions).
    List<Ref> refs = new ArrayList<>();
    List<Integer> denials = new ArrayList<>();
    Map<Integer, List<Integer>> assertionsByTerm = new HashMap<>();
    for (Doc d : docs) {
      for (Doc.ClaimRef c : d.claims) {
        if (c.terms().length == 0) {
          continue;
        }
        int i = refs.size();
        refs.add(new Ref(d, c));
        if (c.stance() == Stance.DENIES) {
          denials.add(i);
        } else if (c.stance() == Stance.ASSERTS) {
          for (int t : c.terms()) {
            assertionsByTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
          }
        }
      }
    }
    UnionFind sets = new UnionFind();
    for (int i = 0; i < refs.size(); i++) {
      sets.add();
    }
    for (int i : denials) {
      Ref r = refs.get(i);
      Set<Integer> candidates = new TreeSet<>();
      for (int t : r.claim().terms()) {
        List<Integer> p = assertionsByTerm.get(t);
        if (p != null) {
          // A term in very many assertions says little: its most recent postings stand for it.
          candidates.addAll(p.size() > EventIndex.MAX_POSTINGS ? p.subList(p.size() - EventIndex.MAX_POSTINGS,
              p.size()) : p);
        }
      }
      for (int j : candidates) {
        Ref o = refs.get(j);
        boolean sameStory = docStory[r.doc().index] == docStory[o.doc().index];
        double s = sameStory ? Math.max(claimSimilarity(r.claim(), o.claim()), containment(r.claim(), o.claim()))
            : claimSimilarity(r.claim(), o.claim());
        // Within a storyline the proposition may be paraphrased; across storylines only a near-verbatim match.
        if (s >= (sameStory ? settings.claimSimilarity() : Math.max(0.7, settings.claimSimilarity()))) {
          sets.union(i, j);
        }
      }
    }
    Map<Integer, List<Ref>> groups = new LinkedHashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(refs.get(i));
    }
    List<ContestedClaim> out = new ArrayList<>();
    for (List<Ref> g : groups.values()) {
      Set<SourcedIn> asserted = new LinkedHashSet<>();
      Set<SourcedIn> denied = new LinkedHashSet<>();
      String text = null;
      for (Ref r : g) {
        SourcedIn s = new SourcedIn(r.doc().id, r.claim().source() != null ? r.claim().source() : r.doc().publisher);
        if (r.claim().stance() == Stance.ASSERTS) {
          asserted.add(s);
          if (text == null) {
            text = r.claim().text();
          }
        } else if (r.claim().stance() == Stance.DENIES) {
          denied.add(s);
        }
      }
      if (!asserted.isEmpty() && !denied.isEmpty()) {
        out.add(new ContestedClaim(text, List.copyOf(asserted), List.copyOf(denied)));
      }
    }
    out.sort(Comparator.comparingInt((ContestedClaim c) -> -(c.assertedBy().size() + c.deniedBy().size())));
    return out;
  }

  /** Jaccard of the claims' content terms, plus a small bonus when they name a common actor. */
  static double claimSimilarity(Doc.ClaimRef a, Doc.ClaimRef b) {
    int shared = shared(a.terms(), b.terms());
    double jac = shared / (double) (a.terms().length + b.terms().length - shared);
    boolean actor = Arrays.stream(a.actors()).anyMatch(s -> Arrays.asList(b.actors()).contains(s));
    return jac + (actor ? 0.15 : 0);
  }

  /** Content terms of the shorter claim at most for {@link #containment} to apply. */
  static final int SHORT_CLAIM_TERMS = 4;

  /**
   * How much of a short claim the other one contains. A denial names its proposition briefly ("نفى التوصل إلى
   * اتفاق"), while the assertion it answers is a whole sentence, so Jaccard stays low for the very pairs that make
   * a claim contested. Only for a claim of at most {@link #SHORT_CLAIM_TERMS} content terms, at least two of them
   * shared, and (see the caller) only within one storyline.
   */
  static double containment(Doc.ClaimRef a, Doc.ClaimRef b) {
    int smaller = Math.min(a.terms().length, b.terms().length);
    if (smaller > SHORT_CLAIM_TERMS) {
      return 0;
    }
    int shared = shared(a.terms(), b.terms());
    return shared >= 2 ? shared / (double) smaller : 0;
  }

  /** The number of terms two sorted term arrays share. */
  private static int shared(int[] x, int[] y) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }
}
