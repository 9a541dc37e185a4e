package org.khabar.corpus;

import java.util.Arrays;

/** Disjoint sets over {@code 0..n-1}, growing on demand, with path halving and union by size. Not thread-safe. */
final class UnionFind {
  private int[] parent = new int[16];
  private int[] size = new int[16];
  private int n;

  /** Adds one element, returning its index. */
  int add() {
    if (n == parent.length) {
      parent = Arrays.copyOf(parent, n * 2);
      size = Arrays.copyOf(size, n * 2);
    }
    parent[n] = n;
    size[n] = 1;
    return n++;
  }

  int size() {
    return n;
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the sets of {@code a} and {@code b}; true when they were apart. */
  boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    return true;
  }
}
