package org.khabar.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.entity.ActorKnowledgeBase.NameEntry;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;
import org.khabar.text.KnowledgeFile;
import org.khabar.text.ArabicText;

/**
 * The standard {@link ActorLinker}: a dictionary tagger over the knowledge base's name trie, merged with the
 * recogniser's mentions, then document-level resolution of generic nouns and detection of introduced aliases.
 * Stateless and thread-safe.
 */
final class DictionaryActorLinker implements ActorLinker {
  /** Words longer than this are not names; they are skipped to bound the work on hostile input. */
  private static final int MAX_WORD = 64;
  /** The longest alias an article may introduce, in words. */
  private static final int MAX_ALIAS_WORDS = 4;

  private static final Set<String> MODIFIERS = keys(load("generic-modifiers.txt"));

  /** Verbs and participles that introduce another name: "المعروف بـ", "ما يعرف بـ", "المسمى". */
  private static final Set<String> KNOWN_AS = keys(List.of(
      "المعروف", "المعروفة", "المعروفين", "المعروفون", "والمعروف", "والمعروفة", "يعرف", "تعرف", "ويعرف", "وتعرف",
      "يعرفون", "المسمى", "المسماة", "الملقب", "الملقبة", "المختصر", "يسمى", "تسمى", "يختصر"));
  /** Words that may stand between the verb and the name: "اختصارا", "إعلاميا". */
  private static final Set<String> KNOWN_AS_ADVERBS = keys(List.of(
      "اختصارا", "إعلاميا", "محليا", "سابقا", "حاليا", "أيضا", "شعبيا", "إعلامياً", "اختصاراً"));
  /** Words that never belong to an introduced name. */
  private static final Set<String> STOP = keys(List.of(
      "في", "من", "على", "إلى", "الى", "عن", "مع", "التي", "الذي", "الذين", "هو", "هي", "أن", "إن", "قد", "كان",
      "كانت", "بعد", "قبل", "منذ", "حيث", "ضد", "و", "أو", "ثم", "لا", "لم", "لن", "ما", "مقره", "مقرها", "ومقره",
      "ومقرها", "عام", "نحو", "حتى", "بين", "عند", "خلال", "وفق", "حسب"));

  private static final GivenNames GIVEN_NAMES = GivenNames.bundled();

  private final ActorKnowledgeBase kb;

  DictionaryActorLinker(ActorKnowledgeBase kb) {
    this.kb = kb;
  }

  /** One mention under construction. */
  private static final class Found {
    final int line;
    final int start;
    final int end;
    final String text;
    EntityType type;
    Actor actor;
    GenericTerm generic;
    boolean weak;
    final boolean fromNer;

    Found(int line, int start, int end, String text, EntityType type, boolean fromNer) {
      this.line = line;
      this.start = start;
      this.end = end;
      this.text = text;
      this.type = type;
      this.fromNer = fromNer;
    }

    private String key;

    /** The matching key of the mention's text, computed once. */
    String key() {
      if (key == null) {
        key = ArabicText.matchKey(text);
      }
      return key;
    }

    boolean overlaps(Found o) {
      return line == o.line && start < o.end && o.start < end;
    }
  }

  @Override
  public LinkResult link(List<TextLine> content, List<EntityMention> nerMentions) {
    if (content == null || content.isEmpty()) {
      return new LinkResult(List.of(), List.of());
    }
    return linkTokenized(TokenizedLine.of(content), nerMentions);
  }

  /** Links an article whose lines are already split into words. */
  LinkResult linkTokenized(List<TokenizedLine> content, List<EntityMention> nerMentions) {
    Map<Integer, String> lines = new HashMap<>();
    Map<Integer, Token[]> tokens = new HashMap<>();
    List<Found> dictionary = new ArrayList<>();
    for (TokenizedLine l : content) {
      lines.put(l.number(), l.text());
      tokens.put(l.number(), l.tokens());
      tag(l.number(), l.text(), l.tokens(), kb.trie(), dictionary);
    }
    List<Found> all = merge(lines, nerMentions == null ? List.of() : nerMentions, dictionary);
    List<AliasIntroduction> aliases = introductions(all, lines, tokens);
    if (!aliases.isEmpty()) {
      all = propagate(all, aliases, content, tokens);
    }
    resolveGeneric(all);
    List<EntityMention> out = new ArrayList<>(all.size());
    for (Found f : all) {
      if (f.generic != null && f.actor == null && !f.fromNer) {
        continue; // an unresolved bare generic noun is not a named entity
      }
      out.add(new EntityMention(f.text, f.type, f.actor == null ? null : f.actor.id(), f.line, f.start, f.end));
    }
    return new LinkResult(out, aliases);
  }

