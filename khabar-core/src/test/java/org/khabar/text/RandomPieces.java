package org.khabar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hostile test lines: pieces drawn at random with a fixed seed and glued together, for "never throws" tests. */
public final class RandomPieces {
  private RandomPieces() {}

  /** {@code rounds} lines, each of 0 to {@code maxPieces - 1} pieces glued with nothing between them. */
  public static List<String> lines(String[] pieces, long seed, int rounds, int maxPieces) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(rounds);
    for (int round = 0; round < rounds; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(maxPieces);
      for (int i = 0; i < n; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      out.add(b.toString());
    }
    return out;
  }
}
