package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outlet registry resource and its lookups (issue #5). */
class OutletRegistryTest {
  private static final OutletRegistry REGISTRY = OutletRegistry.standard();

  @Test
  void holdsAtLeast150OutletsEachWithSourceTypeAndCountry() {
    assertTrue(REGISTRY.all().size() >= 150, "outlets: " + REGISTRY.all().size());
    Set<String> types = Set.of("news-site", "newspaper", "agency", "tv", "radio", "monitor");
    Set<String> alignments = Set.of("state", "pro-government", "opposition", "independent", "foreign-state");
    for (Outlet o : REGISTRY.all()) {
      assertTrue(o.source().startsWith("https://"), o.id() + ": source");
      assertTrue(types.contains(o.type()), o.id() + ": type " + o.type());
      assertTrue(o.alignment() == null || alignments.contains(o.alignment()), o.id() + ": alignment");
      assertTrue(o.country() != null && o.country().length() == 2, o.id() + ": country");
      assertFalse(o.domains().isEmpty(), o.id() + ": domains");
    }
  }

  @Test
  void domainsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (Outlet o : REGISTRY.all()) {
      for (String d : o.domains()) {
        assertTrue(seen.add(d), "domain listed twice: " + d);
      }
    }
  }

  /** Table-driven: {@code outlet-lookups.tsv}, one {@code kind<TAB>query<TAB>expected id or -} a line. */
  @Test
  void lookupsFromTable() throws IOException {
    List<String> failures = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        OutletRegistryTest.class.getResourceAsStream("outlet-lookups.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String got = (f[0].equals("domain") ? REGISTRY.byDomain(f[1]) : REGISTRY.byName(f[1]))
            .map(Outlet::id).orElse("-");
        if (!got.equals(f[2])) {
          failures.add("outlet-lookups.tsv line " + n + ": " + f[0] + " " + f[1] + " -> " + got + ", want " + f[2]);
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