  /** The dictionary tagger: longest match at each word, clitic readings tried after the word itself. */
  private void tag(int lineNo, String line, Token[] t, NameTrie<NameEntry> trie, List<Found> out) {
    String[] readings = new String[6];
    int[] stripped = new int[6];
    Object[] found = new Object[1];
    int i = 0;
    while (i < t.length) {
      String key = t[i].key();
      if (key.length() > MAX_WORD || kb.blocked(key)) {
        i++;
        continue;
      }
      int best = trie.longest(line, t, i, key, found);
      NameEntry entry = best > 0 ? (NameEntry) found[0] : null;
      int strip = 0;
      int n = Clitics.readings(key, readings, stripped);
      for (int r = 0; r < n; r++) {
        int len = trie.longest(line, t, i, readings[r], found);
        if (len > best) {
          best = len;
          entry = (NameEntry) found[0];
          strip = stripped[r];
        }
      }
      if (best == 0) {
        i++;
        continue;
      }
      if (entry == ActorKnowledgeBase.STOP
          || (entry.generic() != null && (!bare(line, t, i + best) || afterDefinite(line, t, i)))) {
        i += best;
        continue;
      }
      int start = t[i].offsetAfterKeyChars(line, strip);
      int end = t[i + best - 1].end();
      Found f = new Found(lineNo, start, end, line.substring(start, end),
          entry.actor() == null ? EntityType.ORG : entry.actor().type().entityType(), false);
      f.actor = entry.actor();
      f.generic = entry.generic();
      f.weak = entry.weak();
      out.add(f);
      i += best;
    }
  }

  /**
   * True when a generic noun ending before token {@code next} stands bare: not followed by a definite nationality or
   * domain adjective ({@code الجيش الباكستاني}, {@code النظام الصحي}), which would make it another body.
   */
  private static boolean bare(String line, Token[] t, int next) {
    if (next >= t.length || !Token.spaceOnlyBetween(line, t[next - 1].end(), t[next].start())) {
      return true;
    }
    String k = t[next].key();
    if (!k.startsWith("ال") || MODIFIERS.contains(k)) {
      return true;
    }
    return !(k.endsWith("ي") || k.endsWith("يه") || k.endsWith("يين") || k.endsWith("يون"));
  }

  /**
   * True when the word before word {@code i} is a definite word right next to it: a generic noun there is an
   * adjective ("الهيئة المنظمة") or part of another name, not a reference to an actor.
   */
  private static boolean afterDefinite(String line, Token[] t, int i) {
    return i > 0 && Token.spaceOnlyBetween(line, t[i - 1].end(), t[i].start()) && t[i - 1].key().startsWith("ال")
        && t[i - 1].key().length() > 3;
  }

