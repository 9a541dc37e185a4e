package org.khabar.entity;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * Runs the {@link NerModel} over a line: tokenises it with offsets, tags sentence-sized pieces (the model was
 * trained on sentences ending at a period), reads the chunks, drops MISC, and maps each chunk back to the exact
 * characters of the line without its proclitics.
 *
 * <p>Thread-safe: per-thread buffers.
 */
final class ModelNameFinder implements NameFinder {
  /** The longest piece tagged at once; longer runs without a period are cut. */
  private static final int MAX_PIECE = 200;

  private final NerModel model;
  private final ThreadLocal<NerFeatures.Sentence> buffers = ThreadLocal.withInitial(NerFeatures.Sentence::new);

  ModelNameFinder(NerModel model) {
    this.model = model;
  }

  @Override
  public List<NameSpan> find(TextLine line) {
    String text = line.text();
    LineTokenizer.Tokens tokens = LineTokenizer.tokenize(text);
    int n = tokens.count();
    if (n == 0) {
      return List.of();
    }
    List<NameSpan> out = new ArrayList<>();
    CharSequence[] words = new CharSequence[Math.min(n, MAX_PIECE)];
    float[] margins = new float[words.length];
    NerFeatures.Sentence buffer = buffers.get();
    int from = 0;
    while (from < n) {
      int to = from;
      while (to < n && to - from < MAX_PIECE) {
        boolean end = isSentenceEnd(text, tokens, to);
        to++;
        if (end && !(to < n && isSentenceEnd(text, tokens, to))) {
          break;
        }
      }
      int len = to - from;
      for (int i = 0; i < len; i++) {
        words[i] = text.substring(tokens.starts()[from + i], tokens.ends()[from + i]);
      }
      int[] tags = model.tag(words, len, buffer, margins);
      for (BioTags.Chunk chunk : BioTags.chunks(tags)) {
        EntityType type = chunk.type().contractType().orElse(null);
        if (type == null) {
          continue;
        }
        int first = from + chunk.start();
        int start = tokens.starts()[first] + procliticChars(text, tokens.starts()[first], tokens.ends()[first],
            words[chunk.start()]);
        int end = tokens.ends()[from + chunk.end() - 1];
        if (end <= start) {
          continue;
        }
        double margin = 0;
        for (int i = chunk.start(); i < chunk.end(); i++) {
          margin += margins[i];
        }
        margin /= chunk.end() - chunk.start();
        double score = 1 / (1 + Math.exp(-margin));
        out.add(new NameSpan(type, line.number(), start, end, text.substring(start, end), score));
      }
      from = to;
    }
    return out;
  }

  /** How many characters of the token at {@code [start, end)} are proclitics. */
  private int procliticChars(String text, int start, int end, CharSequence word) {
    String key = ArabicText.matchKey(word);
    int letters = model.features.stripper().prefixLength(key);
    int i = start;
    while (letters > 0 && i < end) {
      char c = text.charAt(i++);
      if (!(ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL || ArabicText.isInvisibleMark(c))) {
        letters--;
      }
    }
    while (i < end && (ArabicLetters.isDiacritic(text.charAt(i)) || text.charAt(i) == ArabicLetters.TATWEEL)) {
      i++;
    }
    return i - start;
  }

  private static boolean isSentenceEnd(String text, LineTokenizer.Tokens tokens, int i) {
    if (tokens.ends()[i] - tokens.starts()[i] != 1) {
      return false;
    }
    char c = text.charAt(tokens.starts()[i]);
    return c == '.' || c == '!' || c == '?' || c == '\u061F';
  }
}
