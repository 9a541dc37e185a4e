package org.khabar.quote;

import static org.khabar.quote.FunctionWords.*;
import static org.khabar.quote.WordShapes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.Quote;
import org.khabar.quote.Lexicon.Gender;
import org.khabar.text.WordToken;

/**
 * Resolves each found quote's speaker: a named speaker, a short name that repeats an earlier fuller one, or, for a
 * verb with no subject, the nearest earlier speaker of the run of reporting paragraphs whose agreement fits.
 * Stateless.
 */
final class SpeakerContinuation {
  private SpeakerContinuation() {}

  /** A speaker already seen in the article. */
  /** A speaker met so far, with the index of the line (paragraph) of its latest report. */
  private record Seen(String name, String actor, Gender gender, Set<String> words, int line) {}


  static List<Quote> resolve(List<Line> lines, List<Candidate> found, List<EntityMention> entities) {
    List<Seen> seen = new ArrayList<>();
    List<Quote> out = new ArrayList<>(found.size());
    java.util.BitSet reportLines = new java.util.BitSet();
    for (Candidate c : found) {
      int lineNumber = lines.get(c.lineIndex()).source().number();
      Seen who = null;
      if (c.speaker() != null) {
        Set<String> words = words(c.speaker().text());
        who = alias(seen, words);
        if (who == null) {
          who = new Seen(c.speaker().text().strip(), actor(c.speaker(), lines.get(c.lineIndex()).source().text(),
              entities), c.gender(), words, c.lineIndex());
        }
      } else if (c.gender() != null) {
        who = continued(seen, c.gender(), firstLineContinued(reportLines, c.lineIndex()));
      }
      reportLines.set(c.lineIndex());
      if (who != null) {
        seen.remove(who);
        boolean learn = c.gender() != Gender.UNKNOWN
            && (who.gender() == Gender.UNKNOWN || (c.speaker() == null && c.gender() == Gender.PLURAL));
        seen.add(new Seen(who.name(), who.actor(), learn ? c.gender() : who.gender(), who.words(), c.lineIndex()));
      }
      out.add(new Quote(who == null ? null : who.name(), who == null ? null : who.actor(), c.text(), c.kind(),
          lineNumber));
    }
    return out;
  }

  /** Most paragraphs back a continuation verb may reach over an unbroken run of paragraphs that report speech. */
  private static final int MAX_CONTINUATION_PARAGRAPHS = 3;

  /**
   * The first line whose speakers a subjectless verb on line {@code line} may continue: its own line, and the lines
   * before it while each holds a report (at most {@value #MAX_CONTINUATION_PARAGRAPHS} back). A continuation verb
   * ("وأضاف"، "وتابعت") goes on from the report just told, or, when the gender shows it, from one a little earlier in
   * the same run of reports ("قال قائد الشرطة ... وأكدت الوزارة ... وأضاف أن"); a paragraph without any report
   * breaks the run.
   */
  private static int firstLineContinued(java.util.BitSet reportLines, int line) {
    int first = line;
    while (first > 0 && line - (first - 1) <= MAX_CONTINUATION_PARAGRAPHS && reportLines.get(first - 1)) {
      first--;
    }
    return first;
  }

  /**
   * The speaker a subjectless verb continues: the nearest earlier report from line {@code line} on whose speaker
   * agrees with the verb (a speaker whose gender a verb showed before one only named after a marker, whose gender is
   * unknown); none when no report there agrees. A verb before its subject is singular in
   * Arabic ("قال المحتجون"), so a plural continuation ("وأضافوا") looks first for a speaker already shown plural,
   * then for one whose head word has a sound plural ending, then for the nearest masculine one.
   */
  private static Seen continued(List<Seen> seen, Gender g, int line) {
    int from = seen.size();
    while (from > 0 && seen.get(from - 1).line() >= line) {
      from--; // seen is ordered by the line of each speaker's latest report
    }
    List<Seen> near = seen.subList(from, seen.size());
    if (g == Gender.PLURAL) {
      for (int i = near.size() - 1; i >= 0; i--) {
        if (near.get(i).gender() == Gender.PLURAL) {
          return near.get(i);
        }
      }
      for (int i = near.size() - 1; i >= 0; i--) {
        if (near.get(i).gender() != Gender.FEMININE && soundPlural(near.get(i).name())) {
          return near.get(i);
        }
      }
      g = Gender.MASCULINE;
    }
    if (g != Gender.UNKNOWN) {
      for (int i = near.size() - 1; i >= 0; i--) {
        if (near.get(i).gender() == g) {
          return near.get(i);
        }
      }
    }
    for (int i = near.size() - 1; i >= 0; i--) {
      if (near.get(i).gender().agrees(g)) {
        return near.get(i);
      }
    }
    return null;
  }

