package org.khabar.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.khabar.model.EntityMention;
import org.khabar.model.Quote;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;

/**
 * Finds quotes from text patterns alone: quotation marks of every style for direct speech; reporting verbs with a
 * complementizer, denial verbs with their object, and attribution markers for reported speech. Speakers named after
 * a verb or marker are taken as written; a verb with no named subject ("وأضاف أن ...") continues the nearest speaker
 * of its own or the previous paragraphs whose grammatical agreement fits; a short definite name ("المصادر",
 * "المرصد") is resolved to the earlier, fuller speaker it repeats.
 *
 * <p>The work is shared out so that each class holds one part of the grammar, in the order it runs:
 * <ol>
 *   <li>{@link DirectQuotes}: quotation spans and their attribution; the tokens they cover are marked;
 *   <li>{@link ReportedSpeech} with {@link MarkerAttributions}: reports outside those spans, by verb or marker, whose
 *       content {@link ReportedContent} delimits;
 *   <li>{@link SpeakerContinuation}: each quote's speaker, continued or resolved to an earlier one, in text order.
 * </ol>
 * All read the speaker's phrase through {@link SpeakerPhrases} (written after its cue) and {@link PrecedingSubjects}
 * (written before the verb), the cues through {@link ReportingFrames}, and words through {@link FunctionWords} and
 * {@link WordShapes}.
 *
 * <p>Stateless and thread-safe: one instance serves every thread. Never throws on any input.
 */
final class PatternQuoteAnalyzer implements QuoteAnalyzer {
  static final PatternQuoteAnalyzer INSTANCE = new PatternQuoteAnalyzer(Lexicon.standard());

  /** Lines longer than this are analysed only up to this length: no sentence in news runs longer. */
  static final int MAX_LINE = 20_000;

  private final DirectQuotes direct;
  private final ReportedSpeech reported;

  PatternQuoteAnalyzer(Lexicon lex) {
    ReportingFrames frames = new ReportingFrames(lex);
    SpeakerPhrases phrases = new SpeakerPhrases(lex, frames);
    PrecedingSubjects subjects = new PrecedingSubjects(lex, frames, phrases);
    ReportedContent content = new ReportedContent(lex);
    this.direct = new DirectQuotes(lex, frames, phrases, subjects);
    this.reported = new ReportedSpeech(lex, frames, phrases, subjects, content,
        new MarkerAttributions(frames, phrases, content));
  }

  @Override
  public List<Quote> analyze(ArticleStructure structure, List<EntityMention> entities) {
    if (structure == null || structure.content().isEmpty()) {
      return List.of();
    }
    try {
      return find(structure.content(), entities == null ? List.of() : entities);
    } catch (RuntimeException e) {
      // a stage never stops the pipeline; a bug here loses this article's quotes only
      return List.of();
    }
  }

  List<Quote> find(List<TextLine> content, List<EntityMention> entities) {
    List<Line> lines = new ArrayList<>(content.size());
    for (TextLine tl : content) {
      String text = tl.text().length() > MAX_LINE ? tl.text().substring(0, MAX_LINE) : tl.text();
      lines.add(Line.of(tl, text, entities));
    }
    List<Candidate> found = new ArrayList<>();
    boolean[][] inDirect = new boolean[lines.size()][];
    for (int i = 0; i < lines.size(); i++) {
      inDirect[i] = new boolean[lines.get(i).tokens().size()];
    }
    // the direct pass runs first: the reported pass skips the tokens of the quotes it found
    direct.direct(lines, found, inDirect);
    for (int i = 0; i < lines.size(); i++) {
      reported.reported(lines, i, found, inDirect[i]);
    }
    found.sort(Comparator.comparingInt(Candidate::lineIndex).thenComparingInt(Candidate::start));
    return SpeakerContinuation.resolve(lines, found, entities);
  }
}
