package org.khabar.entity;

import java.util.List;

/**
 * One tagged sentence of NER training or test data.
 *
 * @param words the tokens
 * @param tags their BIO tags as {@link BioTags} integers, one per word
 */
public record NerSentence(List<String> words, int[] tags) {
  public NerSentence {
    words = List.copyOf(words);
    tags = tags.clone();
    if (tags.length != words.size()) {
      throw new IllegalArgumentException(words.size() + " words but " + tags.length + " tags");
    }
    for (int t : tags) {
      if (t < 0 || t >= BioTags.COUNT) {
        throw new IllegalArgumentException("bad tag " + t);
      }
    }
  }

  /** A sentence of these words with these tags, as read from a list. */
  static NerSentence of(List<String> words, List<Integer> tags) {
    int[] t = new int[tags.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = tags.get(i);
    }
    return new NerSentence(words, t);
  }

  /** The tags (a copy). */
  @Override
  public int[] tags() {
    return tags.clone();
  }

  /** The tag of word {@code i}. */
  public int tag(int i) {
    return tags[i];
  }

  /** How many words. */
  public int size() {
    return tags.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NerSentence s && s.words.equals(words) && java.util.Arrays.equals(s.tags, tags);
  }

  @Override
  public int hashCode() {
    return words.hashCode() * 31 + java.util.Arrays.hashCode(tags);
  }

  @Override
  public String toString() {
    return "NerSentence" + words;
  }
}
