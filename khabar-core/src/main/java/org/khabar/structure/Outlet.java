package org.khabar.structure;

import java.util.List;
import java.util.Objects;

/**
 * One news outlet of the registry.
 *
 * @param id the registry id, e.g. {@code aljazeera}
 * @param arabicNames Arabic names and variants, the main name first
 * @param latinNames Latin-script names
 * @param domains web domains, optionally with a first path segment ({@code bbc.com/arabic})
 * @param country ISO 3166 alpha-2 code of the country it works from
 * @param type {@code news-site}, {@code newspaper}, {@code agency}, {@code tv}, {@code radio} or {@code monitor}
 * @param alignment documented ownership or line ({@code state}, {@code pro-government}, {@code opposition},
 *     {@code independent}, {@code foreign-state}), or {@code null} when not well documented
 * @param source where the entry's facts come from
 */
public record Outlet(
    String id,
    List<String> arabicNames,
    List<String> latinNames,
    List<String> domains,
    String country,
    String type,
    String alignment,
    String source) {
  public Outlet {
    Objects.requireNonNull(id, "id");
    arabicNames = List.copyOf(arabicNames);
    latinNames = List.copyOf(latinNames);
    domains = List.copyOf(domains);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    if (arabicNames.isEmpty() && latinNames.isEmpty()) {
      throw new IllegalArgumentException("outlet " + id + " has no name");
    }
  }

  /** The name to show: the main Arabic name, else the first Latin one. */
  public String name() {
    return arabicNames.isEmpty() ? latinNames.get(0) : arabicNames.get(0);
  }
}