  /**
   * Merges recogniser mentions with dictionary matches: a recogniser mention keeps its span and type and takes the
   * actor of its name (or of the dictionary match that covers most of it); dictionary matches it overlaps are dropped;
   * weak names count only where the recogniser confirms them.
   */
  private List<Found> merge(Map<Integer, String> lines, List<EntityMention> ner, List<Found> dictionary) {
    if (ner.isEmpty()) {
      List<Found> all = new ArrayList<>(dictionary.size());
      for (Found d : dictionary) {
        if (!d.weak) {
          all.add(d);
        }
      }
      return all; // already in text order
    }
    Map<Integer, List<Found>> dictionaryByLine = new HashMap<>();
    for (Found d : dictionary) {
      dictionaryByLine.computeIfAbsent(d.line, k -> new ArrayList<>()).add(d);
    }
    Map<Integer, List<Found>> nerByLine = new HashMap<>();
    Set<Found> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Found> all = new ArrayList<>();
    for (EntityMention m : ner) {
      String line = lines.get(m.line());
      if (line == null || m.end() > line.length()) {
        continue; // a mention outside the content cannot be placed; drop it rather than fail
      }
      List<Found> sameLine = overlapping(dictionaryByLine.getOrDefault(m.line(), List.of()), m.start(), m.end());
      Found wider = null;
      for (Found d : sameLine) {
        if (d.actor != null && !d.weak && d.start <= m.start() && d.end >= m.end()
            && d.end - d.start > m.end() - m.start()) {
          wider = d; // the recogniser cut a knowledge-base name short ("قوات سوريا" of "قوات سوريا الديمقراطية")
        }
      }
      Found f;
      if (wider != null) {
        if (!taken.add(wider)) {
          continue;
        }
        f = wider;
      } else {
        f = new Found(m.line(), m.start(), m.end(), m.text(), m.type(), true);
        NameEntry e = kb.entry(ArabicText.matchKey(m.text()));
        if (e != null && e.actor() != null && e.weak() && m.type() != e.actor().type().entityType()) {
          e = null; // a weak name read as another kind is that other thing ("الشرق الأوسط" the region, not the paper)
        }
        if (e != null) {
          f.actor = e.actor();
          f.generic = e.generic();
          if (e.actor() != null && !e.weak() && e.generic() == null) {
            // the knowledge base is surer of a strong name's kind than the tagger ("داعش" is never a place)
            f.type = e.actor().type().entityType();
          }
        } else {
          if (coversTwoActors(sameLine, f)) {
            continue; // "الأمم المتحدة والصليب الأحمر الدولي": two names the tagger joined; their own matches stand
          }
          for (Found d : sameLine) {
            if (d.actor != null && d.start >= f.start && d.end <= f.end && 2 * (d.end - d.start) >= f.end - f.start
                && kindAgrees(f.type, d) && !otherGivenName(line.substring(f.start, d.start), d.actor)) {
              f.actor = d.actor;
            }
          }
        }
      }
      all.add(f);
      nerByLine.computeIfAbsent(f.line, k -> new ArrayList<>()).add(f);
    }
    for (List<Found> l : nerByLine.values()) {
      l.sort(Comparator.comparingInt(f -> f.start));
    }
    for (Found d : dictionary) {
      if (d.weak || taken.contains(d)) {
        continue;
      }
      boolean overlap = false;
      List<Found> recognised = nerByLine.getOrDefault(d.line, List.of());
      // Recognised spans may nest or overlap one another, so look back from the last one starting before d ends.
      int k = firstStartingAtOrAfter(recognised, d.end) - 1;
      for (int seen = 0; k >= 0 && seen < 64 && !overlap; k--, seen++) {
        overlap = recognised.get(k).overlaps(d);
      }
      if (!overlap) {
        all.add(d);
      }
    }
    all.sort(Comparator.<Found>comparingInt(f -> f.line).thenComparingInt(f -> f.start));
    return all;
  }

  /**
   * True when a name found inside a longer recognised mention may give the mention its actor: a person's name only to
   * a recognised person and a recognised person only a person's name ("محمد للسعودية" is not Saudi Arabia), and a weak
   * name only to a mention of its own kind ("شبه الجزيرة", a place, is not the channel).
   */
  private static boolean kindAgrees(EntityType mention, Found d) {
    EntityType actor = d.actor.type().entityType();
    if (d.weak) {
      return mention == actor;
    }
    return (mention == EntityType.PERSON) == (actor == EntityType.PERSON);
  }

  /**
   * True when the words a recognised person's name has before a known person's name hold a given name that none of
   * that person's names holds: "إبراهيم نصر الله" and "تركي المالكي" are other people with the family name.
   */
  private static boolean otherGivenName(String before, Actor actor) {
    if (actor.type() != ActorType.PERSON || before.isBlank()) {
      return false;
    }
    Set<String> own = null;
    for (Token w : Token.tokenize(before)) {
      if (GIVEN_NAMES.kind(w.key()) != GivenNames.GIVEN) {
        continue;
      }
      if (own == null) {
        own = new HashSet<>();
        for (List<String> names : List.of(actor.names(), actor.weakNames())) {
          for (String name : names) {
            for (Token t : Token.tokenize(name)) {
              own.add(t.key());
            }
          }
        }
      }
      if (!own.contains(w.key())) {
        return true;
      }
    }
    return false;
  }

