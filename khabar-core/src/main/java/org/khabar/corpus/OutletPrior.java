package org.khabar.corpus;

import java.util.Optional;
import org.khabar.model.Publisher;

/**
 * The documented alignment of an outlet (e.g. from {@code org.khabar.structure.OutletRegistry}), used only as a
 * prior: it tips an article whose own markers are balanced, and never decides an article that has no markers.
 *
 * <p>Implementations must be thread-safe.
 */
public interface OutletPrior {
  /** The documented leaning of {@code publisher}, if any. */
  Optional<Leaning> leaning(Publisher publisher);

  /** No prior for any outlet. */
  static OutletPrior none() {
    return p -> Optional.empty();
  }
}
