package org.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.structure.Outlet;

/** The registry's alignment is a prior only where it is relative to the framed conflict's government (issue #9). */
class RegistryOutletPriorTest {

  private static Optional<Leaning> check(String country, String alignment) {
    Outlet outlet = new Outlet("x", List.of("اسم"), List.of(), List.of(), country, "news-site", alignment, "test");
    return RegistryOutletPrior.leaningOf(outlet);
  }

  @Test
  void stateMediaOfAFramedCountryLeansToItsGovernment() {
    assertEquals(Optional.of(Leaning.PRO_GOVERNMENT), check("SY", "state"));
    assertEquals(Optional.of(Leaning.PRO_GOVERNMENT), check("IQ", "pro-government"));
  }

  @Test
  void oppositionMediaLeansToTheOpposition() {
    assertEquals(Optional.of(Leaning.OPPOSITION), check("SY", "opposition"));
  }

  @Test
  void stateMediaOfAnotherCountrySaysNothing() {
    assertEquals(Optional.empty(), check("QA", "state"));
    assertEquals(Optional.empty(), check("RU", "foreign-state"));
  }

  @Test
  void undocumentedOrIndependentSaysNothing() {
    assertEquals(Optional.empty(), check("SY", null));
    assertEquals(Optional.empty(), check("SY", "independent"));
    assertEquals(Optional.empty(), check(null, "state"));
  }
}
