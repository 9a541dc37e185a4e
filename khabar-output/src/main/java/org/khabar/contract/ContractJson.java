package org.khabar.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khabar.model.Article;
import org.khabar.model.Claim;
import org.khabar.model.CorpusReport;
import org.khabar.model.DateMention;
import org.khabar.model.EntityMention;
import org.khabar.model.LineAnnotation;
import org.khabar.model.Published;
import org.khabar.model.Publisher;
import org.khabar.model.Quantity;
import org.khabar.model.Quote;

/**
 * Writes the {@code khabar/1} contract ({@code docs/contract.md}): the field names here are fixed, downstream tools
 * rely on them. The mapping is spelled out field by field rather than derived from the records, so that renaming a
 * Java field can never change the contract.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContractJson {
  /** The contract's version tag. */
  public static final String SCHEMA = "khabar/1";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ContractJson() {}

  /** The shared mapper, for readers of the contract. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One {@code articles.jsonl} line, without its line break. */
  public static String articleLine(Article article) {
    try {
      return MAPPER.writeValueAsString(article(article));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise article " + article.id(), e);
    }
  }

  /** The whole {@code corpus.json}, indented. */
  public static String corpusDocument(CorpusReport report) {
    try {
      return PRETTY.writeValueAsString(corpus(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise corpus report", e);
    }
  }

  /**
   * Returns {@code articleLine} with its {@code published} object replaced by {@code publishedOf(id)}, or unchanged
   * when that gives {@code null}.
   */
  public static String withPublished(String articleLine, java.util.function.Function<String, Published> publishedOf) {
    try {
      ObjectNode article = (ObjectNode) MAPPER.readTree(articleLine);
      Published p = publishedOf.apply(article.path("id").asText());
      if (p == null) {
        return articleLine;
      }
      published(article.putObject("published"), p);
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot re-read an article line khabar wrote", e);
    }
  }

  /** The contract object for one article. */
  public static ObjectNode article(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    ObjectNode source = o.putObject("source");
    source.put("path", a.source().path());
    source.put("url", a.source().url());
    source.put("format", a.source().format());
    o.put("title", a.title());
    o.put("section", a.section());
    o.put("byline", a.byline());
    Publisher p = a.publisher();
    if (p == null) {
      o.putNull("publisher");
    } else {
      ObjectNode pub = o.putObject("publisher");
      pub.put("name", p.name());
      pub.put("id", p.id());
      strings(pub.putArray("evidence"), p.evidence());
    }
    published(o.putObject("published"), a.published());
    ArrayNode lines = o.putArray("lines");
    for (LineAnnotation l : a.lines()) {
      ObjectNode line = lines.addObject();
      line.put("line", l.line());
      line.put("role", l.role().wireName());
      line.put("joined_with", l.joinedWith());
      line.put("duplicate_of", l.duplicateOf());
    }
    o.put("body", a.body());
    ArrayNode entities = o.putArray("entities");
    for (EntityMention e : a.entities()) {
      ObjectNode n = entities.addObject();
      n.put("text", e.text());
      n.put("type", e.type().name());
      n.put("actor", e.actor());
      span(n, e.line(), e.start(), e.end());
    }
    ArrayNode dates = o.putArray("dates");
    for (DateMention d : a.dates()) {
      ObjectNode n = dates.addObject();
      n.put("text", d.text());
      n.put("value", d.value());
      n.put("type", d.type().name());
      span(n, d.line(), d.start(), d.end());
    }
    ArrayNode quantities = o.putArray("quantities");
    for (Quantity q : a.quantities()) {
      ObjectNode n = quantities.addObject();
      n.put("text", q.text());
      n.put("value", q.value());
      n.put("max", q.max());
      n.put("unit", q.unit());
      n.put("counts", q.counts());
      span(n, q.line(), q.start(), q.end());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : a.quotes()) {
      ObjectNode n = quotes.addObject();
      n.put("speaker", q.speaker());
      n.put("speaker_actor", q.speakerActor());
      n.put("text", q.text());
      n.put("kind", q.kind().wireName());
      n.put("line", q.line());
    }
    ArrayNode claims = o.putArray("claims");
    for (Claim c : a.claims()) {
      ObjectNode n = claims.addObject();
      n.put("text", c.text());
      n.put("source", c.source());
      n.put("stance", c.stance().wireName());
      n.put("line", c.line());
    }
    strings(o.putArray("flags"), a.flags());
    return o;
  }

  /** The contract object for a corpus. */
  public static ObjectNode corpus(CorpusReport r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    o.put("articles", r.articles());
    ObjectNode clusters = o.putObject("clusters");
    groups(clusters.putArray("near_duplicate"), r.clusters().nearDuplicate());
    groups(clusters.putArray("event"), r.clusters().event());
    groups(clusters.putArray("storyline"), r.clusters().storyline());
    ArrayNode actors = o.putArray("actors");
    for (CorpusReport.ActorSummary a : r.actors()) {
      ObjectNode n = actors.addObject();
      n.put("id", a.id());
      n.put("name", a.name());
      n.put("type", a.type());
      strings(n.putArray("aliases"), a.aliases());
      strings(n.putArray("articles"), a.articles());
    }
    ArrayNode timeline = o.putArray("timeline");
    for (CorpusReport.TimelineEntry t : r.timeline()) {
      ObjectNode n = timeline.addObject();
      n.put("date", iso(t.date()));
      n.put("event", t.event());
      strings(n.putArray("articles"), t.articles());
      n.put("summary", t.summary());
    }
    ArrayNode contested = o.putArray("contested_claims");
    for (CorpusReport.ContestedClaim c : r.contestedClaims()) {
      ObjectNode n = contested.addObject();
      n.put("claim", c.claim());
      sourced(n.putArray("asserted_by"), c.assertedBy());
      sourced(n.putArray("denied_by"), c.deniedBy());
    }
    ObjectNode framing = o.putObject("framing");
    for (Map.Entry<String, CorpusReport.Framing> e : new TreeMap<>(r.framing()).entrySet()) {
      ObjectNode n = framing.putObject(e.getKey());
      n.put("publisher", e.getValue().publisher());
      n.put("leaning", e.getValue().leaning());
      ArrayNode markers = n.putArray("markers");
      for (CorpusReport.Marker m : e.getValue().markers()) {
        ObjectNode mn = markers.addObject();
        mn.put("actor", m.actor());
        mn.put("term", m.term());
      }
    }
    // Additive to the khabar/1 contract: per outlet, its leaning, the names it gives actors and its distinctive words.
    ObjectNode outlets = o.putObject("outlets");
    for (Map.Entry<String, CorpusReport.OutletProfile> e : new TreeMap<>(r.outlets()).entrySet()) {
      CorpusReport.OutletProfile p = e.getValue();
      ObjectNode n = outlets.putObject(e.getKey());
      n.put("articles", p.articles());
      n.put("leaning", p.leaning());
      ArrayNode names = n.putArray("names");
      for (CorpusReport.Marker m : p.names()) {
        ObjectNode mn = names.addObject();
        mn.put("actor", m.actor());
        mn.put("term", m.term());
      }
      ArrayNode vocabulary = n.putArray("vocabulary");
      for (CorpusReport.OutletTerm t : p.vocabulary()) {
        ObjectNode tn = vocabulary.addObject();
        tn.put("term", t.term());
        tn.put("z", t.score());
      }
    }
    return o;
  }

  private static void published(ObjectNode n, Published p) {
    n.put("date", iso(p.date()));
    n.put("earliest", iso(p.earliest()));
    n.put("latest", iso(p.latest()));
    n.put("weekday", p.weekday() == null ? null : p.weekday().name().toLowerCase(java.util.Locale.ROOT));
    n.put("basis", p.basis().wireName());
    strings(n.putArray("evidence"), p.evidence());
  }

  private static void span(ObjectNode n, int line, int start, int end) {
    n.put("line", line);
    n.put("start", start);
    n.put("end", end);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void groups(ArrayNode array, List<List<String>> groups) {
    groups.forEach(g -> strings(array.addArray(), g));
  }

  private static void sourced(ArrayNode array, List<CorpusReport.SourcedIn> sources) {
    for (CorpusReport.SourcedIn s : sources) {
      ObjectNode n = array.addObject();
      n.put("article", s.article());
      n.put("source", s.source());
    }
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
