package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardisedTest {
  @Test
  void featuresGetZeroMeanAndUnitVarianceAndAConstantOneKeepsScaleOne() {
    Standardised s = Standardised.of(List.of(new double[] {1, 5}, new double[] {3, 5}));
    assertArrayEquals(new double[] {2, 5}, s.mean(), 1e-12);
    assertArrayEquals(new double[] {1, 1}, s.scale(), 1e-12);
    assertArrayEquals(new double[] {-1, 0}, s.z()[0], 1e-12);
    assertArrayEquals(new double[] {1, 0}, s.z()[1], 1e-12);
  }

  @Test
  void vectorsOfDifferentLengthsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Standardised.of(List.of(new double[] {1}, new double[] {1, 2})));
  }
}
