package org.khabar.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry of Arabic-language news outlets ({@code org/khabar/structure/outlets.tsv}): names, domains, country,
 * type and, where documented, alignment, each entry with its source.
 *
 * <p>Lookups by domain (the longest registered suffix of a host wins) and by name (on the word key of
 * {@link org.khabar.text.ArabicText#matchKey}; a name shared by two outlets resolves to nothing rather than to a
 * guess). Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class OutletRegistry {
  private static final OutletRegistry STANDARD = load();

  private final Map<String, Outlet> byId;
  private final Map<String, Outlet> byDomain;
  private final Map<String, List<Outlet>> byName;
  private final int maxNameWords;
  /** First words of every registered name, to skip lookups cheaply. */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();

  private OutletRegistry(List<Outlet> outlets) {
    byId = new LinkedHashMap<>();
    byDomain = new HashMap<>();
    byName = new HashMap<>();
    int max = 1;
    for (Outlet o : outlets) {
      if (byId.put(o.id(), o) != null) {
        throw new IllegalStateException("outlets.tsv: duplicate id " + o.id());
      }
      for (String d : o.domains()) {
        byDomain.put(d.toLowerCase(Locale.ROOT), o);
      }
      List<String> names = new ArrayList<>(o.arabicNames());
      names.addAll(o.latinNames());
      for (String n : names) {
        String key = Lexicon.wordKey(n);
        if (key.isEmpty()) {
          continue;
        }
        List<Outlet> list = byName.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(o)) {
          list.add(o);
        }
        max = Math.max(max, key.split(" ").length);
        int space = key.indexOf(' ');
        firstWords.add(space < 0 ? key : key.substring(0, space));
      }
    }
    maxNameWords = max;
  }

  /** The standard registry. */
  public static OutletRegistry standard() {
    return STANDARD;
  }

  private static OutletRegistry load() {
    List<Outlet> outlets = new ArrayList<>();
    for (String[] f : Lexicon.rows("outlets.tsv", 8)) {
      outlets.add(new Outlet(f[0].trim(), list(f[1]), list(f[2]), list(f[3]), emptyToNull(f[4]), f[5].trim(),
          emptyToNull(f[6]), f[7].trim()));
    }
    return new OutletRegistry(outlets);
  }

  private static List<String> list(String field) {
    return Arrays.stream(field.split(";")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** Every outlet, in file order. */
  public Collection<Outlet> all() {
    return byId.values();
  }

  /** The outlet with this id. */
  public Optional<Outlet> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The outlet of a URL or host: {@code https://www.aljazeera.net/news/x} and {@code aljazeera.net} both give Al
   * Jazeera; {@code mubasher.aljazeera.net} gives Al Jazeera Mubasher when registered, else Al Jazeera; a
   * registered {@code host/segment} ({@code bbc.com/arabic}) wins over the bare host.
   */
  public Optional<Outlet> byDomain(String urlOrHost) {
    if (urlOrHost == null || urlOrHost.isBlank()) {
      return Optional.empty();
    }
    String s = urlOrHost.strip().toLowerCase(Locale.ROOT);
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    }
    int end = 0;
    while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    String host = s.substring(0, end);
    int at = host.lastIndexOf('@');
    host = host.substring(at + 1);
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    String rest = s.substring(end);
    String segment = "";
    if (rest.startsWith("/")) {
      int slash = rest.indexOf('/', 1);
      segment = slash < 0 ? rest.substring(1) : rest.substring(1, slash);
    }
    for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
      if (!segment.isEmpty()) {
        Outlet o = byDomain.get(h + "/" + segment);
        if (o != null) {
          return Optional.of(o);
        }
      }
      Outlet o = byDomain.get(h);
      if (o != null) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The one outlet with this name (any spelling the match key folds); empty when unknown or ambiguous. */
  public Optional<Outlet> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return byNameKey(Lexicon.wordKey(name));
  }

  Optional<Outlet> byNameKey(String wordKey) {
    List<Outlet> list = byName.get(wordKey);
    return list != null && list.size() == 1 ? Optional.of(list.get(0)) : Optional.empty();
  }

  /** True when some registered name starts with this word (a match-key word). */
  boolean startsSomeName(String word) {
    return firstWords.contains(word);
  }

  /** Longest registered name, in words. */
  int maxNameWords() {
    return maxNameWords;
  }

  /** Ids of the outlets sharing a name, for diagnostics. */
  Set<String> idsNamed(String name) {
    List<Outlet> list = byName.getOrDefault(Lexicon.wordKey(name), List.of());
    return list.stream().map(Outlet::id).collect(Collectors.toSet());
  }
}
