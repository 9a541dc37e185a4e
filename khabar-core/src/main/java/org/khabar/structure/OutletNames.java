package org.khabar.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.khabar.model.RawArticle;

/**
 * Lines that name the page's own outlet (its registered names, its site name or its domain's label).
 *
 * <p>Thread-safe: a bounded concurrent cache of names per outlet.
 */
final class OutletNames {
  private final PublisherResolver publishers;

  OutletNames(PublisherResolver publishers) {
    this.publishers = publishers;
  }

  /**
   * Marks the lines that name the page's own outlet: a header ("headline | site"), a copyright or greeting line
   * ("with the greetings of the X team"), an about-us paragraph. The names are those the outlet registry holds for
   * the URL's domain, the metadata site name, and the domain's own label ({@code christian-dogma.com}: "christian
   * dogma"). Naming the outlet is a hint of furniture, not evidence (a report quotes "X's correspondent", a credit
   * line reads "France 24 / AFP"), so it only feeds the learnt model and, with widget words, the footer pass.
   */
  void markOutletNames(RawArticle article, List<PageLine> lines) {
    List<List<String>> names = outletNames(article);
    if (names.isEmpty()) {
      return;
    }
    Set<String> firstWords = new HashSet<>();
    for (List<String> name : names) {
      firstWords.add(name.get(0));
    }
    for (PageLine l : lines) {
      if (l.blank || Collections.disjoint(firstWords, l.words)) {
        continue;
      }
      for (List<String> name : names) {
        if (Collections.indexOfSubList(l.words, name) >= 0) {
          l.namesOutlet = true;
          break;
        }
      }
    }
  }

  /** Name word lists by outlet, site name and domain label; bounded, shared by threads. */
  private final java.util.concurrent.ConcurrentHashMap<String, List<List<String>>> outletNameCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_OUTLETS = 10_000;

  List<List<String>> outletNames(RawArticle article) {
    Set<String> raw = new LinkedHashSet<>();
    String url = article.source().url() != null ? article.source().url() : article.metadata().url();
    String site = article.metadata().siteName();
    Optional<Outlet> outlet = publishers.registry().byDomain(url);
    if (outlet.isEmpty() && site != null) {
      outlet = publishers.registry().byName(site);
    }
    String label = domainLabel(url);
    String cacheKey = outlet.map(Outlet::id).orElse("") + '\u0000' + (site == null ? "" : site) + '\u0000'
        + (label == null ? "" : label);
    List<List<String>> cached = outletNameCache.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    outlet.ifPresent(o -> {
      raw.addAll(o.arabicNames());
      raw.addAll(o.latinNames());
    });
    if (site != null && site.length() <= 60) {
      raw.add(site);
    }
    if (label != null) {
      raw.add(label.replace('-', ' '));
    }
    List<List<String>> out = new ArrayList<>();
    for (String name : raw) {
      List<String> w = Lexicon.words(Lexicon.wordKey(name));
      // One short word (a bare "24", "news") says nothing about the outlet.
      if (!w.isEmpty() && w.size() <= 6 && (w.size() > 1 || w.get(0).length() >= 4)) {
        out.add(w);
      }
    }
    out = List.copyOf(out);
    if (outletNameCache.size() < MAX_CACHED_OUTLETS) {
      outletNameCache.put(cacheKey, out);
    }
    return out;
  }

  /** The registrable label of a URL's host ({@code https://www.nashwannews.com/x}: nashwannews); null if none. */
  static String domainLabel(String url) {
    if (url == null) {
      return null;
    }
    String s = url.strip().toLowerCase(Locale.ROOT);
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    }
    int end = 0;
    while (end < s.length() && "/?#:".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    String[] parts = s.substring(0, end).split("\\.");
    if (parts.length < 2) {
      return null;
    }
    // the label before the public suffix: skip a second-level suffix such as com.lb, co.uk, org.eg
    int i = parts.length - 2;
    if (i > 0 && parts[i].length() <= 3 && parts[parts.length - 1].length() == 2) {
      i--;
    }
    String label = parts[i];
    return label.length() >= 4 && label.chars().allMatch(c -> c < 128) ? label : null;
  }
}
