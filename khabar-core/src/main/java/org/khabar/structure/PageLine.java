package org.khabar.structure;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.khabar.model.LineRole;
import org.khabar.text.ArabicText;

/**
 * What the structure stage computes for one line of the page: its text and shape (set by {@link LineFeatures}), its
 * boilerplate score and evidence, and the role the passes decide. Mutable, owned by one analysis of one page.
 */
final class PageLine {
  final int index;
  final String text;
  final boolean blank;
  final boolean truncated;
  /** The text the passes read: the line itself, or its first {@link LineRoleAnalyzer#MAX_LINE_CHARS} characters. */
  final String scanned;
  String key;
  List<String> words = List.of();
  int wordCount;
  boolean endsFinal;
  boolean endsColon;
  boolean endsFunctionWord;
  double arabicShare;
  double digitWordShare;
  boolean noLetters;
  int innerPunct;
  int commas;
  /** Distinct words over words: tag clouds and carousels repeat the same few words. */
  double diversity = 1;
  /** Some signal other than length and position points to furniture. */
  boolean evidence;
  boolean repeatedLater;
  /** The line names the page's own outlet (its registered names, its site name or its domain's label). */
  boolean namesOutlet;
  /** Decided as part of a block (a listing of cut teasers): final, the learnt model does not re-decide it. */
  boolean block;
  Lexicon.WidgetHits hits;
  double score;
  LineRole role;
  Integer duplicateOf;
  Integer joinedWith;
  /** {@link #stems()} and {@link #terms()}, computed once from {@link #words} on first use. */
  private Set<String> stems;
  private Set<String> terms;

  PageLine(int index, String text) {
    this.index = index;
    this.text = text;
    this.blank = isBlank(text);
    this.truncated = text.length() > LineRoleAnalyzer.MAX_LINE_CHARS;
    this.scanned = truncated ? text.substring(0, LineRoleAnalyzer.MAX_LINE_CHARS) : text;
  }

  /**
   * The line's longer words with wa- and the article taken off ({@link PageWords#stems}), computed once: the passes
   * that compare lines with the article's head or core read them again and again. Unmodifiable; valid once {@link
   * LineFeatures#describe} has set {@link #words} (blank lines: empty).
   */
  Set<String> stems() {
    if (stems == null) {
      stems = Collections.unmodifiableSet(PageWords.stems(words));
    }
    return stems;
  }

  /** The line's light-stemmed terms for topical cohesion ({@link Cohesion#terms}), computed once; as {@link #stems()}. */
  Set<String> terms() {
    if (terms == null) {
      terms = Collections.unmodifiableSet(Cohesion.terms(words));
    }
    return terms;
  }

  /** True when the line shows nothing: white space, no-break spaces and invisible marks only. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !ArabicText.isInvisibleMark(c)) {
        return false;
      }
    }
    return true;
  }
}
