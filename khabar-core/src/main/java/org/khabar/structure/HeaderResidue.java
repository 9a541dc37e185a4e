package org.khabar.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.khabar.text.ArabicText;

/**
 * What is left of a page's header line once its furniture is taken out: the line's words that are not numbers, date
 * or clock words, widget or menu words, the page's own outlet name, Latin-script menu words, or a headline that the
 * page prints again (later on the same line or on another line). A scraper glues the site name, the date stamp, the
 * weather, the menu and the headline onto one first line; when it also glues the article's lead, the lead is left
 * over, a sentence of the article's own; when it does not, only a few words are left (a place, a section word).
 * Boilerpipe's and jusText's header blocks are short, link-dense and stop-word-poor; here the scraped text has no
 * markup left, so the header's furniture is recognised word by word instead.
 *
 * <p>Stateless and thread-safe.
 */
final class HeaderResidue {
  private HeaderResidue() {}

  /** A word of the line's own text. */
  static final byte NONE = 0;
  /**
   * A date-stamp or relative-time word ("في", "يوم", "منذ", a month), a number, a word in Latin script ("Search",
   * "BBC") or a navigation word of weight 1 ("تعليق"): furniture, but prose uses it too.
   */
  static final byte SOFT = 1;
  /** A page stamp (clock, numeric or labelled date) or a widget phrase (weight 2 or 3). */
  static final byte HARD = 2;
  /**
   * A word of the headline that comes again, or of the outlet's name: furniture for the residue, but a lead often
   * restates its headline or names the outlet ("said to X's correspondent"), so it may stand inside a sentence of the
   * article.
   */
  static final byte ECHO = 3;
  /** Words of a run that must come again elsewhere for the run to count as a repeated headline. */
  static final int ECHO_GRAM = 4;
  /**
   * Most words of a repeated run that is still a headline: a longer run printed twice is the article's text (a lead
   * the page repeats), not the header's echo of its headline.
   */
  static final int ECHO_MAX_RUN = 30;
  /**
   * Most words from one copy of a run to the next on the same line for the copies to be a header's repeated
   * headline (a headline with the site name or a date between its copies); a passage printed twice is further apart.
   */
  static final int ECHO_MAX_DISTANCE = 40;
  /** Words of a line that are looked at (a header is short; a huge line is not a header). */
  static final int MAX_WORDS = 400;

