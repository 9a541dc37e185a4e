package org.khabar.structure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.khabar.model.RawArticle;
import org.khabar.text.ArabicText;

/**
 * How often each line recurs across the articles of one outlet: a line found in many articles of the same outlet
 * is template text (menus, footers, teaser boxes), the idea behind template detection in trafilatura and web
 * search engines.
 *
 * <p>Only 64-bit hashes of (outlet, line match key) are kept, in a fixed-size open-addressing table: memory is
 * bounded whatever the corpus size ({@link Builder#Builder(int)}); once the table is full, new lines are no longer
 * counted (lines already known still are). Each line counts once per article.
 *
 * <p>Built by one thread with a {@link Builder}; the built index is immutable and thread-safe.
 */
public final class TemplateIndex {
  /** An index that knows nothing: every count is zero. */
  public static final TemplateIndex EMPTY = new Builder(16).build();

  /** Lines longer than this many characters are hashed on their first part only. */
  static final int MAX_KEY_CHARS = 2_000;

  private final long[] keys;
  private final int[] counts;
  private final Map<String, Integer> articlesPerOutlet;

  private TemplateIndex(long[] keys, int[] counts, Map<String, Integer> articlesPerOutlet) {
    this.keys = keys;
    this.counts = counts;
    this.articlesPerOutlet = Map.copyOf(articlesPerOutlet);
  }

  /** A builder with room for about a million distinct lines (12 MB). */
  public static Builder builder() {
    return new Builder(1 << 20);
  }

  /** In how many articles of {@code outlet} the line occurs. */
  public int count(String outlet, String line) {
    if (outlet == null || line == null) {
      return 0;
    }
    return get(keys, counts, hash(outlet, line));
  }

  /** {@link #count} for a line whose match key (of at most {@link #MAX_KEY_CHARS} characters) is known. */
  int countKey(String outlet, String matchKey) {
    return outlet == null ? 0 : get(keys, counts, hashKey(outlet, matchKey));
  }

  /** How many articles of {@code outlet} were indexed. */
  public int articles(String outlet) {
    return outlet == null ? 0 : articlesPerOutlet.getOrDefault(outlet, 0);
  }

  /**
   * The outlet an article belongs to, for template counting: the URL's host without {@code www.}, else the
   * metadata site name, else the directory of the source file, else {@code null}.
   */
  public static String outletOf(RawArticle a) {
    String url = a.source().url() != null ? a.source().url() : a.metadata().url();
    if (url != null) {
      String s = url.strip().toLowerCase(Locale.ROOT);
      int scheme = s.indexOf("://");
      s = scheme >= 0 ? s.substring(scheme + 3) : s;
      int end = 0;
      while (end < s.length() && "/?#:".indexOf(s.charAt(end)) < 0) {
        end++;
      }
      String host = s.substring(0, end);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      if (!host.isEmpty()) {
        return host;
      }
    }
    if (a.metadata().siteName() != null && !a.metadata().siteName().isBlank()) {
      return "site:" + ArabicText.matchKey(a.metadata().siteName());
    }
    String path = a.source().path();
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash > 0 ? "dir:" + path.substring(0, slash) : null;
  }

  static long hash(String outlet, String line) {
    return hashKey(outlet, ArabicText.matchKey(line.length() > MAX_KEY_CHARS ? line.substring(0, MAX_KEY_CHARS) : line));
  }

  static long hashKey(String outlet, String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < outlet.length(); i++) {
      h = (h ^ outlet.charAt(i)) * 0x100000001b3L;
    }
    h = (h ^ 0x1F) * 0x100000001b3L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  private static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 29)) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static int get(long[] keys, int[] counts, long key) {
    int i = slot(keys, key);
    return keys[i] == key ? counts[i] : 0;
  }

  /** Feeds raw articles, one at a time, in a first pass over a corpus. Not thread-safe. */
  public static final class Builder {
    private final long[] keys;
    private final int[] counts;
    private final int limit;
    private int size;
    private final Map<String, Integer> articles = new HashMap<>();

    /** A builder whose table has {@code capacity} slots (rounded up to a power of two). */
    public Builder(int capacity) {
      int cap = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
      keys = new long[cap];
      counts = new int[cap];
      limit = cap / 4 * 3;
    }

    /** Counts the distinct non-blank lines of one article under its outlet. */
    public Builder add(RawArticle article) {
      String outlet = outletOf(article);
      if (outlet == null) {
        return this;
      }
      articles.merge(outlet, 1, Integer::sum);
      java.util.HashSet<Long> seen = new java.util.HashSet<>();
      for (String line : article.lines()) {
        if (line.isBlank()) {
          continue;
        }
        long h = hash(outlet, line);
        if (!seen.add(h)) {
          continue;
        }
        int i = slot(keys, h);
        if (keys[i] == h) {
          counts[i]++;
        } else if (size < limit) {
          keys[i] = h;
          counts[i] = 1;
          size++;
        }
      }
      return this;
    }

    /** The index; the builder must not be used afterwards. */
    public TemplateIndex build() {
      return new TemplateIndex(keys, counts, articles);
    }
  }
}
