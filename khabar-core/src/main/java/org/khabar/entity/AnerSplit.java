package org.khabar.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard ANERcorp train/test split (CAMeL Lab), rebuilt from the flat token list of {@code ANERCorp.txt}:
 * {@code ·} and {@code •} become {@code .}, U+200F is removed, empty tokens are dropped, a sentence ends after each
 * run of period tokens, and the first sentences covering 5/6 of the words are train, the rest test.
 *
 * @param train the training sentences
 * @param test the test sentences: never train or tune on them
 */
public record AnerSplit(List<NerSentence> train, List<NerSentence> test) {
  private static final String PERIOD = ".";
  private static final char MIDDLE_DOT = '\u00B7';
  private static final char BULLET = '\u2022';
  private static final char RIGHT_TO_LEFT_MARK = '\u200F';

  public AnerSplit {
    train = List.copyOf(train);
    test = List.copyOf(test);
  }

  /** Splits the tokens ({@code [word, tag]} pairs, as {@link ConllFormat#readTokens} gives them). */
  public static AnerSplit standard(List<String[]> tokens) {
    List<NerSentence> sentences = sentences(tokens);
    long total = 0;
    for (NerSentence s : sentences) {
      total += s.size();
    }
    List<NerSentence> train = new ArrayList<>();
    List<NerSentence> test = new ArrayList<>();
    long covered = 0;
    for (NerSentence s : sentences) {
      if (covered * 6 < total * 5) {
        train.add(s);
        covered += s.size();
      } else {
        test.add(s);
      }
    }
    return new AnerSplit(train, test);
  }

  /** Breaks normalised tokens into sentences after each run of periods. */
  static List<NerSentence> sentences(List<String[]> tokens) {
    List<NerSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Integer> tags = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i)[0].replace(MIDDLE_DOT, '.').replace(BULLET, '.')
          .replace(String.valueOf(RIGHT_TO_LEFT_MARK), "").strip();
      if (word.isEmpty()) {
        continue;
      }
      words.add(word);
      tags.add(BioTags.parse(tokens.get(i)[1]));
      if (word.equals(PERIOD) && !nextIsPeriod(tokens, i)) {
        out.add(NerSentence.of(words, tags));
        words.clear();
        tags.clear();
      }
    }
    if (!words.isEmpty()) {
      out.add(NerSentence.of(words, tags));
    }
    return out;
  }

  private static boolean nextIsPeriod(List<String[]> tokens, int i) {
    for (int j = i + 1; j < tokens.size(); j++) {
      String w = tokens.get(j)[0].replace(MIDDLE_DOT, '.').replace(BULLET, '.')
          .replace(String.valueOf(RIGHT_TO_LEFT_MARK), "").strip();
      if (!w.isEmpty()) {
        return w.equals(PERIOD);
      }
    }
    return false;
  }

  /**
   * Carves a development set from the end of the training part.
   *
   * @param fraction the share of training sentences to hold out, in (0, 1)
   * @return {@code [train, dev]}
   */
  public List<List<NerSentence>> carveDev(double fraction) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("dev fraction must be in (0, 1): " + fraction);
    }
    int cut = (int) Math.round(train.size() * (1 - fraction));
    return List.of(train.subList(0, cut), train.subList(cut, train.size()));
  }

  /** How many words the sentences hold. */
  public static int words(List<NerSentence> sentences) {
    int n = 0;
    for (NerSentence s : sentences) {
      n += s.size();
    }
    return n;
  }
}
