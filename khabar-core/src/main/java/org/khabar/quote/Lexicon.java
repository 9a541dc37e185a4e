package org.khabar.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.text.ArabicText;

/**
 * The knowledge the quote stage reads: reporting verbs, attribution markers and speaker boundaries, loaded once
 * from the resource files of this package. Immutable and thread-safe.
 */
final class Lexicon {
  /** What a reporting verb says about its clause. */
  enum VerbClass {
    SAY, DENY, HEDGE, PREDICT, DEMAND, ANNOUNCE, RELAY
  }

  /** Grammatical agreement shown by a verb form; {@code UNKNOWN} matches anything. */
  enum Gender {
    MASCULINE, FEMININE, PLURAL, UNKNOWN;

    boolean agrees(Gender other) {
      return this == UNKNOWN || other == UNKNOWN || this == other;
    }
  }

  /**
   * One form of a reporting verb or circumstantial participle.
   *
   * @param lemma the verb's citation form
   * @param verbClass what the verb says about its clause
   * @param gender the agreement this form shows
   * @param preposition the match key of the preposition that introduces a nominal report ("ب" for أفاد بمقتل),
   *     or {@code null}
   */
  record Verb(String lemma, VerbClass verbClass, Gender gender, String preposition) {}

  private static final Lexicon STANDARD = load();

  final Map<String, Verb> verbs;
  /** Attribution markers as sequences of word keys; a final "ل" means the preposition clitic on the next word. */
  final List<String[]> markers;
  /** Markers that close their content and name the speaker by a pronoun ("على حد قوله"). */
  final List<String[]> pronounMarkers;
  /** The first words of the pronoun markers, also with و: a cheap test before matching them. */
  final Set<String> pronounMarkerFirsts;
  /** The markers by their first word, longest first, so that a lookup tries only the markers that can match. */
  final Map<String, List<String[]>> markersByFirst;
  final Set<String> stops;
  final Set<String> contexts;
  final Set<String> skips;
  final Set<String> objects;
  final Set<String> complementizers;
  /** Circumstantial participles that add a report ("مؤكداً أن"), by match key. */
  final Map<String, Verb> participles;
  /** Reporting verbs after the lam of purpose ("ليؤكد"), by match key: their subject is the sentence's. */
  final Set<String> purpose;
  /** Impersonal forms ("قيل"، "أفيد") by match key, also with و/ف; their source is not named. */
  final Map<String, Verb> impersonal;
  /** Every word that can start a report (verbs, participles, impersonal and document forms): one test per token. */
  final Set<String> reportCues;
  /** Verbs whose source is a text named after their preposition ("وجاء في البيان أن"), by match key. */
  final Map<String, Verb> documents;
  /** Forms of the writer's background ("ويذكر أن"، "يشار إلى أن") by match key, also with و/ف. */
  final Set<String> background;
  /** Titles that continue a speaker's name after a definite word. */
  final Set<String> titles;
  /** Verbs of naming after عمن ("عمن سمتها"). */
  final Set<String> naming;
  /** Lemmas (match keys) of reporting verbs that also take a noun object ("أكد الوزير ضرورة ..."). */
  final Set<String> objectVerbs;
  /** Nouns of measure or criterion after حسب/وفق ("حسب عدد الأهداف"): never a source. */
  final Set<String> nonSources;
  /** Adverbs of manner that end a speaker before the verb's object ("نفت الحكومة بشدة وجود ..."). */
  final Set<String> adverbs;
  /** Verbal nouns of reporting verbs ("إلى التأكيد على أن"), by match key. */
  final Set<String> reportNouns;

