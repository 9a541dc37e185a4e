package org.khabar.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/**
 * The actors of Middle Eastern conflicts and politics with all their names, and the generic nouns that refer back
 * to them.
 *
 * <p>{@code blocked} words and phrases look like names but are ordinary words ({@code بحماس}, {@code نصيب الأسد}).
 *
 * <p>Loaded from {@code actors.json} and {@code generic-mentions.tsv} next to this class; the standard instance is
 * built once. Immutable and thread-safe.
 */
public final class ActorKnowledgeBase {
  /** What a name in the trie leads to: an actor's name (strong or weak), or a generic noun. */
  record NameEntry(Actor actor, boolean weak, GenericTerm generic) {}

  /** The trie value of a blocked phrase. */
  static final NameEntry STOP = new NameEntry(null, false, null);

  private static volatile ActorKnowledgeBase standard;

  private final Map<String, Actor> byId;
  private final Map<String, NameEntry> byKey;
  private final NameTrie<NameEntry> trie = new NameTrie<>();
  private final Set<String> blocked;
  private final int names;

  private ActorKnowledgeBase(List<Actor> actors, List<GenericTerm> generics, Set<String> blocked, String origin) {
    Map<String, Actor> ids = new LinkedHashMap<>();
    Map<String, NameEntry> keys = new HashMap<>();
    int count = 0;
    for (Actor a : actors) {
      if (ids.put(a.id(), a) != null) {
        throw new IllegalArgumentException(origin + ": duplicate actor id '" + a.id() + "'");
      }
      for (int pass = 0; pass < 2; pass++) {
        for (String name : pass == 0 ? a.names() : a.weakNames()) {
          String key = ArabicText.matchKey(name);
          if (key.isEmpty()) {
            throw new IllegalArgumentException(origin + ": actor '" + a.id() + "' has an empty name");
          }
          NameEntry old = keys.get(key);
          if (old != null && old.actor() != a) {
            throw new IllegalArgumentException(origin + ": name '" + name + "' belongs to both '"
                + old.actor().id() + "' and '" + a.id() + "'");
          }
          if (old == null) {
            NameEntry e = new NameEntry(a, pass == 1, null);
            keys.put(key, e);
            trie.put(NameTrie.words(name), e);
            count++;
          }
        }
      }
    }
    for (String phrase : blocked) {
      if (phrase.indexOf(' ') > 0) {
        // A phrase that contains a name but is no mention of it ("نصيب الأسد"): matched as a whole, then dropped.
        trie.put(phrase.split(" "), STOP);
      }
    }
    for (GenericTerm g : generics) {
      if (keys.containsKey(g.term())) {
        throw new IllegalArgumentException(origin + ": generic noun '" + g.term() + "' is also an actor's name");
      }
      trie.put(new String[] {g.term()}, new NameEntry(null, false, g));
    }
    for (Actor a : actors) {
      if (a.parent() != null && !ids.containsKey(a.parent())) {
        throw new IllegalArgumentException(origin + ": actor '" + a.id() + "' has unknown parent '" + a.parent() + "'");
      }
    }
    this.byId = Map.copyOf(ids);
    this.byKey = Map.copyOf(keys);
    this.blocked = java.util.Collections.unmodifiableSet(new HashSet<>(blocked));
    this.names = count;
  }

  /** The standard knowledge base, loaded once from the classpath. */
  public static ActorKnowledgeBase standard() {
    ActorKnowledgeBase kb = standard;
    if (kb == null) {
      synchronized (ActorKnowledgeBase.class) {
        kb = standard;
        if (kb == null) {
          try (InputStream actors = resource("actors.json")) {
            kb = load(actors, KnowledgeFile.rows(ActorKnowledgeBase.class, "generic-mentions.tsv"), "actors.json");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          standard = kb;
        }
      }
    }
    return kb;
  }

  private static InputStream resource(String name) {
    InputStream in = ActorKnowledgeBase.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/khabar/entity/" + name);
    }
    return in;
  }

  /**
   * Loads a knowledge base: the actors as JSON ({@code {"actors": [...], "blocked": [...]}}) and the generic nouns as
   * the rows of a knowledge file of tab-separated {@code term, head, types}. Fails fast with a message naming
   * {@code origin}, the actor and the problem (a generic noun's: its file and line).
   */
  public static ActorKnowledgeBase load(InputStream actorsJson, List<KnowledgeFile.Row> generic, String origin)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(actorsJson);
    if (root == null || !root.path("actors").isArray()) {
      throw new IllegalArgumentException(origin + ": no \"actors\" array");
    }
    List<Actor> actors = new ArrayList<>();
    int index = 0;
    for (JsonNode n : root.path("actors")) {
      index++;
      try {
        actors.add(new Actor(
            text(n, "id"),
            ActorType.of(n.path("type").asText("")),
            text(n, "qid"),
            text(n, "side"),
            text(n, "country"),
            text(n, "parent"),
            text(n, "en"),
            strings(n, "names"),
            strings(n, "weak"),
            strings(n, "generic").stream().map(ArabicText::matchKey).toList(),
            text(n, "source")));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(origin + ": actor #" + index + " (" + n.path("id").asText("?") + "): "
            + e.getMessage(), e);
      }
    }
    Set<String> blocked = new HashSet<>();
    for (String b : strings(root, "blocked")) {
      blocked.add(ArabicText.matchKey(b)); // a phrase is added to the trie as a stop, see the constructor
    }
    return new ActorKnowledgeBase(actors, readGeneric(generic), blocked, origin);
  }

  private static List<GenericTerm> readGeneric(List<KnowledgeFile.Row> rows) {
    List<GenericTerm> out = new ArrayList<>();
    for (KnowledgeFile.Row row : rows) {
      String[] f = row.fields();
      if (f.length != 3) {
        throw row.error("expected term, head, types");
      }
      Set<ActorType> types = EnumSet.noneOf(ActorType.class);
      Set<ActorType> any = EnumSet.noneOf(ActorType.class);
      try {
        for (String t : f[2].split(",")) {
          if (t.endsWith("+")) {
            any.add(ActorType.of(t.substring(0, t.length() - 1)));
          } else {
            types.add(ActorType.of(t));
          }
        }
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      out.add(new GenericTerm(ArabicText.matchKey(f[0]), ArabicText.matchKey(f[1]), types, any));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : n.path(field)) {
      out.add(v.asText());
    }
    return out;
  }

  /** The actor with this id. */
  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The actor one of whose names (strong or weak) has this spelling, compared by matching key. */
  public Optional<Actor> byName(String name) {
    NameEntry e = name == null ? null : byKey.get(ArabicText.matchKey(name));
    return Optional.ofNullable(e == null ? null : e.actor());
  }

  /** Every actor, in file order. */
  public Collection<Actor> actors() {
    return byId.values();
  }

  /** How many distinct names (by matching key) the actors have, weak ones included. */
  public int nameCount() {
    return names;
  }

  NameEntry entry(String key) {
    return byKey.get(key);
  }

  NameTrie<NameEntry> trie() {
    return trie;
  }

  boolean blocked(String key) {
    return blocked.contains(key);
  }
}