  /** A clock time of a page stamp: "10 : 40", "09:00". */
  private static final Pattern CLOCK = Pattern.compile("(?<![\\d.,])\\d{1,2} ?: ?[0-5]\\d(?![\\d.,])");
  /** A numeric date of a page stamp: "21 / 01 / 2018", "2017 - 12 - 18", "19-11-2017". */
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<![\\d.,])(?:\\d{1,2} ?([/\\-.]) ?\\d{1,2} ?\\1 ?(?:19|20|14)\\d\\d"
          + "|(?:19|20|14)\\d\\d ?([/\\-]) ?\\d{1,2} ?\\2 ?\\d{1,2})(?![\\d.,])");
  /**
   * A CMS's date label followed by a number within a few words, on the match key (alef folded, ة as ه): "تم نشره في
   * الخميس 21", "اخر تحديث : 10".
   */
  private static final Pattern LABELLED_DATE = Pattern.compile(
      "(?<!\\p{L})(?:نشره? في|نشرت? في|اخر تحديث|اخر تعديل|تاريخ النشر|تاريخ الاضافه|بتوقيت)"
          + "(?:\\s+\\S+){0,6}?\\s+\\d+");

  /**
   * True when the line's match key ({@link ArabicText#matchKey}: digits are ASCII) holds a stamp of the page itself,
   * not a date the article mentions: a clock time, a numeric date (day / month / year), or a CMS date label followed
   * by a number. Prose writes dates with month names and
   * rarely with a clock; a lead that says "at 10:40" is kept by the residue test, not by this one.
   */
  static boolean pageStamp(String key) {
    return strongPageStamp(key) || numericDate(key);
  }

  private static boolean numericDate(String key) {
    return (key.indexOf('/') >= 0 || key.indexOf('-') >= 0 || key.indexOf('.') >= 0)
        && NUMERIC_DATE.matcher(key).find();
  }

  /** Words one of which a labelled date holds: a cheap test before the pattern (most lines hold none). */
  private static final String[] LABEL_CUES = {"نشر", "تحديث", "تعديل", "تاريخ", "بتوقيت"};

  private static boolean labelledDate(String key) {
    for (String cue : LABEL_CUES) {
      if (key.contains(cue)) {
        return LABELLED_DATE.matcher(key).find();
      }
    }
    return false;
  }

  /**
   * True when the line's match key holds a clock time or a CMS date label followed by a number: a page stamp that
   * leads rarely write (some outlets write dates in the text as "5 / 3 / 2019", so a numeric date alone is weaker
   * evidence).
   */
  static boolean strongPageStamp(String key) {
    return (key.indexOf(':') >= 0 && CLOCK.matcher(key).find()) || labelledDate(key);
  }

  /**
   * True when the line ends on a page stamp: after the last clock, numeric or labelled date of the match key, only
   * soft furniture is left ({@code f} from {@link #stampsAndWidgets}: numbers, calendar words, Latin words such as
   * "GMT"). A header closes on its date ("... الجمعة , 28 ابريل / نيسان 2017 ; 04 : 53 ( GMT + 0400 ) ."); a lead
   * closes on its own words.
   */
  static boolean endsOnStamp(String key, byte[] f) {
    int end = -1;
    for (Pattern p : new Pattern[] {CLOCK, NUMERIC_DATE, LABELLED_DATE}) {
      java.util.regex.Matcher m = p.matcher(key);
      while (m.find()) {
        end = Math.max(end, m.end());
      }
    }
    if (end < 0) {
      return false;
    }
    int[] ends = wordEnds(key);
    for (int k = wordsBefore(ends, end); k < f.length; k++) {
      if (f[k] != SOFT) {
        return false;
      }
    }
    return true;
  }

  /**
   * Marks, word by word, the furniture of a header line: the page's stamps (a clock, a numeric or labelled date) and
   * widget phrases of weight 2 or 3 ({@code widgets.txt}) are hard; numbers, date-stamp and relative-time words
   * ({@code date-stamps.txt}, {@code time-ago.txt}), words in Latin script (menus of Arabic pages: "Search",
   * "Navigation") and navigation words of weight 1 are soft; the page's outlet names and runs of {@link #ECHO_GRAM}
   * words that come again later on the line (at most {@link #ECHO_MAX_DISTANCE} words further) or on one of {@code
   * others} (in runs of at most {@link #ECHO_MAX_RUN}) are echoes.
   *
   * @param key the line's match key, whose page stamps ({@link #pageStamp}) are hard furniture; null: none looked for
   * @param words the match key's words ({@link Lexicon#words}; at most {@link #MAX_WORDS} are looked at)
   * @param others the other lines' words that may repeat the headline (not lines that repeat this one)
   * @return per word, {@link #HARD} furniture, {@link #ECHO} (the repeated headline or the outlet's name), {@link
   *     #SOFT} (a stamp word, number, Latin word or navigation word, which prose also uses) or {@link #NONE}
   */
  static byte[] furniture(Lexicon lexicon, String key, List<String> words, List<List<String>> outletNames,
      List<List<String>> others) {
    byte[] f = stampsAndWidgets(lexicon, key, words);
    markEchoes(f, words, outletNames, others);
    return f;
  }

  /**
   * The first step of {@link #furniture}: hard and soft furniture only (page stamps, widget words, numbers, stamp
   * words, Latin words), every other word {@link #NONE}. A sentence of the line ({@link #longestSentence}) can be
   * measured on it already, since echoes count as sentence words.
   */
  static byte[] stampsAndWidgets(Lexicon lexicon, String key, List<String> words) {
    List<String> w = words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    int n = w.size();
    byte[] widget = lexicon.widgetWeights(w);
    byte[] f = new byte[n];
    for (int i = 0; i < n; i++) {
      String t = w.get(i);
      if (widget[i] > 1) {
        f[i] = HARD;
      } else if (widget[i] == 1 || isNumber(t) || latin(t) || lexicon.isStampWord(t)) {
        f[i] = SOFT;
      }
    }
    // the page's stamps (a clock, a numeric date, a labelled date) are hard: prose writes numbers, not these
    if (key != null && pageStamp(key)) {
      int[] ends = wordEnds(key);
      for (Pattern p : new Pattern[] {CLOCK, NUMERIC_DATE, LABELLED_DATE}) {
        java.util.regex.Matcher m = p.matcher(key);
        while (m.find()) {
          for (int k = wordsBefore(ends, m.start()); k < n && k < ends.length && ends[k] - 1 < m.end(); k++) {
            f[k] = HARD;
          }
        }
      }
    }
    return f;
  }

  /**
   * The second step of {@link #furniture}: the outlet's names and the repeated headline ({@link #echoed}) among the
   * words that {@code f} still holds as {@link #NONE} become {@link #ECHO}.
   */
  static void markEchoes(byte[] f, List<String> words, List<List<String>> outletNames, List<List<String>> others) {
    List<String> w = words.size() > f.length ? words.subList(0, f.length) : words;
    int n = w.size();
    for (List<String> name : outletNames) {
      for (int i = 0; i + name.size() <= n; i++) {
        if (w.subList(i, i + name.size()).equals(name)) {
          for (int k = 0; k < name.size(); k++) {
            if (f[i + k] == NONE) {
              f[i + k] = ECHO;
            }
          }
        }
      }
    }
    boolean[] echo = echoed(w, others);
    for (int i = 0; i < n; i++) {
      if (echo[i] && f[i] == NONE) {
        f[i] = ECHO;
      }
    }
  }

  /** How many of the words are not furniture. */
  static int residue(byte[] furniture) {
    int r = 0;
    for (byte b : furniture) {
      if (b == NONE) {
        r++;
      }
    }
    return r;
  }

  /**
   * How many words of the line's own text, of the repeated headline or of the outlet's name stand after the line's
   * last hard furniture word, when the line ends on a sentence's final stop (". ! ? ؟"): the article's first sentence
   * glued after the header; 0 otherwise. Stamp words such as "في" or "يوم" and numbers also serve prose, and a lead
   * restates its headline, so none of them ends the run; soft words are not counted.
   */
  static int endsOnSentence(String key, byte[] furniture) {
    String t = key.strip();
    if (t.isEmpty()) {
      return 0;
    }
    char c = t.charAt(t.length() - 1);
    if (c != '.' && c != '!' && c != '?' && c != '\u061F') {
      return 0;
    }
    int run = 0;
    for (int i = furniture.length - 1; i >= 0 && furniture[i] != HARD; i--) {
      if (furniture[i] == NONE || furniture[i] == ECHO) {
        run++;
      }
    }
    return run;
  }

  /**
   * The most non-furniture words that a sentence of the line holds: for each stretch of the line that ends on a
   * single full stop (not the ". ." of a headline or an ellipsis, not a decimal point, not a dot of a domain name
   * such as "news . cn"), and for the line's end when it
   * ends on ". ! ? ؟", the words after the stretch's last hard furniture word (as {@link #endsOnSentence} counts
   * them). A header glues headlines, which end on no full stop, and stamps; the article's lead is a sentence.
   */
  static int longestSentence(String key, byte[] furniture) {
    int best = endsOnSentence(key, furniture);
    int[] ends = sentenceEnds(key, furniture.length);
    int from = 0;
    for (int end : ends) {
      int run = 0;
      for (int k = Math.min(end, furniture.length) - 1; k >= from && furniture[k] != HARD; k--) {
        if (furniture[k] == NONE || furniture[k] == ECHO) {
          run++;
        }
      }
      best = Math.max(best, run);
      from = end;
    }
    return best;
  }

  /**
   * The word indices (exclusive ends, ascending) at which the line's sentences end: after each single full stop (not
   * the ". ." of a headline or an ellipsis, not a decimal point, not a dot of a domain name), and at the line's end;
   * at most {@code limit}.
   */
  static int[] sentenceEnds(String key, int limit) {
    int[] wordEnds = wordEnds(key);
    List<Integer> ends = new java.util.ArrayList<>();
    for (int i = 0; i < key.length() - 1; i++) {
      if (key.charAt(i) != '.') {
        continue;
      }
      char before = neighbour(key, i, -1);
      char after = neighbour(key, i, 1);
      if (before == '.' || after == '.' || latinLetter(before) || latinLetter(after)
          || (Character.isDigit(before) && Character.isDigit(after))) {
        continue;
      }
      int w = wordsBefore(wordEnds, i);
      if (w >= limit) {
        break;
      }
      if (ends.isEmpty() || ends.get(ends.size() - 1) < w) {
        ends.add(w);
      }
    }
    ends.add(limit);
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Makes every word of a sentence that holds a notice word ({@code anchors}: a site-notice phrase such as "مانع
   * الإعلانات" or "سياسة الخصوصية") hard furniture: the ad-blocker or cookie notice that a header carries is running
   * prose, but none of it is the article's.
   *
   * @return the words of those sentences (empty if none)
   */
  static List<String> markNoticeSentences(String key, List<String> words, byte[] furniture, boolean[] anchors) {
    List<String> out = new java.util.ArrayList<>();
    int from = 0;
    for (int end : sentenceEnds(key, furniture.length)) {
      boolean notice = false;
      for (int k = from; k < end && !notice; k++) {
        notice = anchors[k];
      }
      if (notice) {
        for (int k = from; k < end; k++) {
          furniture[k] = HARD;
          out.add(words.get(k));
        }
      }
      from = end;
    }
    return out;
  }

  private static boolean latinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The nearest character that is not a space on one side ({@code step} -1 or 1) of {@code i}; a space if none. */
  private static char neighbour(String t, int i, int step) {
    for (int k = i + step; k >= 0 && k < t.length(); k += step) {
      if (!Character.isWhitespace(t.charAt(k))) {
        return t.charAt(k);
      }
    }
    return ' ';
  }

  /**
   * Per word, true when it lies in a {@link #ECHO_GRAM}-gram that comes again on the line (not overlapping, at most
   * {@link #ECHO_MAX_DISTANCE} words further) or on one of {@code others}, in a run of such words at most {@link
   * #ECHO_MAX_RUN} long for the latter.
   */
  static boolean[] echoed(List<String> w, List<List<String>> others) {
    int n = w.size();
    boolean[] hit = new boolean[n];
    if (n < ECHO_GRAM) {
      return hit;
    }
    Set<String> elsewhere = new HashSet<>();
    for (List<String> o : others) {
      List<String> s = o.size() > MAX_WORDS * 5 ? o.subList(0, MAX_WORDS * 5) : o;
      for (int i = 0; i + ECHO_GRAM <= s.size(); i++) {
        elsewhere.add(gram(s, i));
      }
    }
    Map<String, Integer> lastAt = new HashMap<>();
    boolean[] other = new boolean[n];
    boolean[] self = new boolean[n];
    for (int i = 0; i + ECHO_GRAM <= n; i++) {
      String g = gram(w, i);
      Integer prev = lastAt.put(g, i);
      if (elsewhere.contains(g)) {
        for (int k = 0; k < ECHO_GRAM; k++) {
          other[i + k] = true;
        }
      }
      // the same words again on the line, not overlapping and close by: the headline repeated by the header
      if (prev != null && i - prev >= ECHO_GRAM && i - prev <= ECHO_MAX_DISTANCE) {
        for (int k = 0; k < ECHO_GRAM; k++) {
          self[i + k] = true;
          self[prev + k] = true;
        }
      }
    }
    // a long run printed again on another line is text printed twice, not a headline's echo
    for (int i = 0; i < n; ) {
      if (!other[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && other[j]) {
        j++;
      }
      if (j - i > ECHO_MAX_RUN) {
        for (int k = i; k < j; k++) {
          other[k] = false;
        }
      }
      i = j;
    }
    for (int i = 0; i < n; i++) {
      hit[i] = other[i] || self[i];
    }
    return hit;
  }

  /** The exclusive end offset in {@code key} of each of its words, split as {@link Lexicon#words} splits them. */
  static int[] wordEnds(String key) {
    int[] ends = new int[16];
    int n = 0;
    boolean in = false;
    for (int i = 0; i <= key.length(); i++) {
      boolean word = i < key.length() && Character.isLetterOrDigit(key.charAt(i));
      if (!word && in) {
        if (n == ends.length) {
          ends = java.util.Arrays.copyOf(ends, n * 2);
        }
        ends[n++] = i;
      }
      in = word;
    }
    return java.util.Arrays.copyOf(ends, n);
  }

  /** How many words end at or before the offset {@code at}. */
  private static int wordsBefore(int[] ends, int at) {
    int k = 0;
    while (k < ends.length && ends[k] <= at) {
      k++;
    }
    return k;
  }

  private static String gram(List<String> w, int i) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < ECHO_GRAM; k++) {
      sb.append(w.get(i + k)).append(' ');
    }
    return sb.toString();
  }

  static boolean isNumber(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when the word is written in Latin letters (with digits). */
  static boolean latin(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (c >= 0x250) {
          return false;
        }
        letter = true;
      }
    }
    return letter;
  }
}
