package org.khabar.quote;

import java.util.HashSet;
import java.util.Set;

/**
 * Closed classes of Arabic words that the quote grammar reads: particles, prepositions, pronouns, relatives (general
 * knowledge of Arabic grammar, as matching keys). They stay in code because the rules name them one by one; open
 * knowledge (reporting verbs, markers, titles, speech context) lives in this package's resource files.
 */
final class FunctionWords {
  private FunctionWords() {}

  /** Prepositions and the conjunction و that never end a speaker's phrase ("قال مسؤول في"). */
  static final Set<String> TRAILING_PREPOSITIONS = Set.of("الي", "علي", "من", "في", "ب", "عن", "و");

  /** Personal pronouns, alone or after أن: never a speaker's phrase of their own. */
  static final Set<String> PRONOUNS = Set.of("هو", "هي", "هم", "هما", "انه", "انها");

  /** Negations: a negated reporting verb ("لم يكشف عن هويته") reports no speech. */
  static final Set<String> NEGATIONS = Set.of("لم", "لا", "لن", "ولم", "ولا", "ولن", "فلم", "فلا", "فلن");

  /**
   * Words that take a noun, never a verb: after them a verb's spelling is its verbal noun ("أثناء نقل المراسل"،
   * "بعد ذكر", "عقب نفي").
   */
  static final Set<String> NOUN_GOVERNORS = Set.of("اثناء", "خلال", "بعد", "قبل", "عند", "اثر", "عقب",
      "منذ", "رغم", "بسبب", "حول", "بشان", "ضد", "جراء", "ازاء", "عدم", "لدي", "عبر");

  /** Relative words: a reporting verb after them is inside a relative clause ("صفقة قالت مصادر إنها ..."). */
  static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "ما", "مما", "بما");

  /** Words that may stand before the noun a relative clause describes ("في صفقة قالت مصادر ..."). */
  static final Set<String> NOUN_PREPOSITIONS = Set.of("في", "من", "الي", "علي", "عن", "مع");

  /** Words after "العام" that make it a year ("العام الماضي"), not part of a title ("الأمين العام"). */
  static final Set<String> YEAR_QUALIFIERS = Set.of("الماضي", "المقبل", "الجاري", "الحالي", "القادم",
      "المنصرم", "السابق");

  /** Words that join a new clause after a comma ("...، كما نفت ..."، "...، ثم أوردت الصحيفة أن ..."). */
  static final Set<String> CLAUSE_JOINERS = Set.of("كما", "فيما", "ثم", "بينما");

  /** Words of contrast that, with a complementizer, open a new clause after a comma ("...، غير أنه ينفي"). */
  static final Set<String> CONTRASTS = Set.of("غير", "الا", "بيد");

  static final Set<String> SENTENCE_ADVERBS = Set.of("قد", "وقد", "كما", "ثم", "فقد");

  /** Prepositions with a pronoun that end a speaker's phrase ("أقر الموقوفون به"); not منه (مصدر مقرب منه). */
  static final Set<String> PREPOSITION_PRONOUNS = keys("به", "بها", "بهم", "بهما", "له", "لها", "لهم",
      "لهما", "لنا", "لي", "عليه", "عليها", "عليهم", "فيه", "فيها", "فيهم");

  /** The participle "speaking" after a speaker, before the one spoken to ("متحدثة إلى إذاعة"). */
  static final Set<String> SPEAKING = keys("متحدثا", "متحدثًا", "متحدثة", "متحدثين", "متحدثتين");

  /** Relative pronouns after a person's name ("نورة التي قالت"). */
  static final Set<String> PERSON_RELATIVES = Set.of("التي", "الذي", "اللذين", "اللتين", "الذين");

  static final Set<String> KANA = Set.of("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت");

  static final Set<String> NOT_A_CLAUSE_START = Set.of("وفي", "ومن", "وعلي", "والي", "وعن", "ومع", "وبعد",
      "وقبل", "وخلال", "ولكن", "لكن", "واما", "اما", "كما", "وقد", "فقد", "وبحسب", "وحسب", "ووفقا", "وهو", "وهي",
      "وهذا", "وهذه", "وذلك", "ولم", "ولا", "ولن", "وان", "وبينما", "وفيما", "وكما", "حيث", "بدوره", "وبدوره",
      "بدورها", "وبدورها", "بدورهم", "وبدورهم");

  /** The relative ما as a subject ("مما يؤكد"، "بما يؤكد"). */
  static final Set<String> WHAT = Set.of("ما", "مما", "بما", "وما", "لما", "ومما", "وبما", "فما");

  /** Verbs of description (وصف X بأنه): speech only when what follows is a direct quotation. */
  static final Set<String> DIRECT_ONLY = Set.of("وصف");

  /** Conjunctions opening a circumstantial clause whose verb shares the sentence's subject ("، عندما أظهرت أن"). */
  static final Set<String> SUBORDINATORS = Set.of("عندما", "حين", "حينما", "بعدما", "وعندما", "وحين",
      "اذ", "حيث");

  static final Set<String> QUANTIFIERS = Set.of("كل", "جميع", "بعض", "عدة", "عددا");

  static final Set<String> LEADING_PREPOSITIONS = Set.of("في", "خلال", "عبر", "امام", "علي", "الي");

  static final Set<String> NOT_A_SUBJECT = Set.of("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "ما", "لا", "لم", "لن",
      "قد", "كان", "كانت", "ليس");

  static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "ها", "ه"};

  /** Prepositions with a pronoun right after a verb: the one spoken to or about, never the speaker. */
  static final Set<String> ADDRESSEES = Set.of("له", "لها", "لهم", "لهما", "لنا", "لي", "عليه", "عليها",
      "عليهم", "عليهما", "منه", "منها", "منهم", "فيه", "فيها");

  static Set<String> keys(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(org.khabar.text.ArabicText.matchKey(w));
    }
    return Set.copyOf(out);
  }

  /** Particles whose noun is the subject of the verb that follows it ("لكن مصادر قالت إن"). */
  static final Set<String> SUBJECT_OPENERS = Set.of("لكن", "ولكن");
  /** Complementizers without a pronoun suffix: the noun after them is the subject of the clause's verb. */
  static final Set<String> BARE_COMPLEMENTIZERS = Set.of("ان", "بان", "فان", "وان");
  /** The particle لكن with or without و and a pronoun suffix: after a comma it opens a new clause ("...، لكنه أوضح"). */
  static final Set<String> BUT = Set.of("لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم");
  /** Demonstratives that, before a definite noun, open a noun phrase ("تلك المصادر"). */
  static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "ذلك", "تلك", "هؤلاء");
  /** Prepositions that open a lead-in phrase before a sentence's verb ("وفي السياق، أعلن ..."). */
  static final Set<String> LEAD_IN_PREPOSITIONS = Set.of("في", "وفي", "من", "ومن", "بعد", "وبعد", "خلال", "وخلال",
      "قبل", "وقبل", "عقب", "وعقب", "اثر", "واثر");
}
