package org.khabar.corpus;

import java.util.Optional;
import java.util.Set;
import org.khabar.model.Publisher;
import org.khabar.structure.Outlet;
import org.khabar.structure.OutletRegistry;

/**
 * The outlet registry's documented alignment as a leaning prior.
 *
 * <p>An outlet's alignment in the registry is relative to the government of its own country (Al Jazeera is Qatari
 * state media, not a voice of Damascus), while a leaning is relative to the government of the conflict an article
 * frames. So the prior speaks only for outlets of the countries whose conflicts the framing lexicon covers
 * ({@code framing-lexicon.tsv}: Syria, Yemen, Egypt, Iraq), and says nothing of the rest: no prior beats a wrong one.
 *
 * <p>Stateless and thread-safe.
 */
final class RegistryOutletPrior implements OutletPrior {
  /** ISO 3166 codes of the countries whose conflicts {@code framing-lexicon.tsv} covers. */
  private static final Set<String> FRAMED_COUNTRIES = Set.of("SY", "YE", "EG", "IQ");

  private final OutletRegistry registry;

  RegistryOutletPrior(OutletRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Optional<Leaning> leaning(Publisher publisher) {
    if (publisher == null || publisher.id() == null) {
      return Optional.empty();
    }
    return registry.byId(publisher.id()).flatMap(RegistryOutletPrior::leaningOf);
  }

  static Optional<Leaning> leaningOf(Outlet outlet) {
    if (outlet.alignment() == null || outlet.country() == null || !FRAMED_COUNTRIES.contains(outlet.country())) {
      return Optional.empty();
    }
    return switch (outlet.alignment()) {
      case "state", "pro-government" -> Optional.of(Leaning.PRO_GOVERNMENT);
      case "opposition" -> Optional.of(Leaning.OPPOSITION);
      default -> Optional.empty();
    };
  }
}
