package org.khabar.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style NER data: one {@code word TAG} a line (the tag is the last white-space separated field, so
 * multi-column files work too), a blank line between sentences. Tags as {@link BioTags#parse} reads them.
 *
 * <p>Stateless and thread-safe. Reads from a reader the caller opened: khabar-core does no file I/O.
 */
public final class ConllFormat {
  private ConllFormat() {}

  /**
   * Reads every sentence.
   *
   * @param source names the input in error messages
   * @throws IllegalArgumentException naming the source and line of a malformed line
   */
  public static List<NerSentence> read(BufferedReader in, String source) {
    List<NerSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Integer> tags = new ArrayList<>();
    int lineNo = 0;
    try {
      for (String line = in.readLine(); ; line = in.readLine()) {
        if (line == null || line.isBlank() || line.startsWith("-DOCSTART-")) {
          if (!words.isEmpty()) {
            out.add(NerSentence.of(words, tags));
            words.clear();
            tags.clear();
          }
          if (line == null) {
            break;
          }
          lineNo++;
          continue;
        }
        lineNo++;
        String[] token = wordAndTag(line);
        if (token == null) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": expected `word TAG`, got: " + clip(line));
        }
        try {
          tags.add(BioTags.parse(token[1]));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage(), e);
        }
        words.add(token[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ":" + lineNo + ": " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * Reads a flat token file with no sentence breaks (as {@code ANERCorp.txt} is): every non-blank line one
   * {@code word TAG} token, in order.
   */
  public static List<String[]> readTokens(BufferedReader in, String source) {
    List<String[]> out = new ArrayList<>();
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] token = wordAndTag(line);
        if (token == null) {
          // An empty token (a line holding only its tag): kept, so that the split recipe can drop it.
          token = new String[] {"", line.strip()};
        }
        out.add(token);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ":" + lineNo + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Writes sentences back in the ANERcorp spelling, a blank line after each. */
  public static String write(List<NerSentence> sentences) {
    StringBuilder sb = new StringBuilder();
    for (NerSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        sb.append(s.words().get(i)).append(' ').append(BioTags.name(s.tag(i))).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String[] wordAndTag(String line) {
    String s = line.strip();
    int cut = s.length() - 1;
    while (cut >= 0 && !Character.isWhitespace(s.charAt(cut))) {
      cut--;
    }
    if (cut <= 0) {
      return null;
    }
    String word = s.substring(0, cut).strip();
    int firstSpace = 0;
    while (firstSpace < word.length() && !Character.isWhitespace(word.charAt(firstSpace))) {
      firstSpace++;
    }
    return new String[] {word.substring(0, firstSpace), s.substring(cut + 1)};
  }

  private static String clip(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
