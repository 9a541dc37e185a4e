package org.khabar.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.Article;
import org.khabar.model.Claim;
import org.khabar.model.DateBasis;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.Published;
import org.khabar.model.Publisher;
import org.khabar.model.Quote;
import org.khabar.model.SourceRef;

/** Hand-built analysed articles for the corpus tests. */
final class Articles {
  private final String id;
  private String title;
  private String body = "";
  private String publisher;
  private Published published = Published.UNKNOWN;
  private final List<EntityMention> entities = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();

  private Articles(String id) {
    this.id = id;
  }

  static Articles article(String id) {
    return new Articles(id);
  }

  Articles title(String t) {
    title = t;
    return this;
  }

  Articles body(String b) {
    body = b;
    return this;
  }

  Articles publisher(String p) {
    publisher = p;
    return this;
  }

  Articles on(String isoDate) {
    LocalDate d = LocalDate.parse(isoDate);
    published = new Published(d, d, d, d.getDayOfWeek(), DateBasis.METADATA, List.of());
    return this;
  }

  Articles between(String earliest, String latest) {
    published = new Published(null, LocalDate.parse(earliest), LocalDate.parse(latest), null, DateBasis.RELATIVE,
        List.of());
    return this;
  }

  /** Only the weekday is known ("اليوم الاثنين"), no day. */
  Articles weekday(java.time.DayOfWeek day) {
    published = new Published(null, null, null, day, DateBasis.RELATIVE, List.of("weekday stated"));
    return this;
  }

  Articles entity(String text, EntityType type, String actor, int line) {
    entities.add(new EntityMention(text, type, actor, line, 0, text.length()));
    return this;
  }

  Articles claim(String text, String source, org.khabar.model.Stance stance, int line) {
    claims.add(new Claim(text, source, stance, line));
    return this;
  }

  Articles quote(String speaker, String text) {
    quotes.add(new Quote(speaker, null, text, org.khabar.model.QuoteKind.DIRECT, 1));
    return this;
  }

  Article build() {
    return new Article(id, new SourceRef(id + ".txt", null, "txt"), title, null, null,
        publisher == null ? null : new Publisher(publisher, null, List.of()), published, List.of(), body, entities,
        List.of(), List.of(), quotes, claims, List.of());
  }
}
