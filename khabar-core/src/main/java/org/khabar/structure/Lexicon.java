package org.khabar.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/**
 * The structure stage's knowledge files, loaded once from the classpath: widget phrases, section names, byline
 * openers and wire names. All are matched as whole words on {@link ArabicText#matchKey} forms.
 *
 * <p>Immutable and thread-safe.
 */
final class Lexicon {
  /** Clitics glued to a word's start: و ف ب ل. */
  private static final char[] CLITICS = {ArabicLetters.WAW, '\u0641', '\u0628', '\u0644'};
  /** Widget phrases by their first word (also with a clitic و ف ب ل glued on), longest first. */
  private final Map<String, List<Phrase>> byFirstWord;
  private final Set<String> sections;
  private final Map<String, String> bylineOpeners;
  private final Set<String> wires;
  private final int maxWireWords;
  private final Set<String> functionWords;
  private final Set<String> paragraphOpeners;
  private final Set<String> since;
  private final Set<String> dateStampWords;
  private final Set<String> dateStampLabels;
  private final Set<String> timeUnits;
  /** Nouns that open a writer's biography ("خريج", "كاتب", "باحث"). */
  private final Set<String> bioNouns;
  /** Count nouns of a comment thread's header ("12 تعليق"). */
  private final Set<String> commentCounts;
  /** Titles of a comment section that stand alone on their line ("التعليقات", "آراء القراء"). */
  private final Set<String> commentLabels;
  /** Self-description phrases by their first word (also with a clitic glued on), longest first; weight 1 = mission. */
  private final Map<String, List<Phrase>> selfByFirstWord;
  private final Map<String, List<Phrase>> noticeByFirstWord;
  private final java.util.regex.Pattern boxTitleAlone;

  private static final Lexicon STANDARD = new Lexicon();

  static Lexicon standard() {
    return STANDARD;
  }