  /** True when strong names of two different actors lie wholly inside the recognised span. */
  private static boolean coversTwoActors(List<Found> sameLine, Found f) {
    Actor first = null;
    for (Found d : sameLine) {
      if (d.actor != null && !d.weak && d.generic == null && d.start >= f.start && d.end <= f.end) {
        if (first == null) {
          first = d.actor;
        } else if (d.actor != first) {
          return true;
        }
      }
    }
    return false;
  }

  /** The dictionary matches of one line (in text order, never overlapping) that overlap {@code [start, end)}. */
  private static List<Found> overlapping(List<Found> line, int start, int end) {
    int lo = 0;
    int hi = line.size();
    while (lo < hi) { // the first match ending after start
      int mid = (lo + hi) >>> 1;
      if (line.get(mid).end <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int to = lo;
    while (to < line.size() && line.get(to).start < end) {
      to++;
    }
    return line.subList(lo, to);
  }

  /** The index of the first span in {@code sorted} (by start) that starts at or after {@code offset}. */
  private static int firstStartingAtOrAfter(List<Found> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Resolves bare generic nouns to the salient fitting actor named before it: the one named most often, the most
   * recent winning a tie; failing that (a generic noun in a title before the name), the one named most often after
   * it; failing that, none.
   */
  /** What an article said of one actor so far: how often it was named, where last, and with which head nouns. */
  private static final class Salience {
    int count;
    int last;
    final Set<String> heads = new HashSet<>(2);

    void add(Found f, int index) {
      count++;
      last = index;
      String key = f.key();
      int space = key.indexOf(' ');
      if (space > 0) {
        String first = key.substring(0, space);
        heads.add(first.startsWith("ال") && first.length() > 3 ? first.substring(2) : first);
      }
    }
  }

  private static void resolveGeneric(List<Found> all) {
    // One pass in text order, with per-actor tallies: linear in the mentions times the distinct actors named.
    Map<Actor, Salience> before = new java.util.LinkedHashMap<>();
    Map<Actor, Salience> whole = null;
    for (int i = 0; i < all.size(); i++) {
      Found f = all.get(i);
      if (f.generic == null) {
        if (f.actor != null) {
          before.computeIfAbsent(f.actor, a -> new Salience()).add(f, i);
        }
        continue;
      }
      Actor pick = mostSalient(f.generic, before, true);
      if (pick == null) {
        if (whole == null) {
          whole = new java.util.LinkedHashMap<>();
          for (int j = 0; j < all.size(); j++) {
            Found e = all.get(j);
            if (e.generic == null && e.actor != null) {
              whole.computeIfAbsent(e.actor, a -> new Salience()).add(e, j);
            }
          }
        }
        pick = mostSalient(f.generic, whole, false);
      }
      f.actor = pick;
    }
  }

  /**
   * The fitting actor named most often; with {@code recency}, the most recently named one gets half a point more
   * (frequency wins over recency, recency breaks a tie). Null when none fits.
   */
  private static Actor mostSalient(GenericTerm g, Map<Actor, Salience> tallies, boolean recency) {
    Actor recent = null;
    int recentAt = -1;
    if (recency) {
      for (Map.Entry<Actor, Salience> e : tallies.entrySet()) {
        if (e.getValue().last > recentAt && g.fits(e.getKey(), e.getValue().heads)) {
          recent = e.getKey();
          recentAt = e.getValue().last;
        }
      }
    }
    Actor pick = null;
    double best = 0;
    int bestLast = -1;
    for (Map.Entry<Actor, Salience> e : tallies.entrySet()) {
      Salience sal = e.getValue();
      if (!g.fits(e.getKey(), sal.heads)) {
        continue;
      }
      double score = sal.count + (e.getKey() == recent ? 0.5 : 0);
      if (score > best || (recency && score == best && sal.last > bestLast)) {
        best = score;
        bestLast = sal.last;
        pick = e.getKey();
      }
    }
    return pick;
  }

  // ---- alias introductions ----

  private List<AliasIntroduction> introductions(List<Found> all, Map<Integer, String> lines, Map<Integer, Token[]> tokens) {
    List<AliasIntroduction> out = new ArrayList<>();
    for (Found x : all) {
      if (x.generic != null || x.type == EntityType.PLACE || (x.actor == null && !x.fromNer)) {
        continue;
      }
      String line = lines.get(x.line);
      int[] y = bracketed(line, x.end);
      String pattern = y == null ? null : (isParen(line.charAt(y[0] - 1)) ? "paren" : "quote");
      if (y == null) {
        y = knownAs(line, tokens.get(x.line), x.end);
        pattern = "known_as";
      }
      if (y == null) {
        continue;
      }
      while (y[0] < y[1] && (line.charAt(y[0]) == '#' || line.charAt(y[0]) == '@')) {
        y[0]++; // a hashtag is the name without its sign
      }
      while (y[1] > y[0] && ",\u060C;\u061B:!?\u061F".indexOf(line.charAt(y[1] - 1)) >= 0) {
        y[1]--; // trailing punctuation inside the quotes
      }
      String alias = line.substring(y[0], y[1]);
      if (!nameLike(alias)) {
        continue;
      }
      NameEntry known = kb.entry(ArabicText.matchKey(alias));
      Actor yActor = known == null ? null : known.actor();
      if (known != null && known.generic() != null) {
        continue;
      }
      if (pattern.equals("known_as") && x.actor != null && x.actor.type() == ActorType.PERSON) {
        continue; // "المعروف بـ" after a person's name describes something else as often as the person
      }
      if (!pattern.equals("known_as") && yActor == null) {
        // Quotes and brackets after a name hold speech and remarks far more often than names: only an abbreviation
        // or a spelling variant of an organisation's name is taken.
        Actor owner = x.actor;
        if (owner != null && (owner.type() == ActorType.PERSON || owner.type() == ActorType.STATE)) {
          continue;
        }
        if (!abbreviates(alias, x.text) && (owner == null || !variantOf(alias, owner))) {
          continue;
        }
      } else if (!pattern.equals("known_as") && x.actor == null && !abbreviates(alias, x.text)) {
        continue;
      }
      if (x.actor != null) {
        if (yActor != null) {
          continue; // both names known: nothing new, or two different actors that must not merge
        }
        out.add(new AliasIntroduction(x.actor.id(), x.text, alias, pattern, x.line, y[0], y[1]));
      } else if (yActor != null) {
        if (yActor.type() == ActorType.STATE) {
          continue;
        }
        x.actor = yActor;
        out.add(new AliasIntroduction(yActor.id(), alias, x.text, pattern, x.line, x.start, x.end));
      } else {
        out.add(new AliasIntroduction(null, x.text, alias, pattern, x.line, y[0], y[1]));
      }
    }
    return out;
  }

  private static boolean isParen(char c) {
    return c == '(' || c == '[' || c == '\uFD3E' || c == '\uFD3F';
  }

  /** The span inside quotes or brackets that opens right after {@code from} (white space between), or null. */
  private static int[] bracketed(String line, int from) {
    int i = from;
    while (i < line.length() && i - from < 3 && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    if (i >= line.length()) {
      return null;
    }
    char open = line.charAt(i);
    char close = closing(open);
    if (close == 0) {
      return null;
    }
    int limit = Math.min(line.length(), i + 1 + 60);
    for (int j = i + 1; j < limit; j++) {
      char c = line.charAt(j);
      if (c == close || (open == '"' && c == '\u201D') || (open == '\u201D' && c == '\u201C')) {
        int s = i + 1;
        int e = j;
        while (s < e && Character.isWhitespace(line.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
          e--;
        }
        return e > s ? new int[] {s, e} : null;
      }
    }
    return null;
  }

  private static char closing(char open) {
    return switch (open) {
      case '"' -> '"';
      case '\u00AB' -> '\u00BB';
      case '\u201C' -> '\u201D';
      case '\u201D' -> '\u201D';
      case '\'' -> '\'';
      case '(' -> ')';
      case '\uFD3F' -> '\uFD3E';
      case '\uFD3E' -> '\uFD3F';
      case '[' -> ']';
      default -> 0;
    };
  }

  /** The name after "المعروف بـ" / "أو ما يعرف باسم" / "المسمى" following offset {@code from}, or null. */
  private int[] knownAs(String line, Token[] t, int from) {
    int lo = 0;
    int hi = t.length;
    while (lo < hi) { // the first word starting at or after from
      int mid = (lo + hi) >>> 1;
      if (t[mid].start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int k = lo;
    if (k >= t.length || !gapIsSoft(line, from, t[k].start())) {
      return null;
    }
    String w = t[k].key();
    if ((w.equals("او") || w.equals("واو")) && k + 1 < t.length) {
      w = t[++k].key();
    }
    if (w.equals("ما") && k + 1 < t.length) {
      w = t[++k].key();
    }
    if (!KNOWN_AS.contains(w)) {
      return null;
    }
    k++;
    if (k < t.length && KNOWN_AS_ADVERBS.contains(t[k].key())) {
      k++;
    }
    if (k < t.length && (t[k].key().equals("عليه") || t[k].key().equals("عليها"))) {
      k++;
    }
    if (k >= t.length) {
      return null;
    }
    String b = t[k].key();
    int start;
    int first = k;
    if (b.equals("ب") || b.equals("باسم") || b.equals("اسم")) {
      first = k + 1;
      if (first >= t.length) {
        return null;
      }
      start = t[first].start();
    } else if (b.startsWith("ب") && b.length() > 2) {
      start = t[k].offsetAfterKeyChars(line, 1);
    } else if (w.startsWith("المسم") || w.startsWith("الملقب") || w.startsWith("يسم") || w.startsWith("تسم")) {
      // "المسمى X" without بـ: only a quoted name counts, the words after it are as often a description.
      int[] quoted = bracketed(line, t[k].start() > 0 ? t[k - 1].end() : 0);
      return quoted != null && quoted[0] <= t[k].start() + 1 ? quoted : null;
    } else {
      return null;
    }
    int[] quoted = bracketed(line, start);
    if (quoted != null && quoted[0] - start <= 4) {
      return quoted;
    }
    if (start < line.length() && closing(line.charAt(start)) != 0) {
      quoted = bracketed(line, start);
      return quoted;
    }
    // A known name starting here, else the words up to punctuation or a function word.
    String firstKey = ArabicText.matchKey(line.substring(start, t[first].end()));
    Object[] found = new Object[1];
    int len = kb.trie().longest(line, t, first, firstKey, found);
    int last = first + Math.max(len, 1) - 1;
    if (len == 0) {
      if (STOP.contains(firstKey)) {
        return null;
      }
      while (last + 1 < t.length && last + 1 - first < MAX_ALIAS_WORDS - 1
          && Token.spaceOnlyBetween(line, t[last].end(), t[last + 1].start())
          && !STOP.contains(t[last + 1].key()) && !KNOWN_AS.contains(t[last + 1].key())
          && continuesName(t[last].key(), t[last + 1].key())) {
        last++;
      }
    }
    return new int[] {start, t[last].end()};
  }

  /**
   * True when word {@code next} can continue a name ending in {@code prev}: a definite word after any word (an
   * adjective or the second term of a construct), or a Latin word after a Latin word. An indefinite Arabic word
   * starts the next phrase ("... بـ النمور الحمر مواقع").
   */
  private static boolean continuesName(String prev, String next) {
    if (next.startsWith("ال")) {
      return true;
    }
    return next.charAt(0) < 128 && prev.charAt(0) < 128;
  }

  private static boolean gapIsSoft(String line, int from, int to) {
    if (to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u060C' && c != ',' && !Token.isMark(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code alias} can abbreviate {@code name}: a Latin acronym in capitals ({@code YPG}, {@code C.I.A}), or
   * one Arabic word (dots between its letters allowed: ق.س.د) whose first letter starts a word of the name, with the
   * article set aside, and whose letters occur in the name in the same order ({@code قسد}, {@code داعش}, {@code حماس}).
   */
  static boolean abbreviates(String alias, String name) {
    String a = ArabicText.matchKey(alias).replace(".", "").replace(" ", "");
    if (a.length() < 2 || a.length() > 12) {
      return false;
    }
    if (alias.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == '.' || c == ' ')) {
      return true;
    }
    if (!a.chars().allMatch(c -> Character.isLetter(c) && c >= 0x0600)) {
      return false;
    }
    if (a.startsWith("ال") && a.length() > 3) {
      a = a.substring(2);
    }
    String n = ArabicText.matchKey(name);
    boolean initial = false;
    for (String w : n.split(" ")) {
      String stem = w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
      if (stem.startsWith("و") && stem.length() > 3 && !initial) {
        stem = stem.substring(1);
      }
      initial |= !stem.isEmpty() && stem.charAt(0) == a.charAt(0);
    }
    if (!initial) {
      return false;
    }
    int from = 0;
    for (int i = 0; i < a.length(); i++) {
      from = n.indexOf(a.charAt(i), from) + 1;
      if (from == 0) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code alias} is a spelling variant of one of the actor's names (the article aside, one edit in five letters). */
  static boolean variantOf(String alias, Actor actor) {
    String a = bareKey(alias);
    if (a.length() < 3) {
      return false;
    }
    for (String name : actor.names()) {
      String b = bareKey(name);
      if (Math.abs(a.length() - b.length()) <= 2 && editDistance(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 5)) {
        return true;
      }
    }
    return false;
  }

  private static String bareKey(String s) {
    String k = ArabicText.matchKey(s).replace(".", "").replace(" ", "");
    return k.startsWith("ال") && k.length() > 3 ? k.substring(2) : k;
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** True for a short span of words that can be a name: 1 to 4 words, no function words, not only digits. */
  private static boolean nameLike(String s) {
    if (s.length() > 50) {
      return false;
    }
    Token[] t = Token.tokenize(s);
    if (t.length == 0 || t.length > MAX_ALIAS_WORDS) {
      return false;
    }
    boolean letter = false;
    for (Token w : t) {
      if (STOP.contains(w.key())) {
        return false;
      }
      letter |= Character.isLetter(w.key().charAt(0));
    }
    return letter;
  }

  /** Links the other occurrences in the article of a name it introduced for a known actor. */
  private List<Found> propagate(List<Found> all, List<AliasIntroduction> aliases, List<TokenizedLine> content,
      Map<Integer, Token[]> tokens) {
    NameTrie<NameEntry> local = new NameTrie<>();
    Set<String> seen = new HashSet<>();
    for (AliasIntroduction a : aliases) {
      Actor actor = a.actor() == null ? null : kb.byId(a.actor()).orElse(null);
      if (actor == null) {
        continue;
      }
      for (String name : List.of(a.alias(), a.name())) {
        String[] words = NameTrie.words(name);
        if (words.length > 0 && kb.entry(ArabicText.matchKey(name)) == null && seen.add(String.join(" ", words))) {
          local.put(words, new NameEntry(actor, false, null));
        }
      }
    }
    if (local.size() == 0) {
      return all;
    }
    List<Found> extra = new ArrayList<>();
    for (TokenizedLine l : content) {
      tag(l.number(), l.text(), l.tokens(), local, extra);
    }
    List<Found> merged = new ArrayList<>(all);
    for (Found e : extra) {
      boolean overlap = false;
      for (Found f : all) {
        if (f.overlaps(e)) {
          overlap = true;
          break;
        }
      }
      if (!overlap) {
        merged.add(e);
      }
    }
    merged.sort(Comparator.<Found>comparingInt(f -> f.line).thenComparingInt(f -> f.start));
    return merged;
  }

  // ---- resources ----

  /** The matching keys of {@code words}, unmodifiable. */
  static Set<String> keys(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(ArabicText.matchKey(w));
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  static List<String> load(String resource) {
    return KnowledgeFile.lines(DictionaryActorLinker.class, resource);
  }
}