  private static boolean soundPlural(String name) {
    for (WordToken t : Line.WORDS.tokenize(name)) {
      if (t.word()) {
        String k = t.key();
        return k.length() > 4 && (k.endsWith("ون") || k.endsWith("ين"));
      }
    }
    return false;
  }

  /** An earlier speaker whose name contains every word of this shorter one ("المصادر" for "مصادر أمنية"). */
  private static Seen alias(List<Seen> seen, Set<String> words) {
    if (words.isEmpty() || words.size() > 3) {
      return null;
    }
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.words().size() > words.size() && s.words().containsAll(words)) {
        return s;
      }
    }
    return null;
  }

  /** The words of a name as keys, with the article ال removed, so that "المصادر" matches "مصادر". */
  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (WordToken t : Line.WORDS.tokenize(name)) {
      if (t.word()) {
        String k = t.key();
        out.add(k.startsWith("ال") && k.length() > 3 ? k.substring(2) : k);
      }
    }
    return out;
  }

  /** Prepositions after which a place in a speaker's phrase is where the speaker is or works, not who speaks. */
  private static final Set<String> PLACE_PREPOSITIONS = keys("في", "إلى", "من", "على", "عن", "مع", "داخل", "لدى",
      "حول", "بشأن", "ضد");

  private static final String EACH = org.khabar.text.ArabicText.matchKey("كل");

  /**
   * The actor of a speaker phrase, from the entity mentions it overlaps, by the phrase's head: a place after a
   * preposition is left aside ("مدير الشركة في الولايات المتحدة"، "المبعوث الخاص إلى الشرق الأوسط"); when the phrase
   * opens with a person, that person is the speaker, linked or not ("ماجد سالم القائد السابق لمنتخب ألمانيا" is not
   * Germany); otherwise a linked person named in it ("رئيس المكتب السياسي لحركة حماس إسماعيل هنية"), else the first
   * linked mention ("المتحدث باسم الجيش الإسرائيلي"، "مسؤول في حركة حماس").
   */
  private static String actor(Span sp, String lineText, List<EntityMention> entities) {
    List<EntityMention> in = new ArrayList<>();
    for (EntityMention e : entities) {
      if (e.line() == sp.line() && e.start() < sp.end() && sp.start() < e.end()
          && !(e.type() == EntityType.PLACE && afterPreposition(lineText, sp.start(), e.start()))) {
        in.add(e);
      }
    }
    if (in.isEmpty()) {
      return null;
    }
    in.sort(java.util.Comparator.comparingInt(EntityMention::start));
    if (in.get(0).type() == EntityType.PERSON) {
      return in.get(0).actor();
    }
    for (EntityMention e : in) {
      if (e.type() == EntityType.PERSON && e.actor() != null) {
        return e.actor();
      }
    }
    for (EntityMention e : in) {
      if (e.actor() != null) {
        return e.actor();
      }
    }
    return null;
  }

  /** True when the last word between {@code from} and {@code at} in the line is a preposition of place. */
  private static boolean afterPreposition(String lineText, int from, int at) {
    if (lineText == null || from < 0 || at > lineText.length() || from >= at) {
      return false;
    }
    String before = null;
    String last = null;
    for (WordToken t : Line.WORDS.tokenize(lineText.substring(from, at))) {
      before = last;
      last = t.word() ? t.key() : null;
    }
    // "كل من فرنسا وألمانيا": من after كل lists the speakers, it places none
    return last != null && PLACE_PREPOSITIONS.contains(last) && !(last.equals("من") && EACH.equals(before));
  }
}