  private Lexicon() {
    Map<String, Integer> widgets = new HashMap<>();
    for (String[] row : rows("widgets.txt", 2)) {
      String key = wordKey(row[1]);
      if (!key.isEmpty()) {
        widgets.merge(key, Integer.parseInt(row[0].trim()), Math::max);
      }
    }
    byFirstWord = new HashMap<>();
    for (Map.Entry<String, Integer> e : widgets.entrySet()) {
      String[] w = e.getKey().split(" ");
      Phrase p = new Phrase(w, e.getValue());
      byFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>()).add(p);
      for (char clitic : CLITICS) {
        byFirstWord.computeIfAbsent(clitic + w[0], k -> new ArrayList<>()).add(p);
      }
    }
    for (List<Phrase> list : byFirstWord.values()) {
      list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    }
    sections = new HashSet<>();
    for (String[] row : rows("sections.txt", 1)) {
      sections.add(wordKey(row[0]));
    }
    bylineOpeners = new HashMap<>();
    for (String[] row : rows("bylines.txt", 2)) {
      bylineOpeners.put(wordKey(row[1]), row[0].trim());
    }
    wires = new HashSet<>();
    int maxWire = 1;
    for (String[] row : rows("wires.txt", 1)) {
      String key = wordKey(row[0]);
      wires.add(key);
      maxWire = Math.max(maxWire, key.split(" ").length);
    }
    maxWireWords = maxWire;
    functionWords = new HashSet<>();
    for (String[] row : rows("function-words.txt", 1)) {
      functionWords.add(wordKey(row[0]));
    }
    paragraphOpeners = new HashSet<>();
    for (String[] row : rows("paragraph-openers.txt", 1)) {
      paragraphOpeners.add(wordKey(row[0]));
    }
    selfByFirstWord = new HashMap<>();
    for (String[] row : rows("self-descriptions.txt", 2)) {
      String key = wordKey(row[1]);
      if (!key.isEmpty()) {
        String kind = row[0].trim();
        if (!kind.equals("medium") && !kind.equals("address") && !kind.equals("subject") && !kind.equals("mission")) {
          throw new IllegalStateException("self-descriptions.txt: unknown kind " + kind);
        }
        index(selfByFirstWord, new Phrase(key.split(" "), kind.equals("mission") ? 1 : 2));
      }
    }
    for (List<Phrase> list : selfByFirstWord.values()) {
      list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    }
    noticeByFirstWord = new HashMap<>();
    List<String> boxes = new ArrayList<>();
    for (String[] row : rows("site-notices.txt", 2)) {
      String key = wordKey(row[1]);
      if (!key.isEmpty()) {
        String kind = row[0].trim();
        if (kind.equals("box")) {
          boxes.add(java.util.regex.Pattern.quote(key));
        }
        if (!kind.equals("policy") && !kind.equals("box")) {
          throw new IllegalStateException("site-notices.txt: unknown kind " + kind);
        }
        index(noticeByFirstWord, new Phrase(key.split(" "), kind.equals("box") ? 2 : 1));
      }
    }
    for (List<Phrase> list : noticeByFirstWord.values()) {
      list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    }
    boxTitleAlone = java.util.regex.Pattern.compile(
        "(?:^|[^\\p{L}\\p{N}])(?:" + String.join("|", boxes) + ") ?(?:[?\u061f:!]|$)");
    dateStampWords = new HashSet<>();
    dateStampLabels = new HashSet<>();
    for (String[] row : rows("date-stamps.txt", 2)) {
      String key = wordKey(row[1]);
      String kind = row[0].trim();
      if (!kind.equals("calendar") && !kind.equals("label")) {
        throw new IllegalStateException("date-stamps.txt: unknown kind " + kind);
      }
      if (!key.isEmpty()) {
        dateStampWords.add(key);
        if (kind.equals("label")) {
          dateStampLabels.add(key);
        }
      }
    }
    since = new HashSet<>();
    timeUnits = new HashSet<>();
    for (String[] row : rows("time-ago.txt", 2)) {
      (row[0].trim().equals("since") ? since : timeUnits).add(wordKey(row[1]));
    }
    bioNouns = new HashSet<>();
    for (String[] row : rows("bio-nouns.txt", 1)) {
      bioNouns.add(wordKey(row[0]));
    }
    commentCounts = new HashSet<>();
    commentLabels = new HashSet<>();
    for (String[] row : rows("comment-headers.txt", 2)) {
      String kind = row[0].trim();
      if (!kind.equals("count") && !kind.equals("label")) {
        throw new IllegalStateException("comment-headers.txt: unknown kind " + kind);
      }
      (kind.equals("count") ? commentCounts : commentLabels).add(wordKey(row[1]));
    }
  }

  /** True when {@code word} (a match-key word; al- or wa-al- taken off) is a noun that opens a writer's bio. */
  boolean isBioNoun(String word) {
    String w = word;
    String al = "" + ArabicLetters.ALEF + ArabicLetters.LAM;
    if (w.startsWith(ArabicLetters.WAW + al) && w.length() > 5) {
      w = w.substring(3);
    } else if (w.startsWith(al) && w.length() > 4) {
      w = w.substring(2);
    }
    return bioNouns.contains(w);
  }

  /**
   * True when the words are a comment section's title alone ("التعليقات", "آراء القراء"), numbers beside it aside
   * ("التعليقات ( 3 )").
   */
  boolean isCommentLabel(List<String> words) {
    List<String> rest = new ArrayList<>(words.size());
    for (String w : words) {
      if (!isNumber(w)) {
        rest.add(w);
      }
    }
    return !rest.isEmpty() && rest.size() <= 3 && commentLabels.contains(String.join(" ", rest));
  }

  /**
   * Where the words hold a comment thread's count header ("12 تعليق", "3 ردود", "2 responses"): the index of the
   * number, or -1.
   */
  int commentCountAt(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (isNumber(words.get(i)) && commentCounts.contains(words.get(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when the words are a date or time stamp alone: at least one number, and every other word a calendar word
   * or a CMS date label ({@code date-stamps.txt}); false for no words.
   */
  boolean dateStampOnly(List<String> words) {
    boolean number = false;
    for (String w : words) {
      if (isNumber(w)) {
        number = true;
      } else if (!dateStampWords.contains(w)) {
        return false;
      }
    }
    return number;
  }

  /** True when one of the words is a CMS date label ("آخر تعديل", "تاريخ النشر"; kind "label" of the file). */
  boolean hasDateStampLabel(List<String> words) {
    for (String w : words) {
      if (dateStampLabels.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many relative time stamps of a feed widget the words hold: "منذ 16 ساعة", the same scraped in visual order
   * ("16 ساعات منذ"), "2 hours ago" (a number and a time unit next to "since"/"ago").
   */
  int timeAgoStamps(List<String> words) {
    int count = 0;
    for (int i = 0; i + 2 < words.size(); i++) {
      String a = words.get(i);
      String b = words.get(i + 1);
      String c = words.get(i + 2);
      if ((isNumber(a) && timeUnits.contains(b) && since.contains(c))
          || (since.contains(a) && isNumber(b) && timeUnits.contains(c))) {
        count++;
        i += 2;
      }
    }
    return count;
  }

  private static boolean isNumber(String w) {
    if (w.isEmpty() || w.length() > 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) < '0' || w.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** True when the word (a match-key word) is a preposition, conjunction or particle that cannot end a sentence. */
  boolean isFunctionWord(String word) {
    return functionWords.contains(word);
  }

  /** True when the word (a match-key word) opens a background or closing formula of news prose ("يذكر أن"). */
  boolean isParagraphOpener(String word) {
    return paragraphOpeners.contains(word);
  }

  /**
   * The data rows of a structure knowledge file, as tab-separated fields, each stripped.
   *
   * @throws IllegalStateException naming the file and line of a row with fewer than {@code fields} fields
   */
  static List<String[]> rows(String resource, int fields) {
    List<String[]> out = new ArrayList<>();
    for (KnowledgeFile.Row row : KnowledgeFile.rows(Lexicon.class, resource)) {
      out.add(row.fields(fields, fields + " fields"));
    }
    return out;
  }

  /** The words of {@code s}'s match key, joined by single spaces: punctuation and symbols dropped. */
  static String wordKey(CharSequence s) {
    return String.join(" ", words(ArabicText.matchKey(s)));
  }

  /** Splits a match key into words of letters and digits. */
  static List<String> words(String key) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= key.length(); i++) {
      boolean word = i < key.length() && Character.isLetterOrDigit(key.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(key.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /**
   * What the widget lexicon finds in a line's words; {@code atStartBare}: a phrase matched at the first word without
   * a clitic glued on (a label that itself begins with wa-, "وسوم", not "وتابع").
   */
  record WidgetHits(int weight, int strong, int coveredWords, boolean atStart, boolean atStartBare, int firstHitStart,
      int firstHitEnd, int lastHitEnd) {}

  /** Finds widget phrases (longest match first, no overlaps) in {@code words}; a clitic و ف ب ل may be glued on. */
  WidgetHits widgetHits(List<String> words) {
    int weight = 0;
    int strong = 0;
    int covered = 0;
    boolean atStart = false;
    boolean atStartBare = false;
    int lastHitEnd = 0;
    int firstHitStart = -1;
    int firstHitEnd = 0;
    int i = 0;
    while (i < words.size()) {
      List<Phrase> candidates = byFirstWord.get(words.get(i));
      int matched = 0;
      int w = 0;
      boolean bare = false;
      if (candidates != null) {
        for (Phrase p : candidates) {
          if (p.matches(words, i)) {
            matched = p.words.length;
            w = p.weight;
            bare = p.words[0].equals(words.get(i));
            break;
          }
        }
      }
      if (matched > 0) {
        weight += w;
        if (w >= 3) {
          strong++;
        }
        covered += matched;
        if (i == 0) {
          atStart = true;
          atStartBare = bare;
        }
        if (firstHitStart < 0) {
          firstHitStart = i;
        }
        i += matched;
        lastHitEnd = i;
        if (firstHitEnd == 0) {
          firstHitEnd = i;
        }
      } else {
        i++;
      }
    }
    return new WidgetHits(
        weight, strong, covered, atStart, atStartBare, Math.max(0, firstHitStart), firstHitEnd, lastHitEnd);
  }

  private static void index(Map<String, List<Phrase>> map, Phrase p) {
    map.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
    for (char clitic : CLITICS) {
      map.computeIfAbsent(clitic + p.words()[0], k -> new ArrayList<>()).add(p);
    }
  }

  /**
   * What the self-description lexicon finds in a line's words: {@code strong} hits name the outlet as a medium,
   * address the reader or make the site the subject of a mission verb; {@code mission} hits are editorial promises
   * that prose also makes; {@code firstAt} is the word index of the first hit (-1 if none).
   */
  record SelfHits(int strong, int mission, int firstAt) {
    int total() {
      return strong + mission;
    }
  }

  /** Finds self-description phrases (longest match first, no overlaps) in {@code words}. */
  SelfHits selfDescriptionHits(List<String> words) {
    int[] strongMissionFirst = {0, 0, -1};
    forEachHit(selfByFirstWord, words, (hit, at) -> {
      strongMissionFirst[hit.weight() >= 2 ? 0 : 1]++;
      if (strongMissionFirst[2] < 0) {
        strongMissionFirst[2] = at;
      }
    });
    return new SelfHits(strongMissionFirst[0], strongMissionFirst[1], strongMissionFirst[2]);
  }

  /** What the site-notice lexicon finds in a line's words: policy phrases and trivia-box titles. */
  record NoticeHits(int policy, int box) {}

  /** Finds site-notice phrases ({@code site-notices.txt}; longest match first, no overlaps) in {@code words}. */
  NoticeHits noticeHits(List<String> words) {
    int[] policyBox = {0, 0};
    forEachHit(noticeByFirstWord, words, (hit, at) -> policyBox[hit.weight() == 2 ? 1 : 0]++);
    return new NoticeHits(policyBox[0], policyBox[1]);
  }

  /**
   * Walks {@code words} left to right and hands each phrase of {@code byFirstWord} found there, with the index of its
   * first word, to {@code onHit}: at each position the first listed candidate that matches (lists are sorted longest
   * first), and the walk goes on after it, so hits never overlap.
   */
  private static void forEachHit(Map<String, List<Phrase>> byFirstWord, List<String> words,
      java.util.function.ObjIntConsumer<Phrase> onHit) {
    int i = 0;
    while (i < words.size()) {
      List<Phrase> candidates = byFirstWord.get(words.get(i));
      Phrase hit = null;
      if (candidates != null) {
        for (Phrase p : candidates) {
          if (p.matches(words, i)) {
            hit = p;
            break;
          }
        }
      }
      if (hit == null) {
        i++;
        continue;
      }
      onHit.accept(hit, i);
      i += hit.words().length;
    }
  }

  /**
   * True when {@code text} holds a trivia box's title standing alone: followed by a question mark, a colon or the
   * line's end ("هل تعلم ? أن ..."), not inside a sentence ("ولكن هل تعلم أن لون ...").
   */
  boolean hasBoxTitleAlone(String text) {
    return boxTitleAlone.matcher(ArabicText.matchKey(text)).find();
  }

  /** One widget phrase; the first word may carry a glued clitic ({@code prefixed}). */
  private record Phrase(String[] words, int weight) {
    boolean matches(List<String> line, int at) {
      if (at + words.length > line.size()) {
        return false;
      }
      for (int k = 1; k < words.length; k++) {
        if (!words[k].equals(line.get(at + k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** True when the whole word key names a section. */
  boolean isSection(String wordKey) {
    return sections.contains(wordKey);
  }

  /** The byline kind ({@code author} or {@code source}) of the word key's opener, or {@code null}. */
  String bylineOpener(List<String> words) {
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() >= 2) {
      String two = words.get(0) + " " + words.get(1);
      if (bylineOpeners.containsKey(two)) {
        return bylineOpeners.get(two);
      }
    }
    return bylineOpeners.get(words.get(0));
  }

  /** True when the words, from {@code from}, start with a wire or agency name. */
  boolean startsWithWire(List<String> words, int from) {
    StringBuilder sb = new StringBuilder();
    for (int n = 1; n <= maxWireWords && from + n <= words.size(); n++) {
      if (n > 1) {
        sb.append(' ');
      }
      sb.append(words.get(from + n - 1));
      if (wires.contains(sb.toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per word, the weight (1 to 3) of the widget phrase ({@code widgets.txt}; longest match first, no overlaps, as
   * {@link #widgetHits} finds them) that covers it, 0 if none.
   */
  byte[] widgetWeights(List<String> words) {
    byte[] mask = new byte[words.size()];
    forEachHit(byFirstWord, words,
        (hit, at) -> java.util.Arrays.fill(mask, at, at + hit.words().length, (byte) hit.weight()));
    return mask;
  }

  /**
   * True when the word (a match-key word) belongs to a date, time or relative-time stamp: a calendar word or CMS date
   * label of {@code date-stamps.txt}, or a word of {@code time-ago.txt}.
   */
  boolean isStampWord(String word) {
    return dateStampWords.contains(word) || since.contains(word) || timeUnits.contains(word);
  }

  /**
   * Per word, true when a site-notice phrase of kind policy ({@code site-notices.txt}: cookie, privacy, comment-rule
   * and advertising notices) covers it.
   */
  boolean[] noticeMask(List<String> words) {
    boolean[] mask = new boolean[words.size()];
    forEachHit(noticeByFirstWord, words, (hit, at) -> {
      if (hit.weight() == 1) {
        java.util.Arrays.fill(mask, at, at + hit.words().length, true);
      }
    });
    return mask;
  }
}
