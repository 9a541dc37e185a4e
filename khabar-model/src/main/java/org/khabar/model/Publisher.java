package org.khabar.model;

import java.util.List;
import java.util.Objects;

/**
 * Who published the page.
 *
 * @param name the outlet's name
 * @param id the outlet registry id, or {@code null} when the outlet is not in the registry
 * @param evidence why khabar believes it, one reason per entry
 */
public record Publisher(String name, String id, List<String> evidence) {
  public Publisher {
    Objects.requireNonNull(name, "name");
    evidence = List.copyOf(evidence);
  }
}
