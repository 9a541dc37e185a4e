package org.khabar.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.Publisher;
import org.khabar.model.RawArticle;

/**
 * Decides who published a page, from the strongest evidence to the weakest: the container's site name, the URL's
 * domain, a contact e-mail domain, the site name in the page's header or copyright line, and self-references
 * ("لمراسل X", "لـ«X»", "قال X للميادين"). Wire lines ("المصدر: وكالات") never name the publisher. Unknown stays
 * unknown: no guess.
 *
 * <p>Stateless and thread-safe.
 */
final class PublisherResolver {
  /** E-mail addresses, also written to fool harvesters: {@code desk (at) example.com}, {@code a [at] b [dot] com}. */
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9._%+-]+\\s*(?:@|\\(at\\)|\\[at\\]|\\{at\\}|\\sat\\s)\\s*"
          + "([A-Za-z0-9-]+(?:\\s*(?:\\.|\\(dot\\)|\\[dot\\]|\\sdot\\s)\\s*[A-Za-z0-9-]+)+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DOT = Pattern.compile("\\s*(?:\\(dot\\)|\\[dot\\]|\\sdot\\s)\\s*|\\s*\\.\\s*",
      Pattern.CASE_INSENSITIVE);
  /** Words that stand before a name without being part of it (folded: ة is ه). */
  private static final Set<String> DESCRIPTORS = Set.of("موقع", "قناه", "صحيفه", "جريده", "شبكه", "مجله", "وكاله",
      "بوابه", "تلفزيون", "اذاعه", "راديو", "لدى", "ل", "لموقع", "لقناه", "لصحيفه", "لجريده", "لشبكه", "لمجله",
      "لوكاله", "لبوابه", "site", "by");
  /** Words after which an outlet name is the one the text is told to: "لمراسل X", "لـ X". */
  private static final Set<String> TOLD = Set.of("ل", "لمراسل", "لمراسله", "لمراسلي", "مراسل", "مراسله");
  private static final int MAX_SCAN_CHARS = 20_000;
  /** Separators between a headline and the site name: " | ", " - ", " – ". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—]\\s+|\\s*\\|\\s*");

  private final OutletRegistry registry;

  PublisherResolver(OutletRegistry registry) {
    this.registry = registry;
  }

  /** The outlet registry it resolves against. */
  OutletRegistry registry() {
    return registry;
  }

  /**
   * Resolves the publisher.
   *
   * @param a the article
   * @param keys word lists of every line (capped), same indexing as the lines
   * @param content which lines are the article's own text
   * @param byline the byline found, or {@code null}: "| عنب بلدي" names the outlet; "المصدر: الجزيرة" or
   *     "نقلا عن الحياة" only says where the text came from, so a byline with an opener never names the publisher
   */
  Publisher resolve(RawArticle a, List<List<String>> keys, boolean[] content, String byline) {
    ArticleMetadata m = a.metadata();
    List<String> evidence = new ArrayList<>();
    Outlet found = null;
    String unregisteredName = null;
    if (m.siteName() != null && !m.siteName().isBlank()) {
      Optional<Outlet> o = registry.byName(m.siteName());
      if (o.isEmpty()) {
        o = registry.byDomain(m.siteName());
      }
      if (o.isPresent()) {
        found = o.get();
      } else {
        unregisteredName = m.siteName().strip();
      }
      evidence.add("metadata site name: " + m.siteName().strip());
    }
    String url = a.source().url() != null ? a.source().url() : m.url();
    if (url != null) {
      Optional<Outlet> o = registry.byDomain(url);
      if (o.isPresent()) {
        if (found == null) {
          found = o.get();
        }
        if (found == o.get()) {
          evidence.add("URL domain: " + url.strip());
        }
      }
    }
    Map<Outlet, String> emails = emailOutlets(a);
    for (Map.Entry<Outlet, String> e : emails.entrySet()) {
      if (found == null) {
        found = e.getKey();
      }
      if (found == e.getKey()) {
        evidence.add("contact e-mail domain: " + e.getValue());
      }
    }
    Map<Outlet, String> named = siteNames(a, keys, content);
    for (Map.Entry<Outlet, String> e : named.entrySet()) {
      if (found == null && unregisteredName == null) {
        found = e.getKey();
      }
      if (found == e.getKey()) {
        evidence.add("site name on the page: " + e.getValue());
      }
    }
    if (byline != null) {
      List<String> w = Lexicon.words(org.khabar.text.ArabicText.matchKey(byline));
      int k = 0;
      while (k < w.size() && DESCRIPTORS.contains(w.get(k))) {
        k++;
      }
      Optional<Outlet> o = nameAt(w, k, true);
      if (o.isPresent() && !"agency".equals(o.get().type()) && k + nameLength(w, k) == w.size()) {
        if (found == null && unregisteredName == null) {
          found = o.get();
        }
        if (found == o.get()) {
          evidence.add("byline: " + byline);
        }
      }
    }
    Map<Outlet, String> self = selfReferences(keys, content);
    for (Map.Entry<Outlet, String> e : self.entrySet()) {
      if (found == null && unregisteredName == null && self.size() == 1) {
        found = e.getKey();
      }
      if (found == e.getKey()) {
        evidence.add("self-reference: " + e.getValue());
      }
    }
    if (found != null) {
      return new Publisher(found.name(), found.id(), evidence);
    }
    if (unregisteredName != null) {
      return new Publisher(unregisteredName, null, evidence);
    }
    return null;
  }

  private Map<Outlet, String> emailOutlets(RawArticle a) {
    Map<Outlet, String> out = new LinkedHashMap<>();
    for (String line : a.lines()) {
      if (line.length() > MAX_SCAN_CHARS
          || (line.indexOf('@') < 0 && line.indexOf("at") < 0 && line.indexOf("AT") < 0)) {
        continue;
      }
      Matcher mt = EMAIL.matcher(line);
      while (mt.find()) {
        String domain = DOT.matcher(mt.group(1)).replaceAll(".");
        registry.byDomain(domain).ifPresent(o -> out.putIfAbsent(o, domain));
      }
    }
    return out;
  }

  /**
   * Site names in the header line ("TITLE | إرم نيوز", "TITLE - النهار") and in copyright lines ("جميع الحقوق
   * محفوظة لموقع المدن"): a name must fill a whole segment between separators, or follow the copyright words.
   */
  private Map<Outlet, String> siteNames(RawArticle a, List<List<String>> keys, boolean[] content) {
    Map<Outlet, String> out = new LinkedHashMap<>();
    int firstNonBlank = -1;
    for (int i = 0; i < a.lines().size(); i++) {
      if (!a.lines().get(i).isBlank()) {
        firstNonBlank = i;
        break;
      }
    }
    if (firstNonBlank >= 0) {
      String line = a.lines().get(firstNonBlank);
      String head = line.length() > 400 ? line.substring(0, 400) : line;
      String[] segments = SEPARATOR.split(head);
      if (segments.length > 1) {
        List<String> w0 = Lexicon.words(org.khabar.text.ArabicText.matchKey(segments[0]));
        if (w0.size() <= 4) {
          registry.byNameKey(String.join(" ", w0)).ifPresent(o -> out.putIfAbsent(o, "header: " + segments[0].strip()));
        }
      }
      for (int s = 1; s < segments.length; s++) {
        List<String> w = Lexicon.words(org.khabar.text.ArabicText.matchKey(segments[s]));
        // A site name is the start of a segment after a separator ("... | إرم نيوز عطل ..." when the scraper
        // glued the lead on): the longest registered name there wins.
        nameAt(w, 0, true).ifPresent(o -> out.putIfAbsent(o, "header: " + segments[0].strip() + " | ..."));
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      if (content[i]) {
        continue;
      }
      List<String> w = keys.get(i);
      for (int j = 0; j + 1 < w.size(); j++) {
        if (w.get(j).equals("محفوظه") || w.get(j).equals("©") || w.get(j).equals("copyright")) {
          int k = j + 1;
          while (k < w.size() && (DESCRIPTORS.contains(w.get(k)) || w.get(k).chars().allMatch(Character::isDigit))) {
            k++;
          }
          final int line = i + 1;
          Optional<Outlet> o = nameAt(w, k, true);
          if (o.isEmpty() && k < w.size() && w.get(k).length() > 3 && w.get(k).startsWith("ل")) {
            List<String> stripped = new ArrayList<>(w.subList(k, w.size()));
            stripped.set(0, stripped.get(0).substring(1));
            if (DESCRIPTORS.contains(stripped.get(0))) {
              stripped.remove(0);
            }
            o = nameAt(stripped, 0, true);
          }
          o.ifPresent(x -> out.putIfAbsent(x, "copyright line " + line));
        }
      }
    }
    return out;
  }

  /** Self-references in the article's own text: "لمراسل X", "لـ«X»", "قال ... للميادين". Agencies excluded. */
  private Map<Outlet, String> selfReferences(List<List<String>> keys, boolean[] content) {
    Map<Outlet, String> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      if (!content[i]) {
        continue;
      }
      List<String> w = keys.get(i);
      for (int j = 0; j < w.size(); j++) {
        String word = w.get(j);
        Optional<Outlet> o = Optional.empty();
        if (TOLD.contains(word)) {
          int k = j + 1;
          while (k < w.size() && DESCRIPTORS.contains(w.get(k))) {
            k++;
          }
          o = nameAt(w, k, false);
        } else if (word.startsWith("لل") && word.length() > 4 && registry.startsSomeName("ا" + word.substring(1))) {
          // "للميادين" is "ل" + "الميادين": the alef of the article drops after the preposition.
          List<String> rest = new ArrayList<>(w.subList(j, Math.min(w.size(), j + registry.maxNameWords())));
          rest.set(0, "ا" + word.substring(1));
          // Only a name of two words or more: a one-word name after ل is as often a common noun ("للمدينة" "to
          // the city", "للخبر", "للدستور"), and a page quoting another outlet writes it that way too.
          o = nameLength(rest, 0) >= 2 ? nameAt(rest, 0, false) : Optional.empty();
        }
        if (o.isPresent() && !"agency".equals(o.get().type())) {
          out.putIfAbsent(o.get(), "line " + (i + 1) + ": " + word + " (" + o.get().name() + ")");
        }
      }
    }
    return out;
  }

  /** Length in words of the longest registered name at {@code from}, 0 when none. */
  private int nameLength(List<String> w, int from) {
    StringBuilder sb = new StringBuilder();
    int best = 0;
    for (int n = 1; n <= registry.maxNameWords() && from + n <= w.size(); n++) {
      if (n > 1) {
        sb.append(' ');
      }
      sb.append(w.get(from + n - 1));
      if (registry.byNameKey(sb.toString()).isPresent()) {
        best = n;
      }
    }
    return best;
  }

  /** The longest registered outlet name starting at word {@code from}. Single common words need {@code loose}. */
  private Optional<Outlet> nameAt(List<String> w, int from, boolean loose) {
    if (from >= w.size() || !registry.startsSomeName(w.get(from))) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    Optional<Outlet> best = Optional.empty();
    for (int n = 1; n <= registry.maxNameWords() && from + n <= w.size(); n++) {
      if (n > 1) {
        sb.append(' ');
      }
      sb.append(w.get(from + n - 1));
      Optional<Outlet> o = registry.byNameKey(sb.toString());
      if (o.isPresent() && (n > 1 || loose || sb.length() >= 5)) {
        best = o;
      }
    }
    return best;
  }
}
