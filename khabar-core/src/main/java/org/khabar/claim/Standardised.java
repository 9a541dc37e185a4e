package org.khabar.claim;

import java.util.List;

/**
 * Feature vectors standardised to zero mean and unit variance (a constant feature keeps scale 1), as the stance
 * learners ({@link StanceModel}, {@link EvidenceRelevance}) fit them.
 *
 * @param mean each feature's mean
 * @param scale each feature's standard deviation, 1 where it is (near) zero
 * @param z the standardised vectors, in input order
 */
record Standardised(double[] mean, double[] scale, double[][] z) {
  /**
   * Standardises {@code xs}, at least one vector, all of one length.
   *
   * @throws IllegalArgumentException when the vectors differ in length
   */
  static Standardised of(List<double[]> xs) {
    int n = xs.size();
    int f = xs.get(0).length;
    double[] mean = new double[f];
    double[] scale = new double[f];
    for (double[] x : xs) {
      if (x.length != f) {
        throw new IllegalArgumentException("vectors of different lengths: " + f + " and " + x.length);
      }
      for (int j = 0; j < f; j++) {
        mean[j] += x[j] / n;
      }
    }
    for (double[] x : xs) {
      for (int j = 0; j < f; j++) {
        scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < f; j++) {
      scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
    }
    double[][] z = new double[n][f];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < f; j++) {
        z[i][j] = (xs.get(i)[j] - mean[j]) / scale[j];
      }
    }
    return new Standardised(mean, scale, z);
  }
}
