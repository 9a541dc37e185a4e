package org.khabar.entity;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * Runs the {@link NerModel} over a document's lines: tokenises each line with offsets, cuts it into sentence-sized
 * pieces (the model was trained on sentences ending at a period), tags the pieces together as one document, reads
 * the chunks, drops MISC, and maps each chunk back to the exact characters of its line without its proclitics.
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

  /** One piece of a line: tokens {@code [from, to)} of the line's tokens. */
  private record Piece(TextLine line, LineTokenizer.Tokens tokens, int from, int to) {}

  @Override
  public List<NameSpan> find(List<TextLine> lines) {
    List<Piece> pieces = new ArrayList<>();
    List<CharSequence[]> words = new ArrayList<>();
    for (TextLine line : lines) {
      String text = line.text();
      LineTokenizer.Tokens tokens = LineTokenizer.tokenize(text);
      int n = tokens.count();
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
        CharSequence[] w = new CharSequence[to - from];
        for (int i = 0; i < w.length; i++) {
          w[i] = text.substring(tokens.starts()[from + i], tokens.ends()[from + i]);
        }
        pieces.add(new Piece(line, tokens, from, to));
        words.add(w);
        from = to;
      }
    }
    if (pieces.isEmpty()) {
      return List.of();
    }
    float[][] margins = new float[pieces.size()][];
    for (int p = 0; p < margins.length; p++) {
      margins[p] = new float[words.get(p).length];
    }
    int[][] tags = model.tagDocument(words, buffers.get(), margins);
    List<NameSpan> out = new ArrayList<>();
    for (int p = 0; p < pieces.size(); p++) {
      Piece piece = pieces.get(p);
      String text = piece.line.text();
      int[] starts = piece.tokens.starts();
      int[] ends = piece.tokens.ends();
      for (BioTags.Chunk chunk : BioTags.chunks(tags[p])) {
        EntityType type = chunk.type().contractType().orElse(null);
        if (type == null) {
          continue;
        }
        int first = piece.from + chunk.start();
        int start = starts[first] + procliticChars(text, starts[first], ends[first], words.get(p)[chunk.start()]);
        int end = ends[piece.from + chunk.end() - 1];
        if (end <= start) {
          continue;
        }
        double margin = 0;
        for (int i = chunk.start(); i < chunk.end(); i++) {
          margin += margins[p][i];
        }
        margin /= chunk.end() - chunk.start();
        double score = 1 / (1 + Math.exp(-margin));
        out.add(new NameSpan(type, piece.line.number(), start, end, text.substring(start, end), score));
      }
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
