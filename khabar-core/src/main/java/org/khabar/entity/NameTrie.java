package org.khabar.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * A trie over the matching keys of whole words: each path of words ends in a value. Built once, then read-only and
 * thread-safe.
 *
 * @param <V> what a complete name leads to
 */
final class NameTrie<V> {
  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    V value;
  }

  private final Node<V> root = new Node<>();
  private int size;

  /** Adds a name given as word keys; returns the value it already had, or {@code null}. */
  V put(String[] words, V value) {
    Node<V> n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(w, k -> new Node<>());
    }
    V old = n.value;
    if (old == null) {
      size++;
    }
    n.value = value;
    return old;
  }

  /** The value of exactly this word sequence, or {@code null}. */
  V get(String[] words) {
    Node<V> n = root;
    for (String w : words) {
      n = n.next.get(w);
      if (n == null) {
        return null;
      }
    }
    return n.value;
  }

  /** How many names the trie holds. */
  int size() {
    return size;
  }

  /**
   * The longest name starting at token {@code from} whose first word has key {@code first} and whose later words
   * are the following tokens, separated by white space only. Returns the number of tokens matched (0 if none) and
   * stores the value in {@code found[0]}.
   */
  int longest(String line, Token[] tokens, int from, String first, Object[] found) {
    Node<V> n = root.next.get(first);
    if (n == null) {
      return 0;
    }
    int best = 0;
    if (n.value != null) {
      best = 1;
      found[0] = n.value;
    }
    for (int j = from + 1; j < tokens.length; j++) {
      if (!Token.spaceOnlyBetween(line, tokens[j - 1].end(), tokens[j].start())) {
        break;
      }
      n = n.next.get(tokens[j].key());
      if (n == null) {
        break;
      }
      if (n.value != null) {
        best = j - from + 1;
        found[0] = n.value;
      }
    }
    return best;
  }

  /** Splits a name into word keys as {@link Token#tokenize} would. */
  static String[] words(String name) {
    Token[] t = Token.tokenize(name);
    String[] out = new String[t.length];
    for (int i = 0; i < t.length; i++) {
      out[i] = t[i].key();
    }
    return out;
  }
}