  private Lexicon(Map<String, Verb> verbs, Map<String, Verb> participles, Set<String> purpose, List<String[]> markers,
      List<String[]> pronounMarkers,
      Set<String> stops, Set<String> contexts, Set<String> skips, Set<String> objects, Set<String> titles,
      Set<String> naming, Set<String> objectVerbs, Set<String> nonSources, Set<String> adverbs, Set<String> reportNouns) {
    this.reportNouns = Set.copyOf(reportNouns);
    this.adverbs = Set.copyOf(adverbs);
    this.objectVerbs = Set.copyOf(objectVerbs);
    this.nonSources = Set.copyOf(nonSources);
    this.verbs = Map.copyOf(verbs);
    this.participles = Map.copyOf(participles);
    this.purpose = Set.copyOf(purpose);
    Map<String, Verb> imp = new HashMap<>();
    Map<String, Verb> docs = new HashMap<>();
    Set<String> bg = new HashSet<>();
    for (String line : lines("passive-verbs.txt")) {
      String[] c = line.split("\t", -1);
      if (c.length != 4) {
        throw new IllegalStateException("passive-verbs.txt: expected 4 columns in: " + line);
      }
      String key = ArabicText.matchKey(c[0].strip());
      String prep = c[2].strip().equals("-") ? null : ArabicText.matchKey(c[2].strip());
      Verb v = new Verb(c[0].strip(), VerbClass.valueOf(c[1].strip().toUpperCase(java.util.Locale.ROOT)),
          Gender.UNKNOWN, prep);
      for (String conj : List.of("", "و", "ف")) {
        switch (c[3].strip()) {
          case "background" -> bg.add(conj + key);
          case "document" -> docs.put(conj + key, v);
          case "impersonal" -> imp.put(conj + key, v);
          default -> throw new IllegalStateException("passive-verbs.txt: unknown use in: " + line);
        }
      }
    }
    this.impersonal = Map.copyOf(imp);
    this.background = Set.copyOf(bg);
    this.documents = Map.copyOf(docs);
    Set<String> cues = new HashSet<>(verbs.keySet());
    cues.addAll(participles.keySet());
    cues.addAll(imp.keySet());
    cues.addAll(docs.keySet());
    this.reportCues = Set.copyOf(cues);
    this.titles = Set.copyOf(titles);
    this.naming = Set.copyOf(naming);
    this.markers = List.copyOf(markers);
    this.pronounMarkers = List.copyOf(pronounMarkers);
    Set<String> firsts = new HashSet<>();
    for (String[] m : pronounMarkers) {
      firsts.add(m[0]);
      firsts.add("و" + m[0]);
    }
    this.pronounMarkerFirsts = Set.copyOf(firsts);
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (String[] m : this.markers) {
      byFirst.computeIfAbsent(m[0], k -> new ArrayList<>()).add(m);
    }
    Map<String, List<String[]>> frozen = new HashMap<>();
    byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.markersByFirst = Map.copyOf(frozen);
    this.stops = Set.copyOf(stops);
    this.contexts = Set.copyOf(contexts);
    this.skips = Set.copyOf(skips);
    this.objects = Set.copyOf(objects);
    Set<String> comp = new HashSet<>();
    for (String base : List.of("ان", "بان", "لان")) {
      for (String suffix : List.of("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "كم", "نه", "نها", "نهم")) {
        comp.add(base + suffix);
      }
    }
    comp.remove("لان"); // "because": not a complementizer of speech
    this.complementizers = Set.copyOf(comp);
  }

  /**
   * The agreement of a speech noun with a pronoun suffix ("قوله" masculine, "تعبيرها" feminine, "قولهم" plural),
   * or {@code null} for a word that is none.
   */
  static Gender pronounGender(String key) {
    for (String noun : List.of("قول", "تعبير", "وصف")) {
      if (key.startsWith(noun)) {
        String suffix = key.substring(noun.length());
        switch (suffix) {
          case "ه":
            return Gender.MASCULINE;
          case "ها":
            return Gender.FEMININE;
          case "هم":
            return Gender.PLURAL;
          default:
            return null;
        }
      }
    }
    return null;
  }

  static Lexicon standard() {
    return STANDARD;
  }

  /** The reporting verb a word key is, with or without the conjunction و or ف, or {@code null}. */
  Verb verb(String key) {
    return verbs.get(key);
  }

  /** True for a verb that also takes a noun object when no complementizer follows ("أكد الوزير ضرورة ..."). */
  boolean takesObject(Verb v) {
    return v.verbClass() == VerbClass.DENY || objectVerbs.contains(ArabicText.matchKey(v.lemma()));
  }

  /** The circumstantial participle a word key is ("مؤكدا", "ومشيرا"), or {@code null}. */
  Verb participle(String key) {
    return participles.get(key);
  }

  private static Lexicon load() {
    Set<String> purpose = new HashSet<>();
    Map<String, Verb> verbs = verbForms("reporting-verbs.txt", purpose);
    Map<String, Verb> participles = verbForms("participles.txt", new HashSet<>());
    return load(verbs, participles, purpose);
  }

  /** Reads a file of verb forms: lemma, class, masculine, feminine and plural forms, optional preposition. */
  private static Map<String, Verb> verbForms(String file, Set<String> purpose) {
    Map<String, Verb> verbs = new HashMap<>();
    for (String line : lines(file)) {
      String[] cols = line.split("\t", -1);
      if (cols.length < 5) {
        throw new IllegalStateException(file + ": expected 5 or 6 columns in: " + line);
      }
      String prep = cols.length > 5 && !cols[5].isBlank() ? ArabicText.matchKey(cols[5].strip()) : null;
      VerbClass cls = VerbClass.valueOf(cols[1].trim().toUpperCase(java.util.Locale.ROOT));
      Gender[] genders = {Gender.MASCULINE, Gender.FEMININE, Gender.PLURAL};
      for (int g = 0; g < 3; g++) {
        String[] forms = cols[2 + g].trim().split(" +");
        for (int f = 0; f < forms.length; f++) {
          if (!forms[f].isEmpty()) {
            Verb v = new Verb(cols[0].trim(), cls, genders[g], prep);
            String key = ArabicText.matchKey(forms[f]);
            // the conjunctions are stored with the forms, so that lookups never cut strings
            verbs.putIfAbsent(key, v);
            verbs.putIfAbsent("و" + key, v);
            verbs.putIfAbsent("ف" + key, v);
            if (f > 0 && g < 2 && (key.startsWith("ي") || key.startsWith("ت"))) {
              // the singular imperfect after the lam of purpose: "وخرج الوزير ليؤكد أن ..."
              verbs.putIfAbsent("ل" + key, v);
              purpose.add("ل" + key);
            }
          }
        }
      }
    }
    return verbs;
  }

  private static Lexicon load(Map<String, Verb> verbs, Map<String, Verb> participles, Set<String> purpose) {
    List<String[]> markers = new ArrayList<>();
    List<String[]> pronounMarkers = new ArrayList<>();
    for (String line : lines("attribution-markers.txt")) {
      String[] m = ArabicText.matchKey(line.strip()).split(" ");
      (pronounGender(m[m.length - 1]) != null && m.length > 1 ? pronounMarkers : markers).add(m);
    }
    // longest markers first, so that "بحسب ما" wins over "بحسب"
    markers.sort((a, b) -> Integer.compare(b.length, a.length));
    Set<String> stops = new HashSet<>();
    Set<String> contexts = new HashSet<>();
    Set<String> skips = new HashSet<>();
    Set<String> objects = new HashSet<>();
    Set<String> titles = new HashSet<>();
    Set<String> naming = new HashSet<>();
    Set<String> objectVerbs = new HashSet<>();
    Set<String> nonSources = new HashSet<>();
    Set<String> adverbs = new HashSet<>();
    Set<String> reportNouns = new HashSet<>();
    Set<String> target = null;
    for (String line : lines("speaker-boundaries.txt")) {
      switch (line) {
        case "[stop]" -> target = stops;
        case "[context]" -> target = contexts;
        case "[skip]" -> target = skips;
        case "[object]" -> target = objects;
        case "[title]" -> target = titles;
        case "[naming]" -> target = naming;
        case "[object-verb]" -> target = objectVerbs;
        case "[non-source]" -> target = nonSources;
        case "[adverb]" -> target = adverbs;
        case "[report-noun]" -> target = reportNouns;
        default -> {
          if (target == null) {
            throw new IllegalStateException("speaker-boundaries.txt: word before any section: " + line);
          }
          target.add(ArabicText.matchKey(line));
        }
      }
    }
    return new Lexicon(verbs, participles, purpose, markers, pronounMarkers, stops, contexts, skips, objects, titles,
        naming, objectVerbs, nonSources, adverbs, reportNouns);
  }

  /** The non-comment, non-blank lines of a resource of this package; the first line must name its source. */
  static List<String> lines(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/khabar/quote/" + name);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String first = r.readLine();
      if (first == null || !first.startsWith("# source:")) {
        throw new IllegalStateException(name + ": the first line must be '# source: ...'");
      }
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        String t = l.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(l.replace("\r", ""));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
